import crypto from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../../http/env.ts';
import { originOf, sameOrigin } from '../../http/origin.ts';
import type { Config } from '../../config/config.ts';
import type { Shell } from '../../shell/shell.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { AuthService } from './auth.service.ts';
import { sessionCookieName, STASH_COOKIE, STASH_TTL_MS } from './auth.ts';
import type { AuditAction } from '../audit/audit.ts';
import { renderAdmin } from '../../shell/render-admin.tsx';
import { ResubmitPage } from '../../shell/resubmit.page.tsx';
import { AUTH_MESSAGES as M, say } from './auth.messages.ts';
import { errorJson } from '../../http/errors.ts';
import { PROVINCE_SITE_ID, siteOf, type RequestSite } from '../../http/site.ts';
import { withSite } from '../../db/site-scope.ts';
import { grantedSiteIds, onSite, type Account } from '../account/account.ts';
import type { PlatformService } from '../platform/platform.service.ts';
import { requestSite, type Site } from '../platform/platform.ts';
import { NoSitePage } from './views/auth.pages.tsx';

/** What the cookie helpers use. */
export interface CookieDeps {
  config: Pick<Config, 'baseUrl'>;
}

/** What the staff guard uses. */
export interface StaffGuardDeps {
  auth: AuthService;
  audit: AuditService;
  shell: Shell;
  config: Pick<Config, 'baseUrl'>;
  platform: Pick<PlatformService, 'directory'>;
}

/** Paths an account may use on a site where it holds no role (its own account, leaving). */
const WITHOUT_GRANT =
  /^\/quan-tri\/(dang-xuat|chon-trang|xac-thuc|bao-mat(\/.*)?|tai-khoan(\/.*)?)$/;

/** The request's view of a working site chosen on the province's host: its own public base. */
function workingRequestSite(site: Site, baseUrl: string): RequestSite {
  const base = baseUrl.replace(/\/+$/, '');
  const r = requestSite({ site, prefix: '', path: '/' }, base);
  return { ...r, base: site.host ? r.base : `${base}${site.pathPrefix ?? ''}` };
}

/**
 * The back office's working site: on a site's own host or path prefix, that site; on the
 * province's host, the session's choice while the account still holds a role there, else its
 * first granted site (the province first).
 */
export function workingSiteOf(
  here: RequestSite,
  sessionSiteId: number | null,
  account: Pick<Account, 'grants'>,
  siteIds: readonly number[],
): number {
  if (here.id !== PROVINCE_SITE_ID) return here.id;
  const choices = grantedSiteIds(account, siteIds);
  if (sessionSiteId !== null && choices.includes(sessionSiteId)) return sessionSiteId;
  return choices[0] ?? PROVINCE_SITE_ID;
}

/** Cookie carrying the login form's token before any session exists (double submit). */
export const LOGIN_CSRF_COOKIE = 'dn_token';

const PUBLIC = new Set(['/quan-tri/dang-nhap']);
const SECRET_FIELD = /password|mat-?khau|current|next|confirm|code|ma$|_csrf/i;

/** Cookie options: HttpOnly, SameSite=Lax, Secure behind TLS; a browser-session cookie (no "remember me"). */
export function cookieOptions(deps: CookieDeps) {
  return {
    httpOnly: true,
    sameSite: 'Lax' as const,
    secure: deps.config.baseUrl.startsWith('https:'),
    path: '/',
  };
}

/** Sets the session cookie (named `__Host-phien` under an https base URL). */
export function setSessionCookie(c: Context, deps: CookieDeps, token: string): void {
  setCookie(c, sessionCookieName(deps.config.baseUrl), token, cookieOptions(deps));
}

/** The session cookie's token, if the browser sent one. */
export function sessionToken(c: Context, deps: CookieDeps): string | undefined {
  return getCookie(c, sessionCookieName(deps.config.baseUrl));
}

/** Removes the session cookie. */
export function clearSessionCookie(c: Context, deps: CookieDeps): void {
  deleteCookie(c, sessionCookieName(deps.config.baseUrl), cookieOptions(deps));
}

