import type { Generated } from 'kysely';

/** `banner`: an image with an optional link, shown in its place between two dates. */
export interface BannerTable {
  /** The site that owns this row (1: the province). */
  siteId: number;
  id: Generated<number>;
  title: string;
  imageKey: string;
  imageWidth: number;
  imageHeight: number;
  linkUrl: Generated<string>;
  /** Vietnamese calendar days "YYYY-MM-DD", both inclusive. */
  startsOn: string;
  endsOn: string;
  /** 'sidebar' | 'home'. */
  placement: string;
  position: Generated<number>;
  active: Generated<number>;
  createdAt: string;
  updatedAt: string;
}
