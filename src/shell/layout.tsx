import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import { liveSlot } from '../views/live-slot.ts';
import type { Chrome, MenuItem, PageMeta } from './chrome.ts';
import { HeadExtras } from './head-extras.tsx';
import { Slot } from './registry.tsx';
import { Sidebar } from './sidebar.tsx';

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

function Menu(props: { items: MenuItem[]; path: string }) {
  return (
    <nav class="mainnav" aria-label="Menu chính">
      <div class="wrap">
        <ul class="menu">
          {props.items.map((item) => (
            <li class={item.children.length ? 'has-sub' : undefined}>
              <a
                href={item.href}
                aria-current={isCurrent(item, props.path) ? 'page' : undefined}
                target={item.newTab ? '_blank' : undefined}
                rel={item.newTab ? 'noopener noreferrer' : undefined}
              >
                {item.label}
              </a>
              {item.children.length > 0 && (
                <ul class="submenu">
                  {item.children.map((c) => (
                    <li>
                      <a
                        href={c.href}
                        aria-current={isCurrent(c, props.path) ? 'page' : undefined}
                        target={c.newTab ? '_blank' : undefined}
                        rel={c.newTab ? 'noopener noreferrer' : undefined}
                      >
                        {c.label}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}

/** The Party emblem motif: a gold star on red, drawn inline (no external file, no font). */
export function Emblem() {
  return (
    <svg
      class="emblem"
      viewBox="0 0 100 100"
      width="72"
      height="72"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="50" cy="50" r="48" fill="#c8102e" stroke="#f2c94c" stroke-width="4" />
      <polygon
        fill="#f2c94c"
        points="50,14 58.5,39.5 85,39.5 63.5,55 71.5,81 50,65 28.5,81 36.5,55 15,39.5 41.5,39.5"
      />
    </svg>
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

/** The page shell shared by every public page. */
export function Layout(props: { chrome: Chrome; meta: PageMeta; children: Child; wide?: boolean }) {
  const { chrome, meta } = props;
  const s = chrome.settings;
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
        {s.faviconUrl ? (
          <link rel="icon" href={s.faviconUrl} type="image/png" />
        ) : (
          <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        )}
        {(meta.jsonLd ?? []).map((o) => (
          <script type="application/ld+json">{raw(jsonLdText(o))}</script>
        ))}
        <script src={chrome.assets.js} defer></script>
        {chrome.site.widgetsJs && <script src={chrome.site.widgetsJs} defer></script>}
      </head>
      <body>
        <a class="skip-link" href="#noi-dung">
          Bỏ qua, đến nội dung chính
        </a>
        <header class="masthead">
          <div class="wrap masthead-inner">
            <a class="brand" href="/">
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
                <span class="brand-name">{s.siteName}</span>
                {s.slogan && <span class="brand-slogan">{s.slogan}</span>}
              </span>
            </a>
            <p class="today">{liveSlot('today')}</p>
            <Slot chrome={chrome} meta={meta} slot="header" />
          </div>
        </header>
        <Menu items={chrome.menu} path={chrome.currentPath} />
        <div class="wrap page">
          <main
            id="noi-dung"
            class={props.wide || !chrome.site.blocks.length ? 'content wide' : 'content'}
            tabindex={-1}
          >
            <Slot chrome={chrome} meta={meta} slot="beforeContent" />
            {props.children}
          </main>
          {!props.wide && chrome.site.blocks.length > 0 && <Sidebar chrome={chrome} />}
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
