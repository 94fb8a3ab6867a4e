import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';
import { makeStaff, manualClock, type TestStaff } from '../support/staff.ts';

/** The audit log in Vietnamese: labels, the grouped action filter, by person, by article. */
describe.each(dialects)('the audit log in Vietnamese on %s', (dialect) => {
  const clock = manualClock();
  let t: Awaited<ReturnType<typeof testApp>>;
  let reporter: TestStaff;
  let editor: TestStaff;
  let approver: TestStaff;
  let admin: TestStaff;
  let articleId = 0;
  let otherId = 0;

  beforeAll(async () => {
    t = await testApp(dialect, { clock: clock.now });
    reporter = await makeStaff(
      t,
      clock,
      'phongvien',
      'reporter',
      ['tin-trong-tinh'],
      'Quàng Văn Pọm',
    );
    editor = await makeStaff(t, clock, 'bientap', 'editor', ['tin-trong-tinh'], 'Lò Thị Biên');
    approver = await makeStaff(
      t,
      clock,
      'lanhdao',
      'approver',
      ['tin-trong-tinh'],
      'Nguyễn Văn Duyệt',
    );
    admin = await makeStaff(t, clock, 'quantri', 'admin', [], 'Quản Trị Viên');
    const sectionId = String(
      (await t.deps.site.sections()).find((s) => s.slug === 'tin-trong-tinh')!.id,
    );
    // One article's life: written, sent, returned with a note, sent again, forwarded, published.
    const r = await reporter.login();
    await r.get('/quan-tri/bai-viet/moi');
    const created = await r.post('/quan-tri/bai-viet/moi', { title: 'Mùa hoa ban', sectionId });
    articleId = Number(/(\d+)$/.exec(created.location!)![1]);
    await r.get('/quan-tri/bai-viet/moi');
    const other = await r.post('/quan-tri/bai-viet/moi', { title: 'Bài khác', sectionId });
    otherId = Number(/(\d+)$/.exec(other.location!)![1]);
    const step = async (
      a: Awaited<ReturnType<TestStaff['login']>>,
      body: Record<string, string>,
    ) => {
      await a.get(`/quan-tri/bai-viet/${articleId}`);
      expect((await a.post(`/quan-tri/bai-viet/${articleId}/chuyen`, body)).status).toBe(303);
      clock.tick(60_000);
    };
    const page = await r.get(`/quan-tri/bai-viet/${articleId}`);
    const saved = await r.post(`/quan-tri/bai-viet/${articleId}`, {
      title: 'Mùa hoa ban',
      lead: 'Tháng Ba, hoa ban nở trắng núi rừng Điện Biên.',
      bodyHtml: '<p>Hoa ban nở khắp các bản.</p>',
      byline: 'Quàng Văn Pọm',
      sectionId,
      version: /name="version" value="(\d+)"/.exec(page.text)![1]!,
    });
    expect(saved.status).toBe(303);
    await step(r, { t: 'submit' });
    const e = await editor.login();
    await step(e, { t: 'return', note: 'Thêm ảnh lễ hội.' });
    await step(r, { t: 'submit' });
    await step(e, { t: 'forward' });
    await step(await approver.login(), { t: 'publish' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('shows Vietnamese labels and filters by a workflow step and by the person', async () => {
    const a = await admin.login();
    const page = await a.get(`/quan-tri/nhat-ky?hanh-dong=article.publish&nguoi=${approver.id}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<td>Xuất bản bài</td>');
    expect(page.text).toContain('1 bản ghi.');
    expect(page.text).not.toContain('article.publish</td>');
    // The filter offers every kind, grouped, with the current choice selected.
    expect(page.text).toContain('<optgroup label="Bài viết">');
    expect(page.text).toContain('<option value="article.return">Trả lại bài</option>');
    expect(page.text).toContain(
      '<option value="article.publish" selected="">Xuất bản bài</option>',
    );
    expect(page.text).toContain('<optgroup label="Tài khoản">');
    // Nobody else published.
    const byEditor = await a.get(`/quan-tri/nhat-ky?hanh-dong=article.publish&nguoi=${editor.id}`);
    expect(byEditor.text).toContain('0 bản ghi.');
  });

  it('filters by article, and refuses a malformed article number with a message', async () => {
    const a = await admin.login();
    const page = await a.get(`/quan-tri/nhat-ky?bai=${articleId}`);
    expect(page.text).toContain('7 bản ghi.');
    expect(page.text).not.toContain('Bài khác');
    expect(page.text).toContain(`href="/quan-tri/nhat-ky?bai=${articleId}"`);
    const bad = await a.get('/quan-tri/nhat-ky?bai=abc');
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Mã số bài viết chỉ gồm chữ số');
    expect((await a.get(`/quan-tri/nhat-ky.csv?bai=${otherId}`)).text).toContain('Bài khác');
  });

  it("an article's own history page shows its whole life in order, linked from the editor", async () => {
    const r = await reporter.login();
    const editorPage = await r.get(`/quan-tri/bai-viet/${articleId}`);
    expect(editorPage.text).toContain(`href="/quan-tri/bai-viet/${articleId}/nhat-ky"`);
    const page = await r.get(`/quan-tri/bai-viet/${articleId}/nhat-ky`);
    expect(page.status).toBe(200);
    const steps = [...page.text.matchAll(/<strong>([^<]+)<\/strong>, ([^<]+?)(?:<|\n)/g)].map(
      (m) => `${m[1]} — ${m[2]!.trim()}`,
    );
    expect(steps).toEqual([
      'Tạo bài viết — Quàng Văn Pọm (phongvien)',
      'Lưu bài viết — Quàng Văn Pọm (phongvien)',
      'Gửi bài đi biên tập — Quàng Văn Pọm (phongvien)',
      'Trả lại bài — Lò Thị Biên (bientap)',
      'Gửi bài đi biên tập — Quàng Văn Pọm (phongvien)',
      'Chuyển bài lên duyệt — Lò Thị Biên (bientap)',
      'Xuất bản bài — Nguyễn Văn Duyệt (lanhdao)',
    ]);
    expect(page.text).toContain('Ghi chú: Thêm ảnh lễ hội.');
    expect(page.text).not.toContain('Bài khác');
    // Not for someone who may not open the article; not for an unknown one.
    const other = await makeStaff(t, clock, 'phongvien2', 'reporter', ['xay-dung-dang']);
    expect(
      (await (await other.login()).get(`/quan-tri/bai-viet/${articleId}/nhat-ky`)).status,
    ).toBe(403);
    expect((await r.get('/quan-tri/bai-viet/999999/nhat-ky')).status).toBe(404);
  });
});
