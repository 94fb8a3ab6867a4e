import { describe, expect, it } from 'vitest';
import { chooseSnippet, MAX_RESULTS, parseQuery, segmentsOf } from './search.ts';
import { searchPairs } from '../../lib/search-words.ts';
import { capped, usePairIndex, wordTokens } from './search-index.common.ts';
import { fts5Match, fts5Words } from './search-index.sqlite.ts';
import { tsqueryText, tsqueryWords } from './search-index.postgres.ts';
import { parseSearchForm, searchForm } from './search.schema.ts';

describe('parseQuery', () => {
  it('folds words like the index: case, tones, đ, NFD, old/new tone placement', () => {
    expect(parseQuery('ĐIỆN BIÊN')).toEqual([
      { words: ['dien'], prefix: false },
      { words: ['bien'], prefix: false },
    ]);
    expect(parseQuery('Điện Biên'.normalize('NFD'))).toEqual(parseQuery('dien bien'));
    expect(parseQuery('hòa thủy')).toEqual(parseQuery('hoà thuỷ'));
  });

  it('keeps two-letter and one-letter syllables', () => {
    expect(parseQuery('ủy đà ở')).toEqual([
      { words: ['uy'], prefix: false },
      { words: ['da'], prefix: false },
      { words: ['o'], prefix: false },
    ]);
  });

  it('reads quoted phrases, prefixes and compound words', () => {
    expect(parseQuery('"đào tạo" cán b*')).toEqual([
      { words: ['dao', 'tao'], prefix: false },
      { words: ['can'], prefix: false },
      { words: ['b'], prefix: true },
    ]);
    expect(parseQuery('“chuyen d*”')).toEqual([{ words: ['chuyen', 'd'], prefix: true }]);
    expect(parseQuery('"chuyen d"*')).toEqual([{ words: ['chuyen', 'd'], prefix: true }]);
    expect(parseQuery('09-QC/TW')).toEqual([{ words: ['09', 'qc', 'tw'], prefix: false }]);
    expect(parseQuery('"không đóng')).toEqual([{ words: ['khong', 'dong'], prefix: false }]);
  });

  it('ignores punctuation and repeats, and caps the number of terms', () => {
    expect(parseQuery('!!! ,,, * ""')).toEqual([]);
    expect(parseQuery('dien Điện DIỆN')).toEqual([{ words: ['dien'], prefix: false }]);
    expect(parseQuery(Array.from({ length: 30 }, (_, i) => `w${i}`).join(' '))).toHaveLength(12);
  });
});

describe('query text for each database', () => {
  const terms = parseQuery('"đào tạo" cán b* ủy');
  it('FTS5: quoted strings joined with AND, * for a prefix', () => {
    expect(fts5Match(terms)).toBe('"dao tao" AND "can" AND "b" * AND "uy"');
  });
  it('tsquery: <-> for phrases, :* for a prefix, & between terms', () => {
    expect(tsqueryText(terms)).toBe('(dao <-> tao) & can & b:* & uy');
    expect(tsqueryText(parseQuery('"chuyen d*"'))).toBe('(chuyen <-> d:*)');
  });
});

describe('the syllable-pair index', () => {
  it('indexes a field as its folded syllables, then each adjacent pair as one token', () => {
    expect(searchPairs('Đào tạo, bồi dưỡng CÁN BỘ')).toBe(
      'dao tao boi duong can bo dao_tao tao_boi boi_duong duong_can can_bo',
    );
    expect(searchPairs('Nghị quyết 57-NQ/TW')).toBe(
      'nghi quyet 57 nq tw nghi_quyet quyet_57 57_nq nq_tw',
    );
    expect(searchPairs('')).toBe('');
    expect(searchPairs('Đà')).toBe('da');
  });

  it('is asked for every syllable and some intact pair, a quoted phrase as all its pairs', () => {
    expect(wordTokens(parseQuery('đào tạo cán bộ'))).toEqual({
      all: ['dao', 'tao', 'can', 'bo'],
      any: ['dao_tao', 'tao_can', 'can_bo'],
      phrase: ['dao_tao', 'tao_can', 'can_bo'],
    });
    expect(wordTokens(parseQuery('"chuyển đổi số" tỉnh')).all).toEqual([
      'chuyen',
      'doi',
      'chuyen_doi',
      'so',
      'doi_so',
      'tinh',
    ]);
    const terms = parseQuery('dao tao can bo');
    expect(fts5Words(terms, 'match', true)).toBe(
      '{title} : ("dao" AND "tao" AND "can" AND "bo" AND ("dao_tao" OR "tao_can" OR "can_bo"))',
    );
    expect(fts5Words(terms, 'phrase')).toBe('"dao_tao" AND "tao_can" AND "can_bo"');
    expect(tsqueryWords(terms, 'match')).toBe(
      "'dao' & 'tao' & 'can' & 'bo' & ('dao_tao' | 'tao_can' | 'can_bo')",
    );
  });

  it('answers queries of two or more syllables without a prefix; the others go to the syllable indexes', () => {
    expect(usePairIndex(parseQuery('dien bien'))).toBe(true);
    expect(usePairIndex(parseQuery('COVID-19'))).toBe(true);
    expect(usePairIndex(parseQuery('đà'))).toBe(false);
    expect(usePairIndex(parseQuery('chuyen d*'))).toBe(false);
  });
});

