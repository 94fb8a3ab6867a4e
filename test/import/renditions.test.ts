/**
 * Renditions of imported images in the background (#21): the import stores each original and
 * its library item at once and queues the item; pages show the original meanwhile (never a
 * missing image); the `media-renditions` job (mediaService.renderQueued) makes AVIF, WebP and
 * JPEG renditions in batches, points the item and the bodies that show it at them, and leaves
 * the queue; a failed or interrupted batch is taken up again; a second pass and a re-import
 * change nothing. On SQLite and PostgreSQL, from the NukeViet fixture on a real MariaDB.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withSite } from '../../src/db/site-scope.ts';
import { buildDeps } from '../../src/services.ts';
import { loadConfig } from '../../src/config/config.ts';
import { localStorage } from '../../src/storage/storage.local.ts';
import type { FileStorage } from '../../src/storage/storage.ts';
import { addSite } from '../support/sites.ts';
import { testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';
import { FIXTURE_DIR, nukevietDb, requireMariadb } from './mariadb.ts';

const HAVE_MARIADB = await requireMariadb();
const UPLOADS = path.join(FIXTURE_DIR, 'uploads');
const HOST = 'https://tuachua.example.vn';

describe.skipIf(!HAVE_MARIADB).each(dialects)('imported image renditions on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  let nv: Awaited<ReturnType<typeof nukevietDb>>;
  let site: Awaited<ReturnType<typeof addSite>>;
  let mediaDir: string;

  const run = async () => {
    const id = await t.deps.imports.start({
      siteId: site.id,
      url: nv.url,
      uploadsDir: UPLOADS,
      prefix: 'nv4',
      oldHosts: ['tinhuy.example.vn'],
      dryRun: false,
      startedBy: null,
    });
    return t.deps.imports.runNow(id);
  };
  const media = () =>
    t.db.kysely
      .selectFrom('media')
      .selectAll()
      .where('siteId', '=', site.id)
      .where('kind', '=', 'image')
      .orderBy('id')
      .execute();
  const queue = () => t.db.kysely.selectFrom('mediaRenditionQueue').selectAll().execute();
  const bodies = async () => [
    ...(await t.db.kysely
      .selectFrom('article')
      .select('bodyHtml')
      .where('siteId', '=', site.id)
      .orderBy('id')
      .execute()),
    ...(await t.db.kysely
      .selectFrom('page')
      .innerJoin('section', 'section.id', 'page.sectionId')
      .select('page.bodyHtml')
      .where('section.siteId', '=', site.id)
      .orderBy('page.id')
      .execute()),
  ];
  /** Every /media/… address an HTML page names (src and each srcset entry). */
  const mediaUrls = (html: string) => [
    ...new Set(
      [...html.matchAll(/(?:src|srcset)="([^"]*)"/g)]
        .flatMap((m) => m[1]!.split(','))
        .map((s) => s.trim().split(/\s+/)[0]!)
        .filter((u) => u.startsWith('/media/')),
    ),
  ];
  /** The imported article with a body image, as the site serves it. */
  const articlePage = async () => {
    const a = await t.db.kysely
      .selectFrom('article')
      .innerJoin('section', 'section.id', 'article.sectionId')
      .select(['article.id', 'article.slug', 'section.slug as sectionSlug'])
      .where('article.siteId', '=', site.id)
      .where('article.status', '=', 'published')
      .where('article.bodyHtml', 'like', '%/media/%')
      .orderBy('article.id')
      .executeTakeFirstOrThrow();
    const res = await t.app.request(`${HOST}/${a.sectionSlug}/${a.slug}-${a.id}`);
    expect(res.status).toBe(200);
    return res.text();
  };
  const allAnswer = async (html: string) => {
    const urls = mediaUrls(html);
    expect(urls.length).toBeGreaterThan(0);
    for (const u of urls) {
      const res = await t.app.request(`${HOST}${u}`);
      expect(res.status, u).toBe(200);
      expect(res.headers.get('content-type'), u).toMatch(/^image\//);
      await res.arrayBuffer();
    }
    return urls;
  };

  beforeAll(async () => {
    nv = await nukevietDb();
    mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'renditions-'));
    t = await testApp(dialect, { seed: false, env: { MEDIA_DIR: mediaDir } });
    site = await addSite(t.db, { slug: 'tua-chua', name: 'Tủa Chùa', host: 'tuachua.example.vn' });
    await t.deps.platform.load();
  });
  afterAll(async () => {
    await t?.close();
    await nv?.drop();
    if (mediaDir) fs.rmSync(mediaDir, { recursive: true, force: true });
  });

  it('the import makes library items of the originals at once and queues their renditions', async () => {
    const report = await run();
    expect(report.error).toBeUndefined();
    const items = await media();
    expect(items.length).toBeGreaterThanOrEqual(2);
    for (const m of items) {
      expect(m.variants).toBe('[]');
      expect(m.storageKey).toMatch(new RegExp(`^nhap/${site.id}/`));
      expect(m.width).toBeGreaterThan(0);
    }
    const q = await queue();
    expect(q.map((r) => r.mediaId).sort()).toEqual(items.map((m) => m.id).sort());
    expect(q.every((r) => r.siteId === site.id && r.attempts === 0)).toBe(true);
  });

  it('until the renditions exist, pages show the originals, and every image answers', async () => {
    const html = await articlePage();
    const urls = await allAnswer(html);
    expect(urls.some((u) => u.startsWith(`/media/nhap/${site.id}/`))).toBe(true);
    expect(html).not.toContain('srcset=""');
  });

  it('a failed batch changes nothing, leaves no file behind and is taken up again', async () => {
    const real = localStorage(mediaDir);
    const before = await media();
    const keysBefore = await keysOf(real);
    let writes = 0;
    // A store that fails on the fourth rendition written (disk full).
    const failing: FileStorage = {
      ...real,
      has: (k) => real.has(k),
      get: (k) => real.get(k),
      remove: (k) => real.remove(k),
      keys: () => real.keys(),
      localPath: (k) => real.localPath(k),
      put: async (k, d) => {
        if (++writes === 4) throw new Error('ENOSPC: no space left on device');
        await real.put(k, d);
      },
    };
    const broken = buildDeps(
      loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'sqlite:./unused.db', MEDIA_DIR: mediaDir }),
      t.db,
      { storage: failing },
    );
    const done = await withSite(site.id, () => broken.media.renderQueued(1));
    await broken.stats.stop();
    expect(done).toBe(0);
    expect(await media()).toEqual(before);
    const q = await queue();
    expect(q.find((r) => r.mediaId === before[0]!.id)).toMatchObject({ attempts: 1 });
    expect(q.find((r) => r.mediaId === before[0]!.id)!.lastError).toContain('ENOSPC');
    expect(await keysOf(real)).toEqual(keysBefore);
  });

  it('the job makes the renditions in batches, then items and bodies point at them', async () => {
    const originals = new Map((await media()).map((m) => [m.id, m.storageKey]));
    // A batch of one, then the rest: the queue goes down and is empty at the end.
    expect(await withSite(site.id, () => t.deps.media.renderQueued(1))).toBe(1);
    expect(await queue()).toHaveLength(originals.size - 1);
    while ((await withSite(site.id, () => t.deps.media.renderQueued(2))) > 0);
    expect(await queue()).toEqual([]);
    expect(await withSite(site.id, () => t.deps.media.renditionsPending())).toBe(0);

    const store = localStorage(mediaDir);
    for (const m of await media()) {
      expect(m.storageKey).toMatch(/\.jpg$/);
      expect(m.mime).toBe('image/jpeg');
      const variants = JSON.parse(m.variants) as { key: string; format: string }[];
      expect(new Set(variants.map((v) => v.format))).toEqual(new Set(['avif', 'webp', 'jpeg']));
      for (const v of variants) expect(await store.has(v.key), v.key).toBe(true);
      // The original stays (old /uploads/ links keep answering with the same bytes).
      expect(await store.has(originals.get(m.id)!)).toBe(true);
    }
    const all = (await bodies()).map((b) => b.bodyHtml).join('\n');
    for (const key of originals.values()) expect(all).not.toContain(`"/media/${key}"`);
    expect(all).toContain('<source type="image/avif"');

    const html = await articlePage();
    expect(html).toContain('type="image/avif"');
    const urls = await allAnswer(html);
    expect(urls.some((u) => u.endsWith('.avif'))).toBe(true);
  });

  it('a second pass and a re-import change nothing and queue nothing', async () => {
    const items = await media();
    const before = await bodies();
    expect(await withSite(site.id, () => t.deps.media.renderQueued(10))).toBe(0);
    const again = await run();
    expect(again.counts.article).toMatchObject({ created: 0, updated: 0 });
    expect(await media()).toEqual(items);
    expect(await bodies()).toEqual(before);
    expect(await queue()).toEqual([]);
  });
});

async function keysOf(store: FileStorage): Promise<string[]> {
  const out: string[] = [];
  for await (const k of store.keys()) out.push(k);
  return out.sort();
}
