import { NotFound, Validation } from '../../http/errors.ts';
import { vnDayKey } from '../../lib/date.ts';
import { moved, type MoveDirection } from '../../lib/order.ts';
import type { UnitOfWork } from '../../db/transaction.ts';
import type { FileStorage } from '../../storage/storage.ts';
import type { Actor } from '../audit/audit.ts';
import type { AuditService } from '../audit/audit.service.ts';
import { storeSiteImage } from '../site/site.images.ts';
import type { Banner, CurrentBanners } from './banner.ts';
import type { BannerRepository } from './banner.repository.ts';
import type { BannerForm } from './banner.schema.ts';
import { say } from './banner.messages.ts';

/** What banner changes write through, bound to one transaction. */
export interface BannerWrites {
  repo: BannerRepository;
  audit: AuditService;
}

/**
 * Banners: the ones showing today for the public pages, and the admin's list. Each change is
 * one transaction (`tx`) with its audit record; a new image file is stored before it opens.
 */
export function bannerService(deps: {
  /** Reads outside transactions. */
  repo: BannerRepository;
  storage: FileStorage;
  tx: UnitOfWork<BannerWrites>;
  clock: () => Date;
}) {
  const { repo, tx } = deps;

  async function banner(id: number): Promise<Banner> {
    const b = Number.isInteger(id) ? await repo.byId(id) : undefined;
    if (!b) throw new NotFound(say('banner.not_found'));
    return b;
  }

  const period = (f: Pick<Banner, 'startsOn' | 'endsOn'>) => `${f.startsOn} → ${f.endsOn}`;

  return {
    /** Banners showing today (Vietnamese calendar day), by place. */
    async current(): Promise<CurrentBanners> {
      const list = await repo.showingOn(vnDayKey(deps.clock()));
      return {
        sidebar: list.filter((b) => b.placement === 'sidebar'),
        home: list.filter((b) => b.placement === 'home'),
      };
    },
    list: (): Promise<Banner[]> => repo.list(),
    banner,
    today: (): string => vnDayKey(deps.clock()),

    /** Adds a banner; the image is required and checked by content. */
    async create(actor: Actor, form: BannerForm, image: Buffer | undefined): Promise<number> {
      if (!image?.length) throw Validation.of('file', say('banner.image_required'));
      const img = await storeSiteImage(deps.storage, image, 'banner');
      return tx(async ({ repo, audit }) => {
        const id = await repo.insert(
          { ...form, imageKey: img.key, width: img.width, height: img.height },
          await repo.countIn(form.placement),
          deps.clock(),
        );
        await audit.record(actor, 'banner.created', {
          type: 'banner',
          id,
          summary: `${form.title} (${period(form)})`,
          detail: { ...form, imageKey: img.key },
        });
        return id;
      });
    },

    /** Edits a banner; a new image replaces the old one only when given. */
    async update(
      actor: Actor,
      id: number,
      form: BannerForm,
      image: Buffer | undefined,
    ): Promise<void> {
      const before = await banner(id);
      const img = image?.length
        ? await storeSiteImage(deps.storage, image, 'banner')
        : { key: before.imageKey, width: before.width, height: before.height };
      await tx(async ({ repo, audit }) => {
        await repo.update(
          id,
          { ...form, imageKey: img.key, width: img.width, height: img.height },
          deps.clock(),
        );
        if (form.placement !== before.placement) {
          const rest = (await repo.list())
            .filter((b) => b.placement === form.placement && b.id !== id)
            .map((b) => b.id);
          await repo.reorder([...rest, id]);
        }
        await audit.record(actor, 'banner.updated', {
          type: 'banner',
          id,
          summary: `${form.title} (${period(form)})`,
          detail: { before: { ...before }, after: { ...form, imageKey: img.key } },
        });
      });
    },

    async remove(actor: Actor, id: number): Promise<void> {
      const b = await banner(id);
      await tx(async ({ repo, audit }) => {
        await repo.remove(id);
        await audit.record(actor, 'banner.deleted', {
          type: 'banner',
          id,
          summary: `${b.title} (${period(b)})`,
        });
      });
    },

    async move(actor: Actor, id: number, dir: MoveDirection): Promise<boolean> {
      const b = await banner(id);
      return tx(async ({ repo, audit }) => {
        const order = moved(
          (await repo.list()).filter((x) => x.placement === b.placement).map((x) => x.id),
          id,
          dir,
        );
        if (!order) return false;
        await repo.reorder(order);
        await audit.record(actor, 'banner.moved', {
          type: 'banner',
          id,
          summary: `${b.title} (${dir === 'up' ? 'lên' : 'xuống'})`,
        });
        return true;
      });
    },
  };
}
