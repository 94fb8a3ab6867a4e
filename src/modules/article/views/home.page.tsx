import { Layout } from '../../../shell/layout.tsx';
import { splitHomeBlocks } from '../../site/sidebar.ts';
import { Picture } from '../../media/views/picture.tsx';
import { Teaser } from './teaser.tsx';
import type { Chrome } from '../../../shell/chrome.ts';
import type { PageMeta } from '../../../shell/layout.tsx';
import type { HomeData } from '../article.service.ts';

/** The home page: featured stories, the latest news and a block per section. */
/** A commune article republished on this site (Tin cơ sở). */
export interface GrassrootsItem {
  title: string;
  path: string;
  /** The commune's site name. */
  from: string;
  publishedAt: Date | null;
}

export function HomePage(props: {
  chrome: Chrome;
  meta: PageMeta;
  data: HomeData;
  /** Tin cơ sở: the latest commune news accepted here; empty hides the block. */
  grassroots?: GrassrootsItem[];
  /** Sections the admin placed in the right column (null: the later half, automatically). */
  homeBeside?: number[] | null;
}) {
  const { featured, latest, blocks } = props.data;
  const [top, ...others] = featured.length ? featured : latest;
  // Section blocks also go below the sidebar's blocks, so both columns run to the end: the ones
  // the admin placed there (Cài đặt trang › Khối bên phải), else the later half.
  const { main: inMain, beside } = splitHomeBlocks(blocks, props.homeBeside);
  return (
    <Layout
      chrome={props.chrome}
      meta={props.meta}
      sidebarExtra={beside.map(({ section, articles }) => {
        const [first, ...rest] = articles;
        return (
          <section class="block side-section" aria-labelledby={`h-${section.slug}`}>
            <h2 id={`h-${section.slug}`} class="block-title">
              <a href={`/${section.slug}`}>{section.name}</a>
            </h2>
            {first && <Teaser a={first} sizes="(max-width: 900px) 40vw, 120px" />}
            <ul class="titles">
              {rest.map((a) => (
                <li>
                  <a href={a.path}>{a.title}</a>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    >
      <h1 class="sr-only">{props.chrome.settings.siteName}</h1>
      {top && (
        <section class="featured" aria-labelledby="h-featured">
          <h2 id="h-featured" class="sr-only">
            Tin nổi bật
          </h2>
          <article class="featured-top">
            {top.image && (
              <a href={top.path} tabindex={-1} aria-hidden="true">
                <Picture
                  media={top.image}
                  sizes="(max-width: 700px) 100vw, (max-width: 900px) 52vw, 460px"
                  alt=""
                  eager
                />
              </a>
            )}
            <h3 class="featured-title">
              <a href={top.path}>{top.title}</a>
            </h3>
            <p class="teaser-lead">{top.lead}</p>
          </article>
          <div class="featured-others">
            {others.slice(0, 4).map((a) => (
              <Teaser a={a} sizes="(max-width: 700px) 40vw, 120px" />
            ))}
          </div>
        </section>
      )}
      <section class="latest" aria-labelledby="h-latest">
        <h2 id="h-latest" class="section-title">
          <span>Tin mới</span>
        </h2>
        <div class="grid">
          {latest.slice(0, 6).map((a) => (
            <Teaser a={a} sizes="(max-width: 700px) 34vw, (max-width: 900px) 44vw, 250px" />
          ))}
        </div>
      </section>
      {props.grassroots && props.grassroots.length > 0 && (
        <section class="home-block grassroots" aria-labelledby="h-tin-co-so">
          <h2 id="h-tin-co-so" class="section-title">
            <span>Tin cơ sở</span>
          </h2>
          <ul class="titles">
            {props.grassroots.map((g) => (
              <li>
                <a href={g.path}>{g.title}</a> <span class="meta">({g.from})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {inMain.map(({ section, articles }) => {
        const [first, ...rest] = articles;
        return (
          <section class="home-block" aria-labelledby={`h-${section.slug}`}>
            <h2 id={`h-${section.slug}`} class="section-title">
              <a href={`/${section.slug}`}>{section.name}</a>
            </h2>
            <div class="home-block-body">
              {first && (
                <Teaser
                  a={first}
                  lead
                  sizes="(max-width: 700px) 100vw, (max-width: 900px) 48vw, 420px"
                />
              )}
              <ul class="titles">
                {rest.map((a) => (
                  <li>
                    <a href={a.path}>{a.title}</a>
                  </li>
                ))}
              </ul>
            </div>
          </section>
        );
      })}
    </Layout>
  );
}
