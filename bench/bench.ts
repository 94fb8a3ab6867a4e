/** Types shared by the benchmark scenarios. */

/** Options every scenario gets from the command line. */
export interface BenchOptions {
  /** Corpus size for scenarios that need one (default 100,000). */
  articles: number;
  /** Seconds of load per measurement. */
  seconds: number;
  /** `pages`: also load a mix of pages while an article is edited every this many ms (`--edits-every 2s`). */
  editsEveryMs?: number;
  /** `--postgres [url]`: also run on PostgreSQL (scenarios that support it). */
  postgres?: string;
  /** `--no-sqlite`: skip SQLite (with --postgres, PostgreSQL only). */
  noSqlite?: boolean;
  /** `--keep`: keep the built databases and reuse them on the next run (same size). */
  keep?: boolean;
  /** `--rounds N`: rounds of the latency measurement (scenarios that have rounds). */
  rounds?: number;
  /** `--no-http`: skip the measurements over HTTP. */
  noHttp?: boolean;
  /** `--images N`: images for scenarios that make some (`import`: default 20,000). */
  images?: number;
  /** `--minutes N`: length of the long scenarios (`soak`: default 10). */
  minutes?: number;
}

/** A scenario returns rows for the printed table (column → value). */
export type BenchRows = Record<string, string | number>[];

export interface Scenario {
  name: string;
  description: string;
  /** Run only when named (`npm run bench soak`), not by a bare `npm run bench`. */
  onlyWhenNamed?: boolean;
  run(opts: BenchOptions): Promise<BenchRows>;
}
