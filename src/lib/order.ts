/** A direction an item moves in an ordered list. */
export type MoveDirection = 'up' | 'down';

/**
 * The ids of an ordered list after moving `id` one step up or down; undefined when it cannot
 * move (already first or last, or not in the list).
 */
export function moved(ids: number[], id: number, dir: MoveDirection): number[] | undefined {
  const i = ids.indexOf(id);
  const j = dir === 'up' ? i - 1 : i + 1;
  if (i < 0 || j < 0 || j >= ids.length) return undefined;
  const out = [...ids];
  [out[i], out[j]] = [out[j] as number, out[i] as number];
  return out;
}

/** Parses a direction from a URL segment ("len" / "xuong"). */
export function directionOf(segment: string | undefined): MoveDirection | undefined {
  return segment === 'len' ? 'up' : segment === 'xuong' ? 'down' : undefined;
}
