import { Hono, type Context } from 'hono';
import { formOf, formText, requireStaff } from '../../http/admin-guard.ts';
import type { AppEnv } from '../../http/env.ts';
import { Conflict, fieldErrors, Validation } from '../../http/errors.ts';
import { actorOf } from '../../http/origin.ts';
import { renderAdmin } from '../../shell/render-admin.tsx';
import type { Shell } from '../../shell/shell.ts';
import { requireCan } from '../account/account.guard.ts';
import { can } from '../account/account.policy.ts';
import type { OrganisationService } from '../organisation/organisation.service.ts';
import { actionFor, type ScheduleEntry } from './schedule.ts';
import { SCHEDULE_MESSAGES as M, say } from './schedule.messages.ts';
import { entryFormSchema } from './schedule.schema.ts';
import type { ScheduleService } from './schedule.service.ts';
import { weekParam } from './schedule.site-routes.tsx';
import {
  EntryFormPage,
  SCHEDULE_BASE,
  ScheduleWeekAdminPage,
  type EntryValues,
} from './views/schedule.admin.tsx';
import { formatWeek, mondayOf } from './week.ts';

/** What the schedule's back office uses. */
export interface ScheduleRouteDeps {
  schedule: ScheduleService;
  organisation: Pick<OrganisationService, 'peopleToday' | 'tree'>;
  shell: Shell;
}

const FIELDS = [
  'day',
  'session',
  'startTime',
  'endTime',
  'content',
  'participants',
  'place',
  'chairPersonId',
  'chairNote',
  'highlighted',
  'unitId',
];

const draft = (c: Context<AppEnv>) =>
  requireCan(c, 'schedule.draft', { message: say('schedule.forbidden') });
const approve = (c: Context<AppEnv>) =>
  requireCan(c, 'schedule.approve', { message: say('schedule.forbidden') });
const mayApprove = (c: Context<AppEnv>) => can(requireStaff(c).account, 'schedule.approve');

function valuesOf(e: ScheduleEntry): EntryValues {
  return {
    day: e.day,
    session: e.session,
    startTime: e.startTime,
    endTime: e.endTime,
    content: e.content,
    participants: e.participants,
    place: e.place,
    chairPersonId: e.chairPersonId === null ? '' : String(e.chairPersonId),
    chairNote: e.chairNote,
    highlighted: e.highlighted ? 'on' : '',
    unitId: e.unitId === null ? '' : String(e.unitId),
    version: String(e.version),
  };
}

