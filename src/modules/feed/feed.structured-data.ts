import { toVnIso } from '../../lib/date.ts';
import type { ArticleStructuredDataInput } from '../article/article.service.ts';
import { mediaUrl } from '../media/media.ts';
import { LOGO_PATH, LOGO_SIZE } from './feed.logo.ts';
import { bylineName } from './feed.service.ts';

/** The author of a byline: "Theo TTXVN" is an organisation, anything else a person. */
function author(byline: string): object | undefined {
  const name = bylineName(byline);
  if (!name) return undefined;
  const source = /^theo\s+(.+)$/i.exec(name);
  return source ? { '@type': 'Organization', name: source[1] } : { '@type': 'Person', name };
}

/**
 * JSON-LD for an article page: a schema.org NewsArticle (headline, dates with +07:00,
 * author, image, publisher with a raster logo) and its BreadcrumbList.
 */
export function articleJsonLd(p: ArticleStructuredDataInput): object[] {
  const { base, article: a } = p;
  const url = `${base}${a.path}`;
  const image = a.image && {
    '@type': 'ImageObject',
    url: `${base}${mediaUrl(a.image.key)}`,
    width: a.image.width,
    height: a.image.height,
  };
  return [
    {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      mainEntityOfPage: { '@type': 'WebPage', '@id': url },
      url,
      headline: a.title,
      description: a.lead || undefined,
      inLanguage: 'vi',
      datePublished: toVnIso(a.publishedAt ?? a.updatedAt),
      dateModified: toVnIso(
        a.updatedAt > (a.publishedAt ?? a.updatedAt) ? a.updatedAt : (a.publishedAt ?? a.updatedAt),
      ),
      author: author(a.byline),
      image: image ? [image] : undefined,
      articleSection: a.section.name,
      keywords: p.tags.length ? p.tags.map((t) => t.name).join(', ') : undefined,
      isAccessibleForFree: true,
      publisher: {
        '@type': 'Organization',
        name: p.publisher,
        url: `${base}/`,
        logo: {
          '@type': 'ImageObject',
          url: `${base}${LOGO_PATH}`,
          width: LOGO_SIZE,
          height: LOGO_SIZE,
        },
      },
    },
    {
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { name: 'Trang chủ', item: `${base}/` },
        ...(p.parent ? [{ name: p.parent.name, item: `${base}/${p.parent.slug}` }] : []),
        { name: a.section.name, item: `${base}/${a.section.slug}` },
        { name: a.title, item: url },
      ].map((e, i) => ({ '@type': 'ListItem', position: i + 1, ...e })),
    },
  ];
}
