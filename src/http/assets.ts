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
  /** The stylesheet of every page (public/site.css). */
  css: string;
  /** The public pages other than home, sections, articles and static pages (public/pages.css). */
  pagesCss: string;
  /** The back office's own rules (public/admin.css), after the two others. */
  adminCss: string;
  js: string;
  /** The counting beacon (public/dem.js). */
  count: string;
  /** Hashed URL of every file by its plain name ("media-upload.js" → "/static/media-upload.1a2b3c4d5e.js"). */
  urls: Record<string, string>;
  files: Map<string, Asset>;
  /** Hashed URL of a file by its plain name ("editor.js"); throws for an unknown file. */
  url(name: string): string;
}

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * A hand-written stylesheet or script as served: without comments (whole-line ones in scripts)
 * and indentation, about a fifth less after gzip; the code itself is left as written. The files
 * hold no comment-like text inside strings and no multi-line strings (checked by a test).
 */
export function compactSource(ext: string, text: string): Buffer {
  const out =
    ext === '.css' ? text.replace(/\/\*[\s\S]*?\*\//g, '') : text.replace(/^[ \t]*\/\/.*\n/gm, '');
  return Buffer.from(out.replace(/\n\s+/g, '\n').trim() + '\n');
}

/**
 * Reads public/*.css|js|svg once and names each by its content hash ("site.3f2a9c1b.css"),
 * so the files can be cached forever and a change always gets a new URL.
 */
export function loadAssets(dir = PUBLIC_DIR): AssetManifest {
  const files = new Map<string, Asset>();
  const urls: Record<string, string> = {};
  const names = [
    ...fs.readdirSync(dir).map((n) => ({ name: n, file: path.join(dir, n), own: true })),
    // Bundles built by scripts/build.mjs (the rich-text editor).
    ...(fs.existsSync(path.join(dir, 'build'))
      ? fs
          .readdirSync(path.join(dir, 'build'))
          .map((n) => ({ name: n, file: path.join(dir, 'build', n), own: false }))
      : []),
  ];
  for (const { name, file, own } of names) {
    const ext = path.extname(name);
    const type = TYPES[ext];
    if (!type) continue;
    // Bundles are built as they should be served; the hand-written files are compacted here.
    const body =
      own && (ext === '.css' || ext === '.js')
        ? compactSource(ext, fs.readFileSync(file, 'utf8'))
        : fs.readFileSync(file);
    const hash = crypto.createHash('sha256').update(body).digest('hex').slice(0, 10);
    const hashed = `${path.basename(name, ext)}.${hash}${ext}`;
    files.set(hashed, { body, type });
    urls[name] = `/static/${hashed}`;
  }
  return {
    css: urls['site.css'] ?? '',
    pagesCss: urls['pages.css'] ?? '',
    adminCss: urls['admin.css'] ?? '',
    js: urls['site.js'] ?? '',
    count: urls['dem.js'] ?? '',
    urls,
    files,
    url(name) {
      const u = urls[name];
      if (!u) throw new Error(`Unknown asset ${name}: run npm run build`);
      return u;
    },
  };
}

/** The hashed URL of any shipped file by its name ("widgets.js" → "/static/widgets.3f2a9c1b0d.js"); '' if absent. */
export function assetUrl(manifest: AssetManifest, file: string): string {
  const ext = path.extname(file);
  const base = path.basename(file, ext);
  for (const name of manifest.files.keys()) {
    if (
      name.startsWith(`${base}.`) &&
      name.endsWith(ext) &&
      name.length === base.length + ext.length + 11
    )
      return `/static/${name}`;
  }
  return '';
}
