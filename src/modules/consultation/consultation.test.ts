import { describe, expect, it } from 'vitest';
import { responseSchema } from './consultation.schema.ts';
import { stanceTotals, windowState } from './consultation.ts';

describe('Lấy ý kiến dự thảo rules', () => {
  const c = {
    opensAt: new Date('2026-12-07T01:00:00Z'),
    closesAt: new Date('2026-12-10T10:00:00Z'),
  };
  it('opens at the opening instant and closes exactly at the deadline', () => {
    expect(windowState(c, new Date('2026-12-07T00:59:59Z'))).toBe('upcoming');
    expect(windowState(c, c.opensAt)).toBe('open');
    expect(windowState(c, new Date('2026-12-10T09:59:59.999Z'))).toBe('open');
    expect(windowState(c, c.closesAt)).toBe('closed');
  });

  it('counts per section and stance, zero for sections without responses', () => {
    const t = stanceTotals(
      [{ id: 1 }, { id: 2 }],
      [
        { sectionId: 1, stance: 'tan-thanh', group: 'nhan-dan', n: 3 },
        { sectionId: 1, stance: 'tan-thanh', group: 'to-chuc', n: 2 },
        { sectionId: 1, stance: 'mot-phan', group: 'nhan-dan', n: 1 },
        { sectionId: 9, stance: 'tan-thanh', group: 'nhan-dan', n: 7 },
      ],
    );
    expect(t.get(1)).toEqual({ 'tan-thanh': 5, 'khong-tan-thanh': 0, 'mot-phan': 1, total: 6 });
    expect(t.get(2)?.total).toBe(0);
    expect(t.has(9)).toBe(false);
  });

  it('needs text unless "Tán thành", and keeps no contact without consent', () => {
    const base = { sectionId: '1', group: 'nhan-dan', body: '', name: '', contact: '' };
    expect(responseSchema.safeParse({ ...base, stance: 'tan-thanh' }).success).toBe(true);
    expect(responseSchema.safeParse({ ...base, stance: 'khong-tan-thanh' }).success).toBe(false);
    expect(responseSchema.safeParse({ ...base, stance: 'mot-phan' }).success).toBe(false);
    const noConsent = responseSchema.safeParse({ ...base, stance: 'tan-thanh', name: 'Lò Văn A' });
    expect(noConsent.success).toBe(false);
    const ok = responseSchema.parse({
      ...base,
      stance: 'tan-thanh',
      name: ' Lò  Văn A ',
      consent: 'on',
    });
    expect(ok.name).toBe('Lò Văn A');
    expect(responseSchema.safeParse({ ...base, stance: 'x' }).success).toBe(false);
    expect(responseSchema.safeParse({ ...base, sectionId: '0', stance: 'tan-thanh' }).success).toBe(
      false,
    );
  });
});
