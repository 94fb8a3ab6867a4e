import type { Db } from '../../src/db/connect.ts';
import { withSite } from '../../src/db/site-scope.ts';
import { articleRepository } from '../../src/modules/article/article.repository.ts';
import { platformRepository } from '../../src/modules/platform/platform.repository.ts';
import { siteRepository } from '../../src/modules/site/site.repository.ts';

/** What a test site is made with. */
export interface TestSite {
  slug: string;
  name: string;
  pathPrefix?: string;
  host?: string;
  /** Published article titles in its one section "tin-tuc". */
  articles?: string[];
}

/**
 * Adds a commune site to a test database the way the platform stores one (site row and epoch
 * row), with its own name, a section "tin-tuc" and published articles; returns its id, its
 * section and its articles' public paths. The app's directory must be reloaded after
 * (`deps.platform.load()`).
 */
export async function addSite(
  db: Db,
  s: TestSite,
): Promise<{ id: number; sectionId: number; paths: string[]; articleIds: number[] }> {
  const id = await platformRepository(db).insert({
    slug: s.slug,
    kind: 'xa',
    name: s.name,
    unitCode: null,
    host: s.host ?? null,
    pathPrefix: s.pathPrefix ?? null,
    parentId: 1,
  });
  return withSite(id, async () => {
    const site = siteRepository(db);
    await site.putSetting('siteName', `TRANG THÔNG TIN ĐIỆN TỬ ${s.name.toUpperCase()}`);
    await site.putSetting('shortName', s.name);
    const sectionId = await site.insertSection({
      parentId: null,
      slug: 'tin-tuc',
      name: 'Tin tức',
      description: '',
      kind: 'articles',
      position: 0,
      showOnHome: true,
    });
    const repo = articleRepository(db);
    const paths: string[] = [];
    const articleIds: number[] = [];
    let n = 0;
    for (const title of s.articles ?? []) {
      n++;
      const slug = `bai-${s.slug}-${n}`;
      const aid = await repo.insert({
        sectionId,
        slug,
        title,
        lead: `Tóm tắt: ${title}`,
        bodyHtml: `<p>${title}</p>`,
        byline: 'Tin: Phóng viên xã',
        status: 'published',
        publishedAt: new Date(Date.now() - 3600_000 * n),
        readCount: 0,
        featured: false,
        imageId: null,
      });
      articleIds.push(aid);
      paths.push(`/tin-tuc/${slug}-${aid}`);
    }
    return { id, sectionId, paths, articleIds };
  });
}
