import fs from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from '../lib/paths.ts';
import { parseVnLocal } from '../lib/date.ts';
import { escapeHtml, sanitizeBody } from '../lib/html.ts';
import { slugify } from '../lib/slug.ts';
import { nfc } from '../lib/text.ts';
import { articleRepository } from '../modules/article/article.repository.ts';
import { figureHtml, type Media } from '../modules/media/media.ts';
import type { MediaService } from '../modules/media/media.service.ts';
import { siteRepository } from '../modules/site/site.repository.ts';
import type { SiteSettings } from '../modules/site/site.ts';
import { weblinkRepository } from '../modules/weblink/weblink.repository.ts';
import type { Db } from '../db/connect.ts';
import { demoArticles } from './demo-articles.ts';
import { sharedCaptions } from './demo-captions.ts';
import { seedDemoOrganisation } from './demo-organisation.ts';
import { seedDemoHub, demoHubArticles } from './demo-hub.ts';
import { seedDemoPlaces } from './demo-places.ts';
import { demoPages } from './demo-pages.ts';
import type { DemoArticle, DemoBlock } from './demo.types.ts';
import { referenceArticle } from './reference-article.ts';
import { demoLinks, demoSections, demoSettings } from './site-data.ts';

/** Folder of the demo images shipped with the repository. */
export const DEMO_MEDIA_DIR = path.join(ROOT, 'src', 'seed', 'media');

/** Whether the database has no content yet (no sections). */
export async function isEmpty(db: Db): Promise<boolean> {
  const row = await db.kysely.selectFrom('section').select('id').limit(1).executeTakeFirst();
  return !row;
}

function folderOf(localTime: string): string {
  return localTime.slice(0, 7).replace('-', '/');
}

/**
 * Writes the demo content: settings, sections, static pages, web links, the reference article
 * and the demo articles with their images, the organisation and three weeks of the leadership's
 * schedule around today. Runs in an empty database only.
 */
export async function seedDemo(db: Db, media: MediaService): Promise<{ articles: number }> {
  const site = siteRepository(db);
  const articles = articleRepository(db);
  const links = weblinkRepository(db);

  for (const [key, value] of Object.entries(demoSettings satisfies SiteSettings))
    await site.putSetting(key, value);

  const sectionIds = new Map<string, number>();
  for (const [i, s] of demoSections.entries()) {
    const parentId = s.parent ? (sectionIds.get(s.parent) ?? null) : null;
    const id = await site.insertSection({
      parentId,
      slug: s.slug,
      name: s.name,
      description: s.description ?? '',
      kind: s.kind ?? 'articles',
      position: i,
      showOnHome: s.showOnHome ?? true,
    });
    sectionIds.set(s.slug, id);
  }
  const sectionId = (slug: string): number => {
    const id = sectionIds.get(slug);
    if (id === undefined) throw new Error(`Demo content names an unknown section: ${slug}`);
    return id;
  };

  const imageCache = new Map<string, Media>();
  async function image(file: string, alt: string, caption: string, folder: string): Promise<Media> {
    const cached = imageCache.get(file);
    if (cached) return cached;
    const data = await fs.readFile(path.join(DEMO_MEDIA_DIR, file));
    // A picture several covers share gets a caption true for all of them (demo-captions.ts).
    const m = await media.importImage({
      data,
      originalName: file,
      alt,
      caption: sharedCaptions[file] ?? caption,
      folder,
    });
    imageCache.set(file, m);
    return m;
  }

  async function bodyHtml(blocks: DemoBlock[], folder: string): Promise<string> {
    const parts: string[] = [];
    for (const b of blocks) {
      if (b.type === 'p') parts.push(`<p>${escapeHtml(b.text)}</p>`);
      else if (b.type === 'h2') parts.push(`<h2>${escapeHtml(b.text)}</h2>`);
      else if (b.type === 'quote')
        parts.push(`<blockquote><p>${escapeHtml(b.text)}</p></blockquote>`);
      else if (b.type === 'ul')
        parts.push(`<ul>${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`);
      else
        parts.push(
          figureHtml(await image(b.image, b.alt, b.caption, folder), b.caption, b.alt, escapeHtml),
        );
    }
    return sanitizeBody(parts.join('\n'));
  }

  for (const [gi, g] of demoLinks.entries()) {
    const groupId = await links.insertGroup(g.name, gi);
    for (const [li, l] of g.links.entries()) {
      await links.insertLink({ groupId, title: l.title, url: l.url, position: li, newTab: true });
    }
  }

  const all: DemoArticle[] = [referenceArticle, ...demoArticles, ...demoHubArticles];
  for (const a of all) {
    const folder = folderOf(a.publishedAt);
    const cover = await image(a.image.file, a.image.alt, a.image.caption, folder);
    const id = await articles.insert({
      sectionId: sectionId(a.section),
      slug: slugify(a.title),
      title: nfc(a.title),
      lead: nfc(a.lead),
      bodyHtml: await bodyHtml(a.body, folder),
      byline: nfc(a.byline),
      status: 'published',
      publishedAt: parseVnLocal(a.publishedAt),
      readCount: a.readCount,
      featured: a.featured ?? false,
      imageId: cover.id,
    });
    await articles.setTags(
      id,
      a.tags.map((t) => ({ slug: slugify(t), name: nfc(t) })),
    );
  }
  for (const [i, p] of demoPages.entries()) {
    await site.insertPage({
      sectionId: sectionId(p.section),
      slug: p.slug,
      title: nfc(p.title),
      bodyHtml: await bodyHtml(p.body, 'trang'),
      position: i,
    });
  }
  await seedDemoPlaces(db, new Date());
  await seedDemoOrganisation(db, new Date());
  await seedDemoHub(db, new Date());
  return { articles: all.length };
}
