/** `cache_epoch`: one row (id 1) whose `n` the database increments when public content changes. */
export interface CacheEpochTable {
  id: number;
  n: number;
}
