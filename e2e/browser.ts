import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium; the tests never download a browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The user agent of an ordinary desktop Chrome. */
export const READER_UA =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';

/** Flags for Debian's Chromium in a sandbox-less, offline test machine. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Opens `paths` of the site at `origin` one after another in a new page of `context`, scrolled to
 * the bottom (lazy images load), and returns every request the page made to any other origin.
 * The listener is this call's own: nothing another test did is counted.
 */
export async function foreignRequestsVisiting(
  context: BrowserContext,
  origin: string,
  paths: string[],
): Promise<string[]> {
  const page = await context.newPage();
  const foreign: string[] = [];
  page.on('request', (r) => {
    const u = r.url();
    if (!/^(data|blob):/.test(u) && new URL(u).origin !== origin) foreign.push(u);
  });
  try {
    for (const p of paths) {
      await page.goto(`${origin}${p}`, { waitUntil: 'networkidle' });
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
    }
  } finally {
    await page.close();
  }
  return foreign;
}

/**
 * Starts headless Chromium on a throw-away profile, as a reader (`userAgent`, default READER_UA),
 * Vietnamese unless another `locale` is asked.
 */
export async function launchBrowser(opts: { userAgent?: string; locale?: string } = {}): Promise<{
  context: BrowserContext;
  close: () => Promise<void>;
}> {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: opts.locale ?? 'vi-VN',
    // A reader's browser: headless Chrome's own user agent is (rightly) treated as a bot.
    userAgent: opts.userAgent ?? READER_UA,
    args: CHROMIUM_ARGS,
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Runs axe-core in the page and returns violations of serious or critical impact. */
export async function seriousA11yViolations(
  page: Page,
): Promise<{ id: string; impact: string; help: string; nodes: string[] }[]> {
  const axeSource = fs.readFileSync(
    path.join(process.cwd(), 'node_modules/axe-core/axe.min.js'),
    'utf8',
  );
  // Evaluated over the DevTools protocol, so the page's strict CSP (no inline script) stays on.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{
            violations: {
              id: string;
              impact: string;
              help: string;
              nodes: { target: string[] }[];
            }[];
          }>;
        };
      }
    ).axe;
    return axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
}
