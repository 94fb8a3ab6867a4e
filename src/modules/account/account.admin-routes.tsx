import { Hono, type Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { AppEnv, Staff } from '../../http/env.ts';
import { fieldErrors, Forbidden, NotFound, Validation } from '../../http/errors.ts';
import { actorOf, originOf } from '../../http/origin.ts';
import { requireStaff } from '../../http/admin-guard.ts';
import { renderAdmin } from '../../shell/render-admin.tsx';
import type { Config } from '../../config/config.ts';
import type { Shell } from '../../shell/shell.ts';
import type { AuthService } from '../auth/auth.service.ts';
import type { AccountService } from './account.service.ts';
import { ResubmitPage } from '../../shell/resubmit.page.tsx';
import type { Actor } from '../audit/audit.ts';
import { clearSessionCookie, clearStashCookie, stashSecret } from '../auth/auth.middleware.tsx';
import { RecoveryCodesPage } from '../auth/views/auth.pages.tsx';
import { can, mayManageAccount } from './account.policy.ts';
import { accountFormSchema, grantFormSchema } from './account.schema.ts';
import { isSystemAdmin, type Account, type AccountSection } from './account.ts';
import type { PlatformService } from '../platform/platform.service.ts';
import {
  AccountFormPage,
  AccountListPage,
  DashboardPage,
  OwnAccountPage,
  type AccountFormValues,
} from './views/account.pages.tsx';
import { ACCOUNT_MESSAGES as M, say } from './account.messages.ts';

/** Everything the account pages use. */
export interface AccountRouteDeps {
  accounts: AccountService;
  auth: AuthService;
  /** The sections to assign (modules/site). */
  site: { sections(): Promise<AccountSection[]> };
  shell: Shell;
  clock: () => Date;
  config: Pick<Config, 'baseUrl'>;
  /** The sites (names for the grants panel, ids a grant may name). */
  platform: Pick<PlatformService, 'directory'>;
  /** Blocks other modules add to the dashboard for this person (backups, the member sites). */
  dashboardPanels?: (c: Context<AppEnv>) => Promise<Child>;
}

function valuesOf(body: Record<string, unknown>, fallback?: Account): AccountFormValues {
  const list = (v: unknown) =>
    (Array.isArray(v) ? v : v === undefined ? [] : [v]).map(Number).filter(Number.isInteger);
  return {
    username: typeof body.username === 'string' ? body.username : (fallback?.username ?? ''),
    fullName: typeof body.fullName === 'string' ? body.fullName : (fallback?.fullName ?? ''),
    email: typeof body.email === 'string' ? body.email : (fallback?.email ?? ''),
    role: typeof body.role === 'string' ? body.role : (fallback?.role ?? 'reporter'),
    allSections:
      body.allSections === undefined ? (fallback?.allSections ?? false) : body.allSections === 'on',
    sectionIds:
      body.sectionIds === undefined && fallback ? fallback.sectionIds : list(body.sectionIds),
  };
}

/** Dashboard, account management (admins) and one's own account. */
export function accountAdminRoutes(deps: AccountRouteDeps) {
  const app = new Hono<AppEnv>();

  const requireManage = (c: Context<AppEnv>): Staff => {
    const staff = requireStaff(c);
    if (!can(staff.account, 'account.manage')) throw new Forbidden(say('account.forbidden'));
    return staff;
  };
  const requireSystemAdmin = (c: Context<AppEnv>): Staff => {
    const staff = requireManage(c);
    if (!isSystemAdmin(staff.account)) throw new Forbidden(say('account.system_admin_only'));
    return staff;
  };
  /** Every site of the install, for naming grants. */
  const sitesList = () => deps.platform.directory().sites.map((s) => ({ id: s.id, name: s.name }));

  app.get('/', async (c) => {
    const staff = requireStaff(c);
    // A form this browser posted as its session ended, offered back only to that same account.
    const secret = stashSecret(c);
    if (secret) {
      clearStashCookie(c, deps);
      const stash = await deps.auth.takeStash(secret, staff.account.id);
      if (stash) {
        return renderAdmin(c, deps, (chrome) => (
          <ResubmitPage
            chrome={chrome}
            action={stash.path}
            fields={stash.fields}
            csrf={staff.session.csrfToken}
            reason={M['account.resubmit']}
          />
        ));
      }
    }
    const [sections, optional, panels] = await Promise.all([
      deps.site.sections(),
      deps.accounts.optionalTotpRoles(),
      deps.dashboardPanels?.(c),
    ]);
    return renderAdmin(c, deps, (chrome) => (
      <DashboardPage
        chrome={chrome}
        account={staff.account}
        sections={sections}
        optionalTotpRoles={optional}
        panels={panels}
      />
    ));
  });

  app.get('/nguoi-dung', async (c) => {
    const staff = requireManage(c);
    const [accounts, sections, optional] = await Promise.all([
      deps.accounts.list(),
      deps.site.sections(),
      deps.accounts.optionalTotpRoles(),
    ]);
    const notice = c.req.query('da-luu') ? M['account.saved'] : undefined;
    return renderAdmin(c, deps, (chrome) => (
      <AccountListPage
        chrome={chrome}
        accounts={accounts}
        sections={sections}
        now={deps.clock()}
        notice={notice}
        csrf={staff.session.csrfToken}
        optionalTotpRoles={optional}
        systemAdmin={isSystemAdmin(staff.account)}
      />
    ));
  });

  // One login serves every site: the second-factor policy is the system admins' to change.
  app.post('/nguoi-dung/hai-lop', async (c) => {
    requireSystemAdmin(c);
    const body = await c.req.parseBody({ all: true });
    const v = body.khongBatBuoc;
    const roles = (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter(
      (x): x is string => typeof x === 'string',
    );
    await deps.accounts.setOptionalTotpRoles(actorOf(c), roles);
    return c.redirect('/quan-tri/nguoi-dung?da-luu=1', 303);
  });

  const form = (
    c: Context<AppEnv>,
    opts: {
      values: AccountFormValues;
      errors?: Record<string, string>;
      account?: Account;
      notice?: string;
      oneTimePassword?: string;
      status?: 200 | 400;
    },
  ) =>
    deps.site
      .sections()
      .then((sections) =>
        renderAdmin(
          c,
          deps,
          (chrome) => (
            <AccountFormPage
              chrome={chrome}
              csrf={requireStaff(c).session.csrfToken}
              systemAdmin={isSystemAdmin(requireStaff(c).account)}
              sites={sitesList()}
              sections={sections}
              values={opts.values}
              errors={opts.errors ?? {}}
              account={opts.account}
              now={deps.clock()}
              notice={opts.notice}
              oneTimePassword={opts.oneTimePassword}
            />
          ),
          opts.status ?? 200,
        ),
      );

  app.get('/nguoi-dung/moi', (c) => {
    requireManage(c);
    return form(c, { values: valuesOf({}) });
  });

  app.post('/nguoi-dung/moi', async (c) => {
    requireManage(c);
    const body = await c.req.parseBody({ all: true });
    const values = valuesOf(body);
    const parsed = accountFormSchema.safeParse(body);
    if (!parsed.success) return form(c, { values, errors: fieldErrors(parsed.error), status: 400 });
    const sections = await deps.site.sections();
    const bad = parsed.data.sectionIds.filter((id) => !sections.some((s) => s.id === id));
    if (bad.length)
      return form(c, { values, errors: { sectionIds: M['account.unknown_section'] }, status: 400 });
    if (
      parsed.data.role !== 'admin' &&
      !parsed.data.allSections &&
      parsed.data.sectionIds.length === 0
    ) {
      return form(c, {
        values,
        errors: { sectionIds: M['account.section_required'] },
        status: 400,
      });
    }
    try {
      const { account, password } = await deps.accounts.create(actorOf(c), parsed.data);
      return form(c, {
        values: valuesOf({}, account),
        account,
        notice: M['account.created'],
        oneTimePassword: password,
      });
    } catch (err) {
      if (err instanceof Validation) return form(c, { values, errors: err.fields, status: 400 });
      throw err;
    }
  });

  /**
   * The account a page is about, as it works on the working site: a site's admin finds only
   * the accounts granted on that site (others are not found) and changes only those that work
   * on no other site; a system admin finds and changes any.
   */
  const target = async (c: Context<AppEnv>): Promise<Account> => {
    const staff = requireManage(c);
    const id = Number(c.req.param('id'));
    const a = Number.isInteger(id) ? await deps.accounts.byId(id) : undefined;
    const system = isSystemAdmin(staff.account);
    if (!a || (!system && !a.grants.some((g) => g.siteId === staff.siteId)))
      throw new NotFound(say('account.not_found'));
    if (!mayManageAccount(staff.account, a, staff.siteId))
      throw new Forbidden(say('account.other_sites'));
    return a;
  };

  app.get('/nguoi-dung/:id{[0-9]+}', async (c) => {
    requireManage(c);
    const a = await target(c);
    return form(c, {
      values: valuesOf({}, a),
      account: a,
      notice: c.req.query('da-luu') ? M['account.saved'] : undefined,
    });
  });

  app.post('/nguoi-dung/:id{[0-9]+}', async (c) => {
    requireManage(c);
    const a = await target(c);
    const body = await c.req.parseBody({ all: true });
    const values = { ...valuesOf(body, a), username: a.username };
    const parsed = accountFormSchema.safeParse({ ...body, username: a.username });
    if (!parsed.success)
      return form(c, { values, errors: fieldErrors(parsed.error), account: a, status: 400 });
    if (
      parsed.data.role !== 'admin' &&
      !parsed.data.allSections &&
      parsed.data.sectionIds.length === 0
    ) {
      return form(c, {
        values,
        errors: { sectionIds: M['account.section_required'] },
        account: a,
        status: 400,
      });
    }
    try {
      await deps.accounts.update(actorOf(c), a.id, parsed.data);
    } catch (err) {
      if (err instanceof Validation)
        return form(c, { values, errors: err.fields, account: a, status: 400 });
      throw err;
    }
    return c.redirect(`/quan-tri/nguoi-dung/${a.id}?da-luu=1`, 303);
  });

  const act = (path: string, run: (actor: Actor, a: Account) => Promise<string | void>) =>
    app.post(`/nguoi-dung/:id{[0-9]+}/${path}`, async (c) => {
      requireManage(c);
      const a = await target(c);
      const password = await run(actorOf(c), a);
      if (typeof password === 'string') {
        const fresh = (await deps.accounts.byId(a.id)) ?? a;
        return form(c, {
          values: valuesOf({}, fresh),
          account: fresh,
          notice: M['account.password_reset'],
          oneTimePassword: password,
        });
      }
      return c.redirect(`/quan-tri/nguoi-dung/${a.id}?da-luu=1`, 303);
    });
  act('vo-hieu', (actor, a) => deps.accounts.disable(actor, a.id, 'Quản trị vô hiệu hóa'));
  act('kich-hoat', (actor, a) => deps.accounts.enable(actor, a.id));
  act('mo-khoa', (actor, a) => deps.accounts.unlock(actor, a.id));
  act('dat-lai-2fa', (actor, a) => deps.accounts.resetTotp(actor, a.id));
  act('dat-lai-mat-khau', (actor, a) => deps.accounts.resetPassword(actor, a.id));
  act('buoc-doi-mat-khau', (actor, a) => deps.accounts.forcePasswordChange(actor, a.id));

  // A system admin grants an account a role on another site, or takes it away.
  app.post('/nguoi-dung/:id{[0-9]+}/quyen-trang', async (c) => {
    requireSystemAdmin(c);
    const a = await target(c);
    const parsed = grantFormSchema.safeParse(await c.req.parseBody({ all: true }));
    if (!parsed.success || !deps.platform.directory().byId(parsed.data.site))
      return form(c, {
        values: valuesOf({}, a),
        account: a,
        errors: { grant: M['account.unknown_site'] },
        status: 400,
      });
    await deps.accounts.grant(actorOf(c), a.id, {
      siteId: parsed.data.site,
      role: parsed.data.role,
      allSections: parsed.data.allSections,
    });
    return c.redirect(`/quan-tri/nguoi-dung/${a.id}?da-luu=1#quyen-trang`, 303);
  });

  app.post('/nguoi-dung/:id{[0-9]+}/thu-hoi', async (c) => {
    requireSystemAdmin(c);
    const a = await target(c);
    const parsed = grantFormSchema.pick({ site: true }).safeParse(await c.req.parseBody());
    if (!parsed.success)
      return form(c, {
        values: valuesOf({}, a),
        account: a,
        errors: { grant: M['account.unknown_site'] },
        status: 400,
      });
    await deps.accounts.revoke(actorOf(c), a.id, parsed.data.site);
    return c.redirect(`/quan-tri/nguoi-dung/${a.id}?da-luu=1#quyen-trang`, 303);
  });

  const own = (
    c: Context<AppEnv>,
    opts: { errors?: Record<string, string>; notice?: string; status?: 200 | 400 } = {},
  ) => {
    const staff = requireStaff(c);
    return renderAdmin(
      c,
      deps,
      (chrome) => (
        <OwnAccountPage
          chrome={chrome}
          csrf={staff.session.csrfToken}
          account={staff.account}
          grants={staff.account.grants.map((g) => ({
            site: deps.platform.directory().byId(g.siteId)?.name ?? `Trang ${g.siteId}`,
            role: g.role,
          }))}
          errors={opts.errors ?? {}}
          notice={opts.notice}
          forced={staff.account.mustChangePassword}
        />
      ),
      opts.status ?? 200,
    );
  };

  app.get('/tai-khoan', (c) =>
    own(c, { notice: c.req.query('da-doi') ? M['account.password_changed'] : undefined }),
  );

  app.post('/tai-khoan/mat-khau', async (c) => {
    const staff = requireStaff(c);
    const body = await c.req.parseBody();
    const current = typeof body.current === 'string' ? body.current : '';
    const next = typeof body.next === 'string' ? body.next : '';
    const confirm = typeof body.confirm === 'string' ? body.confirm : '';
    if (next !== confirm)
      return own(c, { errors: { confirm: M['account.passwords_differ'] }, status: 400 });
    try {
      await deps.accounts.changeOwnPassword(actorOf(c), staff.account.id, current, next);
    } catch (err) {
      if (err instanceof Validation) return own(c, { errors: err.fields, status: 400 });
      throw err;
    }
    return c.redirect('/quan-tri/tai-khoan?da-doi=1', 303);
  });

  app.post('/tai-khoan/ma-khoi-phuc', async (c) => {
    const staff = requireStaff(c);
    const body = await c.req.parseBody();
    const result = await deps.auth.regenerateRecoveryCodes(
      staff.account,
      typeof body.code === 'string' ? body.code.slice(0, 20) : '',
      originOf(c),
    );
    if (!result.ok) return own(c, { errors: { code: result.message }, status: 400 });
    return renderAdmin(c, deps, (chrome) => (
      <RecoveryCodesPage chrome={chrome} codes={result.codes} />
    ));
  });

  app.post('/tai-khoan/dang-xuat-moi-noi', async (c) => {
    const staff = requireStaff(c);
    await deps.auth.logoutEverywhere(staff.account, originOf(c));
    clearSessionCookie(c, deps);
    return c.redirect('/quan-tri/dang-nhap?da-thoat=1', 303);
  });

  return app;
}
