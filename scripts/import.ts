/**
 * `npm run import -- --site <id> --from mysql://user:pass@host:3306/db [--uploads /srv/nv/uploads]
 *   [--prefix nv4] [--old-host tinhuy.example.vn]… [--dry-run]`: imports a NukeViet 4.x portal
 * into a site (src/modules/import). Idempotent: run it again to take in what changed.
 * `npm run import -- --site <id> --wxr /srv/wp/export.xml [--uploads /srv/wp/wp-content/uploads]
 *   [--dry-run]`: imports a WordPress export (WXR) the same way.
 * `npm run import -- --site <id> --from html --config import-rules/dienbien.dcs.vn.json [--dry-run]`:
 *   crawls an HTML portal by the rule file's start addresses and CSS selectors (politely:
 *   robots.txt, a rate limit, same host only); resumable with --resume.
 * `npm run import -- --resume <run>`: goes on with a run a stop interrupted (from its cursor).
 * The password is never printed nor stored (the run's row keeps the address with `***`): give it
 * in the environment, NUKEVIET_DB_PASSWORD (better than in --from, which `ps` shows), and again
 * to resume a run whose process stopped.
 */
import path from 'node:path';
import { loadConfig } from '../src/config/config.ts';
import { loadCrawlConfig } from '../src/modules/import/html.config.ts';
import { connect } from '../src/db/connect.ts';
import { IMPORT_KINDS, type ImportReport } from '../src/modules/import/import.ts';
import { redactUrl } from '../src/modules/import/nukeviet.source.ts';
import { buildDeps } from '../src/services.ts';
import { installVietnameseMessages } from '../src/lib/zod-messages.ts';
import { progressBar } from '../src/lib/progress-bar.ts';

installVietnameseMessages();
const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const all = (name: string): string[] =>
  args.flatMap((a, i) => (a === `--${name}` && args[i + 1] ? [args[i + 1]!] : []));

function usage(message: string): never {
  console.error(
    `${message}\nCách dùng: npm run import -- --site <số trang> --from mysql://tài-khoản:mật-khẩu@máy-chủ:3306/csdl [--uploads <thư mục uploads>] [--prefix nv4] [--old-host <tên miền cũ>] [--dry-run]\n           npm run import -- --site <số trang> --wxr <tệp xuất WordPress .xml> [--uploads <wp-content/uploads>] [--dry-run]\n           npm run import -- --site <số trang> --from html --config <tệp quy tắc .json> [--dry-run]\n           npm run import -- --resume <số lần nhập>`,
  );
  process.exit(2);
}

function print(report: ImportReport): void {
  const rows = IMPORT_KINDS.map((k) => {
    const c = report.counts[k];
    return `  ${k.padEnd(8)} thêm ${c.created}, cập nhật ${c.updated}, không đổi ${c.unchanged}, bỏ qua ${c.skipped}`;
  });
  console.log(rows.join('\n'));
  console.log(`  Địa chỉ cũ được chuyển hướng (bảng chuyển hướng): ${report.redirects}`);
  if (report.warnings.length) {
    console.log(`Vấn đề cần xem (${report.warnings.length}):`);
    for (const w of report.warnings.slice(0, 200))
      console.log(`  [${w.kind} ${w.sourceId}] ${w.message}`);
  }
  if (report.error) console.error(`Lỗi: ${report.error}`);
}

const config = loadConfig();
const db = connect(config.databaseUrl);
try {
  const deps = buildDeps(config, db);
  await deps.platform.load();
  let runId: number;
  const resume = opt('resume');
  if (resume) {
    runId = Number(resume);
    const run = Number.isInteger(runId) ? await deps.imports.runs.byId(runId) : undefined;
    if (!run) usage(`Không có lần nhập số ${resume}.`);
    if (!run.sourceUrl) usage(`Lần nhập số ${resume} đã kết thúc (${run.status}).`);
    if (!deps.imports.canResume(run)) {
      const password = process.env.NUKEVIET_DB_PASSWORD;
      if (!password) usage('Mật khẩu không được lưu: đặt biến môi trường NUKEVIET_DB_PASSWORD.');
      const u = new URL(run.sourceUrl);
      u.password = encodeURIComponent(password);
      if (!deps.imports.providePassword(runId, u.toString(), run.sourceUrl))
        usage('Không ghép được mật khẩu vào địa chỉ đã lưu.');
    }
  } else {
    const site = Number(opt('site'));
    const from = opt('from');
    if (!Number.isInteger(site) || !deps.platform.directory().sites.some((s) => s.id === site))
      usage('Thiếu hoặc sai --site (số của trang nhận dữ liệu).');
    const html = from === 'html';
    const configFile = opt('config');
    if (html && !configFile) usage('--from html cần --config <tệp quy tắc .json>.');
    const config = html ? path.resolve(configFile!) : undefined;
    if (config) {
      try {
        loadCrawlConfig(config);
      } catch (err) {
        usage((err as Error).message);
      }
    }
    const wxr = opt('wxr');
    if (wxr && (!wxr.startsWith('/') || !/\.xml$/i.test(wxr)))
      usage('--wxr là đường dẫn tuyệt đối tới tệp xuất WordPress (.xml).');
    if (!wxr && !html && (!from || !/^mysql:\/\//.test(from)))
      usage('Thiếu --from mysql://…, --from html --config <tệp> hoặc --wxr <tệp .xml>.');
    let url = config ?? wxr ?? from!;
    const password = process.env.NUKEVIET_DB_PASSWORD;
    if (!wxr && !html && password && !new URL(url).password) {
      const u = new URL(url);
      u.password = encodeURIComponent(password);
      url = u.toString();
    }
    runId = await deps.imports.start({
      siteId: site,
      source: html ? 'html' : wxr ? 'wordpress' : 'nukeviet',
      url,
      uploadsDir: opt('uploads') ?? '',
      prefix: opt('prefix') ?? 'nv4',
      oldHosts: all('old-host').map((h) => h.toLowerCase()),
      dryRun: args.includes('--dry-run'),
      startedBy: null,
    });
    console.log(
      `Lần nhập số ${runId}: ${config ?? wxr ?? redactUrl(url)} → trang ${site}${args.includes('--dry-run') ? ' (chạy thử, không ghi)' : ''}`,
    );
  }
  const started = Date.now();
  const bar = progressBar('Bài viết');
  const report = await deps.imports.runNow(runId, [], (p) => bar.update(p.done, p.total));
  bar.stop();
  print(report);
  console.log(`Xong trong ${((Date.now() - started) / 1000).toFixed(1)} giây.`);
  await deps.stats.stop();
  process.exitCode = report.error ? 1 : 0;
} finally {
  await db.close();
}
