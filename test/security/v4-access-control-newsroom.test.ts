import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Account } from '../../src/modules/account/account.ts';
import type { ArticleStatus } from '../../src/modules/article/article.ts';
import { emptyDraft } from '../../src/modules/newsroom/newsroom.service.ts';
import type { agent } from '../support/agent.ts';
import { makeStaff, manualClock, type TestStaff } from '../support/staff.ts';
import { BROWSER_UA, testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';

/**
 * ASVS V4 (access control) for the newsroom: drafts are private to their author until
 * submitted, share links die with the article, the edit lock follows edit rights, secondary
 * sections follow section rights, and concurrent workflow steps apply exactly once.
 */
describe.each(dialects)('V4 access control in the newsroom on %s', (dialect) => {
  const clock = manualClock();
  let t: Awaited<ReturnType<typeof testApp>>;
  let A = 0; // the reporters' section
  let B = 0; // a second section the approver also holds
  let C = 0; // a section nobody here holds
  let author: TestStaff;
  let peer: TestStaff;
  let editor: TestStaff;
  let approver1: TestStaff;
  let approver2: TestStaff;
  let approverB: TestStaff;
  let editorB: TestStaff;
  const account = async (s: TestStaff): Promise<Account> => (await t.deps.accounts.byId(s.id))!;
  const actor = (s: TestStaff) => ({ id: s.id, name: s.username, ip: '', userAgent: 'vitest' });
  type Agent = ReturnType<typeof agent>;
  // One signed-in client per person for the whole file (the login rate limit is per address).
  const signedIn = new Map<TestStaff, Agent>();
  const as = async (s: TestStaff): Promise<Agent> => {
    const known = signedIn.get(s);
    if (known) return known;
    const a = await s.login();
    signedIn.set(s, a);
    return a;
  };

  beforeAll(async () => {
    t = await testApp(dialect, { clock: clock.now });
    const sections = await t.deps.site.sections();
    const id = (slug: string) => sections.find((s) => s.slug === slug)!.id;
    A = id('tin-trong-tinh');
    B = id('xay-dung-dang');
    C = id('van-ban');
    author = await makeStaff(t, clock, 'pv.tacgia', 'reporter', ['tin-trong-tinh'], 'Lò Văn Tác');
    peer = await makeStaff(t, clock, 'pv.dongnghiep', 'reporter', ['tin-trong-tinh'], 'Cà Thị Bạn');
    editor = await makeStaff(t, clock, 'bt.a', 'editor', ['tin-trong-tinh'], 'Lò Thị Biên');
    approver1 = await makeStaff(t, clock, 'ld.mot', 'approver', [
      'tin-trong-tinh',
      'xay-dung-dang',
    ]);
    approver2 = await makeStaff(t, clock, 'ld.hai', 'approver', ['tin-trong-tinh']);
    approverB = await makeStaff(t, clock, 'ld.b', 'approver', ['xay-dung-dang']);
    editorB = await makeStaff(t, clock, 'bt.b', 'editor', ['xay-dung-dang']);
  });
  afterAll(async () => {
    await t?.close();
  });

  /** An article by `writer` in section A, complete enough to publish, put in `status`. */
  async function articleIn(status: ArticleStatus, title: string, writer = author): Promise<number> {
    const id = await t.deps.newsroom.create(actor(writer), await account(writer), {
      ...emptyDraft(A, 'PV'),
      title,
      lead: 'Sapo của bài viết.',
      bodyHtml: '<p>Nội dung bài viết.</p>',
    });
    await t.db.kysely
      .updateTable('article')
      .set({
        status,
        lockAccountId: null,
        lockUntil: null,
        ...(status === 'published' && { publishedAt: clock.now().toISOString() }),
      })
      .where('id', '=', id)
      .execute();
    return id;
  }

  const versionOf = (html: string) => /name="version" value="(\d+)"/.exec(html)?.[1] ?? '0';
  const form = (overrides: Record<string, string | string[]> = {}) => ({
    title: 'Tiêu đề sửa',
    lead: 'Sapo sửa.',
    bodyHtml: '<p>Nội dung sửa.</p>',
    byline: 'PV',
    sectionId: String(A),
    ...overrides,
  });
  const auditsOf = async (action: string, id: number) =>
    (await t.deps.audit.list({ action, limit: 500 })).filter((x) => x.targetId === String(id));

  describe('item 7: a draft is private to its author until submitted', () => {
    it('another reporter of the section cannot open, preview, share, diff, restore, autosave, lock or act on it', async () => {
      const title = 'Bản nháp riêng tư của phóng viên Tác';
      const id = await articleIn('draft', title);
      const before = (await t.deps.newsroom.byId(id))!;
      const revisionsBefore = (await t.deps.newsroom.revisions(id)).length;
      const p = await as(peer);
      await p.get('/quan-tri');
      const csrf = p.csrf();
      const base = `/quan-tri/bai-viet/${id}`;
      const reads = [
        base,
        `${base}?da-luu`,
        `${base}/xem-truoc`,
        `${base}/phien-ban`,
        `${base}/phien-ban?tu=1&den=current`,
      ];
      for (const path of reads) {
        const r = await p.get(path);
        expect(r.status, path).toBe(403);
        expect(r.text, path).not.toContain(title);
        expect(r.text, path).not.toContain('/xem-truoc/');
      }
      const writes: [string, Record<string, string>][] = [
        [base, form({ version: String(before.version) })],
        [`${base}/chuyen`, { t: 'submit' }],
        [`${base}/tiep-quan`, {}],
        [`/quan-tri/api/bai-viet/${id}/tu-luu`, form({ version: String(before.version) })],
        [`/quan-tri/api/bai-viet/${id}/giu-khoa`, {}],
        [`${base}/phien-ban/1/khoi-phuc`, {}],
      ];
      for (const [path, fields] of writes) {
        const r = await p.post(path, fields, { csrf });
        expect(r.status, path).toBe(403);
        expect(r.text, path).not.toContain(title);
      }
      const after = (await t.deps.newsroom.byId(id))!;
      expect(after).toMatchObject({ status: 'draft', version: before.version, title });
      expect(after.lockAccountId).toBeNull();
      expect((await t.deps.newsroom.revisions(id)).length).toBe(revisionsBefore);
      // The queue does not list it for the peer either.
      expect((await p.get('/quan-tri/bai-viet')).text).not.toContain(title);
      expect((await p.get('/quan-tri/bai-viet?trang-thai=draft')).text).not.toContain(title);
    });

    it('the author, the section’s editors and approvers open it; other sections’ staff do not', async () => {
      const title = 'Bản nháp cho biên tập xem';
      const id = await articleIn('draft', title);
      for (const who of [author, editor, approver1]) {
        const a = await as(who);
        const page = await a.get(`/quan-tri/bai-viet/${id}`);
        expect(page.status, who.username).toBe(200);
        const preview = await a.get(`/quan-tri/bai-viet/${id}/xem-truoc`);
        expect(preview.status, who.username).toBe(200);
        expect(preview.text).toMatch(/\/xem-truoc\/\d+\.\d+\.[\w-]+/);
        expect((await a.get('/quan-tri/bai-viet')).text, who.username).toContain(title);
      }
      // An approver of another section reads the leadership report, but not others' drafts.
      for (const who of [approverB, editorB]) {
        const a = await as(who);
        expect((await a.get(`/quan-tri/bai-viet/${id}`)).status, who.username).toBe(403);
        expect((await a.get(`/quan-tri/bai-viet/${id}/xem-truoc`)).status, who.username).toBe(403);
      }
      // Once submitted, the section's reporters may read it.
      await t.deps.newsroom.transition(actor(author), await account(author), id, 'submit');
      const p = await as(peer);
      expect((await p.get(`/quan-tri/bai-viet/${id}`)).status).toBe(200);
      expect((await p.get('/quan-tri/bai-viet')).text).toContain(title);
    });
  });

  describe('item 7: share links stop working once the article is withdrawn, unpublished or deleted', () => {
    async function shareLink(id: number): Promise<string> {
      const a = await as(approver1);
      const preview = await a.get(`/quan-tri/bai-viet/${id}/xem-truoc`);
      expect(preview.status).toBe(200);
      const m = /https:\/\/dangbo\.example\.vn(\/xem-truoc\/\d+\.\d+\.[\w-]+)/.exec(preview.text);
      expect(m).not.toBeNull();
      return m![1]!;
    }
    const open = (path: string) => t.get(path, { 'user-agent': BROWSER_UA });

    it('withdrawn', async () => {
      const id = await articleIn('published', 'Bài sẽ bị gỡ');
      const link = await shareLink(id);
      expect((await open(link)).status).toBe(200);
      await t.deps.newsroom.transition(actor(approver1), await account(approver1), id, 'withdraw', {
        note: 'Sai số liệu',
      });
      const gone = await open(link);
      expect(gone.status).toBe(404);
      expect(gone.text).not.toContain('Bài sẽ bị gỡ');
    });

    it('unpublished by schedule', async () => {
      const id = await articleIn('published', 'Bài gỡ theo lịch');
      const link = await shareLink(id);
      expect((await open(link)).status).toBe(200);
      await t.db.kysely
        .updateTable('article')
        .set({ unpublishAt: clock.now().toISOString() })
        .where('id', '=', id)
        .execute();
      clock.tick(60_000);
      expect((await t.deps.newsroom.runSchedule()).unpublished).toContain(id);
      expect((await open(link)).status).toBe(404);
    });

    it('deleted', async () => {
      const id = await articleIn('approval', 'Bài sẽ bị xóa');
      const link = await shareLink(id);
      expect((await open(link)).status).toBe(200);
      await t.db.kysely.deleteFrom('article').where('id', '=', id).execute();
      expect((await open(link)).status).toBe(404);
    });
  });

  describe('item 8: the edit lock follows the right to edit the article in its state', () => {
    it('the author of a submitted article cannot take its lock and block the editor', async () => {
      const id = await articleIn('review', 'Bài chờ biên tập để thử khóa');
      const r = await as(author);
      expect((await r.get(`/quan-tri/bai-viet/${id}`)).status).toBe(200);
      const beat = await r.post(`/quan-tri/api/bai-viet/${id}/giu-khoa`, {});
      expect(beat.status).toBe(403);
      expect((await t.deps.newsroom.byId(id))!.lockAccountId).toBeNull();
      const e = await as(editor);
      const page = await e.get(`/quan-tri/bai-viet/${id}`);
      expect(page.text).not.toContain('đang chỉnh sửa bài này');
      const saved = await e.post(
        `/quan-tri/bai-viet/${id}`,
        form({ version: versionOf(page.text) }),
      );
      expect(saved.status).toBe(303);
    });

    it('an editor cannot hold the lock of an article waiting for approval; nobody of a withdrawn one', async () => {
      const waiting = await articleIn('approval', 'Bài chờ duyệt để thử khóa');
      const e = await as(editor);
      await e.get(`/quan-tri/bai-viet/${waiting}`);
      expect((await e.post(`/quan-tri/api/bai-viet/${waiting}/giu-khoa`, {})).status).toBe(403);
      expect((await e.post(`/quan-tri/bai-viet/${waiting}/tiep-quan`, {})).status).toBe(403);
      expect((await t.deps.newsroom.byId(waiting))!.lockAccountId).toBeNull();
      // The approver may, and the editor cannot take it over from them.
      const ap = await as(approver1);
      await ap.get(`/quan-tri/bai-viet/${waiting}`);
      expect((await ap.post(`/quan-tri/api/bai-viet/${waiting}/giu-khoa`, {})).status).toBe(200);
      await e.get(`/quan-tri/bai-viet/${waiting}`);
      expect((await e.post(`/quan-tri/bai-viet/${waiting}/tiep-quan`, {})).status).toBe(403);
      expect((await t.deps.newsroom.byId(waiting))!.lockAccountId).toBe(approver1.id);

      const withdrawn = await articleIn('withdrawn', 'Bài đã gỡ để thử khóa');
      await ap.get(`/quan-tri/bai-viet/${withdrawn}`);
      expect((await ap.post(`/quan-tri/api/bai-viet/${withdrawn}/giu-khoa`, {})).status).toBe(403);
      expect((await ap.post(`/quan-tri/bai-viet/${withdrawn}/tiep-quan`, {})).status).toBe(403);
      expect((await t.deps.newsroom.byId(withdrawn))!.lockAccountId).toBeNull();
    });
  });

  describe('item 13: secondary sections are checked like the main one', () => {
    it('a reporter of section A cannot file a draft into section B as a secondary section', async () => {
      const id = await articleIn('draft', 'Bài thử chuyên mục phụ');
      const r = await as(author);
      const page = await r.get(`/quan-tri/bai-viet/${id}`);
      const v = versionOf(page.text);
      const refused = await r.post(
        `/quan-tri/bai-viet/${id}`,
        form({ version: v, secondarySectionIds: [String(B)] }),
      );
      expect(refused.status).toBe(400);
      expect(refused.text).toContain('Bạn không có quyền đưa bài vào chuyên mục phụ');
      await r.get(`/quan-tri/bai-viet/${id}`);
      const auto = await r.post(
        `/quan-tri/api/bai-viet/${id}/tu-luu`,
        form({ version: v, secondarySectionIds: [String(B)] }),
      );
      expect(auto.status).toBe(400);
      expect(
        (await t.deps.newsroom.draftOf((await t.deps.newsroom.byId(id))!)).secondarySectionIds,
      ).toEqual([]);
      // Through the service too (the rule is not only in the form).
      await expect(
        t.deps.newsroom.save(
          actor(author),
          await account(author),
          id,
          { ...emptyDraft(A, 'PV'), title: 'Bài', secondarySectionIds: [B] },
          (await t.deps.newsroom.byId(id))!.version,
        ),
      ).rejects.toThrow();
      // Its own section as secondary is just dropped (it is the main one).
      await r.get(`/quan-tri/bai-viet/${id}`);
      expect(
        (
          await r.post(
            `/quan-tri/bai-viet/${id}`,
            form({ version: v, secondarySectionIds: [String(A)] }),
          )
        ).status,
      ).toBe(303);
    });

    it('a section added by someone who holds it stays when a narrower editor saves; new ones are refused', async () => {
      const id = await articleIn('review', 'Bài hai chuyên mục');
      const ap = await as(approver1);
      let page = await ap.get(`/quan-tri/bai-viet/${id}`);
      expect(
        (
          await ap.post(
            `/quan-tri/bai-viet/${id}`,
            form({ version: versionOf(page.text), secondarySectionIds: [String(B)] }),
          )
        ).status,
      ).toBe(303);
      await t.deps.newsroom.release(await account(approver1), id);
      const e = await as(editor);
      page = await e.get(`/quan-tri/bai-viet/${id}`);
      const kept = await e.post(
        `/quan-tri/bai-viet/${id}`,
        form({ version: versionOf(page.text), secondarySectionIds: [String(B)] }),
      );
      expect(kept.status).toBe(303);
      page = await e.get(`/quan-tri/bai-viet/${id}`);
      const added = await e.post(
        `/quan-tri/bai-viet/${id}`,
        form({ version: versionOf(page.text), secondarySectionIds: [String(B), String(C)] }),
      );
      expect(added.status).toBe(400);
      const d = await t.deps.newsroom.draftOf((await t.deps.newsroom.byId(id))!);
      expect(d.secondarySectionIds).toEqual([B]);
    });
  });

  describe('races: two people taking a workflow step on the same article at once', () => {
    async function both(
      id: number,
      fields: [Record<string, string>, Record<string, string>],
    ): Promise<number[]> {
      const agents: Agent[] = [await as(approver1), await as(approver2)];
      for (const a of agents) await a.get(`/quan-tri/bai-viet/${id}`);
      const res = await Promise.all(
        agents.map((a, i) => a.post(`/quan-tri/bai-viet/${id}/chuyen`, fields[i]!)),
      );
      return res.map((r) => r.status).sort();
    }

    it('two approvers publish: exactly one wins, one audit record, one publication note', async () => {
      const id = await articleIn('approval', 'Bài hai người cùng duyệt');
      const publish = { t: 'publish', from: 'approval' };
      expect(await both(id, [publish, publish])).toEqual([303, 400]);
      expect((await t.deps.newsroom.byId(id))!.status).toBe('published');
      expect(await auditsOf('article.publish', id)).toHaveLength(1);
      const notes = (await t.deps.newsroom.notes(id)).filter((n) => n.kind === 'publish');
      expect(notes).toHaveLength(1);
      const revs = (await t.deps.newsroom.revisions(id)).filter((r) => r.reason === 'publish');
      expect(revs).toHaveLength(1);
    });

    it('two approvers return it: it goes back one step, not two', async () => {
      const id = await articleIn('approval', 'Bài hai người cùng trả lại');
      const ret = { t: 'return', from: 'approval', note: 'Bổ sung ảnh' };
      expect(await both(id, [ret, ret])).toEqual([303, 400]);
      expect((await t.deps.newsroom.byId(id))!.status).toBe('review');
      expect(await auditsOf('article.return', id)).toHaveLength(1);
    });

    it('one publishes while the other returns: exactly one applies', async () => {
      const id = await articleIn('approval', 'Bài người duyệt người trả');
      const res = await both(id, [
        { t: 'publish', from: 'approval' },
        { t: 'return', from: 'approval', note: 'Chưa đạt' },
      ]);
      expect(res).toEqual([303, 400]);
      const a = (await t.deps.newsroom.byId(id))!;
      const audits = [
        ...(await auditsOf('article.publish', id)),
        ...(await auditsOf('article.return', id)),
      ];
      expect(audits).toHaveLength(1);
      expect(a.status).toBe(audits[0]!.action === 'article.publish' ? 'published' : 'review');
    });

    it('two approvers set the unpublish time of a published article: one applies, one audit record', async () => {
      const id = await articleIn('published', 'Bài hai người hẹn gỡ');
      const res = await both(id, [
        { t: 'setUnpublish', from: 'published', at: '2026-12-01T08:00' },
        { t: 'setUnpublish', from: 'published', at: '2026-12-02T08:00' },
      ]);
      expect(res).toEqual([303, 400]);
      expect(await auditsOf('article.setUnpublish', id)).toHaveLength(1);
    });

    it('the scheduler and an approver publish a due article at once: published once', async () => {
      const id = await articleIn('approval', 'Bài hẹn giờ cùng lúc');
      await t.deps.newsroom.transition(actor(approver1), await account(approver1), id, 'schedule', {
        at: new Date(clock.now().getTime() + 60_000),
      });
      clock.tick(2 * 60_000);
      const ap = await as(approver2);
      await ap.get(`/quan-tri/bai-viet/${id}`);
      const [manual, scheduled] = await Promise.all([
        ap.post(`/quan-tri/bai-viet/${id}/chuyen`, { t: 'publish', from: 'scheduled' }),
        t.deps.newsroom.runSchedule(),
      ]);
      const wins = (manual.status === 303 ? 1 : 0) + (scheduled.published.includes(id) ? 1 : 0);
      expect(wins).toBe(1);
      expect(await auditsOf('article.publish', id)).toHaveLength(1);
      expect((await t.deps.newsroom.byId(id))!.status).toBe('published');
    });

    it('a stale click (the state changed since the page was opened) is refused, not re-applied', async () => {
      const id = await articleIn('review', 'Bài bấm nút cũ');
      const e = await as(editor);
      await e.get(`/quan-tri/bai-viet/${id}`);
      await t.deps.newsroom.transition(actor(approver1), await account(approver1), id, 'forward');
      const stale = await e.post(`/quan-tri/bai-viet/${id}/chuyen`, {
        t: 'return',
        from: 'review',
        note: 'Trả lại từ trang cũ',
      });
      expect(stale.status).toBe(400);
      expect((await t.deps.newsroom.byId(id))!.status).toBe('approval');
    });
  });
});
