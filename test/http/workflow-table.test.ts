import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Forbidden } from '../../src/http/errors.ts';
import type { Account, Role } from '../../src/modules/account/account.ts';
import type { ArticleStatus } from '../../src/modules/article/article.ts';
import { emptyDraft } from '../../src/modules/newsroom/newsroom.service.ts';
import { availableTransitions, type Transition } from '../../src/modules/newsroom/workflow.ts';
import { testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';

const STATUSES: ArticleStatus[] = [
  'draft',
  'review',
  'approval',
  'scheduled',
  'published',
  'unpublished',
  'withdrawn',
];
const TRANSITIONS: Transition[] = [
  'submit',
  'forward',
  'return',
  'publish',
  'schedule',
  'unschedule',
  'setUnpublish',
  'withdraw',
];
const ROLES: Role[] = ['reporter', 'editor', 'approver', 'admin'];
const actor = (a: Account) => ({
  id: a.id,
  name: a.username,
  ip: '127.0.0.1',
  userAgent: 'vitest',
});

/**
 * The transition table through the real service and database: for every role × state ×
 * transition, in the person's own section and in another one, the service refuses exactly
 * what the policy refuses (Forbidden) and lets everything else through to its own checks.
 */
describe.each(dialects)('the workflow table against the database on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  const people = new Map<Role, Account>();
  let own = 0;
  let other = 0;
  let author: Account;

  beforeAll(async () => {
    t = await testApp(dialect, { seed: true });
    const sections = await t.deps.site.sections();
    own = sections.find((s) => s.slug === 'tin-trong-tinh')!.id;
    other = sections.find((s) => s.slug === 'van-ban')!.id;
    const sys = { id: null, name: 'Kiểm thử', ip: '', userAgent: '' };
    for (const role of ROLES) {
      const { account } = await t.deps.accounts.create(
        sys,
        {
          username: `u.${role}`,
          fullName: role,
          email: '',
          role,
          allSections: false,
          sectionIds: role === 'admin' ? [] : [own],
        },
        { password: 'Sông Đà mùa lũ năm 2026!' },
      );
      people.set(role, account);
    }
    author = people.get('reporter')!;
  });
  afterAll(async () => {
    await t?.close();
  });

  async function articleIn(sectionId: number, status: ArticleStatus): Promise<number> {
    const writer = sectionId === own ? author : people.get('approver')!;
    const creator = sectionId === own ? writer : { ...writer, allSections: true };
    const id = await t.deps.newsroom.create(actor(writer), creator, {
      ...emptyDraft(sectionId, 'PV'),
      title: `Bài ${status}`,
      lead: 'Sapo',
      bodyHtml: '<p>Nội dung</p>',
    });
    await t.db.kysely
      .updateTable('article')
      .set({ status, lockAccountId: null, lockUntil: null })
      .where('id', '=', id)
      .execute();
    return id;
  }

  it('refuses exactly what the policy refuses, for every role × state × transition × section', async () => {
    let checked = 0;
    for (const status of STATUSES) {
      for (const sectionId of [own, other]) {
        for (const role of ROLES) {
          const who = people.get(role)!;
          const allowed = new Set(
            availableTransitions(who, { status, sectionId, authorId: author.id }),
          );
          for (const tr of TRANSITIONS) {
            const fresh = await articleIn(sectionId, status);
            let err: unknown;
            try {
              await t.deps.newsroom.transition(actor(who), who, fresh, tr, {
                note: 'Ghi chú',
                at: new Date(Date.now() + 86_400_000),
              });
            } catch (e) {
              err = e;
            }
            const refused = err instanceof Forbidden;
            expect(
              refused,
              `${role} ${tr} on ${status} in ${sectionId === own ? 'own' : 'other'} section`,
            ).toBe(!allowed.has(tr));
            checked++;
          }
        }
      }
    }
    expect(checked).toBe(STATUSES.length * 2 * ROLES.length * TRANSITIONS.length);
  }, 240_000);
});
