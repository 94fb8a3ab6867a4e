import { fileTypeFromBuffer } from 'file-type';
import { MEDIA_MESSAGES as M } from './media.messages.ts';
import type { MediaKind } from './media.ts';

/** What the content of an upload turned out to be; `ext` is the extension we store it under. */
export interface Detected {
  kind: MediaKind;
  ext: string;
  mime: string;
}

/** A file refused by its content, with the Vietnamese reason. */
export interface Refused {
  refused: string;
}

const IMAGES: Record<string, string> = {
  jpg: 'image/jpeg',
  png: 'image/png',
  apng: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
  heic: 'image/heic',
};

const DOCUMENTS: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
};

const VIDEOS: Record<string, string> = { mp4: 'video/mp4', m4v: 'video/mp4', webm: 'video/webm' };

const EXECUTABLES = new Set([
  'exe',
  'elf',
  'macho',
  'class',
  'wasm',
  'swf',
  'jar',
  'apk',
  'crx',
  'xpi',
  'deb',
  'rpm',
  'lnk',
  'reg',
  'asar',
  'dmg',
]);
const MACRO_OFFICE = new Set(['docm', 'dotm', 'xlsm', 'xltm', 'pptm', 'potm', 'ppsm']);

/** Which legacy Office application wrote an OLE2 file, judged by the streams it holds. */
const OLE2_STREAMS: [stream: string, ext: string][] = [
  ['WordDocument', 'doc'],
  ['Workbook', 'xls'],
  ['Book', 'xls'],
  ['PowerPoint Document', 'ppt'],
];
const OLE2_MACROS = new Set(['Macros', '_VBA_PROJECT_CUR', 'VBA', '_VBA_PROJECT']);

const FREE = 0xfffffffa; // sector numbers at or above this end a chain

/**
 * Names of the entries in an OLE2 compound file's directory (its streams and storages),
 * following the directory's sector chain through the FAT. Malformed files yield what was read.
 */
export function ole2EntryNames(b: Buffer): string[] {
  if (b.length < 512) return [];
  const shift = b.readUInt16LE(30);
  if (shift !== 9 && shift !== 12) return [];
  const size = 1 << shift;
  const offset = (sector: number): number => (sector + 1) * size;
  const fat: number[] = [];
  for (let i = 0; i < 109; i++) {
    const s = b.readUInt32LE(76 + i * 4);
    if (s >= FREE) break;
    fat.push(s);
  }
  const next = (sector: number): number => {
    const per = size / 4;
    const fatSector = fat[Math.floor(sector / per)];
    if (fatSector === undefined) return FREE;
    const at = offset(fatSector) + (sector % per) * 4;
    return at + 4 <= b.length ? b.readUInt32LE(at) : FREE;
  };
  const names: string[] = [];
  const seen = new Set<number>();
  for (let s = b.readUInt32LE(48); s < FREE && !seen.has(s) && seen.size < 4096; s = next(s)) {
    seen.add(s);
    const start = offset(s);
    if (start + size > b.length) break;
    for (let e = start; e < start + size; e += 128) {
      const len = b.readUInt16LE(e + 64);
      const type = b[e + 66];
      if ((type === 1 || type === 2) && len >= 2 && len <= 64)
        names.push(b.toString('utf16le', e, e + len - 2));
    }
  }
  return names;
}

function ole2(b: Buffer): Detected | Refused {
  const names = ole2EntryNames(b);
  if (names.some((n) => OLE2_MACROS.has(n))) return { refused: M['media.macro'] };
  const hit = OLE2_STREAMS.find(([stream]) => names.includes(stream));
  if (!hit) return { refused: M['media.unknown'] };
  const ext = hit[1];
  return { kind: 'document', ext, mime: DOCUMENTS[ext] ?? 'application/octet-stream' };
}

/** Text that looks like markup, for the SVG and HTML refusals (file-type does not sniff text formats). */
function markup(b: Buffer): Refused | undefined {
  const head = b
    .subarray(0, 4096)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .toLowerCase();
  if (/<svg[\s>]/.test(head)) return { refused: M['media.svg'] };
  if (/<(!doctype html|html|script|body|iframe)[\s>]/.test(head))
    return { refused: M['media.html'] };
  return undefined;
}

/**
 * Judges a file by its content alone (magic bytes, container structure), never by its name or
 * the MIME type the browser claimed. Images still go through a real decode after this.
 */
export async function detectFile(data: Buffer): Promise<Detected | Refused> {
  if (data.length === 0) return { refused: M['media.empty'] };
  const type = await fileTypeFromBuffer(data);
  if (!type || type.ext === 'xml') return markup(data) ?? { refused: M['media.unknown'] };
  const { ext } = type;
  if (IMAGES[ext]) return { kind: 'image', ext: ext === 'apng' ? 'png' : ext, mime: IMAGES[ext] };
  if (DOCUMENTS[ext]) return { kind: 'document', ext, mime: DOCUMENTS[ext] };
  if (VIDEOS[ext]) return { kind: 'video', ext: ext === 'm4v' ? 'mp4' : ext, mime: VIDEOS[ext] };
  if (ext === 'cfb') return ole2(data);
  if (EXECUTABLES.has(ext)) return { refused: M['media.executable'] };
  if (MACRO_OFFICE.has(ext)) return { refused: M['media.macro'] };
  return { refused: M['media.not_allowed'](ext.toUpperCase()) };
}

/** Whether a detection is a refusal. */
export function isRefused(d: Detected | Refused): d is Refused {
  return 'refused' in d;
}
