// npm test: everything CI checks, in the order that fails fastest.
// Type-check, lint and format, unit tests, production build, bundle budgets,
// then browser tests in the system Chromium. Ends with one line counting the
// unit and browser tests that passed and failed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { chromiumVersion, ensureChromium } from './find-chromium.mjs';

// Not test-results/: Playwright empties that folder when it starts.
const REPORT_DIR = 'test-reports';
mkdirSync(REPORT_DIR, { recursive: true });
const VITEST_JSON = `${REPORT_DIR}/vitest.json`;
const PLAYWRIGHT_JSON = `${REPORT_DIR}/playwright.json`;

const chrome = ensureChromium();
console.log(`Chromium: ${chrome} (${chromiumVersion(chrome)})`);
const env = { ...process.env, CHROME_PATH: chrome, PLAYWRIGHT_JSON_OUTPUT_NAME: PLAYWRIGHT_JSON };

const steps = [
  ['type-check', 'npx', ['tsc', '--noEmit', '-p', '.']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']],
  [
    'unit tests',
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${VITEST_JSON}`],
  ],
  ['build', 'node', ['scripts/build.mjs', '--quiet']],
  ['budgets', 'node', ['scripts/check-budget.mjs']],
  ['browser tests', 'npx', ['playwright', 'test', '--reporter=list,json']],
];

function counts() {
  let passed = 0;
  let failed = 0;
  if (existsSync(VITEST_JSON)) {
    const report = JSON.parse(readFileSync(VITEST_JSON, 'utf8'));
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
  }
  if (existsSync(PLAYWRIGHT_JSON)) {
    const stats = JSON.parse(readFileSync(PLAYWRIGHT_JSON, 'utf8')).stats ?? {};
    passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
    failed += stats.unexpected ?? 0;
  }
  return { passed, failed };
}

let failedStep;
for (const [name, command, args] of steps) {
  const started = Date.now();
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✗ ${name} failed after ${seconds} s`);
    failedStep = name;
    break;
  }
  console.log(`✓ ${name} (${seconds} s)`);
}

const { passed, failed } = counts();
if (failedStep !== undefined) {
  console.error(`\nnpm test failed at: ${failedStep}`);
  console.log(`tests: ${passed} passed, ${Math.max(failed, 1)} failed`);
  process.exit(1);
}
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
