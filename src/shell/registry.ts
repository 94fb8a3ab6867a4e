import type { Child } from 'hono/jsx';
import type { Chrome } from './chrome.ts';

/** One sidebar block: what it shows on a page, from that page's chrome. */
export type SidebarBlock = (chrome: Chrome) => Child;

/**
 * What feature modules contribute to the page shell. The shell imports no feature module: each
 * module exports its blocks and the composition root (src/services.ts) registers them here.
 */
export interface ShellRegistry {
  /** Sidebar blocks by id (the admin chooses which show, in which order, on which page type). */
  readonly sidebar: Readonly<Record<string, SidebarBlock>>;
  registerSidebarBlock(id: string, block: SidebarBlock): void;
}

/** An empty registry; a second block under the same id is a wiring mistake and throws. */
export function shellRegistry(): ShellRegistry {
  const sidebar: Record<string, SidebarBlock> = {};
  return {
    sidebar,
    registerSidebarBlock(id, block) {
      if (sidebar[id]) throw new Error(`Sidebar block ${id} registered twice`);
      sidebar[id] = block;
    },
  };
}
