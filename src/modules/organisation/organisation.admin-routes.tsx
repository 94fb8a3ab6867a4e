import { Hono, type Context } from 'hono';
import type { ZodType } from 'zod';
import { formOf, formText } from '../../http/admin-guard.ts';
import type { AppEnv } from '../../http/env.ts';
import { fieldErrors, Validation } from '../../http/errors.ts';
import { actorOf } from '../../http/origin.ts';
import { renderAdmin } from '../../shell/render-admin.tsx';
import type { Shell } from '../../shell/shell.ts';
import { requireCan } from '../account/account.guard.ts';
import type { OrgPerson, OrgPost, OrgUnit } from './organisation.ts';
import { ORGANISATION_MESSAGES as M, say } from './organisation.messages.ts';
import {
  personFormSchema,
  photoFormSchema,
  postFormSchema,
  unitFormSchema,
} from './organisation.schema.ts';
import type { OrganisationService } from './organisation.service.ts';
import type { MediaService } from '../media/media.service.ts';
import {
  OrgOverviewPage,
  ORG_BASE,
  PersonFormPage,
  PostFormPage,
  UnitFormPage,
} from './views/organisation.admin.tsx';

/** What the organisation's back office uses. */
export interface OrganisationRouteDeps {
  organisation: OrganisationService;
  media: Pick<MediaService, 'list'>;
  shell: Shell;
}

type Values = Record<string, string>;

const UNIT_FIELDS = ['name', 'parentId', 'description', 'phone', 'email', 'address', 'position'];
const PERSON_FIELDS = ['fullName', 'responsibilities', 'phone', 'email'];
const POST_FIELDS = ['title', 'unitId', 'term', 'startsOn', 'endsOn', 'leadership', 'position'];

const guard = (c: Context<AppEnv>) =>
  requireCan(c, 'organisation.manage', { message: say('organisation.forbidden') });

const idOf = (c: Context<AppEnv>) => Number(c.req.param('id'));

function unitValues(u?: OrgUnit): Values {
  return {
    name: u?.name ?? '',
    parentId: u?.parentId == null ? '' : String(u.parentId),
    description: u?.description ?? '',
    phone: u?.phone ?? '',
    email: u?.email ?? '',
    address: u?.address ?? '',
    position: String(u?.position ?? 0),
  };
}
function personValues(p?: OrgPerson): Values {
  return {
    fullName: p?.fullName ?? '',
    responsibilities: p?.responsibilities ?? '',
    phone: p?.phone ?? '',
    email: p?.email ?? '',
  };
}
function postValues(p?: OrgPost): Values {
  return {
    title: p?.title ?? '',
    unitId: p?.unitId == null ? '' : String(p.unitId),
    term: p?.term ?? '',
    startsOn: p?.startsOn ?? '',
    endsOn: p?.endsOn ?? '',
    leadership: p?.leadership ? 'on' : '',
    position: String(p?.position ?? 0),
  };
}

/** Reads the named text fields of a posted form. */
async function posted(c: Context<AppEnv>, names: string[]): Promise<Values> {
  const body = await formOf(c);
  return Object.fromEntries(names.map((n) => [n, formText(body, n)]));
}

/**
 * Parses `values` with `schema` and runs `save`; a validation error (from the schema or the
 * service) re-renders with the values as typed.
 */
async function submit<T>(
  values: Values,
  schema: ZodType<T, unknown>,
  save: (form: T) => Promise<Response>,
  again: (errors: Record<string, string>) => Promise<Response> | Response,
): Promise<Response> {
  const parsed = schema.safeParse(values);
  if (!parsed.success) return again(fieldErrors(parsed.error));
  try {
    return await save(parsed.data);
  } catch (err) {
    if (err instanceof Validation) return again(err.fields);
    throw err;
  }
}

