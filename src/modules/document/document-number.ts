import { fold, nfc } from '../../lib/text.ts';

/**
 * Document numbers ("số, ký hiệu"), pure. Two recognised forms:
 * - Party: `<số>-<mã loại>/<mã cơ quan>` — 09-QC/TW, 399-QĐ/TW, 08-QĐi/TW, 15-HD/BTGTU;
 * - State: `<số>[/<năm>]/<mã loại>-<mã cơ quan>` — 125/QĐ-UBND, 01/2026/QĐ-UBND,
 *   224/2026/NĐ-CP, 19/2012/TTLT-BTC-BKH&ĐT-BTTTT, 01/VBHN-VPQH, 148/2025/QH15, 4021/VPCP-CN.
 * Anything else is accepted as typed with a warning (real data is messy): never "fixed".
 */

export type NumberForm = 'party' | 'state' | 'unknown';

export interface ParsedNumber {
  /** The number as typed (NFC, trimmed, inner spaces collapsed). */
  typed: string;
  form: NumberForm;
  /** "09" as typed; '' when unrecognised. */
  seq: string;
  /** "QC", "QĐi", "NĐ"…; '' when the number carries none (148/2025/QH15) or is unrecognised. */
  typeCode: string;
  /** "TW", "BTGTU", "UBND", "BTC-BKH&ĐT-BTTTT"…; '' when unrecognised. */
  issuerCode: string;
  /** The year written in a state number (01/2026/QĐ-UBND), else null. */
  year: number | null;
}

/** Type codes and the type each usually means (a suggestion: "QĐ" is a Quyết định or a Quy định). */
export const TYPE_CODES: Readonly<Record<string, string>> = {
  NQ: 'Nghị quyết',
  CT: 'Chỉ thị',
  KL: 'Kết luận',
  QĐ: 'Quyết định',
  QĐi: 'Quy định',
  QC: 'Quy chế',
  HD: 'Hướng dẫn',
  TTr: 'Thông tri',
  TB: 'Thông báo',
  KH: 'Kế hoạch',
  CTr: 'Chương trình',
  BC: 'Báo cáo',
  CV: 'Công văn',
  ĐA: 'Đề án',
  NĐ: 'Nghị định',
  TT: 'Thông tư',
  TTLT: 'Thông tư liên tịch',
  VBHN: 'Văn bản hợp nhất',
};

const KNOWN_TYPE_CODES = new Set(Object.keys(TYPE_CODES).map((k) => fold(k)));

const CODE = String.raw`[A-Za-zĐđ][A-Za-zĐđ0-9]*`;
const PARTY = new RegExp(String.raw`^(\d{1,6})-(${CODE})\/(${CODE}(?:-${CODE})*)$`, 'u');
const STATE = new RegExp(
  String.raw`^(\d{1,6})(?:\/((?:19|20)\d{2}))?\/(${CODE}(?:&${CODE})*(?:-${CODE}(?:&${CODE})*)*)$`,
  'u',
);

