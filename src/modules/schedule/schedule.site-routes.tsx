import { Hono, type Context } from 'hono';
import type { OrgUnit } from '../organisation/organisation.ts';
import { siteOf } from '../../http/site.ts';
import { parseDateInput } from '../../lib/date-input.ts';
import { renderPage } from '../../shell/render.ts';
import type { Shell } from '../../shell/shell.ts';
import type { siteService } from '../site/site.service.ts';
import { rssXml } from '../feed/feed.xml.ts';
import { scheduleIcs } from './schedule.ics.ts';
import { adjustedLine } from './schedule.text.ts';
import { sessionLabel, timeText } from './schedule.ts';
import { NotFound } from '../../http/errors.ts';
import { SCHEDULE_MESSAGES as M, say } from './schedule.messages.ts';
import type { ScheduleService } from './schedule.service.ts';
import { SchedulePage, weekHref } from './views/schedule.page.tsx';
import { SchedulePrintPage } from './views/schedule.print.tsx';
import {
  addDays,
  dayVn,
  formatWeek,
  mondayOf,
  parseWeek,
  weekdayName,
  weekHeading,
  weekOf,
  type IsoWeek,
} from './week.ts';

/** What the public schedule uses. */
export interface ScheduleSiteRouteDeps {
  schedule: ScheduleService;
  site: Pick<ReturnType<typeof siteService>, 'settings'>;
  shell: Shell;
  clock: () => Date;
  assets: { css: string; pagesCss: string; js: string };
}

/** "2025-W49", or a day typed "01/12/2025" (its week); undefined for anything else. */
export function weekParam(raw: string): IsoWeek | undefined {
  if (raw.length > 20) return undefined;
  const w = parseWeek(raw);
  if (w) return w;
  const day = parseDateInput(raw);
  return day && day >= '2000-01-03' && day <= '2100-12-26' ? weekOf(day) : undefined;
}

