import mysql from 'mysql2/promise';

/**
 * Reads a NukeViet 4.x database (a restored dump or a live read-only account) over
 * MariaDB/MySQL. Only what the import maps is read: never comments (`<prefix>_comment`) nor
 * contact messages (`<prefix>_<lang>_contact_send`): no consent was recorded for that personal data.
 */

/** A module of the old site (`<prefix>_<lang>_modules`). */
export interface NvModule {
  title: string;
  file: string;
  data: string;
  upload: string;
  customTitle: string;
}
export interface NvCat {
  catid: number;
  parentid: number;
  title: string;
  alias: string;
  description: string;
  weight: number;
  status: number;
}
export interface NvArticle {
  id: number;
  catid: number;
  listcatid: string;
  author: string;
  sourceid: number;
  addtime: number;
  edittime: number;
  status: number;
  publtime: number;
  exptime: number;
  title: string;
  alias: string;
  hometext: string;
  homeimgfile: string;
  homeimgalt: string;
  homeimgthumb: number;
  inhome: number;
  hitstotal: number;
  /** From `_detail` (4.0.29 and later) or `_bodyhtml_N` / `_bodytext` (before). */
  bodyhtml: string;
  sourcetext: string;
  /** The tag ids of the article (`_tags_id`). */
  tagIds: number[];
}
export interface NvTag {
  tid: number;
  title: string;
  alias: string;
}
export interface NvSourceRow {
  sourceid: number;
  title: string;
  link: string;
}
export interface NvPage {
  id: number;
  title: string;
  alias: string;
  bodytext: string;
  weight: number;
  status: number;
  image: string;
  imagealt: string;
}
export interface NvWeblinkCat {
  catid: number;
  title: string;
  weight: number;
}
export interface NvWeblink {
  id: number;
  catid: number;
  title: string;
  url: string;
  status: number;
}

/** A `laws` module's lists: Thể loại (cat), Cơ quan ban hành (subject), Lĩnh vực (area). */
export interface NvLawList {
  id: number;
  parentid: number;
  title: string;
  alias: string;
  weight: number;
}
export interface NvSigner {
  id: number;
  title: string;
  offices: string;
  positions: string;
}
/**
 * A row of `<prefix>_<lang>_<laws>_row`. `note` ("Ghi chú, chỉ dành cho quản trị") is never read:
 * it must never be published.
 */
export interface NvLaw {
  id: number;
  title: string;
  alias: string;
  code: string;
  cid: number;
  sid: number;
  sgid: number;
  introtext: string;
  bodytext: string;
  groupsView: string;
  /** Paths under `uploads/<module_upload>/`, in order (download id N is the N-th, from 0). */
  files: string[];
  status: number;
  addtime: number;
  edittime: number;
  publtime: number;
  startvalid: number;
  exptime: number;
  viewHits: number;
  /** Lĩnh vực ids (`_row_area`). */
  areaIds: number[];
  /** Ids of the documents this one replaces / is related to (comma lists). */
  replacement: number[];
  relatement: number[];
}
/** A banner (`<prefix>_banners_rows` with its plan). */
export interface NvBanner {
  id: number;
  title: string;
  fileName: string;
  fileAlt: string;
  clickUrl: string;
  publTime: number;
  expTime: number;
  act: number;
  weight: number;
  planWidth: number;
  planHeight: number;
  /** The banner's HTML when it has no image file (`bannerhtml`). */
  html: string;
}

/** Table-name parts (prefix, language, module_data) must be plain identifiers. */
const IDENT = /^[A-Za-z0-9_]{1,64}$/;
function ident(...parts: string[]): string {
  for (const p of parts) if (!IDENT.test(p)) throw new Error(`Tên bảng không hợp lệ: ${p}`);
  return mysql.escapeId(parts.join('_'));
}

type Row = Record<string, unknown>;
const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v ?? 0) || 0);
const str = (v: unknown): string =>
  typeof v === 'string'
    ? v
    : Buffer.isBuffer(v)
      ? v.toString('utf8')
      : typeof v === 'number' || typeof v === 'bigint'
        ? String(v)
        : '';

