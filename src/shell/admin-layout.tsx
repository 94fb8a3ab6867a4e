import type { Child } from 'hono/jsx';
import { Emblem } from './layout.tsx';
import { CsrfField } from '../views/form.tsx';

/** What the back-office shell needs. */
export interface AdminChrome {
  siteName: string;
  /** Stylesheets, in order: every page's, the other public pages', the back office's. */
  css: string;
  pagesCss: string;
  adminCss: string;
  js: string;
  /** The signed-in person, with the session's CSRF token; absent on the login pages. */
  staff?: { name: string; roleLabel: string; csrf: string };
  /** The navigation entries this person may use (by rights), with what waits there. */
  nav: AdminNavEntry[];
  /** No navigation at all (a forced password change: every other page leads back to it). */
  navHidden?: boolean;
  path: string;
  /** The sites the person may switch to (empty: no switcher), and the working site's id. */
  sites?: { id: number; name: string }[];
  siteId?: number;
  /** The working site's public home ('/' when unknown). */
  publicHref?: string;
}

/** The working-site switcher: a form posting the chosen site (with the session's token). */
function SiteSwitcher(props: {
  sites: { id: number; name: string }[];
  current?: number;
  csrf: string;
}) {
  return (
    <form method="post" action="/quan-tri/chon-trang" class="site-switch">
      <CsrfField token={props.csrf} />
      <label for="chon-trang">Trang làm việc</label>{' '}
      <select id="chon-trang" name="site">
        {props.sites.map((s) => (
          <option value={String(s.id)} selected={s.id === props.current}>
            {s.name}
          </option>
        ))}
      </select>{' '}
      <button type="submit" class="linklike">
        Chuyển
      </button>
    </form>
  );
}

/** One entry of the back-office navigation. */
export interface AdminNavEntry {
  href: string;
  label: string;
  /** A count shown after the label (work waiting). */
  count?: number;
  /** A remark in brackets after the label. */
  note?: string;
}

function NavLink(props: { href: string; path: string; children: Child }) {
  const current =
    props.href === '/quan-tri'
      ? props.path === '/quan-tri'
      : props.path === props.href || props.path.startsWith(`${props.href}/`);
  return (
    <li>
      <a href={props.href} aria-current={current ? 'page' : undefined}>
        {props.children}
      </a>
    </li>
  );
}

/** The back office's own layout: Vietnamese, no sidebar blocks, navigation by rights; `scripts` are extra hashed asset URLs. */
export function AdminLayout(props: {
  chrome: AdminChrome;
  title: string;
  scripts?: string[];
  children: Child;
}) {
  const { chrome } = props;
  const a = chrome.staff;
  return (
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <title>{`${props.title} | Quản trị | ${chrome.siteName}`}</title>
        <link rel="stylesheet" href={chrome.css} />
        <link rel="stylesheet" href={chrome.pagesCss} />
        <link rel="stylesheet" href={chrome.adminCss} />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <script src={chrome.js} defer></script>
        {props.scripts?.map((src) => (
          <script src={src} defer></script>
        ))}
      </head>
      <body class="admin">
        <a class="skip-link" href="#noi-dung">
          Bỏ qua, đến nội dung chính
        </a>
        <header class="admin-head">
          <div class="wrap admin-head-inner">
            <a class="brand" href={a ? '/quan-tri' : '/'}>
              <Emblem />
              <span class="brand-text">
                <span class="brand-name admin-brand">{chrome.siteName}</span>
                <span class="brand-slogan">Trang quản trị</span>
              </span>
            </a>
            {a && (
              <div class="whoami">
                {chrome.sites && chrome.sites.length > 1 && (
                  <SiteSwitcher sites={chrome.sites} current={chrome.siteId} csrf={a.csrf} />
                )}
                <span>
                  {a.name} · {a.roleLabel}
                </span>
                <form method="post" action="/quan-tri/dang-xuat">
                  <CsrfField token={chrome.staff?.csrf ?? ''} />
                  <button type="submit" class="linklike">
                    Đăng xuất
                  </button>
                </form>
              </div>
            )}
          </div>
        </header>
        {a && !chrome.navHidden && (
          <nav class="admin-nav" aria-label="Menu quản trị">
            <ul class="wrap">
              <NavLink href="/quan-tri" path={chrome.path}>
                Bảng điều khiển
              </NavLink>
              {chrome.nav.map((e) => (
                <NavLink href={e.href} path={chrome.path}>
                  {e.label}
                  {e.note !== undefined && <span class="count-plain"> ({e.note})</span>}
                  {e.count !== undefined && (
                    <>
                      {' '}
                      <span class="count">{e.count}</span>
                    </>
                  )}
                </NavLink>
              ))}
              <NavLink href="/quan-tri/tai-khoan" path={chrome.path}>
                Tài khoản của tôi
              </NavLink>
              <li>
                <a href={chrome.publicHref ?? '/'}>Xem trang công khai</a>
              </li>
            </ul>
          </nav>
        )}
        <main id="noi-dung" class="wrap admin-main" tabindex={-1}>
          <h1 class="page-title">{props.title}</h1>
          {props.children}
        </main>
      </body>
    </html>
  );
}
