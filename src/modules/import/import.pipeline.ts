import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../db/connect.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { fileImporter, FileImportDeps } from './import.files.ts';
import type { ImportKind, ImportReport } from './import.ts';
import { importRepository, type ImportItem, type ImportRepository } from './import.repository.ts';

/**
 * The steps every import source shares: the context of a run, the source-id map's upsert
 * (idempotent re-runs), reading the old uploads/ folder.
 */

/** What each step needs. */
export interface Ctx {
  /** The source's name in the map (`nukeviet`, `wordpress`). */
  source: string;
  repo: ImportRepository;
  report: ImportReport;
  dry: boolean;
  files: ReturnType<typeof fileImporter>;
  oldHosts: string[];
  now: Date;
  db: Db;
  /** A dry run's items that would be created (kind:sourceId), so later phases find them. */
  planned: Set<string>;
  storage: FileImportDeps['storage'];
  /** The old site's uploads/ folder ('' when none was given). */
  uploadsDir: string;
  /** What imported articles' history says they came from ("nhập từ …"). */
  history?: string;
  /** Search rows of new articles made after their batch commits (PostgreSQL; see searchBehind). */
  search?: { later(ids: number[]): Promise<void>; settle(): Promise<void> };
}

/** An item of the map, or one a dry run would have created (target id 0). */
export async function mapped(
  ctx: Ctx,
  kind: string,
  sourceId: string,
): Promise<{ targetId: number; baseline: number } | undefined> {
  return (
    (await ctx.repo.item(kind, sourceId)) ??
    (ctx.planned.has(`${kind}:${sourceId}`) ? { targetId: 0, baseline: 0 } : undefined)
  );
}

/**
 * One item through the map: unchanged (same checksum, target still there) → skipped; known →
 * updated; new → inserted; the map row written in the same transaction as the content row.
 */
export async function upsert(
  ctx: Ctx,
  kind: string,
  sourceId: string,
  sum: string,
  alias: string,
  ops: {
    exists: (id: number) => Promise<boolean>;
    insert: (repo: ImportRepository, tx: Db) => Promise<number>;
    update: (repo: ImportRepository, id: number, tx: Db) => Promise<void>;
    baseline?: number;
    /** The map's row, when the caller already read it (null: not in the map). */
    known?: ImportItem | null;
  },
  countAs: ImportKind = kind as ImportKind,
): Promise<number | undefined> {
  const known =
    ops.known !== undefined ? (ops.known ?? undefined) : await ctx.repo.item(kind, sourceId);
  const there = known ? await ops.exists(known.targetId) : false;
  const c = ctx.report.counts[countAs];
  if (known && there && known.checksum === sum) {
    c.unchanged++;
    return known.targetId;
  }
  if (ctx.dry) {
    if (known && there) c.updated++;
    else c.created++;
    ctx.planned.add(`${kind}:${sourceId}`);
    return known?.targetId ?? 0;
  }
  return inTransaction(ctx.db, async (tx) => {
    const repo = importRepository(tx.kysely, ctx.source);
    let id: number;
    if (known && there) {
      await ops.update(repo, known.targetId, tx);
      id = known.targetId;
      c.updated++;
    } else {
      id = await ops.insert(repo, tx);
      c.created++;
    }
    await repo.putItem(kind, sourceId, {
      targetId: id,
      alias,
      checksum: sum,
      baseline: ops.baseline,
    });
    return id;
  });
}

/** A slug not yet used by another section of the site. */
export async function freeSectionSlug(repo: ImportRepository, base: string): Promise<string> {
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await repo.sectionBySlug(slug))) return slug;
  }
}

/** Reads a file of the old uploads/ folder (never leaving it); undefined when it is not there. */
export async function readOld(ctx: Ctx, rel: string, max: number): Promise<Buffer | undefined> {
  if (!ctx.uploadsDir) return undefined;
  const root = path.resolve(ctx.uploadsDir);
  const full = path.resolve(root, rel);
  if (!full.startsWith(root + path.sep)) return undefined;
  const stat = await fs.promises.stat(full).catch(() => undefined);
  if (!stat?.isFile() || stat.size > max) return undefined;
  return fs.promises.readFile(full).catch(() => undefined);
}

export function isWebUrl(url: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}
