import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config.ts';
import { startServer, type RunningServer } from '../src/server.ts';
import { TEST_MEDIA_DIR } from '../test/support/test-app.ts';
import { CHROMIUM, CHROMIUM_ARGS, READER_UA } from './browser.ts';

const READERS = [
  READER_UA,
  'Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
];

describe('counting in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let dir: string;
  let articleUrl: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-e2e-count-'));
    const config = loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:${path.join(dir, 'portal.db')}`,
      MEDIA_DIR: TEST_MEDIA_DIR,
    });
    server = await startServer(config);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const home = await (await fetch(`${server.url}/`)).text();
    articleUrl = server.url + /href="(\/tin-trong-tinh\/hoi-thao-khoa-hoc[^"]+)"/.exec(home)![1]!;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Opens the article in a fresh context and waits until its count request was answered. */
  async function read(userAgent: string, javaScriptEnabled = true): Promise<number> {
    const context = await browser.newContext({ userAgent, javaScriptEnabled, locale: 'vi-VN' });
    try {
      const page: Page = await context.newPage();
      const counted = page.waitForResponse(
        (r) => new URL(r.url()).pathname === (javaScriptEnabled ? '/api/dem' : '/api/dem.gif'),
      );
      await page.goto(articleUrl);
      const res = await counted;
      expect(res.status()).toBe(javaScriptEnabled ? 204 : 200);
      return Number((await page.locator('.reads').innerText()).trim());
    } finally {
      await context.close();
    }
  }

  it('three fresh readers raise the count a fourth load shows by three', async () => {
    const before = await read(READERS[0]!);
    expect(before).toBe(12695);
    await read(READERS[1]!);
    await read(READERS[2]!);
    const fourth = await read(READERS[3]!);
    expect(fourth).toBeGreaterThanOrEqual(before + 3);
    expect(fourth).toBe(12698);
  });

  it('a reader without JavaScript is counted by the pixel', async () => {
    const before = await read(READERS[3]!); // the same reader again: not counted twice
    expect(before).toBe(12699);
    await read(READERS[4]!, false);
    expect(await read(READERS[3]!)).toBe(before + 1);
  });
});
