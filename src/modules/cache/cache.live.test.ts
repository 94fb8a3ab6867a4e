import { describe, expect, it } from 'vitest';
import { fillTemplate, hasSlots, parseTemplate } from './cache.live.ts';
import { liveSlot } from '../../views/live-slot.ts';

describe('live slots', () => {
  it('splits a page at its slots and fills them with the values of the moment', () => {
    const html = `<p>Lượt đọc: ${liveSlot('reads:7')}</p><dl><dd>${liveSlot('stats:today')}</dd></dl>`;
    const t = parseTemplate(html);
    expect(t.slots).toEqual(['reads:7', 'stats:today']);
    expect(t.parts).toEqual(['<p>Lượt đọc: ', '</p><dl><dd>', '</dd></dl>']);
    expect(fillTemplate(t, ['12.695', '1.234'])).toBe(
      '<p>Lượt đọc: 12.695</p><dl><dd>1.234</dd></dl>',
    );
    expect(hasSlots(html)).toBe(true);
    expect(hasSlots(fillTemplate(t, ['1', '2']))).toBe(false);
  });

  it('cannot be forged by stored text (the marker carries a secret per process)', () => {
    const forged = '\uE020reads:7\uE021 and \uE020 0123456789abcdef reads:7\uE021';
    expect(parseTemplate(forged).slots).toEqual([]);
    expect(fillTemplate(parseTemplate(forged), [])).toBe(forged);
  });
});
