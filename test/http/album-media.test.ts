import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ffmpegProbe } from '../../src/modules/video/video.probe.ts';
import { makeStaff, manualClock, type TestStaff } from '../support/staff.ts';
import { testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';
import * as fx from '../support/media-fixtures.ts';

const ffmpeg = await ffmpegProbe().available();

/** The item ids of the album editor, in their order on the page. */
const itemIds = (html: string) =>
  [...html.matchAll(/<li class="album-photo" id="anh-([0-9]+)"/g)].map((m) => Number(m[1]));

/** A 3-second WebM made by ffmpeg (only called when it is installed). */
function webm3s(): Buffer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'video-http-'));
  const file = path.join(dir, 'v.webm');
  execFileSync('ffmpeg', [
    ...['-v', 'error', '-f', 'lavfi', '-i', 'testsrc=duration=3:size=160x90:rate=10'],
    ...['-c:v', 'libvpx', '-y', file],
  ]);
  const data = fs.readFileSync(file);
  fs.rmSync(dir, { recursive: true, force: true });
  return data;
}

describe.each(dialects)(
  'album order by drag, the image sitemap, menu links and video probing on %s',
  (dialect) => {
    let t: Awaited<ReturnType<typeof testApp>>;
    const clock = manualClock();
    let reporter: TestStaff;
    let approver: TestStaff;
    let albumId = 0;
    let ids: number[] = [];

    beforeAll(async () => {
      t = await testApp(dialect, { clock: () => clock.now() });
      reporter = await makeStaff(t, clock, 'phongvien', 'reporter', ['tin-trong-tinh']);
      approver = await makeStaff(t, clock, 'pheduyet', 'approver', ['tin-trong-tinh']);
    });
    afterAll(async () => {
      await t?.close();
    });

    it('saves a dragged order only when it names every photo once; the buttons still work', async () => {
      const r = await reporter.login();
      await r.get('/quan-tri/thu-vien-anh/moi');
      const created = await r.post('/quan-tri/thu-vien-anh/moi', { title: 'Mùa lúa Mường Thanh' });
      albumId = Number(/thu-vien-anh\/([0-9]+)/.exec(created.location ?? '')?.[1]);
      await r.get(`/quan-tri/thu-vien-anh/${albumId}`);
      const form = new FormData();
      for (let i = 0; i < 4; i++)
        form.append(
          'files',
          new File(
            [new Uint8Array(await fx.jpeg(320, 200, crypto.randomInt(1, 1e6)))],
            `l${i}.jpg`,
          ),
        );
      expect((await r.multipart(`/quan-tri/thu-vien-anh/${albumId}/tai-anh`, form)).status).toBe(
        303,
      );
      let page = await r.get(`/quan-tri/thu-vien-anh/${albumId}`);
      ids = itemIds(page.text);
      expect(ids).toHaveLength(4);
      // The page carries the drag script and the hidden form with the current order.
      expect(page.text).toMatch(/<script src="\/static\/album-order\.[0-9a-f]+\.js" defer/);
      expect(page.text).toContain(`name="order" value="${ids.join(',')}"`);

      const dragged = [ids[3]!, ids[0]!, ids[1]!, ids[2]!];
      const ok = await r.post(`/quan-tri/thu-vien-anh/${albumId}/thu-tu`, {
        order: dragged.join(','),
      });
      expect(ok.status).toBe(303);
      page = await r.get(`/quan-tri/thu-vien-anh/${albumId}`);
      expect(itemIds(page.text)).toEqual(dragged);
      const audit = await t.db.kysely
        .selectFrom('auditLog')
        .select('summary')
        .where('action', '=', 'album.photo_moved')
        .execute();
      expect(audit.map((a) => a.summary)).toContain('Mùa lúa Mường Thanh (kéo thả)');

      // Missing, repeated, foreign or malformed ids change nothing and say why.
      for (const order of [
        dragged.slice(0, 3).join(','),
        [dragged[0], dragged[0], dragged[1], dragged[2]].join(','),
        [...dragged.slice(0, 3), 999999].join(','),
        'abc',
        '',
        `${dragged.join(',')},`,
      ]) {
        await r.get(`/quan-tri/thu-vien-anh/${albumId}`);
        const bad = await r.post(`/quan-tri/thu-vien-anh/${albumId}/thu-tu`, { order });
        expect(bad.status, order).toBe(400);
        expect(bad.text).toContain('Thứ tự ảnh vừa thay đổi ở nơi khác');
      }
      page = await r.get(`/quan-tri/thu-vien-anh/${albumId}`);
      expect(itemIds(page.text)).toEqual(dragged);
      ids = dragged;
    });

    it('lists each published album with every photo in the image sitemap, linked from the index', async () => {
      for (const [i, item] of ids.entries())
        await t.db.kysely
          .updateTable('albumItem')
          .set({ alt: `Ruộng bậc thang ${i + 1}` })
          .where('id', '=', item)
          .execute();
      let map = await t.get('/sitemaps/thu-vien-anh.xml');
      expect(map.status).toBe(200);
      expect(map.text).not.toContain(`-${albumId}</loc>`);
      await t.db.kysely
        .updateTable('album')
        .set({ status: 'published', publishedAt: clock.now().toISOString() })
        .where('id', '=', albumId)
        .execute();
      map = await t.get('/sitemaps/thu-vien-anh.xml');
      expect(map.headers.get('content-type')).toContain('application/xml');
      expect(map.text).toContain('xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"');
      const url = new RegExp(
        `<url><loc>[^<]+/thu-vien-anh/mua-lua-muong-thanh-${albumId}</loc>(.*?)</url>`,
      );
      const entry = url.exec(map.text.replace(/\n/g, ''))?.[1] ?? '';
      const images = [
        ...entry.matchAll(/<image:image><image:loc>([^<]+)<\/image:loc><\/image:image>/g),
      ];
      expect(images).toHaveLength(4);
      // The same photos, in the album's order, as the public page's figure links.
      const pub = await t.get(`/thu-vien-anh/mua-lua-muong-thanh-${albumId}`);
      const links = [...pub.text.matchAll(/<a class="album-open" href="([^"]+)"/g)].map(
        (m) => m[1],
      );
      expect(images.map((m) => new URL(m[1]!).pathname)).toEqual(links);
      expect(pub.text).toContain('data-lightbox=""');
      expect((await t.get('/sitemap.xml')).text).toContain('/sitemaps/thu-vien-anh.xml</loc>');
      // Article images are in the article sitemap as before.
      expect((await t.get('/sitemaps/bai-viet-1.xml')).text).toContain('<image:image>');
    });

    it('the default menu leads to Thư viện ảnh and Video; the menu editor offers them and Chuyên đề', async () => {
      const home = await t.get('/');
      expect(home.text).toContain('href="/thu-vien-anh"');
      expect(home.text).toContain('href="/video"');
      const admin = await makeStaff(t, clock, 'quantri', 'admin');
      const ad = await admin.login();
      const editor = await ad.get('/quan-tri/cai-dat/menu/moi?menu=main');
      expect(editor.status).toBe(200);
      for (const kind of ['albums', 'videos', 'hubs'])
        expect(editor.text).toContain(`value="${kind}"`);
      await ad.post('/quan-tri/cai-dat/menu/moi?menu=main', { kind: 'hubs', label: '' });
      expect((await t.get('/')).text).toContain(
        '<a href="/chuyen-de"><span class="menu-label">Chuyên đề</span>',
      );
    });

    it.skipIf(!ffmpeg)(
      'reads a video’s duration from its file and takes its poster from a frame',
      async () => {
        const [up] = await t.deps.media.upload(
          { id: null, name: 'Kiểm thử', ip: '127.0.0.1', userAgent: 'vitest' },
          [{ name: 'ba-giay.webm', data: webm3s() }],
        );
        if (!up?.ok) throw new Error('upload');
        const a = await approver.login();
        await a.get('/quan-tri/video/moi');
        const created = await a.post('/quan-tri/video/moi', {
          title: 'Ba giây',
          mediaId: String(up.media.id),
          duration: '',
        });
        expect(created.status).toBe(303);
        const id = Number(/video\/([0-9]+)/.exec(created.location ?? '')?.[1]);
        expect((await t.deps.videos.video(id)).durationSeconds).toBe(3);
        const page = await a.get(`/quan-tri/video/${id}`);
        expect(page.text).toContain('Lấy ảnh từ video');
        expect((await a.post(`/quan-tri/video/${id}/anh-tu-video`, { at: 'x' })).status).toBe(400);
        await a.get(`/quan-tri/video/${id}`);
        const took = await a.post(`/quan-tri/video/${id}/anh-tu-video`, { at: '0:01' });
        expect(took.status).toBe(303);
        const v = await t.deps.videos.video(id);
        expect(v.posterMediaId).not.toBeNull();
        const poster = (await t.deps.media.list({ kind: 'image', page: 1, perPage: 1 })).items[0]!;
        expect(poster.id).toBe(v.posterMediaId);
        expect(poster.width).toBe(160);
      },
    );
  },
);
