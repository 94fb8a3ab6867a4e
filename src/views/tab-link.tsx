import type { Child } from 'hono/jsx';

/**
 * A link that may open in a new tab: then it tells screen-reader users so, and the opened page
 * gets no handle back to ours (noopener) nor our address (noreferrer).
 */
export function TabLink(props: { href: string; newTab: boolean; children: Child }) {
  return (
    <a
      href={props.href}
      target={props.newTab ? '_blank' : undefined}
      rel={props.newTab ? 'noopener noreferrer' : undefined}
    >
      {props.children}
      {props.newTab && <span class="sr-only"> (mở trong thẻ mới)</span>}
    </a>
  );
}
