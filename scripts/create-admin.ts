/**
 * `npm run create-admin`: creates a system administrator (there are no default accounts).
 * Interactive when run in a terminal; for automation pass flags or environment variables:
 *   --username | ADMIN_USERNAME, --name | ADMIN_FULL_NAME, --email | ADMIN_EMAIL,
 *   ADMIN_PASSWORD (never a flag: it would stay in the shell history; generated if absent).
 * Prints the second-factor enrolment URI (and a QR code in the terminal) once.
 */
import readline from 'node:readline/promises';
import QRCode from 'qrcode';
import { loadConfig } from '../src/config/config.ts';
import { connect } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { epochMigrationHooks } from '../src/modules/cache/cache.epoch.ts';
import { accountFormSchema } from '../src/modules/account/account.schema.ts';
import { totpIssuer, totpUri } from '../src/modules/auth/totp.ts';
import { fieldErrors, Validation } from '../src/http/errors.ts';
import { buildDeps } from '../src/services.ts';

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function ask(rl: readline.Interface, question: string, hidden = false): Promise<string> {
  if (!hidden) return (await rl.question(question)).trim();
  const out = process.stdout;
  const write = out.write.bind(out);
  out.write(question);
  // Mute echo while the password is typed.
  (out as { write: unknown }).write = (chunk: string | Uint8Array) =>
    typeof chunk === 'string' && chunk.includes('\n') ? write('\n') : true;
  try {
    return await rl.question('');
  } finally {
    (out as { write: unknown }).write = write;
  }
}

const config = loadConfig();
const db = connect(config.databaseUrl);
const interactive = process.stdin.isTTY && !process.env.CI;
let exitCode = 0;
try {
  await migrateToLatest(db, epochMigrationHooks);
  const deps = buildDeps(config, db);
  const settings = await deps.site.settings();
  let username = flag('username') ?? process.env.ADMIN_USERNAME;
  let fullName = flag('name') ?? process.env.ADMIN_FULL_NAME;
  let email = flag('email') ?? process.env.ADMIN_EMAIL ?? '';
  let password = process.env.ADMIN_PASSWORD;
  if (interactive) {
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
    username ||= await ask(rl, 'Tên đăng nhập: ');
    fullName ||= await ask(rl, 'Họ và tên: ');
    email ||= await ask(rl, 'Email (có thể bỏ trống): ');
    if (!password) {
      const p1 = await ask(rl, 'Mật khẩu (≥ 14 ký tự, để trống để tự sinh): ', true);
      if (p1) {
        const p2 = await ask(rl, 'Nhập lại mật khẩu: ', true);
        if (p1 !== p2) throw new Validation({ password: 'Hai lần nhập mật khẩu không khớp.' });
        password = p1;
      }
    }
    rl.close();
  }
  const parsed = accountFormSchema.safeParse({
    username: username ?? '',
    fullName: fullName ?? '',
    email,
    role: 'admin',
    allSections: false,
    sectionIds: [],
  });
  if (!parsed.success) throw new Validation(fieldErrors(parsed.error));
  const actor = { id: null, name: 'Lệnh create-admin', ip: 'máy chủ', userAgent: 'create-admin' };
  const created = await deps.accounts.create(actor, parsed.data, { password });
  const issuer = totpIssuer((await deps.site.settings()).shortName);
  const uri = totpUri(created.totpSecret ?? '', issuer, created.account.username);
  console.log(
    `\nĐã tạo quản trị hệ thống: ${created.account.fullName} (${created.account.username}).`,
  );
  if (!password)
    console.log(
      `Mật khẩu tạm thời (hiển thị một lần, phải đổi khi đăng nhập): ${created.password}`,
    );
  console.log(
    '\nXác thực hai lớp là bắt buộc. Thêm tài khoản vào ứng dụng xác thực bằng địa chỉ sau (chỉ hiển thị một lần),',
  );
  console.log('hoặc quét mã QR ở lần đăng nhập đầu tiên:');
  console.log(uri);
  if (interactive) console.log(await QRCode.toString(uri, { type: 'terminal', small: true }));
  console.log(
    `\nĐăng nhập tại ${config.baseUrl}/quan-tri/dang-nhap (trang: ${settings.shortName}).`,
  );
} catch (err) {
  exitCode = 1;
  if (err instanceof Validation) {
    console.error(
      `Không tạo được tài khoản:\n${Object.values(err.fields)
        .map((m) => `  - ${m}`)
        .join('\n')}`,
    );
  } else {
    console.error(err);
  }
} finally {
  await db.close();
}
process.exit(exitCode);
