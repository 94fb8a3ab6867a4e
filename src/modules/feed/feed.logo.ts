import path from 'node:path';
import { loadSharp } from '../../lib/sharp.ts';
import { PUBLIC_DIR } from '../../http/assets.ts';

/** Where the publisher logo is served, and its size in pixels (square). */
export const LOGO_PATH = '/logo.png';
export const LOGO_SIZE = 512;

let logo: Promise<Buffer> | undefined;

/**
 * The site emblem (public/favicon.svg) as a PNG: search engines want a raster publisher logo
 * for NewsArticle, and OpenSearch wants an image browsers can show. Rendered once, on demand.
 */
export function logoPng(): Promise<Buffer> {
  logo ??= loadSharp().then((sharp) =>
    sharp(path.join(PUBLIC_DIR, 'favicon.svg'), { density: 600 })
      .resize(LOGO_SIZE, LOGO_SIZE)
      .png()
      .toBuffer(),
  );
  return logo;
}
