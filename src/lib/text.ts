/** Normalises any incoming string to Unicode NFC (stored text and queries alike). */
export function nfc(s: string): string {
  return s.normalize('NFC');
}

/**
 * Folds Vietnamese text to a plain ASCII-ish key: lower case, tone and vowel marks removed,
 * đ/Đ → d. "Điện Biên", "ĐIỆN BIÊN", "dien bien" and NFD input all fold alike, and so do
 * old/new tone placement ("hòa"/"hoà").
 */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .normalize('NFC');
}

/** Collapses runs of white space to one space and trims; NFC on the way. */
export function cleanLine(s: string): string {
  return nfc(s).replace(/\s+/g, ' ').trim();
}

/** Shortens text to at most `max` characters on a word boundary, adding "…". */
export function excerpt(s: string, max: number): string {
  const t = cleanLine(s);
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}
