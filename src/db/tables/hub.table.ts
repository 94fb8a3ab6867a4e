import type { Generated } from 'kysely';

/** `hub_editor`: an account that may edit one Chuyên đề (besides the Ban biên tập). */
export interface HubEditorTable {
  siteId: number;
  hubId: number;
  accountId: number;
}

/** `hub_block`: one block of a hub's page, in the order its editors arranged. */
export interface HubBlockTable {
  siteId: number;
  id: Generated<number>;
  hubId: number;
  position: Generated<number>;
  /** latest | featured | media | documents | links | milestones. */
  kind: string;
  heading: Generated<string>;
  /** The editor's lines, parsed on render (hub.block.ts). */
  body: Generated<string>;
  createdAt: string;
  updatedAt: string;
}
