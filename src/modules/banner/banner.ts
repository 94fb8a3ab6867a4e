/** Where a banner shows. */
export type BannerPlacement = 'sidebar' | 'home';

export const BANNER_PLACEMENTS: { id: BannerPlacement; label: string }[] = [
  { id: 'sidebar', label: 'Cột bên phải (khối Banner)' },
  { id: 'home', label: 'Đầu trang chủ' },
];

/** An image with an optional link, shown in its place from one day to another (both inclusive). */
export interface Banner {
  id: number;
  /** Describes the image for screen readers and names the banner in the back office. */
  title: string;
  imageKey: string;
  width: number;
  height: number;
  /** '' for an image without a link. */
  linkUrl: string;
  /** Vietnamese calendar days "YYYY-MM-DD". */
  startsOn: string;
  endsOn: string;
  placement: BannerPlacement;
  position: number;
  active: boolean;
}

/** The banners showing now, by place. */
export interface CurrentBanners {
  sidebar: Banner[];
  home: Banner[];
}

/** Whether a banner shows on a given Vietnamese day ("YYYY-MM-DD"). */
export function isShowing(b: Pick<Banner, 'active' | 'startsOn' | 'endsOn'>, day: string): boolean {
  return b.active && b.startsOn <= day && day <= b.endsOn;
}

/** "2026-12-01" → "01/12/2026". */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}
