import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TYPEAHEAD_PER_MINUTE } from '../../src/modules/search/search.site-routes.tsx';
import { testApp } from '../support/test-app.ts';

describe('suggestions while typing are limited per client', () => {
  let t: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    // One trusted proxy: the client is the address it adds to X-Forwarded-For.
    t = await testApp('sqlite', { seed: false, env: { TRUST_PROXY: '1' } });
  });
  afterAll(async () => {
    await t?.close();
  });

  const from = (ip: string) => ({ 'x-forwarded-for': ip, accept: 'application/json' });

  it(`answers ${TYPEAHEAD_PER_MINUTE} a minute, then a Vietnamese 429 that no cache keeps; other clients go on`, async () => {
    for (let i = 0; i < TYPEAHEAD_PER_MINUTE; i++) {
      const r = await t.get(`/tim-kiem/goi-y?q=d${i % 10}`, from('203.0.113.7'));
      expect(r.status, `request ${i + 1}`).toBe(200);
    }
    const refused = await t.get('/tim-kiem/goi-y?q=dien', from('203.0.113.7'));
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toContain('application/json');
    expect(refused.headers.get('cache-control')).toBe('no-store');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(JSON.parse(refused.text)).toEqual({
      error:
        'Bạn gõ quá nhanh: tạm dừng gợi ý tìm kiếm, vui lòng thử lại sau ít giây (vẫn có thể nhấn Tìm kiếm).',
      items: [],
    });
    // Another client (and the same client's plain search page) is not affected.
    expect((await t.get('/tim-kiem/goi-y?q=dien', from('203.0.113.8'))).status).toBe(200);
    expect((await t.get('/tim-kiem?q=dien', from('203.0.113.7'))).status).toBe(200);
  });

  it('is never kept by the page cache: each answer is computed for its request', async () => {
    const a = await t.get('/tim-kiem/goi-y?q=xay%20dung', from('198.51.100.1'));
    const b = await t.get('/tim-kiem/goi-y?q=xay%20dung', from('198.51.100.1'));
    for (const r of [a, b]) {
      expect(r.status).toBe(200);
      expect(r.headers.get('x-cache')).toBeNull();
      expect(r.headers.get('cache-control')).toBe('public, max-age=60');
    }
  });
});
