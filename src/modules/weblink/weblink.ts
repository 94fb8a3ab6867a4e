/** A web link in the "Liên kết web" block. */
export interface Weblink {
  id: number;
  title: string;
  url: string;
  newTab: boolean;
}

/** A named group of links, in display order. */
export interface WeblinkGroup {
  id: number;
  name: string;
  links: Weblink[];
}

/** The last reachability check of a link. */
export interface LinkCheck {
  checkedAt: Date;
  ok: boolean;
  statusCode: number | null;
  /** Vietnamese description of the result ("HTTP 404", "Không phản hồi sau 8 giây"). */
  detail: string;
  /** Consecutive failed checks. */
  failures: number;
}

/** A link as the back office sees it: with its order, state and last check. */
export interface WeblinkAdmin extends Weblink {
  groupId: number;
  position: number;
  active: boolean;
  check: LinkCheck | undefined;
}

/** A group with every link (active or not). */
export interface WeblinkGroupAdmin {
  id: number;
  name: string;
  position: number;
  links: WeblinkAdmin[];
}

/** The result of checking one address. */
export interface CheckResult {
  ok: boolean;
  statusCode: number | null;
  detail: string;
}
