import type { Account } from '../../src/modules/account/account.ts';
import type { AppDeps } from '../../src/services.ts';

/** The system actor of tests that drive services directly (no HTTP login). */
export const TEST_ACTOR = { id: null, name: 'Kiểm thử', ip: '127.0.0.1', userAgent: 'vitest' };

/**
 * On an empty (unseeded) database: the section "Tin trong tỉnh" and an approver of every section,
 * so a test can write and publish an article through the newsroom's own services.
 */
export async function sectionAndApprover(
  deps: AppDeps,
): Promise<{ sectionId: number; approver: Account }> {
  const sectionId = (
    await deps.db.kysely
      .insertInto('section')
      .values({
        siteId: 1,
        slug: 'tin-trong-tinh',
        name: 'Tin trong tỉnh',
        createdAt: new Date().toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  const created = await deps.accounts.create(
    TEST_ACTOR,
    {
      username: 'lanhdao',
      fullName: 'Lãnh đạo',
      email: '',
      role: 'approver',
      allSections: true,
      sectionIds: [],
    },
    { password: 'Mường Thanh mùa lúa chín 2026!' },
  );
  return { sectionId, approver: (await deps.accounts.byId(created.account.id))! };
}
