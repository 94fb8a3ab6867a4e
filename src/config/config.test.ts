import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('has working defaults: port 3000, SQLite under ./data', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.databaseUrl).toBe('sqlite:./data/portal.db');
    expect(c.mediaDir).toBe(path.resolve('data/media'));
    expect(c.baseUrl).toBe('http://localhost:3000');
    expect(c.backupDir).toBe(path.resolve('data/backups'));
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('migrates at start on the embedded SQLite only, unless told', () => {
    expect(loadConfig({}).migrateAtStart).toBe(true);
    expect(loadConfig({ DATABASE_URL: 'postgres://h/db' }).migrateAtStart).toBe(false);
    expect(
      loadConfig({ DATABASE_URL: 'postgres://h/db', MIGRATE_AT_START: '1' }).migrateAtStart,
    ).toBe(true);
    expect(loadConfig({ MIGRATE_AT_START: 'no' }).migrateAtStart).toBe(false);
  });

  it('lists every problem at once', () => {
    try {
      loadConfig({
        PORT: 'abc',
        BASE_URL: 'ftp://x',
        DATABASE_URL: 'mysql://x',
        SEED_DEMO: 'maybe',
      });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const problems = (err as ConfigError).problems.join('\n');
      for (const key of ['PORT', 'BASE_URL', 'DATABASE_URL', 'SEED_DEMO'])
        expect(problems).toContain(key);
    }
  });

  it('accepts PostgreSQL and strips a trailing slash from BASE_URL', () => {
    const c = loadConfig({
      DATABASE_URL: 'postgres://u@127.0.0.1/db',
      BASE_URL: 'https://dangbo.example.vn/',
      PORT: '8080',
    });
    expect(c.databaseUrl).toBe('postgres://u@127.0.0.1/db');
    expect(c.baseUrl).toBe('https://dangbo.example.vn');
    expect(c.port).toBe(8080);
  });

  it('reads TRUST_PROXY as a number of reverse proxies (off by default)', () => {
    expect(loadConfig({}).trustProxy).toBe(0);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(() => loadConfig({ TRUST_PROXY: 'maybe' })).toThrow(/TRUST_PROXY/);
  });

  it('reads upload size limits in megabytes, with defaults, and refuses nonsense', () => {
    expect(loadConfig({}).mediaLimits).toEqual({
      image: 20 * 1024 * 1024,
      document: 30 * 1024 * 1024,
      video: 200 * 1024 * 1024,
    });
    expect(loadConfig({ MEDIA_MAX_IMAGE_MB: '0.5' }).mediaLimits.image).toBe(512 * 1024);
    try {
      loadConfig({
        MEDIA_MAX_IMAGE_MB: 'nhiều',
        MEDIA_MAX_VIDEO_MB: '-1',
        MEDIA_MAX_DOCUMENT_MB: '0',
      });
      expect.unreachable();
    } catch (err) {
      const problems = (err as ConfigError).problems.join('\n');
      for (const key of ['MEDIA_MAX_IMAGE_MB', 'MEDIA_MAX_VIDEO_MB', 'MEDIA_MAX_DOCUMENT_MB'])
        expect(problems).toContain(key);
    }
  });

  it('reads the page cache settings: on by default, a memory budget, lifetimes, a validated purge endpoint', () => {
    expect(loadConfig({}).pageCache).toEqual({
      enabled: true,
      maxBytes: 64 * 1024 * 1024,
      maxAge: 0,
      sharedMaxAge: 60,
      staleIfError: 600,
      purgeUrl: undefined,
      purgeMethod: 'POST',
    });
    const c = loadConfig({
      PAGE_CACHE: '0',
      PAGE_CACHE_MB: '16',
      PAGE_MAX_AGE: '30',
      PAGE_SHARED_MAX_AGE: '300',
      PAGE_STALE_IF_ERROR: '0',
      PURGE_URL: 'http://127.0.0.1:6081/purge/',
      PURGE_METHOD: 'PURGE',
    }).pageCache;
    expect(c).toEqual({
      enabled: false,
      maxBytes: 16 * 1024 * 1024,
      maxAge: 30,
      sharedMaxAge: 300,
      staleIfError: 0,
      purgeUrl: 'http://127.0.0.1:6081/purge',
      purgeMethod: 'PURGE',
    });
    try {
      loadConfig({
        PURGE_URL: 'ftp://cdn.example.vn',
        PURGE_METHOD: 'DELETE',
        PAGE_CACHE_MB: '0',
        PAGE_MAX_AGE: '-1',
      });
      expect.unreachable();
    } catch (err) {
      const problems = (err as ConfigError).problems.join('\n');
      for (const key of ['PURGE_URL', 'PURGE_METHOD', 'PAGE_CACHE_MB', 'PAGE_MAX_AGE'])
        expect(problems).toContain(key);
    }
  });
});
