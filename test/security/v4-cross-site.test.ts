/**
 * ASVS 4.0.3 V4 (access control) across sites (#18, staff across sites): accounts are global,
 * rights are granted per site. Two commune sites beside the province, one on its own host (A)
 * and one under a path prefix (B). A commune's staff get 403/404 on every back-office route of
 * the other commune, and from their own back office the other commune's articles, media, menu
 * items, banners, web links and accounts are neither readable nor writable by id. The site
 * switcher offers only granted sites and refuses others. A commune reporter's article, published
 * by the commune's approver, appears on the commune's public site only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withSite } from '../../src/db/site-scope.ts';
import { platformRepository } from '../../src/modules/platform/platform.repository.ts';
import { siteRepository } from '../../src/modules/site/site.repository.ts';
import { menuRepository } from '../../src/modules/site/menu.repository.ts';
import { bannerRepository } from '../../src/modules/banner/banner.repository.ts';
import { weblinkRepository } from '../../src/modules/weblink/weblink.repository.ts';
import { newsroomRepository } from '../../src/modules/newsroom/newsroom.repository.ts';
import { emptyDraft } from '../../src/modules/newsroom/newsroom.service.ts';
import { currentTotp } from '../../src/modules/auth/totp.ts';
import { agent, type AgentResponse } from '../support/agent.ts';
import { makeStaff, manualClock, routesOf } from '../support/security.ts';
import type { TestStaff } from '../support/staff.ts';
import { testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';

const PROVINCE = 'https://dangbo.example.vn';
const A_HOST = 'https://muongnhe.example.vn';
const B_BASE = `${PROVINCE}/xa/muong-cha`;
const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36';

/** Paths every signed-in account may use on any site: its own account, signing out, switching. */
const OWN =
  /^\/quan-tri\/(dang-nhap|dang-xuat|chon-trang|xac-thuc|bao-mat\/hai-lop|tai-khoan(\/.*)?)$/;

type App = Awaited<ReturnType<typeof testApp>>;

/** Signs a staff member in through the real pages of the site at origin `base` (second factor too). */
async function signIn(
  t: App,
  clock: ReturnType<typeof manualClock>,
  s: TestStaff,
  base: string,
): Promise<ReturnType<typeof agent>> {
  // The agent sends to its own origin: the host decides the site.
  const a = agent(t.app, base);
  await a.get('/quan-tri/dang-nhap');
  const r = await a.post('/quan-tri/dang-nhap', { username: s.username, password: s.password });
  const step = r.location?.replace(/^.*\/quan-tri/, '/quan-tri');
  if (step === '/quan-tri/bao-mat/hai-lop' || step === '/quan-tri/xac-thuc') {
    await a.get(step);
    clock.tick(31_000);
    const ok = await a.post(step, { code: currentTotp(s.totpSecret!, clock.now()) });
    if (ok.status >= 400) throw new Error(`second factor failed for ${s.username}: ${ok.status}`);
  } else if (step !== '/quan-tri') {
    throw new Error(`login failed for ${s.username}: ${r.status} ${r.text.slice(0, 200)}`);
  }
  await a.get('/quan-tri');
  return a;
}

