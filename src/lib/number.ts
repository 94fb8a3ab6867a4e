/** Groups an integer the Vietnamese way: 1234567 → "1.234.567". */
export function formatCount(n: number): string {
  const s = String(Math.trunc(Math.abs(n)));
  const grouped = s.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return n < 0 ? `-${grouped}` : grouped;
}

/** A decimal the Vietnamese way: 9539.93 → "9.539,93". */
export function formatDecimal(n: number, digits: number): string {
  const [int = '0', frac = ''] = Math.abs(n).toFixed(digits).split('.');
  return `${n < 0 ? '-' : ''}${formatCount(Number(int))}${frac ? `,${frac}` : ''}`;
}
