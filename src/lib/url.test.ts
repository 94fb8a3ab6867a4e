import { describe, expect, it } from 'vitest';
import { checkLinkUrl, isSafeLinkUrl } from './url.ts';

describe('checkLinkUrl', () => {
  it('accepts absolute http and https addresses', () => {
    expect(checkLinkUrl(' https://dienbien.gov.vn ')).toEqual({
      ok: true,
      url: 'https://dienbien.gov.vn/',
    });
    expect(checkLinkUrl('http://baodienbienphu.vn/tin-tuc?id=1#a')).toEqual({
      ok: true,
      url: 'http://baodienbienphu.vn/tin-tuc?id=1#a',
    });
    expect(checkLinkUrl('https://đảngbộ.vn/trang').ok).toBe(true);
  });

  it('refuses an address without a scheme, with a clear message', () => {
    for (const raw of [
      'dienbien.gov.vn',
      'www.dienbien.gov.vn/gioi-thieu',
      '//dienbien.gov.vn',
      'dienbien.gov.vn:8080',
    ]) {
      const r = checkLinkUrl(raw);
      expect(r.ok, raw).toBe(false);
      if (!r.ok) expect(r.message).toContain('thiếu giao thức');
    }
  });

  it('refuses javascript:, data: and their disguises', () => {
    for (const raw of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' java\tscript:alert(1)',
      'java\nscript:x',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox',
    ]) {
      const r = checkLinkUrl(raw);
      expect(r.ok, raw).toBe(false);
      if (!r.ok) expect(r.message).toContain('không an toàn');
    }
  });

  it('refuses other schemes, credentials, blanks and backslashes', () => {
    expect(checkLinkUrl('ftp://files.example.vn').ok).toBe(false);
    expect(checkLinkUrl('mailto:bbt@dienbien.gov.vn').ok).toBe(false);
    expect(checkLinkUrl('https://user:pass@example.vn').ok).toBe(false);
    expect(checkLinkUrl('https://exa mple.vn').ok).toBe(false);
    expect(checkLinkUrl('https:\\\\evil.example').ok).toBe(false);
    expect(checkLinkUrl('https:evil.example').ok).toBe(false);
    expect(checkLinkUrl('').ok).toBe(false);
  });

  it('accepts a path on this site only when allowed, never a protocol-relative one', () => {
    expect(checkLinkUrl('/ban-do').ok).toBe(false);
    expect(checkLinkUrl('/ban-do', { allowPath: true })).toEqual({ ok: true, url: '/ban-do' });
    expect(checkLinkUrl('//evil.example', { allowPath: true }).ok).toBe(false);
    expect(isSafeLinkUrl('javascript:alert(1)', { allowPath: true })).toBe(false);
  });
});