describe.each(dialects)('staff across sites (%s)', (dialect) => {
  const clock = manualClock();
  let t: App;
  let siteA: number;
  let siteB: number;
  const staff = {} as Record<
    'aReporter' | 'aApprover' | 'aAdmin' | 'bReporter' | 'bAdmin' | 'provinceAdmin' | 'both',
    TestStaff
  >;
  let sectionA: number;
  let sectionB: number;
  /** B's own rows, by what they are. */
  const b = {} as Record<'article' | 'media' | 'menu' | 'banner' | 'group' | 'link', number>;

  /** Every row of commune B's that a request could change. */
  async function fingerprintB(): Promise<string> {
    const k = t.db.kysely;
    const rows = await Promise.all([
      k.selectFrom('article').selectAll().where('siteId', '=', siteB).execute(),
      k.selectFrom('media').selectAll().where('siteId', '=', siteB).execute(),
      k.selectFrom('menuItem').selectAll().where('siteId', '=', siteB).execute(),
      k.selectFrom('banner').selectAll().where('siteId', '=', siteB).execute(),
      k.selectFrom('weblinkGroup').selectAll().where('siteId', '=', siteB).execute(),
      k.selectFrom('weblink').selectAll().where('siteId', '=', siteB).execute(),
      k.selectFrom('setting').selectAll().where('siteId', '=', siteB).execute(),
      k.selectFrom('section').selectAll().where('siteId', '=', siteB).execute(),
      k.selectFrom('accountSite').selectAll().where('siteId', '=', siteB).execute(),
      k
        .selectFrom('account')
        .select(['id', 'fullName', 'email', 'passwordHash', 'disabledAt', 'totpSecret'])
        .where('id', 'in', [staff.bReporter.id, staff.bAdmin.id])
        .execute(),
    ]);
    return JSON.stringify(rows);
  }

  beforeAll(async () => {
    t = await testApp(dialect, { clock: clock.now });
    const platform = platformRepository(t.db);
    siteA = await platform.insert({
      slug: 'muong-nhe',
      kind: 'xa',
      name: 'Đảng bộ xã Mường Nhé',
      unitCode: '03160',
      host: 'muongnhe.example.vn',
      pathPrefix: null,
      parentId: 1,
    });
    siteB = await platform.insert({
      slug: 'muong-cha',
      kind: 'xa',
      name: 'Đảng bộ xã Mường Chà',
      unitCode: '03199',
      host: null,
      pathPrefix: '/xa/muong-cha',
      parentId: 1,
    });
    await t.deps.platform.load();
    const sites = siteRepository(t.db);
    const section = (slug: string, name: string) => ({
      parentId: null,
      slug,
      name,
      description: '',
      kind: 'articles' as const,
      position: 1,
      showOnHome: true,
    });
    sectionA = await withSite(siteA, () => sites.insertSection(section('tin-xa', 'Tin trong xã')));
    sectionB = await withSite(siteB, () => sites.insertSection(section('tin-xa', 'Tin trong xã')));

    staff.provinceAdmin = await makeStaff(t, clock, 'tinh_admin', 'admin');
    staff.both = await makeStaff(t, clock, 'tinh_bientap', 'editor', ['tin-trong-tinh']);
    await withSite(siteA, async () => {
      staff.aReporter = await makeStaff(t, clock, 'a_phongvien', 'reporter', ['tin-xa']);
      staff.aApprover = await makeStaff(t, clock, 'a_lanhdao', 'approver', ['tin-xa']);
      staff.aAdmin = await makeStaff(t, clock, 'a_quantri', 'admin');
    });
    await withSite(siteB, async () => {
      staff.bReporter = await makeStaff(t, clock, 'b_phongvien', 'reporter', ['tin-xa']);
      staff.bAdmin = await makeStaff(t, clock, 'b_quantri', 'admin');
    });

    // B's own content, made in B's scope as its repositories would.
    const now = clock.now();
    await withSite(siteB, async () => {
      b.article = await newsroomRepository(t.db).insert(
        { ...emptyDraft(sectionB, 'Tin xã'), title: 'Tin riêng của xã Mường Chà' },
        'tin-rieng-cua-xa-muong-cha',
        staff.bReporter.id,
        now,
      );
      const m = await t.db.kysely
        .selectFrom('media')
        .selectAll()
        .where('id', '=', 1)
        .executeTakeFirstOrThrow();
      const rest: Omit<typeof m, 'id'> & { id?: number } = { ...m };
      delete rest.id;
      b.media = (
        await t.db.kysely
          .insertInto('media')
          .values({ ...rest, siteId: siteB, storageKey: `b-${m.storageKey}` })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
      b.menu = await menuRepository(t.db).insert(
        'main',
        {
          parentId: null,
          label: 'Trang chủ xã',
          kind: 'home',
          targetId: null,
          url: '',
          newTab: false,
        },
        1,
      );
      b.banner = await bannerRepository(t.db).insert(
        {
          title: 'Banner của xã',
          imageKey: m.storageKey,
          width: 300,
          height: 100,
          linkUrl: '',
          startsOn: '',
          endsOn: '',
          placement: 'sidebar',
          active: true,
        },
        1,
        now,
      );
      const links = weblinkRepository(t.db);
      b.group = await links.insertGroup('Liên kết của xã', 1);
      b.link = await links.insertLink({
        groupId: b.group,
        title: 'Cổng xã',
        url: 'https://muongcha.example.vn/',
        position: 1,
        newTab: false,
      });
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  /** A GET as an anonymous reader of the site at the URL's host. */
  const visit = (url: string) => t.app.request(url, { headers: { host: new URL(url).host } });

  /** One request with a client's cookies; a POST carries the session's token and its own Origin. */
  async function send(
    a: ReturnType<typeof agent>,
    method: 'GET' | 'POST',
    url: string,
    fields: Record<string, string> = {},
    csrf = '',
  ): Promise<AgentResponse> {
    const headers: Record<string, string> = {
      host: new URL(url).host,
      'user-agent': UA,
      cookie: [...a.jar].map(([k, v]) => `${k}=${v}`).join('; '),
    };
    let body: string | undefined;
    if (method === 'POST') {
      headers.origin = new URL(url).origin;
      headers['content-type'] = 'application/x-www-form-urlencoded';
      headers['x-csrf-token'] = csrf;
      body = new URLSearchParams({ ...fields, _csrf: csrf }).toString();
    }
    const res = await t.app.request(url, { method, headers, body });
    return {
      status: res.status,
      headers: res.headers,
      text: await res.text(),
      location: res.headers.get('location'),
    };
  }

  /** Values for a route's parameters: B's rows by the kind of page. */
  function concrete(path: string, id: number | ((p: string) => number)): string {
    const pick = typeof id === 'number' ? () => id : id;
    return path
      .replace(/:id\{[^}]*\}/, String(pick(path)))
      .replace(/:n\{[^}]*\}/, '1')
      .replace(/:dir\{[^}]*\}/, 'len')
      .replace(/:code\{\[0-9\]\{5\}\}/, '03160');
  }

  /** B's row a route with an id is about. */
  const bRowFor = (path: string): number =>
    /\/bai-viet\//.test(path)
      ? b.article
      : /thu-vien|api\/media/.test(path)
        ? b.media
        : /cai-dat\/menu/.test(path)
          ? b.menu
          : /cai-dat\/banner/.test(path)
            ? b.banner
            : /lien-ket\/nhom/.test(path)
              ? b.group
              : /lien-ket/.test(path)
                ? b.link
                : /nguoi-dung/.test(path)
                  ? staff.bReporter.id
                  : 1;

  /** A plausible form for any back-office POST, so that only the site decides. */
  const anyForm = (): Record<string, string> => ({
    title: 'Kiểm thử chéo trang',
    label: 'Kiểm thử chéo trang',
    name: 'Kiểm thử chéo trang',
    fullName: 'Kiểm thử chéo trang',
    url: 'https://example.vn/',
    kind: 'home',
    menu: 'main',
    role: 'admin',
    allSections: 'on',
    site: String(siteB),
    sectionId: String(sectionB),
    t: 'publish',
    from: 'draft',
    version: '1',
    alt: 'Ảnh kiểm thử',
    caption: 'Chú thích',
    credit: 'Tác giả',
    placement: 'sidebar',
    groupId: String(b.group),
    lead: 'Sapo',
    bodyHtml: '<p>Nội dung</p>',
    note: 'Ghi chú',
  });

  it('a commune’s staff get 403/404 on every back-office route of another commune, and nothing of it changes', async () => {
    const routes = routesOf(t.app).filter(
      (r) => r.path.startsWith('/quan-tri') && !OWN.test(r.path),
    );
    expect(routes.length).toBeGreaterThan(60);
    const before = await fingerprintB();
    const wrong: string[] = [];
    for (const who of ['aReporter', 'aAdmin', 'aApprover'] as const) {
      clock.tick(61_000);
      const a = await signIn(t, clock, staff[who], A_HOST);
      await a.get('/quan-tri/tai-khoan');
      const csrf = a.csrf();
      expect(csrf.length).toBeGreaterThan(20);
      let posts = 0;
      for (const r of routes) {
        const url = `${B_BASE}${concrete(r.path, bRowFor)}`;
        if (r.method === 'POST' && ++posts % 100 === 0) clock.tick(61_000);
        const res = await send(a, r.method, url, anyForm(), csrf);
        if (![401, 403, 404].includes(res.status))
          wrong.push(`${who} ${r.method} ${url}: ${res.status} ${res.location ?? ''}`);
        if (res.text.includes('Tin riêng của xã Mường Chà') || res.text.includes('b_phongvien'))
          wrong.push(`${who} ${r.method} ${url}: shows B's data`);
      }
      // The 403 page names where this account may work instead, never B.
      const page = await send(a, 'GET', `${B_BASE}/quan-tri`);
      expect(page.status).toBe(403);
      expect(page.text).toContain('chưa được giao quyền');
      expect(page.text).toContain('Đảng bộ xã Mường Nhé');
      expect(page.text).not.toContain(`name="site" value="${siteB}"`);
    }
    expect(wrong).toEqual([]);
    expect(await fingerprintB()).toBe(before);
  });

  it('from their own back office, B’s articles, media, menu items, banners, web links and accounts are neither readable nor writable by id', async () => {
    const routes = routesOf(t.app).filter(
      (r) => r.path.startsWith('/quan-tri') && r.params.includes('id'),
    );
    const before = await fingerprintB();
    const wrong: string[] = [];
    for (const who of ['aAdmin', 'aApprover'] as const) {
      clock.tick(61_000);
      const a = await signIn(t, clock, staff[who], A_HOST);
      await a.get('/quan-tri/tai-khoan');
      const csrf = a.csrf();
      for (const r of routes) {
        const url = `${A_HOST}${concrete(r.path, bRowFor)}`;
        const res = await send(a, r.method, url, anyForm(), csrf);
        const ok =
          r.method === 'GET'
            ? [403, 404].includes(res.status)
            : [400, 403, 404, 409].includes(res.status);
        if (!ok) wrong.push(`${who} ${r.method} ${url}: ${res.status} ${res.location ?? ''}`);
        if (res.text.includes('Tin riêng của xã Mường Chà') || res.text.includes('Cổng xã'))
          wrong.push(`${who} ${r.method} ${url}: shows B's data`);
      }
      // Lists of their own site show nothing of B's.
      for (const p of [
        '/quan-tri/bai-viet',
        '/quan-tri/thu-vien',
        '/quan-tri/cai-dat/menu',
        '/quan-tri/cai-dat/banner',
        '/quan-tri/cai-dat/lien-ket',
        '/quan-tri/nguoi-dung',
        '/quan-tri/nhat-ky',
      ]) {
        const res = await send(a, 'GET', `${A_HOST}${p}`);
        for (const leak of [
          'Tin riêng của xã Mường Chà',
          'Cổng xã',
          'Banner của xã',
          'b_phongvien',
        ])
          if (res.text.includes(leak)) wrong.push(`${who} ${p} shows ${leak}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(await fingerprintB()).toBe(before);
  });

  it('the switcher offers only the sites granted, refuses the others, and the choice is the working site', async () => {
    // The province's system admin grants the province editor a role on commune A.
    clock.tick(61_000);
    const admin = await signIn(t, clock, staff.provinceAdmin, PROVINCE);
    const page = await admin.get(`/quan-tri/nguoi-dung/${staff.both.id}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Quyền trên các trang');
    const granted = await admin.post(`/quan-tri/nguoi-dung/${staff.both.id}/quyen-trang`, {
      site: String(siteA),
      role: 'editor',
      allSections: 'on',
    });
    expect(granted.status).toBe(303);
    // A commune's admin may not grant anything.
    clock.tick(61_000);
    const aAdmin = await signIn(t, clock, staff.aAdmin, A_HOST);
    await aAdmin.get(`/quan-tri/nguoi-dung/${staff.aReporter.id}`);
    const refused = await aAdmin.post(`/quan-tri/nguoi-dung/${staff.aReporter.id}/quyen-trang`, {
      site: String(siteB),
      role: 'admin',
    });
    expect(refused.status).toBe(403);

    clock.tick(61_000);
    const both = await signIn(t, clock, staff.both, PROVINCE);
    const home = await both.get('/quan-tri');
    const options = [...home.text.matchAll(/<option value="(\d+)"/g)].map((m) => Number(m[1]));
    expect(options).toEqual([1, siteA]);
    // Refused: a site without a grant, an unknown site, garbage.
    for (const site of [String(siteB), '99999', 'x']) {
      const r = await both.post('/quan-tri/chon-trang', { site });
      expect(r.status, site).toBe(403);
    }
    const before = await t.db.kysely
      .selectFrom('auditLog')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('action', '=', 'auth.site_switched')
      .executeTakeFirstOrThrow();
    const chosen = await both.post('/quan-tri/chon-trang', { site: String(siteA) });
    expect(chosen.status).toBe(303);
    expect(chosen.location).toBe(`${PROVINCE}/quan-tri`);
    const after = await t.db.kysely
      .selectFrom('auditLog')
      .select(['siteId'])
      .where('action', '=', 'auth.site_switched')
      .execute();
    expect(after.length).toBe(Number(before.n) + 1);
    expect(after.at(-1)!.siteId).toBe(siteA);
    // Now the province host works on A: A's sections, not the province's.
    const editor = await both.get('/quan-tri/bai-viet/moi');
    expect(editor.status).toBe(200);
    expect(editor.text).toContain(`value="${sectionA}"`);
    expect(editor.text).not.toContain('Tin trong tỉnh');
    // The commune reporter's switcher has nothing to offer, and switching to the province fails.
    clock.tick(61_000);
    const reporter = await signIn(t, clock, staff.aReporter, A_HOST);
    const own = await reporter.get('/quan-tri');
    expect(own.text).not.toContain('name="site"');
    expect((await reporter.post('/quan-tri/chon-trang', { site: '1' })).status).toBe(403);
  });

  it('a site admin manages only the accounts of its own site, and creates accounts there', async () => {
    clock.tick(61_000);
    const a = await signIn(t, clock, staff.aAdmin, A_HOST);
    const list = await a.get('/quan-tri/nguoi-dung');
    expect(list.text).toContain('a_phongvien');
    expect(list.text).not.toContain('tinh_admin');
    expect(list.text).not.toContain('b_phongvien');
    // The second-factor policy is the system admins'.
    expect(list.text).not.toContain('action="/quan-tri/nguoi-dung/hai-lop"');
    expect(
      (await a.post('/quan-tri/nguoi-dung/hai-lop', { khongBatBuoc: 'reporter' })).status,
    ).toBe(403);
    // Another site's account is not found; an account also working elsewhere is refused.
    expect((await a.get(`/quan-tri/nguoi-dung/${staff.bReporter.id}`)).status).toBe(404);
    expect((await a.get(`/quan-tri/nguoi-dung/${staff.provinceAdmin.id}`)).status).toBe(404);
    expect((await a.get(`/quan-tri/nguoi-dung/${staff.both.id}`)).status).toBe(403);
    expect((await a.post(`/quan-tri/nguoi-dung/${staff.both.id}/vo-hieu`, {})).status).toBe(403);
    // Created on A: granted on A only, with A's section.
    await a.get('/quan-tri/nguoi-dung/moi');
    const created = await a.post('/quan-tri/nguoi-dung/moi', {
      username: 'a_moi',
      fullName: 'Lò Văn Mới',
      role: 'reporter',
      sectionIds: String(sectionA),
    });
    expect(created.status).toBe(200);
    const grants = await t.db.kysely
      .selectFrom('accountSite')
      .innerJoin('account', 'account.id', 'accountSite.accountId')
      .select(['accountSite.siteId', 'accountSite.role'])
      .where('account.username', '=', 'a_moi')
      .execute();
    expect(grants).toEqual([{ siteId: siteA, role: 'reporter' }]);
    // A section of another site is refused.
    const wrong = await a.post('/quan-tri/nguoi-dung/moi', {
      username: 'a_moi2',
      fullName: 'Lò Văn Hai',
      role: 'reporter',
      sectionIds: String(sectionB),
    });
    expect(wrong.status).toBe(400);
    // Its audit viewer shows its own site's records only.
    const audit = await a.get('/quan-tri/nhat-ky?q=b_quantri');
    expect(audit.status).toBe(200);
    const rows = (html: string) => /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
    expect(rows(audit.text)).toBe('');
    expect(audit.text).toContain('0 bản ghi');
    const mine = await a.get('/quan-tri/nhat-ky?q=a_moi');
    expect(rows(mine.text)).toContain('a_moi');
  });

  it('a commune reporter submits, the commune’s approver publishes, and the article is on the commune’s site only', async () => {
    clock.tick(61_000);
    const reporter = await signIn(t, clock, staff.aReporter, A_HOST);
    await reporter.get('/quan-tri/bai-viet/moi');
    const made = await reporter.post('/quan-tri/bai-viet/moi', {
      title: 'Xã Mường Nhé ra quân làm đường',
      sectionId: String(sectionA),
    });
    expect(made.status, made.text.slice(0, 300)).toBe(303);
    const id = Number(/(\d+)$/.exec(made.location!)![1]);
    const open = async (a: ReturnType<typeof agent>) => {
      const page = await a.get(`/quan-tri/bai-viet/${id}`);
      expect(page.status).toBe(200);
      return /name="version" value="(\d+)"/.exec(page.text)?.[1] ?? '0';
    };
    const version = await open(reporter);
    const saved = await reporter.post(`/quan-tri/bai-viet/${id}`, {
      title: 'Xã Mường Nhé ra quân làm đường',
      lead: 'Sáng nay, xã Mường Nhé ra quân làm đường bê tông nội đồng.',
      bodyHtml: '<p>Hơn 200 người dân tham gia làm đường.</p>',
      byline: 'Tin: Lò Văn Pọm',
      sectionId: String(sectionA),
      tags: 'Mường Nhé',
      version,
    });
    expect(saved.status, saved.text.slice(0, 300)).toBe(303);
    await open(reporter);
    const submitted = await reporter.post(`/quan-tri/bai-viet/${id}/chuyen`, {
      t: 'submit',
      from: 'draft',
    });
    expect(submitted.status, submitted.text.slice(0, 300)).toBe(303);

    clock.tick(61_000);
    const approver = await signIn(t, clock, staff.aApprover, A_HOST);
    for (const [step, from] of [
      ['forward', 'review'],
      ['publish', 'approval'],
    ]) {
      await open(approver);
      const r = await approver.post(`/quan-tri/bai-viet/${id}/chuyen`, { t: step!, from: from! });
      expect(r.status, `${step}: ${r.text.slice(0, 300)}`).toBe(303);
    }
    const stored = await t.db.kysely
      .selectFrom('article')
      .select(['status', 'slug', 'siteId'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ status: 'published', siteId: siteA });
    const path = `/tin-xa/${stored.slug}-${id}`;
    const onA = await visit(`${A_HOST}${path}`);
    expect(onA.status).toBe(200);
    expect(await onA.text()).toContain('Xã Mường Nhé ra quân làm đường');
    expect((await visit(`${PROVINCE}${path}`)).status).toBe(404);
    expect((await visit(`${B_BASE}${path}`)).status).toBe(404);
    // The province's approver never saw it in the province's queue.
    const queue = await visit(`${PROVINCE}/`);
    expect(await queue.text()).not.toContain('Xã Mường Nhé ra quân làm đường');
  });

  it('every record carries its site: a site admin reads only its own, a system admin picks any site', async () => {
    const rows = (html: string) => /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
    clock.tick(61_000);
    const admin = await signIn(t, clock, staff.provinceAdmin, PROVINCE);
    const province = await admin.get('/quan-tri/nhat-ky?q=a_phongvien');
    expect(province.status).toBe(200);
    expect(rows(province.text)).not.toContain('a_phongvien');
    expect(province.text).toContain('name="don-vi"');
    const ofA = await admin.get(`/quan-tri/nhat-ky?q=a_phongvien&don-vi=${siteA}`);
    expect(ofA.status).toBe(200);
    expect(rows(ofA.text)).toContain('a_phongvien');
    const csv = await admin.get(`/quan-tri/nhat-ky.csv?q=a_phongvien&don-vi=${siteA}`);
    expect(csv.text).toContain('a_phongvien');
    expect((await admin.get('/quan-tri/nhat-ky?don-vi=99999')).status).toBe(400);
    // A commune's admin cannot pick another site's trail.
    clock.tick(61_000);
    const aAdmin = await signIn(t, clock, staff.aAdmin, A_HOST);
    const own = await aAdmin.get('/quan-tri/nhat-ky');
    expect(own.text).not.toContain('name="don-vi"');
    const other = await aAdmin.get(`/quan-tri/nhat-ky?don-vi=${siteB}&q=b_`);
    expect(other.status).toBe(400);
    expect(rows(other.text)).not.toContain('b_');
    const csvB = await aAdmin.get(`/quan-tri/nhat-ky.csv?don-vi=${siteB}`);
    expect(csvB.status).toBe(400);
  });
});
