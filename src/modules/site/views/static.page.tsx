import { raw } from 'hono/html';
import { Breadcrumb, Layout, type PageMeta } from '../../../shell/layout.tsx';
import type { Chrome } from '../../../shell/chrome.ts';
import type { Page, Section } from '../site.ts';

/** The section of the contact pages: its pages lead to the feedback form (modules/participation). */
const CONTACT_SECTION = 'lien-he-gop-y';

/** A static page (Giới thiệu chung, …) with links to its sibling pages. */
export function StaticPage(props: {
  chrome: Chrome;
  meta: PageMeta;
  section: Section;
  page: Page;
  siblings: Page[];
  /** The address of this page in English, when there is one. */
  english?: string;
}) {
  const { section, page } = props;
  return (
    <Layout chrome={props.chrome} meta={props.meta}>
      <Breadcrumb
        trail={[{ label: section.name, href: `/${section.slug}` }, { label: page.title }]}
      />
      {props.siblings.length > 1 && (
        <nav class="subsections" aria-label={section.name}>
          <ul>
            {props.siblings.map((p) => (
              <li>
                <a
                  href={`/${section.slug}/${p.slug}`}
                  aria-current={p.id === page.id ? 'page' : undefined}
                >
                  {p.title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <article class="article static-page">
        <h1 class="article-title">{page.title}</h1>
        {props.english && (
          <p class="lang-switch">
            <a href={props.english} hreflang="en" lang="en">
              English
            </a>
          </p>
        )}
        <div class="article-body">{raw(page.bodyHtml)}</div>
        {section.slug === CONTACT_SECTION && (
          <p class="contact-cta">
            <a class="button" href="/gop-y">
              Gửi ý kiến qua biểu mẫu góp ý
            </a>{' '}
            <a href="/gop-y/tra-cuu">Tra cứu ý kiến đã gửi</a> · <a href="/hoi-dap">Hỏi đáp</a>
          </p>
        )}
      </article>
    </Layout>
  );
}
