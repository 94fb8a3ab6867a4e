import { formatDate } from '../../../lib/date.ts';
import type { Chrome } from '../../../shell/chrome.ts';
import { Breadcrumb, Layout, type PageMeta } from '../../../shell/layout.tsx';
import { mediaUrl } from '../../media/media.ts';
import {
  HUB_STATUS_LABELS,
  hubHref,
  threadHref,
  TIMELINE_KIND_LABELS,
  type Hub,
  type TimelineEntry,
} from '../hub.ts';
import type { HubBlockView } from '../hub.block.ts';
import { HubBlocks } from './hub.blocks.tsx';

declare module '../../../shell/chrome.ts' {
  interface ChromeData {
    /** The running Chuyên đề, in the editors' order (menu and home page). */
    hubs: Hub[];
  }
}

/** "2025-10-14" → "14/10/2025". */
const day = (d: string) => d.split('-').reverse().join('/');

/** The timeline: every related item, newest first, with its kind and date. */
export function Timeline(props: { entries: TimelineEntry[]; empty: string }) {
  if (props.entries.length === 0) return <p class="empty">{props.empty}</p>;
  return (
    <ol class="hub-timeline">
      {props.entries.map((e) => (
        <li>
          {e.at && <time datetime={e.at.toISOString()}>{formatDate(e.at)}</time>}{' '}
          <span class="hub-kind">{TIMELINE_KIND_LABELS[e.kind]}:</span>{' '}
          <a href={e.href}>{e.title}</a>
        </li>
      ))}
    </ol>
  );
}

/**
 * /chuyen-de/<slug>: banner, intro, dates and state, then the blocks its editors arranged — or,
 * when none are, the timeline of the event thread (the default layout). The accent is a class
 * that sets `--hub-accent` (site.css), never an inline style.
 */
export function HubPage(props: {
  chrome: Chrome;
  meta: PageMeta;
  hub: Hub;
  thread?: { name: string; slug: string };
  entries: TimelineEntry[];
  blocks?: HubBlockView[];
}) {
  const h = props.hub;
  const blocks = props.blocks ?? [];
  return (
    <Layout chrome={props.chrome} meta={props.meta}>
      <Breadcrumb trail={[{ label: 'Chuyên đề', href: '/chuyen-de' }, { label: h.title }]} />
      <article class={h.accent ? `hub hub-accent-${h.accent}` : 'hub'} aria-labelledby="hub-title">
        {h.banner && (
          <img
            class="hub-banner"
            src={mediaUrl(h.banner.key)}
            width={h.banner.width}
            height={h.banner.height}
            alt={h.banner.alt}
          />
        )}
        <h1 id="hub-title" class="page-title">
          {h.title}
        </h1>
        <p class="hub-state">
          <span class={h.status === 'active' ? 'badge badge-on' : 'badge badge-off'}>
            {HUB_STATUS_LABELS[h.status]}
          </span>
          {(h.startsOn || h.endsOn) && (
            <>
              {' '}
              {h.startsOn && day(h.startsOn)}
              {h.endsOn && ` – ${day(h.endsOn)}`}
            </>
          )}
        </p>
        {h.intro
          .split(/\n\s*\n/)
          .map((p) => p.trim())
          .filter(Boolean)
          .map((p) => (
            <p class="hub-intro">{p}</p>
          ))}
        {blocks.length > 0 ? (
          <HubBlocks blocks={blocks} />
        ) : (
          <section aria-labelledby="h-hub-timeline">
            <h2 id="h-hub-timeline" class="section-title">
              <span>Dòng thời gian</span>
            </h2>
            <Timeline entries={props.entries} empty="Chuyên đề chưa có tin bài, album hay video." />
          </section>
        )}
        {props.thread && (
          <p>
            <a href={threadHref(props.thread)}>Dòng sự kiện: {props.thread.name}</a>
          </p>
        )}
      </article>
    </Layout>
  );
}

/** /chuyen-de: the running hubs, then the archive. */
export function HubIndexPage(props: { chrome: Chrome; meta: PageMeta; hubs: Hub[] }) {
  const group = (status: Hub['status']) => props.hubs.filter((h) => h.status === status);
  return (
    <Layout chrome={props.chrome} meta={props.meta}>
      <Breadcrumb trail={[{ label: 'Chuyên đề' }]} />
      <h1 class="page-title">Chuyên đề</h1>
      {props.hubs.length === 0 && <p class="empty">Chưa có chuyên đề nào.</p>}
      {(['active', 'archived'] as const).map(
        (s) =>
          group(s).length > 0 && (
            <section aria-labelledby={`h-hubs-${s}`}>
              <h2 id={`h-hubs-${s}`} class="section-title">
                <span>{s === 'active' ? 'Đang diễn ra' : 'Lưu trữ'}</span>
              </h2>
              <ul class="hub-list">
                {group(s).map((h) => (
                  <li>
                    <a href={hubHref(h)}>{h.title}</a>
                  </li>
                ))}
              </ul>
            </section>
          ),
      )}
    </Layout>
  );
}

/** /dong-su-kien/<slug>: an event thread's published content on this site. */
export function ThreadPage(props: {
  chrome: Chrome;
  meta: PageMeta;
  thread: { name: string; description: string };
  entries: TimelineEntry[];
}) {
  return (
    <Layout chrome={props.chrome} meta={props.meta}>
      <Breadcrumb trail={[{ label: 'Dòng sự kiện' }, { label: props.thread.name }]} />
      <h1 class="page-title">Dòng sự kiện: {props.thread.name}</h1>
      {props.thread.description && <p>{props.thread.description}</p>}
      <Timeline entries={props.entries} empty="Chưa có tin bài nào trong dòng sự kiện này." />
    </Layout>
  );
}

/** The home page's strip of running hubs (a layout part before the content). */
export function hubHomePart({ site, data }: Chrome) {
  return (
    site.pageType === 'home' &&
    data.hubs.length > 0 && (
      <nav class="hub-strip" aria-label="Chuyên đề đang diễn ra">
        <p class="hub-strip-title">Chuyên đề</p>
        <ul>
          {data.hubs.map((h) => (
            <li>
              <a href={hubHref(h)}>{h.title}</a>
            </li>
          ))}
        </ul>
      </nav>
    )
  );
}
