import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import { SqlProbe, type ProbedStatement } from '../support/sql-probe.ts';
import { manualClock } from '../support/staff.ts';
import { BROWSER_UA, testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';

/**
 * SQL statements per uncached render (issue #16): an article page at most 3, the home page at
 * most 5 (its blocks in one statement, not one or two each), and the first page after an
 * article's edit no more than a steady one (settings, sections and the chrome are kept per
 * base epoch; an article change does not move it). The page cache is off, so every request
 * renders. The epoch read is left out: in production it comes from memory (PostgreSQL
 * notifications) or a synchronous read outside Kysely (a SQLite file).
 */
/**
 * Statements as executed: SqlProbe also sees each sub-query built on its own (a union's
 * branches), so here a statement counts when its result comes back, under its outer query.
 */
class ExecutedProbe implements KyselyPlugin {
  readonly inner = new SqlProbe();
  private byQuery = new Map<unknown, ProbedStatement>();
  statements: ProbedStatement[] = [];

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    const before = this.inner.statements.length;
    const node = this.inner.transformQuery(args);
    const s = this.inner.statements[before]!;
    // The live read count of a page (a slot filled on every answer, cached or not).
    const only = (
      node as { selections?: { selection?: { column?: { column?: { name?: string } } } }[] }
    ).selections;
    const readCount =
      only?.length === 1 && only[0]?.selection?.column?.column?.name === 'read_count';
    this.byQuery.set(args.queryId, readCount ? { ...s, table: 'article.read_count' } : s);
    return node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const s = this.byQuery.get(args.queryId);
    this.byQuery.delete(args.queryId);
    if (s) this.statements.push(s);
    return args.result;
  }

  async during(fn: () => Promise<unknown>): Promise<ProbedStatement[]> {
    const from = this.statements.length;
    await fn();
    return this.statements.slice(from);
  }
}

describe.each(dialects)('statements per uncached render on %s', (dialect) => {
  const probe = new ExecutedProbe();
  const clock = manualClock();
  let t: Awaited<ReturnType<typeof testApp>>;
  let articlePath: string;

  beforeAll(async () => {
    t = await testApp(dialect, {
      plugins: [probe],
      clock: clock.now,
      env: { PAGE_CACHE: 'false' },
    });
    const home = await t.get('/');
    articlePath = /href="(\/tin-trong-tinh\/[^"]+-\d+)"/.exec(home.text)![1]!;
  });
  afterAll(() => t?.close());

  const get = (p: string) => t.app.request(p, { headers: { 'user-agent': BROWSER_UA } });
  /** Not the rendering's: the epoch read, and the read count filled in on every answer. */
  const notEpoch = (s: ProbedStatement) =>
    s.table !== 'cache_epoch' && s.table !== 'article.read_count';
  const name = (s: ProbedStatement) => `${s.kind} ${s.table}`;

  /** The statements of one rendering of `path` (200), the epoch read left out. */
  async function render(path: string): Promise<ProbedStatement[]> {
    return (await answer(path)).filter(notEpoch);
  }

  /** Every statement of one answer of `path` (200). */
  function answer(path: string): Promise<ProbedStatement[]> {
    return probe.during(async () => expect((await get(path)).status).toBe(200));
  }

  /** Moves the epoch by an article change (recorded: the site's shared data stays). */
  async function editAnArticle() {
    await sql`UPDATE article SET title = title || '.' WHERE id = (SELECT MIN(id) FROM article WHERE status = 'published')`.execute(
      t.db.kysely,
    );
  }

  it('an article page reads at most 3 statements, the home page at most 5', async () => {
    for (const p of ['/', articlePath]) await render(p); // the chrome and most-read list, once
    const article = await render(articlePath);
    expect(article.length, article.map(name).join(', ')).toBeLessThanOrEqual(3);
    const home = await render('/');
    expect(home.length, home.map(name).join(', ')).toBeLessThanOrEqual(5);
    // Every card's image in one statement: none per block.
    expect(home.filter((s) => s.table === 'media')).toHaveLength(1);
  });

  it('on PostgreSQL the read count a page shows comes from memory until this process writes', async () => {
    if (dialect !== 'postgres') return; // SQLite files read it synchronously (db.hot)
    await answer(articlePath);
    const steady = await answer(articlePath);
    expect(steady.filter((s) => s.table === 'article.read_count')).toEqual([]);
    await editAnArticle(); // a write of this process: the count is read again, once
    expect(
      (await answer(articlePath)).filter((s) => s.table === 'article.read_count'),
    ).toHaveLength(1);
    expect((await answer(articlePath)).filter((s) => s.table === 'article.read_count')).toEqual([]);
  });

  it('the first page after an article edit reads no more than a steady one', async () => {
    const steady = { article: await render(articlePath), home: await render('/') };
    await editAnArticle();
    // Once per move of the site's epoch, whichever page comes first: the move's record, the next
    // due article, and the most-read list (a live value every page shares) read again.
    const first = await render('/');
    expect(first.filter((s) => s.table === 'cache_change')).toHaveLength(1);
    expect(first.length, first.map(name).join(', ')).toBeLessThanOrEqual(steady.home.length + 4);
    // Settings, sections and the chrome are not read again: an article change leaves them.
    expect(first.filter((s) => ['setting', 'section', 'menu_item'].includes(s.table))).toEqual([]);
    const after = await render(articlePath);
    expect(after.map(name)).toEqual(steady.article.map(name));
    await editAnArticle();
    const afterFirst = await render(articlePath);
    expect(afterFirst.filter((s) => ['setting', 'section', 'menu_item'].includes(s.table))).toEqual(
      [],
    );
    expect((await render('/')).map(name)).toEqual(steady.home.map(name));
  });
});
