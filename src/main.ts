import { ConfigError, loadConfig } from './config/config.ts';
import { startServer } from './server.ts';

try {
  const config = loadConfig();
  const running = await startServer(config);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`Nhận ${signal}, đang dừng và ghi số liệu còn chờ…`);
    running.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(`Cấu hình không hợp lệ:\n${err.problems.map((p) => `  - ${p}`).join('\n')}`);
  } else {
    console.error(err);
  }
  process.exit(1);
}
