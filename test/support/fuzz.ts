import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_SITE_ID, withSite } from '../../src/db/site-scope.ts';
import type { Role } from '../../src/modules/account/account.ts';
import {
  agent,
  crawl,
  ROLES,
  routesOf,
  securityWorld,
  type Agent,
  type FoundForm,
  type Route,
  type Who,
} from './security.ts';
import { draftWithConsultation } from './consultation.ts';
import type { manualClock } from './staff.ts';
import type { testApp } from './test-app.ts';

type TestApp = Awaited<ReturnType<typeof testApp>>;

/** A hostile value, as it travels on the wire (already percent-encoded where it matters). */
export interface Hostile {
  id: string;
  raw: string;
  /** Sent as the parameter twice (an array where a scalar is expected). */
  repeat?: boolean;
}

/** Markers of the XSS corpus: none may come back unescaped in an HTML page. */
export const XSS_MARKERS = [
  '<script>alert(5)</script>',
  '<img src=x onerror=alert(5)>',
  '<svg/onload=alert(5)>',
  '"><b id=xss5>',
  "'><b id=xss5>",
];

const enc = encodeURIComponent;

/** The corpus: malformed escapes, absurd numbers, odd text, XSS probes. */
export const CORPUS: Hostile[] = [
  { id: 'bad-escape', raw: '%' },
  { id: 'bad-escape-truncated', raw: '%E0%A4%A' },
  { id: 'invalid-utf8', raw: '%C3%28' },
  { id: 'overlong-utf8', raw: '%C0%AF' },
  { id: 'lone-surrogate-utf8', raw: '%ED%A0%80' },
  { id: 'nul', raw: '%00' },
  { id: 'nul-inside', raw: 'a%00b' },
  { id: 'huge-int', raw: '99999999999999999999' },
  { id: 'int32-overflow', raw: '2147483648' },
  { id: 'exp-overflow', raw: '1e400' },
  { id: 'negative', raw: '-1' },
  { id: 'nan', raw: 'NaN' },
  { id: 'fraction', raw: '1.5' },
  { id: 'arabic-digits', raw: enc('١٢') },
  { id: 'empty', raw: '' },
  { id: 'array', raw: '1', repeat: true },
  { id: 'long', raw: 'a'.repeat(5_000) },
  { id: 'very-long', raw: 'a'.repeat(100_000) },
  { id: 'long-vietnamese', raw: enc('Đảng bộ '.repeat(500)) },
  { id: 'non-nfc', raw: enc('Vie\u0323\u0302t Nam') },
  { id: 'emoji', raw: enc('💥\u202e\u200b') },
  { id: 'crlf', raw: enc('x\r\nSet-Cookie: a=1') },
  { id: 'bad-date', raw: '2026-13-45' },
  { id: 'huge-date', raw: '275760-09-14' },
  { id: 'traversal', raw: enc('../../../etc/passwd') },
  { id: 'proto', raw: '__proto__' },
  { id: 'url-js', raw: enc('javascript:alert(5)') },
  ...XSS_MARKERS.map((m, i) => ({ id: `xss-${i}`, raw: enc(m) })),
];

const byId = new Map(CORPUS.map((h) => [h.id, h]));
/** Values every parameter of every route gets: the ones that broke things before. */
const CORE = ['bad-escape', 'invalid-utf8', 'huge-int', 'array', 'xss-0'].map((id) =>
  byId.get(id)!,
);

/**
 * Query parameters the handlers read (besides those found in links), by route. The suite checks
 * that every `c.req.query('…')` in src/ appears here, so a new parameter cannot go unfuzzed.
 */
