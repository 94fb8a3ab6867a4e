import type { Chrome } from '../../../shell/chrome.ts';
import { mediaUrl } from '../../media/media.ts';
import type { Banner } from '../banner.ts';

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
export function bannerSidebarBlock({ site }: Chrome) {
  return (
    site.banners.sidebar.length > 0 && (
      <section class="block block-banners" aria-label="Banner">
        <BannerList banners={site.banners.sidebar} class="banners-side" />
      </section>
    )
  );
}
