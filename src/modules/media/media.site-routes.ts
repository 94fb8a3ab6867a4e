import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { Hono } from 'hono';
import type { AppDeps } from '../../services.ts';

const TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
};

/** Serves stored media; keys carry a content hash, so files are cached as immutable. */
export function mediaSiteRoutes(deps: AppDeps) {
  const app = new Hono();
  app.get('/media/*', async (c, next) => {
    const key = decodeURIComponent(c.req.path.slice('/media/'.length));
    const type = TYPES[path.extname(key).toLowerCase()];
    let file: string | undefined;
    try {
      file = type ? deps.storage.localPath(key) : undefined;
    } catch {
      file = undefined;
    }
    const stat = file ? await fs.promises.stat(file).catch(() => undefined) : undefined;
    if (!file || !stat?.isFile() || !type) return next();
    c.header('Content-Type', type);
    c.header('Content-Length', String(stat.size));
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    c.header('X-Content-Type-Options', 'nosniff');
    if (c.req.method === 'HEAD') return c.body(null, 200);
    return c.body(Readable.toWeb(fs.createReadStream(file)) as ReadableStream, 200);
  });
  return app;
}
