/**
 * A child process for the import crash tests (test/import/import-crash.test.ts), bundled by the
 * test with esbuild. argv: mode, database URL, media folder, then
 * - `import <site> <nukeviet url> <uploads>`: starts a real NukeViet import (prints `run <id>`);
 *   once a batch has written its articles and their history lines, inside the batch's
 *   transaction, it prints `in-tx` and hangs there until it is killed;
 * - `render <site>`: makes queued renditions with a store that prints `put <key>` after each
 *   file and hangs after the second, as a slow disk would.
 */
import type { KyselyPlugin, QueryId, RootOperationNode } from 'kysely';
import { loadConfig } from '../../src/config/config.ts';
import { connect } from '../../src/db/connect.ts';
import { withSite } from '../../src/db/site-scope.ts';
import { buildDeps } from '../../src/services.ts';
import { localStorage } from '../../src/storage/storage.local.ts';
import type { FileStorage } from '../../src/storage/storage.ts';

const [mode, url, mediaDir, site, nvUrl, uploads] = process.argv.slice(2);
const hang = () => new Promise<never>(() => undefined);

/** Hangs right after the first insert into `article_note` (a batch's history lines) has run. */
function hangAfterHistory(): KyselyPlugin {
  const marked = new Set<QueryId>();
  return {
    transformQuery({ node, queryId }: { node: RootOperationNode; queryId: QueryId }) {
      if (
        node.kind === 'InsertQueryNode' &&
        node.into?.table.identifier.name === 'article_note' &&
        marked.size === 0
      )
        marked.add(queryId);
      return node;
    },
    async transformResult({ queryId, result }) {
      if (marked.has(queryId)) {
        process.stdout.write('in-tx\n');
        await hang();
      }
      return result;
    },
  };
}

const base = connect(url!);
const disk = localStorage(mediaDir!);
let puts = 0;
const slow: FileStorage = {
  ...disk,
  async put(key, data) {
    await disk.put(key, data);
    process.stdout.write(`put ${key}\n`);
    if (++puts >= 2) await hang(); // killed here
  },
};
const db =
  mode === 'import' ? { ...base, kysely: base.kysely.withPlugin(hangAfterHistory()) } : base;
const deps = buildDeps(
  loadConfig({ NODE_ENV: 'test', DATABASE_URL: url, MEDIA_DIR: mediaDir }),
  db,
  mode === 'render' ? { storage: slow } : {},
);
await deps.platform.load();
if (mode === 'import') {
  const id = await deps.imports.start({
    siteId: Number(site),
    url: nvUrl!,
    uploadsDir: uploads!,
    prefix: 'nv4',
    oldHosts: ['tinhuy.example.vn'],
    dryRun: false,
    startedBy: null,
  });
  process.stdout.write(`run ${id}\n`);
  await deps.imports.runNow(id);
} else {
  process.stdout.write('ready\n');
  await withSite(Number(site), () => deps.media.renderQueued(10));
}
process.stdout.write('done\n');
process.exit(0);
