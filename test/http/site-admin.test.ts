import crypto from 'node:crypto';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeStaff, manualClock, type TestStaff } from '../support/staff.ts';
import { testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 4, background: { r: 200, g: 16, b: 46, alpha: 1 } } })
    .png()
    .toBuffer();
/** A real PNG of noise that does not compress: well over the 1 MB logo limit. */
const bigPng = () =>
  sharp(crypto.randomBytes(720 * 720 * 3), { raw: { width: 720, height: 720, channels: 3 } })
    .png({ compressionLevel: 0 })
    .toBuffer();

/** A multipart form: text fields and image files. */
function form(
  fields: Record<string, string>,
  files: Record<string, { name: string; type: string; data: Uint8Array }> = {},
): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  for (const [k, file] of Object.entries(files))
    f.append(k, new Blob([new Uint8Array(file.data)], { type: file.type }), file.name);
  return f;
}

/** The labels of the main menu's top entries, in order. */
function mainMenu(html: string): string[] {
  const nav = /<nav id="menu-chinh" class="mainnav"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
  // The items that do not fit the desktop row are the entries of the last one, "Khác".
  const [row = '', more = ''] = nav.split('<li class="has-sub more-items">');
  const labels = (part: string, sub: string) =>
    [
      ...part
        .replace(new RegExp(`<ul class="${sub}">[\\s\\S]*?</ul>`, 'g'), '')
        .matchAll(
          /<li(?: class="has-sub")?><a href="[^"]*"[^>]*>(?:<svg[\s\S]*?<\/svg>)?<span class="menu-label">([^<]+)<\/span><\/a>/g,
        ),
    ].map((m) => m[1]!);
  return [...labels(row, 'submenu'), ...labels(more, 'more-sub')];
}

