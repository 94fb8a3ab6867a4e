/**
 * The judged query set: what readers of a provincial Party portal type, each with the topic it
 * looks for in the judged corpus (corpus.ts). The articles that should come first are those
 * written about that topic (grade 2), then those that treat it in their title or lead (grade 1);
 * everything else, including the distractors written with the same syllables scattered, is
 * irrelevant (grade 0). `judgments()` turns this into article keys → grade.
 */
import { fold } from '../../src/lib/text.ts';
import type { CorpusArticle } from './corpus.ts';

const NFD = (s: string): string => s.normalize('NFD');

/** One judged query: what the reader types, the topic they want, and why it is in the set. */
export interface JudgedQuery {
  q: string;
  topic: string;
  /** What the query exercises (for the report). */
  kind: 'dấu' | 'không dấu' | 'NFD' | 'hoa' | 'đ/d' | 'hòa/hoà' | 'xã' | 'lãnh đạo' | 'gõ sai';
}

/**
 * Phrases naming each topic: an article with one in its title or lead treats the topic
 * (grade 1 unless written about it). Compared without case and tone placement, with marks.
 */
export const KEYPHRASES: Record<string, string[]> = {
  'dao-tao-can-bo': ['đào tạo cán bộ', 'đào tạo, bồi dưỡng cán bộ'],
  'boi-duong-llct': ['lý luận chính trị'],
  nq57: ['Nghị quyết 57'],
  'xay-dung-dang': ['xây dựng Đảng', 'xây dựng, chỉnh đốn Đảng'],
  'chuyen-doi-so': ['chuyển đổi số'],
  'nong-thon-moi': ['nông thôn mới'],
  'ca-phe': ['cà phê'],
  'thuy-loi': ['thủy lợi'],
  'hoa-giai': ['hòa giải'],
  ubkt: ['Ủy ban Kiểm tra'],
  'chien-thang-dbp': ['Chiến thắng Điện Biên Phủ'],
  'dien-bien-hoa-binh': ['diễn biến hòa bình'],
  'hoc-tap-bac': ['học tập và làm theo'],
  'tham-nhung': ['tham nhũng'],
  'chinh-quyen-hai-cap': ['chính quyền địa phương hai cấp', 'chính quyền hai cấp'],
  'xoa-nha-tam': ['xóa nhà tạm'],
  'dai-hoi-dang-bo': ['Đại hội Đảng bộ', 'Đại hội đại biểu Đảng bộ'],
  'phat-trien-dang-vien': ['phát triển đảng viên', 'kết nạp đảng viên'],
  'du-lich-cong-dong': ['du lịch cộng đồng'],
  'bien-gioi': ['biên giới'],
  'giam-ngheo': ['giảm nghèo'],
  'lu-quet': ['lũ quét'],
  'hoa-ban': ['Hoa Ban'],
  'thuy-dien': ['thủy điện'],
};

