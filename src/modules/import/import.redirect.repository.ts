import { currentSiteId } from '../../db/site-scope.ts';
import type { Executor } from '../../db/transaction.ts';

/** The lookups behind old addresses, in the current site only (any source). */
export function redirectRepository(k: Executor) {
  const site = () => currentSiteId();
  const items = () => k.selectFrom('importItem').where('importItem.siteId', '=', site());
  return {
    /** An imported module by its old URL segment: its file (news, page…) and data name. */
    async module(title: string): Promise<{ file: string; data: string } | undefined> {
      const r = await items()
        .select(['sourceAlias'])
        .where('kind', '=', 'module')
        .where('sourceId', '=', title)
        .executeTakeFirst();
      if (!r) return undefined;
      const [file = '', data = ''] = r.sourceAlias.split(':');
      return { file, data };
    },
    /** The first imported news module (old sites where news is the default module). */
    async defaultNews(): Promise<{ title: string; data: string } | undefined> {
      const r = await items()
        .select(['sourceId', 'sourceAlias'])
        .where('kind', '=', 'module')
        .where('sourceAlias', 'like', 'news:%')
        .orderBy('id')
        .executeTakeFirst();
      return r && { title: r.sourceId, data: r.sourceAlias.slice('news:'.length) };
    },
    async byId(kind: string, sourceId: string): Promise<number | undefined> {
      const r = await items()
        .select('targetId')
        .where('kind', '=', kind)
        .where('sourceId', '=', sourceId)
        .executeTakeFirst();
      return r?.targetId;
    },
    /** By alias within one module (`<data>:` ids), or any module when `data` is ''. */
    async byAlias(kind: string, data: string, alias: string): Promise<number | undefined> {
      let q = items().select('targetId').where('kind', '=', kind).where('sourceAlias', '=', alias);
      if (data) q = q.where('sourceId', 'like', `${data}:%`);
      const r = await q.orderBy('id').executeTakeFirst();
      return r?.targetId;
    },
    async path(old: string): Promise<{ kind: string; id: number } | undefined> {
      const r = await items()
        .select(['sourceAlias', 'targetId'])
        .where('kind', '=', 'path')
        .where('sourceId', '=', old)
        .executeTakeFirst();
      return r && { kind: r.sourceAlias, id: r.targetId };
    },
    async articlePath(id: number): Promise<string | undefined> {
      const r = await k
        .selectFrom('article')
        .innerJoin('section', 'section.id', 'article.sectionId')
        .select(['article.id', 'article.slug', 'section.slug as sectionSlug', 'article.status'])
        .where('article.siteId', '=', site())
        .where('article.id', '=', id)
        .executeTakeFirst();
      if (!r || !['published', 'unpublished', 'withdrawn'].includes(r.status)) return undefined;
      return `/${r.sectionSlug}/${r.slug}-${r.id}`;
    },
    async sectionPath(id: number): Promise<string | undefined> {
      const r = await k
        .selectFrom('section')
        .select(['slug', 'kind'])
        .where('siteId', '=', site())
        .where('id', '=', id)
        .executeTakeFirst();
      return r && `/${r.slug}`;
    },
    /** A media item of the site (a crawled image's old address): its file. */
    async mediaPath(id: number): Promise<string | undefined> {
      const r = await k
        .selectFrom('media')
        .select('storageKey')
        .where('siteId', '=', site())
        .where('id', '=', id)
        .executeTakeFirst();
      return r && `/media/${r.storageKey}`;
    },
    async sectionSlug(id: number): Promise<string | undefined> {
      return (await this.sectionPath(id))?.slice(1);
    },
    async pagePath(id: number): Promise<string | undefined> {
      const r = await k
        .selectFrom('page')
        .innerJoin('section', 'section.id', 'page.sectionId')
        .select(['page.slug', 'section.slug as sectionSlug'])
        .where('section.siteId', '=', site())
        .where('page.id', '=', id)
        .executeTakeFirst();
      return r && `/${r.sectionSlug}/${r.slug}`;
    },
    async tagPath(id: number): Promise<string | undefined> {
      const r = await k.selectFrom('tag').select('slug').where('id', '=', id).executeTakeFirst();
      return r && `/tu-khoa/${r.slug}`;
    },
    /** A document's public path (published ones only). */
    async documentPath(id: number): Promise<string | undefined> {
      const r = await k
        .selectFrom('document')
        .select(['id', 'slug'])
        .where('siteId', '=', site())
        .where('id', '=', id)
        .where('status', '=', 'published')
        .executeTakeFirst();
      return r && `/van-ban/${r.slug}-${r.id}`;
    },
    /** The public path of a published document's file number `n`. */
    async documentFilePath(id: number, n: number): Promise<string | undefined> {
      const r = await k
        .selectFrom('documentFile as f')
        .innerJoin('document as d', 'd.id', 'f.documentId')
        .select(['f.name'])
        .where('d.siteId', '=', site())
        .where('f.siteId', '=', site())
        .where('d.id', '=', id)
        .where('d.status', '=', 'published')
        .where('f.n', '=', n)
        .executeTakeFirst();
      return r && `/van-ban/${id}/tep/${n}/${encodeURIComponent(r.name)}`;
    },
    /** An imported document file by its old path under uploads/: document id and file number. */
    async documentFile(rel: string): Promise<{ id: number; n: number } | undefined> {
      const r = await items()
        .select(['targetId', 'sourceAlias'])
        .where('kind', '=', 'docfile-path')
        .where('sourceId', '=', rel)
        .executeTakeFirst();
      return r && { id: r.targetId, n: Number(r.sourceAlias) };
    },

    /** The site's static pages (few): matched by a crawled portal's `/GioiThieu/<Alias>`. */
    async pages(): Promise<{ id: number; slug: string; title: string }[]> {
      return k
        .selectFrom('page')
        .innerJoin('section', 'section.id', 'page.sectionId')
        .select(['page.id', 'page.slug', 'page.title'])
        .where('section.siteId', '=', site())
        .execute();
    },
  };
}
export type RedirectRepository = ReturnType<typeof redirectRepository>;
