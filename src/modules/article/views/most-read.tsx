import { liveSlot } from '../../../views/live-slot.ts';
import type { ArticleCard } from '../article.service.ts';

/** The sidebar's "Tin xem nhiều" block; nothing while no article is published. */
export function MostReadBlock(props: { items: ArticleCard[] }) {
  if (!props.items.length) return null;
  return (
    <section class="block" aria-labelledby="b-most">
      <h2 id="b-most" class="block-title">
        Tin xem nhiều
      </h2>
      <ol class="most-read">
        {props.items.map((a) => (
          <li>
            <a href={a.path}>{a.title}</a>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Sidebar block "mostRead": a live slot (filled for each response with the list of now). */
export function mostReadSidebarBlock() {
  return liveSlot('most-read');
}

/** The most-read block as an element (the live slot's value, see shell/live-values.tsx). */
export function mostReadElement(items: ArticleCard[]) {
  return <MostReadBlock items={items} />;
}
