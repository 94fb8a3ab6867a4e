import type { UnitOfWork } from '../../db/transaction.ts';
import { NotFound, Validation } from '../../http/errors.ts';
import { moved, type MoveDirection } from '../../lib/order.ts';
import type { Actor } from '../audit/audit.ts';
import type { AuditService } from '../audit/audit.service.ts';
import {
  derivedMainLinks,
  derivedMainMenu,
  resolveEntry,
  resolveMenu,
  siblingsOf,
  type MenuEntry,
  type MenuLink,
  type MenuName,
  type NewMenuEntry,
} from './menu.ts';
import type { MenuRepository } from './menu.repository.ts';
import type { SiteService } from './site.service.ts';
import type { PageLink, Section } from './site.ts';
import { say } from './site.messages.ts';

/** What menu changes write through, bound to one transaction. */
export interface MenuWrites {
  repo: MenuRepository;
  audit: AuditService;
}

/**
 * The main and footer menus: the public links and the admin's editor. Every change is one
 * transaction (`tx`) with its audit record; what it checks against (sections, pages) is read
 * before.
 */
export function menuService(deps: {
  /** Reads outside transactions. */
  repo: MenuRepository;
  site: SiteService;
  tx: UnitOfWork<MenuWrites>;
}) {
  const { repo, site, tx } = deps;

  async function context(): Promise<{ sections: Section[]; pages: PageLink[] }> {
    const [sections, pages] = await Promise.all([site.sections(), site.pageLinks()]);
    return { sections, pages };
  }

  async function entry(id: number): Promise<MenuEntry> {
    const e = Number.isInteger(id) ? await repo.byId(id) : undefined;
    if (!e) throw new NotFound(say('site.menu_entry_not_found'));
    return e;
  }

  /** Checks the target exists and the parent is a top entry of the same main menu. */
  async function check(menu: MenuName, e: NewMenuEntry, self?: number): Promise<void> {
    const { sections, pages } = await context();
    if (e.kind === 'section' && !sections.some((s) => s.id === e.targetId))
      throw Validation.of('sectionId', say('site.unknown_section'));
    if (e.kind === 'page' && !pages.some((p) => p.id === e.targetId))
      throw Validation.of('pageId', say('site.unknown_page'));
    if (e.parentId !== null) {
      const parent = await repo.byId(e.parentId);
      if (!parent || parent.menu !== menu || parent.parentId !== null || parent.id === self) {
        throw Validation.of('parentId', say('site.parent_not_top'));
      }
      if (self !== undefined && (await repo.list(menu)).some((x) => x.parentId === self)) {
        throw Validation.of('parentId', say('site.has_children'));
      }
    }
  }

  function describe(
    e: Pick<MenuEntry, 'kind' | 'label' | 'targetId' | 'url'> & { id?: number },
    { sections, pages }: { sections: Section[]; pages: PageLink[] },
  ): string {
    const r = resolveEntry(
      { id: 0, menu: 'main', parentId: null, position: 0, newTab: false, ...e },
      sections,
      pages,
    );
    return r ? `${r.label} → ${r.href}` : e.label;
  }

  return {
    /**
     * The public menus, with the sections they were resolved against: the main menu as edited
     * (or as the sections give it until it is edited) and the footer menu. Three queries.
     */
    async links(): Promise<{ main: MenuLink[]; footer: MenuLink[]; sections: Section[] }> {
      const [entries, { sections, pages }] = await Promise.all([repo.listAll(), context()]);
      const main = entries.filter((e) => e.menu === 'main');
      return {
        main: main.length ? resolveMenu(main, sections, pages) : derivedMainLinks(sections, pages),
        footer: resolveMenu(
          entries.filter((e) => e.menu === 'footer'),
          sections,
          pages,
        ),
        sections,
      };
    },

    entries: (menu: MenuName): Promise<MenuEntry[]> => repo.list(menu),
    entry,
    context,

    /** Turns the menu the sections give into stored entries the admin can edit. */
    async initMain(actor: Actor): Promise<void> {
      if ((await repo.list('main')).length) return;
      const { sections, pages } = await context();
      await tx(async ({ repo, audit }) => {
        // Checked again inside: two admins starting together create it once.
        if ((await repo.list('main')).length) return;
        for (const [i, item] of derivedMainMenu(sections, pages).entries()) {
          const id = await repo.insert('main', item.entry, i);
          for (const [j, c] of item.children.entries())
            await repo.insert('main', { ...c, parentId: id }, j);
        }
        await audit.record(actor, 'menu.initialized', {
          type: 'menu',
          id: 'main',
          summary: 'Tạo menu chính từ các chuyên mục',
        });
      });
    },

    async create(actor: Actor, menu: MenuName, e: NewMenuEntry): Promise<number> {
      const clean = menu === 'footer' ? { ...e, parentId: null } : e;
      await check(menu, clean);
      const ctx = await context();
      return tx(async ({ repo, audit }) => {
        const position = siblingsOf(await repo.list(menu), clean.parentId).length;
        const id = await repo.insert(menu, clean, position);
        await audit.record(actor, 'menu.item_created', {
          type: 'menu_item',
          id,
          summary: describe(clean, ctx),
          detail: { menu, ...clean },
        });
        return id;
      });
    },

    async update(actor: Actor, id: number, e: NewMenuEntry): Promise<void> {
      const before = await entry(id);
      const clean = before.menu === 'footer' ? { ...e, parentId: null } : e;
      await check(before.menu, clean, id);
      const ctx = await context();
      await tx(async ({ repo, audit }) => {
        await repo.update(id, clean);
        if (clean.parentId !== before.parentId) {
          // Moved under another parent: it goes last there, and its old siblings close the gap.
          const all = await repo.list(before.menu);
          await repo.reorder([
            ...siblingsOf(all, clean.parentId)
              .filter((x) => x.id !== id)
              .map((x) => x.id),
            id,
          ]);
          await repo.reorder(
            siblingsOf(all, before.parentId)
              .filter((x) => x.id !== id)
              .map((x) => x.id),
          );
        }
        await audit.record(actor, 'menu.item_updated', {
          type: 'menu_item',
          id,
          summary: describe({ ...clean, id }, ctx),
          detail: {
            before: {
              label: before.label,
              kind: before.kind,
              targetId: before.targetId,
              url: before.url,
              parentId: before.parentId,
            },
            after: clean,
          },
        });
      });
    },

    async remove(actor: Actor, id: number): Promise<void> {
      const e = await entry(id);
      const summary = describe(e, await context());
      await tx(async ({ repo, audit }) => {
        await repo.remove(id);
        await repo.reorder(siblingsOf(await repo.list(e.menu), e.parentId).map((x) => x.id));
        await audit.record(actor, 'menu.item_deleted', {
          type: 'menu_item',
          id,
          summary,
          detail: { menu: e.menu },
        });
      });
    },

    /** Moves an entry one step among its siblings; false when it is already at that end. */
    async move(actor: Actor, id: number, dir: MoveDirection): Promise<boolean> {
      const e = await entry(id);
      const summary = `${describe(e, await context())} (${dir === 'up' ? 'lên' : 'xuống'})`;
      return tx(async ({ repo, audit }) => {
        const order = moved(
          siblingsOf(await repo.list(e.menu), e.parentId).map((x) => x.id),
          id,
          dir,
        );
        if (!order) return false;
        await repo.reorder(order);
        await audit.record(actor, 'menu.item_moved', { type: 'menu_item', id, summary });
        return true;
      });
    },
  };
}