export const QUERY_PARAMS: Record<string, string[]> = {
  '/quan-tri/dang-nhap': ['het-han', 'nhap', 'da-thoat', 'tiep'],
  '/quan-tri/nguoi-dung': ['da-luu'],
  '/quan-tri/nguoi-dung/:id{[0-9]+}': ['da-luu'],
  '/quan-tri/tai-khoan': ['da-doi', 'doi-mat-khau'],
  '/quan-tri/nhat-ky': ['hanh-dong', 'nguoi', 'q', 'tu', 'den', 'trang', 'don-vi'],
  '/quan-tri/nhat-ky.csv': ['hanh-dong', 'nguoi', 'q', 'tu', 'den', 'don-vi'],
  '/quan-tri/bai-viet': ['trang-thai', 'chuyen-muc', 'tac-gia', 'tu', 'den', 'q', 'trang'],
  '/quan-tri/bai-viet/:id{[0-9]+}': ['da-khoi-phuc', 'da-tiep-quan'],
  '/quan-tri/bai-viet/:id{[0-9]+}/phien-ban': ['tu', 'den'],
  '/quan-tri/bao-cao': ['tu', 'den', 'chuyen-muc', 'tac-gia', 'trang-thai'],
  '/quan-tri/bao-cao.xlsx': ['tu', 'den', 'chuyen-muc', 'tac-gia', 'trang-thai'],
  '/quan-tri/bao-cao.csv': ['tu', 'den', 'chuyen-muc', 'tac-gia', 'trang-thai'],
  '/quan-tri/thong-ke': ['khoang', 'bang', 'pham-vi'],
  '/quan-tri/thong-ke/csv': ['khoang', 'bang', 'pham-vi'],
  '/quan-tri/thu-vien': ['q', 'loai', 'trang'],
  '/quan-tri/thu-vien/:id{[0-9]+}': ['da-luu'],
  '/quan-tri/api/media': ['q', 'kind', 'page'],
  '/quan-tri/cai-dat': ['da-luu'],
  '/quan-tri/cai-dat/khoi-ben': ['da-luu'],
  '/quan-tri/cai-dat/menu': ['da-luu'],
  '/quan-tri/cai-dat/menu/moi': ['menu'],
  '/quan-tri/cai-dat/banner': ['da-luu'],
  '/quan-tri/cai-dat/lien-ket': ['da-luu', 'kiem-tra'],
  '/quan-tri/ban-do': ['da-luu'],
  '/quan-tri/trang': ['da-luu', 'tam-ngung', 'hoat-dong'],
  '/quan-tri/trang/moi': ['don-vi'],
  '/quan-tri/trang/:id{[0-9]+}': ['da-luu', 'tam-ngung', 'hoat-dong'],
  '/quan-tri/ban-do/:code{[0-9]{5}}': ['da-luu'],
  '/quan-tri/bai-viet/dia-danh': ['bai'],
  '/quan-tri/bai-viet/:id{[0-9]+}/dia-danh': ['da-luu'],
  '/api/dem.gif': ['t', 'a'],
  '/lien-ket': ['id'],
  '/lich-cong-tac': ['tuan', 'don-vi'],
  '/lich-cong-tac/in': ['tuan', 'don-vi'],
  '/lich-cong-tac.ics': ['don-vi'],
  '/lich-cong-tac/rss': ['don-vi'],
  '/quan-tri/lich-cong-tac': ['tuan', 'da-luu', 'da-duyet'],
  '/quan-tri/lich-cong-tac/moi': ['tuan', 'don-vi'],
  '/quan-tri/lich-cong-tac/:id{[0-9]+}': ['da-luu'],
  '/quan-tri/co-cau-to-chuc': ['da-luu'],
  '/quan-tri/co-cau-to-chuc/can-bo/:id{[0-9]+}': ['da-luu'],
  '/tim-kiem': ['q', 'chuyen-muc', 'tu-ngay', 'den-ngay', 'trang'],
  '/ban-do/:segment{[a-z0-9-]*[0-9]{5}}': ['trang'],
  '/:section': ['trang'],
  '/gop-y': ['loai'],
  '/hoi-dap': ['q', 'don-vi', 'trang'],
  '/quan-tri/gop-y': ['trang-thai', 'trang'],
  '/quan-tri/gop-y/:id{[0-9]{1,9}}': ['da-luu'],
  '/quan-tri/gop-y/cai-dat': ['da-luu', 'da-xoa'],
  '/lay-y-kien/:id{[0-9]{1,9}}': ['da-gui'],
  '/quan-tri/lay-y-kien/:id{[0-9]{1,9}}': ['trang-thai', 'trang', 'da-luu'],
  '/quan-tri/thu-vien-anh': ['trang'],
  '/quan-tri/thu-vien-anh/:id{[0-9]+}': ['da-luu'],
  '/thu-vien-anh': ['trang'],
  '/quan-tri/chuyen-de': ['da-luu'],
  '/quan-tri/video/:id{[0-9]+}': ['da-luu'],
  '/quan-tri/van-ban': ['trang', 'da-luu'],
  '/quan-tri/van-ban/:id{[0-9]{1,9}}': ['da-luu'],
  '/quan-tri/van-ban/danh-muc': ['da-luu'],
  '/van-ban': [
    'q',
    'loai',
    'co-quan',
    'linh-vuc',
    'nguoi-ky',
    'nam',
    'tu-ngay',
    'den-ngay',
    'hieu-luc',
    'trang',
  ],
  '/van-ban/:id{[0-9]{1,9}}/tep/:n{[0-9]{1,3}}/:name{[^/]+}': ['tai-ve'],
};

