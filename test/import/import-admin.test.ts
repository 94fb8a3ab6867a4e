/**
 * The import's back office (/quan-tri/nhap-du-lieu) through real forms: the system admin starts
 * a dry run and reads its report; the password never comes back in any page and is forgotten
 * when the run ends; other roles and a commune's admin are refused; hostile input is a 400 in
 * Vietnamese, never a 500, and starts nothing; a run interrupted by a stop resumes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { agent } from '../support/agent.ts';
import { addSite } from '../support/sites.ts';
import { makeStaff, manualClock } from '../support/staff.ts';
import { testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';
import { importService } from '../../src/modules/import/import.service.ts';
import { FIXTURE_DIR, MARIADB_ADMIN, nukevietDb, requireMariadb } from './mariadb.ts';

const HAVE_MARIADB = await requireMariadb();
const PROVINCE = 'https://dangbo.example.vn';
const SECRET = 'Mk-bi-mat-9f3';

describe.skipIf(!HAVE_MARIADB).each(dialects)('import back office on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  let nv: Awaited<ReturnType<typeof nukevietDb>>;
  const clock = manualClock();
  let admin: ReturnType<typeof agent>;
  let editor: ReturnType<typeof agent>;
  let siteId: number;
  const user = `nv_ro_${process.pid}`;

  const form = (over: Record<string, string> = {}) => ({
    siteId: String(siteId),
    host: '127.0.0.1',
    port: new URL(MARIADB_ADMIN).port || '3306',
    database: nv.name,
    user,
    password: SECRET,
    prefix: 'nv4',
    uploadsDir: `${FIXTURE_DIR}/uploads`,
    oldHosts: 'tinhuy.example.vn',
    dryRun: 'on',
    ...over,
  });
  const runCount = async () =>
    Number(
      (
        await t.db.kysely
          .selectFrom('importRun')
          .select((e) => e.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    nv = await nukevietDb();
    // A read-only account with a password, as an operator would give.
    await nv.exec(`DROP USER IF EXISTS '${user}'@'%'`);
    await nv.exec(`CREATE USER '${user}'@'%' IDENTIFIED BY '${SECRET}'`);
    await nv.exec(`GRANT SELECT ON ${nv.name}.* TO '${user}'@'%'`);
    await nv.exec(`DROP USER IF EXISTS '${user}'@'localhost'`);
    await nv.exec(`CREATE USER '${user}'@'localhost' IDENTIFIED BY '${SECRET}'`);
    await nv.exec(`GRANT SELECT ON ${nv.name}.* TO '${user}'@'localhost'`);
    t = await testApp(dialect, { clock: clock.now, seed: false });
    siteId = (
      await addSite(t.db, { slug: 'muong-nhe', name: 'Mường Nhé', host: 'muongnhe.example.vn' })
    ).id;
    await t.deps.platform.load();
    admin = await (await makeStaff(t, clock, 'hethong', 'admin')).login();
    editor = await (await makeStaff(t, clock, 'bientap', 'editor')).login();
  });
  afterAll(async () => {
    await t?.deps.imports.idle();
    await t?.close();
    await nv?.exec(`DROP USER IF EXISTS '${user}'@'%'`);
    await nv?.exec(`DROP USER IF EXISTS '${user}'@'localhost'`);
    await nv?.drop();
  });

  it('the system admin finds it in the navigation and starts a dry run; the report shows, the password never', async () => {
    const home = await admin.get(`${PROVINCE}/quan-tri`);
    expect(home.text).toContain('href="/quan-tri/nhap-du-lieu"');
    const page = await admin.get(`${PROVINCE}/quan-tri/nhap-du-lieu`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Nhập dữ liệu từ trang cũ');
    const r = await admin.post(`${PROVINCE}/quan-tri/nhap-du-lieu`, form());
    expect(r.status).toBe(303);
    expect(r.location).toMatch(/\/quan-tri\/nhap-du-lieu\/\d+$/);
    await t.deps.imports.idle();
    const report = await admin.get(`${PROVINCE}${r.location}`);
    expect(report.status).toBe(200);
    expect(report.text).toContain('Xong');
    expect(report.text).toContain('Bài viết');
    expect(report.text).toContain('khong-co.jpg');
    expect(report.text).not.toContain(SECRET);
    expect(report.text).toContain('***');
    const list = await admin.get(`${PROVINCE}/quan-tri/nhap-du-lieu`);
    expect(list.text).not.toContain(SECRET);
    // Finished: the stored connection (with its password) is gone; the dry run wrote nothing.
    const runs = await t.db.kysely.selectFrom('importRun').selectAll().execute();
    expect(runs.every((x) => x.sourceUrl === '')).toBe(true);
    expect(JSON.stringify(runs)).not.toContain(SECRET);
    const n = await t.db.kysely
      .selectFrom('article')
      .select((e) => e.fn.countAll().as('n'))
      .where('siteId', '=', siteId)
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(0);
  });

  it('the password is never written to import_run, even while a run waits; a restarted process asks for it again', async () => {
    const u = new URL(MARIADB_ADMIN);
    u.username = user;
    u.password = SECRET;
    u.pathname = `/${nv.name}`;
    const id = await t.deps.imports.start({
      siteId,
      url: u.toString(),
      uploadsDir: '',
      prefix: 'nv4',
      oldHosts: [],
      dryRun: true,
      startedBy: null,
    });
    const queued = await t.db.kysely
      .selectFrom('importRun')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(queued)).not.toContain(SECRET);
    expect(queued.sourceUrl).toContain(':***@');
    // Another process (a restart) does not know the password: the run waits for it, resumable.
    const other = importService({
      db: t.db,
      storage: t.deps.storage,
      clock: clock.now,
      log: t.deps.log,
      importImage: () => Promise.reject(new Error('no images in a dry run')),
    });
    const run = (await other.runs.byId(id))!;
    expect(other.canResume(run)).toBe(false);
    const waiting = await other.runNow(id);
    expect(waiting.error).toContain('NUKEVIET_DB_PASSWORD');
    expect((await other.runs.byId(id))!.status).toBe('queued');
    // Given again (the command line's --resume), it goes on and finishes.
    expect(other.providePassword(id, u.toString(), run.sourceUrl)).toBe(true);
    const done = await other.runNow(id);
    expect(done.error).toBeUndefined();
    const finished = await t.db.kysely
      .selectFrom('importRun')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(finished.status).toBe('done');
    expect(JSON.stringify(finished)).not.toContain(SECRET);
  });

  it('a wrong password ends the run with an error that does not repeat it', async () => {
    await admin.get(`${PROVINCE}/quan-tri/nhap-du-lieu`);
    const r = await admin.post(
      `${PROVINCE}/quan-tri/nhap-du-lieu`,
      form({ password: 'sai-mat-khau-123' }),
    );
    expect(r.status).toBe(303);
    await t.deps.imports.idle();
    const report = await admin.get(`${PROVINCE}${r.location}`);
    expect(report.text).toContain('Lỗi');
    expect(report.text).not.toContain('sai-mat-khau-123');
  });

  it('refuses other roles, a missing CSRF token and hostile input (400, nothing started)', async () => {
    expect((await editor.get(`${PROVINCE}/quan-tri/nhap-du-lieu`)).status).toBe(403);
    await editor.get(`${PROVINCE}/quan-tri`);
    expect([403, 404]).toContain(
      (await editor.post(`${PROVINCE}/quan-tri/nhap-du-lieu`, form())).status,
    );
    const before = await runCount();
    await admin.get(`${PROVINCE}/quan-tri/nhap-du-lieu`);
    const noCsrf = await admin.post(`${PROVINCE}/quan-tri/nhap-du-lieu`, form(), { csrf: null });
    expect(noCsrf.status).toBeGreaterThanOrEqual(400);
    const hostile: Record<string, string>[] = [
      { siteId: '99999999999' },
      { siteId: '-1' },
      { siteId: 'abc' },
      { port: '70000' },
      { port: '1e3' },
      { host: 'a b;rm -rf /' },
      { host: 'x'.repeat(10_000) },
      { database: 'nv`; DROP DATABASE test; --' },
      { prefix: 'nv4_vi_news_rows`' },
      { uploadsDir: '../../etc' },
      { uploadsDir: '/khong/co/thu-muc' },
      { oldHosts: '<script>alert(1)</script>' },
      { user: '' },
      { password: 'p'.repeat(5000) },
    ];
    for (const over of hostile) {
      await admin.get(`${PROVINCE}/quan-tri/nhap-du-lieu`);
      const r = await admin.post(`${PROVINCE}/quan-tri/nhap-du-lieu`, form(over));
      expect.soft(r.status, JSON.stringify(over).slice(0, 80)).toBe(400);
      expect.soft(r.text).not.toContain('<script>alert(1)</script>');
      expect.soft(r.text).not.toContain(SECRET);
    }
    expect(await runCount()).toBe(before);
    // Ids out of range or unknown.
    for (const id of ['0', '999999999', '99999999999999999999'])
      expect
        .soft([400, 404])
        .toContain((await admin.get(`${PROVINCE}/quan-tri/nhap-du-lieu/${id}`)).status);
  });

  it('a run interrupted by a stop is resumed from its cursor at start', async () => {
    const id = await t.deps.imports.start({
      siteId,
      url: nv.url,
      uploadsDir: `${FIXTURE_DIR}/uploads`,
      prefix: 'nv4',
      oldHosts: [],
      dryRun: false,
      startedBy: null,
    });
    // As a stop leaves it: running, sections and tags done, articles done up to id 2.
    await t.db.kysely
      .updateTable('importRun')
      .set({
        status: 'running',
        report: JSON.stringify({ cursor: { done: [], lastArticleId: 2 } }),
      })
      .where('id', '=', id)
      .execute();
    await t.deps.imports.resumeUnfinished();
    await t.deps.imports.idle();
    const run = await t.deps.imports.runs.byId(id);
    expect(run?.status).toBe('done');
    const ids = await t.db.kysely
      .selectFrom('importItem')
      .select('sourceId')
      .where('siteId', '=', siteId)
      .where('kind', '=', 'article')
      .execute();
    // Articles 1 and 2 were "already done" before the stop: the resumed run started at 3.
    expect(ids.map((x) => x.sourceId).sort()).toEqual(['news:3', 'news:4', 'news:5', 'news:6']);
  });
});
