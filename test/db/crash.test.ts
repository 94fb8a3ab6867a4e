import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';
import { connect, type Db, type DialectName } from '../../src/db/connect.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import type { Account } from '../../src/modules/account/account.ts';
import { epochMigrationHooks } from '../../src/modules/cache/cache.epoch.ts';
import { emptyDraft } from '../../src/modules/newsroom/newsroom.service.ts';
import { buildDeps, type AppDeps } from '../../src/services.ts';
import { ROOT } from '../../src/lib/paths.ts';
import { localStorage } from '../../src/storage/storage.local.ts';
import { jpeg } from '../support/media-fixtures.ts';
import { dialects, freshDb } from '../support/test-db.ts';
import { sectionAndApprover } from '../support/approver.ts';
import { kill9, startChildScript } from '../support/child-script.ts';

const ACTOR = { id: null, name: 'Kiểm thử', ip: '127.0.0.1', userAgent: 'vitest' };
const CHILD_DIR = path.join(ROOT, 'dist', `crash-child-${process.pid}`);

/** Starts the publishing child; resolves once it has connected. */
function startChild(url: string, mediaDir: string, accountId: number, ids: number[]) {
  return startScript('publish-child', [url, mediaDir, String(accountId), ...ids.map(String)]);
}

/** Starts one of the bundled children with its arguments, its stdout read line by line. */
function startScript(name: string, args: string[]) {
  return startChildScript(path.join(CHILD_DIR, `${name}.js`), args);
}

/** Every article as it ends up: status and what a publish writes with it in its transaction. */
async function stateOf(db: Db, ids: number[]) {
  const k = db.kysely;
  const out: { id: number; published: boolean; notes: number; revisions: number; audit: number }[] =
    [];
  for (const id of ids) {
    const a = await k
      .selectFrom('article')
      .select('status')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const n = async (q: Promise<{ n: number | string | bigint }>) => Number((await q).n);
    out.push({
      id,
      published: a.status === 'published',
      notes: await n(
        k
          .selectFrom('articleNote')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('articleId', '=', id)
          .where('kind', '=', 'publish')
          .executeTakeFirstOrThrow(),
      ),
      revisions: await n(
        k
          .selectFrom('articleRevision')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('articleId', '=', id)
          .where('reason', '=', 'publish')
          .executeTakeFirstOrThrow(),
      ),
      audit: await n(
        k
          .selectFrom('auditLog')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('action', '=', 'article.publish')
          .where('targetId', '=', String(id))
          .executeTakeFirstOrThrow(),
      ),
    });
  }
  return out;
}

/** Published with its note, revision and audit row, or none of them. */
function expectWhole(states: Awaited<ReturnType<typeof stateOf>>) {
  for (const s of states) {
    const n = s.published ? 1 : 0;
    expect({ ...s, notes: s.notes, revisions: s.revisions, audit: s.audit }).toEqual({
      ...s,
      notes: n,
      revisions: n,
      audit: n,
    });
  }
}