export const JUDGED: JudgedQuery[] = [
  // Party terms, every spelling.
  { q: 'đào tạo cán bộ', topic: 'dao-tao-can-bo', kind: 'dấu' },
  { q: 'dao tao can bo', topic: 'dao-tao-can-bo', kind: 'không dấu' },
  { q: 'ĐÀO TẠO CÁN BỘ', topic: 'dao-tao-can-bo', kind: 'hoa' },
  { q: NFD('Đào tạo cán bộ'), topic: 'dao-tao-can-bo', kind: 'NFD' },
  { q: 'bồi dưỡng lý luận chính trị', topic: 'boi-duong-llct', kind: 'dấu' },
  { q: 'boi duong ly luan chinh tri', topic: 'boi-duong-llct', kind: 'không dấu' },
  { q: 'lý luận chính trị', topic: 'boi-duong-llct', kind: 'dấu' },
  { q: 'nghị quyết 57', topic: 'nq57', kind: 'dấu' },
  { q: 'nghi quyet 57', topic: 'nq57', kind: 'không dấu' },
  { q: 'Nghị quyết 57-NQ/TW', topic: 'nq57', kind: 'dấu' },
  { q: 'xây dựng Đảng', topic: 'xay-dung-dang', kind: 'dấu' },
  { q: 'xay dung dang', topic: 'xay-dung-dang', kind: 'không dấu' },
  { q: 'XÂY DỰNG ĐẢNG', topic: 'xay-dung-dang', kind: 'hoa' },
  { q: 'chuyển đổi số', topic: 'chuyen-doi-so', kind: 'dấu' },
  { q: 'chuyen doi so', topic: 'chuyen-doi-so', kind: 'không dấu' },
  { q: 'nông thôn mới', topic: 'nong-thon-moi', kind: 'dấu' },
  { q: 'nong thon moi', topic: 'nong-thon-moi', kind: 'không dấu' },
  { q: 'cà phê', topic: 'ca-phe', kind: 'dấu' },
  { q: 'ca phe', topic: 'ca-phe', kind: 'không dấu' },
  { q: 'thủy lợi', topic: 'thuy-loi', kind: 'hòa/hoà' },
  { q: 'thuỷ lợi', topic: 'thuy-loi', kind: 'hòa/hoà' },
  { q: 'thuy loi', topic: 'thuy-loi', kind: 'không dấu' },
  { q: 'thủy điện', topic: 'thuy-dien', kind: 'dấu' },
  { q: 'hòa giải', topic: 'hoa-giai', kind: 'hòa/hoà' },
  { q: 'hoà giải', topic: 'hoa-giai', kind: 'hòa/hoà' },
  { q: 'hoa giai', topic: 'hoa-giai', kind: 'không dấu' },
  { q: 'ủy ban kiểm tra', topic: 'ubkt', kind: 'dấu' },
  { q: 'uỷ ban kiểm tra', topic: 'ubkt', kind: 'hòa/hoà' },
  { q: 'uy ban kiem tra', topic: 'ubkt', kind: 'không dấu' },
  { q: 'chiến thắng Điện Biên Phủ', topic: 'chien-thang-dbp', kind: 'đ/d' },
  { q: 'chien thang dien bien phu', topic: 'chien-thang-dbp', kind: 'không dấu' },
  { q: 'diễn biến hòa bình', topic: 'dien-bien-hoa-binh', kind: 'dấu' },
  { q: 'diễn biến hoà bình', topic: 'dien-bien-hoa-binh', kind: 'hòa/hoà' },
  { q: 'học tập và làm theo Bác', topic: 'hoc-tap-bac', kind: 'dấu' },
  { q: 'hoc tap lam theo bac', topic: 'hoc-tap-bac', kind: 'không dấu' },
  { q: 'phòng chống tham nhũng', topic: 'tham-nhung', kind: 'dấu' },
  { q: 'phong chong tham nhung', topic: 'tham-nhung', kind: 'không dấu' },
  { q: 'chính quyền hai cấp', topic: 'chinh-quyen-hai-cap', kind: 'dấu' },
  { q: 'chinh quyen hai cap', topic: 'chinh-quyen-hai-cap', kind: 'không dấu' },
  { q: 'xoá nhà tạm', topic: 'xoa-nha-tam', kind: 'hòa/hoà' },
  { q: 'xoa nha tam', topic: 'xoa-nha-tam', kind: 'không dấu' },
  { q: 'đại hội đảng bộ', topic: 'dai-hoi-dang-bo', kind: 'đ/d' },
  { q: 'dai hoi dang bo', topic: 'dai-hoi-dang-bo', kind: 'không dấu' },
  { q: 'phát triển đảng viên', topic: 'phat-trien-dang-vien', kind: 'dấu' },
  { q: 'du lich cong dong', topic: 'du-lich-cong-dong', kind: 'không dấu' },
  { q: 'biên giới', topic: 'bien-gioi', kind: 'dấu' },
  { q: 'giam ngheo ben vung', topic: 'giam-ngheo', kind: 'không dấu' },
  { q: 'lũ quét', topic: 'lu-quet', kind: 'dấu' },
  { q: 'le hoi hoa ban', topic: 'hoa-ban', kind: 'không dấu' },
  // Communes and wards.
  { q: 'Mường Phăng', topic: 'xa:Mường Phăng', kind: 'xã' },
  { q: 'muong phang', topic: 'xa:Mường Phăng', kind: 'xã' },
  { q: 'xã Sín Thầu', topic: 'xa:Sín Thầu', kind: 'xã' },
  { q: 'sin thau', topic: 'xa:Sín Thầu', kind: 'xã' },
  { q: 'Tủa Chùa', topic: 'xa:Tủa Chùa', kind: 'xã' },
  { q: 'tua chua', topic: 'xa:Tủa Chùa', kind: 'xã' },
  { q: 'Nà Tấu', topic: 'xa:Nà Tấu', kind: 'xã' },
  { q: 'Thanh An', topic: 'xa:Thanh An', kind: 'xã' },
  { q: 'quai to', topic: 'xa:Quài Tở', kind: 'xã' },
  { q: 'Tìa Dình', topic: 'xa:Tìa Dình', kind: 'đ/d' },
  { q: 'tia dinh', topic: 'xa:Tìa Dình', kind: 'xã' },
  { q: 'Búng Lao', topic: 'xa:Búng Lao', kind: 'xã' },
  { q: 'chieng sinh', topic: 'xa:Chiềng Sinh', kind: 'xã' },
  // Leaders (fictional).
  { q: 'Đặng Đình Hòa', topic: 'lanh-dao:Đặng Đình Hòa', kind: 'lãnh đạo' },
  { q: 'dang dinh hoa', topic: 'lanh-dao:Đặng Đình Hòa', kind: 'lãnh đạo' },
  { q: 'Đặng Đình Hoà', topic: 'lanh-dao:Đặng Đình Hòa', kind: 'hòa/hoà' },
  { q: 'Lò Văn Mừng', topic: 'lanh-dao:Lò Văn Mừng', kind: 'lãnh đạo' },
  { q: 'lo van mung', topic: 'lanh-dao:Lò Văn Mừng', kind: 'lãnh đạo' },
  { q: 'Phạm Thị Thuỷ', topic: 'lanh-dao:Phạm Thị Thủy', kind: 'hòa/hoà' },
  { q: 'pham thi thuy', topic: 'lanh-dao:Phạm Thị Thủy', kind: 'lãnh đạo' },
  { q: 'vu a sinh', topic: 'lanh-dao:Vừ A Sình', kind: 'lãnh đạo' },
  // What readers mistype: telex left unconverted, a missing space, a slip of the finger.
  { q: 'ddaof taoj cans booj', topic: 'dao-tao-can-bo', kind: 'gõ sai' },
  { q: 'dao tao canbo', topic: 'dao-tao-can-bo', kind: 'gõ sai' },
  { q: 'muong phnag', topic: 'xa:Mường Phăng', kind: 'gõ sai' },
  { q: 'xay dung dangg', topic: 'xay-dung-dang', kind: 'gõ sai' },
  { q: 'tham nhungx', topic: 'tham-nhung', kind: 'gõ sai' },
  { q: 'boi duong ly luan chin tri', topic: 'boi-duong-llct', kind: 'gõ sai' },
  { q: 'chien thang dien bien phuu', topic: 'chien-thang-dbp', kind: 'gõ sai' },
  { q: 'chuyen doi soo', topic: 'chuyen-doi-so', kind: 'gõ sai' },
];

