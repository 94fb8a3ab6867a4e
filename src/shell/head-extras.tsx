import type { PageMeta } from './chrome.ts';

/**
 * The rest of a page's <head> for sharing and discovery: Open Graph image and article fields,
 * Twitter card fields, the RSS feeds (the whole site's, plus the page's own) and the
 * OpenSearch description.
 */
export function HeadExtras(props: { meta: PageMeta; siteName: string }) {
  const m = props.meta;
  const art = m.article;
  return (
    <>
      {m.ogImage && m.ogImageWidth && (
        <meta property="og:image:width" content={String(m.ogImageWidth)} />
      )}
      {m.ogImage && m.ogImageHeight && (
        <meta property="og:image:height" content={String(m.ogImageHeight)} />
      )}
      {m.ogImage && m.ogImageAlt && <meta property="og:image:alt" content={m.ogImageAlt} />}
      {art?.publishedTime && <meta property="article:published_time" content={art.publishedTime} />}
      {art?.modifiedTime && <meta property="article:modified_time" content={art.modifiedTime} />}
      {art?.section && <meta property="article:section" content={art.section} />}
      {(art?.tags ?? []).map((t) => (
        <meta property="article:tag" content={t} />
      ))}
      <meta name="twitter:title" content={m.title} />
      {m.description && <meta name="twitter:description" content={m.description} />}
      {m.ogImage && <meta name="twitter:image" content={m.ogImage} />}
      {m.ogImage && m.ogImageAlt && <meta name="twitter:image:alt" content={m.ogImageAlt} />}
      <link
        rel="alternate"
        type="application/rss+xml"
        title={`${props.siteName} – Tin mới nhất`}
        href="/rss"
      />
      {(m.alternates ?? []).map((a) => (
        <link rel="alternate" hreflang={a.hreflang} href={a.href} />
      ))}
      {(m.feeds ?? []).map((f) => (
        <link rel="alternate" type="application/rss+xml" title={f.title} href={f.href} />
      ))}
      <link
        rel="search"
        type="application/opensearchdescription+xml"
        title={props.siteName}
        href="/opensearch.xml"
      />
    </>
  );
}
