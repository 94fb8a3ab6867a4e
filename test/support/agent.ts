import type { Hono } from 'hono';
import { DIGIT_WORDS } from '../../src/modules/participation/participation.challenge.ts';

/** Put as a field's value: the agent answers the contact form's sum from the last page. */
export const SUM_ANSWER = '\u0000sum-answer';

/** A response read once: status, headers, body text. */
export interface AgentResponse {
  status: number;
  headers: Headers;
  text: string;
  location: string | null;
}

/**
 * A browser-like client for in-process HTTP tests: keeps cookies, sends a same-site Origin on
 * posts, and finds the CSRF token in the last page it got.
 */
export function agent(app: Pick<Hono, 'request'>, origin = 'https://dangbo.example.vn') {
  const jar = new Map<string, string>();
  let lastHtml = '';

  function store(headers: Headers): void {
    for (const line of headers.getSetCookie()) {
      const [pair = '', ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some(
        (a) => /max-age=0/i.test(a) || /expires=Thu, 01 Jan 1970/i.test(a),
      );
      if (expired || value === '') jar.delete(name);
      else jar.set(name, value);
    }
  }

  async function send(
    method: string,
    path: string,
    init: { body?: URLSearchParams | FormData; headers?: Record<string, string> } = {},
  ): Promise<AgentResponse> {
    const headers: Record<string, string> = {
      'user-agent':
        'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36',
      ...init.headers,
    };
    if (jar.size) headers.cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    if (init.body instanceof URLSearchParams)
      headers['content-type'] = 'application/x-www-form-urlencoded';
    // Sent to the agent's own origin (the host decides the site on a multi-site install).
    const url = path.startsWith('/') ? `${origin}${path}` : path;
    const res = await app.request(url, { method, headers, body: init.body });
    store(res.headers);
    const text = await res.text();
    if (res.headers.get('content-type')?.includes('text/html')) lastHtml = text;
    return {
      status: res.status,
      headers: res.headers,
      text,
      location: res.headers.get('location'),
    };
  }

  return {
    jar,
    get: (path: string, headers: Record<string, string> = {}) => send('GET', path, { headers }),
    /** Posts a form; adds the CSRF token of the last page unless `_csrf` is given (or null to omit). */
    post(
      path: string,
      fields: Record<string, string | string[]>,
      opts: { csrf?: string | null; origin?: string | null } = {},
    ) {
      const body = new URLSearchParams();
      for (const [k, v] of Object.entries(fields))
        for (const x of Array.isArray(v) ? v : [v])
          body.append(k, x === SUM_ANSWER ? this.sumAnswer() : x);
      const token = opts.csrf === undefined ? this.csrf() : opts.csrf;
      if (token !== null) body.set('_csrf', token);
      const headers: Record<string, string> = {};
      const o = opts.origin === undefined ? origin : opts.origin;
      if (o !== null) headers.origin = o;
      return send('POST', path, { body, headers });
    },
    /**
     * Posts a multipart form (file uploads). The CSRF token of the last page goes in the `_csrf`
     * field, in the `X-CSRF-Token` header, or nowhere; the Origin header as for `post`.
     */
    multipart(
      path: string,
      form: FormData,
      opts: {
        csrf?: 'field' | 'header' | 'none';
        origin?: string | null;
        headers?: Record<string, string>;
      } = {},
    ) {
      const headers: Record<string, string> = { ...opts.headers };
      const mode = opts.csrf ?? 'field';
      if (mode === 'field') form.set('_csrf', this.csrf());
      if (form.get('kiem-tra') === SUM_ANSWER) form.set('kiem-tra', this.sumAnswer());
      if (mode === 'header') headers['x-csrf-token'] = this.csrf();
      const o = opts.origin === undefined ? origin : opts.origin;
      if (o !== null) headers.origin = o;
      return send('POST', path, { body: form, headers });
    },
    /**
     * The answer to the contact form's sum on the last page ("Bảy cộng năm bằng mấy?": "12"), as a
     * reader without script gives it; '' when the page asks none.
     */
    sumAnswer(): string {
      const m = /Câu hỏi kiểm tra: (\p{L}+) cộng (\p{L}+) bằng mấy\?/u.exec(lastHtml);
      if (!m) return '';
      const n = (w: string) => DIGIT_WORDS.indexOf(w.toLocaleLowerCase('vi'));
      return String(n(m[1]!) + n(m[2]!));
    },
    /** The CSRF token in the last HTML page received. */
    csrf(): string {
      return /name="_csrf" value="([^"]+)"/.exec(lastHtml)?.[1] ?? '';
    },
    /** Follows a redirect chain with GETs. */
    async follow(res: AgentResponse): Promise<AgentResponse> {
      let r = res;
      for (let i = 0; i < 5 && r.location && r.status >= 300 && r.status < 400; i++)
        r = await send('GET', r.location);
      return r;
    },
  };
}
