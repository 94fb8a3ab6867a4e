/**
 * Albums across sites: an album of a commune site shows on that site only, and from the
 * province's back office it can be neither opened nor changed, nor can the commune's library
 * photos be put into a province album. The same for a commune's hub and video, and an event
 * thread's page shows each site its own content only.
 */
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withSite } from '../../src/db/site-scope.ts';
import { agent } from '../support/agent.ts';
import * as fx from '../support/media-fixtures.ts';
import { addSite } from '../support/sites.ts';
import { makeStaff, manualClock, type TestStaff } from '../support/staff.ts';
import { testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';

const B_HOST = 'https://muongnhe.example.vn';
const SYSTEM = { id: null, name: 'Kiểm thử', ip: '127.0.0.1', userAgent: 'vitest' };

describe.each(dialects)('albums across sites (%s)', (dialect) => {
  const clock = manualClock();
  let t: Awaited<ReturnType<typeof testApp>>;
  let siteB: number;
  let albumB: number;
  let mediaB: number;
  let reporter: TestStaff;
  let approver: TestStaff;
  let hubB: number;
  let videoB: number;
  const unit = () => t.deps.map.units[5]!;

  beforeAll(async () => {
    t = await testApp(dialect, { clock: () => clock.now() });
    siteB = (
      await addSite(t.db, { slug: 'muong-nhe', name: 'Xã Mường Nhé', host: 'muongnhe.example.vn' })
    ).id;
    await t.deps.platform.load();
    reporter = await makeStaff(t, clock, 'phongvien', 'reporter', ['tin-trong-tinh']);
    approver = await makeStaff(t, clock, 'pheduyet', 'approver', ['tin-trong-tinh']);
    // Site B's album, built through the service in B's scope and published.
    await withSite(siteB, async () => {
      const [up] = await t.deps.media.upload(SYSTEM, [
        { name: 'xa.jpg', data: await fx.jpeg(320, 200, crypto.randomInt(1, 1e6)) },
      ]);
      if (!up?.ok) throw new Error('upload failed');
      mediaB = up.media.id;
      const who = {
        id: 1,
        role: 'approver' as const,
        allSections: true,
        sectionIds: [],
        disabledAt: null,
      };
      albumB = await t.deps.albums.create(SYSTEM, who, {
        title: 'Album của xã',
        description: '',
        takenOn: '',
        unitCode: unit().code,
        credit: '',
        tags: [],
        eventThreadId: null,
      });
      await t.deps.albums.pick(SYSTEM, who, albumB, [mediaB]);
      const thread = await t.db.kysely
        .insertInto('eventThread')
        .values({ slug: 'bau-cu-2026', name: 'Bầu cử 2026', createdAt: clock.now().toISOString() })
        .returning('id')
        .executeTakeFirstOrThrow();
      await t.db.kysely
        .updateTable('album')
        .set({ eventThreadId: thread.id })
        .where('id', '=', albumB)
        .execute();
      hubB = await t.deps.hubs.create(SYSTEM, who, {
        title: 'Bầu cử ở xã',
        intro: '',
        bannerAlt: '',
        eventThreadId: thread.id,
        startsOn: '',
        endsOn: '',
        status: 'active',
      });
      videoB = await t.deps.videos.create(SYSTEM, who, {
        title: 'Video của xã',
        description: '',
        mediaId: null,
        posterMediaId: null,
        transcript: '',
        duration: 0,
        credit: '',
        eventThreadId: null,
      });
    });
    await t.db.kysely
      .updateTable('video')
      .set({ status: 'published', publishedAt: clock.now().toISOString() })
      .where('id', '=', videoB)
      .execute();
    await t.db.kysely
      .updateTable('albumItem')
      .set({ alt: 'Ảnh của xã' })
      .where('albumId', '=', albumB)
      .execute();
    await t.db.kysely
      .updateTable('album')
      .set({ status: 'published', publishedAt: clock.now().toISOString() })
      .where('id', '=', albumB)
      .execute();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('shows a commune album on the commune site only', async () => {
    const b = agent(t.app, B_HOST);
    const path = `/thu-vien-anh/album-cua-xa-${albumB}`;
    const onB = await b.get(path);
    expect(onB.status).toBe(200);
    expect(onB.text).toContain('alt="Ảnh của xã"');
    expect((await b.get('/thu-vien-anh')).text).toContain(path);
    expect((await t.get(path)).status).toBe(404);
    expect((await t.get('/thu-vien-anh')).text).not.toContain(path);
    expect((await t.get(unit().href)).text).not.toContain(path);
    // The commune's hub and video, and its content in a shared event thread.
    expect((await b.get('/chuyen-de/bau-cu-o-xa')).text).toContain(path);
    expect((await b.get('/')).text).toContain('href="/chuyen-de/bau-cu-o-xa"');
    expect((await t.get('/chuyen-de/bau-cu-o-xa')).status).toBe(404);
    expect((await t.get('/')).text).not.toContain('/chuyen-de/bau-cu-o-xa');
    expect((await b.get('/dong-su-kien/bau-cu-2026')).text).toContain(path);
    expect((await t.get('/dong-su-kien/bau-cu-2026')).text).not.toContain(path);
    expect((await b.get(`/video/video-cua-xa-${videoB}`)).status).toBe(200);
    expect((await t.get(`/video/video-cua-xa-${videoB}`)).status).toBe(404);
  });

  it('keeps the commune hub and video out of reach of the province back office', async () => {
    const a = await approver.login();
    expect((await a.get(`/quan-tri/chuyen-de/${hubB}`)).status).toBe(404);
    expect((await a.get(`/quan-tri/video/${videoB}`)).status).toBe(404);
    await a.get('/quan-tri/chuyen-de');
    const hubBefore = await t.db.kysely.selectFrom('hub').selectAll().execute();
    const videoBefore = await t.db.kysely.selectFrom('video').selectAll().execute();
    expect(
      (await a.post(`/quan-tri/chuyen-de/${hubB}`, { title: 'Chiếm', status: 'archived' })).status,
    ).toBe(404);
    expect((await a.post(`/quan-tri/chuyen-de/${hubB}/len`, {})).status).toBe(404);
    expect(
      (await a.post(`/quan-tri/video/${videoB}/chuyen`, { t: 'withdraw', version: '1', note: 'x' }))
        .status,
    ).toBe(404);
    expect((await a.post(`/quan-tri/video/${videoB}`, { title: 'Chiếm' })).status).toBe(404);
    expect(await t.db.kysely.selectFrom('hub').selectAll().execute()).toEqual(hubBefore);
    expect(await t.db.kysely.selectFrom('video').selectAll().execute()).toEqual(videoBefore);
  });

  it('keeps the commune album and photos out of reach of the province back office', async () => {
    const r = await reporter.login();
    expect((await r.get(`/quan-tri/thu-vien-anh/${albumB}`)).status).toBe(404);
    expect((await r.get('/quan-tri/thu-vien-anh')).text).not.toContain('Album của xã');
    await r.get('/quan-tri/thu-vien-anh/moi');
    const own = Number(
      /thu-vien-anh\/([0-9]+)/.exec(
        (await r.post('/quan-tri/thu-vien-anh/moi', { title: 'Album tỉnh' })).location ?? '',
      )?.[1],
    );
    const before = await t.db.kysely
      .selectFrom('album')
      .selectAll()
      .where('id', '=', albumB)
      .execute();
    const items = await t.db.kysely
      .selectFrom('albumItem')
      .selectAll()
      .where('albumId', '=', albumB)
      .execute();
    for (const [p, body] of [
      [`/quan-tri/thu-vien-anh/${albumB}`, { title: 'Chiếm album' }],
      [`/quan-tri/thu-vien-anh/${albumB}/chuyen`, { t: 'withdraw', version: '1', note: 'x' }],
      [`/quan-tri/thu-vien-anh/${albumB}/anh/${items[0]!.id}/xoa`, {}],
      [`/quan-tri/thu-vien-anh/${own}/anh/${items[0]!.id}`, { alt: 'Sửa ảnh xã' }],
    ] as const) {
      await r.get(`/quan-tri/thu-vien-anh/${own}`);
      const res = await r.post(p, body);
      expect(res.status, p).toBeGreaterThanOrEqual(400);
      expect(res.status, p).toBeLessThan(500);
    }
    // The commune's library photo cannot be put into the province's album.
    await r.get(`/quan-tri/thu-vien-anh/${own}`);
    expect(
      (await r.post(`/quan-tri/thu-vien-anh/${own}/chon-anh`, { media: [String(mediaB)] })).status,
    ).toBe(400);
    expect(
      await t.db.kysely.selectFrom('albumItem').selectAll().where('albumId', '=', own).execute(),
    ).toEqual([]);
    expect(
      await t.db.kysely.selectFrom('album').selectAll().where('id', '=', albumB).execute(),
    ).toEqual(before);
    expect(
      await t.db.kysely.selectFrom('albumItem').selectAll().where('albumId', '=', albumB).execute(),
    ).toEqual(items);
  });
});
