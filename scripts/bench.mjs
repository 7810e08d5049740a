// npm run bench: builds the app, then prints every benchmark's figures.
// Benchmarks print numbers; they never pass or fail on timing, because these
// machines are noisy (the budgets that can be checked exactly are in npm test).
import { spawnSync } from 'node:child_process';

const outDir = process.env.BROADSHEET_OUT_DIR ?? 'dist';
const env = { ...process.env, BROADSHEET_OUT_DIR: outDir };

const steps = [
  ['build', 'node', ['scripts/build.mjs', '--quiet']],
  ['importer: largest corpus page', 'npx', ['tsx', 'scripts/bench-import.ts']],
  ['article render (10,000 words)', 'npx', ['tsx', 'scripts/bench/render-bench.ts']],
  ['comments: 5,000 on one article', 'npx', ['tsx', 'scripts/bench/comments-bench.ts']],
  ['Lighthouse: app vs static page', 'npx', ['tsx', 'scripts/bench/lighthouse-bench.ts']],
];

let failures = 0;
for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    failures += 1;
    console.error(`✗ ${name} could not run (exit ${result.status})`);
  }
}
process.exit(failures > 0 ? 1 : 0);
