import type { Context } from 'hono';
import type { AdminChrome } from './admin-layout.tsx';
import type { Chrome } from './chrome.ts';

/**
 * The page shell as the routes see it (`deps.shell`): the chrome of a public page and of a
 * back-office page, and how a public page is answered (through the page cache). Built by the
 * composition root (src/shell-wiring.tsx).
 */
export interface Shell {
  chrome(c: Context): Promise<Chrome>;
  adminChrome(c: Context): Promise<AdminChrome>;
  /** Answers a rendered public page (the page cache keeps it as a template and fills its live slots). */
  respond(
    c: Context,
    html: string,
    status: 200 | 400 | 404 | 410 | 500,
  ): Response | Promise<Response>;
}
