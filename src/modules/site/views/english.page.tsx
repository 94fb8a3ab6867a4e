import { raw } from 'hono/html';
import type { Chrome } from '../../../shell/chrome.ts';
import { Layout, type PageMeta } from '../../../shell/layout.tsx';
import type { Page, PageTranslation, Section } from '../site.ts';

/** One English page in the list of /en/. */
export interface EnglishLink {
  href: string;
  title: string;
}

/**
 * The English pages of a site (introduction, functions and tasks, organisation, contacts): the
 * page itself in English with the list of the others, or (no `english`) the index of them all.
 */
export function EnglishPage(props: {
  chrome: Chrome;
  meta: PageMeta;
  siteName: string;
  links: EnglishLink[];
  current?: { page: Page; section: Section; english: PageTranslation; vietnamese: string };
}) {
  const cur = props.current;
  return (
    <Layout chrome={props.chrome} meta={props.meta}>
      <div lang="en">
        <nav class="breadcrumb" aria-label="Breadcrumb">
          <ol>
            <li>
              <a href="/en">{props.siteName} – English</a>
            </li>
            {cur && <li aria-current="page">{cur.english.title}</li>}
          </ol>
        </nav>
        {props.links.length > 0 && (
          <nav class="subsections" aria-label="Pages in English">
            <ul>
              {props.links.map((l) => (
                <li>
                  <a
                    href={l.href}
                    aria-current={cur && l.title === cur.english.title ? 'page' : undefined}
                  >
                    {l.title}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {cur ? (
          <article class="article static-page">
            <h1 class="article-title">{cur.english.title}</h1>
            <div class="article-body">{raw(cur.english.bodyHtml)}</div>
            <p class="source">
              <a href={cur.vietnamese} hreflang="vi" lang="vi">
                Xem bản tiếng Việt
              </a>
            </p>
          </article>
        ) : (
          <article class="article static-page">
            <h1 class="article-title">{props.siteName}</h1>
            {props.links.length ? (
              <p>Information about the Party Committee in English.</p>
            ) : (
              <p>There are no pages in English yet.</p>
            )}
          </article>
        )}
      </div>
    </Layout>
  );
}
