import type { Role } from '../../src/modules/account/account.ts';
import { agent, type AgentResponse } from './agent.ts';
import { makeStaff, manualClock, type TestStaff } from './staff.ts';
import type { testApp } from './test-app.ts';

type TestApp = Awaited<ReturnType<typeof testApp>>;
export type Agent = ReturnType<typeof agent>;

/** The back-office roles, least to most trusted in the newsroom (admin manages people, not content). */
export const ROLES: Role[] = ['reporter', 'editor', 'approver', 'admin'];
export type Who = Role | 'anonymous';

/** One route of the real app, as Hono lists it. */
export interface Route {
  method: 'GET' | 'POST';
  path: string;
  /** Matches a concrete path (no query). */
  re: RegExp;
  /** Names of the path parameters, in order. */
  params: string[];
}

/** Turns a Hono route pattern into a regular expression over concrete paths. */
function patternOf(path: string): { re: RegExp; params: string[] } {
  const params: string[] = [];
  let src = '';
  let i = 0;
  while (i < path.length) {
    const ch = path[i]!;
    if (ch === ':') {
      const m = /^:([A-Za-z0-9_]+)(\{((?:[^{}]|\{[^{}]*\})*)\})?/.exec(path.slice(i))!;
      params.push(m[1]!);
      src += m[3] ? `(${m[3]})` : '([^/]+)';
      i += m[0].length;
    } else if (ch === '*') {
      src += '(.*)';
      params.push('*');
      i++;
    } else {
      src += ch.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
      i++;
    }
  }
  return { re: new RegExp(`^${src}$`), params };
}

