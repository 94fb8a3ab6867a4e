import zlib from 'node:zlib';

/** Content codings we send. */
export type Encoding = 'br' | 'gzip' | 'identity';

/**
 * The coding to send for an Accept-Encoding header: brotli, then gzip, else none. Honours q=0
 * ("gzip;q=0" refuses gzip) and "*"; ignores the relative q-values otherwise (every browser
 * that accepts brotli prefers it).
 */
export function negotiate(accept: string | undefined): Encoding {
  if (!accept) return 'identity';
  let br: boolean | undefined;
  let gzip: boolean | undefined;
  let star = false;
  for (const item of accept.split(',')) {
    const [name = '', ...params] = item.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    const ok = q === undefined || Number(q) > 0;
    if (name === 'br') br = ok;
    else if (name === 'gzip' || name === 'x-gzip') gzip = ok;
    else if (name === '*') star = ok;
  }
  if (br ?? star) return 'br';
  if (gzip ?? star) return 'gzip';
  return 'identity';
}

/** How hard to compress: once for a cached page, once forever for a static file, or a one-off answer. */
export type Effort = 'page' | 'asset' | 'once';

const BROTLI_QUALITY: Record<Effort, number> = { page: 5, asset: 11, once: 4 };
const GZIP_LEVEL: Record<Effort, number> = { page: 6, asset: 9, once: 6 };

function options(encoding: 'br' | 'gzip', effort: Effort, size: number): zlib.BrotliOptions & zlib.ZlibOptions {
  return encoding === 'br'
    ? {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY[effort],
          [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: size,
        },
      }
    : { level: GZIP_LEVEL[effort] };
}

/**
 * Compresses a page synchronously (a page is tens of kilobytes: about half a millisecond at
 * these settings, less than a thread-pool round trip under load).
 */
export function compressSync(body: Buffer, encoding: 'br' | 'gzip', effort: Effort): Buffer {
  return encoding === 'br' ? zlib.brotliCompressSync(body, options('br', effort, body.length)) : zlib.gzipSync(body, options('gzip', effort, body.length));
}

/** Compresses off the main thread (large static files at their best ratio). */
export function compressAsync(body: Buffer, encoding: 'br' | 'gzip', effort: Effort): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const done = (err: Error | null, out: Buffer) => (err ? reject(err) : resolve(out));
    if (encoding === 'br') zlib.brotliCompress(body, options('br', effort, body.length), done);
    else zlib.gzip(body, options('gzip', effort, body.length), done);
  });
}
