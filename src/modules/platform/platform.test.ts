import { describe, expect, it } from 'vitest';
import {
  normaliseHost,
  prefixLinks,
  prefixLocation,
  siteDirectory,
  type Site,
} from './platform.ts';

const site = (id: number, over: Partial<Site>): Site => ({
  id,
  slug: `s${id}`,
  kind: id === 1 ? 'tinh' : 'xa',
  name: `Site ${id}`,
  unitCode: null,
  host: null,
  pathPrefix: null,
  parentId: id === 1 ? null : 1,
  status: 'active',
  suspendedReason: '',
  language: 'vi',
  createdAt: new Date(0),
  ...over,
});

describe('finding the site of a request', () => {
  const dir = siteDirectory(
    [
      site(1, {}),
      site(2, { pathPrefix: '/xa/muong-nhe' }),
      site(3, { host: 'muongcha.example.vn' }),
      site(4, { pathPrefix: '/ban-tuyen-giao' }),
      site(5, { pathPrefix: '/xa/muong-nhe-2' }),
    ],
    ['dangbo.example.vn'],
  );
  const at = (host: string, path: string) => {
    const r = dir.resolve(host, path);
    return r && [r.site.id, r.prefix, r.path];
  };

  it('by the longest whole-segment prefix on the province host', () => {
    expect(at('dangbo.example.vn', '/xa/muong-nhe')).toEqual([2, '/xa/muong-nhe', '/']);
    expect(at('dangbo.example.vn', '/xa/muong-nhe/')).toEqual([2, '/xa/muong-nhe', '/']);
    expect(at('dangbo.example.vn', '/xa/muong-nhe/tin-tuc/bai-1')).toEqual([
      2,
      '/xa/muong-nhe',
      '/tin-tuc/bai-1',
    ]);
    expect(at('dangbo.example.vn', '/xa/muong-nhe-2/rss')).toEqual([5, '/xa/muong-nhe-2', '/rss']);
    expect(at('dangbo.example.vn', '/xa/muong-nhe-20')).toEqual([1, '', '/xa/muong-nhe-20']);
    expect(at('dangbo.example.vn', '/ban-tuyen-giao')).toEqual([4, '/ban-tuyen-giao', '/']);
    expect(at('dangbo.example.vn', '/ban-tuyen-giao/a/b')).toEqual([4, '/ban-tuyen-giao', '/a/b']);
    expect(at('dangbo.example.vn', '/xa')).toEqual([1, '', '/xa']);
    expect(at('dangbo.example.vn', '/')).toEqual([1, '', '/']);
  });

  it('by its own host (any port, any case), and never another site for an unknown host', () => {
    expect(at('MuongCha.Example.vn:8080', '/tin-tuc')).toEqual([3, '', '/tin-tuc']);
    expect(at('muongcha.example.vn', '/xa/muong-nhe')).toEqual([3, '', '/xa/muong-nhe']);
    expect(at('khongco.example.vn', '/')).toBeUndefined();
    expect(at('localhost:3000', '/')).toBeUndefined();
  });

  it('answers any host when the install has one site', () => {
    const one = siteDirectory([site(1, {})], ['dangbo.example.vn']);
    expect(one.resolve('anything.example', '/a')?.site.id).toBe(1);
  });

  it('normalises hosts and moves links under a prefix, files aside', () => {
    expect(normaliseHost('Dangbo.Example.VN.:443')).toBe('dangbo.example.vn');
    expect(normaliseHost('[::1]:3000')).toBe('[::1]');
    const html =
      '<a href="/">x</a><a href="/tin-tuc">y</a><img src="/media/a.jpg"><link href="/static/s.css"><a href="//cdn">z</a><form action="/tim-kiem"><div data-endpoint="/api/dem">';
    expect(prefixLinks(html, '/xa/m')).toBe(
      '<a href="/xa/m">x</a><a href="/xa/m/tin-tuc">y</a><img src="/media/a.jpg"><link href="/static/s.css"><a href="//cdn">z</a><form action="/xa/m/tim-kiem"><div data-endpoint="/xa/m/api/dem">',
    );
    expect(prefixLocation('/tin-tuc/a-1', '/xa/m')).toBe('/xa/m/tin-tuc/a-1');
    expect(prefixLocation('https://x.vn/a', '/xa/m')).toBe('https://x.vn/a');
  });
});
