/**
 * The crawler's polite HTTP client: one request at a time at most `perSecond` per second, the
 * old site's robots.txt obeyed, a user agent naming this portal, a time-out and a size limit on
 * every response, same-host only (redirects included). A site that cannot be reached at all
 * stops the run (it resumes later); a page that fails is reported and skipped.
 */

/** The site could not be reached (connection refused or reset): the run stops, resumable. */
export class HostUnreachable extends Error {
  readonly code = 'ECONNRESET';
  constructor(url: string, cause: unknown) {
    super(`Không kết nối được tới trang cũ (${url}); chạy lại để tiếp tục từ chỗ dừng.`, { cause });
  }
}

/** One fetched resource, or the reason (in Vietnamese) it was not fetched. */
export type Fetched =
  | { ok: true; url: URL; contentType: string; body: Buffer }
  | { ok: false; message: string; disallowed?: boolean };

export interface FetcherOptions {
  userAgent: string;
  perSecond: number;
  timeoutMs: number;
  /** The hosts the crawl may visit (lower case, with port when not the default). */
  hosts: readonly string[];
  fetch?: typeof fetch;
}

/** A robots.txt read into its rule groups (user agents, allow/disallow patterns). */
interface RobotsRules {
  allow: string[];
  disallow: string[];
}

/**
 * Reads robots.txt for one user agent: the group naming the agent (by its product token) if
 * any, else the `*` group. Longest match wins, Allow on a tie; `*` and `$` as in RFC 9309.
 */
export function parseRobots(text: string, agent: string): RobotsRules {
  const token = agent.split('/')[0]!.toLowerCase();
  const groups: { agents: string[]; rules: RobotsRules }[] = [];
  let current: { agents: string[]; rules: RobotsRules } | undefined;
  let lastWasAgent = false;
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.replace(/#.*$/, '').trim();
    const m = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    const value = m[2]!.trim();
    if (key === 'user-agent') {
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: { allow: [], disallow: [] } };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current) continue;
    if (key === 'allow' && value) current.rules.allow.push(value);
    else if (key === 'disallow' && value) current.rules.disallow.push(value);
  }
  const mine = groups.filter((g) => g.agents.some((a) => a !== '*' && token.includes(a)));
  const chosen = mine.length ? mine : groups.filter((g) => g.agents.includes('*'));
  return {
    allow: chosen.flatMap((g) => g.rules.allow),
    disallow: chosen.flatMap((g) => g.rules.disallow),
  };
}

function patternMatch(pattern: string, path: string): number {
  const anchored = pattern.endsWith('$');
  const body = anchored ? pattern.slice(0, -1) : pattern;
  const re = new RegExp(
    '^' +
      body
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*') +
      (anchored ? '$' : ''),
  );
  return re.test(path) ? body.length : -1;
}

