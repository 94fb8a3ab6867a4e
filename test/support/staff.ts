import type { Role } from '../../src/modules/account/account.ts';
import { currentTotp } from '../../src/modules/auth/totp.ts';
import { agent } from './agent.ts';
import type { testApp } from './test-app.ts';

type TestApp = Awaited<ReturnType<typeof testApp>>;

/** A test clock that tests move forward by hand. */
export function manualClock(start = new Date('2026-11-27T02:00:00Z')) {
  let now = start;
  return {
    now: () => now,
    tick(ms: number) {
      now = new Date(now.getTime() + ms);
    },
    set(d: Date) {
      now = d;
    },
  };
}

const SYSTEM = { id: null, name: 'Kiểm thử', ip: '127.0.0.1', userAgent: 'vitest' };

/** A staff member created for a test, able to log in through the real forms. */
export interface TestStaff {
  id: number;
  username: string;
  password: string;
  totpSecret: string | null;
  /** A signed-in browser-like client. */
  login(): Promise<ReturnType<typeof agent>>;
}

/**
 * Creates an account with a known password and section slugs; every role (the second factor is
 * mandatory for all by default) enrols it through the real pages on first login and answers a
 * code on later ones.
 */
export async function makeStaff(
  t: TestApp,
  clock: ReturnType<typeof manualClock>,
  username: string,
  role: Role,
  sectionSlugs: string[] = [],
  fullName = username,
): Promise<TestStaff> {
  const sections = await t.deps.site.sections();
  const sectionIds = sectionSlugs.map((slug) => {
    const s = sections.find((x) => x.slug === slug);
    if (!s) throw new Error(`no section ${slug}`);
    return s.id;
  });
  const password = `Sông Đà mùa lũ năm 2026 số ${username.length}!`;
  const created = await t.deps.accounts.create(
    SYSTEM,
    { username, fullName, email: '', role, allSections: false, sectionIds },
    { password },
  );
  const staff: TestStaff = {
    id: created.account.id,
    username,
    password,
    totpSecret: created.totpSecret,
    async login() {
      const a = agent(t.app);
      await a.get('/quan-tri/dang-nhap');
      const r = await a.post('/quan-tri/dang-nhap', { username, password });
      if (r.location === '/quan-tri/bao-mat/hai-lop') {
        await a.get(r.location);
        clock.tick(31_000);
        const ok = await a.post('/quan-tri/bao-mat/hai-lop', {
          code: currentTotp(staff.totpSecret!, clock.now()),
        });
        if (ok.status !== 200) throw new Error(`enrolment failed: ${ok.status}`);
      } else if (r.location === '/quan-tri/xac-thuc') {
        await a.get(r.location);
        clock.tick(31_000);
        const ok = await a.post('/quan-tri/xac-thuc', {
          code: currentTotp(staff.totpSecret!, clock.now()),
        });
        if (ok.location !== '/quan-tri') throw new Error(`second factor failed: ${ok.status}`);
      } else if (r.location !== '/quan-tri') {
        throw new Error(`login failed for ${username}: ${r.status} ${r.text.slice(0, 200)}`);
      }
      await a.get('/quan-tri');
      return a;
    },
  };
  return staff;
}
