import crypto from 'node:crypto';
import { decodeHTML } from 'entities';
import type { ArticleStatus } from '../article/article.ts';

/** The sources an import reads. */
export type ImportSource = 'nukeviet' | 'wordpress' | 'html';

/** What an import brings in, by kind (the report's rows, in this order). */
export const IMPORT_KINDS = [
  'section',
  'tag',
  'article',
  'page',
  'weblink',
  'document',
  'banner',
  'file',
  'counter',
] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** Per kind: rows new, changed (updated), unchanged (skipped) and refused. */
export interface KindCount {
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
}

/** One problem found on one item (a missing image, an unusable link…), in Vietnamese. */
export interface ImportWarning {
  kind: ImportKind;
  sourceId: string;
  message: string;
}

/** The report of a run (dry or real): counts per kind, warnings, the redirect table's size. */
export interface ImportReport {
  counts: Record<ImportKind, KindCount>;
  warnings: ImportWarning[];
  /** Old addresses that answer 301 after this import (rows in the site's redirect table). */
  redirects: number;
  /** Where the run stopped: the last finished phase and row id (a resumed run goes on from there). */
  cursor: ImportCursor;
  error?: string;
}

/** The phases of a run in order; articles go by id so a stopped run resumes at the next id. */
export const PHASES = [
  'sections',
  'tags',
  'articles',
  'pages',
  'weblinks',
  'documents',
  'banners',
  'counter',
] as const;
export type ImportPhase = (typeof PHASES)[number];
export interface ImportCursor {
  /** The phases finished. */
  done: ImportPhase[];
  /** The last article id finished within the articles phase. */
  lastArticleId: number;
}

/** At most this many warnings are kept in a report (the rest are counted). */
export const MAX_WARNINGS = 500;

/** An empty report. */
export function emptyReport(): ImportReport {
  const counts = {} as Record<ImportKind, KindCount>;
  for (const k of IMPORT_KINDS) counts[k] = { created: 0, updated: 0, unchanged: 0, skipped: 0 };
  return { counts, warnings: [], redirects: 0, cursor: { done: [], lastArticleId: 0 } };
}

/** Adds a warning, keeping the report bounded. */
export function warn(r: ImportReport, w: ImportWarning): void {
  if (r.warnings.length < MAX_WARNINGS) r.warnings.push(w);
}

/**
 * NukeViet stores titles and leads HTML-escaped (`&quot;`, `&#x002F;`), sometimes twice, and
 * older input methods typed NFD: decoded until stable, then NFC, white space collapsed.
 */
export function decodeText(s: string | null | undefined): string {
  let t = s ?? '';
  for (let i = 0; i < 3; i++) {
    const d = decodeHTML(t);
    if (d === t) break;
    t = d;
  }
  return t.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** An alias as old addresses carry it: percent-decoded when it can be, NFC, lower case. */
export function aliasKey(s: string): string {
  let t = s;
  try {
    t = decodeURIComponent(s);
  } catch {
    // a malformed escape stays as it was
  }
  return t.normalize('NFC').toLowerCase().trim();
}

/** What a NukeViet article's `status` becomes here (see docs/domain: 0 and 3 are withdrawn). */
export function nukevietStatus(status: number, publishedAt: Date | null, now: Date): ArticleStatus {
  if (status === 1)
    return publishedAt && publishedAt.getTime() > now.getTime() ? 'scheduled' : 'published';
  if (status === 2) return 'scheduled';
  if (status === 0 || status === 3) return 'withdrawn';
  return 'draft';
}

/** A Unix time (seconds) as a Date; 0 and nonsense are "no time". */
export function epoch(s: number | null | undefined): Date | null {
  if (!s || !Number.isFinite(s) || s <= 0 || s > 4102444800) return null;
  return new Date(s * 1000);
}

/** A stable fingerprint of a source row: unchanged rows are skipped on a re-run. */
export function checksum(value: unknown): string {
  return crypto.createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32);
}

/**
 * The path under the old `uploads/` folder that a `src`/`href` names, or undefined when it names
 * something else. Accepted: `/uploads/…`, `uploads/…`, `/assets/…` (NukeViet's thumbnails of
 * the same file), and the same on one of the old hosts. Never a path leaving the folder.
 */
export function uploadsPath(ref: string, oldHosts: readonly string[]): string | undefined {
  let p = ref.trim();
  const abs = /^(?:https?:)?\/\/([^/?#]+)(\/[^?#]*)?/i.exec(p);
  if (abs) {
    const host = (abs[1] ?? '').toLowerCase();
    if (!oldHosts.includes(host)) return undefined;
    p = abs[2] ?? '/';
  }
  p = p.replace(/[?#].*$/, '');
  const m = /^(?:\.?\/)?(?:[^:]*?\/)?(?:uploads|assets)\/(.+)$/.exec(p);
  if (!m?.[1]) return undefined;
  let rel: string;
  try {
    rel = decodeURIComponent(m[1]);
  } catch {
    return undefined;
  }
  const parts = rel.split('/');
  if (
    parts.some((x) => x === '' || x === '.' || x === '..' || x.includes('\0') || x.includes('\\'))
  )
    return undefined;
  return parts.join('/');
}

/** An old-host link (`http://old/vi/news/…`) made relative so it reaches this site's redirects. */
export function relativeOldLink(href: string, oldHosts: readonly string[]): string {
  const m = /^(?:https?:)?\/\/([^/?#]+)(\/.*)?$/i.exec(href.trim());
  if (!m || !oldHosts.includes((m[1] ?? '').toLowerCase())) return href;
  return m[2] ?? '/';
}

/** A run row as the service reads it. */
export interface ImportRunRow {
  id: number;
  siteId: number;
  source: string;
  status: string;
  dryRun: boolean;
  sourceUrl: string;
  sourceLabel: string;
  uploadsDir: string;
  tablePrefix: string;
  cursor: string;
  report: string;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

/**
 * The originals a WordPress resized copy may come from: `foo-300x200.jpg` → `foo.jpg`, then
 * `foo-scaled.jpg` (the big image WordPress 5.3+ keeps as the attachment); none for a name
 * that is not a resized copy.
 */
export function resizedOriginals(rel: string): string[] {
  const m = /^(.*?)-\d{1,5}x\d{1,5}(\.[A-Za-z0-9]{2,5})$/.exec(rel);
  return m ? [`${m[1]}${m[2]}`, `${m[1]}-scaled${m[2]}`] : [];
}

/** A body's file name → the known file it shows: itself, or the original of a resized copy. */
export function wpOriginalRel(rel: string, known: (rel: string) => boolean): string {
  if (known(rel)) return rel;
  return resizedOriginals(rel).find(known) ?? rel;
}
