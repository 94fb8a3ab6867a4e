import type { Child } from 'hono/jsx';
import type { Chrome } from './chrome.ts';

/**
 * Right-hand column: the blocks this page type shows, in the order the admin set, then what the
 * page adds below them (`extra`: the home page's later section blocks). The blocks themselves
 * come from the feature modules through the shell registry (shell/registry.tsx).
 */
export function Sidebar(props: { chrome: Chrome; extra?: Child }) {
  const { chrome } = props;
  return (
    <aside class="sidebar" aria-label="Thông tin bổ trợ">
      {chrome.site.blocks.map((id) => chrome.parts.sidebar[id]?.(chrome))}
      {props.extra}
    </aside>
  );
}
