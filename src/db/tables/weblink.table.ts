import type { Generated } from 'kysely';

/** `weblink_group`: a heading in the Liên kết web block (Trung ương, Tỉnh, …). */
export interface WeblinkGroupTable {
  /** The site that owns this row (1: the province). */
  siteId: number;
  id: Generated<number>;
  name: string;
  position: Generated<number>;
}

/** `weblink`: one external link. */
export interface WeblinkTable {
  /** The site that owns this row (1: the province). */
  siteId: number;
  id: Generated<number>;
  groupId: number;
  title: string;
  url: string;
  position: Generated<number>;
  newTab: Generated<number>;
  active: Generated<number>;
}

/** `weblink_check`: the last result of the scheduled reachability check of a link. */
export interface WeblinkCheckTable {
  linkId: number;
  checkedAt: string;
  ok: number;
  statusCode: number | null;
  detail: string;
  /** Consecutive failed checks (0 once the link answers again). */
  failures: number;
}