/** The number as typed, tidied only in ways that change nothing a reader sees. */
export function tidyNumber(raw: string): string {
  return nfc(raw)
    .replace(/\s*([-/&])\s*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Parses a number in either recognised form; `form: 'unknown'` otherwise (never an error). */
export function parseDocumentNumber(raw: string): ParsedNumber {
  const typed = tidyNumber(raw);
  const unknown: ParsedNumber = {
    typed,
    form: 'unknown',
    seq: '',
    typeCode: '',
    issuerCode: '',
    year: null,
  };
  if (typed.length === 0 || typed.length > 80) return unknown;
  const p = PARTY.exec(typed);
  if (p) {
    return { typed, form: 'party', seq: p[1]!, typeCode: p[2]!, issuerCode: p[3]!, year: null };
  }
  const s = STATE.exec(typed);
  if (s) {
    const codes = s[3]!.split('-');
    const year = s[2] ? Number(s[2]) : null;
    // 148/2025/QH15: one code, the issuer (a law carries no type code).
    if (codes.length === 1) {
      return { typed, form: 'state', seq: s[1]!, typeCode: '', issuerCode: codes[0]!, year };
    }
    // 4021/VPCP-CN: a letter whose first code is the issuer, not a type.
    if (!KNOWN_TYPE_CODES.has(fold(codes[0]!))) {
      return {
        typed,
        form: 'state',
        seq: s[1]!,
        typeCode: '',
        issuerCode: codes.join('-'),
        year,
      };
    }
    return {
      typed,
      form: 'state',
      seq: s[1]!,
      typeCode: codes[0]!,
      issuerCode: codes.slice(1).join('-'),
      year,
    };
  }
  return unknown;
}

/** The type usually meant by a type code ("QĐi" → "Quy định"), if known. */
export function typeNameOfCode(code: string): string | undefined {
  if (!code) return undefined;
  if (TYPE_CODES[code]) return TYPE_CODES[code];
  const f = fold(code);
  // Case-folded fallback, but "QĐi" and "QĐ" stay apart (different tokens).
  const hit = Object.keys(TYPE_CODES).find((k) => fold(k) === f);
  return hit ? TYPE_CODES[hit] : undefined;
}

/**
 * The match tokens of a number, a query or running text: đ/d and case folded, every other
 * character (`-`, `/`, spaces, punctuation) a separator, `&` its own token, leading zeros dropped ("09" → "9", "0" stays "0").
 */
export function numberTokens(raw: string): string[] {
  return fold(nfc(raw))
    .replace(/&/g, ' & ')
    .split(/[^a-z0-9&]+/u)
    .filter((t) => t.length > 0)
    .map((t) => (/^\d+$/.test(t) ? t.replace(/^0+(?=\d)/, '') : t));
}

/**
 * The stored match key: tokens joined by single spaces, with a space at each end, so that a
 * token-exact containment test is `key LIKE '% <query tokens> %'` and never a substring hit
 * ("9 qc tw" is inside " 9 qc tw " but not inside " 109 qc tw ").
 */
export function numberKey(raw: string): string {
  const t = numberTokens(raw);
  return t.length ? ` ${t.join(' ')} ` : '';
}

/** Whether a query (as tokens) looks like a document number: a digit token and a letter token. */
export function looksLikeNumber(raw: string): boolean {
  const t = numberTokens(raw);
  return (
    t.length >= 2 &&
    t.length <= 8 &&
    t.some((x) => /^\d+$/.test(x)) &&
    t.some((x) => /[a-z]/.test(x))
  );
}

/** How well a stored key answers a query key: 2 exact, 1 whole tokens in sequence, 0 none. */
export function numberMatch(storedKey: string, queryKey: string): 0 | 1 | 2 {
  if (!storedKey || !queryKey) return 0;
  if (storedKey === queryKey) return 2;
  return storedKey.includes(queryKey) ? 1 : 0;
}

/**
 * Numbers mentioned in running text ("Nghị quyết số 57-NQ/TW", "Quyết định 01/2026/QĐ-UBND"):
 * candidates in recognised forms, in order, without repeats. The caller keeps the ones that exist.
 */
export function numbersInText(text: string): string[] {
  const re = new RegExp(
    String.raw`(?<![\p{L}\p{N}/-])(\d{1,6}(?:-${CODE}\/${CODE}(?:-${CODE})*|(?:\/(?:19|20)\d{2})?\/${CODE}(?:&${CODE})*(?:-${CODE}(?:&${CODE})*)+))(?![\p{L}\p{N}/-])`,
    'gu',
  );
  const seen = new Set<string>();
  const out: string[] = [];
  for (const m of nfc(text).matchAll(re)) {
    const n = m[1]!;
    if (parseDocumentNumber(n).form === 'unknown' || seen.has(n)) continue;
    seen.add(n);
    out.push(n);
  }
  return out;
}

/** Numeric part for ordering ("09" → 9; unknown numbers use their first digits, else 0). */
export function numberOrder(raw: string): number {
  const m = /\d{1,9}/.exec(raw);
  return m ? Number(m[0]) : 0;
}

/** Running text as a token key (same rules as numbers), for token-exact phrase search. */
export function textKey(raw: string, max = 200_000): string {
  const t = numberTokens(raw.slice(0, max));
  return t.length ? ` ${t.join(' ')} ` : '';
}

/** One term of a text query: words that must follow each other; `prefix` on the last one. */
export interface TextTerm {
  words: string[];
  prefix: boolean;
}

/**
 * A text query as full-text terms, folded exactly like `textKey` (so like the stored text):
 * a quoted phrase is one term, any other chunk ("đào", "09-QC/TW") one term of its tokens;
 * every term must match. `prefix` reads the last word as the start of a word (typeahead).
 * Tokens are letters and digits only: nothing in them is query syntax on either database.
 */
export function textTerms(raw: string, prefix = false): TextTerm[] {
  const s = nfc(raw.slice(0, 400)).replace(/[“”„‟″]/g, '"');
  const out: TextTerm[] = [];
  const seen = new Set<string>();
  for (const m of s.matchAll(/"([^"]*)"?|([^\s"]+)/g)) {
    const words = numberTokens(m[1] ?? m[2] ?? '')
      .filter((w) => w !== '&')
      .map((w) => w.slice(0, 40));
    const key = words.join(' ');
    if (!words.length || seen.has(key)) continue;
    seen.add(key);
    out.push({ words, prefix: false });
    if (out.length === 12) break;
  }
  const last = out[out.length - 1];
  if (prefix && last && !/\s$/.test(raw)) last.prefix = true;
  return out;
}
