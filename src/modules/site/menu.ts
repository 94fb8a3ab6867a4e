import { sectionTree, type PageLink, type Section } from './site.ts';

/** The two menus the admin edits. */
export type MenuName = 'main' | 'footer';
export const MENU_NAMES: { id: MenuName; label: string }[] = [
  { id: 'main', label: 'Menu chính' },
  { id: 'footer', label: 'Menu chân trang' },
];

/** What a menu entry points at. */
export type MenuKind =
  | 'home'
  | 'section'
  | 'page'
  | 'map'
  | 'albums'
  | 'videos'
  | 'hubs'
  | 'organisation'
  | 'schedule'
  | 'consultations'
  | 'url';
export const MENU_KINDS: { id: MenuKind; label: string }[] = [
  { id: 'home', label: 'Trang chủ' },
  { id: 'section', label: 'Chuyên mục' },
  { id: 'page', label: 'Trang giới thiệu, liên hệ' },
  { id: 'map', label: 'Bản đồ hành chính' },
  { id: 'albums', label: 'Thư viện ảnh' },
  { id: 'videos', label: 'Video' },
  { id: 'hubs', label: 'Chuyên đề' },
  { id: 'organisation', label: 'Cơ cấu tổ chức' },
  { id: 'schedule', label: 'Lịch công tác' },
  { id: 'consultations', label: 'Lấy ý kiến dự thảo' },
  { id: 'url', label: 'Địa chỉ khác' },
];

/** Entries that lead to a fixed public listing, by kind. */
const LISTINGS: Partial<Record<MenuKind, { label: string; href: string }>> = {
  map: { label: 'Bản đồ hành chính', href: '/ban-do' },
  albums: { label: 'Thư viện ảnh', href: '/thu-vien-anh' },
  videos: { label: 'Video', href: '/video' },
  hubs: { label: 'Chuyên đề', href: '/chuyen-de' },
  organisation: { label: 'Cơ cấu tổ chức', href: '/co-cau-to-chuc' },
  schedule: { label: 'Lịch công tác', href: '/lich-cong-tac' },
  consultations: { label: 'Lấy ý kiến dự thảo', href: '/lay-y-kien' },
};

/** The section of static pages named "Giới thiệu": its submenu leads to the organisation and the schedule. */
const ABOUT_SECTION = 'gioi-thieu';
/**
 * A Giới thiệu page with this slug describes the organisation in prose; in the derived menu the
 * live directory (`/co-cau-to-chuc`) takes its place, so the menu never shows the name twice.
 */
const ORGANISATION_PAGE = 'co-cau-to-chuc';

/** The section named "Thư viện ảnh – video" in the menu (PRODUCT.md): its submenu leads to the listings. */
const MULTIMEDIA_SECTION = 'thu-vien-anh-video';
/** The section "Liên hệ – góp ý": its submenu also leads to Lấy ý kiến dự thảo (issue #20). */
const CONTACT_SECTION = 'lien-he-gop-y';

/** A stored menu entry. */
export interface MenuEntry {
  id: number;
  menu: MenuName;
  parentId: number | null;
  position: number;
  /** '' means: use the target's own name. */
  label: string;
  kind: MenuKind;
  targetId: number | null;
  url: string;
  newTab: boolean;
}

/** A resolved menu link, as the public layout draws it. */
export interface MenuLink {
  label: string;
  href: string;
  newTab: boolean;
  children: MenuLink[];
}

/** Where an entry leads and what it is called; undefined when its target no longer exists. */
export function resolveEntry(
  e: MenuEntry,
  sections: Section[],
  pages: PageLink[],
): { label: string; href: string } | undefined {
  if (e.kind === 'home') return { label: e.label || 'Trang chủ', href: '/' };
  const listing = LISTINGS[e.kind];
  if (listing) return { label: e.label || listing.label, href: listing.href };
  if (e.kind === 'url') return e.url ? { label: e.label || e.url, href: e.url } : undefined;
  if (e.kind === 'section') {
    const s = sections.find((x) => x.id === e.targetId);
    return s && { label: e.label || s.name, href: `/${s.slug}` };
  }
  const p = pages.find((x) => x.id === e.targetId);
  const s = p && sections.find((x) => x.id === p.sectionId);
  return p && s && { label: e.label || p.title, href: `/${s.slug}/${p.slug}` };
}

