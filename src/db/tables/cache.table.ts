/** `cache_epoch`: one row per site (id = site id) whose `n` the database increments when that site's public content changes. */
export interface CacheEpochTable {
  id: number;
  n: number;
  siteId: number | null;
}
