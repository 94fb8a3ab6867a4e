import { DEFAULT_SITE_ID, withSite } from '../../db/site-scope.ts';
import type { UnitOfWork } from '../../db/transaction.ts';
import { NotFound, Validation } from '../../http/errors.ts';
import type { AccountForm } from '../account/account.schema.ts';
import { accountFormSchema } from '../account/account.schema.ts';
import type { Account } from '../account/account.ts';
import type { Actor } from '../audit/audit.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { MapUnit } from '../map/map.ts';
import { derivedMainMenu } from '../site/menu.ts';
import type { MenuRepository } from '../site/menu.repository.ts';
import type { SiteRepository } from '../site/site.repository.ts';
import type { PlatformRepository } from './platform.repository.ts';
import type { PlatformService } from './platform.service.ts';
import {
  HOST_PATTERN,
  normaliseHost,
  PREFIX_PATTERN,
  RESERVED_SEGMENTS,
  SITE_KINDS,
  type Site,
} from './platform.ts';
import { communeDefaults } from './sites.defaults.ts';
import type { EditSiteInput, NewSiteInput, SiteAddressInput } from './sites.schema.ts';
import { say } from './sites.messages.ts';
import { say as sayAccount } from '../account/account.messages.ts';

/** A site as the system admin's list shows it. */
export interface SiteOverview {
  site: Site;
  /** Bytes of media it holds. */
  storageBytes: number;
  lastPublished: Date | null;
  /** Usernames of its admins. */
  admins: string[];
}

/** The dashboard's summary of the member sites. */
export interface SitesSummary {
  /** Member sites (the province excluded). */
  count: number;
  suspended: Site[];
  /** Active member sites with no publication in the last 30 days. */
  quiet: Site[];
}

/** What creating and changing sites writes through, bound to one transaction. */
export interface SiteWrites {
  platform: PlatformRepository;
  site: SiteRepository;
  menus: MenuRepository;
  audit: AuditService;
  /** The account service's create (temporary password, second factor), in the same transaction. */
  createAccount: (
    actor: Actor,
    form: AccountForm,
  ) => Promise<{ account: Account; password: string; totpSecret: string | null }>;
  /**
   * Other modules' defaults of a new site (the document registry's lists), run in the same
   * transaction in the new site's scope.
   */
  seedSite?: () => Promise<void>;
}

/** The first admin of a new site: an account made for it (with its one-time password) or an existing one. */
export interface SiteAdminResult {
  username: string;
  fullName: string;
  /** Shown once when the account was created here. */
  password?: string;
}

const QUIET_DAYS = 30;

/**
 * The member sites, managed by the system admin (admin of the province): a commune site made in
 * one step from its map unit, its name and address changed, suspended and resumed. Every change
 * is one transaction with its audit record; the directory is reloaded after commit.
 */