describe.each(dialects)('site settings in the back office on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  let clock: ReturnType<typeof manualClock>;
  let admin: TestStaff;
  let editor: TestStaff;

  beforeAll(async () => {
    clock = manualClock();
    t = await testApp(dialect, { clock: () => clock.now() });
    admin = await makeStaff(t, clock, 'quantri', 'admin');
    editor = await makeStaff(t, clock, 'bientap', 'approver', ['tin-trong-tinh']);
  });
  afterAll(async () => {
    await t?.close();
  });

  const settingsForm = async (a: Awaited<ReturnType<TestStaff['login']>>) => {
    const page = await a.get('/quan-tri/cai-dat');
    expect(page.status).toBe(200);
    const fields: Record<string, string> = {};
    for (const m of page.text.matchAll(
      /<input id="f-(\w+)" name="\w+" type="\w+" value="([^"]*)"/g,
    ))
      fields[m[1]!] = m[2]!.replace(/&amp;/g, '&').replace(/&quot;/g, '"');
    for (const m of page.text.matchAll(/<textarea id="f-(\w+)"[^>]*>([^<]*)<\/textarea>/g))
      fields[m[1]!] = m[2]!.replace(/&amp;/g, '&').replace(/&quot;/g, '"');
    return fields;
  };

  it('only the system admin reaches the settings', async () => {
    const e = await editor.login();
    for (const p of [
      '/quan-tri/cai-dat',
      '/quan-tri/cai-dat/menu',
      '/quan-tri/cai-dat/lien-ket',
      '/quan-tri/cai-dat/banner',
      '/quan-tri/cai-dat/khoi-ben',
      '/quan-tri/cai-dat/logo',
    ]) {
      expect((await e.get(p)).status, p).toBe(403);
    }
    expect((await e.get('/quan-tri')).text).not.toContain('href="/quan-tri/cai-dat"');
  });

  it('the admin changes the footer and the names; the public pages show it at once, audited', async () => {
    const a = await admin.login();
    const fields = await settingsForm(a);
    expect(fields.siteName).toBe('TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH ĐIỆN BIÊN');
    expect(fields.visitorTotalOffset).toBe('3.251.964');
    const r = await a.post('/quan-tri/cai-dat', {
      ...fields,
      ownerAgency: 'Ban Thường vụ Tỉnh ủy Điện Biên',
      phone: '0215 3 826 999',
      address: 'Số 1, đường Võ Nguyên Giáp, phường Điện Biên Phủ',
      socialFacebook: 'https://www.facebook.com/tinhuydienbien',
      visitorTotalOffset: '4.000.000',
    });
    expect(r.location).toBe('/quan-tri/cai-dat?da-luu=1');
    const home = (await t.get('/')).text;
    expect(home).toContain('<dt>Cơ quan chủ quản:</dt><dd>Ban Thường vụ Tỉnh ủy Điện Biên</dd>');
    expect(home).toContain('<a href="tel:02153826999">0215 3 826 999</a>');
    expect(home).toContain('Số 1, đường Võ Nguyên Giáp, phường Điện Biên Phủ');
    expect(home).toContain(
      '<a href="https://www.facebook.com/tinhuydienbien" target="_blank" rel="noopener noreferrer">Facebook',
    );
    expect((await t.deps.site.settings()).visitorTotalOffset).toBe(4_000_000);
    const entry = (await t.deps.audit.list({ action: 'settings.updated', limit: 1 }))[0]!;
    expect(entry.summary).toBe('ownerAgency, address, phone, socialFacebook, visitorTotalOffset');
    expect(entry.detail.ownerAgency).toEqual({
      before: 'Tỉnh ủy Điện Biên',
      after: 'Ban Thường vụ Tỉnh ủy Điện Biên',
    });
  });

  it('refuses a social link without a scheme or with javascript:, and saves nothing', async () => {
    const a = await admin.login();
    const fields = await settingsForm(a);
    const before = await t.deps.site.settings();
    const noScheme = await a.post('/quan-tri/cai-dat', {
      ...fields,
      ownerAgency: 'Không được lưu',
      socialYoutube: 'youtube.com/@tinhuy',
    });
    expect(noScheme.status).toBe(400);
    expect(noScheme.text).toContain('Chưa lưu: vui lòng sửa các mục được đánh dấu bên dưới.');
    expect(noScheme.text).toContain('Địa chỉ thiếu giao thức');
    expect(noScheme.text).toContain('value="Không được lưu"');
    const js = await a.post('/quan-tri/cai-dat', { ...fields, socialZalo: 'javascript:alert(1)' });
    expect(js.status).toBe(400);
    expect(js.text).toContain('Địa chỉ “javascript:” không an toàn');
    const empty = await a.post('/quan-tri/cai-dat', { ...fields, siteName: '  ' });
    expect(empty.text).toContain('Vui lòng nhập tên trang.');
    expect(await t.deps.site.settings()).toEqual(before);
  });

  it('uploads a logo (checked by content, re-encoded) that replaces the emblem; refuses oversized and fake images', async () => {
    const a = await admin.login();
    await a.get('/quan-tri/cai-dat/logo');
    const big = await bigPng();
    expect(big.length).toBeGreaterThan(1024 * 1024);
    const tooBig = await a.multipart(
      '/quan-tri/cai-dat/logo',
      form({}, { file: { name: 'logo.png', type: 'image/png', data: big } }),
    );
    expect(tooBig.status).toBe(400);
    expect(tooBig.text).toMatch(/Tệp ảnh quá lớn \(\d,\d MB\)\. Dung lượng tối đa là 1 MB\./);
    const fake = await a.multipart(
      '/quan-tri/cai-dat/logo',
      form(
        {},
        {
          file: {
            name: 'logo.png',
            type: 'image/png',
            data: Buffer.from(
              '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            ),
          },
        },
      ),
    );
    expect(fake.status).toBe(400);
    expect(fake.text).toContain(
      'Tệp không phải là ảnh hợp lệ. Chỉ nhận ảnh JPEG, PNG, WebP hoặc GIF.',
    );
    expect((await t.deps.site.settings()).logoKey).toBe('');
    expect((await t.get('/')).text).toContain('<svg class="emblem"');

    const ok = await a.multipart(
      '/quan-tri/cai-dat/logo',
      form({}, { file: { name: 'logo.jpg', type: 'image/jpeg', data: await png(1200, 300) } }),
    );
    expect(ok.location).toBe('/quan-tri/cai-dat/logo?da-luu=1');
    const s = await t.deps.site.settings();
    expect(s.logoKey).toMatch(/^site\/logo-[0-9a-f]{12}\.png$/);
    expect([s.logoWidth, s.logoHeight]).toEqual([960, 240]);
    const home = (await t.get('/')).text;
    expect(home).toContain(
      `<img class="logo" src="/media/${s.logoKey}" width="960" height="240" alt=""/>`,
    );
    expect(home).not.toContain('<svg class="emblem"');
    const file = await t.app.request(`/media/${s.logoKey}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect((await sharp(Buffer.from(await file.arrayBuffer())).metadata()).format).toBe('png');

    // Far beyond any upload: refused before the body is read.
    const huge = await a.multipart(
      '/quan-tri/cai-dat/logo',
      form(
        {},
        { file: { name: 'x.png', type: 'image/png', data: Buffer.alloc(5 * 1024 * 1024, 1) } },
      ),
    );
    expect(huge.status).toBe(413);
    expect(huge.text).toContain('Tệp gửi lên quá lớn');

    await a.get('/quan-tri/cai-dat/logo');
    await a.multipart(
      '/quan-tri/cai-dat/bieu-tuong',
      form({}, { file: { name: 'icon.png', type: 'image/png', data: await png(128, 128) } }),
    );
    const fav = (await t.deps.site.settings()).faviconKey;
    expect(fav).toMatch(/^site\/favicon-[0-9a-f]{12}\.png$/);
    expect((await t.get('/')).text).toContain(
      `<link rel="icon" href="/media/${fav}" type="image/png"/>`,
    );
    await a.get('/quan-tri/cai-dat/logo');
    expect((await a.post('/quan-tri/cai-dat/logo/xoa', {})).status).toBe(303);
    expect((await t.get('/')).text).toContain('<svg class="emblem"');
    const actions = (await t.deps.audit.list({ limit: 10 })).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'settings.logo_updated',
        'settings.favicon_updated',
        'settings.logo_removed',
      ]),
    );
  });

  it('replaces the drawn header by an uploaded banner per breakpoint, and goes back to it', async () => {
    const a = await admin.login();
    const drawn = (await t.get('/')).text;
    expect(drawn).toContain('<svg class="masthead-art"');
    expect(drawn).toContain('<span class="brand-party">ĐẢNG CỘNG SẢN VIỆT NAM</span>');
    expect((await a.get('/quan-tri/cai-dat/logo')).text).toContain('Ảnh đầu trang trên điện thoại');
    const fake = await a.multipart(
      '/quan-tri/cai-dat/anh-dau-trang',
      form({}, { file: { name: 'x.png', type: 'image/png', data: Buffer.from('<svg/>') } }),
    );
    expect(fake.status).toBe(400);
    expect(fake.text).toContain('Tệp không phải là ảnh hợp lệ.');
    expect((await t.deps.site.settings()).headerDesktopKey).toBe('');

    await a.get('/quan-tri/cai-dat/logo');
    const ok = await a.multipart(
      '/quan-tri/cai-dat/anh-dau-trang',
      form({}, { file: { name: 'b.png', type: 'image/png', data: await png(2400, 300) } }),
    );
    expect(ok.location).toBe('/quan-tri/cai-dat/logo?da-luu=1');
    let s = await t.deps.site.settings();
    expect(s.headerDesktopKey).toMatch(/^site\/headerDesktop-[0-9a-f]{12}\.jpg$/);
    expect([s.headerDesktopWidth, s.headerDesktopHeight]).toEqual([1600, 200]);
    let home = (await t.get('/')).text;
    expect(home).toContain('<header class="masthead has-header-desktop">');
    expect(home).toContain(
      `<img class="header-banner header-desktop" src="/media/${s.headerDesktopKey}" width="1600" height="200" alt=""`,
    );
    expect(home).not.toContain('<svg class="masthead-art"');
    // The drawn name stays for screen readers (the image's alt is empty).
    expect(home).toContain('<span class="brand-name">');

    await a.get('/quan-tri/cai-dat/logo');
    await a.multipart(
      '/quan-tri/cai-dat/anh-dau-trang-dien-thoai',
      form({}, { file: { name: 'p.png', type: 'image/png', data: await png(960, 120) } }),
    );
    s = await t.deps.site.settings();
    expect(s.headerPhoneKey).toMatch(/^site\/headerPhone-[0-9a-f]{12}\.jpg$/);
    expect([s.headerPhoneWidth, s.headerPhoneHeight]).toEqual([800, 100]);
    home = (await t.get('/')).text;
    expect(home).toContain('<header class="masthead has-header-desktop has-header-phone">');
    expect(home).toContain(`src="/media/${s.headerPhoneKey}"`);

    await a.get('/quan-tri/cai-dat/logo');
    expect((await a.post('/quan-tri/cai-dat/anh-dau-trang/xoa', {})).status).toBe(303);
    home = (await t.get('/')).text;
    expect(home).toContain('<header class="masthead has-header-phone">');
    expect(home).toContain('<svg class="masthead-art"');
    const actions = (await t.deps.audit.list({ limit: 5 })).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['settings.header_updated', 'settings.header_removed']),
    );
  });

  it('edits the main menu: take it over from the sections, rename, add an address, reorder', async () => {
    const a = await admin.login();
    const before = mainMenu((await t.get('/')).text);
    expect(before.slice(0, 3)).toEqual(['Trang chủ', 'Giới thiệu', 'Tin tức – Sự kiện']);
    await a.get('/quan-tri/cai-dat/menu');
    expect((await a.post('/quan-tri/cai-dat/menu/tao-tu-chuyen-muc', {})).status).toBe(303);
    expect(mainMenu((await t.get('/')).text)).toEqual(before);
    const entries = await t.deps.menus.entries('main');
    const sections = await t.deps.site.sections();
    const news = entries.find(
      (e) =>
        e.kind === 'section' &&
        e.targetId === sections.find((s) => s.slug === 'tin-tuc-su-kien')!.id,
    )!;
    // Rename "Tin tức – Sự kiện" and move it above "Giới thiệu".
    await a.get(`/quan-tri/cai-dat/menu/${news.id}`);
    const renamed = await a.post(`/quan-tri/cai-dat/menu/${news.id}`, {
      menu: 'main',
      kind: 'section',
      sectionId: String(news.targetId),
      label: 'Tin tức',
      parentId: '',
    });
    expect(renamed.location).toBe('/quan-tri/cai-dat/menu?da-luu=1');
    await a.get('/quan-tri/cai-dat/menu');
    expect((await a.post(`/quan-tri/cai-dat/menu/${news.id}/len`, {})).status).toBe(303);
    // Add the map page and an outside address.
    await a.get('/quan-tri/cai-dat/menu/moi?menu=main');
    expect(
      (await a.post('/quan-tri/cai-dat/menu/moi', { menu: 'main', kind: 'map', label: '' })).status,
    ).toBe(303);
    const bad = await a.post('/quan-tri/cai-dat/menu/moi', {
      menu: 'main',
      kind: 'url',
      url: 'javascript:alert(1)',
      label: 'Xấu',
    });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('không an toàn');
    const noScheme = await a.post('/quan-tri/cai-dat/menu/moi', {
      menu: 'main',
      kind: 'url',
      url: 'dangcongsan.vn',
      label: 'Báo Đảng',
    });
    expect(noScheme.status).toBe(400);
    expect(noScheme.text).toContain('Địa chỉ thiếu giao thức');
    const html = (await t.get('/')).text;
    const after = mainMenu(html);
    expect(after.slice(0, 3)).toEqual(['Trang chủ', 'Tin tức', 'Giới thiệu']);
    expect(after.at(-1)).toBe('Bản đồ hành chính');
    expect(after).not.toContain('Xấu');
    expect(html).toContain('<a href="/hoat-dong-cua-tinh-uy"');
    const actions = (await t.deps.audit.list({ limit: 10 })).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'menu.initialized',
        'menu.item_updated',
        'menu.item_moved',
        'menu.item_created',
      ]),
    );
  });

  it('adds a footer menu entry shown in the footer, and deletes it', async () => {
    const a = await admin.login();
    const page = (await t.deps.site.pageLinks()).find((p) => p.slug === 'lich-su-dang-bo')!;
    await a.get('/quan-tri/cai-dat/menu/moi?menu=footer');
    expect(
      (
        await a.post('/quan-tri/cai-dat/menu/moi', {
          menu: 'footer',
          kind: 'page',
          pageId: String(page.id),
          label: '',
        })
      ).status,
    ).toBe(303);
    expect(
      (
        await a.post('/quan-tri/cai-dat/menu/moi', {
          menu: 'footer',
          kind: 'url',
          url: 'https://dienbien.gov.vn',
          label: 'Cổng thông tin tỉnh',
          newTab: 'on',
        })
      ).status,
    ).toBe(303);
    const footer = /<nav class="footer-menu"[\s\S]*?<\/nav>/.exec((await t.get('/')).text)![0];
    expect(footer).toContain('<a href="/gioi-thieu/lich-su-dang-bo">Lịch sử Đảng bộ tỉnh</a>');
    expect(footer).toContain(
      '<a href="https://dienbien.gov.vn/" target="_blank" rel="noopener noreferrer">Cổng thông tin tỉnh<span class="sr-only"> (mở trong thẻ mới)</span></a>',
    );
    const [first] = await t.deps.menus.entries('footer');
    await a.get(`/quan-tri/cai-dat/menu/${first!.id}`);
    expect((await a.post(`/quan-tri/cai-dat/menu/${first!.id}/xoa`, {})).status).toBe(303);
    const left = /<nav class="footer-menu"[\s\S]*?<\/nav>/.exec((await t.get('/')).text)![0];
    expect(left).not.toContain('lich-su-dang-bo');
    expect(left).toContain('Cổng thông tin tỉnh');
  });

  it('chooses the sidebar blocks per page type and their order', async () => {
    const a = await admin.login();
    const form = await a.get('/quan-tri/cai-dat/khoi-ben');
    expect(form.status).toBe(200);
    const all = ['home', 'section', 'article', 'page', 'other'];
    const fields = {
      order: ['map', 'banners', 'mostRead', 'links', 'stats', 'schedule', 'documents'],
      'pages-map': all,
      'pages-banners': all,
      'pages-mostRead': all,
      'pages-links': all,
      'pages-stats': ['home'],
      'pages-schedule': all,
      'pages-documents': all,
    };
    expect(
      (await a.post('/quan-tri/cai-dat/khoi-ben', { ...fields, move: 'stats:up' })).status,
    ).toBe(303);
    const layout = await t.deps.settings.sidebarLayout();
    expect(layout.blocks.map((b) => b.id)).toEqual([
      'map',
      'banners',
      'mostRead',
      'stats',
      'links',
      'schedule',
      'documents',
      'poll',
    ]);
    const home = (await t.get('/')).text;
    expect(home.indexOf('id="b-stats"')).toBeGreaterThan(0);
    expect(home.indexOf('id="b-stats"')).toBeLessThan(home.indexOf('id="b-links"'));
    expect((await t.get('/tin-trong-tinh')).text).not.toContain('Thống kê truy cập');
    // Hide everything on static pages: the content takes the whole width.
    const none = Object.fromEntries(
      Object.entries(fields).map(([k, v]) => [
        k,
        k === 'order' ? v : v.filter((p) => p !== 'page'),
      ]),
    );
    await a.post('/quan-tri/cai-dat/khoi-ben', none);
    const page = (await t.get('/gioi-thieu/lich-su-dang-bo')).text;
    expect(page).not.toContain('<aside class="sidebar"');
    expect(page).toContain('<main id="noi-dung" class="content wide"');
    expect((await t.deps.audit.list({ action: 'sidebar.updated', limit: 1 })).length).toBe(1);
  });

  it('places the home page section blocks the admin chooses in the right column', async () => {
    const a = await admin.login();
    const form = (await a.get('/quan-tri/cai-dat/khoi-ben')).text;
    expect(form).toContain('Chuyên mục ở cột bên phải trang chủ');
    const sections = await t.deps.site.sections();
    const id = (slug: string) => String(sections.find((x) => x.slug === slug)!.id);
    const order = (await t.deps.settings.sidebarLayout()).blocks.map((b) => b.id);
    const keep = Object.fromEntries(
      (await t.deps.settings.sidebarLayout()).blocks.map((b) => [`pages-${b.id}`, b.pages]),
    );
    const column = (html: string, slug: string) => {
      const at = html.indexOf(`id="h-${slug}"`);
      expect(at, slug).toBeGreaterThan(0);
      return at > html.indexOf('<aside class="sidebar"') ? 'beside' : 'main';
    };
    const auto = (await t.get('/')).text;
    expect(column(auto, 'tin-tuc-su-kien')).toBe('main');

    const chosen = await a.post('/quan-tri/cai-dat/khoi-ben', {
      order,
      ...keep,
      'home-beside-mode': 'chosen',
      // Hostile and stale values are ignored: a sub-section, a number that is no section, text.
      'home-beside': [id('tin-tuc-su-kien'), id('tin-trong-tinh'), '999999', 'abc', '-1'],
    });
    expect(chosen.status).toBe(303);
    expect((await t.deps.settings.sidebarLayout()).homeBeside).toEqual([
      Number(id('tin-tuc-su-kien')),
    ]);
    const home = (await t.get('/')).text;
    expect(column(home, 'tin-tuc-su-kien')).toBe('beside');
    expect(column(home, 'xay-dung-dang')).toBe('main');
    expect((await a.get('/quan-tri/cai-dat/khoi-ben')).text).toMatch(
      new RegExp(`name="home-beside" value="${id('tin-tuc-su-kien')}" checked`),
    );

    // Chosen with none ticked: every section block in the main column.
    await a.post('/quan-tri/cai-dat/khoi-ben', { order, ...keep, 'home-beside-mode': 'chosen' });
    expect((await t.get('/')).text).not.toContain('side-section');
    // Back to automatic.
    await a.post('/quan-tri/cai-dat/khoi-ben', { order, ...keep, 'home-beside-mode': 'auto' });
    expect((await t.deps.settings.sidebarLayout()).homeBeside).toBeNull();
    expect((await t.get('/')).text).toContain('side-section');
  });

  it('shows banners in their place only within their dates', async () => {
    const a = await admin.login();
    await a.get('/quan-tri/cai-dat/banner/moi');
    const image = { file: { name: 'banner.png', type: 'image/png', data: await png(600, 200) } };
    const missing = await a.multipart(
      '/quan-tri/cai-dat/banner/moi',
      form(
        {
          title: 'Không ảnh',
          startsOn: '2026-11-01',
          endsOn: '2026-12-31',
          placement: 'sidebar',
          active: 'on',
        },
        {},
      ),
    );
    expect(missing.status).toBe(400);
    expect(missing.text).toContain('Vui lòng chọn ảnh cho banner.');
    const badLink = await a.multipart(
      '/quan-tri/cai-dat/banner/moi',
      form(
        {
          title: 'X',
          linkUrl: 'data:text/html,x',
          startsOn: '2026-11-01',
          endsOn: '2026-12-31',
          placement: 'sidebar',
          active: 'on',
        },
        image,
      ),
    );
    expect(badLink.text).toContain('Địa chỉ “data:” không an toàn');
    const badDates = await a.multipart(
      '/quan-tri/cai-dat/banner/moi',
      form(
        {
          title: 'X',
          startsOn: '31/12/2026',
          endsOn: '01/12/2026',
          placement: 'sidebar',
          active: 'on',
        },
        image,
      ),
    );
    expect(badDates.text).toContain('Ngày kết thúc phải sau hoặc trùng ngày bắt đầu.');
    expect(await t.deps.banners.list()).toEqual([]);

    const now = await a.multipart(
      '/quan-tri/cai-dat/banner/moi',
      form(
        {
          title: 'Cuộc thi tìm hiểu lịch sử Đảng bộ tỉnh',
          linkUrl: '/gioi-thieu/lich-su-dang-bo',
          startsOn: '01/11/2026',
          endsOn: '27/11/2026',
          placement: 'sidebar',
          active: 'on',
        },
        image,
      ),
    );
    expect(now.location).toBe('/quan-tri/cai-dat/banner?da-luu=1');
    await a.multipart(
      '/quan-tri/cai-dat/banner/moi',
      form(
        {
          title: 'Chào mừng Đại hội',
          startsOn: '2026-12-01',
          endsOn: '2026-12-31',
          placement: 'home',
          active: 'on',
        },
        image,
      ),
    );
    await a.multipart(
      '/quan-tri/cai-dat/banner/moi',
      form(
        {
          title: 'Ngày hội đại đoàn kết',
          startsOn: '2026-11-01',
          endsOn: '2026-11-30',
          placement: 'home',
          active: 'on',
        },
        image,
      ),
    );
    const home = (await t.get('/')).text;
    expect(home).toMatch(
      /<ul class="banners banners-side"><li><a href="\/gioi-thieu\/lich-su-dang-bo"><img src="\/media\/site\/banner-[0-9a-f]{12}\.jpg" width="600" height="200" alt="Cuộc thi tìm hiểu lịch sử Đảng bộ tỉnh"/,
    );
    expect(home).toContain('alt="Ngày hội đại đoàn kết"');
    expect(home).not.toContain('Chào mừng Đại hội');
    expect((await t.get('/tin-trong-tinh')).text).not.toContain('banners-home');
    const list = await a.get('/quan-tri/cai-dat/banner');
    expect(list.text).toContain('Đang hiển thị');
    expect(list.text).toContain('Chưa đến ngày');
    // Time passes (Vietnamese days): on 28/11 the first banner has ended, on 01/12 the other begins.
    clock.tick(4 * 86_400_000);
    const later = (await t.get('/')).text;
    expect(later).not.toContain('Cuộc thi tìm hiểu lịch sử Đảng bộ tỉnh');
    expect(later).toContain('alt="Chào mừng Đại hội"');
    const actions = (await t.deps.audit.list({ action: 'banner.created', limit: 5 })).length;
    expect(actions).toBe(3);
  });
});
