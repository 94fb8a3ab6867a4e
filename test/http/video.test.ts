import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fx from '../support/media-fixtures.ts';
import { makeStaff, manualClock, type TestStaff } from '../support/staff.ts';
import { testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';

const SYSTEM = { id: null, name: 'Kiểm thử', ip: '127.0.0.1', userAgent: 'vitest' };
const VTT = 'WEBVTT\n\n00:00.000 --> 00:02.000\nXin chào bà con các dân tộc\n';

describe.each(dialects)('Video with captions on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  const clock = manualClock();
  let reporter: TestStaff;
  let editor: TestStaff;
  let approver: TestStaff;
  let admin: TestStaff;
  let fileId = 0;
  let fileKey = '';
  let posterId = 0;

  beforeAll(async () => {
    t = await testApp(dialect, { clock: () => clock.now() });
    reporter = await makeStaff(t, clock, 'phongvien', 'reporter', ['tin-trong-tinh']);
    editor = await makeStaff(t, clock, 'bientap', 'editor', ['tin-trong-tinh']);
    approver = await makeStaff(t, clock, 'pheduyet', 'approver', ['tin-trong-tinh']);
    admin = await makeStaff(t, clock, 'quantri', 'admin');
    const [video] = await t.deps.media.upload(SYSTEM, [
      { name: 'dai-hoi.mp4', data: fx.mp4(64 * 1024) },
    ]);
    if (!video?.ok) throw new Error(`video upload: ${JSON.stringify(video)}`);
    fileId = video.media.id;
    fileKey = video.media.key;
    posterId = (await t.deps.media.list({ kind: 'image', page: 1, perPage: 1 })).items[0]!.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  const captions = (text: string, name = 'phu-de.vtt') => {
    const f = new FormData();
    f.set('captions', new File([text], name, { type: 'text/vtt' }));
    return f;
  };

  it('cannot be published without captions; with them it plays our own <video> with the track on, and seeks by range', async () => {
    const r = await reporter.login();
    expect((await r.get('/quan-tri')).text).toContain('href="/quan-tri/video"');
    await r.get('/quan-tri/video/moi');
    const created = await r.post('/quan-tri/video/moi', {
      title: 'Khai mạc Đại hội XV',
      description: 'Phiên khai mạc.',
      mediaId: String(fileId),
      posterMediaId: String(posterId),
      duration: '4:07',
      credit: 'Đài PT-TH tỉnh',
      transcript: 'Lời thứ nhất.\n\nLời thứ hai.',
      eventThreadId: '',
    });
    expect(created.status).toBe(303);
    const id = Number(/video\/([0-9]+)/.exec(created.location ?? '')?.[1]);
    let page = await r.get(`/quan-tri/video/${id}`);
    const v = () => /name="version" value="([0-9]+)"/.exec(page.text)?.[1] ?? '';
    await r.post(`/quan-tri/video/${id}/chuyen`, { t: 'submit', version: v() });
    const e = await editor.login();
    page = await e.get(`/quan-tri/video/${id}`);
    await e.post(`/quan-tri/video/${id}/chuyen`, { t: 'forward', version: v() });
    const a = await approver.login();
    page = await a.get(`/quan-tri/video/${id}`);
    const refused = await a.post(`/quan-tri/video/${id}/chuyen`, { t: 'publish', version: v() });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('Chưa có phụ đề (.vtt): bắt buộc để xuất bản video.');
    expect((await t.deps.videos.video(id)).status).toBe('approval');

    // Bad captions are refused with the reason; good ones are stored.
    for (const [bad, reason] of [
      ['1\n00:00:00,000 --> 00:00:01,000\nSRT\n', 'dòng đầu phải là “WEBVTT”'],
      ['WEBVTT\n\n00:05.000 --> 00:01.000\nngược\n', 'mốc thời gian không hợp lệ'],
      ['', 'Tệp phụ đề trống.'],
    ] as const) {
      await a.get(`/quan-tri/video/${id}`);
      const res = await a.multipart(`/quan-tri/video/${id}/phu-de`, captions(bad));
      expect(res.status).toBe(400);
      expect(res.text).toContain(reason);
    }
    await a.get(`/quan-tri/video/${id}`);
    expect(
      (await a.multipart(`/quan-tri/video/${id}/phu-de`, captions(`\uFEFF${VTT}`))).status,
    ).toBe(303);
    page = await a.get(`/quan-tri/video/${id}`);
    expect(
      (await a.post(`/quan-tri/video/${id}/chuyen`, { t: 'publish', version: v() })).status,
    ).toBe(303);

    const pub = await t.get(`/video/khai-mac-dai-hoi-xv-${id}`);
    expect(pub.status).toBe(200);
    expect(pub.text).toMatch(/<video class="video-player" controls="" preload="metadata"/);
    expect(pub.text).toContain(`<source src="/media/${fileKey}" type="video/mp4"/>`);
    const track =
      /<track kind="captions" src="([^"]+)" srclang="vi" label="Tiếng Việt" default=""\/>/.exec(
        pub.text,
      );
    expect(track).not.toBeNull();
    expect(pub.text).toContain('Lời thứ hai.');
    expect(pub.text).toContain('Thời lượng 4:07');
    expect(pub.text).not.toMatch(/<iframe|youtube|vimeo/i);
    expect((await t.get('/video')).text).toContain(`/video/khai-mac-dai-hoi-xv-${id}`);
    expect((await t.get('/')).text).toContain('<a href="/video">Tất cả video</a>');

    const vtt = await t.get(track![1]!);
    expect(vtt.status).toBe(200);
    expect(vtt.headers.get('content-type')).toContain('text/vtt');
    expect(vtt.text.startsWith('WEBVTT')).toBe(true);
    const part = await t.get(`/media/${fileKey}`, { range: 'bytes=100-199' });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 100-199/${64 * 1024}`);

    // Withdrawn: gone.
    page = await a.get(`/quan-tri/video/${id}`);
    await a.post(`/quan-tri/video/${id}/chuyen`, { t: 'withdraw', version: v(), note: 'Gỡ thử.' });
    expect((await t.get(`/video/khai-mac-dai-hoi-xv-${id}`)).status).toBe(410);
  });

  it('refuses wrong files, bad input and roles without rights, never with a 500', async () => {
    const r = await reporter.login();
    await r.get('/quan-tri/video/moi');
    const bodies: Record<string, string>[] = [
      { title: 'Sai tệp', mediaId: String(posterId) },
      { title: 'Sai ảnh', posterMediaId: String(fileId) },
      { title: 'Sai thời lượng', duration: '4:99' },
      { title: '' },
      { title: 'Ổn', mediaId: '99999999999' },
      { title: 'Ổn', eventThreadId: '4242' },
      { title: '<script>alert(1)</script>', transcript: 'x'.repeat(100_001) },
    ];
    for (const body of bodies) {
      const res = await r.post('/quan-tri/video/moi', body);
      expect(res.status, JSON.stringify(body).slice(0, 60)).toBe(400);
      expect(res.text).not.toContain('<script>alert(1)</script>');
    }
    const ad = await admin.login();
    expect((await ad.get('/quan-tri/video')).status).toBe(403);
    for (const p of ['/video/x-0', '/video/x-99999999999', '/video/abc'])
      expect((await t.get(p)).status).toBe(404);
    expect((await r.get('/quan-tri/video/99999999999')).status).toBe(404);
  });
});