/** The stash cookie: only this browser may get its stashed form back, for one hour. */
function setStashCookie(c: Context, deps: CookieDeps, secret: string): void {
  setCookie(c, STASH_COOKIE, secret, {
    ...cookieOptions(deps),
    sameSite: 'Strict',
    path: '/quan-tri',
    maxAge: STASH_TTL_MS / 1000,
  });
}

/** The secret of this browser's stashed form, if any. */
export function stashSecret(c: Context): string | undefined {
  const s = getCookie(c, STASH_COOKIE);
  return s && /^[\w-]{43}$/.test(s) ? s : undefined;
}

/** Forgets this browser's stashed form. */
export function clearStashCookie(c: Context, deps: CookieDeps): void {
  deleteCookie(c, STASH_COOKIE, { ...cookieOptions(deps), path: '/quan-tri' });
}

/** The login form's token, set as a cookie on first sight. */
export function loginCsrf(c: Context, deps: CookieDeps): string {
  let t = getCookie(c, LOGIN_CSRF_COOKIE);
  if (!t || t.length < 20) {
    t = crypto.randomBytes(24).toString('base64url');
    setCookie(c, LOGIN_CSRF_COOKIE, t, cookieOptions(deps));
  }
  return t;
}

/** Back-office JSON endpoints (used by scripts such as the editor and the upload enhancement). */
export const API_PREFIX = '/quan-tri/api/';

/**
 * The `X-CSRF-Token` header, for scripts that post without a form field (multipart uploads by
 * fetch, JSON). Honoured only when the request names its Origin, which the caller has already
 * checked to be ours: a header token never stands in for the Origin check.
 */
function headerToken(c: Context): string {
  return c.req.header('origin') ? (c.req.header('x-csrf-token') ?? '') : '';
}

function equal(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

/** Form fields without secrets (passwords, codes, tokens), to carry over or stash. */
export function keptFields(
  body: Record<string, string | File | (string | File)[]>,
): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(body)) {
    if (SECRET_FIELD.test(k)) continue;
    if (Array.isArray(v)) out[k] = v.filter((x): x is string => typeof x === 'string');
    else if (typeof v === 'string') out[k] = v;
  }
  return out;
}

/**
 * Guards every /quan-tri route: loads the session (idle and absolute limits), refuses
 * cross-site and token-less posts, keeps a form posted after the session ended, and walks the
 * person through the second factor, enrolment and a forced password change.
 */
