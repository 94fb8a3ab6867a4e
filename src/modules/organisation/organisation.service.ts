import { NotFound, Validation } from '../../http/errors.ts';
import { vnDayKey } from '../../lib/date.ts';
import { slugify } from '../../lib/slug.ts';
import type { UnitOfWork } from '../../db/transaction.ts';
import type { Actor } from '../audit/audit.ts';
import type { AuditService } from '../audit/audit.service.ts';
import {
  makesCycle,
  postOn,
  unitTree,
  heldOn,
  type OrgPerson,
  type OrgPost,
  type OrgUnit,
} from './organisation.ts';
import type { OrganisationRepository } from './organisation.repository.ts';
import type { PersonForm, PhotoForm, PostForm, UnitForm } from './organisation.schema.ts';
import type { Media } from '../media/media.ts';
import { say } from './organisation.messages.ts';

/** What organisation changes write through, bound to one transaction. */
export interface OrganisationWrites {
  repo: OrganisationRepository;
  audit: AuditService;
}

/** A post with its unit's name, for pages. */
export interface PostView extends OrgPost {
  unitName: string | null;
}

/** A term of office named on posts ("Khóa XV (2025–2030)"), with its address slug. */
export interface TermLink {
  name: string;
  slug: string;
}

/** The terms the posts name, newest first (by the earliest start of a post in each). */
export function termsOf(posts: OrgPost[]): TermLink[] {
  const first = new Map<string, string>();
  for (const p of posts) {
    if (!p.term) continue;
    const was = first.get(p.term);
    if (!was || p.startsOn < was) first.set(p.term, p.startsOn);
  }
  return [...first.entries()]
    .sort((a, b) => b[1].localeCompare(a[1]) || a[0].localeCompare(b[0]))
    .map(([name]) => ({ name, slug: slugify(name) }));
}

/** A person's portrait: the library image and the text for this person. */
export interface Portrait {
  media: Media;
  alt: string;
}

/** A person with the post held on the day asked. */
export interface PersonOn {
  person: OrgPerson;
  post: PostView | undefined;
}

const isId = (n: number) => Number.isSafeInteger(n) && n > 0 && n < 2 ** 31;

/**
 * Cơ cấu tổ chức: the site's units, people and the posts they hold per term. Titles are read at
 * a date (`titleOn`) so that a past document or schedule shows the post held then. Every change
 * is one transaction with its audit record; public pages follow by the content epoch.
 */
