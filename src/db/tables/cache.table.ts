/** `cache_epoch`: one row per site (id = site id) whose `n` the database increments when that site's public content changes. */
export interface CacheEpochTable {
  id: number;
  n: number;
  siteId: number | null;
}

/** `cache_change`: the article an article-only move of a site's epoch (to `n`) was for (modules/cache). */
export interface CacheChangeTable {
  siteId: number;
  n: number;
  articleId: number;
  sectionId: number | null;
}