export function staffGuard(deps: StaffGuardDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const path = c.req.path.replace(/\/+$/, '') || '/';
    const post = c.req.method === 'POST';
    const api = path.startsWith(API_PREFIX);
    const o = originOf(c);
    const token = sessionToken(c, deps);
    const resolved = await deps.auth.resolve(token, o);
    // Rights are those of the working site: its grant laid over the account, and the rest of
    // the request scoped to it, so every repository call reads and writes that site only.
    const here = siteOf(c);
    const dir = deps.platform.directory();
    const siteIds = dir.sites.map((s) => s.id);
    const working = resolved.ok
      ? workingSiteOf(here, resolved.session.siteId, resolved.account, siteIds)
      : here.id;
    const workingSite = dir.byId(working);
    c.set(
      'staff',
      resolved.ok
        ? {
            session: resolved.session,
            account: onSite(resolved.account, working),
            siteId: working,
          }
        : undefined,
    );
    if (working !== here.id && workingSite)
      c.set('site', workingRequestSite(workingSite, deps.config.baseUrl));
    if (!resolved.ok && token) clearSessionCookie(c, deps);
    // What a request without a session makes us record is budgeted (no unbounded writes).
    const record = (action: AuditAction, summary: string) =>
      resolved.ok
        ? deps.audit.record(
            { id: resolved.account.id, name: resolved.account.username, ...o },
            action,
            {
              summary,
            },
          )
        : deps.auth.auditAnonymous({ id: null, name: '', ...o }, action, { summary });

    if (post && !sameOrigin(c, deps.config.baseUrl)) {
      await record(
        'security.csrf_rejected',
        `Nguồn gửi khác: ${c.req.header('origin') ?? c.req.header('referer') ?? ''}`.slice(0, 200),
      );
      return c.text(M['auth.cross_origin'], 403);
    }

    // The JSON API answers in JSON: a script cannot follow a redirect to the login page.
    if (
      api &&
      (!resolved.ok || resolved.session.state !== 'active' || resolved.account.mustChangePassword)
    ) {
      return c.json(errorJson(say('auth.session_required')), 401);
    }

    if (!resolved.ok && !PUBLIC.has(path)) {
      const ended = resolved.reason !== 'missing' || Boolean(token);
      const params = new URLSearchParams({ tiep: path });
      if (ended) params.set('het-han', '1');
      // A form posted by a session that has just ended is kept for that account, in this
      // browser only, and only if it carries that session's own form token (so a form forged
      // elsewhere is never kept). Nothing is kept for a request without such a session.
      if (post && 'ended' in resolved) {
        const body = await c.req.parseBody({ all: true });
        const sent = typeof body._csrf === 'string' ? body._csrf : '';
        if (equal(sent, resolved.ended.csrfToken)) {
          const secret = await deps.auth.stashForm(
            resolved.ended.accountId,
            path,
            keptFields(body),
          );
          if (secret) setStashCookie(c, deps, secret);
        }
      }
      return c.redirect(`/quan-tri/dang-nhap?${params.toString()}`, 303);
    }

    if (post) {
      const body = await c.req.parseBody({ all: true });
      const sent = typeof body._csrf === 'string' ? body._csrf : headerToken(c);
      const expected = resolved.ok
        ? resolved.session.csrfToken
        : (getCookie(c, LOGIN_CSRF_COOKIE) ?? '');
      if (!expected || !equal(sent, expected)) {
        await record('security.csrf_rejected', `Mã biểu mẫu sai: ${path}`.slice(0, 200));
        if (api) return c.json(errorJson(say('auth.csrf_invalid')), 403);
        const csrf = resolved.ok ? resolved.session.csrfToken : loginCsrf(c, deps);
        return renderAdmin(
          c,
          deps,
          (chrome) => (
            <ResubmitPage
              chrome={chrome}
              action={path}
              fields={keptFields(body)}
              csrf={csrf}
              reason="Biểu mẫu đã hết hạn hoặc không hợp lệ nên chưa có thay đổi nào được lưu. Nội dung bạn đã nhập vẫn còn: kiểm tra rồi bấm “Gửi lại”."
            />
          ),
          403,
        );
      }
      if (resolved.ok && !(await deps.auth.allow(`write:${resolved.account.id}`, 120, 60_000))) {
        return c.text(M['auth.too_fast'], 429);
      }
    }

    if (resolved.ok) {
      const { session } = resolved;
      const account = onSite(resolved.account, working);
      const always = path === '/quan-tri/dang-xuat';
      if (session.state === 'totp' && path !== '/quan-tri/xac-thuc' && !always)
        return c.redirect('/quan-tri/xac-thuc', 303);
      if (session.state === 'enroll' && path !== '/quan-tri/bao-mat/hai-lop' && !always)
        return c.redirect('/quan-tri/bao-mat/hai-lop', 303);
      if (
        session.state === 'active' &&
        account.mustChangePassword &&
        !path.startsWith('/quan-tri/tai-khoan') &&
        !always &&
        !path.startsWith('/quan-tri/bao-mat')
      ) {
        return c.redirect('/quan-tri/tai-khoan?doi-mat-khau=1', 303);
      }
      if (!account.granted && !WITHOUT_GRANT.test(path)) {
        // Never another site's data: the sites this account may work on, with a switch.
        if (api) return c.json(errorJson(say('auth.site_not_granted')), 403);
        const choices = grantedSiteIds(resolved.account, siteIds).flatMap((id) => {
          const s = dir.byId(id);
          return s ? [{ id, name: s.name }] : [];
        });
        return withSite(working, () =>
          renderAdmin(
            c,
            deps,
            (chrome) => (
              <NoSitePage
                chrome={chrome}
                csrf={session.csrfToken}
                message={say('auth.no_site_here', workingSite?.name ?? here.name).message}
                sites={choices}
              />
            ),
            403,
          ),
        );
      }
      await withSite(working, next);
      return;
    }
    await next();
  };
}
