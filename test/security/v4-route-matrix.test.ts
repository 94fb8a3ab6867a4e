/**
 * ASVS 4.0.3 V4 (access control), L2: 4.1.1/4.1.3 (least privilege, enforced on the server),
 * 4.1.5 (fail closed), 4.2.2 (CSRF defence on every state change), 4.3.1 (the back office needs
 * a session). Every route of the real app × anonymous and every role: the expectation of each
 * route comes from the policy table (account.policy.ts), and a route without a rule fails the
 * suite, so a new route has to be classified before it ships. Every state-changing POST without
 * a token, with another session's token or from a foreign Origin is refused and changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Account, Role } from '../../src/modules/account/account.ts';
import { can, canSomewhere, type Action } from '../../src/modules/account/account.policy.ts';
import { canEditPlaces } from '../../src/modules/map/map.admin-routes.tsx';
import { canUseLibrary } from '../../src/modules/media/media.policy.ts';
import { fuzzWorld } from '../support/fuzz.ts';
import { manualClock, ROLES, type Route, type Who } from '../support/security.ts';
import { testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';

/** A stand-in account of a role that holds every section (what the role may do at most). */
function asRole(role: Role): Account {
  return {
    role,
    allSections: true,
    sectionIds: [],
    disabledAt: null,
  } as unknown as Account;
}

type Rule =
  /** Open to everyone, signed in or not. */
  | { kind: 'public' }
  /** The sign-in steps: open before a session exists (refusal rules differ). */
  | { kind: 'login' }
  /** Back office: the roles the policy lets through; `exact` false when the answer also depends on the record. */
  | { kind: 'staff'; roles: (role: Role) => boolean; exact?: boolean };

const anyStaff = { kind: 'staff', roles: () => true } as const;
const action = (a: Action, exact = true): Rule => ({
  kind: 'staff',
  roles: (r) => canSomewhere(asRole(r), a),
  exact,
});
const library: Rule = { kind: 'staff', roles: (r) => canUseLibrary(asRole(r)) };
const places: Rule = { kind: 'staff', roles: (r) => canEditPlaces(asRole(r)) };
/** The member sites: the system admin only (admin on the province; checked again on the server). */
const systemAdmin: Rule = { kind: 'staff', roles: (r) => r === 'admin' };
const newsroomList: Rule = {
  kind: 'staff',
  roles: (r) => canSomewhere(asRole(r), 'article.create') || can(asRole(r), 'report.view'),
};

/**
 * The rule of every route, by "METHOD pattern". Article routes depend on the article's state and
 * author as well (test/security/v4-access-control-newsroom.test.ts covers those); here they only
 * assert the roles the policy never lets near an article.
 */
