import crypto from 'node:crypto';
import { detectFile, isRefused } from '../media/media.detect.ts';
import { cleanLine } from '../../lib/text.ts';
import type { FileKind } from './document.ts';
import { docxText, odtText } from './document.office.ts';

/** Largest accepted file. */
export const MAX_FILE_BYTES = 30 * 1024 * 1024;

/** A file judged by content, with what the registry keeps about it. */
export interface InspectedFile {
  kind: FileKind;
  bytes: number;
  sha256: string;
  pages: number | null;
  /** Extracted text (PDF, DOCX, ODT; none from a legacy .doc), NFC, white space collapsed. */
  text: string;
  /** The storage key: content-addressed, with an extension /media never serves. */
  key: string;
}

const ACCEPTED = new Set<FileKind>(['pdf', 'doc', 'docx', 'odt']);

/** The PDF's page count and text (unpdf, pdf.js); a PDF it cannot read keeps no text. */
export async function pdfText(data: Buffer): Promise<{ pages: number | null; text: string }> {
  try {
    const { extractText, getDocumentProxy } = await import('unpdf');
    // pdf.js may take over the array it is given: pass a copy, the stored bytes stay exact.
    const pdf = await getDocumentProxy(new Uint8Array(data));
    try {
      const { totalPages, text } = await extractText(pdf, { mergePages: true });
      return { pages: totalPages, text: cleanLine(text).slice(0, 400_000) };
    } finally {
      await pdf.destroy();
    }
  } catch {
    return { pages: null, text: '' };
  }
}

/**
 * The text of a file of `kind` for search and the trích yếu pre-fill: PDF by unpdf, DOCX by
 * mammoth, ODT from its content.xml; a legacy binary .doc is kept as it is, without text.
 */
async function textOf(
  kind: FileKind,
  data: Buffer,
): Promise<{ pages: number | null; text: string }> {
  if (kind === 'pdf') return pdfText(data);
  const text = kind === 'docx' ? await docxText(data) : kind === 'odt' ? odtText(data) : '';
  return { pages: null, text: cleanLine(text).slice(0, 400_000) };
}

/** The text of an uploaded file judged by its content ('' for other kinds and a .doc). */
export async function fileText(data: Buffer): Promise<string> {
  const d = await detectFile(data);
  if (isRefused(d) || !ACCEPTED.has(d.ext as FileKind)) return '';
  return (await textOf(d.ext as FileKind, data)).text;
}

/** Judges a file by its content; undefined when it is not one of the accepted kinds. */
export async function inspectFile(data: Buffer): Promise<InspectedFile | undefined> {
  const d = await detectFile(data);
  if (isRefused(d) || !ACCEPTED.has(d.ext as FileKind)) return undefined;
  const kind = d.ext as FileKind;
  const sha256 = crypto.createHash('sha256').update(data).digest('hex');
  const { pages, text } = await textOf(kind, data);
  return {
    kind,
    bytes: data.length,
    sha256,
    pages,
    text,
    key: `van-ban/${sha256.slice(0, 2)}/${sha256}-${kind}.tep`,
  };
}

/** A safe download name: the uploaded name's letters kept, its extension set by the content. */
export function fileName(uploaded: string, kind: FileKind, fallback: string): string {
  const stem = cleanLine(uploaded.replace(/\.[A-Za-z0-9]{1,5}$/, ''))
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, '-')
    .replace(/^[.\s-]+/, '')
    .slice(0, 100)
    .trim();
  return `${stem || fallback}.${kind}`;
}
