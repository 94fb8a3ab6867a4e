import zlib from 'node:zlib';
import { SaxesParser } from 'saxes';

/** Most a document's parts may expand to, all together (a "zip bomb" stops here). */
const MAX_EXPANDED = 200 * 1024 * 1024;

/**
 * The named parts of a ZIP (DOCX, ODT), each inflated under a limit so that a small file that
 * expands to gigabytes is refused before any parser sees it; undefined when the archive is
 * damaged, uses ZIP64 or encryption, or expands past MAX_EXPANDED. Parts not in `wanted` are
 * inflated to be measured, then dropped.
 */
export function zipParts(data: Buffer, wanted: string[]): Map<string, Buffer> | undefined {
  const end = data.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || end + 22 > data.length) return undefined;
  const count = data.readUInt16LE(end + 10);
  let at = data.readUInt32LE(end + 16);
  const out = new Map<string, Buffer>();
  let total = 0;
  try {
    for (let i = 0; i < count; i++) {
      if (data.readUInt32LE(at) !== 0x02014b50) return undefined;
      const flags = data.readUInt16LE(at + 8);
      const method = data.readUInt16LE(at + 10);
      const size = data.readUInt32LE(at + 20);
      const nameLength = data.readUInt16LE(at + 28);
      const local = data.readUInt32LE(at + 42);
      const name = data.toString('utf8', at + 46, at + 46 + nameLength);
      at += 46 + nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
      if (flags & 1 || size === 0xffffffff || local === 0xffffffff) return undefined;
      if (data.readUInt32LE(local) !== 0x04034b50) return undefined;
      const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
      const raw = data.subarray(start, start + size);
      const part =
        method === 0
          ? raw
          : method === 8
            ? zlib.inflateRawSync(raw, { maxOutputLength: MAX_EXPANDED - total + 1 })
            : undefined;
      if (!part) return undefined;
      total += part.length;
      if (total > MAX_EXPANDED) return undefined;
      if (wanted.includes(name)) out.set(name, part);
    }
  } catch {
    // A damaged archive, or a part past the limit (zlib's RangeError): no text.
    return undefined;
  }
  return out;
}

/** The text of a DOCX's body (mammoth's raw text: paragraphs, tables, lists); '' when unreadable. */
export async function docxText(data: Buffer): Promise<string> {
  if (!zipParts(data, [])) return '';
  try {
    const mammoth = (await import('mammoth')).default;
    return (await mammoth.extractRawText({ buffer: data })).value;
  } catch {
    return '';
  }
}

const ODF_TEXT = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';

/**
 * The text of an ODT's body (content.xml): paragraphs and headings on their own lines, the
 * spaces, tabs and line breaks ODF writes as elements kept; '' when unreadable.
 */
export function odtText(data: Buffer): string {
  const content = zipParts(data, ['content.xml'])?.get('content.xml');
  if (!content) return '';
  const parts: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('text', (t) => parts.push(t));
  parser.on('opentag', (tag) => {
    if (tag.uri !== ODF_TEXT) return;
    if (tag.local === 's') {
      const c = Number(tag.attributes['text:c']?.value ?? 1);
      parts.push(' '.repeat(Number.isSafeInteger(c) && c > 0 && c < 100 ? c : 1));
    } else if (tag.local === 'tab') parts.push('\t');
    else if (tag.local === 'line-break') parts.push('\n');
  });
  parser.on('closetag', (tag) => {
    if (tag.uri === ODF_TEXT && (tag.local === 'p' || tag.local === 'h')) parts.push('\n\n');
  });
  try {
    parser.write(content.toString('utf8')).close();
  } catch {
    return '';
  }
  return parts.join('');
}
