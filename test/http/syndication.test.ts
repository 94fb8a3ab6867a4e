import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withSite } from '../../src/db/site-scope.ts';
import { BROWSER_UA, testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';
import { addSite } from '../support/sites.ts';
import { makeStaff, manualClock, type TestStaff } from '../support/staff.ts';

const PROVINCE = 'https://dangbo.example.vn';
const COMMUNE = '/xa/muong-nhe';
const TITLE = 'Mường Nhé khánh thành nhà văn hóa bản Huổi Lếch';
const SECOND = 'Mường Nhé tổ chức hội nghị học tập Nghị quyết';

describe.each(dialects)('Tin cơ sở: commune news proposed to the province, on %s', (dialect) => {
  const clock = manualClock();
  let t: Awaited<ReturnType<typeof testApp>>;
  let site: Awaited<ReturnType<typeof addSite>>;
  let communeApprover: TestStaff;
  let provinceApprover: TestStaff;
  let reporter: TestStaff;

  const page = async (path: string) => {
    const res = await t.app.request(`${PROVINCE}${path}`, {
      headers: { 'user-agent': BROWSER_UA },
    });
    return { status: res.status, text: await res.text() };
  };
  const proposalOf = async (articleId: number) =>
    t.db.kysely
      .selectFrom('articleProposal')
      .selectAll()
      .where('articleId', '=', articleId)
      .executeTakeFirst();

  beforeAll(async () => {
    t = await testApp(dialect, { clock: clock.now });
    site = await addSite(t.db, {
      slug: 'muong-nhe',
      name: 'Đảng bộ xã Mường Nhé',
      pathPrefix: COMMUNE,
      articles: [TITLE, SECOND],
    });
    await t.deps.platform.load();
    // The commune's staff hold their roles on the commune's site, in its section.
    await withSite(site.id, async () => {
      communeApprover = await makeStaff(t, clock, 'duyet-xa', 'approver', ['tin-tuc']);
      reporter = await makeStaff(t, clock, 'pv-xa', 'reporter', ['tin-tuc']);
    });
    provinceApprover = await makeStaff(t, clock, 'duyet-tinh', 'approver', ['tin-trong-tinh']);
  });
  afterAll(async () => t?.close());

  it('goes from a commune proposal to a province copy that follows its original', async () => {
    const [original] = site.articleIds as [number];
    const commune = await communeApprover.login();
    const editor = await commune.get(`${COMMUNE}/quan-tri/bai-viet/${original}`);
    expect(editor.status).toBe(200);
    expect(editor.text).toContain('Đề xuất đăng lên trang tỉnh');
    // The withdrawal reason says it is public (issue #13).
    expect(editor.text).toContain('Lý do gỡ bài (công khai: bạn đọc thấy ở địa chỉ của bài)');

    await commune.get(`${COMMUNE}/quan-tri/bai-viet/${original}/de-xuat`);
    const sent = await commune.post(`${COMMUNE}/quan-tri/bai-viet/${original}/de-xuat`, {
      note: 'Kính gửi Ban biên tập: bài có ảnh.',
    });
    expect(sent.status).toBe(303);
    expect(sent.location).toBe(`${COMMUNE}/quan-tri/bai-viet/${original}/de-xuat?da-gui`);
    const p = await proposalOf(original);
    expect(p).toMatchObject({ status: 'proposed', siteId: 1, fromSiteId: site.id });
    // Proposing again while it waits is refused, and nothing changes.
    await commune.get(`${COMMUNE}/quan-tri/bai-viet/${original}/de-xuat`);
    const again = await commune.post(`${COMMUNE}/quan-tri/bai-viet/${original}/de-xuat`, {});
    expect(again.status).toBe(409);
    expect(again.text).toContain('đang chờ trang tỉnh xem xét');

    const province = await provinceApprover.login();
    const inbox = await province.get('/quan-tri/tin-co-so');
    expect(inbox.status).toBe(200);
    expect(inbox.text).toContain(TITLE);
    expect(inbox.text).toContain('Đảng bộ xã Mường Nhé');
    expect(inbox.text).toContain('Kính gửi Ban biên tập: bài có ảnh.');
    const section = (await t.deps.site.sections()).find((s) => s.slug === 'tin-trong-tinh')!;
    const accepted = await province.post(`/quan-tri/tin-co-so/${p!.id}/nhan`, {
      sectionId: String(section.id),
    });
    expect(accepted.status).toBe(303);
    const decided = await proposalOf(original);
    expect(decided?.status).toBe('accepted');
    const copyId = decided!.copyId!;

    // The province home lists it under Tin cơ sở; its page points to the original.
    const home = await page('/');
    expect(home.text).toContain('Tin cơ sở');
    expect(home.text).toContain(TITLE);
    const copyPath = new RegExp(`href="(/tin-trong-tinh/[a-z0-9-]+-${copyId})"`).exec(
      home.text,
    )?.[1];
    expect(copyPath).toBeTruthy();
    const copy = await page(copyPath!);
    expect(copy.status).toBe(200);
    expect(copy.text).toContain(
      `<link rel="canonical" href="${PROVINCE}${COMMUNE}${site.paths[0]}"`,
    );
    expect(copy.text).toContain('Đảng bộ xã Mường Nhé');
    // The commune's own pages do not show the copy.
    expect((await page(`${COMMUNE}/`)).text).not.toContain('Tin cơ sở');

    // The commune corrects its original: the copy takes the corrected title.
    const corrected = `${TITLE} (đính chính)`;
    await withSite(site.id, async () => {
      const account = (await t.deps.accounts.byId(communeApprover.id))!;
      const a = (await t.deps.newsroom.byId(original))!;
      const draft = await t.deps.newsroom.draftOf(a);
      await t.deps.newsroom.save(
        { id: account.id, name: 'Duyệt xã', ip: '', userAgent: '' },
        account,
        original,
        { ...draft, title: corrected },
        a.version,
        { correctionNote: 'Sửa tên bản' },
      );
    });
    expect((await page(copyPath!)).text).toContain(corrected);

    // The commune withdraws it: the copy is withdrawn too (410 with the reason).
    await withSite(site.id, async () => {
      const account = (await t.deps.accounts.byId(communeApprover.id))!;
      await t.deps.newsroom.transition(
        { id: account.id, name: 'Duyệt xã', ip: '', userAgent: '' },
        account,
        original,
        'withdraw',
        { note: 'Thông tin chưa được kiểm chứng' },
      );
    });
    const gone = await page(copyPath!);
    expect(gone.status).toBe(410);
    expect(gone.text).toContain('Thông tin chưa được kiểm chứng');
  });

  it('declines with a note the commune reads, and refuses what is not allowed', async () => {
    const [, second] = site.articleIds as [number, number];
    const rep = await reporter.login();
    await rep.get(`${COMMUNE}/quan-tri/bai-viet/${second}/de-xuat`);
    const refused = await rep.post(`${COMMUNE}/quan-tri/bai-viet/${second}/de-xuat`, {});
    expect(refused.status).toBe(403);
    expect(await proposalOf(second)).toBeUndefined();

    const commune = await communeApprover.login();
    await commune.get(`${COMMUNE}/quan-tri/bai-viet/${second}/de-xuat`);
    expect((await commune.post(`${COMMUNE}/quan-tri/bai-viet/${second}/de-xuat`, {})).status).toBe(
      303,
    );
    const p = (await proposalOf(second))!;

    // The commune cannot answer its own proposal: it is not addressed to its site.
    await commune.get(`${COMMUNE}/quan-tri/tin-co-so`);
    const own = await commune.post(`${COMMUNE}/quan-tri/tin-co-so/${p.id}/nhan`, {
      sectionId: String(site.sectionId),
    });
    expect(own.status).toBe(404);

    const province = await provinceApprover.login();
    await province.get('/quan-tri/tin-co-so');
    const noNote = await province.post(`/quan-tri/tin-co-so/${p.id}/tu-choi`, { note: '  ' });
    expect(noNote.status).toBe(400);
    expect(noNote.text).toContain('Hãy ghi lý do không nhận đăng');
    const noSection = await province.post(`/quan-tri/tin-co-so/${p.id}/nhan`, { sectionId: '' });
    expect(noSection.status).toBe(400);
    expect(noSection.text).toContain('Hãy chọn chuyên mục');
    const foreign = await province.post(`/quan-tri/tin-co-so/${p.id}/nhan`, {
      sectionId: String(site.sectionId),
    });
    expect(foreign.status).toBe(400);
    expect((await proposalOf(second))?.status).toBe('proposed');
    const declined = await province.post(`/quan-tri/tin-co-so/${p.id}/tu-choi`, {
      note: 'Nội dung trùng với bài đã đăng',
    });
    expect(declined.status).toBe(303);
    expect(await proposalOf(second)).toMatchObject({
      status: 'declined',
      note: 'Nội dung trùng với bài đã đăng',
    });
    const state = await commune.get(`${COMMUNE}/quan-tri/bai-viet/${second}/de-xuat`);
    expect(state.text).toContain('Không được nhận đăng');
    expect(state.text).toContain('Nội dung trùng với bài đã đăng');
    // After a refusal the commune may propose again.
    expect(state.text).toContain('Đề xuất đăng lên trang');

    // The province reports to no one: nothing to propose there.
    const provinceArticle = Number(/-(\d+)"/.exec((await page('/')).text)?.[1]);
    const none = await province.get(`/quan-tri/bai-viet/${provinceArticle}/de-xuat`);
    expect(none.text).toContain('không trực thuộc trang nào');
    expect(
      (await province.post('/quan-tri/tin-co-so/999999/nhan', { sectionId: '1' })).status,
    ).toBe(404);
  });
});