/** Back office of Cơ cấu tổ chức: units, people, their posts per term. */
export function organisationAdminRoutes(deps: OrganisationRouteDeps) {
  const app = new Hono<AppEnv>();
  const org = deps.organisation;

  app.get('/co-cau-to-chuc', async (c) => {
    guard(c);
    const [tree, people] = await Promise.all([org.tree(), org.peopleToday()]);
    return renderAdmin(c, deps, (chrome) => (
      <OrgOverviewPage
        chrome={chrome}
        tree={tree}
        people={people}
        notice={c.req.query('da-luu') ? M['organisation.saved'] : undefined}
      />
    ));
  });

  const unitForm = async (
    c: Context<AppEnv>,
    unit: OrgUnit | undefined,
    values: Values,
    errors: Record<string, string> = {},
  ) => {
    const units = await org.tree();
    return renderAdmin(
      c,
      deps,
      (chrome) => (
        <UnitFormPage
          chrome={chrome}
          csrf={guard(c).session.csrfToken}
          unit={unit}
          units={units}
          values={values}
          errors={errors}
        />
      ),
      Object.keys(errors).length ? 400 : 200,
    );
  };
  app.get('/co-cau-to-chuc/don-vi/moi', (c) => (guard(c), unitForm(c, undefined, unitValues())));
  app.post('/co-cau-to-chuc/don-vi/moi', async (c) => {
    guard(c);
    const values = await posted(c, UNIT_FIELDS);
    return submit(
      values,
      unitFormSchema,
      async (f) => (
        await org.saveUnit(actorOf(c), undefined, f),
        c.redirect(`${ORG_BASE}?da-luu=1`, 303)
      ),
      (e) => unitForm(c, undefined, values, e),
    );
  });
  app.get('/co-cau-to-chuc/don-vi/:id{[0-9]+}', async (c) => {
    guard(c);
    const u = await org.unit(idOf(c));
    return unitForm(c, u, unitValues(u));
  });
  app.post('/co-cau-to-chuc/don-vi/:id{[0-9]+}', async (c) => {
    guard(c);
    const u = await org.unit(idOf(c));
    const values = await posted(c, UNIT_FIELDS);
    return submit(
      values,
      unitFormSchema,
      async (f) => (
        await org.saveUnit(actorOf(c), u.id, f),
        c.redirect(`${ORG_BASE}?da-luu=1`, 303)
      ),
      (e) => unitForm(c, u, values, e),
    );
  });
  app.post('/co-cau-to-chuc/don-vi/:id{[0-9]+}/xoa', async (c) => {
    guard(c);
    const u = await org.unit(idOf(c));
    try {
      await org.removeUnit(actorOf(c), u.id);
    } catch (err) {
      if (err instanceof Validation) return unitForm(c, u, unitValues(u), err.fields);
      throw err;
    }
    return c.redirect(`${ORG_BASE}?da-luu=1`, 303);
  });

  const personForm = async (
    c: Context<AppEnv>,
    person: OrgPerson | undefined,
    values: Values,
    errors: Record<string, string> = {},
    post: { values: Values; errors: Record<string, string> } = { values: postValues(), errors: {} },
    photo: { values: Values; errors: Record<string, string> } = { values: {}, errors: {} },
  ) => {
    const [units, page, library] = await Promise.all([
      org.tree(),
      person ? org.personPage(person.id) : undefined,
      person
        ? deps.media.list({ kind: 'image', page: 1, perPage: 24 })
        : Promise.resolve({ items: [] }),
    ]);
    const failed =
      Object.keys(errors).length > 0 ||
      Object.keys(post.errors).length > 0 ||
      Object.keys(photo.errors).length > 0;
    return renderAdmin(
      c,
      deps,
      (chrome) => (
        <PersonFormPage
          chrome={chrome}
          csrf={guard(c).session.csrfToken}
          person={person}
          posts={page?.posts ?? []}
          units={units}
          values={values}
          errors={errors}
          postValues={post.values}
          postErrors={post.errors}
          photo={page?.photo}
          library={library.items}
          photoValues={photo.values}
          photoErrors={photo.errors}
          notice={
            c.req.query('da-luu')
              ? M['organisation.saved']
              : c.req.query('da-luu-anh')
                ? M['organisation.photo_saved']
                : undefined
          }
        />
      ),
      failed ? 400 : 200,
    );
  };
  app.get(
    '/co-cau-to-chuc/can-bo/moi',
    (c) => (guard(c), personForm(c, undefined, personValues())),
  );
  app.post('/co-cau-to-chuc/can-bo/moi', async (c) => {
    guard(c);
    const values = await posted(c, PERSON_FIELDS);
    return submit(
      values,
      personFormSchema,
      async (f) => {
        const id = await org.savePerson(actorOf(c), undefined, f);
        return c.redirect(`${ORG_BASE}/can-bo/${id}?da-luu=1`, 303);
      },
      (e) => personForm(c, undefined, values, e),
    );
  });
  app.get('/co-cau-to-chuc/can-bo/:id{[0-9]+}', async (c) => {
    guard(c);
    const p = await org.person(idOf(c));
    return personForm(c, p, personValues(p));
  });
  app.post('/co-cau-to-chuc/can-bo/:id{[0-9]+}', async (c) => {
    guard(c);
    const p = await org.person(idOf(c));
    const values = await posted(c, PERSON_FIELDS);
    return submit(
      values,
      personFormSchema,
      async (f) => (
        await org.savePerson(actorOf(c), p.id, f),
        c.redirect(`${ORG_BASE}/can-bo/${p.id}?da-luu=1`, 303)
      ),
      (e) => personForm(c, p, values, e),
    );
  });
  app.post('/co-cau-to-chuc/can-bo/:id{[0-9]+}/xoa', async (c) => {
    guard(c);
    const p = await org.person(idOf(c));
    try {
      await org.removePerson(actorOf(c), p.id);
    } catch (err) {
      if (err instanceof Validation) return personForm(c, p, personValues(p), err.fields);
      throw err;
    }
    return c.redirect(`${ORG_BASE}?da-luu=1`, 303);
  });
  app.post('/co-cau-to-chuc/can-bo/:id{[0-9]+}/anh', async (c) => {
    guard(c);
    const p = await org.person(idOf(c));
    const values = await posted(c, ['mediaId', 'alt']);
    return submit(
      values,
      photoFormSchema,
      async (f) => (
        await org.setPhoto(actorOf(c), p.id, f),
        c.redirect(`${ORG_BASE}/can-bo/${p.id}?da-luu-anh=1`, 303)
      ),
      (e) => personForm(c, p, personValues(p), {}, undefined, { values, errors: e }),
    );
  });
  app.post('/co-cau-to-chuc/can-bo/:id{[0-9]+}/anh/xoa', async (c) => {
    guard(c);
    const p = await org.person(idOf(c));
    await org.setPhoto(actorOf(c), p.id, { mediaId: null, alt: '' });
    return c.redirect(`${ORG_BASE}/can-bo/${p.id}?da-luu-anh=1`, 303);
  });
  app.post('/co-cau-to-chuc/can-bo/:id{[0-9]+}/chuc-vu', async (c) => {
    guard(c);
    const p = await org.person(idOf(c));
    const values = await posted(c, POST_FIELDS);
    return submit(
      values,
      postFormSchema,
      async (f) => (
        await org.addPost(actorOf(c), p.id, f),
        c.redirect(`${ORG_BASE}/can-bo/${p.id}?da-luu=1`, 303)
      ),
      (e) => personForm(c, p, personValues(p), {}, { values, errors: e }),
    );
  });

  const postForm = async (
    c: Context<AppEnv>,
    post: OrgPost,
    values: Values,
    errors: Record<string, string> = {},
  ) => {
    const [units, person] = await Promise.all([org.tree(), org.person(post.personId)]);
    return renderAdmin(
      c,
      deps,
      (chrome) => (
        <PostFormPage
          chrome={chrome}
          csrf={guard(c).session.csrfToken}
          person={person}
          postId={post.id}
          units={units}
          values={values}
          errors={errors}
        />
      ),
      Object.keys(errors).length ? 400 : 200,
    );
  };
  app.get('/co-cau-to-chuc/chuc-vu/:id{[0-9]+}', async (c) => {
    guard(c);
    const p = await org.post(idOf(c));
    return postForm(c, p, postValues(p));
  });
  app.post('/co-cau-to-chuc/chuc-vu/:id{[0-9]+}', async (c) => {
    guard(c);
    const p = await org.post(idOf(c));
    const values = await posted(c, POST_FIELDS);
    return submit(
      values,
      postFormSchema,
      async (f) => (
        await org.updatePost(actorOf(c), p.id, f),
        c.redirect(`${ORG_BASE}/can-bo/${p.personId}?da-luu=1`, 303)
      ),
      (e) => postForm(c, p, values, e),
    );
  });
  app.post('/co-cau-to-chuc/chuc-vu/:id{[0-9]+}/xoa', async (c) => {
    guard(c);
    const p = await org.removePost(actorOf(c), idOf(c));
    return c.redirect(`${ORG_BASE}/can-bo/${p.personId}?da-luu=1`, 303);
  });

  return app;
}