/** An open NukeViet database. */
export interface NukevietReader {
  modules(): Promise<NvModule[]>;
  cats(m: NvModule): Promise<NvCat[]>;
  sources(m: NvModule): Promise<NvSourceRow[]>;
  tags(m: NvModule): Promise<NvTag[]>;
  /** Articles with id > `afterId`, by id, at most `limit`, bodies in either layout. */
  articles(m: NvModule, afterId: number, limit: number): Promise<NvArticle[]>;
  articleCount(m: NvModule): Promise<number>;
  pages(m: NvModule): Promise<NvPage[]>;
  weblinkCats(m: NvModule): Promise<NvWeblinkCat[]>;
  weblinks(m: NvModule): Promise<NvWeblink[]>;
  /** A `laws` module's Thể loại, Cơ quan ban hành, Lĩnh vực (empty when the table is missing). */
  lawList(m: NvModule, which: 'cat' | 'subject' | 'area'): Promise<NvLawList[]>;
  lawSigners(m: NvModule): Promise<NvSigner[]>;
  laws(m: NvModule): Promise<NvLaw[]>;
  /** Banners of this language (or of every language). */
  banners(): Promise<NvBanner[]>;
  /** The all-time visitor total (`<prefix>_counter`, total/hits), or undefined. */
  counterTotal(): Promise<number | undefined>;
  close(): Promise<void>;
}

