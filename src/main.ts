import { ConfigError, loadConfig } from './config/config.ts';
import { SchemaError } from './db/migrate.ts';
import { createLogger } from './lib/log.ts';
import { startServer } from './server.ts';

try {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const running = await startServer(config, { log });
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, `Nhận ${signal}, đang dừng và ghi số liệu còn chờ…`);
    running.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        log.fatal({ err }, 'Dừng không trọn vẹn');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
} catch (err) {
  // No configuration yet: this one line is written at the default level.
  const log = createLogger('info');
  if (err instanceof ConfigError) {
    log.fatal({ problems: err.problems }, `Cấu hình không hợp lệ: ${err.problems.join('; ')}`);
  } else if (err instanceof SchemaError) {
    log.fatal({ schema: err.status }, err.message);
  } else {
    log.fatal({ err }, 'Không khởi động được');
  }
  process.exit(1);
}
