/** Vitest global setup: builds the editor bundle the back office links (public/build/editor.js). */
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
