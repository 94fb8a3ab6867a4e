import { sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';
import { idColumn, isPostgres } from '../migration-helpers.ts';

// Frozen: never edit once landed; add a new dated migration instead.

/**
 * Many sites on one install. A `site` is the province or one of its Party bodies (a commune, an
 * agency), reached by its own host name or by a path prefix on the province's host. Everything a
 * site owns gets a `site_id` (existing rows go to the province, site 1): settings, sections (and
 * through them static pages), articles, media, menus, banners, web links, statistics, the audit
 * trail and the page cache's epoch (one row per site, so a change on one site keeps the other
 * sites' cached pages). Staff accounts stay global; roles are granted per site (`account_site`,
 * the existing grants copied to the province) and per section within it (`account_section`, as
 * before: a section belongs to one site). Tags and event threads stay a shared vocabulary.
 *
 * SQLite cannot change a primary key or drop a column-level UNIQUE in place: `setting`,
 * `section`, `stat_day` and `stat_count` are rebuilt (foreign keys off for the copy, checked
 * after).
 */

/** Tables that simply gain `site_id` (ALTER TABLE … ADD COLUMN). */
const ADDED = ['article', 'media', 'menu_item', 'banner', 'weblink_group', 'weblink'] as const;

/** SQLite: rebuilds `table` from its own CREATE statement changed by `change`, keeping its indexes. */
async function rebuildSqlite(
  db: Kysely<any>,
  table: string,
  change: (createSql: string) => string,
  copyColumns: (columns: string[]) => { into: string[]; from: string[] },
): Promise<void> {
  const create = await sql<{ sql: string }>`
    SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ${table}`.execute(db);
  const indexes = await sql<{ sql: string }>`
    SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ${table} AND sql IS NOT NULL`.execute(
    db,
  );
  const cols = await sql<{ name: string }>`SELECT name FROM pragma_table_info(${table})`.execute(
    db,
  );
  const temp = `${table}__rebuild`;
  const createSql = change(create.rows[0]!.sql).replace(
    new RegExp(`^CREATE TABLE "?${table}"?`),
    `CREATE TABLE "${temp}"`,
  );
  await sql.raw(createSql).execute(db);
  const { into, from } = copyColumns(cols.rows.map((r) => r.name));
  const q = (c: string) => `"${c}"`;
  await sql
    .raw(
      `INSERT INTO "${temp}" (${into.map(q).join(', ')}) SELECT ${from.join(', ')} FROM "${table}"`,
    )
    .execute(db);
  await sql.raw(`DROP TABLE "${table}"`).execute(db);
  await sql.raw(`ALTER TABLE "${temp}" RENAME TO "${table}"`).execute(db);
  for (const i of indexes.rows) await sql.raw(i.sql).execute(db);
}

const same = (columns: string[]) => ({ into: columns, from: columns.map((c) => `"${c}"`) });
const withoutSite = (columns: string[]) => {
  const kept = columns.filter((c) => c !== 'site_id');
  return { into: kept, from: kept.map((c) => `"${c}"`) };
};

async function foreignKeysOff<T>(db: Kysely<any>, fn: () => Promise<T>): Promise<T> {
  await sql`PRAGMA foreign_keys = OFF`.execute(db);
  try {
    const out = await fn();
    const broken = await sql`PRAGMA foreign_key_check`.execute(db);
    if (broken.rows.length)
      throw new Error(`foreign keys broken by the sites migration: ${JSON.stringify(broken.rows)}`);
    return out;
  } finally {
    await sql`PRAGMA foreign_keys = ON`.execute(db);
  }
}

export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const now = new Date().toISOString();

  await idColumn(db, db.schema.createTable('site'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    // 'tinh' (the province), 'xa' (a commune or ward Party committee), 'co-quan' (an agency).
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('unit_code', 'text')
    .addColumn('host', 'text')
    .addColumn('path_prefix', 'text')
    .addColumn('parent_id', 'integer', (c) => c.references('site.id'))
    // 'active' | 'suspended'.
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
    .addColumn('suspended_reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('vi'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('site_host_uq').on('site').column('host').unique().execute();
  await db.schema
    .createIndex('site_path_prefix_uq')
    .on('site')
    .column('path_prefix')
    .unique()
    .execute();
  await db.schema
    .createIndex('site_unit_code_uq')
    .on('site')
    .column('unit_code')
    .unique()
    .execute();
  const name = await db
    .selectFrom('setting')
    .select('value')
    .where('key', '=', 'siteName')
    .executeTakeFirst();
  let provinceName = 'Đảng bộ tỉnh';
  try {
    const v: unknown = name ? JSON.parse(name.value as string) : undefined;
    if (typeof v === 'string' && v.trim()) provinceName = v.trim();
  } catch {
    // A setting that is not JSON keeps the default name.
  }
  await db
    .insertInto('site')
    .values({ id: 1, slug: 'tinh', kind: 'tinh', name: provinceName, created_at: now })
    .execute();
  if (pg) await sql`SELECT setval(pg_get_serial_sequence('site', 'id'), 1)`.execute(db);

  const siteColumn = (c: ColumnDefinitionBuilder) => c.notNull().defaultTo(1).references('site.id');
  if (pg) {
    for (const t of ADDED)
      await db.schema.alterTable(t).addColumn('site_id', 'integer', siteColumn).execute();
    await db.schema.alterTable('section').addColumn('site_id', 'integer', siteColumn).execute();
    const uq = await sql<{ name: string }>`
      SELECT con.conname AS name FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid
      WHERE c.relname = 'section' AND con.contype = 'u'`.execute(db);
    for (const r of uq.rows)
      await sql`ALTER TABLE section DROP CONSTRAINT ${sql.id(r.name)}`.execute(db);
    await sql`ALTER TABLE section ADD CONSTRAINT section_site_slug_uq UNIQUE (site_id, slug)`.execute(
      db,
    );
    await sql`ALTER TABLE setting ADD COLUMN site_id integer NOT NULL DEFAULT 1 REFERENCES site (id)`.execute(
      db,
    );
    await sql`ALTER TABLE setting DROP CONSTRAINT setting_pkey`.execute(db);
    await sql`ALTER TABLE setting ADD PRIMARY KEY (site_id, key)`.execute(db);
    await sql`ALTER TABLE stat_day ADD COLUMN site_id integer NOT NULL DEFAULT 1 REFERENCES site (id)`.execute(
      db,
    );
    await sql`ALTER TABLE stat_day DROP CONSTRAINT stat_day_pkey`.execute(db);
    await sql`ALTER TABLE stat_day ADD PRIMARY KEY (site_id, day)`.execute(db);
    await sql`ALTER TABLE stat_count ADD COLUMN site_id integer NOT NULL DEFAULT 1 REFERENCES site (id)`.execute(
      db,
    );
    await sql`ALTER TABLE stat_count DROP CONSTRAINT stat_count_pk`.execute(db);
    await sql`ALTER TABLE stat_count ADD CONSTRAINT stat_count_pk PRIMARY KEY (site_id, day, metric, key)`.execute(
      db,
    );
  } else {
    await foreignKeysOff(db, async () => {
      // No REFERENCES on an added column: SQLite could not drop it again (down), and the
      // application keeps it (sites are never deleted, only suspended).
      for (const t of ADDED)
        await db.schema
          .alterTable(t)
          .addColumn('site_id', 'integer', (c) => c.notNull().defaultTo(1))
          .execute();
      const site = `"site_id" integer default 1 not null references "site" ("id")`;
      await rebuildSqlite(
        db,
        'section',
        (s) =>
          s
            .replace('"slug" text not null unique', '"slug" text not null')
            .replace(
              /\)$/,
              `, ${site}, constraint "section_site_slug_uq" unique ("site_id", "slug"))`,
            ),
        same,
      );
      await rebuildSqlite(
        db,
        'setting',
        () =>
          `CREATE TABLE "setting" (${site}, "key" text not null, "value" text not null, constraint "setting_pk" primary key ("site_id", "key"))`,
        same,
      );
      await rebuildSqlite(
        db,
        'stat_day',
        (s) =>
          s
            .replace('"day" text primary key', '"day" text not null')
            .replace(/\)$/, `, ${site}, constraint "stat_day_pk" primary key ("site_id", "day"))`),
        same,
      );
      await rebuildSqlite(
        db,
        'stat_count',
        (s) =>
          s.replace(
            /constraint "stat_count_pk" primary key \("day", "metric", "key"\)\)$/,
            `${site}, constraint "stat_count_pk" primary key ("site_id", "day", "metric", "key"))`,
          ),
        same,
      );
    });
  }
  for (const t of ['article', 'media', 'menu_item', 'banner', 'weblink_group'])
    await db.schema.createIndex(`${t}_site_idx`).on(t).column('site_id').execute();
  await db.schema
    .createIndex('article_site_status_published_idx')
    .on('article')
    .columns(['site_id', 'status', 'published_at'])
    .execute();

  if (!pg) {
    // The search's covering index of visibility (FTS5 matches are checked against it) gains the site.
    await sql`DROP INDEX IF EXISTS article_search_visibility_idx`.execute(db);
    await sql`CREATE INDEX article_search_visibility_idx ON article (id, status, published_at, section_id, site_id)`.execute(
      db,
    );
  }

  // The audit trail is append-only (UPDATE refused): old rows take the province by default.
  await db.schema
    .alterTable('audit_log')
    .addColumn('site_id', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('audit_log_site_at_idx')
    .on('audit_log')
    .columns(['site_id', 'at'])
    .execute();

  // The back office's working site of a session (null: the account's first site).
  await db.schema.alterTable('session').addColumn('site_id', 'integer').execute();

  // Roles per site: the role an account holds on a site and whether it covers every section.
  await db.schema
    .createTable('account_site')
    .addColumn('account_id', 'integer', (c) =>
      c.notNull().references('account.id').onDelete('cascade'),
    )
    .addColumn('site_id', 'integer', (c) => c.notNull().references('site.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('all_sections', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('granted_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('account_site_pk', ['account_id', 'site_id'])
    .execute();
  await db.schema
    .createIndex('account_site_site_idx')
    .on('account_site')
    .columns(['site_id', 'account_id'])
    .execute();
  await sql`INSERT INTO account_site (account_id, site_id, role, all_sections, granted_at)
    SELECT id, 1, role, all_sections, ${now} FROM account`.execute(db);

  // Tin cơ sở: a commune article proposed to the province, and the province's answer.
  await idColumn(db, db.schema.createTable('article_proposal'))
    .addColumn('article_id', 'integer', (c) =>
      c.notNull().references('article.id').onDelete('cascade'),
    )
    .addColumn('from_site_id', 'integer', (c) => c.notNull().references('site.id'))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('site.id'))
    // 'proposed' | 'accepted' | 'declined'.
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('copy_id', 'integer', (c) => c.references('article.id').onDelete('set null'))
    .addColumn('proposed_by', 'integer')
    .addColumn('proposed_at', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'integer')
    .addColumn('decided_at', 'text')
    .execute();
  await db.schema
    .createIndex('article_proposal_site_idx')
    .on('article_proposal')
    .columns(['site_id', 'status', 'proposed_at'])
    .execute();
  await db.schema
    .createIndex('article_proposal_article_uq')
    .on('article_proposal')
    .columns(['article_id', 'site_id'])
    .unique()
    .execute();
  // A republished copy points at its original (canonical, corrections and withdrawals follow it).
  await db.schema
    .alterTable('article')
    .addColumn('origin_id', 'integer', (c) => c.references('article.id').onDelete('set null'))
    .execute();

  // The page cache: one epoch per site (site 1's row exists already).
  await db.schema.alterTable('cache_epoch').addColumn('site_id', 'integer').execute();
  await sql`UPDATE cache_epoch SET site_id = id`.execute(db);
  if (pg) {
    // Content without a site (tags, the sites themselves) moves every site's epoch.
    await sql`CREATE OR REPLACE FUNCTION cache_epoch_bump() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN UPDATE cache_epoch SET n = n + 1; RETURN NULL; END; $$`.execute(db);
    // A row trigger bumps the epoch of the row's site, found by `site_id` or through a parent
    // (TG_ARGV: parent table, the row's column naming it); without either, every site's.
    await sql`CREATE FUNCTION cache_epoch_bump_site() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE r jsonb; s integer; o integer;
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN UPDATE cache_epoch SET n = n + 1; RETURN NULL; END IF;
        FOR r IN SELECT x FROM unnest(ARRAY[
            CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END,
            CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END]) AS x WHERE x IS NOT NULL LOOP
          IF TG_NARGS = 0 THEN
            s := (r->>'site_id')::integer;
          ELSE
            EXECUTE format('SELECT site_id FROM %I WHERE id = $1', TG_ARGV[0])
              INTO s USING (r->>TG_ARGV[1])::integer;
          END IF;
          IF s IS NULL THEN UPDATE cache_epoch SET n = n + 1;
          ELSIF s IS DISTINCT FROM o THEN UPDATE cache_epoch SET n = n + 1 WHERE id = s; END IF;
          o := s;
        END LOOP;
        RETURN NULL;
      END; $$`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  // The epoch triggers name site_id; the next migration run fits them to the schema again.
  if (pg) {
    const triggers = await sql<{ name: string; tbl: string }>`
      SELECT t.tgname AS name, c.relname AS tbl FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
      WHERE NOT t.tgisinternal AND t.tgname LIKE 'cache\\_epoch\\_%'`.execute(db);
    for (const t of triggers.rows)
      await sql`DROP TRIGGER ${sql.id(t.name)} ON ${sql.id(t.tbl)}`.execute(db);
    await sql`DROP FUNCTION IF EXISTS cache_epoch_bump_site()`.execute(db);
    await sql`CREATE OR REPLACE FUNCTION cache_epoch_bump() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN UPDATE cache_epoch SET n = n + 1 WHERE id = 1; RETURN NULL; END; $$`.execute(db);
  } else {
    const triggers = await sql<{ name: string }>`
      SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'cache\\_epoch\\_%' ESCAPE '\\'`.execute(
      db,
    );
    for (const t of triggers.rows) await sql`DROP TRIGGER ${sql.id(t.name)}`.execute(db);
  }
  await db.deleteFrom('cache_epoch').where('id', '<>', 1).execute();
  await db.schema.alterTable('cache_epoch').dropColumn('site_id').execute();
  await db.schema.alterTable('article').dropColumn('origin_id').execute();
  await db.schema.dropTable('article_proposal').execute();
  await db.schema.dropTable('account_site').execute();
  await db.schema.alterTable('session').dropColumn('site_id').execute();
  await db.schema.dropIndex('audit_log_site_at_idx').execute();
  await db.schema.alterTable('audit_log').dropColumn('site_id').execute();
  await db.schema.dropIndex('article_site_status_published_idx').execute();
  if (!pg) {
    await sql`DROP INDEX IF EXISTS article_search_visibility_idx`.execute(db);
    await sql`CREATE INDEX article_search_visibility_idx ON article (id, status, published_at, section_id)`.execute(
      db,
    );
  }
  for (const t of ['article', 'media', 'menu_item', 'banner', 'weblink_group'])
    await db.schema.dropIndex(`${t}_site_idx`).execute();
  if (pg) {
    await sql`ALTER TABLE stat_count DROP CONSTRAINT stat_count_pk`.execute(db);
    await sql`DELETE FROM stat_count WHERE site_id <> 1`.execute(db);
    await sql`ALTER TABLE stat_count DROP COLUMN site_id`.execute(db);
    await sql`ALTER TABLE stat_count ADD CONSTRAINT stat_count_pk PRIMARY KEY (day, metric, key)`.execute(
      db,
    );
    for (const t of ['stat_day', 'setting']) {
      await sql`ALTER TABLE ${sql.id(t)} DROP CONSTRAINT ${sql.id(`${t}_pkey`)}`.execute(db);
      await sql`DELETE FROM ${sql.id(t)} WHERE site_id <> 1`.execute(db);
      await sql`ALTER TABLE ${sql.id(t)} DROP COLUMN site_id`.execute(db);
    }
    await sql`ALTER TABLE stat_day ADD PRIMARY KEY (day)`.execute(db);
    await sql`ALTER TABLE setting ADD PRIMARY KEY (key)`.execute(db);
    await sql`ALTER TABLE section DROP CONSTRAINT section_site_slug_uq`.execute(db);
    await sql`ALTER TABLE section DROP COLUMN site_id`.execute(db);
    await sql`ALTER TABLE section ADD CONSTRAINT section_slug_key UNIQUE (slug)`.execute(db);
    for (const t of ADDED) await db.schema.alterTable(t).dropColumn('site_id').execute();
  } else {
    await foreignKeysOff(db, async () => {
      for (const t of ['stat_count', 'stat_day', 'setting'])
        await sql`DELETE FROM ${sql.id(t)} WHERE site_id <> 1`.execute(db);
      await rebuildSqlite(
        db,
        'stat_count',
        (s) =>
          s.replace(
            /"site_id"[^,]*, constraint "stat_count_pk" primary key \("site_id", /,
            'constraint "stat_count_pk" primary key (',
          ),
        withoutSite,
      );
      await rebuildSqlite(
        db,
        'stat_day',
        () =>
          `CREATE TABLE "stat_day" ("day" text primary key, "visits" bigint default 0 not null, "page_views" bigint default 0 not null, "bots" bigint default 0 not null)`,
        withoutSite,
      );
      await rebuildSqlite(
        db,
        'setting',
        () => `CREATE TABLE "setting" ("key" text primary key, "value" text not null)`,
        withoutSite,
      );
      await rebuildSqlite(
        db,
        'section',
        (s) =>
          s
            .replace('"slug" text not null', '"slug" text not null unique')
            .replace(/, "site_id"[^]*\)$/, ')'),
        withoutSite,
      );
      for (const t of ADDED) await db.schema.alterTable(t).dropColumn('site_id').execute();
    });
  }
  await db.schema.dropTable('site').execute();
}
