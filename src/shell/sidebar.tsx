import type { Chrome } from './chrome.ts';

/**
 * Right-hand column: the blocks this page type shows, in the order the admin set. The blocks
 * themselves come from the feature modules through the shell registry (shell/registry.tsx).
 */
export function Sidebar(props: { chrome: Chrome }) {
  const { chrome } = props;
  return (
    <aside class="sidebar" aria-label="Thông tin bổ trợ">
      {chrome.site.blocks.map((id) => chrome.parts.sidebar[id]?.(chrome))}
    </aside>
  );
}
