import { TabLink } from '../../../views/tab-link.tsx';
import type { MenuLink } from '../menu.ts';
import type { Chrome } from '../../../shell/chrome.ts';
import { contactPointsOf, telHref, type ContactPoint, type SiteSettings } from '../site.ts';

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

/** One contact point: its name, then phone and e-mail as links (either may be missing). */
export function ContactPointLine(props: { point: ContactPoint }) {
  const p = props.point;
  return (
    <>
      <strong>{p.name}</strong>
      {p.phone && (
        <>
          {': '}
          <a href={telHref(p.phone)}>{p.phone}</a>
        </>
      )}
      {p.email && (
        <>
          {p.phone ? ' · ' : ': '}
          <a href={`mailto:${p.email}`}>{p.email}</a>
        </>
      )}
    </>
  );
}

/** The contact points of the settings as a list ('Đầu mối liên hệ'); nothing when there are none. */
export function ContactPoints(props: {
  settings: Pick<SiteSettings, 'contactPoints'>;
  class?: string;
  label?: string;
}) {
  const points = contactPointsOf(props.settings.contactPoints);
  if (points.length === 0) return null;
  return (
    <ul class={props.class ?? 'contact-points'} aria-label={props.label ?? 'Đầu mối liên hệ'}>
      {points.map((p) => (
        <li>
          <ContactPointLine point={p} />
        </li>
      ))}
    </ul>
  );
}

/** The footer menu and the social links, both from the admin's settings (nothing when empty). */
export function FooterLinks(props: { menu: MenuLink[]; settings: SiteSettings }) {
  const social = SOCIAL.filter((x) => props.settings[x.key]);
  return (
    <>
      <ContactPoints settings={props.settings} class="footer-contacts" />
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
