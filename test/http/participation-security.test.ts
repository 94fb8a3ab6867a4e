/**
 * Liên hệ – góp ý under attack: huge and hostile input, wrong attachments, XSS in what staff
 * publish, and the sites of one install kept apart (a message to site A never shows on the
 * province, nor the other way round).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SITE_ID, withSite } from '../../src/db/site-scope.ts';
import { agent } from '../support/agent.ts';
import { pdf, png } from '../support/media-fixtures.ts';
import { addSite } from '../support/sites.ts';
import { makeStaff, manualClock, type TestStaff } from '../support/staff.ts';
import { testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';
import { validForm } from '../support/participation.ts';

const SYSTEM = { id: null, name: 'Kiểm thử', ip: '127.0.0.1', userAgent: 'vitest' };
const HOST_A = 'https://muongnhe.example.vn';

describe.each(dialects)('Liên hệ – góp ý, adversarial (%s)', (dialect) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  const clock = manualClock(new Date('2026-12-07T02:00:00Z'));
  let approver: TestStaff;
  let siteA: number;

  beforeAll(async () => {
    t = await testApp(dialect, { clock: clock.now });
    siteA = (
      await addSite(t.db, { slug: 'muong-nhe', name: 'Xã Mường Nhé', host: 'muongnhe.example.vn' })
    ).id;
    await t.deps.platform.load();
    approver = await makeStaff(t, clock, 'duyet', 'approver');
  });
  afterAll(async () => {
    await t?.close();
  });

  const count = async () =>
    Number(
      (
        await t.db.kysely
          .selectFrom('contactMessage')
          .select((e) => e.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  async function reader(origin?: string) {
    const a = agent(t.app, origin);
    expect((await a.get('/gop-y')).status).toBe(200);
    // Past the sender's hourly budget of the previous sends (5 an hour).
    clock.tick(13 * 60_000);
    return a;
  }

  /** Posts the form as multipart with a file. */
  async function withFile(a: ReturnType<typeof agent>, name: string, data: Buffer, type: string) {
    const f = new FormData();
    for (const [k, v] of Object.entries(validForm({ subject: `Tệp ${name}` }))) f.set(k, v);
    f.set('file', new Blob([new Uint8Array(data)], { type }), name);
    return a.multipart('/gop-y', f);
  }

  it('answers huge, NUL-laden, unknown and non-NFC input with Vietnamese messages, never a 5xx', async () => {
    const before = await count();
    const a = await reader();
    const cases: Record<string, string>[] = [
      { body: 'x'.repeat(200_000) },
      { subject: 'y'.repeat(10_000) },
      { name: 'z'.repeat(5_000) },
      { kind: 'khieu-nai' },
      { kind: '__proto__' },
      { unitId: '99999999999999999999' },
      { unitId: '-1' },
      { unitId: '12345' },
      { phone: '12' },
      { email: 'a@b' },
    ];
    for (const extra of cases) {
      const r = await a.post('/gop-y', validForm(extra));
      expect(r.status, JSON.stringify(extra).slice(0, 80)).toBe(400);
      expect(r.text).toMatch(/Vui lòng kiểm tra lại|tối đa|không hợp lệ|không tồn tại|Hãy chọn/);
    }
    const nul = await a.post('/gop-y', validForm({ body: 'Nội\u0000dung' }));
    expect(nul.status).toBeLessThan(500);
    expect(await count()).toBeLessThanOrEqual(before + 1);
    // Non-NFC input is stored in NFC.
    const b = await reader();
    await b.post('/gop-y', validForm({ subject: 'Vie\u0323\u0302t Nam NFC' }));
    const row = await t.db.kysely
      .selectFrom('contactMessage')
      .select('subject')
      .where('subject', 'like', '%NFC')
      .executeTakeFirst();
    expect(row?.subject).toBe('Việt Nam NFC');
  });

  it('takes a PDF or PNG by content, refuses executables, HTML, SVG and oversize files', async () => {
    const before = await count();
    const bad: [string, Buffer, string][] = [
      [
        'cv.pdf',
        Buffer.from('MZ\x90\x00\x03\x00\x00\x00' + 'A'.repeat(2000), 'binary'),
        'application/pdf',
      ],
      ['anh.jpg', Buffer.from('<html><script>alert(1)</script></html>'), 'image/jpeg'],
      [
        'hinh.svg',
        Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
        'image/svg+xml',
      ],
    ];
    for (const [name, data, type] of bad) {
      const r = await withFile(await reader(), name, data, type);
      expect(r.status, name).toBe(400);
      expect(r.text).toContain('Chỉ nhận tệp đính kèm');
    }
    const huge = await withFile(
      await reader(),
      'lon.pdf',
      Buffer.concat([pdf(), Buffer.alloc(6 * 1024 * 1024)]),
      'application/pdf',
    );
    expect([400, 413]).toContain(huge.status);
    expect(huge.text).toMatch(/tối đa 5 MB/);
    expect(await count()).toBe(before);

    const ok = await withFile(await reader(), '../../hồ sơ.PDF', pdf(), 'image/png');
    expect(ok.status).toBe(303);
    const img = await withFile(await reader(), 'anh', await png(), 'application/octet-stream');
    expect(img.status).toBe(303);
    const file = await t.db.kysely
      .selectFrom('contactAttachment')
      .select(['messageId', 'name', 'mime'])
      .where('mime', '=', 'application/pdf')
      .executeTakeFirstOrThrow();
    expect(file.name).toBe('hồ sơ.pdf');
    // Only staff get the file, as a download.
    const anon = await agent(t.app).get(`/quan-tri/gop-y/${file.messageId}/tep`);
    expect(anon.status === 403 || anon.location?.startsWith('/quan-tri/dang-nhap')).toBe(true);
    const s = await approver.login();
    const got = await s.get(`/quan-tri/gop-y/${file.messageId}/tep`);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(got.headers.get('content-type')).toBe('application/pdf');
  });

  it('escapes what readers and staff write on every page', async () => {
    const a = await reader();
    const xss = '<img src=x onerror=alert(9)>';
    const r = await a.post('/gop-y', validForm({ subject: `Hỏi ${xss}`, name: xss }));
    expect(r.status).toBe(303);
    const row = await t.db.kysely
      .selectFrom('contactMessage')
      .select(['id', 'code'])
      .where('subject', 'like', '%onerror%')
      .executeTakeFirstOrThrow();
    const s = await approver.login();
    const page = await s.get(`/quan-tri/gop-y/${row.id}`);
    expect(page.text).not.toContain(xss);
    await s.post(`/quan-tri/gop-y/${row.id}/tra-loi`, { reply: `Trả lời ${xss}` });
    await s.get(`/quan-tri/gop-y/${row.id}`);
    await s.post(`/quan-tri/gop-y/${row.id}/cong-khai`, {
      question: `Câu hỏi ${xss}`,
      asker: xss,
      answer: `Đáp ${xss}`,
    });
    const list = await t.get('/hoi-dap');
    expect(list.text).toContain('Hỏi &lt;img');
    expect(list.text).not.toContain(xss);
    const href = /href="(\/hoi-dap\/[a-z0-9-]+-\d+)"/.exec(list.text)![1]!;
    expect((await t.get(href)).text).not.toContain(xss);
    const look = await agent(t.app).post('/gop-y/tra-cuu', { ma: row.code });
    expect(look.text).not.toContain(xss);
    // Hostile look-ups and Q&A queries.
    for (const ma of ['x'.repeat(5000), '\u0000', '<script>', 'GY-0000-0000']) {
      const l = await agent(t.app).post('/gop-y/tra-cuu', { ma });
      expect(l.status).toBeLessThan(500);
      expect(l.text).not.toContain('<script>');
    }
    for (const q of ['%', '_', '\\', "' OR 1=1 --", 'a'.repeat(3000)])
      expect((await t.get(`/hoi-dap?q=${encodeURIComponent(q)}`)).status).toBe(200);
    expect((await t.get('/hoi-dap/abc-99999999')).status).toBe(404);
  });

  it('keeps sites apart: a message to site A is never seen, answered or published on the province', async () => {
    const provinceUnit = await withSite(DEFAULT_SITE_ID, async () => {
      await t.deps.participation.createUnit(SYSTEM, { name: 'Ban Tỉnh', people: '', email: '' });
      return (await t.deps.participation.units())[0]!.id;
    });
    const a = await reader(HOST_A);
    // The province's unit is not one of A's.
    const wrong = await a.post('/gop-y', validForm({ unitId: String(provinceUnit) }));
    expect(wrong.status).toBe(400);
    expect(wrong.text).toContain('Đơn vị nhận không tồn tại');
    const sent = await a.post('/gop-y', validForm({ subject: 'Chỉ của xã Mường Nhé' }));
    expect(sent.status).toBe(303);
    const row = await t.db.kysely
      .selectFrom('contactMessage')
      .selectAll()
      .where('subject', '=', 'Chỉ của xã Mường Nhé')
      .executeTakeFirstOrThrow();
    expect(row.siteId).toBe(siteA);

    const s = await approver.login();
    expect((await s.get('/quan-tri/gop-y')).text).not.toContain(row.code);
    expect((await s.get(`/quan-tri/gop-y/${row.id}`)).status).toBe(404);
    expect((await s.get(`/quan-tri/gop-y/${row.id}/tep`)).status).toBe(404);
    await s.get('/quan-tri/gop-y');
    expect((await s.post(`/quan-tri/gop-y/${row.id}/tra-loi`, { reply: 'Sai trang' })).status).toBe(
      404,
    );
    expect((await s.post(`/quan-tri/gop-y/${row.id}/trang-thai`, { status: 'dong' })).status).toBe(
      404,
    );
    const after = await t.db.kysely
      .selectFrom('contactMessage')
      .selectAll()
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow();
    expect(after).toEqual(row);
    // The code is A's: the province does not know it.
    expect((await agent(t.app).post('/gop-y/tra-cuu', { ma: row.code })).text).toContain(
      'Không tìm thấy ý kiến với mã này.',
    );
    expect((await agent(t.app, HOST_A).post('/gop-y/tra-cuu', { ma: row.code })).text).toContain(
      'Mới',
    );
    // Published on A: shown on A's Hỏi đáp only.
    await withSite(siteA, async () => {
      await t.deps.participation.reply(SYSTEM, row.id, 'Trả lời của xã.');
      await t.deps.participation.publish(SYSTEM, row.id, {
        question: 'Câu hỏi của xã',
        asker: 'Bà L.T.H.',
        answer: 'Trả lời của xã.',
      });
    });
    const onA = await t.app.request(`${HOST_A}/hoi-dap`);
    expect(await onA.text()).toContain('Chỉ của xã Mường Nhé');
    expect((await t.get('/hoi-dap')).text).not.toContain('Chỉ của xã Mường Nhé');
    expect((await t.get(`/hoi-dap/chi-cua-xa-muong-nhe-${row.id}`)).status).toBe(404);
  });
});
