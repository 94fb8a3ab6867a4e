import { TabLink } from '../../../views/tab-link.tsx';
import type { MenuLink } from '../menu.ts';
import type { Chrome } from '../../../shell/chrome.ts';
import type { SiteSettings } from '../site.ts';

declare module '../../../shell/chrome.ts' {
  interface ChromeData {
    /** The footer menu and the settings its social links come from. */
    footer: { menu: MenuLink[]; settings: SiteSettings };
  }
}

const SOCIAL: {
  key: 'socialFacebook' | 'socialYoutube' | 'socialZalo' | 'socialTiktok';
  label: string;
}[] = [
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
                <TabLink href={m.href} newTab={m.newTab}>
                  {m.label}
                </TabLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {social.length > 0 && (
        <ul class="footer-social" aria-label="Mạng xã hội">
          {social.map((x) => (
            <li>
              <TabLink href={props.settings[x.key]} newTab>
                {x.label}
              </TabLink>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Footer part: the footer menu and the social links. */
export function siteFooterPart({ data }: Chrome) {
  return <FooterLinks menu={data.footer.menu} settings={data.footer.settings} />;
}
