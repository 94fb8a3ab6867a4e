/**
 * A child process for the crash tests (test/db/crash.test.ts): uploads one photo through the
 * real use case with a media store that prints `put <key>` after each file and, after the
 * second, hangs (as a slow disk would) until it is killed. Bundled by the test with esbuild;
 * argv: database URL, media folder, account id, photo file.
 */
import fs from 'node:fs';
import { loadConfig } from '../../src/config/config.ts';
import { connect } from '../../src/db/connect.ts';
import { buildDeps } from '../../src/services.ts';
import { localStorage } from '../../src/storage/storage.local.ts';
import type { FileStorage } from '../../src/storage/storage.ts';

const [url, mediaDir, accountId, photo] = process.argv.slice(2);
const db = connect(url!);
const disk = localStorage(mediaDir!);
let puts = 0;
const slow: FileStorage = {
  ...disk,
  async put(key, data) {
    await disk.put(key, data);
    process.stdout.write(`put ${key}\n`);
    if (++puts >= 2) await new Promise(() => undefined); // killed here
  },
};
const deps = buildDeps(
  loadConfig({ NODE_ENV: 'test', DATABASE_URL: url, MEDIA_DIR: mediaDir }),
  db,
  { storage: slow },
);
const account = await deps.accounts.byId(Number(accountId));
if (!account) throw new Error('no account');
const actor = { id: account.id, name: account.fullName, ip: '127.0.0.1', userAgent: 'crash-test' };
process.stdout.write('ready\n');
await deps.media.upload(actor, [{ name: 'Hội nghị.jpg', data: fs.readFileSync(photo!) }]);
process.stdout.write('done\n');
