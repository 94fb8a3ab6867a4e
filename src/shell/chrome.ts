import type { ShellParts } from './registry.ts';

/** One entry of the main menu. */
export interface MenuItem {
  label: string;
  href: string;
  children: MenuItem[];
  newTab?: boolean;
}

/** An uploaded header banner image. */
export interface HeaderImage {
  url: string;
  width: number;
  height: number;
}

/** Who publishes the site, as the header and footer show it (from the admin's settings). */
export interface SiteIdentity {
  siteName: string;
  shortName: string;
  slogan: string;
  /** URL of the uploaded logo and its size; absent: the drawn emblem. */
  logoUrl?: string;
  logoWidth?: number;
  logoHeight?: number;
  /** URL of the uploaded favicon; absent: /favicon.svg. */
  faviconUrl?: string;
  /** Uploaded header banners (desktop ≥ 768 px, phone below); absent: the drawn header. */
  headerDesktop?: HeaderImage;
  headerPhone?: HeaderImage;
  ownerAgency: string;
  responsiblePerson: string;
  licence: string;
  address: string;
  phone: string;
  email: string;
  /** "Đường dây nóng" ('' when none) and the contact points' text (lines "Name | phone | email"). */
  hotline: string;
  contactPoints: string;
}

/**
 * What the feature modules put around every page for their own parts (sidebar blocks, header,
 * footer): each contributing module declares its field here by declaration merging
 * (`declare module '.../shell/chrome.ts' { interface ChromeData { … } }`), so the shell carries
 * the data without importing the module. The composition root loads it (src/shell-wiring.tsx).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface ChromeData {}

/** Open Graph fields of a page (modules may add fields for their page parts by declaration merging). */
export interface PageMeta {
  title: string;
  description?: string;
  /** Absolute canonical URL. */
  canonical?: string;
  ogType?: 'website' | 'article';
  ogImage?: string;
  /** JSON-LD objects, serialised safely into <script type="application/ld+json">. */
  jsonLd?: object[];
  noindex?: boolean;
  /** Size and description of the Open Graph image. */
  ogImageWidth?: number;
  ogImageHeight?: number;
  ogImageAlt?: string;
  /** Open Graph article fields (times in ISO 8601 with +07:00). */
  article?: { publishedTime?: string; modifiedTime?: string; section?: string; tags?: string[] };
  /** RSS feeds of this page besides the whole site's (linked with rel="alternate"). */
  feeds?: { title: string; href: string }[];
  /** The page's language ('vi' unless said). */
  lang?: 'vi' | 'en';
  /** The same page in other languages (hreflang pairs: each version lists every one, itself too). */
  alternates?: { hreflang: 'vi' | 'en'; href: string }[];
  /**
   * Home, section listings, articles and static pages — the most read — need only site.css; every
   * other page also loads pages.css (documents, schedule, albums, forms, map, search…).
   */
  lean?: boolean;
}

/** What every public page shows around its content: header, menu, sidebar, footer. */
export interface Chrome {
  settings: SiteIdentity;
  menu: MenuItem[];
  /** The request path, to mark the current menu entry. */
  currentPath: string;
  now: Date;
  /** The page's type (its menu and sidebar layout) and the sidebar blocks it shows, in order. */
  /** `widgetsOnLean`: lean pages load widgets.js too (only the full map and the link selector use it). */
  site: { pageType: string; blocks: string[]; widgetsJs: string; widgetsOnLean?: boolean };
  /** The modules' data for their parts (see ChromeData). */
  data: ChromeData;
  /** Hashed URLs of the static assets. */
  /** `pagesCss`: rules of the public pages other than the lean ones (PageMeta.lean). */
  assets: {
    css: string;
    pagesCss: string;
    /** Scripts of the non-lean public pages (the album lightbox). */
    pagesJs: string;
    js: string;
    count: string;
    typeahead: string;
  };
  /** What the modules contribute to the page (shell/registry.ts). */
  parts: ShellParts;
}
