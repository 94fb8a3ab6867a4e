import { describe, expect, it } from 'vitest';
import { parseQuery } from './search.ts';
import { exactKey, exactKeysOf, rankCandidates, type CandidateText } from './search-rank.ts';

let nextId = 1;
const doc = (over: Partial<CandidateText>): CandidateText => ({
  id: nextId++,
  publishedAt: '2025-01-01T00:00:00.000Z',
  title: '',
  lead: '',
  tags: '',
  caption: '',
  body: '',
  ...over,
});

const rank = (q: string, docs: CandidateText[]): number[] =>
  rankCandidates(parseQuery(q), exactKeysOf(q), docs).map((r) => r.id);

describe('ranking by intact words', () => {
  const training = doc({ body: 'Công tác đào tạo, bồi dưỡng cán bộ được chú trọng.' });
  const phrase = doc({
    body: 'Kế hoạch đào tạo cán bộ trẻ.',
    publishedAt: '2020-01-01T00:00:00.000Z',
  });
  const titled = doc({ title: 'Đào tạo cán bộ cơ sở', publishedAt: '2019-01-01T00:00:00.000Z' });
  // The noise readers complained about: every syllable present, none of the words intact.
  const scattered = doc({
    title: 'Bộ Chính trị ban hành quy định mới',
    lead: 'Đảng bộ phát huy tinh thần sáng tạo, tỉnh táo; cần chủ động.',
    body: 'Lãnh đạo các cấp cần bám sát cơ sở.',
    publishedAt: '2026-11-01T00:00:00.000Z',
  });
  // Half the words intact, the other half scattered: below the floor too.
  const half = doc({
    body: 'Cán bộ, đảng viên gương mẫu. Lãnh đạo sáng tạo.',
    publishedAt: '2026-11-02T00:00:00.000Z',
  });

  it('puts the whole phrase in the title first, scattered syllables nowhere', () => {
    expect(rank('dao tao can bo', [scattered, half, training, phrase, titled])).toEqual([
      titled.id,
      phrase.id,
      training.id,
    ]);
  });

  it('keeps a result with most words intact, below every result with all of them', () => {
    const most = doc({ title: 'Nghị quyết số 57 của Bộ Chính trị' });
    const all = doc({
      body: 'Thực hiện Nghị quyết 57 trong toàn tỉnh.',
      publishedAt: '2010-01-01T00:00:00.000Z',
    });
    expect(rank('nghi quyet 57', [most, all])).toEqual([all.id, most.id]);
  });

  it('ranks an exact spelling of an accented query above tone-folded matches', () => {
    const folded = doc({ title: 'Diễn biến thời tiết phức tạp' });
    const exact = doc({
      body: 'Tỉnh Điện Biên tổ chức hội nghị.',
      publishedAt: '2000-01-01T00:00:00.000Z',
    });
    expect(rank('Điện Biên', [folded, exact])).toEqual([exact.id, folded.id]);
    // Without marks, no spelling is preferred: the title match wins.
    expect(rank('dien bien', [folded, exact])).toEqual([folded.id, exact.id]);
    // Old and new tone placement are the same spelling.
    expect(exactKey('Hoà')).toBe(exactKey('hòa'));
    expect(exactKey('hoa')).not.toBe(exactKey('hòa'));
  });

  it('weighs the title over the body, and uses recency only to break ties', () => {
    const older = doc({ title: 'Hòa giải ở cơ sở', publishedAt: '2020-01-01T00:00:00.000Z' });
    const newer = doc({ title: 'Hòa giải ở cơ sở', publishedAt: '2024-01-01T00:00:00.000Z' });
    const body = doc({ body: 'Tổ hòa giải họp.', publishedAt: '2026-01-01T00:00:00.000Z' });
    expect(rank('hoa giai', [body, older, newer])).toEqual([newer.id, older.id, body.id]);
  });

  it('matches a prefix as the last syllable of a pair', () => {
    const so = doc({ title: 'Chuyển đổi số' });
    const apart = doc({ title: 'Chuyển giao công nghệ, đổi mới' });
    expect(rank('chuyen d*', [apart, so])).toEqual([so.id]);
  });
});
