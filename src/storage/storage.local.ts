import type { Dirent } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { assertSafeKey, StorageError, type FileStorage } from './storage.ts';

/** Files on local disk under `root`; writes go through a temp file and rename (never half-written). */
export function localStorage(root: string): FileStorage {
  const abs = (key: string): string => {
    assertSafeKey(key);
    return path.join(root, ...key.split('/'));
  };
  return {
    async put(key, data) {
      const file = abs(key);
      const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
      try {
        await fs.mkdir(path.dirname(file), { recursive: true });
        await fs.writeFile(tmp, data);
        await fs.rename(tmp, file);
      } catch (err) {
        // Disk full half way: the temp file goes, the key keeps what it had (or nothing).
        await fs.rm(tmp, { force: true }).catch(() => undefined);
        throw new StorageError(key, err);
      }
    },
    async remove(key) {
      await fs.rm(abs(key), { force: true });
    },
    async has(key) {
      try {
        await fs.access(abs(key)); // an unsafe key throws here too: not stored
        return true;
      } catch {
        return false;
      }
    },
    async get(key) {
      try {
        return await fs.readFile(abs(key));
      } catch {
        return undefined;
      }
    },
    async *keys() {
      const walk = async function* (dir: string, prefix: string): AsyncGenerator<string> {
        let entries: Dirent[];
        try {
          entries = await fs.readdir(dir, { withFileTypes: true });
        } catch {
          return; // no store yet: nothing stored
        }
        for (const e of entries) {
          const key = prefix ? `${prefix}/${e.name}` : e.name;
          if (e.isDirectory()) yield* walk(path.join(dir, e.name), key);
          // A write in progress (temp file before its rename) is not a stored file.
          else if (e.isFile() && !e.name.endsWith('.tmp')) yield key;
        }
      };
      yield* walk(root, '');
    },
    async stat(key) {
      const s = await Promise.resolve()
        .then(() => fs.stat(abs(key)))
        .catch(() => undefined);
      return s?.isFile() ? { size: s.size, modified: s.mtime } : undefined;
    },
    async stream(key, range) {
      // Opened before the stream is handed over: a missing file is undefined, not a stream error.
      const fh = await Promise.resolve()
        .then(() => fs.open(abs(key), 'r'))
        .catch(() => undefined);
      if (!fh) return undefined;
      if (!(await fh.stat()).isFile()) {
        await fh.close();
        return undefined;
      }
      return fh.createReadStream(range ? { start: range.start, end: range.end } : {});
    },
    localPath: abs,
  };
}
