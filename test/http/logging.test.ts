import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';
import { jobRunner } from '../../src/jobs/runner.ts';
import { createLogger } from '../../src/lib/log.ts';
import { dialects } from '../support/test-db.ts';
import { testApp } from '../support/test-app.ts';

/** A log destination the test reads: every line written, parsed. */
function captured() {
  const lines: string[] = [];
  return {
    write: (s: string) => void lines.push(s),
    entries: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

describe('the logger', () => {
  it('honours LOG_LEVEL: at warn, info lines are dropped and warnings kept', () => {
    const out = captured();
    const log = createLogger(loadConfig({ LOG_LEVEL: 'warn' }).logLevel, out);
    log.info('started');
    log.warn({ articleId: 7 }, 'proxy purge failed');
    expect(out.entries()).toMatchObject([{ level: 40, msg: 'proxy purge failed', articleId: 7 }]);
  });

  it('defaults to info, and to silent under NODE_ENV=test unless LOG_LEVEL says otherwise', () => {
    expect(loadConfig({}).logLevel).toBe('info');
    expect(loadConfig({ NODE_ENV: 'test' }).logLevel).toBe('silent');
    expect(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'debug' }).logLevel).toBe('debug');
  });

  it('never writes a password, token or cookie, even when a caller passes one', () => {
    const out = captured();
    createLogger('info', out).info(
      { password: 'hunter2-hunter2', req: { cookie: 'phien=abc', token: 't0k' } },
      'oops',
    );
    const line = JSON.stringify(out.entries());
    expect(line).not.toMatch(/hunter2|phien=abc|t0k/);
  });

  it('reports a failed scheduled job with its name, and the next job still runs', async () => {
    const out = captured();
    const ran: string[] = [];
    const failed: string[] = [];
    const runner = jobRunner({
      repo: {
        acquire: async () => true,
        finish: async () => {},
        fail: async (name, _holder, _at, message) => void failed.push(`${name}: ${message}`),
        failing: async () => [],
      },
      clock: () => new Date('2026-12-01T00:00:00Z'),
      log: createLogger('info', out),
      jobs: [
        { name: 'broken', everyMs: 1000, run: () => Promise.reject(new Error('boom')) },
        { name: 'fine', everyMs: 1000, run: async () => void ran.push('fine') },
      ],
    });
    await runner.tick();
    expect(ran).toEqual(['fine']);
    expect(failed).toEqual(['broken: boom']);
    expect(out.entries()).toMatchObject([
      { level: 50, job: 'broken', err: { message: 'boom' }, msg: 'scheduled job failed' },
    ]);
  });
});

describe.each(dialects)('request ids and the error log on %s', (dialect) => {
  const out = captured();
  let t: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    t = await testApp(dialect, { seed: false, log: createLogger('info', out) });
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await t?.close();
  });

  it('a 500 logs one error line with the request id; the page shows the id and no stack', async () => {
    const spy = vi
      .spyOn(t.deps.feeds, 'newsSitemap')
      .mockRejectedValue(new Error('database exploded'));
    const before = out.entries().length;
    try {
      const res = await t.get('/sitemap-news.xml');
      expect(res.status).toBe(500);
      const id = res.headers.get('x-request-id')!;
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.text).toContain(id);
      expect(res.text).not.toMatch(/database exploded|at .*\.ts:\d+|Error:/);
      const lines = out.entries().slice(before);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({
        level: 50,
        requestId: id,
        path: '/sitemap-news.xml',
        err: { message: 'database exploded' },
      });
      expect(String((lines[0]!.err as { stack: string }).stack)).toContain('database exploded');
    } finally {
      spy.mockRestore();
    }
  });

  it('keeps a safe incoming X-Request-Id and replaces an unsafe one', async () => {
    const kept = await t.get('/healthz', { 'x-request-id': 'proxy-1234.abcd' });
    expect(kept.headers.get('x-request-id')).toBe('proxy-1234.abcd');
    for (const bad of [
      '<script>alert(1)</script>',
      'a b c d e f g h',
      'x'.repeat(65),
      'ghi/chú',
      '',
    ]) {
      const res = await t.get('/healthz', { 'x-request-id': bad });
      expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('gives each answer of a cached page its own id (the cache never keeps one)', async () => {
    const first = await t.get('/');
    const second = await t.get('/');
    expect(second.headers.get('x-cache')).toBe('HIT');
    const ids = [first, second].map((r) => r.headers.get('x-request-id'));
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[1]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[0]).not.toBe(ids[1]);
  });
});
