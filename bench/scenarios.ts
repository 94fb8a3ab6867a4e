import type { Scenario } from './bench.ts';
import { sitePages } from './site-pages.ts';

/** Every scenario, in the order `npm run bench` runs them; add one line per scenario. */
export const scenarios: Scenario[] = [sitePages];
