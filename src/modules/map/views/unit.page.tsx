import { formatDecimal } from '../../../lib/number.ts';
import { Pagination } from '../../../views/components.tsx';
import { Teaser } from '../../article/views/teaser.tsx';
import type { Chrome } from '../../../shell/chrome.ts';
import { Breadcrumb, Layout, type PageMeta } from '../../../shell/layout.tsx';
import { formerUnits, type MapSummary } from '../map.ts';
import type { UnitPageData } from '../place.service.ts';
import { LocatorMap } from './map.svg.tsx';

/** Paragraphs of a plain-text description (blank lines separate them). */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** A unit's page: what it is, where it lies, what it was formed from, and the news about it. */
export function UnitPage(props: {
  chrome: Chrome;
  meta: PageMeta;
  map: MapSummary;
  data: UnitPageData;
  /** The site of the unit's Party body, when it has one. */
  site?: { name: string; href: string };
  /** Published photo albums taken in the unit. */
  albums?: { title: string; href: string }[];
}) {
  const { unit: u, note, traps, list } = props.data;
  const former = formerUnits(u);
  return (
    <Layout chrome={props.chrome} meta={props.meta}>
      <Breadcrumb
        trail={[{ label: 'Bản đồ hành chính', href: '/ban-do' }, { label: u.fullName }]}
      />
      <article class="unit-page" aria-labelledby="unit-title">
        <h1 id="unit-title" class="page-title">
          {u.fullName}
        </h1>
        <div class="unit-summary">
          <figure class="unit-locator">
            <LocatorMap map={props.map} unit={u} />
            <figcaption>
              <a href="/ban-do">Xem bản đồ toàn tỉnh</a>
            </figcaption>
          </figure>
          <dl class="kv unit-facts">
            <dt>Loại đơn vị</dt>
            <dd>{u.type === 'phường' ? 'Phường' : 'Xã'}</dd>
            <dt>Mã đơn vị hành chính</dt>
            <dd>{u.code}</dd>
            <dt>Diện tích</dt>
            <dd>{formatDecimal(u.areaKm2, 2)} km²</dd>
            <dt>Hình thành từ</dt>
            <dd>
              <ul class="former">
                {former.map((f) => (
                  <li>{f}</li>
                ))}
              </ul>
            </dd>
            <dt>Căn cứ pháp lý</dt>
            <dd>{u.legalBasis}</dd>
          </dl>
        </div>
        {props.site && (
          <p class="unit-site">
            <a href={props.site.href}>Trang thông tin điện tử của {props.site.name}</a>
          </p>
        )}
        {traps.map((t) => (
          <p class="note-trap">
            Lưu ý: {t.former} (trước ngày 01/7/2025) nay thuộc{' '}
            <a href={t.nowIn.href}>{t.nowIn.fullName}</a>, không thuộc {u.fullName}.
          </p>
        ))}
        {note?.description && (
          <section class="unit-description" aria-labelledby="h-unit-desc">
            <h2 id="h-unit-desc" class="section-title">
              <span>Giới thiệu</span>
            </h2>
            {paragraphs(note.description).map((p) => (
              <p>{p}</p>
            ))}
          </section>
        )}
        <section class="unit-news" aria-labelledby="h-unit-news">
          <h2 id="h-unit-news" class="section-title">
            <span>Tin bài về {u.fullName}</span>
          </h2>
          {list.items.length === 0 ? (
            <p class="empty">Chưa có tin bài nào được gắn với {u.fullName}.</p>
          ) : (
            <div class="listing">
              {list.items.map((a) => (
                <Teaser a={a} lead level={3} sizes="(max-width: 700px) 34vw, 240px" />
              ))}
            </div>
          )}
          <Pagination
            page={list.page}
            pageCount={list.pageCount}
            href={(n) => (n === 1 ? u.href : `${u.href}?trang=${n}`)}
          />
        </section>
        {props.albums && props.albums.length > 0 && (
          <section class="unit-albums" aria-labelledby="h-unit-albums">
            <h2 id="h-unit-albums" class="section-title">
              <span>Album ảnh tại {u.fullName}</span>
            </h2>
            <ul>
              {props.albums.map((a) => (
                <li>
                  <a href={a.href}>{a.title}</a>
                </li>
              ))}
            </ul>
          </section>
        )}
      </article>
      <p class="map-credit">{props.map.credit}</p>
    </Layout>
  );
}