/** Every GET and POST route of the app (middleware entries and duplicates left out), in order. */
export function routesOf(app: TestApp['app']): Route[] {
  const seen = new Set<string>();
  const out: Route[] = [];
  for (const r of app.routes) {
    if (r.method !== 'GET' && r.method !== 'POST') continue;
    const key = `${r.method} ${r.path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ method: r.method, path: r.path, ...patternOf(r.path) });
  }
  return out;
}

/** The first route (in the app's order) that a concrete path falls to. */
export function routeFor(routes: Route[], method: string, path: string): Route | undefined {
  return routes.find((r) => r.method === method && r.re.test(path));
}

/** A form found on a page: where it posts and the fields it sends, with their default values. */
export interface FoundForm {
  action: string;
  multipart: boolean;
  fields: [string, string][];
}

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The POST forms of a page and their fields (inputs, text areas, selects). */
export function formsOf(html: string, pagePath: string): FoundForm[] {
  const out: FoundForm[] = [];
  for (const m of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    const attrs = m[1]!;
    if (!/method="post"/i.test(attrs)) continue;
    const action = decode(/action="([^"]*)"/.exec(attrs)?.[1] ?? pagePath);
    const fields: [string, string][] = [];
    const inner = m[2]!;
    for (const f of inner.matchAll(/<(input|textarea|select)\b([^>]*)>([\s\S]*?<\/\1>)?/g)) {
      const a = f[2]!;
      const name = /\bname="([^"]+)"/.exec(a)?.[1];
      if (!name) continue;
      const type = /\btype="([^"]+)"/.exec(a)?.[1] ?? '';
      if (type === 'file' || type === 'submit') continue;
      if ((type === 'checkbox' || type === 'radio') && !/\bchecked\b/.test(a)) continue;
      let value = /\bvalue="([^"]*)"/.exec(a)?.[1] ?? '';
      if (f[1] === 'textarea') value = f[3]?.replace(/<\/textarea>$/, '') ?? '';
      if (f[1] === 'select') {
        const opts = [...(f[3] ?? '').matchAll(/<option\b([^>]*)>/g)].map((o) => o[1]!);
        const chosen = opts.find((o) => /\bselected\b/.test(o)) ?? opts[0] ?? '';
        value = /\bvalue="([^"]*)"/.exec(chosen)?.[1] ?? '';
      }
      fields.push([decode(name), decode(value)]);
    }
    out.push({
      action: action.split('?')[0]!,
      multipart: /multipart\/form-data/i.test(attrs),
      fields,
    });
  }
  return out;
}

/** Same-site links of a page (paths with their query), without fragments. */
export function linksOf(html: string): string[] {
  const out = new Set<string>();
  for (const m of html.matchAll(/\b(?:href|src)="(\/[^"#]*)"/g)) {
    const href = decode(m[1]!);
    if (href.startsWith('//')) continue;
    out.add(href);
  }
  return [...out];
}

/** The test portal with one signed-in staff member per role, a second account to act on. */
export async function securityWorld(t: TestApp, clock: ReturnType<typeof manualClock>) {
  const sections = (await t.deps.site.sections()).map((s) => s.slug);
  const staff = {} as Record<Role, TestStaff>;
  const agents = {} as Record<Role, Agent>;
  for (const role of ROLES) {
    staff[role] = await makeStaff(t, clock, `sec_${role}`, role, role === 'admin' ? [] : sections);
    agents[role] = await staff[role].login();
  }
  const victim = await makeStaff(t, clock, 'sec_victim', 'reporter', sections.slice(0, 1));
  return {
    staff,
    agents,
    victim,
    /** Signs a role in again (after a probe ended its session). */
    async relogin(role: Role): Promise<Agent> {
      clock.tick(61_000);
      try {
        agents[role] = await staff[role].login();
      } catch {
        // The login rate limit (per address) may be spent by probes of the login form.
        clock.tick(15 * 60_000);
        try {
          agents[role] = await staff[role].login();
        } catch (err) {
          const a = agent(t.app);
          await a.get('/quan-tri/dang-nhap');
          const r = await a.post('/quan-tri/dang-nhap', {
            username: staff[role].username,
            password: staff[role].password,
          });
          const why = /<div class="notice[^>]*>([\s\S]*?)<\/div>/.exec(r.text)?.[1];
          throw new Error(`${role} cannot sign in again (${r.status}: ${why})`, { cause: err });
        }
      }
      return agents[role];
    },
  };
}

/**
 * Walks the pages a client can reach by links from `start` (GETs only, at most `limit` pages),
 * and returns one concrete path per route plus the forms seen, by the route they post to.
 */
export async function crawl(
  a: Agent,
  routes: Route[],
  start: string[],
  limit: number,
): Promise<{ samples: Map<Route, string>; forms: Map<Route, FoundForm[]>; pages: number }> {
  const samples = new Map<Route, string>();
  const forms = new Map<Route, FoundForm[]>();
  const queue = [...start];
  const seen = new Set<string>();
  // Several links per route pattern are enough: one sample each, and a couple of pages for forms.
  const perRoute = new Map<Route, number>();
  let pages = 0;
  while (queue.length && pages < limit) {
    const p = queue.shift()!;
    if (seen.has(p)) continue;
    seen.add(p);
    const [path = '', query] = p.split('?');
    const route = routeFor(routes, 'GET', path);
    if (!route) continue;
    if ((perRoute.get(route) ?? 0) >= (route.params.length ? 2 : 1) && query === undefined)
      continue;
    if ((perRoute.get(route) ?? 0) >= 3) continue;
    perRoute.set(route, (perRoute.get(route) ?? 0) + 1);
    if (/\.(csv|xlsx|xml|txt|png|svg|ico|gif|jpg|jpeg|webp|avif|pdf|js|css|woff2)$/.test(path)) {
      if (!samples.has(route)) samples.set(route, path);
      continue;
    }
    if (path.startsWith('/media/') || path.startsWith('/static/')) {
      if (!samples.has(route)) samples.set(route, path);
      continue;
    }
    const r: AgentResponse = await a.get(p);
    pages++;
    if (r.status !== 200) continue;
    if (!samples.has(route)) samples.set(route, path);
    if (!r.headers.get('content-type')?.includes('text/html')) continue;
    for (const f of formsOf(r.text, path)) {
      const target = routeFor(routes, 'POST', f.action);
      if (!target) continue;
      if (!samples.has(target)) samples.set(target, f.action);
      const list = forms.get(target) ?? [];
      if (list.length < 2) list.push(f);
      forms.set(target, list);
    }
    for (const l of linksOf(r.text)) if (!seen.has(l)) queue.push(l);
  }
  return { samples, forms, pages };
}

export { agent, makeStaff, manualClock };
