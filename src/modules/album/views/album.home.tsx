import type { Chrome } from '../../../shell/chrome.ts';

/** The newest published albums and videos, as titles and addresses (the home page's strip). */
export interface LatestMedia {
  albums: { title: string; href: string }[];
  videos: { title: string; href: string }[];
}

declare module '../../../shell/chrome.ts' {
  interface ChromeData {
    /** Newest published albums and videos of the site. */
    latestMedia: LatestMedia;
  }
}

/** The home page's "Thư viện ảnh – video" strip, shown once the site has an album or a video. */
export function latestMediaHomePart({ site, data }: Chrome) {
  const { albums, videos } = data.latestMedia;
  if (site.pageType !== 'home' || albums.length + videos.length === 0) return null;
  return (
    <nav class="hub-strip media-strip" aria-label="Thư viện ảnh – video mới">
      <p class="hub-strip-title">Thư viện ảnh – video</p>
      <ul>
        {albums.map((a) => (
          <li>
            <a href={a.href}>{a.title}</a>
          </li>
        ))}
        {videos.map((v) => (
          <li>
            <a href={v.href}>Video: {v.title}</a>
          </li>
        ))}
        {albums.length > 0 && (
          <li>
            <a href="/thu-vien-anh">Tất cả album ảnh</a>
          </li>
        )}
        {videos.length > 0 && (
          <li>
            <a href="/video">Tất cả video</a>
          </li>
        )}
      </ul>
    </nav>
  );
}
