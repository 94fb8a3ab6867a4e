/**
 * A child process for the crash tests (test/db/crash.test.ts): publishes the given articles one
 * after the other through the real use case, printing `published <id>` after each, until it is
 * killed. Bundled by the test with esbuild; argv: database URL, media folder, account id, ids.
 */
import { loadConfig } from '../../src/config/config.ts';
import { connect } from '../../src/db/connect.ts';
import { buildDeps } from '../../src/services.ts';

const [url, mediaDir, accountId, ...ids] = process.argv.slice(2);
const db = connect(url!);
const deps = buildDeps(
  loadConfig({ NODE_ENV: 'test', DATABASE_URL: url, MEDIA_DIR: mediaDir }),
  db,
);
const account = await deps.accounts.byId(Number(accountId));
if (!account) throw new Error('no account');
const actor = { id: account.id, name: account.fullName, ip: '127.0.0.1', userAgent: 'crash-test' };
process.stdout.write('ready\n');
for (const id of ids) {
  await deps.newsroom.transition(actor, account, Number(id), 'publish');
  process.stdout.write(`published ${id}\n`);
}
process.stdout.write('done\n');
await deps.stats.stop();
await db.close();
