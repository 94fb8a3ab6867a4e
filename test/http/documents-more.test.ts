import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeStaff, manualClock } from '../support/staff.ts';
import { testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';
import { enterDocument, type DocAgent } from '../support/document-fixtures.ts';
import { addSite } from '../support/sites.ts';

/**
 * Văn bản beyond the first slice: the site search and typeahead (words of trích yếu, body and
 * files, per site), related documents and the view counter on the record page.
 */
describe.each(dialects)('Văn bản: search, related, views on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  let a: DocAgent;
  const ids: Record<string, number> = {};
  const path = async (key: string) => {
    const d = await t.deps.documents.record(ids[key]!);
    return `/van-ban/${d.slug}-${d.id}`;
  };
  const group = (html: string) =>
    /<section class="search-documents"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';

  beforeAll(async () => {
    const clock = manualClock();
    t = await testApp(dialect, {
      clock: () => clock.now(),
      log: (await import('../../src/lib/log.ts')).createLogger('error'),
    });
    a = await (await makeStaff(t, clock, 'vanthu', 'approver')).login();
    const fields = (await t.deps.documents.ensureLists()).fields;
    const party = fields.find((f) => f.name === 'Xây dựng Đảng')!.id;
    ids.nq = await enterDocument(t, a, {
      number: '57-NQ/TW',
      type: 'Nghị quyết',
      issuer: 'Bộ Chính trị',
      fieldIds: [party],
      summary: 'Về đột phá phát triển khoa học, công nghệ và chuyển đổi số quốc gia',
      pdf: ['NGHI QUYET', 'bang gia dat dien bien phu nam 2026'],
      publish: true,
    });
    ids.other = await enterDocument(t, a, {
      number: '109-QC/TW',
      type: 'Quy chế',
      issuer: 'Ban Chấp hành Trung ương',
      summary: 'Quy chế làm việc khác',
      pdf: ['QUY CHE', 'noi dung khac'],
      publish: true,
    });
    ids.fieldmate = await enterDocument(t, a, {
      number: '15-HD/BTGDVTU',
      type: 'Hướng dẫn',
      issuer: 'Ban Tuyên giáo và Dân vận Tỉnh ủy',
      summary: 'Hướng dẫn học tập nghị quyết',
      pdf: ['HUONG DAN', 'hoc tap'],
      fieldIds: [party],
      signer: ['KT', 'Phó Trưởng ban', 'Nguyễn Thị C'],
      publish: true,
    });
    ids.draft = await enterDocument(t, a, {
      number: '12-CV/TU',
      type: 'Công văn',
      issuer: 'Tỉnh ủy',
      summary: 'Công văn còn là bản nháp',
      pdf: ['CONG VAN', 'ban nhap chua dang bang gia'],
      publish: false,
    });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('pre-fills type and issuer from the number as typed, keeping everything else', async () => {
    const lists = await t.deps.documents.ensureLists();
    await a.get('/quan-tri/van-ban/moi');
    const r = await a.post('/quan-tri/van-ban/moi', {
      _prefill: '1',
      number: '399-QĐ/TW',
      summary: 'Trích yếu đang gõ',
      typeId: '',
      issuerId: '',
    });
    expect(r.status).toBe(200);
    const selected = (name: string) =>
      new RegExp(`<select id="f-${name}"[\\s\\S]*?</select>`)
        .exec(r.text)![0]
        .match(/<option value="(\d+)"[^>]*selected/)?.[1];
    // "QĐ" suggests Quyết định (the clerk changes it for a Quy định); "TW" the first such issuer.
    const type = lists.types.find((x) => x.id === Number(selected('typeId')));
    expect(type?.name).toBe('Quyết định');
    expect(lists.issuers.find((x) => x.id === Number(selected('issuerId')))?.code).toBe('TW');
    expect(r.text).toContain('Trích yếu đang gõ');
    // Nothing was saved by the pre-fill.
    expect((await t.deps.documents.adminList(1)).items.map((d) => d.number)).not.toContain(
      '399-QĐ/TW',
    );
  });

  it('gives the optional body a table of contents from its headings', async () => {
    const id = await enterDocument(t, a, {
      number: '03-QĐ/TU',
      type: 'Quy định',
      issuer: 'Tỉnh ủy',
      summary: 'Quy định có nội dung toàn văn',
      pdf: ['QUY DINH toan van'],
      publish: true,
      extra: {
        body: '<h2>Chương I. Quy định chung</h2><p>Điều 1.</p><h2>Chương II. Tổ chức thực hiện</h2><p>Điều 2.</p><script>alert(1)</script>',
      },
    });
    const d = await t.deps.documents.record(id);
    const page = await t.get(`/van-ban/${d.slug}-${d.id}`);
    const toc = /<nav aria-label="Mục lục"[\s\S]*?<\/nav>/.exec(page.text)![0];
    expect(toc).toContain('<a href="#muc-1">Chương I. Quy định chung</a>');
    expect(toc).toContain('<a href="#muc-2">Chương II. Tổ chức thực hiện</a>');
    expect(page.text).toContain('<h2 id="muc-2">Chương II. Tổ chức thực hiện</h2>');
    expect(page.text).not.toContain('<script>alert(1)');
  });

  it('finds a document by words of its PDF, in any order, folded, on /tim-kiem', async () => {
    for (const q of ['bảng giá đất Điện Biên Phủ', 'phủ điện biên giá', 'DIEN BIEN', '"giá đất"']) {
      const r = await t.get(`/tim-kiem?q=${encodeURIComponent(q)}`);
      expect(r.status).toBe(200);
      expect(group(r.text), q).toContain(await path('nq'));
      expect(group(r.text), q).not.toContain(await path('other'));
    }
    // Words of the trích yếu, and the type with a bare number (words, not a number form).
    const words = await t.get(`/tim-kiem?q=${encodeURIComponent('chuyển đổi số khoa học')}`);
    expect(group(words.text)).toContain(await path('nq'));
    const typed = await t.get(`/tim-kiem?q=${encodeURIComponent('nghị quyết 57')}`);
    expect(group(typed.text)).toContain(await path('nq'));
  });

  it('never matches part of a word, a phrase out of order, a draft, or a number inside another', async () => {
    for (const q of ['ien bie', '"phủ biên điện"', 'bản nháp chưa đăng']) {
      const r = await t.get(`/tim-kiem?q=${encodeURIComponent(q)}`);
      expect(r.status).toBe(200);
      expect(group(r.text), q).toBe('');
    }
    const n = await t.get(`/tim-kiem?q=${encodeURIComponent('9 qc tw')}`);
    expect(group(n.text)).toBe('');
  });

  it('suggests documents while typing, by a word begun or a number begun', async () => {
    for (const q of ['chuyển đổi s', 'dien bi', '57-NQ', '57 nq t']) {
      const r = await t.get(`/tim-kiem/goi-y?q=${encodeURIComponent(q)}`);
      expect(r.status).toBe(200);
      const body = JSON.parse(r.text) as { items: { kind: string; title: string; path: string }[] };
      const doc = body.items.find((i) => i.kind === 'van-ban');
      expect(doc?.path, q).toBe(await path('nq'));
      expect(doc?.title).toBe(
        'Nghị quyết số 57-NQ/TW: Về đột phá phát triển khoa học, công nghệ và chuyển đổi số quốc gia',
      );
    }
    const none = await t.get(`/tim-kiem/goi-y?q=${encodeURIComponent('ban nhap chua')}`);
    expect((JSON.parse(none.text) as { items: unknown[] }).items).toEqual([]);
  });

  it("keeps each site's documents to its own search", async () => {
    await addSite(t.db, { slug: 'muong-nhe', name: 'Xã Mường Nhé', pathPrefix: '/xa/muong-nhe' });
    await t.deps.platform.load();
    const r = await t.get(`/xa/muong-nhe/tim-kiem?q=${encodeURIComponent('điện biên phủ')}`);
    expect(r.status).toBe(200);
    expect(group(r.text)).toBe('');
    const s = await t.get(`/xa/muong-nhe/tim-kiem/goi-y?q=${encodeURIComponent('dien bi')}`);
    const items = (JSON.parse(s.text) as { items: { kind: string }[] }).items;
    expect(items.filter((i) => i.kind === 'van-ban')).toEqual([]);
  });

  it('shows other documents of the same field and signer on the record page', async () => {
    const page = await t.get(await path('nq'));
    expect(page.status).toBe(200);
    const field = /<h2 id="h-cung-linh-vuc">[\s\S]*?<\/section>/.exec(page.text)![0];
    expect(field).toContain(await path('fieldmate'));
    expect(field).not.toContain(await path('other'));
    const signer = /<h2 id="h-cung-nguoi-ky">[\s\S]*?<\/section>/.exec(page.text)![0];
    expect(signer).toContain(await path('other'));
    expect(signer).not.toContain(await path('fieldmate'));
    expect(signer).not.toContain(await path('draft'));
    // The draft is never offered, nor the page itself.
    expect(page.text).not.toContain(`/van-ban/${ids.draft}`);
    expect(page.text).not.toContain('id="h-cung-co-quan"');
  });

  it('counts a view once per reader through the page pixel, and not a prefetch', async () => {
    const page = await t.get(await path('nq'));
    const src = /<img src="(\/van-ban\/\d+\/xem\.gif)"/.exec(page.text)![1]!;
    const before = (await t.deps.documents.record(ids.nq!)).views;
    const as = (ua: string, extra: Record<string, string> = {}) =>
      t.app.request(src, { headers: { 'user-agent': ua, ...extra } });
    const first = await as('Reader A');
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('image/gif');
    await as('Reader A');
    await as('Reader B');
    await as('Reader C', { 'sec-purpose': 'prefetch' });
    expect((await t.deps.documents.record(ids.nq!)).views).toBe(before + 2);
    // A draft's pixel counts nothing.
    await t.app.request(`/van-ban/${ids.draft}/xem.gif`, { headers: { 'user-agent': 'Reader D' } });
    expect((await t.deps.documents.record(ids.draft!)).views).toBe(0);
    const again = await t.get(await path('nq'));
    expect(again.text).toMatch(/Lượt xem<\/th>\s*<td>\d+<\/td>/);
  });

  it('renames, reorders and deletes list items, refusing to delete one in use', async () => {
    const docs = t.deps.documents;
    const post = async (path: string, body: Record<string, string>) => {
      await a.get('/quan-tri/van-ban/danh-muc');
      return a.post(`/quan-tri/van-ban/danh-muc/${path}`, body);
    };
    let l = await docs.lists();
    const id = (name: string) => l.types.find((x) => x.name === name)!.id;
    // Rename; a name already on the list is refused.
    expect((await post(`loai/${id('Đề án')}`, { do: 'save', name: 'Đề án, dự án' })).status).toBe(
      303,
    );
    const dup = await post(`loai/${id('Chỉ thị')}`, { do: 'save', name: 'nghị QUYẾT' });
    expect(dup.status).toBe(400);
    expect(dup.text).toContain('Tên này đã có trong danh mục.');
    l = await docs.lists();
    expect(l.types.map((x) => x.name)).toContain('Đề án, dự án');
    // Move "Chỉ thị" above "Nghị quyết".
    expect((await post(`loai/${id('Chỉ thị')}`, { do: 'up', name: 'Chỉ thị' })).status).toBe(303);
    l = await docs.lists();
    expect(l.types.slice(0, 2).map((x) => x.name)).toEqual(['Chỉ thị', 'Nghị quyết']);
    // In use: refused, naming how many documents; unused: deleted.
    const used = await post(`loai/${id('Nghị quyết')}`, { do: 'delete', name: 'Nghị quyết' });
    expect(used.status).toBe(400);
    expect(used.text).toContain('Không xóa được “Nghị quyết”: đang dùng cho 1 văn bản.');
    expect((await post(`loai/${id('Luật')}`, { do: 'delete', name: 'Luật' })).status).toBe(303);
    l = await docs.lists();
    expect(l.types.map((x) => x.name)).not.toContain('Luật');
    expect(l.types.map((x) => x.name)).toContain('Nghị quyết');
    // A field with a child field is kept; an issuer is renamed with its code and place.
    const tg = l.fields.find((f) => f.name === 'Tuyên giáo')!.id;
    expect((await post('linh-vuc', { name: 'Báo chí', parentId: String(tg) })).status).toBe(303);
    const parent = await post(`linh-vuc/${tg}`, { do: 'delete', name: 'Tuyên giáo' });
    expect(parent.text).toContain('lĩnh vực này còn lĩnh vực con');
    const tu = l.issuers.find((i) => i.name === 'Tỉnh ủy')!.id;
    const r = await post(`co-quan/${tu}`, {
      do: 'save',
      name: 'Tỉnh ủy Điện Biên',
      code: 'TU',
      place: 'Điện Biên Phủ',
    });
    expect(r.status).toBe(303);
    expect((await docs.lists()).issuers.find((i) => i.id === tu)).toMatchObject({
      name: 'Tỉnh ủy Điện Biên',
      place: 'Điện Biên Phủ',
    });
    expect((await post('loai/99999999', { do: 'delete', name: 'x' })).status).toBe(404);
  });
});
