import type { Chrome } from '../../../shell/chrome.ts';
import { mediaUrl } from '../../media/media.ts';
import type { Banner, CurrentBanners } from '../banner.ts';

declare module '../../../shell/chrome.ts' {
  interface ChromeData {
    /** Today's banners. */
    banners: CurrentBanners;
  }
}

/** Banners as images (linked when they have an address); the title is the image's text. */
export function BannerList(props: { banners: Banner[]; class: string }) {
  return (
    <ul class={`banners ${props.class}`}>
      {props.banners.map((b) => {
        const img = (
          <img
            src={mediaUrl(b.imageKey)}
            width={b.width}
            height={b.height}
            alt={b.title}
            loading="lazy"
            decoding="async"
          />
        );
        return <li>{b.linkUrl ? <a href={b.linkUrl}>{img}</a> : img}</li>;
      })}
    </ul>
  );
}

/** Sidebar block "banners": today's sidebar banners, if any. */
export function bannerSidebarBlock({ data }: Chrome) {
  return (
    data.banners.sidebar.length > 0 && (
      <section class="block block-banners" aria-label="Banner">
        <BannerList banners={data.banners.sidebar} class="banners-side" />
      </section>
    )
  );
}

/** Part before the content: the home page's banners. */
export function bannerHomePart({ site, data }: Chrome) {
  return (
    site.pageType === 'home' &&
    data.banners.home.length > 0 && <BannerList banners={data.banners.home} class="banners-home" />
  );
}
