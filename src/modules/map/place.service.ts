import { NotFound, Validation } from '../../http/errors.ts';
import { nfc } from '../../lib/text.ts';
import type { Article } from '../article/article.ts';
import type { ArticleCard, Paged } from '../article/article.service.ts';
import type { Actor } from '../audit/audit.ts';
import type { AuditService } from '../audit/audit.service.ts';
import { nameTraps, type MapSummary, type MapUnit, type UnitNote } from './map.ts';
import type { UnitOfWork } from '../../db/transaction.ts';
import type { PlaceRepository } from './place.repository.ts';
import { say } from './map.messages.ts';

/** Articles per page on a unit's page. */
const UNIT_PAGE_SIZE = 10;
/** Longest description of a unit, in characters. */
export const DESCRIPTION_MAX = 8000;

/** Everything a unit's public page shows. */
export interface UnitPageData {
  unit: MapUnit;
  note: UnitNote | undefined;
  traps: { former: string; nowIn: MapUnit }[];
  list: Paged<ArticleCard>;
}

/** Place tags on articles and the descriptions of the province's units. */
export function placeService(deps: {
  repo: PlaceRepository;
  map: MapSummary;
  articleById: (id: number) => Promise<Article | undefined>;
  cards: (articles: Article[]) => Promise<ArticleCard[]>;
  /** Runs a change and its audit record in one transaction. */
  tx: UnitOfWork<{ repo: PlaceRepository; audit: AuditService }>;
  clock: () => Date;
}) {
  const { repo, map } = deps;
  const byCode = new Map(map.units.map((u) => [u.code, u]));
  const unitsOf = (codes: string[]): MapUnit[] =>
    codes.flatMap((c) => byCode.get(c) ?? []).sort((a, b) => a.name.localeCompare(b.name, 'vi'));

  return {
    units: (): MapUnit[] => map.units,
    unit: (code: string): MapUnit | undefined => byCode.get(code),

    /** The units of these codes (unknown ones left out), by name. */
    unitsOf,

    /** The units an article is tagged with, by name. */
    async placesOf(articleId: number): Promise<MapUnit[]> {
      return unitsOf(await repo.placesOf(articleId));
    },

    /** Any article (draft or published) for the tagging page; NotFound when there is none. */
    async article(id: number): Promise<Article> {
      const a = Number.isInteger(id) && id > 0 ? await deps.articleById(id) : undefined;
      if (!a) throw new NotFound(say('map.article_not_found'));
      return a;
    },

    /** Replaces an article's place tags; unknown codes are refused; audited. */
    async setPlaces(actor: Actor, articleId: number, codes: string[]): Promise<MapUnit[]> {
      const article = await this.article(articleId);
      const unique = [...new Set(codes)];
      const unknown = unique.filter((c) => !byCode.has(c));
      if (unknown.length)
        throw Validation.of('codes', say('map.unknown_codes', unknown.join(', ')));
      const after = unitsOf(unique);
      await deps.tx(async ({ repo, audit }) => {
        const before = await repo.placesOf(articleId);
        await repo.setPlaces(articleId, unique);
        await audit.record(actor, 'article.places_updated', {
          type: 'article',
          id: articleId,
          summary:
            `${article.title}: ${after.length ? after.map((u) => u.fullName).join(', ') : '(không gắn địa danh)'}`.slice(
              0,
              400,
            ),
          detail: { before, after: unique },
        });
      });
      return after;
    },

    /** One page of a unit's public page; undefined for an unknown code. */
    async unitPage(code: string, page: number): Promise<UnitPageData | undefined> {
      const unit = byCode.get(code);
      if (!unit) return undefined;
      const now = deps.clock();
      const total = await repo.countPublishedTagged(code, now);
      const pageCount = Math.max(1, Math.ceil(total / UNIT_PAGE_SIZE));
      const items =
        page <= pageCount
          ? await repo.publishedTagged(code, now, UNIT_PAGE_SIZE, (page - 1) * UNIT_PAGE_SIZE)
          : [];
      return {
        unit,
        note: await repo.note(code),
        traps: nameTraps(map.units, unit),
        list: { items: await deps.cards(items), page, pageCount, total },
      };
    },

    note: (code: string): Promise<UnitNote | undefined> => repo.note(code),
    describedCodes: (): Promise<Set<string>> => repo.describedCodes(),

    /** Saves a unit's description (plain text, paragraphs split by blank lines); audited. */
    async saveDescription(actor: Actor, code: string, text: string): Promise<void> {
      const unit = byCode.get(code);
      if (!unit) throw new NotFound(say('map.unit_not_found'));
      const description = nfc(text).replace(/\r\n?/g, '\n').trim();
      if (description.length > DESCRIPTION_MAX)
        throw Validation.of('description', say('map.description_too_long', DESCRIPTION_MAX));
      const before = (await repo.note(code))?.description ?? '';
      if (before === description) return;
      await deps.tx(async ({ repo, audit }) => {
        await repo.saveNote(code, description, actor.name, deps.clock());
        await audit.record(actor, 'place.description_updated', {
          type: 'map_unit',
          id: code,
          summary: unit.fullName,
          detail: { length: { before: before.length, after: description.length } },
        });
      });
    },
  };
}
