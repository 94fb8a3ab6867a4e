import { vnParts } from './date.ts';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * RFC 822 date-time in Vietnam's offset for RSS 2.0: "Thu, 09 Mar 2023 15:03:54 +0700"
 * (English day and month names, four-digit year, as RSS readers expect), whatever the server's zone.
 */
export function toRfc822Vn(d: Date): string {
  const p = vnParts(d);
  return `${DAYS[p.weekday] ?? 'Mon'}, ${pad(p.day)} ${MONTHS[p.month - 1] ?? 'Jan'} ${p.year} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)} +0700`;
}
