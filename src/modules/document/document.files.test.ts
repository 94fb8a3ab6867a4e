import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textPdf } from '../../../test/support/document-fixtures.ts';
import zlib from 'node:zlib';
import { ole2 } from '../../../test/support/media-fixtures.ts';
import type { FileStorage } from '../../storage/storage.ts';
import { fileText, inspectFile } from './document.files.ts';
import { docxText, odtText, zipParts } from './document.office.ts';
import { documentService } from './document.service.ts';
import type { DocumentRepository } from './document.repository.ts';
import type { DocumentForm } from './document.schema.ts';

/** A save that fails after its file was stored leaves no orphan, and never removes a shared file. */
describe('document file storage on a failed save', () => {
  const form = {
    number: '09-QC/TW',
    numberReason: '',
    typeId: 1,
    issuerId: 1,
    signerName: '',
    signerTitle: '',
    signerAuthority: '',
    issuedOn: '2026-01-05',
    effectiveOn: null,
    expiresOn: null,
    effect: 'in-force',
    summary: 'Thử',
    body: '',
    scope: 'public',
    source: '',
    fieldIds: [],
    relations: [],
  } as unknown as DocumentForm;
  const repo = {
    types: async () => [{ id: 1, name: 'Quy chế' }],
    issuers: async () => [{ id: 1, name: 'BCH TW', place: 'Hà Nội', code: 'TW' }],
    fields: async () => [],
    existing: async () => [],
  } as unknown as DocumentRepository;

  function setup(initial: string[]) {
    const keys = new Set(initial);
    const storage = {
      has: async (k: string) => keys.has(k),
      put: async (k: string) => void keys.add(k),
      remove: async (k: string) => void keys.delete(k),
      get: async () => undefined,
    } as unknown as FileStorage;
    const svc = documentService({
      repo,
      storage,
      tx: async () => {
        throw new Error('database down');
      },
      clock: () => new Date('2026-01-05T00:00:00Z'),
    });
    return { keys, svc };
  }
  const actor = { id: 1, name: 'x', ip: '', userAgent: '' };
  const account = { id: 1 } as never;
  const pdf = textPdf([['MOT TRANG']]);

  it('removes the file it stored', async () => {
    const { keys, svc } = setup([]);
    await expect(svc.create(actor, account, form, [{ name: 'a.pdf', data: pdf }])).rejects.toThrow(
      'database down',
    );
    expect([...keys]).toEqual([]);
  });

  it('keeps a file that was already stored (another document has the same bytes)', async () => {
    const k = (await inspectFile(pdf))!.key;
    const { keys, svc } = setup([k]);
    await expect(
      svc.create(actor, account, form, [{ name: 'a.pdf', data: pdf }]),
    ).rejects.toThrow();
    expect([...keys]).toEqual([k]);
  });
});

/** A DOCX-like ZIP whose one part is `mb` megabytes of zeros, deflated (streamed: little memory). */
async function bomb(mb: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const z = zlib.createDeflateRaw({ level: 9 });
  z.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((ok) => z.on('end', ok));
  const mega = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < mb; i++) if (!z.write(mega)) await new Promise((ok) => z.once('drain', ok));
  z.end();
  await done;
  const body = Buffer.concat(chunks);
  const name = Buffer.from('word/document.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(body.length, 18);
  local.writeUInt32LE(mb * 1024 * 1024, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(body.length, 20);
  central.writeUInt32LE(mb * 1024 * 1024, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + name.length, 12);
  end.writeUInt32LE(30 + name.length + body.length, 16);
  return Buffer.concat([local, name, body, central, name, end]);
}

/** DOCX and ODT text like the PDF's; a legacy .doc kept as it is, without text. */
describe('document file text', () => {
  const fixture = (name: string) =>
    readFileSync(new URL(`../../../test/fixtures/documents/${name}`, import.meta.url));

  it('reads the paragraphs of a DOCX (mammoth), NFC and on one line', async () => {
    const data = fixture('nghi-quyet.docx');
    const info = (await inspectFile(data))!;
    expect(info).toMatchObject({ kind: 'docx', bytes: data.length, pages: null });
    expect(info.text).toBe(
      'NGHỊ QUYẾT Về đẩy mạnh phát triển kinh tế cửa khẩu Tây Trang giai đoạn 2026 – 2030 Ban Thường vụ Tỉnh ủy Điện Biên đề nghị các đảng bộ trực thuộc quán triệt sâu rộng.',
    );
    expect(info.text).toBe(info.text.normalize('NFC'));
    expect(await fileText(data)).toBe(info.text);
  });

  it('reads an ODT: paragraphs, headings and the spaces ODF writes as elements', async () => {
    const info = (await inspectFile(fixture('huong-dan.odt')))!;
    expect(info.kind).toBe('odt');
    expect(info.text).toBe('HƯỚNG DẪN Về công tác kiểm tra đảng viên ở chi bộ nông thôn vùng cao');
  });

  it('keeps a legacy .doc without text and without error', async () => {
    const data = ole2('WordDocument');
    const info = (await inspectFile(data))!;
    expect(info).toMatchObject({ kind: 'doc', text: '', pages: null, bytes: data.length });
    expect(await fileText(data)).toBe('');
  });

  it('gives no text for a damaged or bomb-like archive, never an error', async () => {
    const docx = fixture('nghi-quyet.docx');
    // Cut in the middle: the central directory is gone.
    expect(await docxText(docx.subarray(0, 600))).toBe('');
    // A part that expands past the limit: 210 MB of zeros, about 200 kB deflated.
    const big = await bomb(210);
    expect(big.length).toBeLessThan(1024 * 1024);
    expect(zipParts(big, ['word/document.xml'])).toBeUndefined();
    expect(await docxText(big)).toBe('');
    expect(odtText(Buffer.from('PK not a zip'))).toBe('');
    expect(zipParts(fixture('huong-dan.odt'), ['content.xml'])?.get('content.xml')).toBeDefined();
  });
});
