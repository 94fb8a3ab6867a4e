import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeStaff, manualClock, type TestStaff } from '../support/staff.ts';
import { testApp } from '../support/test-app.ts';

const SYSTEM_ACTOR = { id: null, name: 'Kiểm thử', ip: '127.0.0.1', userAgent: 'vitest' };
import { dialects } from '../support/test-db.ts';

const hrefs = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => m[1]!);

describe.each(dialects)('the administrative map and unit pages on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  let clock: ReturnType<typeof manualClock>;
  let admin: TestStaff;
  let editor: TestStaff;
  let reporter: TestStaff;

  beforeAll(async () => {
    clock = manualClock();
    t = await testApp(dialect, { clock: () => clock.now() });
    admin = await makeStaff(t, clock, 'quantri', 'admin');
    editor = await makeStaff(t, clock, 'bientap', 'editor', ['tin-trong-tinh']);
    reporter = await makeStaff(t, clock, 'phongvien', 'reporter', ['tin-trong-tinh']);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('draws the 45 units with names and codes, each linked from the map and from the list', async () => {
    const res = await t.get('/ban-do');
    expect(res.status).toBe(200);
    const figure = res.text.slice(
      res.text.indexOf('<figure class="bigmap">'),
      res.text.indexOf('</figure>'),
    );
    const table = res.text.slice(
      res.text.indexOf('<table class="units">'),
      res.text.indexOf('</table>'),
    );
    const fromMap = hrefs(figure, /<a href="(\/ban-do\/[a-z0-9-]+-\d{5})"/g);
    const fromList = hrefs(table, /<a href="(\/ban-do\/[a-z0-9-]+-\d{5})"/g);
    expect(fromMap).toHaveLength(45);
    expect(new Set(fromMap).size).toBe(45);
    expect(new Set(fromList)).toEqual(new Set(fromMap));
    expect(hrefs(table, /<tr id="dv-(\d{5})">/g)).toHaveLength(45);
    expect(hrefs(figure, /<text [^>]*>([^<]+)<\/text>/g)).toHaveLength(45);
    expect(figure).toContain('aria-label="Xã Mường Nhé"');
    expect(figure).toContain('Ranh giới hành chính: Bản đồ tham khảo ĐVHC');
    for (const u of t.deps.map.units) {
      expect(table).toContain(`<td>${u.code}</td>`);
      expect(table).toContain(`>${u.fullName}</a>`);
    }
    // The sidebar's mini-map links to the unit pages too.
    const home = await t.get('/');
    const mini = /<svg class="minimap"[\s\S]*?<\/svg>/.exec(home.text)![0];
    expect(new Set(hrefs(mini, /<a href="([^"]+)"/g))).toEqual(new Set(fromMap));
  });

  it('answers every unit page with its facts', async () => {
    for (const u of t.deps.map.units) {
      const res = await t.get(u.href);
      expect(res.status, u.href).toBe(200);
      expect(res.text).toContain(`<h1 id="unit-title" class="page-title">${u.fullName}</h1>`);
      expect(res.text).toContain(`<dd>${u.code}</dd>`);
      expect(res.text).toContain(`<dd>${u.type === 'phường' ? 'Phường' : 'Xã'}</dd>`);
      expect(res.text).toContain(
        `<link rel="canonical" href="https://dangbo.example.vn${u.href}"/>`,
      );
    }
    const nhe = await t.get('/ban-do/xa-muong-nhe-03160');
    expect(nhe.text).toContain('<dd>489,47 km²</dd>');
    expect(nhe.text).toContain('<li>xã Chung Chải</li>');
    expect(nhe.text).toContain(
      'Nghị quyết 1661/NQ-UBTVQH15 (16/6/2025), Điều 1 khoản 1; hiệu lực 01/7/2025',
    );
    expect(nhe.text).toContain('Ranh giới hành chính: Bản đồ tham khảo ĐVHC');
  });

  it('keeps the name traps straight: the new xã Mường Chà is not the old thị trấn', async () => {
    const chà = t.deps.map.units.find((u) => u.code === '03166')!;
    const res = await t.get(chà.href);
    for (const f of ['xã Chà Cang', 'xã Chà Nưa', 'xã Nậm Tin', 'xã Pa Tần'])
      expect(res.text).toContain(`<li>${f}</li>`);
    expect(res.text).not.toContain('<li>thị trấn Mường Chà</li>');
    expect(res.text).toMatch(
      /Lưu ý: thị trấn Mường Chà \(trước ngày 01\/7\/2025\) nay thuộc <a href="\/ban-do\/xa-na-sang-03172">Xã Na Sang<\/a>/,
    );
    const naSang = await t.get('/ban-do/xa-na-sang-03172');
    expect(naSang.text).toContain('<li>thị trấn Mường Chà</li>');
    const muongThanh = await t.get('/ban-do/phuong-muong-thanh-03334');
    expect(muongThanh.text).toContain('phường Mường Thanh (trước ngày 01/7/2025) nay thuộc');
  });

  it('redirects short and stale addresses to the canonical one, and 404s unknown codes', async () => {
    for (const p of ['/ban-do/03160', '/ban-do/muong-nhe-03160']) {
      const res = await t.app.request(p);
      expect(res.status, p).toBe(301);
      expect(res.headers.get('location')).toBe('/ban-do/xa-muong-nhe-03160');
    }
    expect((await t.app.request('/ban-do/03160?trang=2')).headers.get('location')).toBe(
      '/ban-do/xa-muong-nhe-03160?trang=2',
    );
    expect((await t.get('/ban-do/xa-khong-co-99999')).status).toBe(404);
    expect((await t.get('/ban-do/xa-muong-nhe-03160?trang=9')).status).toBe(404);
  });

  it('lists the published articles tagged with a place, and the article links its places', async () => {
    const phang = await t.get('/ban-do/xa-muong-phang-03325');
    expect(phang.text).toContain(
      'Đoàn công tác Ban Thường vụ Tỉnh ủy làm việc với Đảng ủy xã Mường Phăng',
    );
    expect(phang.text).toContain('Khu di tích Sở Chỉ huy Chiến dịch Điện Biên Phủ');
    const articlePath = /<a href="(\/[a-z-]+\/doan-cong-tac-[a-z0-9-]+-\d+)">/.exec(
      phang.text,
    )![1]!;
    const article = await t.get(articlePath);
    expect(article.text).toMatch(
      /<p class="tags places"><span>Địa danh: <\/span><a href="\/ban-do\/xa-muong-phang-03325">Xã Mường Phăng<\/a><\/p>/,
    );
    // An untagged unit says so.
    expect((await t.get('/ban-do/xa-sin-chai-03226')).text).toContain(
      'Chưa có tin bài nào được gắn với Xã Sín Chải.',
    );
  });

  it('pages the tagged articles ten at a time', async () => {
    const all = await t.deps.articles.home();
    const ids = [
      ...new Set([...all.latest, ...all.featured, ...all.mostRead].map((a) => a.id)),
    ].slice(0, 12);
    // Each article's own places are put back afterwards: other tests rely on the seeded tags.
    const before = new Map<number, string[]>();
    for (const id of ids)
      before.set(
        id,
        (await t.deps.places.placesOf(id)).map((u) => u.code),
      );
    try {
      for (const id of ids) await t.deps.places.setPlaces(SYSTEM_ACTOR, id, ['03172']);
      const first = await t.get('/ban-do/xa-na-sang-03172');
      expect(first.text.match(/<article class="teaser">/g)).toHaveLength(10);
      expect(first.text).toContain('href="/ban-do/xa-na-sang-03172?trang=2"');
      const second = await t.get('/ban-do/xa-na-sang-03172?trang=2');
      expect(second.status).toBe(200);
      expect(second.text.match(/<article class="teaser">/g)).toHaveLength(ids.length - 10);
    } finally {
      for (const [id, codes] of before) await t.deps.places.setPlaces(SYSTEM_ACTOR, id, codes);
    }
  });

  it('an editor tags an article of a section they hold; others may not', async () => {
    const list = await t.deps.articles.sectionPage('tin-trong-tinh', 1);
    const target = list!.list.items.find((a) =>
      a.title.startsWith('Người trồng cà phê Mường Ảng'),
    )!;
    const a = await editor.login();
    const form = await a.get(`/quan-tri/bai-viet/${target.id}/dia-danh`);
    expect(form.status).toBe(200);
    expect(form.text.match(/type="checkbox" name="codes"/g)).toHaveLength(45);
    const bad = await a.post(`/quan-tri/bai-viet/${target.id}/dia-danh`, {
      codes: ['03370', '12345'],
    });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Mã đơn vị hành chính không tồn tại: 12345.');
    expect(await t.deps.places.placesOf(target.id)).toEqual([]);
    const unit = t.deps.map.units.find((u) => u.name === 'Búng Lao')!;
    const ok = await a.post(`/quan-tri/bai-viet/${target.id}/dia-danh`, { codes: [unit.code] });
    expect(ok.location).toBe(`/quan-tri/bai-viet/${target.id}/dia-danh?da-luu=1`);
    expect((await t.get(unit.href)).text).toContain(target.title);
    expect((await t.get(target.path)).text).toContain(
      `<a href="${unit.href}">${unit.fullName}</a>`,
    );
    const entry = (await t.deps.audit.list({ action: 'article.places_updated', limit: 1 }))[0]!;
    expect(entry.actorName).toContain('bientap');
    expect(entry.summary).toContain(unit.fullName);
    // The lookup form finds the article by its public address.
    expect(
      (
        await a.get(
          `/quan-tri/bai-viet/dia-danh?bai=${encodeURIComponent(`https://dangbo.example.vn${target.path}`)}`,
        )
      ).location,
    ).toBe(`/quan-tri/bai-viet/${target.id}/dia-danh`);
    // An article in a section the editor does not hold is refused.
    const other = (await t.deps.articles.sectionPage('xay-dung-dang', 1))!.list.items[0]!;
    expect((await a.get(`/quan-tri/bai-viet/${other.id}/dia-danh`)).status).toBe(403);
    expect(
      (await a.post(`/quan-tri/bai-viet/${other.id}/dia-danh`, { codes: ['03160'] })).status,
    ).toBe(403);
    // A reporter cannot tag, and the admin (no content rights) cannot either.
    const r = await reporter.login();
    expect((await r.get(`/quan-tri/bai-viet/${target.id}/dia-danh`)).status).toBe(403);
    expect((await r.get('/quan-tri/ban-do')).status).toBe(403);
    const ad = await admin.login();
    expect((await ad.get(`/quan-tri/bai-viet/${target.id}/dia-danh`)).status).toBe(403);
  });

  it('the admin edits a unit description and the public page shows it at once', async () => {
    const a = await admin.login();
    const list = await a.get('/quan-tri/ban-do');
    expect(list.status).toBe(200);
    expect(list.text.match(/href="\/quan-tri\/ban-do\/\d{5}"/g)).toHaveLength(45);
    await a.get('/quan-tri/ban-do/03226');
    const text =
      'Xã Sín Chải nằm ở vùng cao.\n\nĐồng bào Mông chiếm đa số <script>alert(1)</script>.';
    const saved = await a.post('/quan-tri/ban-do/03226', { description: text });
    expect(saved.status, saved.text.slice(0, 3000)).toBe(303);
    expect(saved.location).toBe('/quan-tri/ban-do/03226?da-luu=1');
    const page = await t.get('/ban-do/xa-sin-chai-03226');
    expect(page.text).toContain('<p>Xã Sín Chải nằm ở vùng cao.</p>');
    expect(page.text).toContain(
      '<p>Đồng bào Mông chiếm đa số &lt;script&gt;alert(1)&lt;/script&gt;.</p>',
    );
    expect(
      (await t.deps.audit.list({ action: 'place.description_updated', limit: 1 }))[0]!.summary,
    ).toBe('Xã Sín Chải');
    const tooLong = await a.post('/quan-tri/ban-do/03226', { description: 'x'.repeat(8001) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.text).toContain('Mô tả dài tối đa 8000 ký tự.');
    expect((await t.deps.places.note('03226'))!.description).toContain(
      'Xã Sín Chải nằm ở vùng cao.',
    );
  });
});
