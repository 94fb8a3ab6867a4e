import { formatDate, vnParts } from '../../lib/date.ts';
import type { ScheduleEntry } from './schedule.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** "Điều chỉnh lúc 14:30 07/12/2026" (Vietnamese wall-clock time). */
export function adjustedText(at: Date): string {
  const p = vnParts(at);
  return `Điều chỉnh lúc ${pad(p.hour)}:${pad(p.minute)} ${formatDate(at)}`;
}

/** The adjustment in one line of plain text (feeds), or '' when the entry was never adjusted. */
export function adjustedLine(e: Pick<ScheduleEntry, 'adjustedAt' | 'previous'>): string {
  if (!e.adjustedAt) return '';
  const prev = Object.entries(e.previous)
    .map(([k, v]) => `${k}: ${v || '(trống)'}`)
    .join('; ');
  return prev
    ? `${adjustedText(e.adjustedAt)}. Trước điều chỉnh: ${prev}`
    : adjustedText(e.adjustedAt);
}
