import { Hono } from 'hono';
import { deleteCookie } from 'hono/cookie';
import { z } from 'zod';
import type { AppEnv } from '../../http/env.ts';
import { addressGroup } from '../../http/client-address.ts';
import { originOf } from '../../http/origin.ts';
import { renderAdmin } from '../../shell/render-admin.tsx';
import type { Config } from '../../config/config.ts';
import type { Shell } from '../../shell/shell.ts';
import type { AccountService } from '../account/account.service.ts';
import { grantedSiteIds, grantOn, onSite } from '../account/account.ts';
import type { PlatformService } from '../platform/platform.service.ts';
import { formText } from '../../http/admin-guard.ts';
import { Forbidden } from '../../http/errors.ts';
import type { AuthService } from './auth.service.ts';
import {
  clearSessionCookie,
  cookieOptions,
  LOGIN_CSRF_COOKIE,
  loginCsrf,
  setSessionCookie,
  stashSecret,
} from './auth.middleware.tsx';
import { EnrolPage, LoginPage, RecoveryCodesPage, TotpPage } from './views/auth.pages.tsx';
import { AUTH_MESSAGES as M, say as sayAuth } from './auth.messages.ts';

/** What the sign-in pages use. */
export interface AuthRouteDeps {
  auth: AuthService;
  accounts: AccountService;
  platform: Pick<PlatformService, 'directory'>;
  shell: Shell;
  config: Pick<Config, 'baseUrl'>;
}

const loginSchema = z.object({
  username: z.string().max(100).default(''),
  password: z.string().max(400).default(''),
  tiep: z.string().max(300).optional(),
});

/** Only a back-office path may be the place to return to (no open redirect). */
function safeNext(next: string | undefined): string {
  return next && /^\/quan-tri(\/[\w\-/]*)?$/.test(next) && !next.startsWith('/quan-tri/dang-nhap')
    ? next
    : '/quan-tri';
}

