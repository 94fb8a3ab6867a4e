/**
 * Live slots: the parts of a public page that change on every read (read counts, visitor
 * statistics, the most-read list, today's date). Views render a slot marker instead of the
 * value; every public page is kept as a template (static parts and slots) and the values are
 * filled in for each response, so a cached page shows the numbers of the moment.
 *
 * A marker is two private-use characters around a random per-process token and the slot's key:
 * escaping leaves it intact, and no stored text can forge it (the token is unknown outside).
 */
import crypto from 'node:crypto';

/** Marker characters and token; CLOSE and PREFIX are shared with the page cache's template parser (modules/cache/cache.live.ts). */
const OPEN = '\uE020';
export const CLOSE = '\uE021';
const TOKEN = crypto.randomBytes(8).toString('hex');
export const PREFIX = `${OPEN}${TOKEN}`;

/** Kinds of live slots and what their keys look like. */
export type LiveKey =
  | 'today'
  | 'now'
  | 'most-read'
  | `reads:${number}`
  | `stats:${'online' | 'today' | 'yesterday' | 'month' | 'total'}`;

/** The marker a view renders where the live value of `key` goes. */
export function liveSlot(key: LiveKey): string {
  return `${PREFIX}${key}${CLOSE}`;
}
