/**
 * A video's external source behind a click-to-load facade (#22): the page names the host and
 * links to it, loads nothing from it, and only that page's CSP lets the host's player be framed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeStaff, manualClock, type TestStaff } from '../support/staff.ts';
import { testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';

describe.each(dialects)('External video facade on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  const clock = manualClock();
  let approver: TestStaff;
  let posterId = 0;

  beforeAll(async () => {
    t = await testApp(dialect, { clock: () => clock.now() });
    approver = await makeStaff(t, clock, 'pheduyet', 'approver', ['tin-trong-tinh']);
    posterId = (await t.deps.media.list({ kind: 'image', page: 1, perPage: 1 })).items[0]!.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  const publish = async (a: Awaited<ReturnType<TestStaff['login']>>, id: number) => {
    for (const step of ['submit', 'forward', 'publish']) {
      const page = await a.get(`/quan-tri/video/${id}`);
      const version = /name="version" value="([0-9]+)"/.exec(page.text)?.[1] ?? '';
      const r = await a.post(`/quan-tri/video/${id}/chuyen`, { t: step, version });
      if (r.status !== 303) return r;
    }
    return undefined;
  };

  it('refuses addresses of other hosts or shapes, in Vietnamese, and keeps the typed value', async () => {
    const a = await approver.login();
    for (const externalUrl of [
      'javascript:alert(1)',
      'https://evil.example/watch?v=dQw4w9WgXcQ',
      'https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ"><script>alert(1)</script>',
      `https://youtu.be/${'a'.repeat(600)}`,
    ]) {
      await a.get('/quan-tri/video/moi');
      const r = await a.post('/quan-tri/video/moi', { title: 'Video ngoài', externalUrl });
      expect(r.status, externalUrl).toBe(400);
      expect(r.text).toContain('Chỉ nhận địa chỉ một video trên YouTube');
      expect(r.text).not.toContain('<script>alert(1)</script>');
    }
  });

  it('publishes an external-only video without a .vtt, shows a facade and frames only its host after the click', async () => {
    const a = await approver.login();
    const form = await a.get('/quan-tri/video/moi');
    expect(form.text).toContain('Yêu cầu phụ đề .vtt chỉ áp dụng cho video tải lên');
    const created = await a.post('/quan-tri/video/moi', {
      title: 'Phóng sự Đại hội XV',
      description: 'Phóng sự của Đài PT-TH tỉnh.',
      posterMediaId: String(posterId),
      externalUrl: 'https://youtu.be/dQw4w9WgXcQ',
    });
    expect(created.status).toBe(303);
    const id = Number(/video\/([0-9]+)/.exec(created.location ?? '')?.[1]);
    expect((await t.deps.videos.video(id)).externalUrl).toBe(
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    );
    expect(await publish(a, id)).toBeUndefined();
    expect((await t.deps.videos.video(id)).status).toBe('published');

    const page = await t.get(`/video/phong-su-dai-hoi-xv-${id}`);
    expect(page.status).toBe(200);
    // The facade: our poster, the title, a plain link that says where it goes.
    expect(page.text).toContain('data-video-facade');
    expect(page.text).toContain('href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"');
    expect(page.text).toContain('Xem video trên YouTube');
    expect(page.text).toContain('Video này đăng trên YouTube (youtube.com)');
    // Nothing loads from another origin: no iframe, no foreign src.
    expect(page.text).not.toContain('<iframe');
    expect(page.text).not.toMatch(/\ssrc="(https?:)?\/\//);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-src 'self' https://www.youtube-nocookie.com");
    expect(csp).not.toContain('vimeo');
    expect(page.headers.get('x-embed-origin')).toBeNull();
    // Other pages keep frames to this site only.
    const home = await t.get('/');
    expect(home.headers.get('content-security-policy') ?? '').not.toContain('frame-src');
    expect(home.headers.get('content-security-policy') ?? '').not.toContain('youtube');
  });

  it('still requires captions for an uploaded file, even with an external source too', async () => {
    const { videoPublishProblems } = await import('../../src/modules/video/video.ts');
    expect(
      videoPublishProblems({ mediaId: 3, captionsKey: '', externalUrl: 'https://youtu.be/x' }),
    ).toContain('Chưa có phụ đề (.vtt): bắt buộc để xuất bản video.');
    expect(videoPublishProblems({ mediaId: null, captionsKey: '', externalUrl: '' })).toEqual([
      'Chưa chọn tệp video.',
    ]);
    expect(
      videoPublishProblems({ mediaId: null, captionsKey: '', externalUrl: 'https://youtu.be/x' }),
    ).toEqual([]);
  });
});
