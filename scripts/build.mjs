// Bundles the server (src/main.ts) and operator scripts into dist/ with esbuild; npm packages
// stay external. Takes well under a second, so `npm start` always runs what is in src/.
import { build } from 'esbuild';

await build({
  entryPoints: { main: 'src/main.ts', seed: 'scripts/seed.ts', bench: 'bench/run.ts', 'create-admin': 'scripts/create-admin.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
