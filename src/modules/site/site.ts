/** Site-wide settings edited by the admin; every field is shown somewhere on the public site. */
export interface SiteSettings {
  siteName: string;
  /** Short name for the browser title and Open Graph site name. */
  shortName: string;
  slogan: string;
  ownerAgency: string;
  responsiblePerson: string;
  licence: string;
  address: string;
  phone: string;
  email: string;
  /** "Đường dây nóng": the number readers call, shown in the footer and on Cơ cấu tổ chức; '' hides it. */
  hotline: string;
  /** Contact points ("đầu mối liên hệ"), one a line: "Name | phone | email" (see `contactPointsOf`). */
  contactPoints: string;
  /**
   * Lịch công tác: how many days ahead of today the public schedule shows (the leaders' security);
   * -1 shows every approved day.
   */
  scheduleDaysAhead: number;
  /** Visits carried over from the old portal, added to "Tổng truy cập". */
  visitorTotalOffset: number;
  /** Stored logo (shown instead of the drawn emblem) and its pixel size; '' for none. */
  logoKey: string;
  logoWidth: number;
  logoHeight: number;
  /** Stored favicon (PNG); '' for the shipped one. */
  faviconKey: string;
  /** Header banners replacing the drawn header (desktop ≥ 768 px, phone below); '' for none. */
  headerDesktopKey: string;
  headerDesktopWidth: number;
  headerDesktopHeight: number;
  headerPhoneKey: string;
  headerPhoneWidth: number;
  headerPhoneHeight: number;
  /** Social pages shown in the footer; '' hides one. */
  socialFacebook: string;
  socialYoutube: string;
  socialZalo: string;
  socialTiktok: string;
  /** The Liên kết web block: 'list' (grouped links) or 'select' (a "Chọn liên kết" selector). */
  linksDisplay: string;
  /** A commune site's administrative unit code ("03160"): its header shows the unit's outline. */
  unitCode: string;
}

/** Defaults for an empty database; the seed writes the Điện Biên values. */
export const DEFAULT_SETTINGS: SiteSettings = {
  siteName: 'TRANG THÔNG TIN ĐIỆN TỬ',
  shortName: 'Trang thông tin điện tử',
  slogan: '',
  ownerAgency: '',
  responsiblePerson: '',
  licence: '',
  address: '',
  phone: '',
  email: '',
  hotline: '',
  contactPoints: '',
  scheduleDaysAhead: -1,
  visitorTotalOffset: 0,
  logoKey: '',
  logoWidth: 0,
  logoHeight: 0,
  faviconKey: '',
  headerDesktopKey: '',
  headerDesktopWidth: 0,
  headerDesktopHeight: 0,
  headerPhoneKey: '',
  headerPhoneWidth: 0,
  headerPhoneHeight: 0,
  socialFacebook: '',
  socialYoutube: '',
  socialZalo: '',
  socialTiktok: '',
  linksDisplay: 'list',
  unitCode: '',
};

/** One contact point of the site: who, and how to reach them (either may be ''). */
export interface ContactPoint {
  name: string;
  phone: string;
  email: string;
}

/** The contact points of the settings' text, one a line "Name | phone | email"; blank lines skipped. */
export function contactPointsOf(text: string): ContactPoint[] {
  return text
    .split('\n')
    .map((line) => line.split('|').map((part) => part.trim()))
    .filter((parts) => parts.some(Boolean))
    .map(([name = '', phone = '', email = '']) => ({ name, phone, email }));
}

/** A phone number as a tel: address (digits and a leading +). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** A section (chuyên mục) with its children, as the menu and pages see it. */
export interface Section {
  id: number;
  parentId: number | null;
  slug: string;
  name: string;
  description: string;
  kind: 'articles' | 'pages';
  position: number;
  showOnHome: boolean;
}

/** A section tree node for menus. */
export interface SectionNode extends Section {
  children: SectionNode[];
}

/** A static page. */
export interface Page {
  id: number;
  sectionId: number;
  slug: string;
  title: string;
  bodyHtml: string;
  position: number;
  updatedAt: Date;
}

/** A static page in another language (English), with whether it lags behind the Vietnamese page. */
export interface PageTranslation {
  pageId: number;
  language: 'en';
  title: string;
  bodyHtml: string;
  updatedAt: Date;
  /** The Vietnamese page changed after this translation was saved. */
  stale: boolean;
}

/** What menus need of a page: where it is and what it is called (no body). */
export type PageLink = Pick<Page, 'id' | 'sectionId' | 'slug' | 'title' | 'position'>;

/** Builds the section tree (ordered by position) from a flat list. */
export function sectionTree(sections: Section[]): SectionNode[] {
  const nodes = new Map<number, SectionNode>(sections.map((s) => [s.id, { ...s, children: [] }]));
  const roots: SectionNode[] = [];
  for (const n of [...nodes.values()].sort((a, b) => a.position - b.position || a.id - b.id)) {
    const parent = n.parentId === null ? undefined : nodes.get(n.parentId);
    (parent ? parent.children : roots).push(n);
  }
  return roots;
}

/** A section's id and its descendants' ids (a parent section shows its children's articles). */
export function sectionSubtreeIds(sections: Section[], rootId: number): number[] {
  const ids = [rootId];
  for (let i = 0; i < ids.length; i++) {
    for (const s of sections) if (s.parentId === ids[i] && !ids.includes(s.id)) ids.push(s.id);
  }
  return ids;
}
