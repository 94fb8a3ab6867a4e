import type { Generated } from 'kysely';

/**
 * `import_item`: what an import brought in, per site: the source's row (kind + id) → the new
 * row. It makes a re-run update instead of duplicating, and it is the redirect table: an old
 * address names a kind and an id (or an alias, or a whole old path) and resolves through here.
 */
export interface ImportItemTable {
  /** The site the item was imported into. */
  siteId: number;
  id: Generated<number>;
  /** 'nukeviet' | 'html' | 'wordpress'. */
  source: string;
  /** 'section' | 'article' | 'tag' | 'page' | 'weblink' | 'weblink-group' | 'file' | 'path'. */
  kind: string;
  /** The row's id in the source (text: files and paths are keyed by their path). */
  sourceId: string;
  /** The source's alias, folded to lower case NFC (old list and page addresses name it). */
  sourceAlias: Generated<string>;
  /** The new row's id (a media id for files). */
  targetId: number;
  /** A hash of the source row: unchanged rows are skipped on a re-run. */
  checksum: Generated<string>;
  /** The read count the source had (an article's `hitstotal`), already added to the new row. */
  baseline: Generated<number>;
  updatedAt: string;
}

/**
 * `import_run`: one import started from the back office or the command line; its cursor lets
 * a stopped run resume, its report is JSON (counts per kind, warnings). `source_url` holds the
 * connection (with its password) only while the run is unfinished; it is never shown.
 */
export interface ImportRunTable {
  siteId: number;
  id: Generated<number>;
  source: string;
  /** 'queued' | 'running' | 'done' | 'failed'. */
  status: string;
  dryRun: number;
  sourceUrl: Generated<string>;
  /** The connection without its password, for display. */
  sourceLabel: Generated<string>;
  uploadsDir: Generated<string>;
  tablePrefix: Generated<string>;
  cursor: Generated<string>;
  report: Generated<string>;
  startedBy: number | null;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

/** `import_crawl_url`: the frontier of an HTML-portal crawl (resumable after a stop). */
export interface ImportCrawlUrlTable {
  id: Generated<number>;
  runId: number;
  url: string;
  /** 'list' | 'article'. */
  kind: string;
  /** The section (its key in the crawl config) the page's articles go to. */
  sectionKey: Generated<string>;
  /** 'pending' | 'done' | 'skipped'. */
  state: Generated<string>;
}
