import { currentSiteId } from './site-scope.ts';
import { atomic, type Executor } from './transaction.ts';

/** Tables whose rows the admin orders by hand (an integer `position`, an integer `id`). */
export type OrderedTable = 'menuItem' | 'banner' | 'weblink' | 'weblinkGroup';

/** Writes positions 0, 1, 2… in the order of `ids`, atomically (used by the repositories). */
export async function writePositions(
  k: Executor,
  table: OrderedTable,
  ids: number[],
): Promise<void> {
  await atomic(k, async (trx) => {
    // Every ordered table has the same two columns; one member of the union types them all.
    for (const [position, id] of ids.entries())
      await trx
        .updateTable(table as 'banner')
        .set({ position })
        .where('id', '=', id)
        .where('siteId', '=', currentSiteId())
        .execute();
  });
}
