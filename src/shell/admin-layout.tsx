import type { Child } from 'hono/jsx';
import { canSomewhere } from '../modules/account/account.policy.ts';
import { ROLE_LABELS, type Account } from '../modules/account/account.ts';
import { Emblem } from './layout.tsx';
import { CsrfField } from '../views/form.tsx';

/** What the back-office shell needs. */
export interface AdminChrome {
  siteName: string;
  css: string;
  js: string;
  /** The signed-in person, with the session's CSRF token; absent on the login pages. */
  staff?: { account: Account; csrf: string };
  /** What waits for this person (counts shown in the navigation). */
  waiting?: { review: number; approval: number; drafts: number };
  path: string;
}

function NavLink(props: { href: string; path: string; children: Child }) {
  const current =
    props.href === '/quan-tri' ? props.path === '/quan-tri' : props.path.startsWith(props.href);
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
  const a = chrome.staff?.account;
  return (
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <title>{`${props.title} | Quản trị | ${chrome.siteName}`}</title>
        <link rel="stylesheet" href={chrome.css} />
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
                <span>
                  {a.fullName} · {ROLE_LABELS[a.role]}
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
        {a && (
          <nav class="admin-nav" aria-label="Menu quản trị">
            <ul class="wrap">
              <NavLink href="/quan-tri" path={chrome.path}>
                Bảng điều khiển
              </NavLink>
              {(canSomewhere(a, 'article.create') || canSomewhere(a, 'report.view')) && (
                <NavLink href="/quan-tri/bai-viet" path={chrome.path}>
                  Bài viết
                  {chrome.waiting && chrome.waiting.drafts > 0 && (
                    <span class="count-plain"> (nháp của bạn: {chrome.waiting.drafts})</span>
                  )}
                </NavLink>
              )}
              {chrome.waiting && canSomewhere(a, 'article.forward') && (
                <NavLink href="/quan-tri/bai-viet?trang-thai=review" path={chrome.path}>
                  Chờ biên tập <span class="count">{chrome.waiting.review}</span>
                </NavLink>
              )}
              {chrome.waiting && canSomewhere(a, 'article.publish') && (
                <NavLink href="/quan-tri/bai-viet?trang-thai=approval" path={chrome.path}>
                  Chờ duyệt <span class="count">{chrome.waiting.approval}</span>
                </NavLink>
              )}
              {canSomewhere(a, 'media.upload') && (
                <NavLink href="/quan-tri/thu-vien" path={chrome.path}>
                  Thư viện media
                </NavLink>
              )}
              {canSomewhere(a, 'account.manage') && (
                <NavLink href="/quan-tri/nguoi-dung" path={chrome.path}>
                  Người dùng
                </NavLink>
              )}
              {canSomewhere(a, 'report.view') && (
                <NavLink href="/quan-tri/bao-cao" path={chrome.path}>
                  Báo cáo
                </NavLink>
              )}
              {canSomewhere(a, 'stats.view') && (
                <NavLink href="/quan-tri/thong-ke" path={chrome.path}>
                  Thống kê truy cập
                </NavLink>
              )}
              {canSomewhere(a, 'audit.view') && (
                <NavLink href="/quan-tri/nhat-ky" path={chrome.path}>
                  Nhật ký hệ thống
                </NavLink>
              )}
              {canSomewhere(a, 'settings.manage') && (
                <NavLink href="/quan-tri/cai-dat" path={chrome.path}>
                  Cài đặt trang
                </NavLink>
              )}
              {(canSomewhere(a, 'settings.manage') || canSomewhere(a, 'article.edit')) && (
                <NavLink href="/quan-tri/ban-do" path={chrome.path}>
                  Bản đồ, địa danh
                </NavLink>
              )}
              <NavLink href="/quan-tri/tai-khoan" path={chrome.path}>
                Tài khoản của tôi
              </NavLink>
              <li>
                <a href="/">Xem trang công khai</a>
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
