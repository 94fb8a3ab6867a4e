import type { MenuLink } from '../menu.ts';
import type { SiteSettings } from '../site.ts';

const SOCIAL: { key: 'socialFacebook' | 'socialYoutube' | 'socialZalo' | 'socialTiktok'; label: string }[] = [
  { key: 'socialFacebook', label: 'Facebook' },
  { key: 'socialYoutube', label: 'YouTube' },
  { key: 'socialZalo', label: 'Zalo' },
  { key: 'socialTiktok', label: 'TikTok' },
];

/** The footer menu and the social links, both from the admin's settings (nothing when empty). */
export function FooterLinks(props: { menu: MenuLink[]; settings: SiteSettings }) {
  const social = SOCIAL.filter((x) => props.settings[x.key]);
  return (
    <>
      {props.menu.length > 0 && (
        <nav class="footer-menu" aria-label="Liên kết chân trang">
          <ul>
            {props.menu.map((m) => (
              <li>
                <a href={m.href} target={m.newTab ? '_blank' : undefined} rel={m.newTab ? 'noopener noreferrer' : undefined}>
                  {m.label}
                  {m.newTab && <span class="sr-only"> (mở trong thẻ mới)</span>}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {social.length > 0 && (
        <ul class="footer-social" aria-label="Mạng xã hội">
          {social.map((x) => (
            <li>
              <a href={props.settings[x.key]} rel="noopener noreferrer" target="_blank">
                {x.label}
                <span class="sr-only"> (mở trong thẻ mới)</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
