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

const OPEN = '\uE020';
const CLOSE = '\uE021';
const TOKEN = crypto.randomBytes(8).toString('hex');
const PREFIX = `${OPEN}${TOKEN}`;

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

/** A page split into static parts around its slots: parts.length === slots.length + 1. */
export interface Template {
  parts: string[];
  slots: LiveKey[];
}

/** Splits rendered HTML at its slot markers. */
export function parseTemplate(html: string): Template {
  const parts: string[] = [];
  const slots: LiveKey[] = [];
  let from = 0;
  for (;;) {
    const at = html.indexOf(PREFIX, from);
    const end = at < 0 ? -1 : html.indexOf(CLOSE, at + PREFIX.length);
    if (end < 0) break;
    parts.push(html.slice(from, at));
    slots.push(html.slice(at + PREFIX.length, end) as LiveKey);
    from = end + CLOSE.length;
  }
  parts.push(html.slice(from));
  return { parts, slots };
}

/** The page with `values[i]` in slot i. */
export function fillTemplate(t: Template, values: readonly string[]): string {
  if (!t.slots.length) return t.parts[0] ?? '';
  let out = t.parts[0] ?? '';
  for (let i = 0; i < t.slots.length; i++) out += (values[i] ?? '') + (t.parts[i + 1] ?? '');
  return out;
}

/** Whether some text still holds a slot marker (a page that skipped the filling step). */
export function hasSlots(html: string): boolean {
  return html.includes(PREFIX);
}