/** Every query parameter name read in src/ (c.req.query('name'), and the search form's names). */
export function queryNamesInSource(root: string): Set<string> {
  const names = new Set<string>();
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts')) {
        const text = fs.readFileSync(p, 'utf8');
        for (const m of text.matchAll(/req\.queries?\(\s*'([^']+)'\s*\)/g)) names.add(m[1]!);
      }
    }
  };
  walk(root);
  return names;
}

/** Form fields of routes that no page shows as a form (the JSON and upload API). */
const EXTRA_FIELDS: Record<string, string[]> = {
  '/quan-tri/api/media/:id{[0-9]+}': ['alt', 'caption', 'credit'],
  '/quan-tri/api/media': ['files'],
  '/quan-tri/xac-thuc': ['code'],
  '/quan-tri/bai-viet/:id{[0-9]+}/phien-ban/:n{[0-9]+}/khoi-phuc': [],
  '/quan-tri/nguoi-dung/:id{[0-9]+}/kich-hoat': [],
  '/quan-tri/nguoi-dung/:id{[0-9]+}/mo-khoa': [],
  '/quan-tri/chon-trang': ['site'],
  '/quan-tri/nguoi-dung/:id{[0-9]+}/quyen-trang': ['site', 'role', 'allSections'],
  '/quan-tri/nguoi-dung/:id{[0-9]+}/thu-hoi': ['site'],
};

/** A request as the fuzzer sends it. */
export interface Probe {
  who: Who;
  method: 'GET' | 'POST';
  url: string;
  body?: string | Uint8Array | FormData;
  headers?: Record<string, string>;
  label: string;
}

export interface Answer {
  status: number;
  type: string;
  text: string;
  location: string | null;
}

/** A finding: a request whose answer breaks a rule. */
export interface Finding {
  label: string;
  who: Who;
  method: string;
  url: string;
  status: number;
  problem: string;
}

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;
const STACK =
  /\n\s+at [^\n]+:\d+:\d+|node_modules\/|(TypeError|RangeError|URIError|SyntaxError|ZodError):/;

/** The rules every answer must keep, whatever the input. */
export function judge(p: Probe, a: Answer): string[] {
  const out: string[] = [];
  if (a.status >= 500) out.push(`answered ${a.status}`);
  if (STACK.test(a.text)) out.push('leaks a stack trace or an error class');
  if (a.status >= 400 && a.status < 500 && a.status !== 404 && !VIETNAMESE.test(a.text))
    out.push('error answer without a Vietnamese message');
  if (a.type.includes('text/html'))
    for (const m of XSS_MARKERS) if (a.text.includes(m)) out.push(`reflects ${m} unescaped`);
  if (a.location && /[\r\n]/.test(a.location)) out.push('header injection in Location');
  return out;
}

