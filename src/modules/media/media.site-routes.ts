import path from 'node:path';
import { Readable } from 'node:stream';
import { Hono } from 'hono';
import { assertSafeKey, type FileStorage } from '../../storage/storage.ts';

/** What serving media files uses. */
export interface MediaSiteRouteDeps {
  storage: FileStorage;
}

/** What each stored extension is served as; `download` files never render in the browser. */
const TYPES: Record<string, { type: string; download?: boolean }> = {
  '.jpg': { type: 'image/jpeg' },
  '.jpeg': { type: 'image/jpeg' },
  '.webp': { type: 'image/webp' },
  '.avif': { type: 'image/avif' },
  '.png': { type: 'image/png' },
  '.mp4': { type: 'video/mp4' },
  '.webm': { type: 'video/webm' },
  // Captions of videos (modules/video), checked when uploaded.
  '.vtt': { type: 'text/vtt; charset=utf-8' },
  '.pdf': { type: 'application/pdf', download: true },
  '.doc': { type: 'application/msword', download: true },
  '.docx': {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    download: true,
  },
  '.xls': { type: 'application/vnd.ms-excel', download: true },
  '.xlsx': {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    download: true,
  },
  '.ppt': { type: 'application/vnd.ms-powerpoint', download: true },
  '.pptx': {
    type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    download: true,
  },
  '.odt': { type: 'application/vnd.oasis.opendocument.text', download: true },
  '.ods': { type: 'application/vnd.oasis.opendocument.spreadsheet', download: true },
};

/**
 * The byte range asked for by a `Range: bytes=…` header, for a file of `size` bytes: a range,
 * 'unsatisfiable', or undefined to send the whole file (no header, several ranges, or nonsense).
 */
export function byteRange(
  header: string | undefined,
  size: number,
): { start: number; end: number } | 'unsatisfiable' | undefined {
  const m = header && /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m) return undefined;
  const [, a = '', b = ''] = m;
  if (a === '' && b === '') return undefined;
  if (a === '') {
    const n = Number(b);
    if (n === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - n), end: size - 1 };
  }
  const start = Number(a);
  const end = b === '' ? size - 1 : Math.min(Number(b), size - 1);
  if (start >= size || end < start) return 'unsatisfiable';
  return { start, end };
}

/**
 * Serves stored media. Keys carry a content hash, so files are cached as immutable. Documents
 * download as attachments; every file answers byte ranges (206), so a `<video>` can seek.
 */
export function mediaSiteRoutes(deps: MediaSiteRouteDeps) {
  const app = new Hono();
  app.get('/media/*', async (c, next) => {
    let key: string;
    try {
      key = decodeURIComponent(c.req.path.slice('/media/'.length));
    } catch {
      return next(); // a malformed escape names no stored file
    }
    const kind = TYPES[path.extname(key).toLowerCase()];
    if (!kind) return next();
    try {
      assertSafeKey(key);
    } catch {
      return next(); // a key that could leave the store names no stored file
    }
    // From the disk or the object store alike; a store that cannot be reached throws a
    // StorageError, which the app answers with its 503 page (src/app.tsx).
    const stat = await deps.storage.stat(key);
    if (!stat) return next();
    const range = byteRange(c.req.header('range'), stat.size);
    const { start, end } =
      range && range !== 'unsatisfiable' ? range : { start: 0, end: stat.size - 1 };
    const body =
      c.req.method === 'HEAD' || stat.size === 0 || range === 'unsatisfiable'
        ? null
        : await deps.storage.stream(key, { start, end });
    if (body === undefined) return next(); // removed since its size was read
    c.header('Content-Type', kind.type);
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Accept-Ranges', 'bytes');
    if (kind.download)
      c.header('Content-Disposition', `attachment; filename="${path.basename(key)}"`);
    if (range === 'unsatisfiable') {
      c.header('Content-Range', `bytes */${stat.size}`);
      return c.text('Khoảng byte yêu cầu nằm ngoài kích thước tệp.', 416);
    }
    const status = range ? 206 : 200;
    if (range) c.header('Content-Range', `bytes ${start}-${end}/${stat.size}`);
    c.header('Content-Length', String(Math.max(0, end - start + 1)));
    if (!body) return c.body(null, status);
    return c.body(Readable.toWeb(body) as ReadableStream, status);
  });

  return app;
}