const RULES: [RegExp, Rule][] = [
  [/^GET \/(healthz|readyz|favicon\.(svg|ico)|static\/:file)$/, { kind: 'public' }],
  // Prometheus: a 404 to anyone but a loopback scraper or the METRICS_TOKEN (test/http/metrics.test.ts).
  [/^GET \/metrics$/, { kind: 'public' }],
  [/^(GET|POST) \/quan-tri\/(dang-nhap|xac-thuc|bao-mat\/hai-lop)$/, { kind: 'login' }],
  [/^POST \/quan-tri\/dang-xuat$/, anyStaff],
  // The working-site switcher: any signed-in account, for the sites it holds a role on.
  [/^POST \/quan-tri\/chon-trang$/, anyStaff],
  [/^GET \/quan-tri$/, anyStaff],
  [/^(GET|POST) \/quan-tri\/tai-khoan(\/.*)?$/, anyStaff],
  [/^(GET|POST) \/quan-tri\/nguoi-dung(\/.*)?$/, action('account.manage')],
  [/^GET \/quan-tri\/nhat-ky(\.csv)?$/, action('audit.view')],
  [/^GET \/quan-tri\/bai-viet$/, newsroomList],
  [/^(GET|POST) \/quan-tri\/bai-viet\/moi$/, action('article.create')],
  [
    /^(GET|POST) \/quan-tri\/(api\/)?bai-viet\/:id\{\[0-9\]\+\}(\/.*)?$/,
    action('article.editOwn', false),
  ],
  [/^GET \/quan-tri\/bai-viet\/dia-danh$/, places],
  [/^GET \/quan-tri\/bao-cao(\.xlsx|\.csv)?$/, action('report.view')],
  [/^GET \/quan-tri\/thong-ke(\/csv)?$/, action('stats.view')],
  [/^(GET|POST) \/quan-tri\/(thu-vien|api\/media)(\/.*)?$/, library],
  [/^(GET|POST) \/quan-tri\/cai-dat(\/.*)?$/, action('settings.manage')],
  [/^(GET|POST) \/quan-tri\/ban-do(\/.*)?$/, places],
  [/^(GET|POST) \/quan-tri\/tin-co-so(\/.*)?$/, action('article.publish', false)],
  [/^(GET|POST) \/quan-tri\/trang-gioi-thieu(\/.*)?$/, action('article.publish')],
  [/^(GET|POST) \/quan-tri\/trang(\/.*)?$/, systemAdmin],
  // Lịch công tác: the office drafts (a published entry needs the approver: checked per record);
  // approving and the signed PDF are the approver's. Cơ cấu tổ chức: the office.
  [
    /^POST \/quan-tri\/lich-cong-tac\/(duyet-tuan|tep|tep\/:id\{\[0-9\]\+\}\/xoa|:id\{\[0-9\]\+\}\/duyet)$/,
    action('schedule.approve'),
  ],
  [/^(GET|POST) \/quan-tri\/lich-cong-tac(\/.*)?$/, action('schedule.draft', false)],
  [/^(GET|POST) \/quan-tri\/co-cau-to-chuc(\/.*)?$/, action('organisation.manage')],
  // Photo albums: reporters and up; the album's state and author decide the rest (album.test.ts).
  [/^(GET|POST) \/quan-tri\/thu-vien-anh(\/moi)?$/, action('album.create')],
  [/^(GET|POST) \/quan-tri\/thu-vien-anh\/.*$/, action('album.create', false)],
  [/^GET \/thu-vien-anh(\/:segment\{\[a-z0-9-\]\+\})?$/, { kind: 'public' }],
  // Videos: the album workflow and rights (video.test.ts covers state and author).
  [/^(GET|POST) \/quan-tri\/video(\/moi)?$/, action('album.create')],
  [/^(GET|POST) \/quan-tri\/video\/.*$/, action('album.create', false)],
  [/^GET \/video(\/:segment\{\[a-z0-9-\]\+\})?$/, { kind: 'public' }],
  // Chuyên đề: approvers (hub.manage); the public hub and event-thread pages are open.
  // Chuyên đề: the Ban biên tập creates and orders; a hub's own editors edit that hub only
  // (test/http/hub-editors.test.ts covers who may edit which hub).
  [/^(GET|POST) \/quan-tri\/chuyen-de\/moi$/, action('hub.manage')],
  [
    /^POST \/quan-tri\/chuyen-de\/:id\{\[0-9\]\+\}\/:dir\{len\|xuong\}$/,
    action('hub.manage', false),
  ],
  [/^(GET|POST) \/quan-tri\/chuyen-de(\/.*)?$/, action('hub.edit', false)],
  [
    /^GET \/(chuyen-de|chuyen-trang|dong-su-kien)(\/:slug\{\[a-z0-9-\]\+\}(\/rss)?)?$/,
    { kind: 'public' },
  ],
  // Moving in (import of an old portal): the system admin only.
  [/^(GET|POST) \/quan-tri\/nhap-du-lieu(\/.*)?$/, systemAdmin],
  // Văn bản: the lists need document.lists; a record's edit also depends on its state (exact: false).
  [/^(GET|POST) \/quan-tri\/van-ban\/danh-muc(\/.*)?$/, action('document.lists')],
  [/^(GET|POST) \/quan-tri\/van-ban(\/.*)?$/, action('document.create', false)],
  [/^(GET|POST) \/(api\/dem|api\/dem\.gif)$/, { kind: 'public' }],
  // Liên hệ – góp ý, Hỏi đáp: the reader's form and code look-up are public; the inbox is the
  // handlers'; units, retention and a sender's requests are the managers'.
  [/^POST \/gop-y(\/tra-cuu)?$/, { kind: 'public' }],
  [
    /^(GET|POST) \/quan-tri\/gop-y\/(cai-dat|don-vi|luu-giu|nguoi-gui|thoi-han-xu-ly)(\/.*)?$/,
    action('participation.manage'),
  ],
  [/^(GET|POST) \/quan-tri\/gop-y(\/.*)?$/, action('participation.handle')],
  // Lấy ý kiến dự thảo: the reader's comment form is public; the window, sections, moderation
  // and the .xlsx summary are the handlers'.
  [/^POST \/lay-y-kien\/:id\{\[0-9\]\{1,9\}\}$/, { kind: 'public' }],
  [/^(GET|POST) \/quan-tri\/lay-y-kien(\/.*)?$/, action('participation.handle')],
  // Thăm dò ý kiến: the vote is public (one per reader); polls are kept by poll.manage.
  [/^POST \/tham-do\/:id\{\[0-9\]\{1,9\}\}$/, { kind: 'public' }],
  [/^(GET|POST) \/quan-tri\/tham-do(\/.*)?$/, action('poll.manage')],
  [/^GET \/(?!quan-tri)/, { kind: 'public' }],
];

