/** Something kept in the cache with its size. */
export interface Sized {
  /** Approximate memory held, in bytes. */
  bytes: number;
}

/**
 * A least-recently-used map bounded by the bytes its values hold. A value may grow after it
 * was stored (compressed variants are added on demand): call `resized` and the oldest entries
 * make room. A Map keeps insertion order, so re-inserting on use makes the first key the oldest.
 */
export function byteLru<V extends Sized>(maxBytes: number) {
  const map = new Map<string, V>();
  let total = 0;

  function evict(): void {
    for (const [k, v] of map) {
      if (total <= maxBytes) return;
      map.delete(k);
      total -= v.bytes;
    }
  }

  return {
    get(key: string): V | undefined {
      const v = map.get(key);
      if (v) {
        map.delete(key);
        map.set(key, v);
      }
      return v;
    },
    set(key: string, value: V): void {
      const old = map.get(key);
      if (old) {
        map.delete(key);
        total -= old.bytes;
      }
      if (value.bytes > maxBytes) return;
      map.set(key, value);
      total += value.bytes;
      evict();
    },
    /** Records that `value` (stored under `key`) now holds `bytes`. */
    resized(key: string, value: V, bytes: number): void {
      if (map.get(key) === value) total += bytes - value.bytes;
      value.bytes = bytes;
      evict();
    },
    has(key: string): boolean {
      return map.has(key);
    },
    delete(key: string): void {
      const v = map.get(key);
      if (v) {
        map.delete(key);
        total -= v.bytes;
      }
    },
    clear(): void {
      map.clear();
      total = 0;
    },
    get size(): number {
      return map.size;
    },
    get bytes(): number {
      return total;
    },
  };
}