/** Whether robots rules let the agent fetch a path (with its query string). */
export function robotsAllows(rules: RobotsRules, pathAndQuery: string): boolean {
  let path = pathAndQuery;
  try {
    path = decodeURI(pathAndQuery);
  } catch {
    // kept as it came
  }
  const best = (list: string[]) =>
    Math.max(
      -1,
      ...list.map((p) => Math.max(patternMatch(p, pathAndQuery), patternMatch(p, path))),
    );
  const d = best(rules.disallow);
  if (d < 0) return true;
  return best(rules.allow) >= d;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export function politeFetcher(opts: FetcherOptions) {
  const doFetch = opts.fetch ?? fetch;
  const interval = 1000 / opts.perSecond;
  let nextAt = 0;
  let requests = 0;
  const robots = new Map<string, RobotsRules>();

  async function turn(): Promise<void> {
    const now = Date.now();
    const at = Math.max(now, nextAt);
    nextAt = at + interval;
    if (at > now) await new Promise((r) => setTimeout(r, at - now));
  }

  /** One GET, no redirect followed, the body read up to `max` bytes. */
  async function once(
    url: URL,
    max: number,
  ): Promise<
    | { status: number; location?: string; contentType: string; body?: Buffer; tooBig?: boolean }
    | { timeout: true }
  > {
    await turn();
    requests++;
    let res: Response;
    try {
      res = await doFetch(url, {
        redirect: 'manual',
        signal: AbortSignal.timeout(opts.timeoutMs),
        headers: { 'user-agent': opts.userAgent, accept: 'text/html,image/*;q=0.9,*/*;q=0.5' },
      });
    } catch (err) {
      const name = (err as Error).name;
      if (name === 'TimeoutError' || name === 'AbortError') return { timeout: true };
      throw new HostUnreachable(url.origin, err);
    }
    const contentType = (res.headers.get('content-type') ?? '').toLowerCase();
    if (REDIRECTS.has(res.status)) {
      await res.body?.cancel().catch(() => undefined);
      return { status: res.status, location: res.headers.get('location') ?? '', contentType };
    }
    const declared = Number(res.headers.get('content-length') ?? '0');
    if (declared > max || !res.body) {
      await res.body?.cancel().catch(() => undefined);
      return { status: res.status, contentType, tooBig: declared > max };
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const reader = res.body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > max) {
          await reader.cancel().catch(() => undefined);
          return { status: res.status, contentType, tooBig: true };
        }
        chunks.push(Buffer.from(value));
      }
    } catch (err) {
      const name = (err as Error).name;
      if (name === 'TimeoutError' || name === 'AbortError') return { timeout: true };
      throw new HostUnreachable(url.origin, err);
    }
    return { status: res.status, contentType, body: Buffer.concat(chunks) };
  }

  async function rulesFor(u: URL): Promise<RobotsRules> {
    const known = robots.get(u.host);
    if (known) return known;
    const r = await once(new URL('/robots.txt', u), 500_000);
    const rules =
      'status' in r && r.status === 200 && r.body
        ? parseRobots(r.body.toString('utf8'), opts.userAgent)
        : { allow: [], disallow: [] };
    robots.set(u.host, rules);
    return rules;
  }

  /** Whether an address is on one of the crawl's hosts (http or https). */
  function sameHost(u: URL): boolean {
    return ['http:', 'https:'].includes(u.protocol) && opts.hosts.includes(u.host.toLowerCase());
  }

  return {
    sameHost,
    /** Requests made so far (robots.txt included). */
    requests: () => requests,
    /** Fetches a page or a file of the old site, following same-host redirects (5 at most). */
    async get(address: string | URL, max: number): Promise<Fetched> {
      let url = new URL(address);
      for (let hop = 0; hop <= 5; hop++) {
        if (!sameHost(url))
          return { ok: false, message: `Địa chỉ ngoài trang cũ, không tải: ${url.href}` };
        const rules = await rulesFor(url);
        if (!robotsAllows(rules, url.pathname + url.search))
          return {
            ok: false,
            disallowed: true,
            message: `robots.txt của trang cũ không cho phép tải: ${url.pathname}${url.search}`,
          };
        const r = await once(url, max);
        if ('timeout' in r)
          return { ok: false, message: `Quá thời gian chờ (${opts.timeoutMs} ms): ${url.href}` };
        if (r.location !== undefined) {
          try {
            url = new URL(r.location, url);
          } catch {
            return { ok: false, message: `Chuyển hướng không hợp lệ: ${url.href}` };
          }
          continue;
        }
        if (r.tooBig)
          return { ok: false, message: `Quá giới hạn dung lượng (${max} byte): ${url.href}` };
        if (r.status !== 200 || !r.body)
          return { ok: false, message: `Trang cũ trả mã ${r.status}: ${url.href}` };
        return { ok: true, url, contentType: r.contentType, body: r.body };
      }
      return { ok: false, message: `Quá nhiều lần chuyển hướng: ${address.toString()}` };
    },
  };
}
export type PoliteFetcher = ReturnType<typeof politeFetcher>;