export function organisationService(deps: {
  repo: OrganisationRepository;
  tx: UnitOfWork<OrganisationWrites>;
  clock: () => Date;
  /** Whether another module still refers to a person (the schedule's chairs). */
  personInUse?: (id: number) => Promise<boolean>;
  /** Whether a document of the site names the person as its signer (Văn bản). */
  personSigns?: (id: number) => Promise<boolean>;
  /** Whether another module still refers to a unit (a unit's own schedule). */
  unitInUse?: (id: number) => Promise<boolean>;
  /** The media library's images by id (portraits). */
  media?: { byIds: (ids: number[]) => Promise<Map<number, Media>> };
}) {
  const { repo, tx } = deps;

  /** Portraits of people, by person id (images that are gone are left out). */
  async function portraits(people: OrgPerson[]): Promise<Map<number, Portrait>> {
    const ids = people.flatMap((p) => (p.photoMediaId === null ? [] : [p.photoMediaId]));
    const media = deps.media && ids.length ? await deps.media.byIds(ids) : new Map<number, Media>();
    const out = new Map<number, Portrait>();
    for (const p of people) {
      const m = p.photoMediaId === null ? undefined : media.get(p.photoMediaId);
      if (m && m.kind === 'image') out.set(p.id, { media: m, alt: p.photoAlt || m.alt });
    }
    return out;
  }
  const today = () => vnDayKey(deps.clock());

  async function unit(id: number): Promise<OrgUnit> {
    const u = isId(id) ? await repo.unit(id) : undefined;
    if (!u) throw new NotFound(say('organisation.unit_not_found'));
    return u;
  }
  async function person(id: number): Promise<OrgPerson> {
    const p = isId(id) ? await repo.person(id) : undefined;
    if (!p) throw new NotFound(say('organisation.person_not_found'));
    return p;
  }
  async function post(id: number): Promise<OrgPost> {
    const p = isId(id) ? await repo.post(id) : undefined;
    if (!p) throw new NotFound(say('organisation.post_not_found'));
    return p;
  }
  async function withUnits(posts: OrgPost[]): Promise<PostView[]> {
    const names = new Map((await repo.units()).map((u) => [u.id, u.name]));
    return posts.map((p) => ({
      ...p,
      unitName: p.unitId === null ? null : (names.get(p.unitId) ?? null),
    }));
  }
  async function checkUnitRef(unitId: number | null): Promise<void> {
    if (unitId !== null && !(isId(unitId) && (await repo.unit(unitId))))
      throw Validation.of('unitId', say('organisation.bad_unit'));
  }

  return {
    unit,
    person,
    post,
    today,
    units: () => repo.units(),
    people: () => repo.people(),
    /** Units in tree order with their depth. */
    async tree() {
      return unitTree(await repo.units());
    },

    /**
     * The title `personId` held on `date` (a Vietnamese day "YYYY-MM-DD" or an instant), e.g.
     * "Bí thư Tỉnh ủy"; undefined when the person held no post that day or is not of this site.
     */
    async titleOn(personId: number, date: string | Date): Promise<string | undefined> {
      if (!isId(personId)) return undefined;
      const day = typeof date === 'string' ? date : vnDayKey(date);
      return postOn(await repo.posts([personId]), day)?.title;
    },

    /** Several people at several days at once: `${personId}|${day}` → name and title. */
    async namesAndTitles(
      wanted: { personId: number; day: string }[],
    ): Promise<Map<string, { name: string; title: string | undefined }>> {
      const ids = [...new Set(wanted.map((w) => w.personId).filter(isId))];
      const out = new Map<string, { name: string; title: string | undefined }>();
      if (ids.length === 0) return out;
      const people = new Map(
        (await repo.people()).filter((p) => ids.includes(p.id)).map((p) => [p.id, p]),
      );
      const posts = await repo.posts(ids);
      for (const w of wanted) {
        const p = people.get(w.personId);
        if (!p) continue;
        const held = postOn(
          posts.filter((x) => x.personId === w.personId),
          w.day,
        );
        out.set(`${w.personId}|${w.day}`, { name: p.fullName, title: held?.title });
      }
      return out;
    },

    /** Everyone with the post held today (back office list). */
    async peopleToday(): Promise<PersonOn[]> {
      const [people, posts] = await Promise.all([repo.people(), withUnits(await repo.posts())]);
      const day = today();
      return people.map((p) => ({
        person: p,
        post: postOn(
          posts.filter((x) => x.personId === p.id),
          day,
        ) as PostView | undefined,
      }));
    },

    /**
     * The public page: leadership held today, and each unit with the people serving in it today;
     * or, for a term (`termSlug`, e.g. "khoa-xiv-2020-2025"), every post held in that term, so a
     * past line-up stays viewable. The terms are listed newest first; an unknown one is a 404.
     */
    async publicPage(termSlug?: string) {
      const day = today();
      const [people, units] = await Promise.all([repo.people(), repo.units()]);
      const all = await withUnits(await repo.posts());
      const terms = termsOf(all);
      const term = termSlug === undefined ? undefined : terms.find((t) => t.slug === termSlug);
      if (termSlug !== undefined && !term) throw new NotFound(say('organisation.term_not_found'));
      const posts = term
        ? all.filter((p) => p.term === term.name)
        : all.filter((p) => heldOn(p, day));
      const name = new Map(people.map((p) => [p.id, p]));
      const leadership = posts
        .filter((p) => p.leadership && name.has(p.personId))
        .sort((a, b) => a.position - b.position || a.id - b.id)
        .map((p) => ({ person: name.get(p.personId)!, post: p }));
      const tree = unitTree(units).map((t) => ({
        ...t,
        members: posts
          .filter((p) => p.unitId === t.unit.id && name.has(p.personId))
          .sort((a, b) => a.position - b.position || a.id - b.id)
          .map((p) => ({ person: name.get(p.personId)!, post: p })),
      }));
      const photos = await portraits(leadership.map((l) => l.person));
      return {
        day,
        terms,
        term,
        leadership: leadership.map((l) => ({ ...l, photo: photos.get(l.person.id) })),
        tree,
      };
    },

    /** A person's page: every post, latest first (past terms kept). */
    async personPage(id: number) {
      const p = await person(id);
      const posts = (await withUnits(await repo.posts([p.id]))).sort(
        (a, b) => b.startsOn.localeCompare(a.startsOn) || a.id - b.id,
      );
      return {
        person: p,
        photo: (await portraits([p])).get(p.id),
        posts,
        current: postOn(posts, today()) as PostView | undefined,
        day: today(),
      };
    },

    /**
     * Sets a person's portrait from the library (an image of this site) with its text (the
     * library's alt when left empty; one of them is required), or clears it (`mediaId` null).
     */
    async setPhoto(actor: Actor, id: number, form: PhotoForm): Promise<void> {
      const p = await person(id);
      let alt = '';
      if (form.mediaId !== null) {
        const m = deps.media
          ? (await deps.media.byIds([form.mediaId])).get(form.mediaId)
          : undefined;
        if (!m || m.kind !== 'image') throw Validation.of('mediaId', say('organisation.bad_photo'));
        alt = form.alt || m.alt;
        if (!alt) throw Validation.of('alt', say('organisation.photo_alt_required'));
      }
      await tx(async ({ repo, audit }) => {
        await repo.setPhoto(p.id, form.mediaId, alt, deps.clock());
        await audit.record(
          actor,
          form.mediaId === null ? 'organisation.photo_removed' : 'organisation.photo_set',
          {
            type: 'org_person',
            id: p.id,
            summary: p.fullName,
            detail: {
              before: { mediaId: p.photoMediaId, alt: p.photoAlt },
              after: { mediaId: form.mediaId, alt },
            },
          },
        );
      });
    },

    async saveUnit(actor: Actor, id: number | undefined, form: UnitForm): Promise<number> {
      const before = id === undefined ? undefined : await unit(id);
      const all = await repo.units();
      if (form.parentId !== null) {
        const exists = all.some((u) => u.id === form.parentId);
        if (!exists || (id !== undefined && makesCycle(all, id, form.parentId)))
          throw Validation.of('parentId', say('organisation.bad_parent'));
      }
      return tx(async ({ repo, audit }) => {
        const saved = before
          ? (await repo.updateUnit(before.id, form, deps.clock()), before.id)
          : await repo.insertUnit(form, deps.clock());
        await audit.record(actor, 'organisation.unit_saved', {
          type: 'org_unit',
          id: saved,
          summary: form.name,
          detail: before ? { before: { ...before }, after: { ...form } } : { ...form },
        });
        return saved;
      });
    },
    /** Removes a unit (children move up); refused while the schedule has entries of it. */
    async removeUnit(actor: Actor, id: number): Promise<void> {
      const u = await unit(id);
      if (deps.unitInUse && (await deps.unitInUse(u.id)))
        throw Validation.of('_', say('organisation.unit_in_use'));
      await tx(async ({ repo, audit }) => {
        await repo.removeUnit(u.id);
        await audit.record(actor, 'organisation.unit_deleted', {
          type: 'org_unit',
          id: u.id,
          summary: u.name,
        });
      });
    },

    async savePerson(actor: Actor, id: number | undefined, form: PersonForm): Promise<number> {
      const before = id === undefined ? undefined : await person(id);
      return tx(async ({ repo, audit }) => {
        const saved = before
          ? (await repo.updatePerson(before.id, form, deps.clock()), before.id)
          : await repo.insertPerson(form, deps.clock());
        await audit.record(actor, 'organisation.person_saved', {
          type: 'org_person',
          id: saved,
          summary: form.fullName,
          detail: before ? { before: { ...before }, after: { ...form } } : { ...form },
        });
        return saved;
      });
    },
    /** Removes a person and their posts; refused while the schedule or a document names them. */
    async removePerson(actor: Actor, id: number): Promise<void> {
      const p = await person(id);
      if (deps.personInUse && (await deps.personInUse(p.id)))
        throw Validation.of('_', say('organisation.person_in_use'));
      if (deps.personSigns && (await deps.personSigns(p.id)))
        throw Validation.of('_', say('organisation.person_signs'));
      await tx(async ({ repo, audit }) => {
        const posts = await repo.posts([p.id]);
        await repo.removePerson(p.id);
        await audit.record(actor, 'organisation.person_deleted', {
          type: 'org_person',
          id: p.id,
          summary: p.fullName,
          detail: { person: { ...p }, posts },
        });
      });
    },

    async addPost(actor: Actor, personId: number, form: PostForm): Promise<number> {
      const p = await person(personId);
      await checkUnitRef(form.unitId);
      return tx(async ({ repo, audit }) => {
        const id = await repo.insertPost({ ...form, personId: p.id }, deps.clock());
        await audit.record(actor, 'organisation.post_added', {
          type: 'org_post',
          id,
          summary: `${p.fullName}: ${form.title}`,
          detail: { ...form, personId: p.id },
        });
        return id;
      });
    },
    async updatePost(actor: Actor, id: number, form: PostForm): Promise<OrgPost> {
      const before = await post(id);
      await checkUnitRef(form.unitId);
      await tx(async ({ repo, audit }) => {
        await repo.updatePost(before.id, { ...form, personId: before.personId });
        await audit.record(actor, 'organisation.post_updated', {
          type: 'org_post',
          id: before.id,
          summary: form.title,
          detail: { before: { ...before }, after: { ...form } },
        });
      });
      return before;
    },
    async removePost(actor: Actor, id: number): Promise<OrgPost> {
      const before = await post(id);
      await tx(async ({ repo, audit }) => {
        await repo.removePost(before.id);
        await audit.record(actor, 'organisation.post_deleted', {
          type: 'org_post',
          id: before.id,
          summary: before.title,
          detail: { ...before },
        });
      });
      return before;
    },
  };
}

export type OrganisationService = ReturnType<typeof organisationService>;
