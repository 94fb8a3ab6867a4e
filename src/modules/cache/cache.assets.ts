import type { Context } from 'hono';
import type { Asset } from '../../http/assets.ts';
import { compressAsync, negotiate } from './cache.compress.ts';

/** Files this small are not worth a coding (the headers weigh about as much). */
const MIN_COMPRESS = 1024;
const variants = new WeakMap<Asset, Partial<Record<'br' | 'gzip', Promise<Buffer>>>>();

/**
 * Answers a content-hashed static file: immutable for a year (a change gets a new name), and
 * pre-compressed at the best ratio once, on first request, off the main thread.
 */
export async function serveAsset(c: Context, asset: Asset | undefined): Promise<Response> {
  if (!asset) return c.notFound();
  c.header('Content-Type', asset.type);
  c.header('Cache-Control', 'public, max-age=31536000, immutable');
  c.header('Vary', 'Accept-Encoding');
  const encoding =
    asset.body.length >= MIN_COMPRESS ? negotiate(c.req.header('accept-encoding')) : 'identity';
  if (encoding === 'identity') return c.body(asset.body as Uint8Array<ArrayBuffer>);
  const forAsset = variants.get(asset) ?? {};
  variants.set(asset, forAsset);
  const pending = (forAsset[encoding] ??= compressAsync(asset.body, encoding, 'asset'));
  c.header('Content-Encoding', encoding);
  return c.body((await pending) as Uint8Array<ArrayBuffer>);
}