export function sitesService(deps: {
  repo: PlatformRepository;
  platform: PlatformService;
  /** The 45 units of the map. */
  units: readonly MapUnit[];
  accounts: { byUsername(username: string): Promise<Account | undefined> };
  /** First path segments of the province's own sections (a prefix may not hide one). */
  provinceSegments: () => Promise<string[]>;
  /** The province's address (BASE_URL). */
  baseUrl: string;
  tx: UnitOfWork<SiteWrites>;
  clock: () => Date;
}) {
  const provinceHost = normaliseHost(new URL(deps.baseUrl).host);
  const unitByCode = new Map(deps.units.map((u) => [u.code, u]));

  async function mustGet(id: number): Promise<Site> {
    const s = await deps.repo.byId(id);
    if (!s) throw new NotFound(say('platform.not_found'));
    return s;
  }

  /** The address as stored (one of host or prefix), or the errors of the fields. */
  async function checkAddress(
    a: SiteAddressInput,
    exceptId: number,
    errors: Record<string, string>,
  ): Promise<{ host: string | null; pathPrefix: string | null }> {
    if (a.address === 'host') {
      const host = normaliseHost(a.host);
      if (!a.host) errors.host = say('platform.host_required').message;
      else if (!HOST_PATTERN.test(host) || host !== a.host.replace(/\.$/, ''))
        errors.host = say('platform.host_invalid').message;
      else if (host === provinceHost) errors.host = say('platform.host_province').message;
      else if ((await deps.repo.clashes({ host }, exceptId)).length)
        errors.host = say('platform.host_taken', host).message;
      return { host, pathPrefix: null };
    }
    const prefix = a.pathPrefix.replace(/\/+$/, '');
    const first = prefix.split('/')[1] ?? '';
    if (!a.pathPrefix) errors.pathPrefix = say('platform.prefix_required').message;
    else if (!PREFIX_PATTERN.test(prefix))
      errors.pathPrefix = say('platform.prefix_invalid').message;
    else if (RESERVED_SEGMENTS.has(first))
      errors.pathPrefix = say('platform.prefix_reserved', first).message;
    else if ((await deps.provinceSegments()).includes(first))
      errors.pathPrefix = say('platform.prefix_section', first).message;
    else {
      // Taken, or nested in another site's prefix (one would hide the other's pages).
      const others = (await deps.repo.all()).filter((s) => s.id !== exceptId && s.pathPrefix);
      const clash = others.some(
        (s) =>
          s.pathPrefix === prefix ||
          s.pathPrefix!.startsWith(`${prefix}/`) ||
          prefix.startsWith(`${s.pathPrefix}/`),
      );
      if (clash) errors.pathPrefix = say('platform.prefix_taken', prefix).message;
    }
    return { host: null, pathPrefix: prefix };
  }

  return {
    /** Whether an account is the system admin: admin on the province. */
    async isSystemAdmin(account: Account): Promise<boolean> {
      if (account.role !== 'admin' || account.disabledAt) return false;
      // An account granted roles per site must hold admin on the province itself.
      const onProvince = await deps.repo.roleOn(account.id, DEFAULT_SITE_ID);
      return (onProvince ?? account.role) === 'admin';
    },

    units: (): readonly MapUnit[] => deps.units,
    unit: (code: string): MapUnit | undefined => unitByCode.get(code),

    /** Every site with its storage use, last publication and admins. */
    async overview(): Promise<SiteOverview[]> {
      const [sites, bytes, published, admins] = await Promise.all([
        deps.repo.all(),
        deps.repo.storageBytes(),
        deps.repo.lastPublished(),
        deps.repo.holders('admin'),
      ]);
      return sites.map((site) => ({
        site,
        storageBytes: bytes.get(site.id) ?? 0,
        lastPublished: published.get(site.id) ?? null,
        admins: admins.get(site.id) ?? [],
      }));
    },

    /** Member sites, suspended ones and those without a publication in 30 days. */
    async summary(): Promise<SitesSummary> {
      const [sites, published] = await Promise.all([deps.repo.all(), deps.repo.lastPublished()]);
      const members = sites.filter((s) => s.id !== DEFAULT_SITE_ID);
      const since = deps.clock().getTime() - QUIET_DAYS * 86_400_000;
      return {
        count: members.length,
        suspended: members.filter((s) => s.status === 'suspended'),
        quiet: members.filter(
          (s) => s.status === 'active' && (published.get(s.id)?.getTime() ?? 0) < since,
        ),
      };
    },

    byId: (id: number) => deps.repo.byId(id),

    /** The active site of a unit (for the unit's page on the province site), from the directory. */
    siteOfUnit(code: string): Site | undefined {
      return deps.platform
        .directory()
        .sites.find((s) => s.unitCode === code && s.status === 'active' && s.kind !== 'tinh');
    },

    /**
     * Creates a commune site from its map unit, in one transaction: the site and its epoch row,
     * its settings, sections, Giới thiệu pages and main menu, the document lists, its first admin (an account created
     * with a temporary password, or an existing one) granted admin on it, and the audit record.
     */
    async create(
      actor: Actor,
      input: NewSiteInput,
    ): Promise<{ site: Site; admin: SiteAdminResult }> {
      const errors: Record<string, string> = {};
      const unit = unitByCode.get(input.unitCode);
      if (!unit)
        errors.unitCode = say('platform.unit_unknown', input.unitCode.slice(0, 10)).message;
      else {
        const owner = (await deps.repo.all()).find((s) => s.unitCode === unit.code);
        if (owner) errors.unitCode = say('platform.unit_has_site', owner.name).message;
      }
      const address = await checkAddress(input, 0, errors);
      let existing: Account | undefined;
      let newAccount: AccountForm | undefined;
      if (input.adminMode === 'existing') {
        existing = await deps.accounts.byUsername(input.adminUsername);
        if (!existing)
          errors.adminUsername = say('platform.admin_unknown', input.adminUsername).message;
        else if (existing.disabledAt)
          errors.adminUsername = say('platform.admin_disabled', input.adminUsername).message;
      } else {
        const parsed = accountFormSchema.safeParse({
          username: input.adminUsername,
          fullName: input.adminFullName,
          email: input.adminEmail,
          // Global role of the account: the lowest, with no section. Its rights on the new site
          // come from the site grant (account_site), so it gains nothing on the province.
          role: 'reporter',
          allSections: false,
          sectionIds: [],
        });
        if (!parsed.success)
          for (const issue of parsed.error.issues) {
            const key = `admin${String(issue.path[0] ?? 'Username').replace(/^./, (ch) => ch.toUpperCase())}`;
            errors[key] ??= issue.message;
          }
        else if (await deps.accounts.byUsername(parsed.data.username))
          errors.adminUsername = sayAccount('account.username_taken').message;
        else newAccount = parsed.data;
      }
      if (Object.keys(errors).length || !unit) throw new Validation(errors);

      const defaults = communeDefaults(unit);
      const created = await deps.tx(async (w) => {
        let slug = defaults.slug;
        if ((await w.platform.clashes({ slug })).length) slug = `${slug}-${unit.code}`;
        if ((await w.platform.clashes({ unitCode: unit.code })).length)
          throw Validation.of('unitCode', say('platform.unit_has_site', unit.fullName));
        const id = await w.platform.insert({
          slug,
          kind: 'xa',
          name: defaults.name,
          unitCode: unit.code,
          host: address.host,
          pathPrefix: address.pathPrefix,
          parentId: DEFAULT_SITE_ID,
        });
        await withSite(id, async () => {
          for (const [key, value] of Object.entries(defaults.settings))
            await w.site.putSetting(key, value);
          for (const [i, s] of defaults.sections.entries()) {
            const sectionId = await w.site.insertSection({
              parentId: null,
              slug: s.slug,
              name: s.name,
              description: s.description,
              kind: s.kind,
              position: i,
              showOnHome: s.showOnHome,
            });
            for (const [j, p] of s.pages.entries())
              await w.site.insertPage({ sectionId, ...p, position: j });
          }
          const [sections, pages] = await Promise.all([w.site.sections(), w.site.pageLinks()]);
          for (const [i, item] of derivedMainMenu(sections, pages).entries()) {
            const parentId = await w.menus.insert('main', item.entry, i);
            for (const [j, child] of item.children.entries())
              await w.menus.insert('main', { ...child, parentId }, j);
          }
          await w.seedSite?.();
        });
        let admin: SiteAdminResult;
        let adminId: number;
        if (newAccount) {
          // Made in the new site's scope: its only grant is on that site (raised to admin below),
          // none on the province.
          const account = newAccount;
          const made = await withSite(id, () => w.createAccount(actor, account));
          adminId = made.account.id;
          admin = {
            username: made.account.username,
            fullName: made.account.fullName,
            password: made.password,
          };
        } else {
          adminId = existing!.id;
          admin = { username: existing!.username, fullName: existing!.fullName };
        }
        await w.platform.grantRole(adminId, id, 'admin');
        const site = (await w.platform.byId(id))!;
        await w.audit.record(actor, 'site.created', {
          type: 'site',
          id,
          summary: `${site.name} (${site.host ?? site.pathPrefix}), quản trị: ${admin.username}`,
          detail: {
            unitCode: unit.code,
            kind: site.kind,
            host: site.host,
            pathPrefix: site.pathPrefix,
            admin: admin.username,
            adminCreated: Boolean(newAccount),
          },
        });
        return { site, admin };
      });
      await deps.platform.load();
      return created;
    },

    /** Changes a member site's name and address (audited). */
    async update(actor: Actor, id: number, input: EditSiteInput): Promise<Site> {
      const before = await mustGet(id);
      if (before.id === DEFAULT_SITE_ID)
        throw Validation.of('name', say('platform.province_locked'));
      const errors: Record<string, string> = {};
      const address = await checkAddress(input, id, errors);
      if (Object.keys(errors).length) throw new Validation(errors);
      const after = await deps.tx(async (w) => {
        await w.platform.update(id, { name: input.name, ...address });
        const site = (await w.platform.byId(id))!;
        await w.audit.record(actor, 'site.updated', {
          type: 'site',
          id,
          summary: `${site.name} (${site.host ?? site.pathPrefix})`,
          detail: {
            before: { name: before.name, host: before.host, pathPrefix: before.pathPrefix },
            after: { name: site.name, host: site.host, pathPrefix: site.pathPrefix },
          },
        });
        return site;
      });
      await deps.platform.load();
      return after;
    },

    /** Suspends a member site with the reason its readers are shown (audited). */
    async suspend(actor: Actor, id: number, reason: string): Promise<void> {
      const site = await mustGet(id);
      if (site.id === DEFAULT_SITE_ID)
        throw Validation.of('reason', say('platform.province_locked'));
      if (site.status === 'suspended')
        throw Validation.of('reason', say('platform.already_suspended'));
      await deps.tx(async (w) => {
        await w.platform.update(id, { status: 'suspended', suspendedReason: reason });
        await w.audit.record(actor, 'site.suspended', {
          type: 'site',
          id,
          summary: `${site.name}: ${reason}`,
          detail: { reason },
        });
      });
      await deps.platform.load();
    },

    /** Resumes a suspended site (audited). */
    async resume(actor: Actor, id: number): Promise<void> {
      const site = await mustGet(id);
      if (site.status !== 'suspended') throw Validation.of('reason', say('platform.not_suspended'));
      await deps.tx(async (w) => {
        await w.platform.update(id, { status: 'active', suspendedReason: '' });
        await w.audit.record(actor, 'site.resumed', {
          type: 'site',
          id,
          summary: site.name,
          detail: { reason: site.suspendedReason },
        });
      });
      await deps.platform.load();
    },

    kindLabel: (s: Site): string => SITE_KINDS[s.kind],
  };
}

export type SitesService = ReturnType<typeof sitesService>;
