import type { Generated } from 'kysely';

/** `org_unit`: a body or office of the site's organisation (a tree by `parentId`). */
export interface OrgUnitTable {
  id: Generated<number>;
  siteId: number;
  parentId: number | null;
  name: string;
  description: Generated<string>;
  /** Public contact point: phone, e-mail, address ('' when none). */
  phone: Generated<string>;
  email: Generated<string>;
  address: Generated<string>;
  position: Generated<number>;
  createdAt: string;
  updatedAt: string;
}

/** `org_person`: a person of the directory. */
export interface OrgPersonTable {
  id: Generated<number>;
  siteId: number;
  fullName: string;
  responsibilities: Generated<string>;
  phone: Generated<string>;
  email: Generated<string>;
  /** A library image of the person (null: none) and its text for this person. */
  photoMediaId: Generated<number | null>;
  photoAlt: Generated<string>;
  createdAt: string;
  updatedAt: string;
}

/** `org_post`: a post held from `startsOn` to `endsOn` (inclusive; null: still held). */
export interface OrgPostTable {
  id: Generated<number>;
  siteId: number;
  personId: number;
  unitId: number | null;
  title: string;
  term: Generated<string>;
  /** Vietnamese calendar days "YYYY-MM-DD". */
  startsOn: string;
  endsOn: string | null;
  /** 1: listed under the current leadership on the public page. */
  leadership: Generated<number>;
  position: Generated<number>;
  createdAt: string;
}