/** Login, second factor, enrolment and logout. */
export function authAdminRoutes(deps: AuthRouteDeps) {
  const app = new Hono<AppEnv>();

  app.get('/dang-nhap', async (c) => {
    if (c.get('staff')?.session.state === 'active') return c.redirect('/quan-tri', 303);
    const info = c.req.query('het-han')
      ? stashSecret(c)
        ? M['auth.session_expired_kept']
        : M['auth.session_expired']
      : c.req.query('da-thoat')
        ? M['auth.logged_out']
        : undefined;
    const csrf = loginCsrf(c, deps);
    return renderAdmin(c, deps, (chrome) => (
      <LoginPage chrome={chrome} csrf={csrf} info={info} next={c.req.query('tiep')} />
    ));
  });

  app.post('/dang-nhap', async (c) => {
    const o = originOf(c);
    const form = loginSchema.parse(await c.req.parseBody());
    const csrf = loginCsrf(c, deps);
    const again = (error: string, status: 400 | 429 = 400) =>
      renderAdmin(
        c,
        deps,
        (chrome) => (
          <LoginPage
            chrome={chrome}
            csrf={csrf}
            username={form.username}
            error={error}
            next={form.tiep}
          />
        ),
        status,
      );
    if (!(await deps.auth.allow(`login:${addressGroup(o.ip)}`, 20, 15 * 60_000))) {
      return again(M['auth.too_many_logins'], 429);
    }
    if (!form.username || !form.password) return again(M['auth.credentials_required']);
    const result = await deps.auth.login(form.username, form.password, o);
    if (!result.ok) return again(result.message);
    deleteCookie(c, LOGIN_CSRF_COOKIE, cookieOptions(deps));
    setSessionCookie(c, deps, result.token);
    if (result.state === 'totp') return c.redirect(`/quan-tri/xac-thuc`, 303);
    if (result.state === 'enroll') return c.redirect('/quan-tri/bao-mat/hai-lop', 303);
    return c.redirect(safeNext(form.tiep), 303);
  });

  app.get('/xac-thuc', async (c) => {
    const staff = c.get('staff');
    if (!staff || staff.session.state !== 'totp') return c.redirect('/quan-tri', 303);
    return renderAdmin(c, deps, (chrome) => (
      <TotpPage chrome={chrome} csrf={staff.session.csrfToken} />
    ));
  });

  app.post('/xac-thuc', async (c) => {
    const staff = c.get('staff');
    if (!staff || staff.session.state !== 'totp') return c.redirect('/quan-tri', 303);
    const body = await c.req.parseBody();
    const code = typeof body.code === 'string' ? body.code.slice(0, 40) : '';
    const result = await deps.auth.secondFactor(staff.session, staff.account, code, originOf(c));
    if (!result.ok) {
      return renderAdmin(
        c,
        deps,
        (chrome) => (
          <TotpPage chrome={chrome} csrf={staff.session.csrfToken} error={result.message} />
        ),
        400,
      );
    }
    setSessionCookie(c, deps, result.token);
    return c.redirect('/quan-tri', 303);
  });

  app.get('/bao-mat/hai-lop', async (c) => {
    const staff = c.get('staff')!;
    if (staff.account.totpEnabled) return c.redirect('/quan-tri/tai-khoan', 303);
    const e = await deps.auth.enrolment(staff.account);
    const mandatory = await deps.auth.secondFactorRequired(staff.account);
    return renderAdmin(c, deps, (chrome) => (
      <EnrolPage chrome={chrome} csrf={staff.session.csrfToken} {...e} mandatory={mandatory} />
    ));
  });

  app.post('/bao-mat/hai-lop', async (c) => {
    const staff = c.get('staff')!;
    if (staff.account.totpEnabled) return c.redirect('/quan-tri/tai-khoan', 303);
    const body = await c.req.parseBody();
    const code = typeof body.code === 'string' ? body.code.slice(0, 20) : '';
    const result = await deps.auth.confirmEnrolment(
      staff.session,
      staff.account,
      code,
      originOf(c),
    );
    if (!result.ok) {
      const e = await deps.auth.enrolment(staff.account);
      const mandatory = await deps.auth.secondFactorRequired(staff.account);
      return renderAdmin(
        c,
        deps,
        (chrome) => (
          <EnrolPage
            chrome={chrome}
            csrf={staff.session.csrfToken}
            {...e}
            mandatory={mandatory}
            error={result.message}
          />
        ),
        400,
      );
    }
    setSessionCookie(c, deps, result.token);
    const fresh = await deps.accounts.byId(staff.account.id);
    c.set(
      'staff',
      fresh && {
        session: { ...staff.session, state: 'active' },
        account: onSite(fresh, staff.siteId),
        siteId: staff.siteId,
      },
    );
    return renderAdmin(c, deps, (chrome) => (
      <RecoveryCodesPage chrome={chrome} codes={result.codes} />
    ));
  });

  // The site switcher (admin header, and the page of an account without a role on a site):
  // only a site the account holds a role on; the choice is the session's working site on the
  // province's host, where the switch always lands.
  app.post('/chon-trang', async (c) => {
    const staff = c.get('staff');
    if (!staff || staff.session.state !== 'active') return c.redirect('/quan-tri', 303);
    const raw = formText(await c.req.parseBody(), 'site');
    const id = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
    const dir = deps.platform.directory();
    const allowed = grantedSiteIds(
      staff.account,
      dir.sites.map((s) => s.id),
    );
    if (!dir.byId(id) || !allowed.includes(id) || !grantOn(staff.account, id))
      throw new Forbidden(sayAuth('auth.site_not_granted'));
    if (staff.session.siteId !== id)
      await deps.auth.chooseSite(staff.session, staff.account, id, originOf(c));
    // To the province's host (absolute: a path prefix is not put in front of it), where the
    // session's choice is the working site.
    return c.redirect(`${deps.config.baseUrl.replace(/\/+$/, '')}/quan-tri`, 303);
  });

  app.post('/dang-xuat', async (c) => {
    const staff = c.get('staff');
    if (staff) await deps.auth.logout(staff.session, staff.account, originOf(c));
    clearSessionCookie(c, deps);
    return c.redirect('/quan-tri/dang-nhap?da-thoat=1', 303);
  });

  return app;
}