/** Where the back office's signed-in roles and the anonymous visitor stand for the fuzz pass. */
export async function fuzzWorld(t: TestApp, clock: ReturnType<typeof manualClock>) {
  const world = await securityWorld(t, clock);
  // A reader's message and a receiving unit, so the participation inbox has something to act on.
  await withSite(DEFAULT_SITE_ID, async () => {
    await t.deps.participation.createUnit(
      { id: null, name: 'Kiểm thử', ip: '127.0.0.1', userAgent: 'vitest' },
      { name: 'Văn phòng', people: '', email: '' },
    );
    await t.deps.participation.submit({
      kind: 'hoi-dap',
      name: 'Người Gửi Thử',
      email: 'nguoi.gui@example.vn',
      phone: '',
      address: '',
      unitId: null,
      subject: 'Câu hỏi kiểm thử',
      body: 'Nội dung kiểm thử',
      consentReply: true,
      consentPublish: true,
    });
  });
  // A draft open for comment, so its public form and back-office page are crawled and fuzzed.
  await draftWithConsultation(t, {
    opensAt: new Date(clock.now().getTime() - 3600_000),
    closesAt: new Date(clock.now().getTime() + 30 * 86_400_000),
  });
  const routes = routesOf(t.app);
  const anon = agent(t.app);
  const samples = new Map<Route, string>();
  const forms = new Map<Route, FoundForm[]>();
  /** The role a route is fuzzed as: the first that reaches it (public routes: anonymous). */
  const owner = new Map<Route, Who>();
  const seed = async (who: Who, a: Agent, start: string[]) => {
    const c = await crawl(a, routes, start, 120);
    for (const [r, s] of c.samples)
      if (!samples.has(r)) {
        samples.set(r, s);
        owner.set(r, who);
      }
    for (const [r, f] of c.forms) if (!forms.has(r)) forms.set(r, f);
  };
  await seed('anonymous', anon, [
    '/',
    '/quan-tri/dang-nhap',
    '/lien-ket',
    '/ban-do',
    '/gop-y',
    '/gop-y/tra-cuu',
    '/hoi-dap',
    '/lay-y-kien',
  ]);
  await seed('anonymous', anon, ['/', '/quan-tri/dang-nhap', '/lien-ket', '/ban-do', '/van-ban']);
  for (const role of ['approver', 'admin', 'editor', 'reporter'] as Role[])
    await seed(role, world.agents[role], ['/quan-tri']);
  // The routes crawling cannot reach get their path from a sibling route's sample.
  const fill: Record<string, string> = {
    id: '1',
    n: '1',
    dir: 'len',
    code: '03301',
    token: 'abc.def',
    file: 'bai-viet-1.xml',
    section: 'tin-trong-tinh',
    '*': 'x.jpg',
  };
  for (const r of routes) {
    const isAccount = r.path.startsWith('/quan-tri/nguoi-dung/:id');
    if (samples.has(r) && !isAccount) continue;
    let s = r.path;
    for (const name of r.params) {
      let value = isAccount && name === 'id' ? String(world.victim.id) : fill[name];
      for (const [other, sample] of samples) {
        if (value && isAccount) break;
        const prefix = other.path.slice(0, other.path.indexOf(`:${name}`));
        if (other.params.includes(name) && r.path.startsWith(prefix) && prefix.length > 1) {
          const m = other.re.exec(sample);
          const v = m?.[other.params.indexOf(name) + 1];
          if (v) {
            value = v;
            break;
          }
        }
      }
      s = s.replace(
        new RegExp(`:${name.replace('*', '\\*')}(\\{(?:[^{}]|\\{[^{}]*\\})*\\})?|\\*`),
        value ?? '1',
      );
    }
    samples.set(r, s);
    if (!owner.has(r))
      owner.set(
        r,
        !r.path.startsWith('/quan-tri')
          ? 'anonymous'
          : /nguoi-dung|cai-dat|nhat-ky/.test(r.path)
            ? 'admin'
            : 'approver',
      );
  }
  for (const [path, fields] of Object.entries(EXTRA_FIELDS)) {
    const r = routes.find((x) => x.method === 'POST' && x.path === path);
    if (r && !forms.has(r))
      forms.set(r, [
        {
          action: samples.get(r)!,
          multipart: path === '/quan-tri/api/media',
          fields: fields.map((f) => [f, '']),
        },
      ]);
  }
  // Autosave takes the article form's fields.
  const autosave = routes.find((x) => x.path === '/quan-tri/api/bai-viet/:id{[0-9]+}/tu-luu');
  const articleForm = routes.find(
    (x) => x.method === 'POST' && x.path === '/quan-tri/bai-viet/:id{[0-9]+}',
  );
  if (autosave && articleForm && forms.has(articleForm))
    forms.set(autosave, forms.get(articleForm)!);

  const csrf = {} as Record<Who, string>;
  const refreshCsrf = async (role: Role) => {
    await world.agents[role].get('/quan-tri/tai-khoan');
    csrf[role] = world.agents[role].csrf();
  };
  for (const role of ROLES) await refreshCsrf(role);
  await anon.get('/quan-tri/dang-nhap');
  csrf.anonymous = anon.csrf();
  const posts = new Map<Who, number>();

  /** Sends one probe with the cookies of its client; signs the role in again if it lost its session. */
  async function send(p: Probe): Promise<Answer> {
    const a = p.who === 'anonymous' ? anon : world.agents[p.who];
    const headers: Record<string, string> = {
      'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0 Safari/537.36',
      ...p.headers,
    };
    if (p.method === 'POST' && !('origin' in headers)) headers.origin = 'https://dangbo.example.vn';
    if (a.jar.size && !('cookie' in headers))
      headers.cookie = [...a.jar].map(([k, v]) => `${k}=${v}`).join('; ');
    if (p.method === 'POST') {
      const n = (posts.get(p.who) ?? 0) + 1;
      posts.set(p.who, n);
      // Stay under the write rate limit (per account per minute).
      if (n % 100 === 0) clock.tick(61_000);
    }
    const res = await t.app.request(p.url, {
      method: p.method,
      headers,
      body: p.body as BodyInit | undefined,
    });
    const text = await res.text();
    const answer = {
      status: res.status,
      type: res.headers.get('content-type') ?? '',
      text,
      location: res.headers.get('location'),
    };
    if (
      p.who !== 'anonymous' &&
      !p.headers?.cookie &&
      (answer.location?.startsWith('/quan-tri/dang-nhap') || answer.status === 401)
    ) {
      if (process.env.FUZZ_DEBUG)
        console.info(`relogin ${p.who} after ${p.method} ${p.url.slice(0, 80)} ${p.label}`);
      await world.relogin(p.who);
      await refreshCsrf(p.who);
    }
    return answer;
  }

  return { world, routes, samples, forms, owner, csrf, send, anon };
}

/** The values one parameter gets: the core set, a rotating sample, and the whole corpus once per name. */
export function valuesFor(name: string, seen: Set<string>, turn: number): Hostile[] {
  name = name.replace(/^(query|body):/, '');
  if (!seen.has(name)) {
    seen.add(name);
    return CORPUS;
  }
  const rest = CORPUS.filter((h) => !CORE.includes(h));
  const extra = [rest[turn % rest.length]!];
  return [...CORE, ...extra];
}

/** A query string with `name` set to a hostile value and the other parameters as given. */
export function withQuery(base: [string, string][], name: string, h: Hostile): string {
  const parts = base.filter(([k]) => k !== name).map(([k, v]) => `${enc(k)}=${enc(v)}`);
  parts.push(`${enc(name)}=${h.raw}`);
  if (h.repeat) parts.push(`${enc(name)}=2`);
  return parts.join('&');
}
