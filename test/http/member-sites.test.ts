/**
 * The member sites' back office (/quan-tri/trang), through real forms with CSRF: a commune site
 * made in one step from its map unit answers at its own address with its own name, menu, sections
 * and pages (none of the province's articles); a second by host; bad input gets a Vietnamese error
 * and saves nothing; suspension shows the notice page and resume restores the site.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceArticle } from '../../src/seed/reference-article.ts';
import type { agent } from '../support/agent.ts';
import { makeStaff, manualClock, type TestStaff } from '../support/staff.ts';
import { BROWSER_UA, testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';
import { SqlProbe } from '../support/sql-probe.ts';

const PROVINCE = 'https://dangbo.example.vn';
/** Xã Mường Nhé and xã Mường Chà on the map (assets/geo). */
const NHE = '03160';

describe.each(dialects)('member sites managed by the system admin, on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  const clock = manualClock();
  let admin: TestStaff;
  let a: ReturnType<typeof agent>;
  let chaCode: string;
  let e: ReturnType<typeof agent>;

  async function get(url: string, headers: Record<string, string> = {}) {
    const res = await t.app.request(url, {
      headers: { 'user-agent': BROWSER_UA, 'accept-encoding': 'identity', ...headers },
    });
    return { status: res.status, text: await res.text(), headers: res.headers };
  }

  /** Rows that creating a site writes. */
  async function counts() {
    const k = t.db.kysely;
    const n = async (table: 'site' | 'account' | 'accountSite' | 'section' | 'menuItem') =>
      Number(
        (
          await k
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirst()
        )?.n ?? 0,
      );
    return {
      site: await n('site'),
      account: await n('account'),
      accountSite: await n('accountSite'),
      section: await n('section'),
      menuItem: await n('menuItem'),
    };
  }

  const form = (over: Record<string, string> = {}) => ({
    unitCode: NHE,
    address: 'prefix',
    pathPrefix: '',
    host: '',
    adminMode: 'new',
    adminUsername: 'qt.muongnhe',
    adminFullName: 'Lò Văn Pấng',
    adminEmail: '',
    ...over,
  });

  beforeAll(async () => {
    t = await testApp(dialect, { clock: clock.now });
    admin = await makeStaff(t, clock, 'hethong', 'admin');
    a = await admin.login();
    // Signed in while the province is the only site (the test client's bare paths reach it).
    e = await (await makeStaff(t, clock, 'bientap.tinh', 'editor', ['tin-trong-tinh'])).login();
    await makeStaff(t, clock, 'bientap.cha', 'editor');
    chaCode = t.deps.map.units.find((u) => u.name === 'Mường Chà')!.code;
  });
  afterAll(async () => t?.close());

  it('offers the 45 units as a list and as a map to pick from', async () => {
    // A single-site install answers on any host.
    expect((await get('http://127.0.0.1:3000/')).status).toBe(200);
    const list = await a.get(`${PROVINCE}/quan-tri/trang`);
    expect(list.status).toBe(200);
    expect(list.text).toContain('Trang thành viên');
    const page = await a.get(`${PROVINCE}/quan-tri/trang/moi?don-vi=${NHE}`);
    expect(page.status).toBe(200);
    expect(page.text.match(/<option value="\d{5}"/g)).toHaveLength(45);
    expect(page.text).toContain(`href="/quan-tri/trang/moi?don-vi=${chaCode}"`);
    expect(page.text).toMatch(/<option value="03160" selected/);
    expect(page.text).toContain('value="/xa/muong-nhe"');
  });

  it('refuses bad input with a Vietnamese message and saves nothing', async () => {
    await a.get(`${PROVINCE}/quan-tri/trang/moi`);
    const before = await counts();
    const cases: [Record<string, string>, string][] = [
      [{ unitCode: '99999' }, 'Không có đơn vị hành chính mã “99999”'],
      [{ unitCode: 'x'.repeat(5000) }, 'Tối đa 10 ký tự'],
      [{ pathPrefix: '/quan-tri/xa' }, 'đường dẫn dành riêng'],
      [{ pathPrefix: '/tin-tuc-su-kien/xa' }, 'trùng với một chuyên mục'],
      [{ pathPrefix: '/Xa/../a' }, 'Đường dẫn gồm một hoặc hai đoạn'],
      [{ pathPrefix: `/${'a'.repeat(300)}` }, 'Tối đa 100 ký tự'],
      [{ address: 'host', host: 'dangbo.example.vn' }, 'tên miền của trang Đảng bộ tỉnh'],
      [{ address: 'host', host: 'không hợp lệ' }, 'Tên miền không hợp lệ'],
      [{ address: 'host', host: '' }, 'Hãy nhập tên miền'],
      [{ address: 'ftp' }, 'Hãy chọn cách truy cập'],
      [{ adminUsername: 'A' }, 'Tên đăng nhập'],
      [{ adminMode: 'existing', adminUsername: 'khong-co-ai' }, 'Không có tài khoản “khong-co-ai”'],
      [{ adminMode: 'existing', adminUsername: 'hethong\u0000' }, ''],
      [{ adminFullName: 'Đ'.repeat(500) }, 'Tối đa 120 ký tự'],
    ];
    for (const [over, message] of cases) {
      const r = await a.post(`${PROVINCE}/quan-tri/trang/moi`, form(over));
      expect(r.status, JSON.stringify(over)).toBe(400);
      expect(r.text, JSON.stringify(over)).toContain(message);
    }
    expect(await counts()).toEqual(before);
  });

  it('creates a commune site from its unit in one step, with its first admin', async () => {
    await a.get(`${PROVINCE}/quan-tri/trang/moi?don-vi=${NHE}`);
    const before = await counts();
    const r = await a.post(`${PROVINCE}/quan-tri/trang/moi`, form());
    expect(r.status).toBe(200);
    expect(r.text).toContain('Đã tạo trang Đảng bộ xã Mường Nhé');
    const password = /<code class="one-time">([^<]+)<\/code>/.exec(r.text)?.[1];
    expect(password).toBeTruthy();
    const after = await counts();
    expect(after.site).toBe(before.site + 1);
    expect(after.account).toBe(before.account + 1);
    expect(after.section).toBe(before.section + 4);
    expect(after.menuItem).toBeGreaterThan(before.menuItem);

    const site = t.deps.platform.directory().sites.find((s) => s.unitCode === NHE)!;
    expect(site).toMatchObject({
      name: 'Đảng bộ xã Mường Nhé',
      slug: 'muong-nhe',
      kind: 'xa',
      pathPrefix: '/xa/muong-nhe',
      host: null,
      status: 'active',
    });
    // Its first admin: a new account with a temporary password to change, admin on the new site only.
    const account = await t.db.kysely
      .selectFrom('account')
      .selectAll()
      .where('username', '=', 'qt.muongnhe')
      .executeTakeFirstOrThrow();
    expect(account.mustChangePassword).toBe(1);
    expect(account.role).toBe('reporter');
    const grants = await t.db.kysely
      .selectFrom('accountSite')
      .selectAll()
      .where('accountId', '=', account.id)
      .execute();
    expect(grants.map((g) => [g.siteId, g.role])).toEqual([[site.id, 'admin']]);
    const audit = await t.db.kysely
      .selectFrom('auditLog')
      .selectAll()
      .where('action', '=', 'site.created')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.summary).toContain('Đảng bộ xã Mường Nhé');
    // Its document lists (types, issuers, fields) are made with it, before anyone opens the
    // back office: the public registry's filters offer them at once.
    const listed = async (table: 'documentType' | 'documentIssuer' | 'documentField') =>
      (
        await t.db.kysely.selectFrom(table).select('name').where('siteId', '=', site.id).execute()
      ).map((r) => r.name);
    expect(await listed('documentType')).toContain('Nghị quyết');
    expect(await listed('documentIssuer')).toContain('Đảng ủy');
    expect(await listed('documentField')).toContain('Xây dựng Đảng');
    const registry = await get(`${PROVINCE}/xa/muong-nhe/van-ban`);
    expect(registry.status).toBe(200);
    expect(registry.text).toMatch(/<option value="\d+">Nghị quyết<\/option>/);

    // The password was shown once: the list never shows it.
    const list = await a.get(`${PROVINCE}/quan-tri/trang`);
    expect(list.text).toContain('Đảng bộ xã Mường Nhé');
    expect(list.text).not.toContain(password!);
    // A second site for the same unit is refused.
    await a.get(`${PROVINCE}/quan-tri/trang/moi`);
    const again = await a.post(
      `${PROVINCE}/quan-tri/trang/moi`,
      form({ adminUsername: 'qt.khac' }),
    );
    expect(again.status).toBe(400);
    expect(again.text).toContain('Đơn vị này đã có trang');
  });

  it('serves the new site at /xa/<slug> with its own name, menu, sections and outline', async () => {
    const home = await get(`${PROVINCE}/xa/muong-nhe`);
    expect(home.status).toBe(200);
    expect(home.text).toContain('TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ XÃ MƯỜNG NHÉ');
    expect(home.text).not.toContain(referenceArticle.title);
    // Its menu: its own sections, under its prefix.
    expect(home.text).toContain('href="/xa/muong-nhe/tin-tuc-su-kien"');
    expect(home.text).toContain('Xây dựng Đảng');
    expect(home.text).toContain('href="/xa/muong-nhe/gioi-thieu/chuc-nang-nhiem-vu"');
    // The unit's boundary in the header.
    expect(home.text).toContain('class="unit-outline"');
    expect(home.text).toContain('Ranh giới Xã Mường Nhé');
    expect(home.text).toMatch(/class="unit-outline" viewBox="[0-9.]+ [0-9.]+ [0-9.]+ [0-9.]+"/);
    const intro = await get(`${PROVINCE}/xa/muong-nhe/gioi-thieu/gioi-thieu-chung`);
    expect(intro.status).toBe(200);
    expect(intro.text).toContain('Mã đơn vị hành chính: 03160');
    const section = await get(`${PROVINCE}/xa/muong-nhe/tin-tuc-su-kien`);
    expect(section.status).toBe(200);
    expect(section.text).not.toContain(referenceArticle.title);
    // The province keeps its own header (no unit outline) and its unit page links the new site.
    const province = await get(`${PROVINCE}/`);
    expect(province.text).not.toContain('class="unit-outline"');
    const unit = t.deps.map.units.find((u) => u.code === NHE)!;
    const unitPage = await get(`${PROVINCE}${unit.href}`);
    expect(unitPage.text).toContain(
      `<a href="${PROVINCE}/xa/muong-nhe">Trang thông tin điện tử của Đảng bộ xã Mường Nhé</a>`,
    );
  });

  it('creates a second site on its own host, for an existing account', async () => {
    await a.get(`${PROVINCE}/quan-tri/trang/moi`);
    const taken = await a.post(
      `${PROVINCE}/quan-tri/trang/moi`,
      form({ unitCode: chaCode, address: 'prefix', pathPrefix: '/xa/muong-nhe' }),
    );
    expect(taken.status).toBe(400);
    expect(taken.text).toContain('Đường dẫn “/xa/muong-nhe” đã được một trang khác dùng');
    const r = await a.post(
      `${PROVINCE}/quan-tri/trang/moi`,
      form({
        unitCode: chaCode,
        address: 'host',
        host: 'MuongCha.Example.VN',
        adminMode: 'existing',
        adminUsername: 'bientap.cha',
      }),
    );
    expect(r.status).toBe(200);
    expect(r.text).not.toContain('one-time');
    const home = await get('http://muongcha.example.vn/');
    expect(home.status).toBe(200);
    expect(home.text).toContain('TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ XÃ MƯỜNG CHÀ');
    expect(home.text).not.toContain(referenceArticle.title);
    // (The Node adapter builds the request's URL from its Host header: this is that request.)
    const inner = await get('http://muongcha.example.vn:8080/gioi-thieu/lien-he');
    expect(inner.text).toContain('Đảng bộ xã Mường Chà');
    // Several sites now: an unknown host is a 404, never a site.
    expect((await get('http://ke-la.example.vn/')).status).toBe(404);
    // The same host again is refused.
    await a.get(`${PROVINCE}/quan-tri/trang/moi`);
    const dup = await a.post(
      `${PROVINCE}/quan-tri/trang/moi`,
      form({
        unitCode: '03127',
        address: 'host',
        host: 'muongcha.example.vn',
        adminUsername: 'x.y.z',
      }),
    );
    expect(dup.status).toBe(400);
    expect(dup.text).toContain('Tên miền “muongcha.example.vn” đã được một trang khác dùng');
  });

  it('suspends a site with a reason (notice page) and resumes it, both audited', async () => {
    const site = t.deps.platform.directory().sites.find((s) => s.unitCode === NHE)!;
    await a.get(`${PROVINCE}/quan-tri/trang/${site.id}`);
    const empty = await a.post(`${PROVINCE}/quan-tri/trang/${site.id}/tam-ngung`, { reason: '  ' });
    expect(empty.status).toBe(400);
    expect(empty.text).toContain('Hãy ghi lý do tạm ngừng');
    const r = await a.post(`${PROVINCE}/quan-tri/trang/${site.id}/tam-ngung`, {
      reason: 'Đang kiện toàn Ban biên tập',
    });
    expect(r.status).toBe(303);
    const closed = await get(`${PROVINCE}/xa/muong-nhe/gioi-thieu/lien-he`);
    expect(closed.status).toBe(503);
    expect(closed.text).toContain('đang tạm ngừng hoạt động');
    expect(closed.text).toContain('Lý do: Đang kiện toàn Ban biên tập');
    // The province is untouched; its unit page no longer links a suspended site.
    expect((await get(`${PROVINCE}/`)).status).toBe(200);
    const dash = await a.get(`${PROVINCE}/quan-tri`);
    expect(dash.text).toContain('Các trang thành viên');
    expect(dash.text).toMatch(/Có 2 trang thành viên; 1 trang đang tạm ngừng/);

    await a.get(`${PROVINCE}/quan-tri/trang/${site.id}`);
    expect((await a.post(`${PROVINCE}/quan-tri/trang/${site.id}/hoat-dong`, {})).status).toBe(303);
    expect((await get(`${PROVINCE}/xa/muong-nhe/gioi-thieu/lien-he`)).status).toBe(200);
    const actions = (
      await t.db.kysely
        .selectFrom('auditLog')
        .select('action')
        .where('targetType', '=', 'site')
        .execute()
    ).map((x) => x.action);
    expect(actions).toEqual(expect.arrayContaining(['site.suspended', 'site.resumed']));
  });

  it('edits a site: name and address, validated', async () => {
    const site = t.deps.platform.directory().sites.find((s) => s.unitCode === NHE)!;
    await a.get(`${PROVINCE}/quan-tri/trang/${site.id}`);
    const bad = await a.post(`${PROVINCE}/quan-tri/trang/${site.id}`, {
      name: 'Đảng bộ xã Mường Nhé',
      address: 'prefix',
      pathPrefix: '/static/x',
    });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('đường dẫn dành riêng');
    const ok = await a.post(`${PROVINCE}/quan-tri/trang/${site.id}`, {
      name: 'Đảng bộ xã Mường Nhé (mới)',
      address: 'prefix',
      pathPrefix: '/xa/muong-nhe-moi',
    });
    expect(ok.status).toBe(303);
    expect((await get(`${PROVINCE}/xa/muong-nhe-moi`)).status).toBe(200);
    expect((await get(`${PROVINCE}/xa/muong-nhe`)).status).toBe(404);
  });

  it('lets only the system admin in, and never on a commune back office', async () => {
    for (const path of ['/quan-tri/trang', '/quan-tri/trang/moi', '/quan-tri/trang/2'])
      expect((await e.get(`${PROVINCE}${path}`)).status, path).toBe(403);
    const before = await counts();
    await e.get(`${PROVINCE}/quan-tri`);
    const r = await e.post(
      `${PROVINCE}/quan-tri/trang/moi`,
      form({ unitCode: '03127', adminUsername: 'k.k' }),
    );
    expect(r.status).toBe(403);
    expect(await counts()).toEqual(before);
    expect((await e.get(`${PROVINCE}/quan-tri`)).text).not.toContain('Các trang thành viên');
    // The system admin's session on a commune's back office does not manage sites.
    const commune = await a.get(`${PROVINCE}/xa/muong-nhe-moi/quan-tri/trang`);
    expect([403, 404]).toContain(commune.status);
    // Unknown and non-numeric ids.
    expect((await a.get(`${PROVINCE}/quan-tri/trang/999999`)).status).toBe(404);
    expect((await a.get(`${PROVINCE}/quan-tri/trang/1`)).status).toBe(404);
  });
});