/** Lower case, NFC, tone mark moved to the end of the syllable: "Hoà" and "hòa" alike. */
function spellingKey(s: string): string {
  return s
    .normalize('NFD')
    .toLowerCase()
    .split(/(\s+|[^\p{L}\p{M}\p{N}]+)/u)
    .map((w) => {
      const tones = w.match(/[\u0300\u0301\u0303\u0309\u0323]/g) ?? [];
      return w.replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '') + tones.join('');
    })
    .join('')
    .normalize('NFC');
}

/** The text as `mentions` compares it (memoised: the bench judges 100,000 titles and leads). */
const mentionKeys = new Map<string, string>();
function mentionKey(text: string): string {
  let k = mentionKeys.get(text);
  if (k === undefined) {
    k = ` ${spellingKey(text).replace(/[^\p{L}\p{M}\p{N},]+/gu, ' ')} `;
    if (mentionKeys.size > 500_000) mentionKeys.clear();
    mentionKeys.set(text, k);
  }
  return k;
}

const communeRes = new Map<string, RegExp>();
const folded = new Map<string, string>();
function foldMemo(text: string): string {
  let f = folded.get(text);
  if (f === undefined) {
    f = fold(text);
    if (folded.size > 500_000) folded.clear();
    folded.set(text, f);
  }
  return f;
}

/** Whether `text` contains `phrase` (case and tone placement aside, marks kept). */
export function mentions(text: string, phrase: string): boolean {
  return mentionKey(text).includes(mentionKey(phrase));
}

/**
 * How far an article that was not written for the judged set treats a query's topic, from its
 * title and lead alone (the rules the corpus uses too): a commune or leader named in the
 * title 2, in the lead 1; a phrase naming the topic in the title or lead 1.
 */
export function gradeByText(topic: string, title: string, lead: string): number {
  if (topic.startsWith('xa:')) {
    let re = communeRes.get(topic);
    if (!re) {
      re = new RegExp(`(^|[^\\p{L}])${topic.slice(3)}($|[^\\p{L}])`, 'u');
      communeRes.set(topic, re);
    }
    return re.test(title) ? 2 : re.test(lead) ? 1 : 0;
  }
  if (topic.startsWith('lanh-dao:')) {
    const name = fold(topic.slice('lanh-dao:'.length));
    return foldMemo(title).includes(name) ? 2 : foldMemo(lead).includes(name) ? 1 : 0;
  }
  return (KEYPHRASES[topic] ?? []).some((p) => mentions(title, p) || mentions(lead, p)) ? 1 : 0;
}

/** The judged relevance of every article for each query: article key → grade (1 or 2). */
export function judgments(
  corpus: CorpusArticle[],
  extra: { key: string; title: string; lead: string }[] = [],
): Map<JudgedQuery, Map<string, number>> {
  const out = new Map<JudgedQuery, Map<string, number>>();
  for (const jq of JUDGED) {
    const grades = new Map<string, number>();
    for (const a of corpus) {
      const g = Math.max(a.topics[jq.topic] ?? 0, gradeByText(jq.topic, a.title, a.lead));
      if (g) grades.set(a.key, g);
    }
    for (const a of extra) {
      const g = gradeByText(jq.topic, a.title, a.lead);
      if (g) grades.set(a.key, g);
    }
    out.set(jq, grades);
  }
  return out;
}
