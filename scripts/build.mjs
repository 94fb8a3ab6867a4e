// Bundles the server (src/main.ts) and operator scripts into dist/, and the newsroom editor
// (src/client/editor.ts, TipTap) into public/build/editor.js, with esbuild. npm packages stay
// external for the server. Takes about a second, so `npm start` always runs what is in src/.
import { build } from 'esbuild';

/** The browser bundle of the rich-text editor. */
export async function buildClient() {
  await build({
    entryPoints: { editor: 'src/client/editor.ts' },
    outdir: 'public/build',
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: ['es2020'],
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
}

export async function buildServer() {
  await build({
    entryPoints: {
      main: 'src/main.ts',
      seed: 'scripts/seed.ts',
      bench: 'bench/run.ts',
      'create-admin': 'scripts/create-admin.ts',
      backup: 'scripts/backup.ts',
      restore: 'scripts/restore.ts',
      migrate: 'scripts/migrate.ts',
      import: 'scripts/import.ts',
    },
    outdir: 'dist',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await Promise.all([buildClient(), buildServer()]);
}
