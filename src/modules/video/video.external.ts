/**
 * A video's optional external source (YouTube, Vimeo), shown behind a click-to-load facade:
 * nothing from the host loads until the reader asks. Only the hosts below are accepted, and only
 * by a strictly shaped video id, so the embed address is always built here — never taken from
 * the editor's text — and the page's CSP opens frame-src to that one player origin only.
 */
export interface ExternalVideo {
  /** The host as readers know it ("YouTube"). */
  hostLabel: string;
  /** The domain the click leads to ("youtube.com"), said on the page. */
  domain: string;
  /** The video's page on the host (the link without script). */
  pageUrl: string;
  /** The player page framed after the click. */
  embedUrl: string;
  /** The origin of `embedUrl`, the only one the page's frame-src allows. */
  embedOrigin: string;
}

/** Every origin a video page may frame (the CSP never allows anything else). */
export const EMBED_ORIGINS = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'];

const YT_ID = /^[A-Za-z0-9_-]{11}$/;

function youtube(id: string): ExternalVideo | undefined {
  if (!YT_ID.test(id)) return undefined;
  return {
    hostLabel: 'YouTube',
    domain: 'youtube.com',
    pageUrl: `https://www.youtube.com/watch?v=${id}`,
    // The privacy-enhanced host: no cookies until the video plays.
    embedUrl: `https://www.youtube-nocookie.com/embed/${id}?autoplay=1&rel=0`,
    embedOrigin: 'https://www.youtube-nocookie.com',
  };
}

function vimeo(id: string): ExternalVideo | undefined {
  if (!/^[0-9]{1,12}$/.test(id)) return undefined;
  return {
    hostLabel: 'Vimeo',
    domain: 'vimeo.com',
    pageUrl: `https://vimeo.com/${id}`,
    embedUrl: `https://player.vimeo.com/video/${id}?autoplay=1&dnt=1`,
    embedOrigin: 'https://player.vimeo.com',
  };
}

/**
 * Reads an external video address typed by an editor: youtube.com/watch?v=…, youtu.be/…,
 * youtube.com/shorts|embed/…, vimeo.com/…; undefined for anything else.
 */
export function parseExternalVideo(raw: string): ExternalVideo | undefined {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
  if (u.username || u.password || u.port) return undefined;
  const host = u.hostname.toLowerCase().replace(/^(www\.|m\.)/, '');
  const parts = u.pathname.split('/').filter(Boolean);
  if (host === 'youtu.be') return parts.length === 1 ? youtube(parts[0]!) : undefined;
  if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    if (parts.length === 1 && parts[0] === 'watch') return youtube(u.searchParams.get('v') ?? '');
    if (parts.length === 2 && ['shorts', 'embed', 'live'].includes(parts[0]!))
      return youtube(parts[1]!);
    return undefined;
  }
  if (host === 'vimeo.com') return parts.length === 1 ? vimeo(parts[0]!) : undefined;
  if (host === 'player.vimeo.com')
    return parts.length === 2 && parts[0] === 'video' ? vimeo(parts[1]!) : undefined;
  return undefined;
}

/** The message when an address is not one of the accepted hosts. */
export const EXTERNAL_VIDEO_HOSTS_MESSAGE =
  'Chỉ nhận địa chỉ một video trên YouTube (youtube.com, youtu.be) hoặc Vimeo (vimeo.com).';
