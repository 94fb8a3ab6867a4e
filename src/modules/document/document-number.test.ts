import { describe, expect, it } from 'vitest';
import {
  looksLikeNumber,
  numberKey,
  numberMatch,
  numbersInText,
  parseDocumentNumber,
  typeNameOfCode,
} from './document-number.ts';

describe('parseDocumentNumber', () => {
  it.each([
    ['09-QC/TW', 'party', '09', 'QC', 'TW', null],
    ['399-QĐ/TW', 'party', '399', 'QĐ', 'TW', null],
    ['08-QĐi/TW', 'party', '08', 'QĐi', 'TW', null],
    ['15-HD/BTGTU', 'party', '15', 'HD', 'BTGTU', null],
    ['152-BC/ĐU', 'party', '152', 'BC', 'ĐU', null],
    ['125/QĐ-UBND', 'state', '125', 'QĐ', 'UBND', null],
    ['01/2026/QĐ-UBND', 'state', '01', 'QĐ', 'UBND', 2026],
    ['224/2026/NĐ-CP', 'state', '224', 'NĐ', 'CP', 2026],
    ['19/2012/TTLT-BTC-BKH&ĐT-BTTTT', 'state', '19', 'TTLT', 'BTC-BKH&ĐT-BTTTT', 2012],
    ['01/VBHN-VPQH', 'state', '01', 'VBHN', 'VPQH', null],
    ['148/2025/QH15', 'state', '148', '', 'QH15', 2025],
    ['4021/VPCP-CN', 'state', '4021', '', 'VPCP-CN', null],
  ])('%s is %s', (raw, form, seq, typeCode, issuerCode, year) => {
    expect(parseDocumentNumber(raw)).toEqual({ typed: raw, form, seq, typeCode, issuerCode, year });
  });

  it.each(['4263', '03-HD', '06/2022-QH15', '', 'x'.repeat(81), 'QC/TW-09', '09--QC/TW'])(
    '%j is accepted as unknown, kept as typed',
    (raw) => {
      const p = parseDocumentNumber(raw);
      expect(p.form).toBe('unknown');
      expect(p.typed).toBe(raw.trim());
    },
  );

  it('tidies spaces around separators and NFC, nothing else', () => {
    expect(parseDocumentNumber(' 09 - QC / TW ').typed).toBe('09-QC/TW');
    expect(parseDocumentNumber('399-QĐ/TW'.normalize('NFD')).typed).toBe('399-QĐ/TW');
  });

  it('suggests a type from its code, keeping QĐ and QĐi apart', () => {
    expect(typeNameOfCode('QĐ')).toBe('Quyết định');
    expect(typeNameOfCode('QĐi')).toBe('Quy định');
    expect(typeNameOfCode('qc')).toBe('Quy chế');
    expect(typeNameOfCode('XYZ')).toBeUndefined();
  });
});

describe('numberKey and numberMatch', () => {
  const key = numberKey('09-QC/TW');
  it('folds đ/d and case, drops leading zeros, treats - / and spaces alike', () => {
    expect(key).toBe(' 9 qc tw ');
    for (const q of ['9 qc tw', '09-qc-tw', '9/QC/TW', ' 09 QC TW ', '0009-Qc/tW']) {
      expect(numberMatch(key, numberKey(q))).toBe(2);
    }
    expect(numberKey('399-QĐ/TW')).toBe(numberKey('399 qd tw'));
    expect(numberKey('19/2012/TTLT-BTC-BKH&ĐT-BTTTT')).toBe(' 19 2012 ttlt btc bkh & dt btttt ');
  });
  it('never matches a substring: 09-QC/TW does not find 109-QC/TW or 09-QC/TWA', () => {
    const q = numberKey('09-QC/TW');
    expect(numberMatch(numberKey('109-QC/TW'), q)).toBe(0);
    expect(numberMatch(numberKey('09-QC/TWA'), q)).toBe(0);
    expect(numberMatch(numberKey('90-QC/TW'), q)).toBe(0);
    expect(numberMatch(numberKey('09-QĐi/TW'), numberKey('09-QĐ/TW'))).toBe(0);
  });
  it('whole tokens in sequence rank below the exact match', () => {
    expect(numberMatch(numberKey('01/2026/QĐ-UBND'), numberKey('QĐ-UBND'))).toBe(1);
    expect(numberMatch(numberKey('01/2026/QĐ-UBND'), numberKey('1/2026/qd-ubnd'))).toBe(2);
  });
  it('tells a number-like query from words', () => {
    expect(looksLikeNumber('9 qc tw')).toBe(true);
    expect(looksLikeNumber('57-NQ/TW')).toBe(true);
    expect(looksLikeNumber('chuyển đổi số')).toBe(false);
    expect(looksLikeNumber('2026')).toBe(false);
  });
});

describe('numbersInText', () => {
  it('finds Party and state numbers in running text, once each', () => {
    expect(
      numbersInText(
        'Thực hiện Nghị quyết số 57-NQ/TW và Quyết định 01/2026/QĐ-UBND; lại nhắc 57-NQ/TW, ngày 05/01/2026.',
      ),
    ).toEqual(['57-NQ/TW', '01/2026/QĐ-UBND']);
  });
  it('does not cut a number out of a longer one', () => {
    expect(numbersInText('số 109-QC/TW và abc57-NQ/TW')).toEqual(['109-QC/TW']);
  });
});
