import { expect } from 'vitest';
import type { Role } from '../../src/modules/account/account.ts';
import { currentTotp } from '../../src/modules/auth/totp.ts';
import type { AppDeps } from '../../src/services.ts';
import { agent } from './agent.ts';

/** The password given to every test account (long, three classes, not a known one). */
export const STAFF_PASSWORD = 'Quản-trị-Điện-Biên-2026!';

/** Who acts when a test sets something up directly through a service. */
export const SYSTEM_ACTOR = { id: null, name: 'Kiểm thử', ip: '127.0.0.1', userAgent: 'vitest' };

/** A clock the test moves by hand (each login needs a fresh 30-second TOTP step). */
export function testClock(start = new Date('2026-11-27T02:00:00Z')) {
  let now = start;
  return {
    now: () => now,
    tick(ms: number): void {
      now = new Date(now.getTime() + ms);
    },
  };
}
export type TestClock = ReturnType<typeof testClock>;

/** A staff account, its password set (no forced change) and its TOTP secret if its role needs one. */
export async function createStaff(
  deps: AppDeps,
  opts: { username: string; role: Role; sectionIds?: number[]; allSections?: boolean; fullName?: string },
): Promise<{ username: string; secret: string | null }> {
  const created = await deps.accounts.create(
    SYSTEM_ACTOR,
    { username: opts.username, fullName: opts.fullName ?? `Cán bộ ${opts.username}`, email: '', role: opts.role, allSections: opts.allSections ?? false, sectionIds: opts.sectionIds ?? [] },
    { password: STAFF_PASSWORD },
  );
  return { username: opts.username, secret: created.totpSecret };
}

/**
 * Logs a staff member in through the forms, answering the second factor (enrolling it on the
 * first login), and returns a cookie-keeping agent on the dashboard.
 */
export async function loginStaff(app: Parameters<typeof agent>[0], clock: TestClock, who: { username: string; secret: string | null }) {
  const a = agent(app);
  await a.get('/quan-tri/dang-nhap');
  const r = await a.post('/quan-tri/dang-nhap', { username: who.username, password: STAFF_PASSWORD });
  expect(r.status).toBe(303);
  if (r.location === '/quan-tri/bao-mat/hai-lop' || r.location === '/quan-tri/xac-thuc') {
    await a.get(r.location);
    clock.tick(31_000);
    const done = await a.post(r.location, { code: currentTotp(who.secret ?? '', clock.now()) });
    expect(done.status === 303 || done.status === 200).toBe(true);
  }
  const dash = await a.get('/quan-tri');
  expect(dash.status).toBe(200);
  return a;
}
