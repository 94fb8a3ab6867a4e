import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import { liveSlot } from '../views/live-slot.ts';
import type { Chrome, MenuItem, PageMeta } from './chrome.ts';
import { HeadExtras } from './head-extras.tsx';
import { Slot } from './registry.tsx';
import { Emblem, MastheadArt } from './emblem.tsx';
import { splitMenuRow } from './menu-row.ts';
import { Sidebar } from './sidebar.tsx';

export { Emblem } from './emblem.tsx';

export type { PageMeta } from './chrome.ts';

/** Serialises JSON-LD so that no "</script>" can break out of the element. */
function jsonLdText(o: object): string {
  return JSON.stringify(o)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026');
}

function isCurrent(item: MenuItem, path: string): boolean {
  if (item.href === '/') return path === '/';
  return (
    path === item.href ||
    path.startsWith(`${item.href}/`) ||
    item.children.some((c) => isCurrent(c, path))
  );
}

function MenuLink(props: { item: MenuItem; path: string }) {
  const { item } = props;
  return (
    <a
      href={item.href}
      aria-current={isCurrent(item, props.path) ? 'page' : undefined}
      target={item.newTab ? '_blank' : undefined}
      rel={item.newTab ? 'noopener noreferrer' : undefined}
      class={item.href === '/' ? 'home-link' : undefined}
    >
      {item.href === '/' && <HomeIcon />}
      <span class="menu-label">{item.label}</span>
    </a>
  );
}

