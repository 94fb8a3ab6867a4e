import type { Logger } from '../lib/log.ts';

/**
 * Values a request carries from middleware to the routes. The request id is the app's own; a
 * module whose middleware sets a value declares it here by declaration merging (modules/auth:
 * `staff`, modules/cache: `pageEpoch`), so http/ imports no feature module.
 */
export interface RequestVariables {
  requestId: string;
  /** This request's logger: the process logger with its `requestId` bound (http/request-id.ts). */
  log: Logger;
  /**
   * Set by a route whose public page shows one article (and its section's newest, the related
   * list): the page cache keeps it through other articles' changes (modules/cache). Unset: the
   * page counts as a listing, dropped on any article change of its site.
   */
  pageShows?: PageShows;
}

/** What a page shows of the articles (see RequestVariables.pageShows). */
export interface PageShows {
  article: number;
  section?: number;
}

/** Hono environment shared by every route. */
export interface AppEnv {
  Variables: RequestVariables;
}

/** The signed-in staff member of a back-office request (declared by modules/auth/auth.context.ts). */
export type Staff = NonNullable<RequestVariables['staff']>;
