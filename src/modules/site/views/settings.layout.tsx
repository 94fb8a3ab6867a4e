import type { Child } from 'hono/jsx';
import { AdminLayout, type AdminChrome } from '../../../shell/admin-layout.tsx';
import { Notice } from '../../../views/form.tsx';

/** The pages of "Cài đặt trang", shown as tabs on each. */
const SETTINGS_TABS = [
  { href: '/quan-tri/cai-dat', label: 'Thông tin chung' },
  { href: '/quan-tri/cai-dat/logo', label: 'Logo, ảnh đầu trang và biểu tượng' },
  { href: '/quan-tri/cai-dat/menu', label: 'Menu' },
  { href: '/quan-tri/cai-dat/khoi-ben', label: 'Khối bên phải' },
  { href: '/quan-tri/cai-dat/banner', label: 'Banner' },
  { href: '/quan-tri/cai-dat/lien-ket', label: 'Liên kết web' },
];

/** The back-office shell of the site settings: tabs, then the page with its messages. */
export function SettingsLayout(props: {
  chrome: AdminChrome;
  title: string;
  notice?: string;
  error?: string;
  children: Child;
}) {
  const path = props.chrome.path;
  const current = [...SETTINGS_TABS]
    .reverse()
    .find((t) => path === t.href || path.startsWith(`${t.href}/`));
  return (
    <AdminLayout chrome={props.chrome} title={props.title}>
      <nav class="subnav" aria-label="Các mục cài đặt trang">
        <ul>
          {SETTINGS_TABS.map((t) => (
            <li>
              <a href={t.href} aria-current={t === current ? 'page' : undefined}>
                {t.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {props.notice && <Notice kind="ok">{props.notice}</Notice>}
      {props.error && <Notice kind="error">{props.error}</Notice>}
      {props.children}
    </AdminLayout>
  );
}
