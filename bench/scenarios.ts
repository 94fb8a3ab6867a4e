import { sitesBench } from './sites.ts';
import type { Scenario } from './bench.ts';
import { counting } from './counting.ts';
import { importBench } from './import.ts';
import { mediaEncode } from './media-encode.ts';
import { pagesBench } from './pages.ts';
import { searchScenario } from './search.ts';
import { sitePages } from './site-pages.ts';
import { soak } from './soak.ts';

/** Every scenario, in the order `npm run bench` runs them; add one line per scenario. */
export const scenarios: Scenario[] = [
  counting,
  mediaEncode,
  searchScenario,
  sitePages,
  pagesBench,
  sitesBench,
  importBench,
  soak,
];
