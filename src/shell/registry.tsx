import type { Child } from 'hono/jsx';
import type { Chrome, PageMeta } from './chrome.ts';

/** One sidebar block: what it shows on a page, from that page's chrome. */
export type SidebarBlock = (chrome: Chrome) => Child;

/** A part of the public layout a module contributes, from the page's chrome and meta. */
export type PagePart = (chrome: Chrome, meta: PageMeta) => Child;

/** Where in the public layout a module's part goes. */
export type PageSlot =
  /** In the masthead, after the date (the search box). */
  | 'header'
  /** At the top of the main column, before the page's own content (home banners). */
  | 'beforeContent'
  /** In the footer, after the publisher's details (footer menu, credits). */
  | 'footer'
  /** At the end of the body (the counting beacon). */
  | 'pageEnd';

/** What the modules contributed, as the layout reads it. */
export interface ShellParts {
  /** Sidebar blocks by id (the admin chooses which show, in which order, on which page type). */
  readonly sidebar: Readonly<Record<string, SidebarBlock>>;
  /** Parts of each layout slot, in the order registered. */
  readonly slots: Readonly<Record<PageSlot, readonly PagePart[]>>;
}

/**
 * What feature modules contribute to the page shell. The shell imports no feature module: each
 * module exports its parts and the composition root (src/shell-wiring.tsx) registers them here.
 */
export interface ShellRegistry extends ShellParts {
  registerSidebarBlock(id: string, block: SidebarBlock): void;
  registerPart(slot: PageSlot, part: PagePart): void;
}

/** An empty registry; a second block under the same id is a wiring mistake and throws. */
export function shellRegistry(): ShellRegistry {
  const sidebar: Record<string, SidebarBlock> = {};
  const slots: Record<PageSlot, PagePart[]> = {
    header: [],
    beforeContent: [],
    footer: [],
    pageEnd: [],
  };
  return {
    sidebar,
    slots,
    registerSidebarBlock(id, block) {
      if (sidebar[id]) throw new Error(`Sidebar block ${id} registered twice`);
      sidebar[id] = block;
    },
    registerPart(slot, part) {
      slots[slot].push(part);
    },
  };
}

/** Renders the parts of one slot. */
export function Slot(props: { chrome: Chrome; meta: PageMeta; slot: PageSlot }) {
  return <>{props.chrome.parts.slots[props.slot].map((part) => part(props.chrome, props.meta))}</>;
}
