import { Breadcrumb, Layout, type PageMeta } from '../../../shell/layout.tsx';
import { Pagination } from '../../../views/components.tsx';
import { Teaser } from './teaser.tsx';
import type { Chrome } from '../../../shell/chrome.ts';
import type { Section } from '../../site/site.ts';
import type { ArticleCard, Paged } from '../article.service.ts';

/** A section's listing (or a tag's), newest first, paginated with ?trang=N. */
export function ListingPage(props: {
  chrome: Chrome;
  meta: PageMeta;
  heading: string;
  trail: { label: string; href?: string }[];
  description?: string;
  children?: Section[];
  list: Paged<ArticleCard>;
  basePath: string;
}) {
  const { list } = props;
  return (
    <Layout chrome={props.chrome} meta={props.meta}>
      <Breadcrumb trail={props.trail} />
      <h1 class="page-title">{props.heading}</h1>
      {props.description && <p class="section-desc">{props.description}</p>}
      {props.children && props.children.length > 0 && (
        <nav class="subsections" aria-label={`Chuyên mục con của ${props.heading}`}>
          <ul>
            {props.children.map((c) => (
              <li>
                <a href={`/${c.slug}`}>{c.name}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {list.items.length === 0 ? (
        <p class="empty">Chưa có bài viết nào trong mục này.</p>
      ) : (
        <div class="listing">
          {list.items.map((a, i) => (
            <Teaser a={a} lead level={2} eager={i === 0} sizes="(max-width: 700px) 34vw, 240px" />
          ))}
        </div>
      )}
      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        href={(n) => (n === 1 ? props.basePath : `${props.basePath}?trang=${n}`)}
      />
    </Layout>
  );
}
