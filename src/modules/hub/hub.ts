import type { HubAccent } from './hub.accent.ts';

/** Whether a hub is running (shown in the menu and on the home page) or kept as an archive. */
export type HubStatus = 'active' | 'archived';

export const HUB_STATUS_LABELS: Record<HubStatus, string> = {
  active: 'Đang diễn ra',
  archived: 'Lưu trữ',
};

/** A Chuyên đề: a campaign's own page over its event thread. */
export interface Hub {
  id: number;
  slug: string;
  title: string;
  intro: string;
  banner: { key: string; width: number; height: number; alt: string } | null;
  eventThreadId: number | null;
  /** "YYYY-MM-DD" or ''. */
  startsOn: string;
  endsOn: string;
  status: HubStatus;
  position: number;
  /** A key of the theme's accent list (hub.accent.ts); '' for the site's own colour. */
  accent: HubAccent | '';
}

/** Public address of a hub (permanent, archived or not). */
export function hubHref(h: Pick<Hub, 'slug'>): string {
  return `/chuyen-de/${h.slug}`;
}

/** Public address of an event thread's page. */
export function threadHref(t: { slug: string }): string {
  return `/dong-su-kien/${t.slug}`;
}

/** One entry of a hub's timeline: an article, an album or a video, newest first. */
export interface TimelineEntry {
  kind: 'article' | 'album' | 'video';
  title: string;
  href: string;
  at: Date | null;
}

export const TIMELINE_KIND_LABELS: Record<TimelineEntry['kind'], string> = {
  article: 'Bài viết',
  album: 'Album ảnh',
  video: 'Video',
};

/** Merges entries newest first (undated ones last), keeping each source's order among ties. */
export function timeline(...lists: TimelineEntry[][]): TimelineEntry[] {
  return lists
    .flat()
    .map((e, i) => ({ e, i }))
    .sort(
      (a, b) => (b.e.at?.getTime() ?? -Infinity) - (a.e.at?.getTime() ?? -Infinity) || a.i - b.i,
    )
    .map((x) => x.e);
}

/** The main menu's entry for the running hubs (shown only while one is active). */
export function hubMenuItem(active: Pick<Hub, 'title' | 'slug'>[]): {
  label: string;
  href: string;
  children: { label: string; href: string; children: [] }[];
} {
  return {
    label: 'Chuyên đề',
    href: '/chuyen-de',
    children: active.map((h) => ({ label: h.title, href: hubHref(h), children: [] })),
  };
}
