import zlib from 'node:zlib';

/** Content codings we send. */
export type Encoding = 'br' | 'gzip' | 'identity';

/**
 * The coding to send for an Accept-Encoding header: `prefer` (brotli by default) when accepted,
 * then the other, else none. Honours q=0 ("gzip;q=0" refuses gzip) and "*"; ignores the relative
 * q-values otherwise (browsers accept both; brotli is smaller, gzip faster to make).
 */
export function negotiate(accept: string | undefined, prefer: 'br' | 'gzip' = 'br'): Encoding {
  if (!accept) return 'identity';
  // Clients send a handful of distinct headers: remember the answers.
  const key = `${prefer}|${accept}`;
  const known = negotiated.get(key);
  if (known) return known;
  const result = parseAccept(accept, prefer);
  if (negotiated.size >= 200) negotiated.clear();
  negotiated.set(key, result);
  return result;
}

const negotiated = new Map<string, Encoding>();

function parseAccept(accept: string, prefer: 'br' | 'gzip'): Encoding {
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
  const ok = { br: br ?? star, gzip: gzip ?? star };
  const other = prefer === 'br' ? 'gzip' : 'br';
  return ok[prefer] ? prefer : ok[other] ? other : 'identity';
}

/** How hard to compress: a cached page hit again, a static file (once forever), or a first or one-off answer. */
export type Effort = 'page' | 'asset' | 'once';

const BROTLI_QUALITY: Record<Effort, number> = { page: 6, asset: 11, once: 3 };
const GZIP_LEVEL: Record<Effort, number> = { page: 6, asset: 9, once: 1 };

function options(
  encoding: 'br' | 'gzip',
  effort: Effort,
  size: number,
): zlib.BrotliOptions & zlib.ZlibOptions {
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
  return encoding === 'br'
    ? zlib.brotliCompressSync(body, options('br', effort, body.length))
    : zlib.gzipSync(body, options('gzip', effort, body.length));
}

/** Compresses off the main thread (large static files at their best ratio). */
export function compressAsync(
  body: Buffer,
  encoding: 'br' | 'gzip',
  effort: Effort,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const done = (err: Error | null, out: Buffer) => (err ? reject(err) : resolve(out));
    if (encoding === 'br') zlib.brotliCompress(body, options('br', effort, body.length), done);
    else zlib.gzip(body, options('gzip', effort, body.length), done);
  });
}