/** Article editing needs a section right; the places of an article need article.edit. */
const OVERRIDES: [RegExp, Rule][] = [
  [/^(GET|POST) \/quan-tri\/bai-viet\/:id\{\[0-9\]\+\}\/dia-danh$/, action('article.edit', false)],
  [/^POST \/quan-tri\/bai-viet\/:id\{\[0-9\]\+\}\/de-xuat$/, action('article.publish', false)],
  [/^POST \/quan-tri\/gop-y\/:id\{.*\}\/xoa-du-lieu$/, action('participation.manage')],
];

function ruleOf(r: Route): Rule | undefined {
  const key = `${r.method} ${r.path}`;
  return OVERRIDES.find(([re]) => re.test(key))?.[1] ?? RULES.find(([re]) => re.test(key))?.[1];
}

/** A refusal: 401/403/404, or (anonymous) a redirect to the login page. */
function refused(who: Who, a: { status: number; location: string | null }): boolean {
  if ([401, 403, 404].includes(a.status)) return true;
  if (who === 'anonymous')
    return (
      a.status >= 300 && a.status < 400 && Boolean(a.location?.startsWith('/quan-tri/dang-nhap'))
    );
  return false;
}

describe.each(dialects)('V4 route × role matrix (%s)', (dialect) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  let fw: Awaited<ReturnType<typeof fuzzWorld>>;
  const clock = manualClock();

  beforeAll(async () => {
    t = await testApp(dialect, { clock: clock.now });
    fw = await fuzzWorld(t, clock);
  });
  afterAll(async () => {
    await t?.close();
  });

  /** What a write could have changed: every row of the content and account tables. */
  async function fingerprint(): Promise<string> {
    const k = t.db.kysely;
    const tables = [
      'account',
      'accountSection',
      'article',
      'articleSection',
      'articleAuthor',
      'articlePlace',
      'articleRevision',
      'setting',
      'menuItem',
      'weblink',
      'weblinkGroup',
      'banner',
      'media',
      'section',
      'page',
      'mapUnitNote',
      'contactMessage',
      'contactUnit',
      'contactNote',
      'contactQuestion',
      'orgUnit',
      'orgPerson',
      'orgPost',
      'scheduleEntry',
      'scheduleFile',
      'album',
      'albumItem',
      'hub',
      'video',
      'document',
      'documentFile',
      'documentRelation',
    ] as const;
    const out: Record<string, unknown> = {};
    for (const table of tables) {
      const rows = (await k
        .selectFrom(table as 'account')
        .selectAll()
        .execute()) as Record<string, unknown>[];
      out[table] = rows
        .map((r) =>
          JSON.stringify(
            Object.fromEntries(
              Object.entries(r)
                .filter(([c]) => !/last_?(seen|login|used)|lastSeen|lastLogin|lastUsed/i.test(c))
                .sort(([a], [b]) => a.localeCompare(b)),
            ),
          ),
        )
        .sort();
    }
    return JSON.stringify(out);
  }

  it('has a rule for every route (a new route must be classified here)', () => {
    const missing = fw.routes.filter((r) => !ruleOf(r)).map((r) => `${r.method} ${r.path}`);
    expect(missing).toEqual([]);
  });

  it('lets each role reach exactly the back-office pages the policy allows', async () => {
    const wrong: string[] = [];
    for (const route of fw.routes.filter((r) => r.method === 'GET')) {
      const rule = ruleOf(route)!;
      const url = fw.samples.get(route)!;
      for (const who of ['anonymous', ...ROLES] as Who[]) {
        const a = await fw.send({ who, method: 'GET', url, label: 'matrix' });
        if (rule.kind === 'public') {
          if (refused(who, a) && a.status !== 404)
            wrong.push(`${who} refused public ${url} (${a.status})`);
          continue;
        }
        if (rule.kind === 'login') continue;
        const allowed = who !== 'anonymous' && rule.roles(who);
        if (!allowed && !refused(who, a))
          wrong.push(`${who} reached ${url}: ${a.status} ${a.location ?? ''}`);
        // Allowed: not refused for want of rights (a missing record or a form error is fine).
        const denied =
          [401, 403].includes(a.status) || Boolean(a.location?.startsWith('/quan-tri/dang-nhap'));
        if (allowed && rule.exact !== false && denied)
          wrong.push(`${who} was refused ${url}: ${a.status} ${a.location ?? ''}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('refuses every state-changing POST to a role the policy does not allow, and nothing changes', async () => {
    const before = await fingerprint();
    const wrong: string[] = [];
    for (const route of fw.routes.filter((r) => r.method === 'POST')) {
      const rule = ruleOf(route)!;
      if (rule.kind !== 'staff') continue;
      const url = fw.samples.get(route)!;
      // A form that would pass validation, so that only the rights decide.
      const fields = (fw.forms.get(route)?.[0]?.fields ?? [])
        .filter(([k]) => k !== '_csrf')
        .map(([k, v]): [string, string] => [
          k,
          v || (/title|name|label/i.test(k) ? 'Kiểm thử quyền' : v),
        ]);
      for (const who of ['anonymous', ...ROLES] as Who[]) {
        if (who !== 'anonymous' && rule.roles(who)) continue;
        const body = new URLSearchParams(fields);
        body.set('_csrf', fw.csrf[who] ?? '');
        const a = await fw.send({
          who,
          method: 'POST',
          url,
          label: 'matrix',
          body: body.toString(),
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        });
        if (!refused(who, a)) wrong.push(`${who} POST ${url}: ${a.status} ${a.location ?? ''}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(await fingerprint()).toBe(before);
  });

  it('refuses every POST without a token, with another session’s token or from a foreign Origin, and nothing changes', async () => {
    const before = await fingerprint();
    const wrong: string[] = [];
    for (const route of fw.routes.filter((r) => r.method === 'POST')) {
      const rule = ruleOf(route)!;
      if (rule.kind === 'public') continue;
      // Who may post here: the first role the policy allows (the login steps: a signed-in approver).
      const who: Role =
        rule.kind === 'staff' ? (ROLES.find((r) => rule.roles(r)) ?? 'admin') : 'approver';
      const other: Role = who === 'admin' ? 'reporter' : 'admin';
      const url = fw.samples.get(route)!;
      const fields = fw.forms.get(route)?.[0]?.fields.filter(([k]) => k !== '_csrf') ?? [];
      const variants: [string, string | null, string][] = [
        ['no token', null, 'https://dangbo.example.vn'],
        ['foreign token', fw.csrf[other], 'https://dangbo.example.vn'],
        ['foreign origin', fw.csrf[who], 'https://evil.example'],
        ['null origin', fw.csrf[who], 'null'],
      ];
      for (const [label, token, origin] of variants) {
        const body = new URLSearchParams(fields);
        if (token !== null) body.set('_csrf', token);
        const a = await fw.send({
          who,
          method: 'POST',
          url,
          label,
          body: body.toString(),
          headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
        });
        if (a.status !== 403 && a.status !== 401)
          wrong.push(`${who} POST ${url} with ${label}: ${a.status} ${a.location ?? ''}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(await fingerprint()).toBe(before);
  });

  it('never lets anonymous reach a back-office page or action', async () => {
    const wrong: string[] = [];
    for (const route of fw.routes.filter((r) => r.path.startsWith('/quan-tri'))) {
      if (ruleOf(route)!.kind === 'login') continue;
      const url = fw.samples.get(route)!;
      const a = await fw.send({
        who: 'anonymous',
        method: route.method,
        url,
        label: 'anonymous',
        ...(route.method === 'POST'
          ? {
              body: `_csrf=${encodeURIComponent(fw.csrf.anonymous)}`,
              headers: { 'content-type': 'application/x-www-form-urlencoded' },
            }
          : {}),
      });
      if (!refused('anonymous', a)) wrong.push(`${route.method} ${url}: ${a.status}`);
      if (
        a.status === 200 ||
        (/name="_csrf" value="[^"]{20,}"/.test(a.text) === false && a.status < 300)
      )
        wrong.push(`${route.method} ${url} answered content: ${a.status}`);
    }
    expect(wrong).toEqual([]);
  });
});
