import type { Kysely } from 'kysely';
import type { Database } from './database.ts';

/**
 * The first instant after `now` at which something that opens and closes (a poll, a consultation)
 * does either, on a site: what a cached page showing it stops being true at. A query, so the page
 * cache can union it with its other timed changes (modules/cache `earliest`).
 */
export function nextOpenOrCloseQuery(
  k: Kysely<Database>,
  table: 'poll' | 'consultation',
  siteId: number,
  now: Date,
) {
  const at = now.toISOString();
  return k
    .selectFrom(table)
    .where('siteId', '=', siteId)
    .where('closesAt', '>', at)
    .select((eb) =>
      eb.fn
        .min<string | null>(
          eb.case().when('opensAt', '>', at).then(eb.ref('opensAt')).else(eb.ref('closesAt')).end(),
        )
        .as('at'),
    );
}
