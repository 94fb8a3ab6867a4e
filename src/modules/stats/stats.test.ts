import { describe, expect, it } from 'vitest';
import { deviceClass, readerHash, referrerDomain } from './stats.ts';

describe('counting rules', () => {
  it('classifies devices from the user agent', () => {
    expect(
      deviceClass(
        'Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
      ),
    ).toBe('mobile');
    expect(
      deviceClass(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
      ),
    ).toBe('mobile');
    expect(
      deviceClass(
        'Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1',
      ),
    ).toBe('tablet');
    expect(
      deviceClass(
        'Mozilla/5.0 (Linux; Android 13; SM-X200) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
      ),
    ).toBe('tablet');
    expect(
      deviceClass(
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
      ),
    ).toBe('desktop');
    expect(
      deviceClass(
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
      ),
    ).toBe('desktop');
  });

  it('keeps only external referrer domains, normalised', () => {
    const own = ['dangbo.example.vn', '127.0.0.1:3000'];
    expect(
      referrerDomain('https://www.google.com.vn/search?q=%C4%91i%E1%BB%87n+bi%C3%AAn', own),
    ).toBe('google.com.vn');
    expect(referrerDomain('https://m.facebook.com/story.php?id=1', own)).toBe('facebook.com');
    expect(referrerDomain('https://BAODIENBIENPHU.info.vn/tin/1.html', own)).toBe(
      'baodienbienphu.info.vn',
    );
    expect(referrerDomain('https://www.dangbo.example.vn/tin-trong-tinh', own)).toBeUndefined();
    expect(referrerDomain('http://127.0.0.1:3000/', own)).toBeUndefined();
    expect(referrerDomain('android-app://com.google.android.gm/', own)).toBeUndefined();
    expect(referrerDomain('không phải địa chỉ', own)).toBeUndefined();
    expect(referrerDomain('', own)).toBeUndefined();
  });

  it('hashes a reader with the salt: another salt, another reader; never the address itself', () => {
    const h = readerHash('salt-1', '203.0.113.5', 'UA');
    expect(h).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(readerHash('salt-1', '203.0.113.5', 'UA')).toBe(h);
    expect(readerHash('salt-2', '203.0.113.5', 'UA')).not.toBe(h);
    expect(readerHash('salt-1', '203.0.113.6', 'UA')).not.toBe(h);
  });
});
