import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ole2 } from '../support/media-fixtures.ts';
import { makeStaff, manualClock } from '../support/staff.ts';
import { testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';
import type { DocAgent } from '../support/document-fixtures.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/documents/${name}`, import.meta.url));
const MIME = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
  doc: 'application/msword',
};

/** DOCX, ODT and legacy .doc files through the form, as the PDF is (#19). */
describe.each(dialects)('Văn bản: DOCX, ODT and DOC files on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  const clock = manualClock(new Date('2026-01-20T02:00:00Z'));
  let a: DocAgent;

  /** Enters and publishes a document with one file and the given trích yếu; its id. */
  async function enter(number: string, summary: string, name: string, data: Buffer) {
    const lists = await t.deps.documents.ensureLists();
    const f = new FormData();
    f.set('number', number);
    f.set('typeId', String(lists.types.find((x) => x.name === 'Hướng dẫn')!.id));
    f.set('issuerId', String(lists.issuers.find((x) => x.name === 'Tỉnh ủy')!.id));
    f.set('issuedOn', '05/01/2026');
    f.set('summary', summary);
    f.set('effect', 'in-force');
    f.set('scope', 'public');
    f.set('signerAuthority', '');
    const ext = name.split('.').pop() as keyof typeof MIME;
    f.set('file', new File([new Uint8Array(data)], name, { type: MIME[ext] }));
    await a.get('/quan-tri/van-ban/moi');
    const r = await a.multipart('/quan-tri/van-ban/moi', f);
    expect(r.status, r.text.slice(0, 300)).toBe(303);
    const id = Number(/\/quan-tri\/van-ban\/(\d+)/.exec(r.location!)![1]);
    for (const step of ['submit', 'approve', 'publish']) {
      await a.get(`/quan-tri/van-ban/${id}`);
      expect((await a.post(`/quan-tri/van-ban/${id}/chuyen`, { t: step, note: '' })).status).toBe(
        303,
      );
    }
    return id;
  }

  beforeAll(async () => {
    t = await testApp(dialect, { clock: clock.now, seed: false });
    a = await (await makeStaff(t, clock, 'vanthu', 'approver')).login();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('fills an empty trích yếu from a DOCX and finds the document by a phrase of it', async () => {
    const id = await enter('15-HD/TU', '', 'huong dan.docx', fixture('nghi-quyet.docx'));
    const d = (await t.deps.documents.find(id))!;
    expect(d.summary).toMatch(/^NGHỊ QUYẾT Về đẩy mạnh phát triển kinh tế cửa khẩu Tây Trang/);
    const [file] = await t.deps.documents.files(id);
    expect(file).toMatchObject({ kind: 'docx', pages: null });
    // Folded (no marks, đ as d), as readers type.
    for (const q of ['quán triệt sâu rộng', 'dang bo truc thuoc'])
      expect(
        (await t.deps.documents.search(q)).map((x) => x.id),
        q,
      ).toContain(id);
    const list = await a.get(`/van-ban?q=${encodeURIComponent('cửa khẩu Tây Trang')}`);
    expect(list.text).toContain('15-HD/TU');
  });

  it('does the same from an ODT', async () => {
    const id = await enter('16-HD/TU', '', 'huong-dan.odt', fixture('huong-dan.odt'));
    expect((await t.deps.documents.find(id))!.summary).toBe(
      'HƯỚNG DẪN Về công tác kiểm tra đảng viên ở chi bộ nông thôn vùng cao',
    );
    expect((await t.deps.documents.search('chi bo nong thon')).map((x) => x.id)).toContain(id);
  });

  it('keeps a legacy .doc byte-exact, without text and without error', async () => {
    const doc = Buffer.concat([ole2('WordDocument'), Buffer.from('nội dung cũ', 'utf8')]);
    // Without a trích yếu and no text to take it from: refused in Vietnamese, nothing saved.
    const lists = await t.deps.documents.ensureLists();
    const f = new FormData();
    f.set('number', '17-HD/TU');
    f.set('typeId', String(lists.types[0]!.id));
    f.set('issuerId', String(lists.issuers[0]!.id));
    f.set('issuedOn', '05/01/2026');
    f.set('summary', '');
    f.set('effect', 'in-force');
    f.set('scope', 'public');
    f.set('signerAuthority', '');
    f.set('file', new File([new Uint8Array(doc)], 'cu.doc', { type: MIME.doc }));
    await a.get('/quan-tri/van-ban/moi');
    const empty = await a.multipart('/quan-tri/van-ban/moi', f);
    expect(empty.status).toBe(400);
    expect(empty.text).toContain('Vui lòng nhập trích yếu nội dung.');

    const id = await enter('17-HD/TU', 'Hướng dẫn cũ (bản DOC)', 'cu.doc', doc);
    const [file] = await t.deps.documents.files(id);
    expect(file).toMatchObject({ kind: 'doc', bytes: doc.length, pages: null });
    const r = await t.app.request(`/van-ban/${id}/tep/${file!.n}/cu.doc`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-disposition')).toMatch(/^attachment/);
    const bytes = Buffer.from(await r.arrayBuffer());
    expect(bytes.equals(doc)).toBe(true);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(file!.sha256);
  });
});
