import zlib from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../src/db/transaction.ts';
import type { Account } from '../../src/modules/account/account.ts';
import { emptyDraft } from '../../src/modules/newsroom/newsroom.service.ts';
import { pdf } from '../support/media-fixtures.ts';
import { SqlProbe, type ProbedStatement } from '../support/sql-probe.ts';
import { makeStaff, manualClock } from '../support/staff.ts';
import { BROWSER_UA, testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';

const ACTOR = { id: null, name: 'Kiểm thử', ip: '127.0.0.1', userAgent: 'vitest' };
const auditInsert = (s: ProbedStatement) => s.kind === 'Insert' && s.table === 'audit_log';

describe.each(dialects)('use cases in one transaction on %s', (dialect) => {
  const clock = manualClock();
  const probe = new SqlProbe();
  let t: Awaited<ReturnType<typeof testApp>>;
  let approver: Account;
  let sectionId = 0;

  /** A public page as a browser gets it, with the page cache's verdict. */
  async function get(path: string) {
    const res = await t.app.request(path, { headers: { 'user-agent': BROWSER_UA } });
    const raw = Buffer.from(await res.arrayBuffer());
    const enc = res.headers.get('content-encoding');
    const text = (
      enc === 'br' ? zlib.brotliDecompressSync(raw) : enc === 'gzip' ? zlib.gunzipSync(raw) : raw
    ).toString('utf8');
    return { status: res.status, text, cache: res.headers.get('x-cache') };
  }

  /** An article waiting for approval, ready to publish. */
  async function approvalArticle(title: string): Promise<number> {
    const d = {
      ...emptyDraft(sectionId, 'Tin: Lò Văn Thử'),
      title,
      lead: 'Sáng nay, xã Mường Phăng ra quân làm đường giao thông nông thôn.',
      bodyHtml: '<p>Hơn 300 người dân tham gia làm đường bê tông nội đồng.</p>',
    };
    const id = await t.deps.newsroom.create(ACTOR, approver, d);
    await t.deps.newsroom.transition(ACTOR, approver, id, 'submit');
    await t.deps.newsroom.transition(ACTOR, approver, id, 'forward');
    return id;
  }

  /** Everything a use case may write, read straight from the database (not through the probe). */
  async function state(articleId: number) {
    const k = t.db.kysely;
    const count = async (table: 'articleNote' | 'articleRevision' | 'auditLog') =>
      Number(
        (
          await k
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      article: await k.selectFrom('article').selectAll().where('id', '=', articleId).execute(),
      notes: await count('articleNote'),
      revisions: await count('articleRevision'),
      audit: await count('auditLog'),
      epoch: (await k.selectFrom('cacheEpoch').select('n').executeTakeFirstOrThrow()).n,
    };
  }

  beforeAll(async () => {
    t = await testApp(dialect, { clock: clock.now, plugins: [probe] });
    const staff = await makeStaff(t, clock, 'lanhdao', 'approver', ['tin-trong-tinh'], 'Duyệt');
    approver = (await t.deps.accounts.byId(staff.id))!;
    sectionId = (await t.deps.site.sections()).find((s) => s.slug === 'tin-trong-tinh')!.id;
  });
  afterEach(() => {
    probe.failWhen = undefined;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('publishing is one transaction: fewer statements, and the article row read once', async () => {
    const id = await approvalArticle('Đếm câu lệnh khi xuất bản');
    // Through the service, given only the id: the step loads the article itself, once.
    const seen = await probe.during(() =>
      t.deps.newsroom.transition(ACTOR, approver, id, 'publish'),
    );
    expect(seen.filter((s) => s.kind === 'Select' && s.table === 'article')).toHaveLength(1);
    expect(seen.length).toBeLessThanOrEqual(9);
    expect((await t.deps.newsroom.byId(id))!.status).toBe('published');

    // Through the web form: the route loads the article (for the access check) and the step
    // uses that same row.
    const staff = await makeStaff(t, clock, 'lanhdao2', 'approver', ['tin-trong-tinh'], 'Duyệt 2');
    const ap = await staff.login();
    const id2 = await approvalArticle('Đếm câu lệnh khi xuất bản qua trang quản trị');
    await ap.get(`/quan-tri/bai-viet/${id2}`);
    const web = await probe.during(async () => {
      const r = await ap.post(`/quan-tri/bai-viet/${id2}/chuyen`, { t: 'publish' });
      expect(r.status).toBe(303);
    });
    expect(web.filter((s) => s.kind === 'Select' && s.table === 'article')).toHaveLength(1);
    expect((await t.deps.newsroom.byId(id2))!.status).toBe('published');
  });

  it('a failure between two steps of publishing changes nothing and caches nothing', async () => {
    const title = 'Bài xuất bản thất bại giữa chừng không được lộ ra';
    const id = await approvalArticle(title);
    const a = (await t.deps.newsroom.byId(id))!;
    // Cached pages of the home and the section.
    for (const path of ['/', '/tin-trong-tinh']) {
      await get(path);
      expect((await get(path)).cache).toBe('HIT');
    }
    const home = await get('/');
    const entries = t.deps.pages.stats().entries;
    const before = await state(id);

    probe.failWhen = auditInsert;
    const attempted = await probe.during(() =>
      expect(t.deps.newsroom.transition(ACTOR, approver, a, 'publish')).rejects.toThrow(
        /injected failure/,
      ),
    );
    // The failure came after the state change, the note and the revision were written.
    expect(attempted.map((s) => `${s.kind} ${s.table}`)).toEqual(
      expect.arrayContaining(['Update article', 'Insert article_note', 'Insert article_revision']),
    );
    probe.failWhen = undefined;

    expect(await state(id)).toEqual(before);
    expect((await t.deps.newsroom.byId(id))!.status).toBe('approval');
    const after = await get('/');
    expect(after.cache).toBe('HIT');
    expect(after.text).toBe(home.text);
    expect(after.text).not.toContain(title);
    expect((await get('/tin-trong-tinh')).cache).toBe('HIT');
    expect(t.deps.pages.stats().entries).toBe(entries);

    // The same step, without the failure, publishes and the pages follow.
    await t.deps.newsroom.transition(ACTOR, approver, a, 'publish');
    const done = await state(id);
    expect(done.article[0]!.status).toBe('published');
    expect(done.audit).toBe(before.audit + 1);
    expect(done.epoch).toBeGreaterThan(before.epoch);
    const fresh = await get('/');
    expect(fresh.cache).toBe('MISS');
    expect(fresh.text).toContain(title);
  });

  it('an account change whose audit record fails leaves the account and its sections as they were', async () => {
    const sections = await t.deps.site.sections();
    const other = sections.find((s) => s.slug !== 'tin-trong-tinh' && s.kind === 'articles')!;
    const form = {
      username: 'bientap-moi',
      fullName: 'Lò Thị Mới',
      email: '',
      role: 'editor',
      allSections: false,
      sectionIds: [sectionId],
    };
    const auditBefore = (await state(0)).audit;

    probe.failWhen = auditInsert;
    await expect(t.deps.accounts.create(ACTOR, form)).rejects.toThrow(/injected failure/);
    probe.failWhen = undefined;
    const rows = () =>
      t.db.kysely
        .selectFrom('account')
        .select('id')
        .where('username', '=', form.username)
        .execute();
    expect(await rows()).toEqual([]);
    expect((await state(0)).audit).toBe(auditBefore);

    const { account } = await t.deps.accounts.create(ACTOR, form);
    probe.failWhen = auditInsert;
    await expect(
      t.deps.accounts.update(ACTOR, account.id, {
        ...form,
        fullName: 'Lò Thị Đổi Tên',
        role: 'approver',
        sectionIds: [other.id],
      }),
    ).rejects.toThrow(/injected failure/);
    probe.failWhen = undefined;
    const now = (await t.deps.accounts.byId(account.id))!;
    expect([now.fullName, now.role, now.sectionIds]).toEqual(['Lò Thị Mới', 'editor', [sectionId]]);

    probe.failWhen = auditInsert;
    await expect(t.deps.accounts.disable(ACTOR, account.id, 'Nghỉ việc')).rejects.toThrow(
      /injected failure/,
    );
    probe.failWhen = undefined;
    expect((await t.deps.accounts.byId(account.id))!.disabledAt).toBeNull();
  });

  it('a settings or menu change whose audit record fails changes nothing and keeps the cached pages', async () => {
    await get('/');
    const home = await get('/');
    expect(home.cache).toBe('HIT');
    const before = await state(0);
    const settings = await t.deps.site.settings();
    const menuRows = () => t.db.kysely.selectFrom('menuItem').selectAll().execute();
    const menuBefore = await menuRows();

    probe.failWhen = auditInsert;
    await expect(
      t.deps.settings.update(ACTOR, {
        siteName: 'TÊN MỚI KHÔNG ĐƯỢC LƯU',
        slogan: 'Khẩu hiệu mới',
      }),
    ).rejects.toThrow(/injected failure/);
    await expect(
      t.deps.menus.create(ACTOR, 'footer', {
        label: 'Liên kết mới',
        kind: 'section',
        targetId: sectionId,
        url: '',
        newTab: false,
        parentId: null,
      }),
    ).rejects.toThrow(/injected failure/);
    probe.failWhen = undefined;

    expect(await t.deps.site.settings()).toEqual(settings);
    expect(await menuRows()).toEqual(menuBefore);
    const after = await state(0);
    expect([after.audit, after.epoch]).toEqual([before.audit, before.epoch]);
    const again = await get('/');
    expect(again.cache).toBe('HIT');
    expect(again.text).toBe(home.text);
    expect(again.text).not.toContain('TÊN MỚI KHÔNG ĐƯỢC LƯU');

    // Without the failure both changes land, and the home page is built again.
    await t.deps.settings.update(ACTOR, { slogan: 'Khẩu hiệu mới' });
    expect((await t.deps.site.settings()).slogan).toBe('Khẩu hiệu mới');
    expect((await state(0)).audit).toBe(before.audit + 1);
    expect((await get('/')).cache).toBe('MISS');
  });

  it('a media upload or text change whose audit record fails leaves the library as it was', async () => {
    const m = (await t.deps.media.byIds([1])).get(1)!;
    probe.failWhen = auditInsert;
    await expect(
      t.deps.media.updateText(ACTOR, m, { alt: 'Mô tả mới không được lưu' }),
    ).rejects.toThrow(/injected failure/);
    probe.failWhen = undefined;
    expect((await t.deps.media.byIds([1])).get(1)!.alt).toBe(m.alt);

    // An upload: the new item and its audit record go together.
    const count = async () =>
      Number(
        (
          await t.db.kysely
            .selectFrom('media')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const items = await count();
    const file = { name: 'bao-cao-tong-ket.pdf', data: pdf() };
    probe.failWhen = auditInsert;
    await expect(t.deps.media.upload(ACTOR, [file])).rejects.toThrow(/injected failure/);
    probe.failWhen = undefined;
    expect(await count()).toBe(items);
    const [done] = await t.deps.media.upload(ACTOR, [file]);
    expect(done).toMatchObject({ ok: true, existing: false });
    expect(await count()).toBe(items + 1);
  });

  it('a query on the outer database inside a transaction fails at once (no deadlock, no escape)', async () => {
    const outer = t.db;
    await expect(
      inTransaction(outer, async (tx) => {
        await tx.kysely.selectFrom('article').select('id').limit(1).execute();
        await outer.kysely.selectFrom('article').select('id').limit(1).execute();
      }),
    ).rejects.toThrow(/outer database ran inside a transaction/);
    // Nested transactions join the open one.
    await inTransaction(outer, (tx) =>
      inTransaction(tx, async (inner) => {
        expect(inner).toBe(tx);
      }),
    );
  });
});