describe('highlighted text', () => {
  it('splits marked text into segments without any HTML', () => {
    expect(segmentsOf('Tỉnh \uE000Điện\uE001 <b>\uE000Biên\uE001')).toEqual([
      { text: 'Tỉnh ', hit: false },
      { text: 'Điện', hit: true },
      { text: ' <b>', hit: false },
      { text: 'Biên', hit: true },
    ]);
    expect(segmentsOf('không có')).toEqual([{ text: 'không có', hit: false }]);
  });

  it('prefers the first candidate with a match, else the fallback', () => {
    expect(chooseSnippet(['sapo', 'thân \uE000bài\uE001'], 'sapo')).toBe('thân \uE000bài\uE001');
    expect(chooseSnippet(['sapo', '', null], 'sapo')).toBe('sapo');
  });
});

describe('result counts', () => {
  it('stop at MAX_RESULTS and say there are more', () => {
    expect(capped(12, [])).toEqual({ total: 12, more: false, hits: [] });
    expect(capped(MAX_RESULTS, [])).toEqual({ total: MAX_RESULTS, more: false, hits: [] });
    expect(capped(MAX_RESULTS + 1, [])).toEqual({ total: MAX_RESULTS, more: true, hits: [] });
  });
});

describe('the search form', () => {
  const form = (values: Record<string, string>) => searchForm((n) => values[n]);

  it('accepts dates as dd/mm/yyyy or yyyy-mm-dd and a page number', () => {
    expect(
      parseSearchForm(
        form({
          q: '  dien   bien ',
          'tu-ngay': '09/03/2023',
          'den-ngay': '2023-03-31',
          trang: '2',
        }),
      ),
    ).toEqual({
      ok: true,
      value: { q: 'dien bien', section: undefined, from: '2023-03-09', to: '2023-03-31', page: 2 },
    });
  });

  it('explains each bad field in Vietnamese', () => {
    const r = parseSearchForm(
      form({
        q: 'x'.repeat(201),
        'chuyen-muc': '../etc',
        'tu-ngay': '31/02/2023',
        'den-ngay': 'hôm qua',
        trang: '0',
      }),
    );
    expect(r).toEqual({
      ok: false,
      errors: {
        q: 'Từ khóa quá dài: tối đa 200 ký tự.',
        'chuyen-muc': 'Chuyên mục không hợp lệ.',
        'tu-ngay': 'Ngày bắt đầu không hợp lệ. Nhập theo dạng ngày/tháng/năm, ví dụ 09/03/2023.',
        'den-ngay': 'Ngày kết thúc không hợp lệ. Nhập theo dạng ngày/tháng/năm, ví dụ 09/03/2023.',
        trang: 'Số trang không hợp lệ: chỉ xem được từ trang 1 đến trang 100.',
      },
    });
  });

  it('rejects a date range that ends before it starts', () => {
    expect(
      parseSearchForm(form({ q: 'a', 'tu-ngay': '10/03/2023', 'den-ngay': '09/03/2023' })),
    ).toEqual({
      ok: false,
      errors: { 'den-ngay': 'Ngày kết thúc phải bằng hoặc sau ngày bắt đầu.' },
    });
  });
});
