/**
 * Pages as templates: rendered HTML split at its live-slot markers (views/live-slot.ts), and
 * the values of the moment filled back in for each response.
 */
import { CLOSE, PREFIX, type LiveKey } from '../../views/live-slot.ts';

export type { LiveKey } from '../../views/live-slot.ts';

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
