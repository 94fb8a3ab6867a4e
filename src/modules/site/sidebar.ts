import type { Section } from './site.ts';

/** Kinds of public page, for choosing which sidebar blocks a page shows. */
export type PageType = 'home' | 'section' | 'article' | 'page' | 'other';

/** Page types with their Vietnamese names, in the order the back office lists them. */
export const PAGE_TYPES: { id: PageType; label: string }[] = [
  { id: 'home', label: 'Trang chủ' },
  { id: 'section', label: 'Trang chuyên mục' },
  { id: 'article', label: 'Trang bài viết' },
  { id: 'page', label: 'Trang giới thiệu, liên hệ' },
  { id: 'other', label: 'Trang khác (bản đồ, từ khóa…)' },
];

/** The sidebar blocks the public layout knows how to draw. */
export type SidebarBlockId =
  'map' | 'banners' | 'mostRead' | 'links' | 'stats' | 'schedule' | 'documents' | 'poll';

/** Blocks with their Vietnamese names, in their default order. */
export const SIDEBAR_BLOCKS: { id: SidebarBlockId; label: string }[] = [
  { id: 'map', label: 'Bản đồ hành chính' },
  { id: 'banners', label: 'Banner' },
  { id: 'mostRead', label: 'Tin xem nhiều' },
  { id: 'links', label: 'Liên kết web' },
  { id: 'stats', label: 'Thống kê truy cập' },
  { id: 'schedule', label: 'Lịch công tác hôm nay' },
  { id: 'documents', label: 'Văn bản mới' },
  { id: 'poll', label: 'Thăm dò ý kiến (khi có cuộc đang mở)' },
];

/** Which blocks appear, in which order, on which page types (an empty list hides a block). */
export interface SidebarLayout {
  blocks: { id: SidebarBlockId; pages: PageType[] }[];
  /**
   * The home page's section blocks the admin places in the right column, below the sidebar's
   * blocks (section ids; they keep the sections' order). null: automatic — the later half of the
   * home's section blocks go there, so both columns run to the end.
   */
  homeBeside?: number[] | null;
}

const ALL_PAGES = PAGE_TYPES.map((p) => p.id);
const isBlock = (v: unknown): v is SidebarBlockId => SIDEBAR_BLOCKS.some((b) => b.id === v);
const isPage = (v: unknown): v is PageType => PAGE_TYPES.some((p) => p.id === v);

/**
 * Reads a stored layout tolerantly: known blocks once each, in the stored order; blocks the
 * layout does not mention yet (added in a later version) come last, shown everywhere.
 */
export function normalizeSidebar(raw: unknown): SidebarLayout {
  const stored =
    raw && typeof raw === 'object' && Array.isArray((raw as { blocks?: unknown }).blocks)
      ? (raw as { blocks: unknown[] }).blocks
      : [];
  const blocks: SidebarLayout['blocks'] = [];
  for (const b of stored) {
    if (!b || typeof b !== 'object') continue;
    const { id, pages } = b as { id?: unknown; pages?: unknown };
    if (!isBlock(id) || blocks.some((x) => x.id === id)) continue;
    const list = Array.isArray(pages) ? pages.filter(isPage) : [];
    blocks.push({ id, pages: ALL_PAGES.filter((p) => list.includes(p)) });
  }
  for (const b of SIDEBAR_BLOCKS)
    if (!blocks.some((x) => x.id === b.id)) blocks.push({ id: b.id, pages: [...ALL_PAGES] });
  const beside =
    raw && typeof raw === 'object' ? (raw as { homeBeside?: unknown }).homeBeside : null;
  const homeBeside = Array.isArray(beside)
    ? [...new Set(beside.filter((v): v is number => Number.isSafeInteger(v) && v > 0))]
    : null;
  return { blocks, homeBeside };
}

/**
 * The home page's section blocks split between the main column and the right one: the admin's
 * choice (`homeBeside`), else the later half beside (automatic).
 */
export function splitHomeBlocks<T extends { section: { id: number } }>(
  blocks: T[],
  homeBeside: number[] | null | undefined,
): { main: T[]; beside: T[] } {
  if (!homeBeside) {
    const half = Math.ceil(blocks.length / 2);
    return { main: blocks.slice(0, half), beside: blocks.slice(half) };
  }
  const chosen = new Set(homeBeside);
  return {
    main: blocks.filter((b) => !chosen.has(b.section.id)),
    beside: blocks.filter((b) => chosen.has(b.section.id)),
  };
}

/** The blocks one page type shows, in order. */
export function blocksFor(layout: SidebarLayout, type: PageType): SidebarBlockId[] {
  return layout.blocks.filter((b) => b.pages.includes(type)).map((b) => b.id);
}

/** The kind of public page at `path`, judged from the section slugs (no route knowledge needed). */
export function pageTypeOf(path: string, sections: Pick<Section, 'slug' | 'kind'>[]): PageType {
  const segs = path.split('/').filter(Boolean);
  if (segs.length === 0) return 'home';
  const section = sections.find((s) => s.slug === segs[0]);
  if (!section || segs.length > 2) return 'other';
  if (section.kind === 'pages') return 'page';
  if (segs.length === 1) return 'section';
  return /\d$/.test(segs[1] ?? '') ? 'article' : 'other';
}
