import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeStaff, manualClock } from '../support/staff.ts';
import { testApp } from '../support/test-app.ts';

describe('the second factor names the province (issue #13)', () => {
  const clock = manualClock();
  let t: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    t = await testApp('sqlite', { clock: clock.now });
  });
  afterAll(async () => t?.close());

  it("puts the province's portal name in the authenticator app's issuer", async () => {
    const s = await makeStaff(t, clock, 'phongvien', 'reporter', ['tin-trong-tinh']);
    const account = (await t.deps.accounts.byId(s.id))!;
    const { uri } = await t.deps.auth.enrolment({ ...account, totpEnabled: false });
    const issuer = new URL(uri).searchParams.get('issuer');
    const shortName = (await t.deps.site.settings()).shortName;
    expect(shortName).toContain('Điện Biên');
    expect(issuer).toBe(`Cổng TTĐT ${shortName}`);
  });
});
