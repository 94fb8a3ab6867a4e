/** A body or office of the site's organisation (BCH, Ban Thường vụ, the boards…), a tree. */
export interface OrgUnit {
  id: number;
  parentId: number | null;
  name: string;
  description: string;
  /** Public contact point ('' when none). */
  phone: string;
  email: string;
  address: string;
  position: number;
}

/** A person of the directory. */
export interface OrgPerson {
  id: number;
  fullName: string;
  responsibilities: string;
  phone: string;
  email: string;
  /** A portrait from the media library (null: none) and its text for this person. */
  photoMediaId: number | null;
  photoAlt: string;
}

/** A post held in a term from one day to another ("YYYY-MM-DD", both inclusive; null: still held). */
export interface OrgPost {
  id: number;
  personId: number;
  unitId: number | null;
  title: string;
  /** "Khóa XV (2025–2030)"; '' when not said. */
  term: string;
  startsOn: string;
  endsOn: string | null;
  /** Listed under the leadership on the public page. */
  leadership: boolean;
  position: number;
}

/** Whether a post was held on `day`. */
export function heldOn(post: Pick<OrgPost, 'startsOn' | 'endsOn'>, day: string): boolean {
  return post.startsOn <= day && (post.endsOn === null || day <= post.endsOn);
}

/**
 * The post a person held on `day`: of those held that day, the one started last (a promotion
 * recorded before the old post was closed still gives the new title), then the first by order.
 */
export function postOn(posts: OrgPost[], day: string): OrgPost | undefined {
  return posts
    .filter((p) => heldOn(p, day))
    .sort(
      (a, b) => b.startsOn.localeCompare(a.startsOn) || a.position - b.position || a.id - b.id,
    )[0];
}

/** Units in tree order (parents before children), each with its depth (0 for a root). */
export function unitTree(units: OrgUnit[]): { unit: OrgUnit; depth: number }[] {
  const ids = new Set(units.map((u) => u.id));
  const byParent = new Map<number | null, OrgUnit[]>();
  for (const u of units) {
    const key = u.parentId !== null && ids.has(u.parentId) ? u.parentId : null;
    byParent.set(key, [...(byParent.get(key) ?? []), u]);
  }
  const out: { unit: OrgUnit; depth: number }[] = [];
  const seen = new Set<number>();
  const walk = (parent: number | null, depth: number) => {
    const list = (byParent.get(parent) ?? []).sort(
      (a, b) => a.position - b.position || a.name.localeCompare(b.name, 'vi') || a.id - b.id,
    );
    for (const u of list) {
      if (seen.has(u.id)) continue;
      seen.add(u.id);
      out.push({ unit: u, depth });
      walk(u.id, depth + 1);
    }
  };
  walk(null, 0);
  // Units caught in a cycle (never reachable from a root) are still listed, at the top level.
  for (const u of units) if (!seen.has(u.id)) out.push({ unit: u, depth: 0 });
  return out;
}

/** Whether making `parentId` the parent of unit `id` would close a cycle. */
export function makesCycle(units: OrgUnit[], id: number, parentId: number | null): boolean {
  const parent = new Map(units.map((u) => [u.id, u.parentId]));
  for (let p = parentId, steps = 0; p !== null && steps <= units.length; steps++) {
    if (p === id) return true;
    p = parent.get(p) ?? null;
  }
  return false;
}