describe.each(dialects)('a commune site is created in one transaction, on %s', (dialect) => {
  const probe = new SqlProbe();
  let t: Awaited<ReturnType<typeof testApp>>;
  const ACTOR = { id: null, name: 'Kiểm thử', ip: '127.0.0.1', userAgent: 'vitest' };
  const input = {
    unitCode: NHE,
    address: 'prefix' as const,
    pathPrefix: '/xa/muong-nhe',
    host: '',
    adminMode: 'new' as const,
    adminUsername: 'qt.muongnhe',
    adminFullName: 'Lò Văn Pấng',
    adminEmail: '',
  };

  /** Rows of every table the creation writes, read straight from the database. */
  async function rows() {
    const k = t.db.kysely;
    const out: Record<string, number> = {};
    for (const table of [
      'site',
      'cacheEpoch',
      'setting',
      'section',
      'page',
      'menuItem',
      'account',
      'accountSite',
      'auditLog',
    ] as const)
      out[table] = Number(
        (
          await k
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirst()
        )?.n ?? 0,
      );
    return out;
  }

  beforeAll(async () => {
    t = await testApp(dialect, { plugins: [probe] });
  });
  afterAll(async () => t?.close());

  it('rolls every write back when the last one (its audit record) fails', async () => {
    const before = await rows();
    for (const last of ['audit_log', 'account_site']) {
      probe.failWhen = (s) => s.kind === 'Insert' && s.table === last;
      await expect(t.deps.sites.create(ACTOR, input)).rejects.toThrow(/injected failure/);
      probe.failWhen = undefined;
      expect(await rows(), last).toEqual(before);
    }
    expect(t.deps.platform.directory().sites).toHaveLength(1);
    const made = await t.deps.sites.create(ACTOR, input);
    expect(made.admin.password).toBeTruthy();
    const after = await rows();
    expect(after.site).toBe(before.site! + 1);
    expect(after.page).toBe(before.page! + 4);
    expect(after.auditLog).toBe(before.auditLog! + 2);
    expect(t.deps.platform.directory().sites).toHaveLength(2);
  });
});