/** Back office of Lịch công tác: the week, entries, approval, the signed PDF. */
export function scheduleAdminRoutes(deps: ScheduleRouteDeps) {
  const app = new Hono<AppEnv>();
  const s = deps.schedule;

  const weekPage = async (
    c: Context<AppEnv>,
    raw: string,
    notice?: string,
    errors?: Record<string, string>,
  ) => {
    const staff = draft(c);
    const week = weekParam(raw) ?? s.thisWeek();
    const data = await s.week(week, { all: true });
    return renderAdmin(
      c,
      deps,
      (chrome) => (
        <ScheduleWeekAdminPage
          chrome={chrome}
          csrf={staff.session.csrfToken}
          week={week}
          days={data.days}
          files={data.files}
          mayApprove={mayApprove(c)}
          notice={notice}
          errors={errors}
        />
      ),
      errors ? 400 : 200,
    );
  };

  app.get('/lich-cong-tac', (c) => {
    const n = c.req.query('da-duyet');
    const notice = c.req.query('da-luu')
      ? M['schedule.saved']
      : n && /^\d{1,4}$/.test(n)
        ? say('schedule.approved', Number(n)).message
        : undefined;
    return weekPage(c, c.req.query('tuan') ?? '', notice);
  });

  const form = async (
    c: Context<AppEnv>,
    entry: ScheduleEntry | undefined,
    values: EntryValues,
    errors: Record<string, string> = {},
    status: 200 | 400 | 409 = Object.keys(errors).length ? 400 : 200,
  ) => {
    const staff = draft(c);
    const [today, tree] = await Promise.all([
      deps.organisation.peopleToday(),
      deps.organisation.tree(),
    ]);
    const people = today.map((p) => ({
      id: p.person.id,
      label: p.post ? `${p.person.fullName} (${p.post.title})` : p.person.fullName,
    }));
    const units = tree.map((t) => ({
      id: t.unit.id,
      label: `${'— '.repeat(t.depth)}${t.unit.name}`,
    }));
    const mayEdit = entry ? can(staff.account, actionFor('edit', entry.status)) : true;
    return renderAdmin(
      c,
      deps,
      (chrome) => (
        <EntryFormPage
          chrome={chrome}
          csrf={staff.session.csrfToken}
          entry={entry}
          people={people}
          units={units}
          values={values}
          errors={errors}
          mayEdit={mayEdit}
          mayApprove={mayApprove(c)}
          notice={c.req.query('da-luu') ? M['schedule.saved'] : undefined}
        />
      ),
      status,
    );
  };

  const posted = async (c: Context<AppEnv>): Promise<EntryValues> => {
    const body = await formOf(c);
    return Object.fromEntries([...FIELDS, 'version'].map((n) => [n, formText(body, n)]));
  };

  app.get('/lich-cong-tac/moi', (c) => {
    draft(c);
    const week = weekParam(c.req.query('tuan') ?? '');
    const today = s.today();
    const day = week && formatWeek(week) !== formatWeek(s.thisWeek()) ? mondayOf(week) : today;
    const unit = c.req.query('don-vi') ?? '';
    return form(c, undefined, {
      day,
      session: 'sang',
      startTime: '08:00',
      unitId: /^\d{1,9}$/.test(unit) ? unit : '',
    });
  });
  app.post('/lich-cong-tac/moi', async (c) => {
    draft(c);
    const values = await posted(c);
    const parsed = entryFormSchema.safeParse(values);
    if (!parsed.success) return form(c, undefined, values, fieldErrors(parsed.error));
    try {
      const id = await s.create(actorOf(c), parsed.data);
      return c.redirect(`${SCHEDULE_BASE}/${id}?da-luu=1`, 303);
    } catch (err) {
      if (err instanceof Validation) return form(c, undefined, values, err.fields);
      throw err;
    }
  });

  app.get('/lich-cong-tac/:id{[0-9]+}', async (c) => {
    draft(c);
    const e = await s.entry(Number(c.req.param('id')));
    return form(c, e, valuesOf(e));
  });
  app.post('/lich-cong-tac/:id{[0-9]+}', async (c) => {
    draft(c);
    const e = await s.entry(Number(c.req.param('id')));
    requireCan(c, actionFor('edit', e.status), { message: say('schedule.forbidden') });
    const values = await posted(c);
    const version = /^\d{1,9}$/.test(values.version ?? '') ? Number(values.version) : e.version;
    const parsed = entryFormSchema.safeParse(values);
    if (!parsed.success) return form(c, e, values, fieldErrors(parsed.error));
    try {
      await s.update(actorOf(c), e.id, version, parsed.data);
    } catch (err) {
      if (err instanceof Validation) return form(c, e, values, err.fields);
      if (err instanceof Conflict) {
        const now = await s.entry(e.id);
        return form(c, now, { ...values, version: String(now.version) }, { _: err.message }, 409);
      }
      throw err;
    }
    return c.redirect(`${SCHEDULE_BASE}/${e.id}?da-luu=1`, 303);
  });

  app.post('/lich-cong-tac/:id{[0-9]+}/duyet', async (c) => {
    approve(c);
    const e = await s.entry(Number(c.req.param('id')));
    try {
      await s.approve(actorOf(c), e.id);
    } catch (err) {
      if (!(err instanceof Conflict)) throw err;
    }
    return c.redirect(`${SCHEDULE_BASE}?tuan=${formatWeek(weekParam(e.day)!)}&da-duyet=1`, 303);
  });

  app.post('/lich-cong-tac/:id{[0-9]+}/xoa', async (c) => {
    draft(c);
    const e = await s.entry(Number(c.req.param('id')));
    requireCan(c, actionFor('delete', e.status), { message: say('schedule.forbidden') });
    await s.remove(actorOf(c), e.id);
    return c.redirect(`${SCHEDULE_BASE}?tuan=${formatWeek(weekParam(e.day)!)}&da-luu=1`, 303);
  });

  app.post('/lich-cong-tac/duyet-tuan', async (c) => {
    approve(c);
    const raw = formText(await formOf(c), 'tuan');
    const week = weekParam(raw);
    if (!week) return weekPage(c, '', undefined, { _: M['schedule.bad_week'] });
    const n = await s.approveWeek(actorOf(c), week);
    return c.redirect(`${SCHEDULE_BASE}?tuan=${formatWeek(week)}&da-duyet=${n}`, 303);
  });

  app.post('/lich-cong-tac/tep', async (c) => {
    approve(c);
    const body = await formOf(c);
    const raw = formText(body, 'tuan');
    const week = weekParam(raw);
    if (!week) return weekPage(c, '', undefined, { _: M['schedule.bad_week'] });
    const file = body.file;
    if (!(file instanceof File) || file.size === 0)
      return weekPage(c, raw, undefined, { file: M['schedule.file_required'] });
    try {
      await s.uploadFile(actorOf(c), week, file.name, Buffer.from(await file.arrayBuffer()));
    } catch (err) {
      if (err instanceof Validation) return weekPage(c, raw, undefined, err.fields);
      throw err;
    }
    return c.redirect(`${SCHEDULE_BASE}?tuan=${formatWeek(week)}&da-luu=1`, 303);
  });

  app.post('/lich-cong-tac/tep/:id{[0-9]+}/xoa', async (c) => {
    approve(c);
    const f = await s.removeFile(actorOf(c), Number(c.req.param('id')));
    return c.redirect(`${SCHEDULE_BASE}?tuan=${f.week}&da-luu=1`, 303);
  });

  return app;
}