/** Opens the database named by a `mysql://user:pass@host:port/db` URL (read only). */
export async function openNukeviet(
  url: string,
  opts: { prefix?: string; lang?: string } = {},
): Promise<NukevietReader> {
  const prefix = opts.prefix || 'nv4';
  const lang = opts.lang || 'vi';
  ident(prefix, lang);
  const conn = await mysql.createConnection({
    uri: url,
    charset: 'utf8mb4',
    connectTimeout: 10_000,
    supportBigNumbers: true,
    bigNumberStrings: false,
    multipleStatements: false,
  });
  const rows = async (q: string, params: unknown[] = []): Promise<Row[]> => {
    const [r] = await conn.query(q, params);
    return r as Row[];
  };
  const tables = new Set(
    (await rows('SHOW TABLES')).map((r) => str(Object.values(r)[0]).toLowerCase()),
  );
  const has = (...parts: string[]) => tables.has(parts.join('_').toLowerCase());
  const t = (m: NvModule, suffix?: string) =>
    suffix ? ident(prefix, lang, m.data, suffix) : ident(prefix, lang, m.data);

  /** Bodies of the given articles: `_detail` first, then the pre-4.0.29 tables. */
  async function bodies(
    m: NvModule,
    ids: number[],
  ): Promise<Map<number, { html: string; source: string }>> {
    const out = new Map<number, { html: string; source: string }>();
    if (ids.length === 0) return out;
    if (has(prefix, lang, m.data, 'detail'))
      for (const r of await rows(
        `SELECT id, bodyhtml, sourcetext FROM ${t(m, 'detail')} WHERE id IN (?)`,
        [ids],
      ))
        out.set(num(r.id), { html: str(r.bodyhtml), source: str(r.sourcetext) });
    const missing = ids.filter((id) => !out.has(id));
    if (missing.length === 0) return out;
    const old = [...tables].filter((n) =>
      new RegExp(`^${prefix}_${lang}_${m.data}_bodyhtml_\\d+$`, 'i').test(n),
    );
    for (const name of old)
      for (const r of await rows(
        `SELECT id, bodyhtml, sourcetext FROM ${mysql.escapeId(name)} WHERE id IN (?)`,
        [missing],
      ))
        if (!out.has(num(r.id)))
          out.set(num(r.id), { html: str(r.bodyhtml), source: str(r.sourcetext) });
    const still = missing.filter((id) => !out.has(id));
    if (still.length && has(prefix, lang, m.data, 'bodytext'))
      for (const r of await rows(`SELECT id, bodytext FROM ${t(m, 'bodytext')} WHERE id IN (?)`, [
        still,
      ]))
        out.set(num(r.id), { html: plainToHtml(str(r.bodytext)), source: '' });
    return out;
  }

  return {
    async modules() {
      return (
        await rows(
          `SELECT title, module_file, module_data, module_upload, custom_title FROM ${ident(prefix, lang, 'modules')} ORDER BY title`,
        )
      )
        .map((r) => ({
          title: str(r.title),
          file: str(r.module_file),
          data: str(r.module_data),
          upload: str(r.module_upload),
          customTitle: str(r.custom_title),
        }))
        .filter((m) => IDENT.test(m.data));
    },
    async cats(m) {
      return (
        await rows(
          `SELECT catid, parentid, title, alias, description, weight, status FROM ${t(m, 'cat')} ORDER BY parentid, weight, catid`,
        )
      ).map((r) => ({
        catid: num(r.catid),
        parentid: num(r.parentid),
        title: str(r.title),
        alias: str(r.alias),
        description: str(r.description),
        weight: num(r.weight),
        status: num(r.status),
      }));
    },
    async sources(m) {
      if (!has(prefix, lang, m.data, 'sources')) return [];
      return (await rows(`SELECT sourceid, title, link FROM ${t(m, 'sources')}`)).map((r) => ({
        sourceid: num(r.sourceid),
        title: str(r.title),
        link: str(r.link),
      }));
    },
    async tags(m) {
      if (!has(prefix, lang, m.data, 'tags')) return [];
      return (await rows(`SELECT tid, title, alias FROM ${t(m, 'tags')} ORDER BY tid`)).map(
        (r) => ({ tid: num(r.tid), title: str(r.title), alias: str(r.alias) }),
      );
    },
    async articleCount(m) {
      const [r] = await rows(`SELECT COUNT(*) AS n FROM ${t(m, 'rows')}`);
      return num(r?.n);
    },
    async articles(m, afterId, limit) {
      const list = await rows(
        `SELECT id, catid, listcatid, author, sourceid, addtime, edittime, status, publtime, exptime,
                title, alias, hometext, homeimgfile, homeimgalt, homeimgthumb, inhome, hitstotal
           FROM ${t(m, 'rows')} WHERE id > ? ORDER BY id LIMIT ?`,
        [afterId, limit],
      );
      const ids = list.map((r) => num(r.id));
      const body = await bodies(m, ids);
      const tagIds = new Map<number, number[]>();
      if (ids.length && has(prefix, lang, m.data, 'tags_id'))
        for (const r of await rows(
          `SELECT id, tid FROM ${t(m, 'tags_id')} WHERE id IN (?) ORDER BY id, tid`,
          [ids],
        )) {
          const a = tagIds.get(num(r.id)) ?? [];
          a.push(num(r.tid));
          tagIds.set(num(r.id), a);
        }
      return list.map((r) => {
        const id = num(r.id);
        return {
          id,
          catid: num(r.catid),
          listcatid: str(r.listcatid),
          author: str(r.author),
          sourceid: num(r.sourceid),
          addtime: num(r.addtime),
          edittime: num(r.edittime),
          status: num(r.status),
          publtime: num(r.publtime),
          exptime: num(r.exptime),
          title: str(r.title),
          alias: str(r.alias),
          hometext: str(r.hometext),
          homeimgfile: str(r.homeimgfile),
          homeimgalt: str(r.homeimgalt),
          homeimgthumb: num(r.homeimgthumb),
          inhome: num(r.inhome),
          hitstotal: num(r.hitstotal),
          bodyhtml: body.get(id)?.html ?? '',
          sourcetext: body.get(id)?.source ?? '',
          tagIds: tagIds.get(id) ?? [],
        };
      });
    },
    async pages(m) {
      return (
        await rows(
          `SELECT id, title, alias, bodytext, weight, status, image, imagealt FROM ${t(m)} ORDER BY weight, id`,
        )
      ).map((r) => ({
        id: num(r.id),
        title: str(r.title),
        alias: str(r.alias),
        bodytext: str(r.bodytext),
        weight: num(r.weight),
        status: num(r.status),
        image: str(r.image),
        imagealt: str(r.imagealt),
      }));
    },
    async weblinkCats(m) {
      if (!has(prefix, lang, m.data, 'cat')) return [];
      return (await rows(`SELECT catid, title, weight FROM ${t(m, 'cat')} ORDER BY weight`)).map(
        (r) => ({ catid: num(r.catid), title: str(r.title), weight: num(r.weight) }),
      );
    },
    async weblinks(m) {
      if (!has(prefix, lang, m.data, 'rows')) return [];
      return (
        await rows(`SELECT id, catid, title, url, status FROM ${t(m, 'rows')} ORDER BY id`)
      ).map((r) => ({
        id: num(r.id),
        catid: num(r.catid),
        title: str(r.title),
        url: str(r.url),
        status: num(r.status),
      }));
    },
    async lawList(m, which) {
      if (!has(prefix, lang, m.data, which)) return [];
      const parent = which === 'subject' ? '0 AS parentid' : 'parentid';
      return (
        await rows(
          `SELECT id, ${parent}, title, alias, weight FROM ${t(m, which)} ORDER BY weight, id`,
        )
      ).map((r) => ({
        id: num(r.id),
        parentid: num(r.parentid),
        title: str(r.title),
        alias: str(r.alias),
        weight: num(r.weight),
      }));
    },
    async lawSigners(m) {
      if (!has(prefix, lang, m.data, 'signer')) return [];
      return (
        await rows(`SELECT id, title, offices, positions FROM ${t(m, 'signer')} ORDER BY id`)
      ).map((r) => ({
        id: num(r.id),
        title: str(r.title),
        offices: str(r.offices),
        positions: str(r.positions),
      }));
    },
    async laws(m) {
      if (!has(prefix, lang, m.data, 'row')) return [];
      const areas = new Map<number, number[]>();
      if (has(prefix, lang, m.data, 'row_area'))
        for (const r of await rows(
          `SELECT row_id, area_id FROM ${t(m, 'row_area')} ORDER BY row_id, area_id`,
        )) {
          const a = areas.get(num(r.row_id)) ?? [];
          a.push(num(r.area_id));
          areas.set(num(r.row_id), a);
        }
      const ids = (s: string) =>
        s
          .split(',')
          .map((x) => Number(x.trim()))
          .filter((n) => Number.isInteger(n) && n > 0);
      // `note` is deliberately not selected (administrators' notes, never public).
      return (
        await rows(
          `SELECT id, replacement, relatement, title, alias, code, cid, sid, sgid, introtext,
                  bodytext, groups_view, files, status, addtime, edittime, publtime, startvalid,
                  exptime, view_hits
             FROM ${t(m, 'row')} ORDER BY id`,
        )
      ).map((r) => ({
        id: num(r.id),
        title: str(r.title),
        alias: str(r.alias),
        code: str(r.code),
        cid: num(r.cid),
        sid: num(r.sid),
        sgid: num(r.sgid),
        introtext: str(r.introtext),
        bodytext: str(r.bodytext),
        groupsView: str(r.groups_view),
        files: str(r.files)
          .split(',')
          .map((f) => f.trim())
          .filter(Boolean),
        status: num(r.status),
        addtime: num(r.addtime),
        edittime: num(r.edittime),
        publtime: num(r.publtime),
        startvalid: num(r.startvalid),
        exptime: num(r.exptime),
        viewHits: num(r.view_hits),
        areaIds: areas.get(num(r.id)) ?? [],
        replacement: ids(str(r.replacement)),
        relatement: ids(str(r.relatement)),
      }));
    },
    async banners() {
      if (!has(prefix, 'banners', 'rows')) return [];
      const plans = has(prefix, 'banners', 'plans');
      return (
        await rows(
          plans
            ? `SELECT r.id, r.title, r.file_name, r.file_alt, r.click_url, r.publ_time, r.exp_time,
                      r.act, r.weight, r.bannerhtml, p.width AS pw, p.height AS ph
                 FROM ${ident(prefix, 'banners', 'rows')} r
                 LEFT JOIN ${ident(prefix, 'banners', 'plans')} p ON p.id = r.pid
                WHERE p.blang IS NULL OR p.blang = '' OR p.blang = ?
                ORDER BY r.pid, r.weight, r.id`
            : `SELECT id, title, file_name, file_alt, click_url, publ_time, exp_time, act, weight,
                      bannerhtml, 0 AS pw, 0 AS ph
                 FROM ${ident(prefix, 'banners', 'rows')} ORDER BY weight, id`,
          plans ? [lang] : [],
        )
      ).map((r) => ({
        id: num(r.id),
        title: str(r.title),
        fileName: str(r.file_name),
        fileAlt: str(r.file_alt),
        clickUrl: str(r.click_url),
        publTime: num(r.publ_time),
        expTime: num(r.exp_time),
        act: num(r.act),
        weight: num(r.weight),
        planWidth: num(r.pw),
        planHeight: num(r.ph),
        html: str(r.bannerhtml),
      }));
    },
    async counterTotal() {
      if (!has(prefix, 'counter')) return undefined;
      const [r] = await rows(
        `SELECT c_count FROM ${ident(prefix, 'counter')} WHERE c_type = 'total' AND c_val = 'hits'`,
      );
      return r ? num(r.c_count) : undefined;
    },
    async close() {
      await conn.end();
    },
  };
}

/** A pre-HTML body (`_bodytext`) as paragraphs, escaped. */
function plainToHtml(text: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => `<p>${esc(l)}</p>`)
    .join('');
}

/** The connection URL without its password, for display and logs. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(địa chỉ không hợp lệ)';
  }
}