/** Public Lịch công tác: the week page, the signed PDFs, the iCalendar feed. */
export function scheduleSiteRoutes(deps: ScheduleSiteRouteDeps) {
  const app = new Hono();

  /** The unit of `?don-vi=` (undefined: the leadership's schedule); 404 for anything else. */
  const unitOf = async (c: Context): Promise<OrgUnit | undefined> => {
    const raw = c.req.query('don-vi') ?? '';
    if (raw === '') return undefined;
    if (!/^\d{1,9}$/.test(raw)) throw new NotFound(say('schedule.unknown_unit'));
    return deps.schedule.unit(Number(raw));
  };

  app.get('/lich-cong-tac', async (c) => {
    const raw = c.req.query('tuan') ?? '';
    const asked = raw.trim() === '' ? undefined : weekParam(raw);
    const week = asked ?? deps.schedule.thisWeek();
    const error = raw.trim() !== '' && !asked ? M['schedule.bad_week'] : undefined;
    const unit = await unitOf(c);
    const [data, units] = await Promise.all([
      deps.schedule.week(week, { unit: unit?.id ?? null }),
      deps.schedule.publicUnits(),
    ]);
    const base = siteOf(c).base;
    const of = unit ? ` – ${unit.name}` : '';
    return renderPage(
      c,
      deps,
      (chrome) => (
        <SchedulePage
          chrome={chrome}
          week={week}
          today={deps.schedule.today()}
          days={data.days}
          files={data.files}
          unit={unit}
          units={units}
          hiddenFrom={data.hiddenFrom}
          error={error}
          meta={{
            title: `Lịch công tác${of} ${weekHeading(week).replace('Tuần thứ', 'tuần')}`,
            description: `Lịch công tác của ${unit ? unit.name : chrome.settings.siteName}, ${weekHeading(week).toLowerCase()}.`,
            canonical: `${base}${weekHref(formatWeek(week), unit?.id ?? null)}`,
            noindex: Boolean(error),
            stats: { kind: 'page' },
            feeds: [
              {
                title: `Lịch công tác${of} (RSS)`,
                href: weekHref(undefined, unit?.id ?? null, '/lich-cong-tac/rss'),
              },
            ],
          }}
        />
      ),
      error ? 400 : 200,
    );
  });

  app.get('/lich-cong-tac/in', async (c) => {
    const raw = c.req.query('tuan') ?? '';
    const week = raw.trim() === '' ? deps.schedule.thisWeek() : weekParam(raw);
    if (!week) throw new NotFound(say('schedule.bad_week'));
    const unit = await unitOf(c);
    const [data, settings] = await Promise.all([
      deps.schedule.week(week, { unit: unit?.id ?? null }),
      deps.site.settings(),
    ]);
    const page = (
      <SchedulePrintPage
        week={week}
        days={data.days}
        unit={unit}
        hiddenFrom={data.hiddenFrom}
        url={`${siteOf(c).base}${weekHref(formatWeek(week), unit?.id ?? null)}`}
        siteName={settings.siteName}
        shortName={settings.shortName}
        assets={deps.assets}
      />
    );
    return c.html(`<!doctype html>${String(await page)}`);
  });

  app.get('/lich-cong-tac/tep/:id{[0-9]+}', async (c) => {
    const { file, data } = await deps.schedule.fileData(Number(c.req.param('id')));
    c.header('Content-Type', 'application/pdf');
    c.header(
      'Content-Disposition',
      `inline; filename="lich-cong-tac-${file.week}.pdf"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    );
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Cache-Control', 'public, max-age=300');
    return c.body(new Uint8Array(data));
  });

  app.get('/lich-cong-tac.ics', async (c) => {
    // Four weeks back and twelve ahead: what a calendar application needs to stay current.
    const monday = mondayOf(deps.schedule.thisWeek());
    const unit = await unitOf(c);
    const entries = await deps.schedule.feed(
      addDays(monday, -28),
      addDays(monday, 12 * 7 - 1),
      unit?.id ?? null,
    );
    const settings = await deps.site.settings();
    const body = scheduleIcs({
      entries,
      siteName: unit ? `${unit.name} - ${settings.siteName}` : settings.siteName,
      host: new URL(siteOf(c).base).host,
      now: deps.clock(),
    });
    c.header('Content-Type', 'text/calendar; charset=utf-8');
    c.header('Content-Disposition', 'inline; filename="lich-cong-tac.ics"');
    c.header('Cache-Control', 'public, max-age=300');
    return c.body(body);
  });

  app.get('/lich-cong-tac/rss', async (c) => {
    // This week and the next two, latest published or adjusted first.
    const monday = mondayOf(deps.schedule.thisWeek());
    const unit = await unitOf(c);
    const u = unit?.id ?? null;
    const entries = await deps.schedule.feed(monday, addDays(monday, 3 * 7 - 1), u);
    const settings = await deps.site.settings();
    const base = siteOf(c).base;
    const owner = unit ? unit.name : settings.siteName;
    const when = (e: (typeof entries)[number]) => e.adjustedAt ?? e.publishedAt ?? deps.clock();
    const items = entries
      .sort((a, b) => when(b).getTime() - when(a).getTime() || b.id - a.id)
      .map((e) => ({
        title: `${weekdayName(e.day)} ${dayVn(e.day)}, ${sessionLabel(e.session).toLowerCase()} ${timeText(e)}: ${e.content}`,
        link: `${base}${weekHref(formatWeek(weekOf(e.day)), u)}#muc-${e.id}`,
        guid: `${base}/lich-cong-tac?tuan=${formatWeek(weekOf(e.day))}#muc-${e.id}`,
        description: [
          e.place && `Địa điểm: ${e.place}`,
          e.participants && `Thành phần: ${e.participants}`,
          e.chair && `Chủ trì: ${e.chair}`,
          adjustedLine(e),
        ]
          .filter(Boolean)
          .join('. '),
        publishedAt: when(e),
        category: 'Lịch công tác',
        creator: settings.shortName,
      }));
    c.header('Content-Type', 'application/rss+xml; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=300');
    return c.body(
      rssXml({
        title: `Lịch công tác - ${owner}`,
        link: `${base}${weekHref(undefined, u)}`,
        description: `Lịch công tác của ${owner}`,
        self: `${base}${weekHref(undefined, u, '/lich-cong-tac/rss')}`,
        items,
        now: deps.clock(),
      }),
    );
  });

  return app;
}
