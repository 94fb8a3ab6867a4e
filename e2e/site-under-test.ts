import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { loadConfig } from '../src/config/config.ts';
import { startServer, type RunningServer } from '../src/server.ts';
import { TEST_MEDIA_DIR } from '../test/support/test-app.ts';
import { launchBrowser } from './browser.ts';

/** Where browser tests write their screenshots. */
export const SHOTS = path.join(process.cwd(), 'e2e', 'screenshots');

/** A running portal on a fresh SQLite file (demo content) and a browser; `stop` ends both and removes the files. */
export async function siteUnderTest(
  prefix: string,
  /** More settings (e.g. SMTP_URL for a local mail server). */
  env: Record<string, string> = {},
): Promise<{
  server: RunningServer;
  context: BrowserContext;
  stop: () => Promise<void>;
}> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const server = await startServer(
    loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:${path.join(dir, 'portal.db')}`,
      MEDIA_DIR: TEST_MEDIA_DIR,
      ...env,
    }),
  );
  const browser = await launchBrowser();
  fs.mkdirSync(SHOTS, { recursive: true });
  return {
    server,
    context: browser.context,
    async stop() {
      await browser.close();
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Removes the demo Lịch công tác and Cơ cấu tổ chức (dated around the day the site started), for
 * tests that build their own week and directory or take date-independent pictures.
 */
export async function clearDemoSchedule(server: RunningServer): Promise<void> {
  const k = server.deps.db.kysely;
  await k.deleteFrom('scheduleEntry').execute();
  await k.deleteFrom('orgPost').execute();
  await k.deleteFrom('orgPerson').execute();
  await k.deleteFrom('orgUnit').execute();
}
