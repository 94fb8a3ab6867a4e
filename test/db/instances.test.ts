import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';
import { emptyDraft } from '../../src/modules/newsroom/newsroom.service.ts';
import { mediaUrl } from '../../src/modules/media/media.ts';
import { startServer, type RunningServer } from '../../src/server.ts';
import { jpeg } from '../support/media-fixtures.ts';
import { dialects, freshDb, type TestDb } from '../support/test-db.ts';
import { MAX_AGE_MS } from '../../src/modules/cache/cache.epoch.notify.ts';
import { sectionAndApprover } from '../support/approver.ts';

const ACTOR = { id: null, name: 'Kiểm thử', ip: '127.0.0.1', userAgent: 'vitest' };

/**
 * Two app instances on one PostgreSQL database and one shared media folder (PRODUCT.md §9):
 * what one does, the other shows at its next request, with no message between them — the
 * content epoch lives in the database, the files in the shared folder.
 */
describe.runIf(dialects.includes('postgres'))('two instances on one PostgreSQL', () => {
  let tdb: TestDb;
  let dir: string;
  let a: RunningServer;
  let b: RunningServer;
  const env = (url: string, media: string, migrate: string) =>
    loadConfig({
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: '0',
      DATABASE_URL: url,
      MIGRATE_AT_START: migrate,
      SEED_DEMO: '0',
      MEDIA_DIR: media,
    });

  beforeAll(async () => {
    tdb = await freshDb('postgres', { migrate: false });
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'portal-instances-'));
    // The first migrates (as `npm run migrate` would); the second only checks the schema.
    a = await startServer(env(tdb.url, dir, '1'));
    b = await startServer(env(tdb.url, dir, '0'));
  }, 120_000);
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await tdb?.drop();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('a publish on one is on the other at its next request; an upload on one is served by the other', async () => {
    const getB = async (p: string) => {
      const r = await fetch(`${b.url}${p}`);
      return { status: r.status, xcache: r.headers.get('x-cache'), text: await r.text() };
    };
    expect((await getB('/')).status).toBe(200);
    expect((await getB('/')).xcache).toBe('HIT');

    const deps = a.deps;
    const { sectionId, approver } = await sectionAndApprover(deps);
    const title = 'Xã Mường Phăng khánh thành cầu treo qua suối Nậm Khẩu Hú';
    const id = await deps.newsroom.create(ACTOR, approver, {
      ...emptyDraft(sectionId, 'Tin: Lò Văn Thử'),
      title,
      lead: 'Sáng nay, xã Mường Phăng khánh thành cầu treo.',
      bodyHtml: '<p>Cây cầu dài 60 mét nối hai bản.</p>',
    });
    for (const step of ['submit', 'forward', 'publish'] as const)
      await deps.newsroom.transition(ACTOR, approver, id, step);

    // B sees the change when the notification arrives, and within MAX_AGE_MS in any case.
    let home = await getB('/');
    const publishedAt = Date.now();
    while (home.xcache === 'HIT' && Date.now() - publishedAt < MAX_AGE_MS + 500) {
      await new Promise((r) => setTimeout(r, 50));
      home = await getB('/');
    }
    expect(home.xcache).not.toBe('HIT');
    expect(home.text).toContain(title);
    expect((await getB('/')).xcache).toBe('HIT');

    const [up] = await deps.media.upload(ACTOR, [
      { name: 'Cầu treo.jpg', data: await jpeg(800, 600, 5) },
    ]);
    expect(up?.ok).toBe(true);
    if (!up?.ok) return;
    const file = await fetch(`${b.url}${mediaUrl(up.media.key)}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/jpeg');
    expect((await file.arrayBuffer()).byteLength).toBe(up.media.byteSize);
  }, 120_000);
});
