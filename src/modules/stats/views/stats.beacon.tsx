import type { Chrome, PageMeta } from '../../../shell/chrome.ts';
import type { PageStat } from '../stats.ts';

declare module '../../../shell/chrome.ts' {
  interface PageMeta {
    /** Counted as a page view (and a read of the article) by the reader's browser; absent: not counted. */
    stats?: PageStat;
  }
}

/** Where beacons are sent: POST (script) and GET (pixel, no JavaScript). */
export const BEACON_PATH = '/api/dem';
export const PIXEL_PATH = '/api/dem.gif';

/**
 * Counts the page from the reader's browser, so that pages served from a cache still count:
 * public/dem.js sends one beacon per page load; without JavaScript the <noscript> pixel does.
 */
export function CountBeacon(props: { stat: PageStat; src: string }) {
  const { kind, articleId } = props.stat;
  const query = `t=${kind}${articleId === undefined ? '' : `&a=${articleId}`}`;
  return (
    <>
      <script
        src={props.src}
        defer
        data-endpoint={BEACON_PATH}
        data-kind={kind}
        data-article={articleId}
      ></script>
      <noscript>
        <img src={`${PIXEL_PATH}?${query}`} alt="" width="1" height="1" hidden />
      </noscript>
    </>
  );
}

/** Part at the end of the page: the beacon, on pages that are counted. */
export function countBeaconPart(chrome: Chrome, meta: PageMeta) {
  return meta.stats && <CountBeacon stat={meta.stats} src={chrome.assets.count} />;
}
