import type { UnitOfWork } from '../../db/transaction.ts';
import type { FileStorage } from '../../storage/storage.ts';
import type { Actor, AuditAction } from '../audit/audit.ts';
import type { AuditService } from '../audit/audit.service.ts';
import { normalizeSidebar, type SidebarLayout } from './sidebar.ts';
import { storeSiteImage } from './site.images.ts';
import type { SiteRepository } from './site.repository.ts';
import type { SiteService } from './site.service.ts';
import type { SiteSettings } from './site.ts';

const SIDEBAR_KEY = 'sidebarLayout';

/** The site images the admin replaces under Cài đặt trang. */
export type SettingsImageKind = 'logo' | 'favicon' | 'headerDesktop' | 'headerPhone';

/** Both header banners share one pair of audit actions (the detail says which keys changed). */
const auditName = (kind: SettingsImageKind) =>
  kind === 'headerDesktop' || kind === 'headerPhone' ? 'header' : kind;

/** What settings changes write through, bound to one transaction. */
export interface SettingsWrites {
  repo: SiteRepository;
  audit: AuditService;
}

/**
 * The admin's side of the site settings: every change is saved at once and audited, the
 * changed keys and the audit record in one transaction (`tx`). An uploaded logo's file is
 * stored before (a file no setting names is harmless; a setting naming no file is not).
 */
export function settingsService(deps: {
  /** Reads outside transactions. */
  repo: SiteRepository;
  site: SiteService;
  tx: UnitOfWork<SettingsWrites>;
  storage: FileStorage;
}) {
  const { repo, site, tx } = deps;

  async function update(
    actor: Actor,
    patch: Partial<SiteSettings>,
    action: AuditAction = 'settings.updated',
  ): Promise<string[]> {
    const current = await site.settings();
    const changed = (Object.keys(patch) as (keyof SiteSettings)[]).filter(
      (k) => patch[k] !== undefined && patch[k] !== current[k],
    );
    if (!changed.length) return [];
    await tx(async ({ repo, audit }) => {
      for (const k of changed) await repo.putSetting(k, patch[k]);
      await audit.record(actor, action, {
        type: 'setting',
        summary: changed.join(', '),
        detail: Object.fromEntries(
          changed.map((k) => [k, { before: current[k], after: patch[k] }]),
        ),
      });
    });
    return changed;
  }

  return {
    /** Saves the changed fields; returns their names (nothing written when none changed). */
    update,

    /** Validates, re-encodes and stores a new logo, favicon or header banner, then points the settings at it. */
    async setImage(actor: Actor, kind: SettingsImageKind, data: Buffer): Promise<void> {
      const img = await storeSiteImage(deps.storage, data, kind);
      const patch: Partial<SiteSettings> =
        kind === 'logo'
          ? { logoKey: img.key, logoWidth: img.width, logoHeight: img.height }
          : kind === 'favicon'
            ? { faviconKey: img.key }
            : {
                [`${kind}Key`]: img.key,
                [`${kind}Width`]: img.width,
                [`${kind}Height`]: img.height,
              };
      const image = auditName(kind);
      await update(actor, patch, `settings.${image}_updated`);
    },

    /** Goes back to the drawn emblem (logo), the shipped icon (favicon) or the drawn header. */
    async clearImage(actor: Actor, kind: SettingsImageKind): Promise<void> {
      const patch: Partial<SiteSettings> =
        kind === 'logo'
          ? { logoKey: '', logoWidth: 0, logoHeight: 0 }
          : kind === 'favicon'
            ? { faviconKey: '' }
            : { [`${kind}Key`]: '', [`${kind}Width`]: 0, [`${kind}Height`]: 0 };
      const image = auditName(kind);
      await update(actor, patch, `settings.${image}_removed`);
    },

    async sidebarLayout(): Promise<SidebarLayout> {
      return normalizeSidebar(await repo.setting(SIDEBAR_KEY));
    },

    async saveSidebarLayout(actor: Actor, layout: SidebarLayout): Promise<void> {
      const clean = normalizeSidebar(layout);
      await tx(async ({ repo, audit }) => {
        await repo.putSetting(SIDEBAR_KEY, clean);
        await audit.record(actor, 'sidebar.updated', {
          type: 'setting',
          id: SIDEBAR_KEY,
          summary:
            clean.blocks.map((b) => `${b.id}: ${b.pages.join('/') || 'ẩn'}`).join('; ') +
            `; trang chủ, cột phải: ${clean.homeBeside ? clean.homeBeside.join(',') || 'không' : 'tự động'}`,
          detail: { blocks: clean.blocks, homeBeside: clean.homeBeside },
        });
      });
    },
  };
}
