import crypto from 'node:crypto';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEDIA_MESSAGES as M } from '../../src/modules/media/media.messages.ts';
import type { MediaJson } from '../../src/modules/media/media.json.ts';
import { currentTotp } from '../../src/modules/auth/totp.ts';
import * as fx from '../support/media-fixtures.ts';
import { agent } from '../support/agent.ts';
import { testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';

const SYSTEM = { id: null, name: 'Kiểm thử', ip: '127.0.0.1', userAgent: 'vitest' };
const ORIGIN = 'https://dangbo.example.vn';
const PW = 'Phóng-viên-Mường-Thanh-2026';
const ADMIN_PW = 'Quản-trị-Điện-Biên-2026!';

type Agent = ReturnType<typeof agent>;
type Result =
  | { file: string; ok: true; existing: boolean; item: MediaJson }
  | { file: string; ok: false; error: string };

/** The item of a successful result (fails the test with the refusal otherwise). */
function created(r: Result | undefined): MediaJson {
  if (!r?.ok) throw new Error(r ? r.error : 'no result');
  return r.item;
}

function files(...list: [name: string, data: Buffer, type?: string][]): FormData {
  const form = new FormData();
  for (const [name, data, type] of list)
    form.append(
      'files',
      new Blob([new Uint8Array(data)], { type: type ?? 'application/octet-stream' }),
      name,
    );
  return form;
}

describe.each(dialects)('the media library on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  const now = new Date('2026-11-27T02:00:00Z');
  let adminSecret = '';
  let reporter: Agent;
  let editor: Agent;

  /** Secrets of the second factor each account enrols at its first login. */
  const secrets = new Map<string, string>();

  async function login(username: string, password = PW): Promise<Agent> {
    const a = agent(t.app, ORIGIN);
    await a.get('/quan-tri/dang-nhap');
    const r = await a.post('/quan-tri/dang-nhap', { username, password });
    expect(r.location).toBe('/quan-tri/bao-mat/hai-lop');
    await a.get(r.location!);
    const code = currentTotp(secrets.get(username)!, now);
    expect((await a.post('/quan-tri/bao-mat/hai-lop', { code })).status).toBe(200);
    await a.get('/quan-tri/thu-vien');
    return a;
  }

  /** A JSON request with the agent's cookies (the editor's fetch calls). */
  async function json(
    a: Agent,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) {
    const res = await t.app.request(path, {
      method,
      headers: {
        cookie: [...a.jar].map(([k, v]) => `${k}=${v}`).join('; '),
        'content-type': 'application/json',
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }

  const upload = async (a: Agent, form: FormData, csrf: 'field' | 'header' | 'none' = 'header') => {
    const r = await a.multipart('/quan-tri/api/media', form, { csrf });
    return {
      status: r.status,
      results: (JSON.parse(r.text) as { results: Result[] }).results,
      text: r.text,
    };
  };

  /** A photo of the reporter's, uploaded by the test that needs it (fresh pixels, so a new item). */
  async function uploadPhoto(name: string): Promise<number> {
    const jpeg = await fx.jpeg(480, 320, crypto.randomInt(1, 1_000_000));
    return created((await upload(reporter, files([name, jpeg, 'image/jpeg']))).results[0]).id;
  }

  beforeAll(async () => {
    t = await testApp(dialect, { clock: () => now });
    const section = (await t.deps.site.sections()).find((s) => s.slug === 'xay-dung-dang')!.id;
    const form = (username: string, fullName: string, role: string) => ({
      username,
      fullName,
      email: '',
      role,
      allSections: false,
      sectionIds: [section],
    });
    for (const [username, fullName, role] of [
      ['minhthuy', 'Lò Minh Thùy', 'reporter'],
      ['vanbinh', 'Quàng Văn Bình', 'reporter'],
      ['thuha', 'Phạm Thu Hà', 'editor'],
    ] as const) {
      const created = await t.deps.accounts.create(SYSTEM, form(username, fullName, role), {
        password: PW,
      });
      secrets.set(username, created.totpSecret!);
    }
    adminSecret = (
      await t.deps.accounts.create(
        SYSTEM,
        { ...form('quantri', 'Nguyễn Văn Quản', 'admin'), sectionIds: [] },
        { password: ADMIN_PW },
      )
    ).totpSecret!;
    reporter = await login('minhthuy');
    editor = await login('thuha');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('a valid JPEG yields AVIF, WebP and JPEG at every width, re-encoded without its metadata', async () => {
    // Fresh pixels each run, so the renditions are really encoded (not found in the shared test media folder).
    const big = await fx.jpeg(2000, 1333, crypto.randomInt(1, 4000));
    expect((await sharp(big).metadata()).exif).toBeDefined();
    const r = await upload(reporter, files(['Hội nghị Điện Biên.JPG', big, 'image/jpeg']));
    expect(r.status).toBe(200);
    const item = created(r.results[0]);
    expect(item).toMatchObject({
      kind: 'image',
      name: 'Hội nghị Điện Biên.JPG',
      width: 1600,
      height: 1066,
      mime: 'image/jpeg',
      uploadedBy: { name: 'Lò Minh Thùy' },
    });
    expect(item.url).toMatch(/^\/media\/2026\/11\/[0-9a-f]{10}\/hoi-nghi-dien-bien\.jpg$/);
    const grid = item.variants.map((v) => `${v.format}@${v.width}`).sort();
    expect(grid).toEqual([
      'avif@1200',
      'avif@1600',
      'avif@240',
      'avif@480',
      'avif@800',
      'jpeg@1200',
      'jpeg@1600',
      'jpeg@240',
      'jpeg@480',
      'jpeg@800',
      'webp@1200',
      'webp@1600',
      'webp@240',
      'webp@480',
      'webp@800',
    ]);
    for (const v of item.variants) {
      const file = await t.deps.storage.get(v.url.slice('/media/'.length));
      expect(file, v.url).toBeDefined();
      const meta = await sharp(file).metadata();
      expect(meta.format).toBe(v.format === 'avif' ? 'heif' : v.format);
      expect(meta.width).toBe(v.width);
      expect(meta.exif).toBeUndefined();
      expect((await sharp(file).stats()).channels.length).toBeGreaterThan(0); // decodes fully
    }
    const served = await t.get(item.variants.find((v) => v.format === 'avif')!.url);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/avif');
    expect(item.figureHtml).toContain('<source type="image/avif"');
    expect(item.srcset?.avif).toContain('480w');
    expect((await t.deps.audit.list({ action: 'media.uploaded', limit: 5 }))[0]!.summary).toContain(
      'Hội nghị Điện Biên.JPG',
    );
  });

  it('refuses an executable renamed .jpg and an SVG carrying script, keeping the good file of the same upload', async () => {
    const png = await fx.png();
    const form = files(
      ['anh-dep.jpg', fx.elf(), 'image/jpeg'],
      ['hinh.jpg', fx.pe(), 'image/jpeg'],
      ['bieu-do.svg', fx.svgWithScript(), 'image/svg+xml'],
      ['logo-tinh-uy.png', png, 'image/png'],
    );
    const page = await reporter.multipart('/quan-tri/thu-vien', form);
    expect(page.status).toBe(200);
    expect(page.text).toContain('3 tệp không được nhận');
    expect(page.text).toContain(`<strong>anh-dep.jpg</strong>: ${M['media.executable']}`);
    expect(page.text).toContain(`<strong>hinh.jpg</strong>: ${M['media.executable']}`);
    expect(page.text).toContain(`<strong>bieu-do.svg</strong>: ${M['media.svg']}`);
    expect(page.text).toContain('Đã tải lên 1 tệp');
    const list = await json(reporter, 'GET', '/quan-tri/api/media?q=logo');
    expect((list.body.items as MediaJson[]).map((i) => i.name)).toEqual(['logo-tinh-uy.png']);
    expect((await t.deps.media.list({ q: 'anh-dep', page: 1, perPage: 10 })).total).toBe(0);
    const refused = await t.deps.audit.list({ action: 'media.refused', limit: 10 });
    expect(refused.map((e) => e.summary)).toEqual(
      expect.arrayContaining([expect.stringContaining('anh-dep.jpg')]),
    );
  });

  it('refuses an oversized file with a clear message, and an oversized request before reading it', async () => {
    const huge = Buffer.concat([await fx.jpeg(64, 64), Buffer.alloc(21 * 1024 * 1024)]);
    const r = await upload(reporter, files(['anh-qua-lon.jpg', huge]));
    expect(r.status).toBe(400);
    expect(r.results[0]).toEqual({
      file: 'anh-qua-lon.jpg',
      ok: false,
      error: 'Tệp nặng 21 MB, vượt giới hạn 20 MB cho ảnh.',
    });
    const res = await t.app.request('/quan-tri/api/media', {
      method: 'POST',
      headers: {
        'content-length': String(500 * 1024 * 1024),
        'content-type': 'multipart/form-data; boundary=x',
        origin: ORIGIN,
      },
      body: '--x--',
    });
    expect(res.status).toBe(413);
    const big = (await res.json()) as { error: { code: string; message: string } };
    expect(big.error.code).toBe('media.request_too_large');
    expect(big.error.message).toContain('vượt giới hạn 216 MB');
  });

  it('stores a PDF as an attachment that downloads with safe headers; Office files too', async () => {
    const r = await upload(
      reporter,
      files(
        ['Nghị quyết số 09 của Tỉnh ủy.pdf', fx.pdf(), 'application/pdf'],
        ['Kế hoạch.docx', fx.ooxml('docx')],
        ['Số liệu.xls', fx.ole2('Workbook')],
      ),
    );
    expect(r.results.map((x) => x.ok && [x.item.kind, x.item.mime])).toEqual([
      ['document', 'application/pdf'],
      ['document', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['document', 'application/vnd.ms-excel'],
    ]);
    const pdf = created(r.results[0]);
    expect(pdf.url).toMatch(/\/nghi-quyet-so-09-cua-tinh-uy\.pdf$/);
    expect(pdf.figureHtml).toBeUndefined();
    const res = await t.app.request(pdf.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="nghi-quyet-so-09-cua-tinh-uy.pdf"',
    );
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await res.arrayBuffer()).equals(fx.pdf())).toBe(true);
  });

  it('stores a video as is and answers Range requests with 206 so players can seek', async () => {
    const video = fx.mp4(4096);
    const r = await upload(
      reporter,
      files(['Lễ hội hoa ban.mp4', video, 'video/mp4'], ['clip.webm', fx.webm()]),
    );
    const item = created(r.results[0]);
    expect(item).toMatchObject({ kind: 'video', mime: 'video/mp4', bytes: 4096 });
    expect(r.results[1]).toMatchObject({ ok: true, item: { kind: 'video', mime: 'video/webm' } });
    const part = await t.app.request(item.url, { headers: { range: 'bytes=100-199' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 100-199/4096');
    expect(part.headers.get('content-length')).toBe('100');
    expect(part.headers.get('content-type')).toBe('video/mp4');
    expect(Buffer.from(await part.arrayBuffer()).equals(video.subarray(100, 200))).toBe(true);
    const tail = await t.app.request(item.url, { headers: { range: 'bytes=-10' } });
    expect(tail.headers.get('content-range')).toBe('bytes 4086-4095/4096');
    expect(Buffer.from(await tail.arrayBuffer()).equals(video.subarray(4086))).toBe(true);
    const whole = await t.app.request(item.url);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    const beyond = await t.app.request(item.url, { headers: { range: 'bytes=5000-' } });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get('content-range')).toBe('bytes */4096');
  });

  it('serves every rendition of an image whose hash folder is all digits (a key, not an id beyond 32 bits)', async () => {
    // A media key's folder is the first ten hex digits of the file's hash; about one upload in a
    // hundred gets ten decimal digits there, above the largest id. Find such a photo.
    let photo: Buffer | undefined;
    for (let seed = 1; seed < 4000 && !photo; seed++) {
      const jpeg = await fx.jpeg(64, 48, seed);
      const folder = crypto.createHash('sha256').update(jpeg).digest('hex').slice(0, 10);
      if (/^\d{10}$/.test(folder) && Number(folder) > 2_147_483_647) photo = jpeg;
    }
    expect(photo, 'a photo whose hash folder is a number beyond 32 bits').toBeDefined();
    const item = created(
      (await upload(reporter, files(['Logo Tỉnh ủy.jpg', photo!, 'image/jpeg']))).results[0],
    );
    expect(item.url).toMatch(/^\/media\/\d{4}\/\d{2}\/\d{10}\/logo-tinh-uy\.jpg$/);
    const types = { avif: 'image/avif', webp: 'image/webp', jpeg: 'image/jpeg' };
    const urls = [
      { url: item.url, type: 'image/jpeg' },
      { url: item.thumbnail!, type: 'image/jpeg' },
      ...item.variants.map((v) => ({ url: v.url, type: types[v.format] })),
    ];
    for (const { url, type } of urls) {
      const res = await t.app.request(url);
      expect(res.status, url).toBe(200);
      expect(res.headers.get('content-type'), url).toBe(type);
      const stored = await t.deps.storage.get(url.slice('/media/'.length));
      expect(Buffer.from(await res.arrayBuffer()).equals(stored!), url).toBe(true);
    }
    // Elsewhere such a segment still names no row.
    expect((await reporter.get(`/quan-tri/thu-vien/${'9'.repeat(10)}`)).status).toBe(404);
  });

  it('a reporter can upload; an admin (no media.upload right) cannot, and sees no library link', async () => {
    expect((await reporter.get('/quan-tri')).text).toContain('Thư viện media');
    const a = agent(t.app, ORIGIN);
    await a.get('/quan-tri/dang-nhap');
    await a.post('/quan-tri/dang-nhap', { username: 'quantri', password: ADMIN_PW });
    await a.get('/quan-tri/bao-mat/hai-lop');
    expect(
      (await a.post('/quan-tri/bao-mat/hai-lop', { code: currentTotp(adminSecret, now) })).status,
    ).toBe(200);
    const dash = await a.get('/quan-tri');
    expect(dash.status).toBe(200);
    expect(dash.text).not.toContain('Thư viện media');
    expect((await a.get('/quan-tri/thu-vien')).status).toBe(403);
    const before = (await t.deps.media.list({ page: 1, perPage: 1 })).total;
    const r = await a.multipart('/quan-tri/api/media', files(['anh.png', await fx.png()]), {
      csrf: 'header',
    });
    expect(r.status).toBe(403);
    expect(JSON.parse(r.text)).toEqual({
      error: { code: 'media.forbidden_library', message: M['media.forbidden_library'] },
    });
    expect(
      (await a.multipart('/quan-tri/thu-vien', files(['anh.png', await fx.png()]))).status,
    ).toBe(403);
    expect((await t.deps.media.list({ page: 1, perPage: 1 })).total).toBe(before);
  });

  it('the API wants a session and, for writes, the token: as a field, or as a header only with an Origin', async () => {
    const anon = await t.app.request('/quan-tri/api/media');
    expect(anon.status).toBe(401);
    const said = ((await anon.json()) as { error: { code: string; message: string } }).error;
    expect(said.code).toBe('auth.session_required');
    expect(said.message).toContain('đăng nhập');
    const none = await reporter.multipart('/quan-tri/api/media', files(['a.png', await fx.png()]), {
      csrf: 'none',
    });
    expect(none.status).toBe(403);
    expect(none.headers.get('content-type')).toContain('application/json');
    const headerNoOrigin = await reporter.multipart(
      '/quan-tri/api/media',
      files(['a.png', await fx.png()]),
      { csrf: 'header', origin: null },
    );
    expect(headerNoOrigin.status).toBe(403);
    const foreign = await reporter.multipart(
      '/quan-tri/api/media',
      files(['a.png', await fx.png()]),
      { csrf: 'header', origin: 'https://ke-gian.example.com' },
    );
    expect(foreign.status).toBe(403);
    const field = await upload(reporter, files(['a.png', await fx.png()]), 'field');
    expect(field.status).toBe(200);
    expect(field.results[0]).toMatchObject({ ok: true, existing: false });
    // The same bytes under the same name again: the stored item is reused, not duplicated.
    const again = await upload(reporter, files(['a.png', await fx.png()]));
    expect(again.results[0]).toMatchObject({
      ok: true,
      existing: true,
      item: { id: created(field.results[0]).id },
    });
  });

  it('edits caption, credit and alt: the uploader and editors may, another reporter may not; every edit is audited', async () => {
    const photoId = await uploadPhoto('Hội nghị Ban Chấp hành.JPG');
    await reporter.get(`/quan-tri/thu-vien/${photoId}`);
    const saved = await reporter.post(`/quan-tri/thu-vien/${photoId}`, {
      alt: 'Đại biểu dự hội nghị tại Điện Biên Phủ',
      caption: 'Hội nghị  Ban Chấp hành Đảng bộ tỉnh',
      credit: 'Ảnh: Minh Thùy',
    });
    expect(saved.location).toBe(`/quan-tri/thu-vien/${photoId}?da-luu=1`);
    const page = await reporter.get(saved.location!);
    expect(page.text).toContain('Đã lưu thay đổi.');
    expect(page.text).toContain('Hội nghị Ban Chấp hành Đảng bộ tỉnh');
    const tooLong = await reporter.post(`/quan-tri/thu-vien/${photoId}`, {
      alt: 'x'.repeat(301),
      caption: '',
      credit: '',
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.text).toContain(M['media.alt_too_long']);

    const other = await login('vanbinh');
    expect((await other.get(`/quan-tri/thu-vien/${photoId}`)).text).toContain(
      M['media.forbidden_edit'],
    );
    expect(
      (await other.post(`/quan-tri/thu-vien/${photoId}`, { alt: 'phá', caption: '', credit: '' }))
        .status,
    ).toBe(403);
    const api = await json(
      other,
      'POST',
      `/quan-tri/api/media/${photoId}`,
      { alt: 'phá' },
      { origin: ORIGIN, 'x-csrf-token': other.csrf() },
    );
    expect(api.status).toBe(403);

    const byEditor = await json(
      editor,
      'POST',
      `/quan-tri/api/media/${photoId}`,
      { credit: 'Ảnh: Minh Thùy (TTXVN)' },
      { origin: ORIGIN, 'x-csrf-token': editor.csrf() },
    );
    expect(byEditor.status).toBe(200);
    expect(byEditor.body.item).toMatchObject({
      alt: 'Đại biểu dự hội nghị tại Điện Biên Phủ',
      credit: 'Ảnh: Minh Thùy (TTXVN)',
    });
    expect((byEditor.body.item as MediaJson).figureHtml).toContain(
      '<figcaption>Hội nghị Ban Chấp hành Đảng bộ tỉnh<span class="credit"> (Ảnh: Minh Thùy (TTXVN))</span></figcaption>',
    );
    const audits = (await t.deps.audit.list({ action: 'media.updated', limit: 50 })).filter(
      (x) => x.targetId === String(photoId),
    );
    expect(audits).toHaveLength(2);
    expect(audits[0]!.actorName).toContain('thuha');
    expect(audits[0]!.detail).toEqual({
      credit: { before: 'Ảnh: Minh Thùy', after: 'Ảnh: Minh Thùy (TTXVN)' },
    });
  });

  it('searches without diacritics, filters by kind, pages the grid', async () => {
    const photoId = await uploadPhoto('Hội nghị Điện Biên Phủ.JPG');
    const credited = await json(
      reporter,
      'POST',
      `/quan-tri/api/media/${photoId}`,
      { credit: 'Ảnh: Minh Thùy' },
      { origin: ORIGIN, 'x-csrf-token': reporter.csrf() },
    );
    expect(credited.status).toBe(200);
    const mine = await upload(
      reporter,
      files(
        ['Nghị quyết số 09 của Tỉnh ủy.pdf', fx.pdf(), 'application/pdf'],
        ['Kế hoạch.docx', fx.ooxml('docx')],
      ),
    );
    const docIds = mine.results.map((x) => created(x).id);
    for (const q of ['dien bien phu', 'ĐIỆN BIÊN', 'Điện Biên'.normalize('NFD'), 'minh thuy']) {
      const r = await json(reporter, 'GET', `/quan-tri/api/media?q=${encodeURIComponent(q)}`);
      expect(
        (r.body.items as MediaJson[]).map((i) => i.id),
        q,
      ).toContain(photoId);
    }
    const docs = await json(reporter, 'GET', '/quan-tri/api/media?kind=document');
    expect((docs.body.items as MediaJson[]).every((i) => i.kind === 'document')).toBe(true);
    expect((docs.body.items as MediaJson[]).map((i) => i.id)).toEqual(
      expect.arrayContaining(docIds),
    );
    for (let i = 0; i < 6; i++)
      await upload(reporter, files([`bieu-mau-${i}.png`, await fx.png()]));
    const all = await json(reporter, 'GET', '/quan-tri/api/media?page=2');
    expect(all.body.page).toBe(2);
    expect(all.body.pageCount).toBe(Math.ceil((all.body.total as number) / 24));
    const html = await reporter.get('/quan-tri/thu-vien?q=nghi+quyet&loai=document');
    expect(html.text).toContain('Nghị quyết số 09 của Tỉnh ủy.pdf');
    expect(html.text).not.toContain('Kế hoạch.docx');
    const grid = await reporter.get('/quan-tri/thu-vien?trang=2');
    expect(grid.text).toContain('aria-current="page">2<');
    expect((await reporter.get('/quan-tri/thu-vien/999999')).status).toBe(404);
    // A demo photo's page says where it is used: the reference article's cover and its body figure.
    const seeded = (await t.deps.media.list({ q: '1-hoi-thao-khoa-hoc', page: 1, perPage: 1 }))
      .items[0]!;
    const usage = await reporter.get(`/quan-tri/thu-vien/${seeded.id}`);
    expect(usage.text).toMatch(/Ảnh đại diện của [1-9]\d* bài; có trong nội dung [1-9]\d* bài/);
  });
});
