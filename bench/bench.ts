/** Types shared by the benchmark scenarios. */

/** Options every scenario gets from the command line. */
export interface BenchOptions {
  /** Corpus size for scenarios that need one (default 100,000). */
  articles: number;
  /** Seconds of load per measurement. */
  seconds: number;
  /** `pages`: also load a mix of pages while an article is edited every this many ms (`--edits-every 2s`). */
  editsEveryMs?: number;
}

/** A scenario returns rows for the printed table (column → value). */
export type BenchRows = Record<string, string | number>[];

export interface Scenario {
  name: string;
  description: string;
  run(opts: BenchOptions): Promise<BenchRows>;
}
