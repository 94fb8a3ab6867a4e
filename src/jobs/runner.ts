import crypto from 'node:crypto';
import type { Logger } from '../lib/log.ts';
import type { JobRepository } from './job.repository.ts';

/** A scheduled job: runs at most once per `everyMs` across all app instances. */
export interface Job {
  name: string;
  everyMs: number;
  run(): Promise<unknown>;
}

/**
 * A database-backed job runner (not triggered by page views): every tick it tries to take the
 * lease of each due job; the instance that gets it runs the job. Safe with several instances.
 */
export function jobRunner(deps: {
  repo: JobRepository;
  jobs: Job[];
  clock: () => Date;
  /** Where a failed run is reported (the next tick tries again). */
  log: Logger;
  /** Hears of every run this instance made: job, success, duration in seconds (metrics). */
  onRun?: (job: string, ok: boolean, seconds: number) => void;
}) {
  const holder = `${process.pid}-${crypto.randomBytes(4).toString('hex')}`;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  async function tick(): Promise<void> {
    for (const job of deps.jobs) {
      const now = deps.clock();
      const leaseMs = Math.min(job.everyMs, 10 * 60_000);
      let leased = false;
      let started = 0;
      try {
        if (
          !(await deps.repo.acquire(
            job.name,
            holder,
            now,
            new Date(now.getTime() + leaseMs),
            new Date(now.getTime() - job.everyMs + 1000),
          ))
        )
          continue;
        leased = true;
        started = performance.now();
        await job.run();
        await deps.repo.finish(job.name, holder, deps.clock());
        deps.onRun?.(job.name, true, (performance.now() - started) / 1000);
      } catch (err) {
        if (leased) deps.onRun?.(job.name, false, (performance.now() - started) / 1000);
        deps.log.error({ err, job: job.name }, 'scheduled job failed');
        // The failure is shown on the admin's dashboard until a run succeeds.
        if (leased)
          await deps.repo
            .fail(job.name, holder, deps.clock(), err instanceof Error ? err.message : String(err))
            .catch((e: unknown) =>
              deps.log.error({ err: e, job: job.name }, 'job failure not recorded'),
            );
      }
    }
  }

  return {
    /** Runs one round now (used by tests and at start). */
    tick(): Promise<void> {
      running = running.then(tick);
      return running;
    },
    start(intervalMs = 15_000): void {
      timer ??= setInterval(() => void this.tick(), intervalMs);
      timer.unref();
    },
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
}
