import { describe, expect, it } from 'vitest';
import { slugify } from './slug.ts';
import { cleanLine, excerpt, fold, nfc } from './text.ts';

const NFD_DIEN_BIEN = 'Điện Biên'.normalize('NFD');

describe('NFC normalisation', () => {
  it('turns decomposed input into composed text', () => {
    expect(NFD_DIEN_BIEN).not.toBe('Điện Biên');
    expect(nfc(NFD_DIEN_BIEN)).toBe('Điện Biên');
    expect(cleanLine(`  ${NFD_DIEN_BIEN} \n  tỉnh `)).toBe('Điện Biên tỉnh');
  });
});

describe('fold', () => {
  it.each([
    ['Điện Biên', 'dien bien'],
    ['ĐIỆN BIÊN', 'dien bien'],
    [NFD_DIEN_BIEN, 'dien bien'],
    ['hòa', 'hoa'],
    ['hoà', 'hoa'],
    ['thủy', 'thuy'],
    ['thuỷ', 'thuy'],
    ['Ủy ban', 'uy ban'],
    ['đà', 'da'],
  ])('%s → %s', (input, out) => {
    expect(fold(input)).toBe(out);
  });
});

describe('slugify', () => {
  it('makes slugs from Vietnamese titles (đ → d, tones stripped)', () => {
    expect(
      slugify(
        'Hội thảo khoa học về công tác đào tạo, bồi dưỡng cán bộ ở Trường Chính trị tỉnh Điện Biên',
      ),
    ).toBe(
      'hoi-thao-khoa-hoc-ve-cong-tac-dao-tao-boi-duong-can-bo-o-truong-chinh-tri-tinh-dien-bien',
    );
    expect(slugify('Đưa Nghị quyết vào cuộc sống')).toBe('dua-nghi-quyet-vao-cuoc-song');
    expect(slugify(NFD_DIEN_BIEN)).toBe('dien-bien');
  });

  it('cuts long titles on a word boundary and never returns an empty slug', () => {
    const s = slugify('Tăng cường công tác kiểm tra, giám sát '.repeat(6), 60);
    expect(s.length).toBeLessThanOrEqual(60);
    expect(s.endsWith('-')).toBe(false);
    expect(slugify('“…”')).toBe('bai-viet');
  });
});

describe('excerpt', () => {
  it('keeps short text and cuts long text on a word with an ellipsis', () => {
    expect(excerpt('Ngắn gọn', 50)).toBe('Ngắn gọn');
    const e = excerpt('Hội thảo khoa học chia làm 2 phiên, phiên thứ nhất tập trung trao đổi', 30);
    expect(e.endsWith('…')).toBe(true);
    expect(e.length).toBeLessThanOrEqual(31);
  });
});
