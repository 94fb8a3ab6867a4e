import { DEFAULT_SITE_ID, withSite } from '../../src/db/site-scope.ts';
import type { testApp } from './test-app.ts';

type TestApp = Awaited<ReturnType<typeof testApp>>;

const STAFF = { id: null, name: 'Kiểm thử', ip: '127.0.0.1', userAgent: 'vitest' };

/**
 * A published draft document ("Dự thảo") of the default site, written straight to its tables
 * (the document workflow has its own tests), with a consultation open from `opensAt` to
 * `closesAt` on two sections. Returns the ids.
 */
export async function draftWithConsultation(
  t: Pick<TestApp, 'db' | 'deps'>,
  opts: { opensAt: Date; closesAt: Date; effect?: string; number?: string },
) {
  const k = t.db.kysely;
  const now = new Date().toISOString();
  const siteId = DEFAULT_SITE_ID;
  const number = opts.number ?? `Dự thảo ${Math.random().toString(36).slice(2, 7)}`;
  const type = await k
    .insertInto('documentType')
    .values({ siteId, name: `Nghị quyết ${number}`, position: 99 })
    .returning('id')
    .executeTakeFirstOrThrow();
  const issuer = await k
    .insertInto('documentIssuer')
    .values({ siteId, name: `Tỉnh ủy ${number}`, place: 'Điện Biên', code: 'TU', position: 99 })
    .returning('id')
    .executeTakeFirstOrThrow();
  const doc = await k
    .insertInto('document')
    .values({
      siteId,
      number,
      numberForm: 'unknown',
      numberKey: number.toLowerCase(),
      typeId: type.id,
      issuerId: issuer.id,
      issuedOn: '2026-12-01',
      effect: opts.effect ?? 'draft',
      summary: 'Về phát triển kinh tế - xã hội tỉnh Điện Biên giai đoạn 2026 - 2030',
      scope: 'public',
      status: 'published',
      slug: 'du-thao-nghi-quyet',
      createdAt: now,
      updatedAt: now,
      publishedAt: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if ((opts.effect ?? 'draft') !== 'draft') return { documentId: doc.id, id: 0, sections: [] };
  return withSite(siteId, async () => {
    const { id } = await t.deps.consultations.create(STAFF, doc.id, {
      opensAt: opts.opensAt,
      closesAt: opts.closesAt,
      unitName: 'Ban Tuyên giáo và Dân vận Tỉnh ủy',
      unitEmail: 'btgdv@dienbien.example.vn',
      unitAddress: 'Phường Điện Biên Phủ, tỉnh Điện Biên',
      rules: 'Góp ý theo từng điều của dự thảo.',
    });
    await t.deps.consultations.addSection(STAFF, id, 'Điều 1', 'Phạm vi điều chỉnh');
    await t.deps.consultations.addSection(STAFF, id, 'Điều 2', 'Mục tiêu');
    const sections = await k
      .selectFrom('consultationSection')
      .select('id')
      .where('consultationId', '=', id)
      .orderBy('position')
      .execute();
    return { documentId: doc.id, id, sections: sections.map((s) => s.id) };
  });
}