function MenuEntry(props: { item: MenuItem; path: string }) {
  const { item } = props;
  return (
    <li class={item.children.length ? 'has-sub' : undefined}>
      <MenuLink item={item} path={props.path} />
      {item.children.length > 0 && (
        <ul class="submenu">
          {item.children.map((c) => (
            <li>
              <MenuLink item={c} path={props.path} />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function HomeIcon() {
  return (
    <svg
      class="icon"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
    >
      <path fill="currentColor" d="M12 3 2 11.5h3V21h5.5v-6h3v6H19v-9.5h3Z" />
    </svg>
  );
}

/**
 * The main menu. At ≥ 1024 px one row with drop-downs (hover and keyboard focus open them, no
 * script needed); the items that would not fit go under "Khác". Below that the same list is a
 * drawer with every sub-menu shown ("Khác" dissolves into ordinary entries), opened by the
 * header's menu button (a link to #menu-chinh, so it works without script; site.js makes it a
 * real toggle).
 */
function Menu(props: { items: MenuItem[]; path: string }) {
  const { row, more } = splitMenuRow(props.items);
  return (
    <nav id="menu-chinh" class="mainnav" aria-label="Menu chính">
      <div class="wrap">
        <p class="drawer-head">
          <span>Menu</span>
          <a class="drawer-close" href="#">
            Đóng menu
          </a>
        </p>
        <ul class="menu">
          {row.map((item) => (
            <MenuEntry item={item} path={props.path} />
          ))}
          {more.length > 0 && (
            <li class="has-sub more-items">
              <a href="/so-do-trang">
                <span class="menu-label">Khác</span>
              </a>
              <ul class="submenu">
                {more.map((item) => (
                  <li>
                    <MenuLink item={item} path={props.path} />
                    {item.children.length > 0 && (
                      <ul class="more-sub">
                        {item.children.map((c) => (
                          <li>
                            <MenuLink item={c} path={props.path} />
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ul>
            </li>
          )}
        </ul>
      </div>
    </nav>
  );
}

/** Breadcrumb trail "Trang chủ › …"; the last entry has no link. */
export function Breadcrumb(props: { trail: { label: string; href?: string }[] }) {
  return (
    <nav class="breadcrumb" aria-label="Đường dẫn">
      <ol>
        <li>
          <a href="/">Trang chủ</a>
        </li>
        {props.trail.map((t) => (
          <li>
            <span class="sep" aria-hidden="true">
              {' › '}
            </span>
            {t.href ? <a href={t.href}>{t.label}</a> : <span aria-current="page">{t.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}

function SearchIcon() {
  return (
    <svg
      class="icon"
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      focusable="false"
    >
      <path
        fill="none"
        stroke="currentColor"
        stroke-width="2.4"
        stroke-linecap="round"
        d="M10.5 4a6.5 6.5 0 1 1 0 13a6.5 6.5 0 0 1 0-13ZM15.5 15.5 21 21"
      />
    </svg>
  );
}

function MenuIcon() {
  return (
    <svg
      class="icon"
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      focusable="false"
    >
      <path
        stroke="currentColor"
        stroke-width="2.4"
        stroke-linecap="round"
        d="M4 6h16M4 12h16M4 18h16"
      />
    </svg>
  );
}

/** The header's classes: which breakpoints show an uploaded banner instead of the drawn one. */
function mastheadClass(s: Chrome['settings']): string {
  return [
    'masthead',
    s.headerDesktop ? 'has-header-desktop' : '',
    s.headerPhone ? 'has-header-phone' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The page shell shared by every public page. */
export function Layout(props: {
  chrome: Chrome;
  meta: PageMeta;
  children: Child;
  wide?: boolean;
  /** Shown below the sidebar's blocks (at the end of the content when the page has no sidebar). */
  sidebarExtra?: Child;
}) {
  const { chrome, meta } = props;
  const s = chrome.settings;
  const hasSidebar = !props.wide && chrome.site.blocks.length > 0;
  const fullTitle = meta.title === s.shortName ? s.shortName : `${meta.title} | ${s.shortName}`;
  return (
    <html lang={meta.lang ?? 'vi'}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        {meta.description && <meta name="description" content={meta.description} />}
        {meta.noindex && <meta name="robots" content="noindex" />}
        {meta.canonical && <link rel="canonical" href={meta.canonical} />}
        <meta property="og:site_name" content={s.shortName} />
        <meta property="og:locale" content={meta.lang === 'en' ? 'en_US' : 'vi_VN'} />
        <meta property="og:type" content={meta.ogType ?? 'website'} />
        <meta property="og:title" content={meta.title} />
        {meta.description && <meta property="og:description" content={meta.description} />}
        {meta.canonical && <meta property="og:url" content={meta.canonical} />}
        {meta.ogImage && <meta property="og:image" content={meta.ogImage} />}
        <meta name="twitter:card" content={meta.ogImage ? 'summary_large_image' : 'summary'} />
        <HeadExtras meta={meta} siteName={s.shortName} />
        <meta name="theme-color" content="#a50f1e" />
        <link rel="stylesheet" href={chrome.assets.css} />
        {!meta.lean && chrome.assets.pagesCss && (
          <link rel="stylesheet" href={chrome.assets.pagesCss} />
        )}
        {s.faviconUrl ? (
          <link rel="icon" href={s.faviconUrl} type="image/png" />
        ) : (
          <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        )}
        {(meta.jsonLd ?? []).map((o) => (
          <script type="application/ld+json">{raw(jsonLdText(o))}</script>
        ))}
        <script src={chrome.assets.js} defer data-typeahead={chrome.assets.typeahead}></script>
        {chrome.site.widgetsJs && (!meta.lean || chrome.site.widgetsOnLean) && (
          <script src={chrome.site.widgetsJs} defer></script>
        )}
        {!meta.lean && chrome.assets.pagesJs && <script src={chrome.assets.pagesJs} defer></script>}
      </head>
      <body>
        <a class="skip-link" href="#noi-dung">
          Bỏ qua, đến nội dung chính
        </a>
        <header class={mastheadClass(s)}>
          {!s.headerDesktop && <MastheadArt />}
          <div class="wrap masthead-inner">
            <a class="brand" href="/">
              {s.headerDesktop && (
                <img
                  class="header-banner header-desktop"
                  src={s.headerDesktop.url}
                  width={s.headerDesktop.width}
                  height={s.headerDesktop.height}
                  alt=""
                  loading="lazy"
                />
              )}
              {s.headerPhone && (
                <img
                  class="header-banner header-phone"
                  src={s.headerPhone.url}
                  width={s.headerPhone.width}
                  height={s.headerPhone.height}
                  alt=""
                  loading="lazy"
                />
              )}
              <span class="brand-drawn">
                {s.logoUrl ? (
                  <img
                    class="logo"
                    src={s.logoUrl}
                    width={s.logoWidth}
                    height={s.logoHeight}
                    alt=""
                  />
                ) : (
                  <Emblem />
                )}
                <span class="brand-text">
                  <span class="brand-party">ĐẢNG CỘNG SẢN VIỆT NAM</span>
                  <span class="brand-name">{s.siteName}</span>
                  {s.slogan && <span class="brand-slogan">{s.slogan}</span>}
                </span>
                <span class="brand-short" aria-hidden="true">
                  {s.shortName}
                </span>
              </span>
            </a>
            <p class="today">{liveSlot('today')}</p>
            <Slot chrome={chrome} meta={meta} slot="header" />
            <p class="header-buttons">
              <a class="header-button" href="/tim-kiem">
                <SearchIcon />
                <span class="sr-only">Tìm kiếm</span>
              </a>
              <a class="header-button menu-button" href="#menu-chinh" aria-controls="menu-chinh">
                <MenuIcon />
                <span class="sr-only">Menu</span>
              </a>
            </p>
          </div>
        </header>
        <Menu items={chrome.menu} path={chrome.currentPath} />
        <div class="wrap page">
          <main id="noi-dung" class={hasSidebar ? 'content' : 'content wide'} tabindex={-1}>
            <Slot chrome={chrome} meta={meta} slot="beforeContent" />
            {props.children}
            {!hasSidebar && props.sidebarExtra}
          </main>
          {hasSidebar && <Sidebar chrome={chrome} extra={props.sidebarExtra} />}
        </div>
        <footer class="sitefooter">
          <div class="wrap">
            <p class="footer-name">{s.siteName}</p>
            <dl class="footer-info">
              {s.ownerAgency && (
                <>
                  <dt>Cơ quan chủ quản:</dt>
                  <dd>{s.ownerAgency}</dd>
                </>
              )}
              {s.responsiblePerson && (
                <>
                  <dt>Chịu trách nhiệm chính:</dt>
                  <dd>{s.responsiblePerson}</dd>
                </>
              )}
              {s.licence && (
                <>
                  <dt>Giấy phép:</dt>
                  <dd>{s.licence}</dd>
                </>
              )}
              {s.address && (
                <>
                  <dt>Địa chỉ:</dt>
                  <dd>{s.address}</dd>
                </>
              )}
              {s.phone && (
                <>
                  <dt>Điện thoại:</dt>
                  <dd>
                    <a href={`tel:${s.phone.replace(/[^\d+]/g, '')}`}>{s.phone}</a>
                  </dd>
                </>
              )}
              {s.hotline && (
                <>
                  <dt>Đường dây nóng:</dt>
                  <dd>
                    <a href={`tel:${s.hotline.replace(/[^\d+]/g, '')}`}>{s.hotline}</a>
                  </dd>
                </>
              )}
              {s.email && (
                <>
                  <dt>Email:</dt>
                  <dd>
                    <a href={`mailto:${s.email}`}>{s.email}</a>
                  </dd>
                </>
              )}
            </dl>
            <Slot chrome={chrome} meta={meta} slot="footer" />
            <p class="footer-links">
              <a href="/so-do-trang">Sơ đồ trang</a> · <a href="/rss">Tin mới (RSS)</a> ·{' '}
              <a href="/tim-kiem">Tìm kiếm</a>
            </p>
            <p class="footer-note">
              Ghi rõ nguồn “{s.shortName}” khi phát hành lại thông tin từ trang này.
            </p>
          </div>
        </footer>
        <Slot chrome={chrome} meta={meta} slot="pageEnd" />
      </body>
    </html>
  );
}