/** Entries ordered as siblings: by position, then id. */
export function siblingsOf(entries: MenuEntry[], parentId: number | null): MenuEntry[] {
  return entries
    .filter((e) => e.parentId === parentId)
    .sort((a, b) => a.position - b.position || a.id - b.id);
}

/** The stored entries as a tree of links (two levels); entries whose target is gone are left out. */
export function resolveMenu(
  entries: MenuEntry[],
  sections: Section[],
  pages: PageLink[],
): MenuLink[] {
  const build = (parentId: number | null, depth: number): MenuLink[] =>
    siblingsOf(entries, parentId).flatMap((e) => {
      const r = resolveEntry(e, sections, pages);
      return r ? [{ ...r, newTab: e.newTab, children: depth === 0 ? build(e.id, 1) : [] }] : [];
    });
  return build(null, 0);
}

/** A menu entry to create, without id and position. */
export type NewMenuEntry = Omit<MenuEntry, 'id' | 'position' | 'menu'>;

/**
 * The main menu as the sections give it (used until the admin edits the menu): Trang chủ, each
 * top section with its children, a pages section with its pages.
 */
export function derivedMainMenu(
  sections: Section[],
  pages: PageLink[],
): { entry: NewMenuEntry; children: NewMenuEntry[] }[] {
  const none = { label: '', url: '', newTab: false, parentId: null };
  const items: { entry: NewMenuEntry; children: NewMenuEntry[] }[] = [
    { entry: { ...none, kind: 'home', targetId: null }, children: [] },
  ];
  for (const s of sectionTree(sections)) {
    const own = s.kind === 'pages' ? pages.filter((p) => p.sectionId === s.id) : [];
    items.push({
      entry: { ...none, kind: 'section', targetId: s.id },
      children:
        s.kind === 'pages'
          ? s.slug === ABOUT_SECTION
            ? [
                ...own
                  .filter((p) => p.slug !== ORGANISATION_PAGE)
                  .map((p) => ({ ...none, kind: 'page' as const, targetId: p.id })),
                { ...none, kind: 'organisation' as const, targetId: null },
                { ...none, kind: 'schedule' as const, targetId: null },
              ]
            : [
                ...(own.length > 1 || s.slug === CONTACT_SECTION
                  ? own.map((p) => ({ ...none, kind: 'page' as const, targetId: p.id }))
                  : []),
                ...(s.slug === CONTACT_SECTION
                  ? [{ ...none, kind: 'consultations' as const, targetId: null }]
                  : []),
              ]
          : s.slug === MULTIMEDIA_SECTION
            ? [
                ...s.children.map((c) => ({ ...none, kind: 'section' as const, targetId: c.id })),
                { ...none, kind: 'albums' as const, targetId: null },
                { ...none, kind: 'videos' as const, targetId: null },
              ]
            : s.children.map((c) => ({ ...none, kind: 'section' as const, targetId: c.id })),
    });
  }
  return items;
}

/** The derived menu as links, without storing anything. */
export function derivedMainLinks(sections: Section[], pages: PageLink[]): MenuLink[] {
  let id = 0;
  const entries: MenuEntry[] = [];
  for (const item of derivedMainMenu(sections, pages)) {
    const parent = ++id;
    entries.push({ ...item.entry, id: parent, menu: 'main', position: parent });
    for (const c of item.children)
      entries.push({ ...c, id: ++id, parentId: parent, menu: 'main', position: id });
  }
  return resolveMenu(entries, sections, pages);
}
