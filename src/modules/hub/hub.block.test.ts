import { describe, expect, it } from 'vitest';
import { parseBlock } from './hub.block.ts';

describe('hub block lines', () => {
  it('reads article, album, video and document addresses (full URL, path or id)', () => {
    const f = parseBlock(
      'featured',
      '/tin-trong-tinh/khai-mac-dai-hoi-12\nhttps://dienbien.gov.vn/tin/be-mac-7?x=1\n42\n42',
    );
    expect(f).toEqual({
      ok: true,
      block: {
        kind: 'featured',
        refs: [
          { kind: 'article', id: 12 },
          { kind: 'article', id: 7 },
          { kind: 'article', id: 42 },
        ],
      },
    });
    const m = parseBlock('media', '/thu-vien-anh/anh-dai-hoi-3\n/video/phong-su-5');
    expect(m.ok && m.block).toEqual({
      kind: 'media',
      refs: [
        { kind: 'album', id: 3 },
        { kind: 'video', id: 5 },
      ],
    });
    expect(parseBlock('documents', '/van-ban/nghi-quyet-9').ok).toBe(true);
  });

  it('names each bad line in Vietnamese', () => {
    const r = parseBlock('media', '/thu-vien-anh/ok-1\n/tin-tuc/bai-2\njavascript:alert(1)');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems[0]).toMatch(/^Dòng 2: /);
      expect(r.problems[1]).toMatch(/^Dòng 3: /);
    }
    expect(parseBlock('featured', '//evil.example/x-1').ok).toBe(false);
    expect(parseBlock('documents', '/video/x-1').ok).toBe(false);
  });

  it('accepts only http(s) or site paths for links, never javascript:', () => {
    const ok = parseBlock('links', 'Cổng TTĐT tỉnh | https://dienbien.gov.vn\nBản đồ | /ban-do');
    expect(ok.ok && ok.block).toEqual({
      kind: 'links',
      links: [
        { label: 'Cổng TTĐT tỉnh', url: 'https://dienbien.gov.vn/' },
        { label: 'Bản đồ', url: '/ban-do' },
      ],
    });
    for (const bad of [
      'X | javascript:alert(1)',
      'X | data:text/html,1',
      'chỉ có tên',
      'X | //evil.example',
      'X | a | b',
    ])
      expect(parseBlock('links', bad).ok, bad).toBe(false);
  });

  it('sorts milestones by day and checks dates', () => {
    const r = parseBlock(
      'milestones',
      '16/10/2025 | Bế mạc Đại hội\n14/10/2025 | Khai mạc | /tin-trong-tinh/khai-mac-1',
    );
    expect(r.ok && r.block).toEqual({
      kind: 'milestones',
      milestones: [
        { day: '2025-10-14', label: 'Khai mạc', href: '/tin-trong-tinh/khai-mac-1' },
        { day: '2025-10-16', label: 'Bế mạc Đại hội', href: '' },
      ],
    });
    expect(parseBlock('milestones', '31/02/2025 | Sai ngày').ok).toBe(false);
    expect(parseBlock('milestones', '14/10/2025 | Có | javascript:x').ok).toBe(false);
  });

  it('takes one tag slug for "latest", or none (the event thread)', () => {
    expect(parseBlock('latest', '').ok).toBe(true);
    expect(parseBlock('latest', 'dai-hoi-dang').ok).toBe(true);
    expect(parseBlock('latest', 'Đại hội').ok).toBe(false);
    expect(parseBlock('latest', 'a\nb').ok).toBe(false);
  });

  it('caps the number of lines', () => {
    expect(
      parseBlock('featured', Array.from({ length: 31 }, (_, i) => String(i + 1)).join('\n')).ok,
    ).toBe(false);
  });
});
