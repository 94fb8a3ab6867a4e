import fs from 'node:fs/promises';
import path from 'node:path';
import { assertSafeKey, type FileStorage } from './storage.ts';

/** Files on local disk under `root`; writes go through a temp file and rename (never half-written). */
export function localStorage(root: string): FileStorage {
  const abs = (key: string): string => {
    assertSafeKey(key);
    return path.join(root, ...key.split('/'));
  };
  return {
    async put(key, data) {
      const file = abs(key);
      await fs.mkdir(path.dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
      await fs.writeFile(tmp, data);
      await fs.rename(tmp, file);
    },
    async has(key) {
      try {
        await fs.access(abs(key));
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
    localPath: abs,
  };
}
