import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeStaff, manualClock, type TestStaff } from '../support/staff.ts';
import { testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';
import { textPdf } from '../support/document-fixtures.ts';
import { addSite } from '../support/sites.ts';
import { withSite } from '../../src/db/site-scope.ts';
import { articleRepository } from '../../src/modules/article/article.repository.ts';

type Agent = Awaited<ReturnType<TestStaff['login']>>;

/** The five real-shaped documents of the "Done when", each with its own PDF. */
const FIVE = [
  {
    key: 'nq',
    number: '57-NQ/TW',
    type: 'Nghị quyết',
    issuer: 'Bộ Chính trị',
    issuedOn: '22/12/2024',
    summary:
      'Về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia',
    pdf: [
      'NGHI QUYET cua Bo Chinh tri',
      've dot pha phat trien khoa hoc cong nghe va chuyen doi so quoc gia',
    ],
    signer: ['TM', 'Tổng Bí thư', 'Tô Lâm'],
  },
  {
    key: 'old',
    number: '08-QĐi/TW',
    type: 'Quy định',
    issuer: 'Ban Chấp hành Trung ương',
    issuedOn: '25/10/2018',
    summary: 'Quy định về trách nhiệm nêu gương của cán bộ, đảng viên (bản cũ)',
    pdf: ['QUY DINH trach nhiem neu guong', 'ban cu nam hai nghin muoi tam'],
    signer: ['TM', 'Thường trực Ban Bí thư', 'Trần Quốc Vượng'],
  },
  {
    key: 'qc',
    number: '09-QC/TW',
    type: 'Quy chế',
    issuer: 'Ban Chấp hành Trung ương',
    issuedOn: '05/01/2026',
    summary: 'Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí thư',
    pdf: ['QUY CHE lam viec', 'phan cong nhiem vu cua thuong truc ban bi thu'],
    signer: ['TM', 'Tổng Bí thư', 'Tô Lâm'],
    replaces: 'old',
  },
  {
    key: 'qd',
    number: '01/2026/QĐ-UBND',
    type: 'Quyết định',
    issuer: 'Ủy ban nhân dân tỉnh',
    issuedOn: '12/02/2026',
    summary: 'Ban hành quy định phân cấp quản lý nhà nước về giá trên địa bàn tỉnh',
    pdf: ['QUYET DINH phan cap quan ly gia', 'bang gia dat dien bien phu nam 2026'],
    signer: ['KT', 'Phó Chủ tịch', 'Lò Văn Cương'],
  },
  {
    key: 'ttlt',
    number: '19/2012/TTLT-BTC-BKH&ĐT-BTTTT',
    type: 'Thông tư liên tịch',
    issuer: 'Chính phủ',
    issuedOn: '15/02/2012',
    summary:
      'Hướng dẫn quản lý và sử dụng kinh phí thực hiện chương trình quốc gia về ứng dụng công nghệ thông tin',
    pdf: ['THONG TU LIEN TICH', 'kinh phi ung dung cong nghe thong tin trong co quan nha nuoc'],
    signer: ['KT', 'Thứ trưởng', 'Nguyễn Văn A'],
  },
  {
    key: 'messy',
    number: '06/2022-QH15',
    type: 'Báo cáo',
    issuer: 'Quốc hội',
    issuedOn: '10/06/2022',
    summary: 'Báo cáo kết quả giám sát (số ghi như bản gốc)',
    pdf: ['BAO CAO ket qua giam sat', 'so ky hieu ghi nhu ban goc luu tru'],
    signer: ['', 'Chủ nhiệm', 'Nguyễn Văn B'],
    reason: 'Số in trên bản gốc lưu trữ, giữ nguyên',
  },
  {
    key: 'other',
    number: '109-QC/TW',
    type: 'Quy chế',
    issuer: 'Ban Chấp hành Trung ương',
    issuedOn: '01/03/2025',
    summary: 'Một quy chế khác có số gần giống',
    pdf: ['QUY CHE khac', 'noi dung khong lien quan'],
    signer: ['TM', 'Tổng Bí thư', 'Tô Lâm'],
  },
] as const;

describe.each(dialects)('Văn bản (document registry) on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  let clock: ReturnType<typeof manualClock>;
  let approver: TestStaff;
  let a: Agent;
  const ids: Record<string, number> = {};
  const pdfs: Record<string, Buffer> = {};

  async function enter(d: (typeof FIVE)[number], extra: Record<string, string> = {}) {
    const lists = await t.deps.documents.ensureLists();
    const typeId = lists.types.find((x) => x.name === d.type)!.id;
    const issuerId = lists.issuers.find((x) => x.name === d.issuer)!.id;
    await a.get('/quan-tri/van-ban/moi');
    const f = new FormData();
    f.set('number', d.number);
    f.set('typeId', String(typeId));
    f.set('issuerId', String(issuerId));
    f.set('issuedOn', d.issuedOn);
    f.set('summary', d.summary);
    f.set('effect', 'in-force');
    f.set('scope', 'public');
    f.set('signerAuthority', d.signer[0]);
    f.set('signerTitle', d.signer[1]);
    f.set('signerName', d.signer[2]);
    if ('reason' in d) f.set('numberReason', d.reason);
    if ('replaces' in d) f.append('relations', `replaces:${ids[d.replaces]}`);
    for (const [k, v] of Object.entries(extra)) f.set(k, v);
    const bytes = textPdf([[...d.pdf], ['trang 2']]);
    pdfs[d.key] = bytes;
    f.set(
      'file',
      new File([new Uint8Array(bytes)], `${d.key} bản ký số.pdf`, { type: 'application/pdf' }),
    );
    const r = await a.multipart('/quan-tri/van-ban/moi', f);
    expect(r.status, r.text.slice(0, 2000)).toBe(303);
    const id = Number(/\/quan-tri\/van-ban\/(\d+)/.exec(r.location ?? '')![1]);
    ids[d.key] = id;
    return id;
  }

  async function move(id: number, step: string, note = '') {
    await a.get(`/quan-tri/van-ban/${id}`);
    return a.post(`/quan-tri/van-ban/${id}/chuyen`, { t: step, note });
  }

  async function publish(id: number) {
    for (const s of ['submit', 'approve', 'publish']) expect((await move(id, s)).status).toBe(303);
  }

  beforeAll(async () => {
    clock = manualClock();
    t = await testApp(dialect, {
      clock: () => clock.now(),
      log: (await import('../../src/lib/log.ts')).createLogger('error'),
    });
    approver = await makeStaff(t, clock, 'vanthu', 'approver');
    a = await approver.login();
    for (const d of FIVE) await publish(await enter(d));
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('keeps each number as typed with its parts, and the unrecognised one with the reason in the audit', async () => {
    const qd = await t.deps.documents.record(ids.qd!);
    expect([
      qd.number,
      qd.numberForm,
      qd.numberSeq,
      qd.numberTypeCode,
      qd.numberIssuerCode,
      qd.numberYear,
    ]).toEqual(['01/2026/QĐ-UBND', 'state', '01', 'QĐ', 'UBND', 2026]);
    const old = await t.deps.documents.record(ids.old!);
    expect([old.numberForm, old.numberTypeCode, old.typeName]).toEqual([
      'party',
      'QĐi',
      'Quy định',
    ]);
    const messy = await t.deps.documents.record(ids.messy!);
    expect([messy.number, messy.numberForm]).toEqual(['06/2022-QH15', 'unknown']);
    const audit = await t.deps.audit.list({ limit: 200 });
    const rec = audit.find((e) => e.action === 'document.number_unrecognised');
    expect(rec?.summary).toContain('Số in trên bản gốc lưu trữ, giữ nguyên');
    expect(audit.filter((e) => e.action === 'document.publish').length).toBe(FIVE.length);
  });

  it('refuses an unrecognised number without a reason, keeping what was typed', async () => {
    await a.get('/quan-tri/van-ban/moi');
    const lists = await t.deps.documents.lists();
    const f = new FormData();
    f.set('number', '4263');
    f.set('typeId', String(lists.types[0]!.id));
    f.set('issuerId', String(lists.issuers[0]!.id));
    f.set('issuedOn', '01/01/2026');
    f.set('summary', 'Trích yếu được giữ lại');
    f.set('effect', 'in-force');
    f.set('scope', 'public');
    f.set('signerAuthority', '');
    const r = await a.multipart('/quan-tri/van-ban/moi', f);
    expect(r.status).toBe(400);
    expect(r.text).toContain('không đúng mẫu');
    expect(r.text).toContain('Trích yếu được giữ lại');
  });

  it('finds each document by its number in three spellings, exact first, never 109-QC/TW for 09-QC/TW', async () => {
    const spellings: Record<string, string[]> = {
      nq: ['57-NQ/TW', '57 nq tw', '57/nq-TW'],
      qc: ['09-QC/TW', '9 qc tw', '09 QC/TW'],
      old: ['08-QĐi/TW', '8 qdi tw', '08-qđi-tw'],
      qd: ['01/2026/QĐ-UBND', '1/2026/qd-ubnd', '01 2026 QD UBND'],
      ttlt: [
        '19/2012/TTLT-BTC-BKH&ĐT-BTTTT',
        '19 2012 ttlt btc bkh&dt btttt',
        '19/2012/ttlt-btc-bkh & đt-btttt',
      ],
      messy: ['06/2022-QH15', '6 2022 qh15', '06/2022/QH15'],
    };
    for (const [key, forms] of Object.entries(spellings)) {
      const d = await t.deps.documents.record(ids[key]!);
      for (const q of forms) {
        const r = await t.get(`/van-ban?q=${encodeURIComponent(q)}`);
        expect(r.status).toBe(200);
        expect(r.text, `${q} → ${d.number}`).toContain(`/van-ban/${d.slug}-${d.id}`);
      }
    }
    const r = await t.get(`/van-ban?q=${encodeURIComponent('09-QC/TW')}`);
    const other = await t.deps.documents.record(ids.other!);
    const table = /<table class="data doc-table">[\s\S]*?<\/table>/.exec(r.text)![0];
    expect(table).toContain('>09-QC/TW<');
    expect(table).not.toContain(`-${other.id}"`);
    expect(r.text).toContain('1 văn bản.');
  });

  it('finds each document by a phrase inside its PDF', async () => {
    // Phrases whose words are only in each PDF, never in the record's own fields.
    const phrases: Record<string, string> = {
      nq: 'nghị quyết của Bộ Chính trị',
      old: 'bản cũ năm hai nghìn mười tám',
      qc: 'phân công nhiệm vụ',
      qd: 'bảng giá đất Điện Biên Phủ',
      ttlt: 'trong cơ quan nhà nước',
      messy: 'bản gốc lưu trữ',
    };
    for (const [key, phrase] of Object.entries(phrases)) {
      const r = await t.get(`/van-ban?q=${encodeURIComponent(phrase)}`);
      const d = await t.deps.documents.record(ids[key]!);
      expect(r.text, phrase).toContain(`/van-ban/${d.slug}-${d.id}`);
      expect(r.text, phrase).toContain('1 văn bản.');
    }
  });

  it('shows the record with its formal line, signer and both sides of "thay thế"', async () => {
    const qc = await t.deps.documents.record(ids.qc!);
    const old = await t.deps.documents.record(ids.old!);
    const page = await t.get(`/van-ban/${qc.slug}-${qc.id}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Số: 09-QC/TW');
    expect(page.text).toContain('Hà Nội, ngày 05 tháng 01 năm 2026');
    expect(page.text).toContain('T/M Tổng Bí thư');
    expect(page.text).toContain(`Thay thế: <a href="/van-ban/${old.slug}-${old.id}">08-QĐi/TW</a>`);
    expect(page.text).toContain('"@type":"Legislation"');
    const oldPage = await t.get(`/van-ban/${old.slug}-${old.id}`);
    expect(oldPage.text).toContain(
      `Bị thay thế bởi: <a href="/van-ban/${qc.slug}-${qc.id}">09-QC/TW</a>`,
    );
  });

  it('serves the PDF byte-identical, inline in a frame of this site, counting a download once per reader', async () => {
    const qc = await t.deps.documents.record(ids.qc!);
    const files = await t.deps.documents.files(qc.id);
    expect(files[0]!.pages).toBe(2);
    const page = await t.get(`/van-ban/${qc.slug}-${qc.id}`);
    const src = /<iframe[^>]+src="([^"]+)"/.exec(page.text)![1]!;
    const inline = await t.app.request(src.replace(/&amp;/g, '&'));
    expect(inline.status).toBe(200);
    expect(inline.headers.get('content-type')).toBe('application/pdf');
    expect(inline.headers.get('content-disposition')).toMatch(/^inline;/);
    expect(inline.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    expect(Buffer.from(await inline.arrayBuffer()).equals(pdfs.qc!)).toBe(true);
    const dl = `${src}?tai-ve=1`;
    const headers = { 'user-agent': 'Reader A' };
    const first = await t.app.request(dl, { headers });
    expect(first.headers.get('content-disposition')).toMatch(
      /^attachment; filename="van-ban-\d+-1\.pdf"; filename\*=UTF-8''/,
    );
    expect(Buffer.from(await first.arrayBuffer()).equals(pdfs.qc!)).toBe(true);
    await t.app.request(dl, { headers });
    await t.app.request(dl, { headers: { 'user-agent': 'Reader B' } });
    expect((await t.deps.documents.files(qc.id))[0]!.downloads).toBe(2);
    // Other pages keep frame-ancestors 'none'.
    expect((await t.app.request('/van-ban')).headers.get('content-security-policy')).toContain(
      "frame-ancestors 'none'",
    );
  });

  it('refuses to publish a document marked "Mật", with a clear message, and never shows it', async () => {
    const id = await enter(
      {
        key: 'secret',
        number: '12-CV/TU',
        type: 'Công văn',
        issuer: 'Tỉnh ủy',
        issuedOn: '03/03/2026',
        summary: 'Công văn mật',
        pdf: ['MAT', 'noi dung mat tuyet doi'],
        signer: ['', '', ''],
      } as unknown as (typeof FIVE)[number],
      { scope: 'secret' },
    );
    expect((await move(id, 'submit')).status).toBe(303);
    const r = await move(id, 'approve');
    expect(r.status).toBe(400);
    expect(r.text).toContain('Văn bản có phạm vi “Mật” không được đăng lên trang công khai');
    expect((await t.deps.documents.record(id)).status).toBe('review');
    const d = await t.deps.documents.record(id);
    expect((await t.get(`/van-ban/${d.slug}-${d.id}`)).status).toBe(404);
    expect((await t.get('/van-ban/' + id + '/tep/1/x.pdf')).status).toBe(404);
    expect((await t.get(`/van-ban?q=${encodeURIComponent('noi dung mat')}`)).text).toContain(
      '0 văn bản.',
    );
  });

  it('filters the list by type, issuer, signer, year, dates and effect with a GET form', async () => {
    const lists = await t.deps.documents.lists();
    const type = lists.types.find((x) => x.name === 'Quy chế')!.id;
    const byType = await t.get(`/van-ban?loai=${type}`);
    expect(byType.text).toContain('2 văn bản.');
    const year = await t.get('/van-ban?nam=2026');
    expect(year.text).toContain('2 văn bản.');
    const range = await t.get('/van-ban?tu-ngay=01/01/2018&den-ngay=31/12/2018');
    expect(range.text).toContain('1 văn bản.');
    const signer = await t.get(`/van-ban?nguoi-ky=${encodeURIComponent('tô lâm')}`);
    expect(signer.text).toContain('3 văn bản.');
    const junk = await t.get(
      '/van-ban?loai=abc&nam=99999&tu-ngay=32/13/2020&hieu-luc=x&trang=-1&co-quan=0',
    );
    expect(junk.status).toBe(200);
  });

  it('lists the newest documents in RSS and the sitemap', async () => {
    const rss = await t.get('/rss/van-ban');
    expect(rss.status).toBe(200);
    expect(rss.text).toContain('Quy chế số 09-QC/TW');
    const sm = await t.get('/sitemaps/van-ban.xml');
    expect(sm.text).toContain(`/van-ban/`);
    expect((await t.get('/sitemap.xml')).text).toContain('/sitemaps/van-ban.xml');
  });

  it('links a number mentioned in an article body to its record, and only a known one', async () => {
    const sections = await t.deps.site.sections();
    const repo = articleRepository(t.db);
    const aid = await repo.insert({
      sectionId: sections.find((x) => x.slug === 'van-ban')!.id,
      slug: 'trien-khai-nghi-quyet',
      title: 'Triển khai nghị quyết về chuyển đổi số',
      lead: 'Tóm tắt',
      bodyHtml:
        '<p>Thực hiện Nghị quyết số 57-NQ/TW và Kế hoạch 999-KH/TU; xem <a href="/x">57-NQ/TW</a>.</p>',
      byline: 'Tin: PV',
      status: 'published',
      publishedAt: new Date(clock.now().getTime() - 3600_000),
      readCount: 0,
      featured: false,
      imageId: null,
    });
    const nq = await t.deps.documents.record(ids.nq!);
    const page = await t.get(`/van-ban/trien-khai-nghi-quyet-${aid}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain(
      `Nghị quyết số <a href="/van-ban/${nq.slug}-${nq.id}" class="doc-ref">57-NQ/TW</a>`,
    );
    expect(page.text).toContain('Kế hoạch 999-KH/TU;');
    expect(page.text).toContain('<a href="/x">57-NQ/TW</a>');
  });

  it('shows "Văn bản mới" in the sidebar and documents grouped in the site search', async () => {
    const home = await t.get('/');
    expect(home.text).toContain('Văn bản mới');
    expect(home.text).toContain('Quy chế số 09-QC/TW');
    const s = await t.get(`/tim-kiem?q=${encodeURIComponent('9 qc tw')}`);
    expect(s.status).toBe(200);
    expect(s.text).toContain('<h2 id="tk-van-ban">Văn bản</h2>');
    expect(s.text).toContain('<h3>Quy chế</h3>');
    const qc = await t.deps.documents.record(ids.qc!);
    const other = await t.deps.documents.record(ids.other!);
    const group = /<section class="search-documents"[\s\S]*?<\/section>/.exec(s.text)![0];
    expect(group).toContain(`/van-ban/${qc.slug}-${qc.id}`);
    expect(group).not.toContain(`/van-ban/${other.slug}-${other.id}`);
  });

  it('narrows the site search to documents or to articles, the choice kept in the address', async () => {
    const q = encodeURIComponent('9 qc tw');
    const docs = await t.get(`/tim-kiem?q=${q}&loai=van-ban`);
    expect(docs.status).toBe(200);
    expect(docs.text).toContain('<h2 id="tk-van-ban">Văn bản</h2>');
    expect(docs.text).not.toContain('class="search-results"');
    expect(docs.text).not.toContain('id="tk-ket-qua"');
    expect(docs.text).toContain('<option value="van-ban" selected="">Văn bản</option>');
    expect(docs.text).toContain(
      `<a href="/tim-kiem?q=9+qc+tw&amp;loai=van-ban" aria-current="page">Văn bản</a>`,
    );
    const articles = await t.get(`/tim-kiem?q=${q}&loai=bai-viet`);
    expect(articles.status).toBe(200);
    expect(articles.text).not.toContain('id="tk-van-ban"');
    // The other filters stay in the kind links (and the page links: the same address builder).
    const filtered = await t.get(`/tim-kiem?q=${q}&chuyen-muc=tin-trong-tinh`);
    expect(filtered.text).toContain(
      '<a href="/tim-kiem?q=9+qc+tw&amp;chuyen-muc=tin-trong-tinh&amp;loai=bai-viet">Bài viết</a>',
    );
    const none = await t.get(
      `/tim-kiem?q=${encodeURIComponent('không có văn bản này xyzw')}&loai=van-ban`,
    );
    expect(none.text).toContain(
      'Không tìm thấy văn bản nào phù hợp với “không có văn bản này xyzw”.',
    );
    const bad = await t.get(`/tim-kiem?q=${q}&loai=anh`);
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Loại kết quả không hợp lệ.');
  });

  it('corrects a published document and withdraws it (410), each step in the audit', async () => {
    const d = await t.deps.documents.record(ids.messy!);
    expect((await move(d.id, 'withdraw')).status).toBe(400);
    expect((await move(d.id, 'withdraw', 'Ban hành nhầm')).status).toBe(303);
    expect((await t.get(`/van-ban/${d.slug}-${d.id}`)).status).toBe(410);
    expect((await t.get(`/van-ban/${d.id}/tep/1/x.pdf`)).status).toBe(404);
    const actions = (await t.deps.audit.list({ limit: 300 })).map((e) => e.action);
    expect(actions).toContain('document.withdraw');
  });

  it("keeps each site's documents to itself", async () => {
    const commune = await addSite(t.db, {
      slug: 'muong-nhe',
      name: 'Xã Mường Nhé',
      pathPrefix: '/xa/muong-nhe',
    });
    await t.deps.platform.load();
    const qc = await t.deps.documents.record(ids.qc!);
    const list = await t.get('/xa/muong-nhe/van-ban');
    expect(list.status).toBe(200);
    expect(list.text).toContain('0 văn bản.');
    expect(list.text).not.toContain('09-QC/TW');
    expect((await t.get(`/xa/muong-nhe/van-ban/${qc.slug}-${qc.id}`)).status).not.toBe(200);
    expect((await t.get(`/xa/muong-nhe/van-ban/${qc.id}/tep/1/a.pdf`)).status).toBe(404);
    expect((await t.get(`/xa/muong-nhe/van-ban?q=09-QC/TW`)).text).toContain('0 văn bản.');
    await expect(withSite(commune.id, () => t.deps.documents.record(qc.id))).rejects.toThrow();
    // A public page creates nothing; the commune's own lists are made by its back office.
    expect((await withSite(commune.id, () => t.deps.documents.lists())).types).toEqual([]);
    const lists = await withSite(commune.id, () => t.deps.documents.ensureLists());
    const province = await t.deps.documents.lists();
    expect(lists.types.map((x) => x.id)).not.toEqual(province.types.map((x) => x.id));
  });

  it('refuses hostile form input with Vietnamese messages, never a 500, and saves nothing', async () => {
    const lists = await t.deps.documents.lists();
    const before = (await t.deps.documents.adminList(1)).total;
    const base: Record<string, string> = {
      number: '10-NQ/TU',
      typeId: String(lists.types[0]!.id),
      issuerId: String(lists.issuers[0]!.id),
      issuedOn: '01/01/2026',
      summary: 'Thử',
      effect: 'in-force',
      scope: 'public',
      signerAuthority: '',
    };
    const cases: [Record<string, string>, Blob | undefined, string][] = [
      [{ scope: 'mat-lam' }, undefined, 'Hãy chọn phạm vi.'],
      [{ effect: '__proto__' }, undefined, 'Hãy chọn tình trạng hiệu lực.'],
      [{ typeId: '99999999' }, undefined, 'Hãy chọn loại văn bản.'],
      [{ issuerId: '-1' }, undefined, 'Hãy chọn cơ quan ban hành.'],
      [{ issuedOn: '31/02/2026' }, undefined, 'Ngày ban hành không hợp lệ'],
      [{ number: 'x'.repeat(5000) }, undefined, 'Tối đa 80 ký tự.'],
      [{ summary: '' }, undefined, 'Vui lòng nhập trích yếu nội dung.'],
      [{ signerAuthority: 'VUA' }, undefined, 'Thẩm quyền ký không hợp lệ.'],
      [
        { relations: 'replaces:999999' },
        undefined,
        'Văn bản liên quan đã chọn không có trên trang này.',
      ],
      [{ fieldIds: '0' }, undefined, 'Lĩnh vực đã chọn không còn trong danh mục.'],
      [
        {},
        new Blob(['<html><script>alert(1)</script></html>']),
        'Chỉ nhận tệp PDF, DOC, DOCX hoặc ODT',
      ],
      [{}, new Blob([Buffer.from('MZ\x90\x00 not a pdf')]), 'Chỉ nhận tệp PDF, DOC, DOCX hoặc ODT'],
    ];
    for (const [over, file, message] of cases) {
      await a.get('/quan-tri/van-ban/moi');
      const f = new FormData();
      for (const [k, v] of Object.entries({ ...base, ...over })) f.set(k, v);
      if (file) f.set('file', new File([file], 'tep.pdf', { type: 'application/pdf' }));
      const r = await a.multipart('/quan-tri/van-ban/moi', f);
      expect(r.status, JSON.stringify(over)).toBe(400);
      expect(r.text).toContain(message);
    }
    expect((await t.deps.documents.adminList(1)).total).toBe(before);
    expect((await a.get('/quan-tri/van-ban/2147483647')).status).toBe(404);
    expect((await a.get('/quan-tri/van-ban/1/tep/999')).status).toBe(404);
    expect((await t.get('/van-ban/999999/tep/1/a.pdf')).status).toBe(404);
    expect((await t.get('/van-ban/khong-co-999999')).status).toBe(404);
  });

  it('lets a reporter enter and submit, but not approve, publish or touch the lists', async () => {
    const reporter = await makeStaff(t, clock, 'phongvien', 'reporter');
    const r = await reporter.login();
    expect((await r.get('/quan-tri/van-ban')).status).toBe(200);
    expect((await r.get('/quan-tri/van-ban/danh-muc')).status).toBe(403);
    const qc = await t.deps.documents.record(ids.qc!);
    await r.get('/quan-tri/van-ban');
    const w = await r.post(`/quan-tri/van-ban/${qc.id}/chuyen`, { t: 'withdraw', note: 'x' });
    expect(w.status).toBe(403);
    expect((await t.deps.documents.record(qc.id)).status).toBe('published');
    const edit = await r.post(`/quan-tri/van-ban/${qc.id}`, { number: '1-QC/TW' });
    expect(edit.status).toBe(403);
  });
});