beforeAll(async () => {
  await build({
    entryPoints: {
      'publish-child': 'test/support/publish-child.ts',
      'upload-child': 'test/support/upload-child.ts',
    },
    outdir: CHILD_DIR,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
}, 60_000);
afterAll(async () => {
  await fs.rm(CHILD_DIR, { recursive: true, force: true });
});

describe.each(dialects)('kill -9 during publishing, on %s', (dialect: DialectName) => {
  let dir: string;
  let url: string;
  let db: Db;
  let deps: AppDeps;
  let drop: () => Promise<void>;
  let approver: Account;
  let sectionId: number;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'portal-crash-'));
    if (dialect === 'postgres') {
      const t = await freshDb('postgres');
      ({ url, db } = t);
      drop = () => t.drop();
    } else {
      url = `sqlite:${path.join(dir, 'portal.db')}`;
      db = connect(url);
      await migrateToLatest(db, epochMigrationHooks);
      drop = () => db.close();
    }
    deps = buildDeps(
      loadConfig({ NODE_ENV: 'test', DATABASE_URL: url, MEDIA_DIR: path.join(dir, 'media') }),
      db,
    );
    ({ sectionId, approver } = await sectionAndApprover(deps));
  }, 60_000);
  afterAll(async () => {
    await deps?.stats.stop();
    await drop?.();
    await fs.rm(dir, { recursive: true, force: true });
  });

  async function waitingArticles(n: number, tag: string): Promise<number[]> {
    const ids: number[] = [];
    for (let i = 0; i < n; i++) {
      const id = await deps.newsroom.create(ACTOR, approver, {
        ...emptyDraft(sectionId, 'Tin: Lò Văn Thử'),
        title: `${tag} ${i}: xã Mường Phăng làm đường giao thông nông thôn`,
        lead: 'Sáng nay, xã Mường Phăng ra quân làm đường giao thông nông thôn.',
        bodyHtml: '<p>Hơn 300 người dân tham gia làm đường bê tông nội đồng.</p>',
      });
      await deps.newsroom.transition(ACTOR, approver, id, 'submit');
      await deps.newsroom.transition(ACTOR, approver, id, 'forward');
      ids.push(id);
    }
    return ids;
  }

  it.runIf(dialect === 'postgres')(
    'killed inside the publish transaction: after restart the article is not published and nothing of the step is left',
    async () => {
      const [id] = await waitingArticles(1, 'Giữa giao dịch');
      // The step writes the audit row last: with the table locked, the child waits there, its
      // status change, note and revision written but not committed.
      const locker = new pg.Client({ connectionString: url });
      await locker.connect();
      const watcher = new pg.Client({ connectionString: url });
      await watcher.connect();
      try {
        await locker.query('BEGIN');
        await locker.query('LOCK TABLE audit_log IN SHARE MODE');
        const c = startChild(url, path.join(dir, 'media'), approver.id, [id!]);
        await c.until((l) => l === 'ready');
        // Watched from another session: pg_stat_activity is a snapshot per transaction.
        let waiting = 0;
        for (let i = 0; i < 200 && !waiting; i++) {
          const r = await watcher.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM pg_stat_activity
             WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE 'insert into "audit_log"%'`,
          );
          waiting = r.rows[0]!.n;
          if (!waiting) await new Promise((resolve) => setTimeout(resolve, 25));
        }
        expect(waiting).toBe(1);
        kill9(c.child);
        expect(await c.exited).toBe('SIGKILL');
      } finally {
        await locker.query('ROLLBACK');
        await locker.end();
        await watcher.end();
      }
      // "Restart": a new connection sees the article as it was, and the step can be done again.
      const fresh = connect(url);
      try {
        const [s] = await stateOf(fresh, [id!]);
        expect(s).toEqual({ id, published: false, notes: 0, revisions: 0, audit: 0 });
      } finally {
        await fresh.close();
      }
      expect(await deps.newsroom.transition(ACTOR, approver, id!, 'publish')).toBe('published');
      expectWhole(await stateOf(db, [id!]));
    },
    60_000,
  );

  it('killed at an arbitrary moment of a run of publishes: every article is wholly published or untouched', async () => {
    const ids = await waitingArticles(12, 'Loạt');
    const c = startChild(url, path.join(dir, 'media'), approver.id, ids);
    // Let a few commit, then kill in the middle of the stream.
    await c.until((l) => l === `published ${ids[2]}` || l === 'done');
    kill9(c.child);
    expect(await c.exited).toBe('SIGKILL');
    const fresh = connect(url);
    try {
      if (dialect === 'sqlite') {
        const r = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(
          fresh.kysely.withoutPlugins(),
        );
        expect(r.rows).toEqual([{ integrity_check: 'ok' }]);
      }
      const states = await stateOf(fresh, ids);
      expectWhole(states);
      // What the child reported published is published (committed before it said so).
      for (const line of c.lines.filter((l) => l.startsWith('published ')))
        expect(states.find((s) => s.id === Number(line.split(' ')[1]))!.published).toBe(true);
      expect(states.filter((s) => s.published).length).toBeGreaterThanOrEqual(3);
      expect(states.filter((s) => !s.published).length).toBeGreaterThan(0);
    } finally {
      await fresh.close();
    }
    // The rest can be published after the restart (no lock or half state in the way).
    for (const s of (await stateOf(db, ids)).filter((x) => !x.published))
      await deps.newsroom.transition(ACTOR, approver, s.id, 'publish');
    expectWhole(await stateOf(db, ids));
  }, 60_000);
  it('killed during an upload: after restart no library item, no audit row, and recovery leaves no file behind', async () => {
    const mediaDir = path.join(dir, 'upload-media');
    const photoFile = path.join(dir, 'photo.jpg');
    await fs.writeFile(photoFile, await jpeg(900, 600, 31));
    const c = startScript('upload-child', [url, mediaDir, String(approver.id), photoFile]);
    await c.until(() => c.lines.filter((x) => x.startsWith('put ')).length >= 2);
    kill9(c.child);
    expect(await c.exited).toBe('SIGKILL');
    expect(c.lines).not.toContain('done');

    const store = localStorage(mediaDir);
    const keys = async () => {
      const out: string[] = [];
      for await (const k of store.keys()) out.push(k);
      return out.sort();
    };
    const written = c.lines.filter((l) => l.startsWith('put ')).map((l) => l.slice(4));
    expect(await keys()).toEqual([...written].sort()); // the orphans a kill leaves
    const k = db.kysely;
    expect(await k.selectFrom('media').select('id').execute()).toEqual([]);
    expect(
      await k.selectFrom('auditLog').select('id').where('action', '=', 'media.uploaded').execute(),
    ).toEqual([]);
    expect((await k.selectFrom('uploadIntent').selectAll().execute()).length).toBe(1);

    // "Restart": the recovery (at start, and every 10 minutes by a job) removes them.
    const restarted = buildDeps(
      loadConfig({ NODE_ENV: 'test', DATABASE_URL: url, MEDIA_DIR: mediaDir }),
      db,
    );
    expect(await restarted.media.recoverUploads()).toBe(0); // younger than 10 minutes: maybe live
    expect(await restarted.media.recoverUploads(0)).toBe(written.length);
    expect(await keys()).toEqual([]);
    expect(await k.selectFrom('uploadIntent').selectAll().execute()).toEqual([]);

    // The same photo uploads whole afterwards, and leaves no intent.
    const [out] = await restarted.media.upload(ACTOR, [
      { name: 'Hội nghị.jpg', data: await fs.readFile(photoFile) },
    ]);
    expect(out?.ok).toBe(true);
    expect((await keys()).length).toBeGreaterThan(2);
    expect(await k.selectFrom('uploadIntent').selectAll().execute()).toEqual([]);
    expect(await restarted.media.recoverUploads(0)).toBe(0);
    await restarted.stats.stop();
  }, 60_000);
});
