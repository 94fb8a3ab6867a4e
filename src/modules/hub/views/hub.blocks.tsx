import { formatDate } from '../../../lib/date.ts';
import type { BlockItem, HubBlockView } from '../hub.block.ts';

/** "2025-10-14" → "14/10/2025". */
const day = (d: string) => d.split('-').reverse().join('/');

const KIND_LABELS: Record<BlockItem['kind'], string> = {
  article: 'Bài viết',
  album: 'Album ảnh',
  video: 'Video',
  document: 'Văn bản',
};

function Items(props: { items: BlockItem[]; kinds: boolean }) {
  return (
    <ul class="hub-items">
      {props.items.map((i) => (
        <li>
          {props.kinds && <span class="hub-kind">{KIND_LABELS[i.kind]}: </span>}
          <a href={i.href}>{i.title}</a>
          {i.at && (
            <>
              {' '}
              <time class="muted" datetime={i.at.toISOString()}>
                {formatDate(i.at)}
              </time>
            </>
          )}
          {i.note && <span class="muted"> — {i.note}</span>}
        </li>
      ))}
    </ul>
  );
}

/** One arranged block of a hub's page, under its heading (its own landmark). */
function Block(props: { block: HubBlockView }) {
  const b = props.block;
  const h = `h-hub-block-${b.id}`;
  return (
    <section aria-labelledby={h} class={`hub-block hub-block-${b.kind}`}>
      <h2 id={h} class="section-title">
        <span>{b.heading}</span>
      </h2>
      {'items' in b && (
        <>
          <Items items={b.items} kinds={b.kind === 'media'} />
          {b.more && (
            <p>
              <a href={b.more.href}>{b.more.label}</a>
            </p>
          )}
        </>
      )}
      {b.kind === 'links' && (
        <ul class="hub-links">
          {b.links.map((l) => (
            <li>
              <a href={l.url}>{l.label}</a>
            </li>
          ))}
        </ul>
      )}
      {b.kind === 'milestones' && (
        <ol class="hub-milestones">
          {b.milestones.map((m) => (
            <li>
              <time datetime={m.day}>{day(m.day)}</time>
              {m.href ? <a href={m.href}>{m.label}</a> : m.label}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The blocks the hub's editors arranged, in their order. */
export function HubBlocks(props: { blocks: HubBlockView[] }) {
  return (
    <div class="hub-blocks">
      {props.blocks.map((b) => (
        <Block block={b} />
      ))}
    </div>
  );
}
