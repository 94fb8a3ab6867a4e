import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../lib/paths.ts';

/** Folder of the static assets shipped with the app. */
export const PUBLIC_DIR = path.join(ROOT, 'public');

/** A static file held in memory under its content-hashed name. */
export interface Asset {
  body: Buffer;
  type: string;
}

/** Hashed URLs of the assets the layout links, and the files behind every hashed URL. */
export interface AssetManifest {
  css: string;
  js: string;
  files: Map<string, Asset>;
}

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * Reads public/*.css|js|svg once and names each by its content hash ("site.3f2a9c1b.css"),
 * so the files can be cached forever and a change always gets a new URL.
 */
export function loadAssets(dir = PUBLIC_DIR): AssetManifest {
  const files = new Map<string, Asset>();
  const urls: Record<string, string> = {};
  for (const name of fs.readdirSync(dir)) {
    const ext = path.extname(name);
    const type = TYPES[ext];
    if (!type) continue;
    const body = fs.readFileSync(path.join(dir, name));
    const hash = crypto.createHash('sha256').update(body).digest('hex').slice(0, 10);
    const hashed = `${path.basename(name, ext)}.${hash}${ext}`;
    files.set(hashed, { body, type });
    urls[name] = `/static/${hashed}`;
  }
  return { css: urls['site.css'] ?? '', js: urls['site.js'] ?? '', files };
}

/** The hashed URL of any shipped file by its name ("widgets.js" → "/static/widgets.3f2a9c1b0d.js"); '' if absent. */
export function assetUrl(manifest: AssetManifest, file: string): string {
  const ext = path.extname(file);
  const base = path.basename(file, ext);
  for (const name of manifest.files.keys()) {
    if (name.startsWith(`${base}.`) && name.endsWith(ext) && name.length === base.length + ext.length + 11) return `/static/${name}`;
  }
  return '';
}
