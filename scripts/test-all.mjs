// `npm test`: every check and every test, in the order that fails fastest, then one closing
// line "N passed, N failed" over unit, component and browser tests together.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ensureBrowser } from './ensure-browser.mjs';

const root = path.resolve(import.meta.dirname, '..');
const tmp = path.join(root, '.tmp');
mkdirSync(tmp, { recursive: true });
let passed = 0;
let failed = 0;
const problems = [];

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) problems.push(`${label} exited with ${result.status ?? result.signal}`);
  return result.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

run('types', 'npx', ['tsc', '--noEmit']);
run('lint', 'npx', ['eslint', '.']);
run('format', 'npx', ['prettier', '--check', '.']);

const vitestReport = path.join(tmp, 'vitest.json');
rmSync(vitestReport, { force: true });
run('unit and component tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestReport}`,
]);
const vitest = readJson(vitestReport);
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests + (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
} else problems.push('vitest wrote no report');

if (run('production build', 'npm', ['run', 'build'])) {
  const chrome = ensureBrowser();
  // Chromium leaves org.chromium.* folders in TMPDIR: keep them inside the checkout.
  const browserTmp = path.join(tmp, 'browser');
  mkdirSync(browserTmp, { recursive: true });
  const playwrightReport = path.join(tmp, 'playwright.json');
  rmSync(playwrightReport, { force: true });
  run('browser tests', 'npx', ['playwright', 'test'], {
    CHROME_PATH: chrome ?? '',
    TMPDIR: browserTmp,
    PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport,
  });
  const playwright = readJson(playwrightReport);
  if (playwright) {
    passed += playwright.stats.expected;
    failed += playwright.stats.unexpected + playwright.stats.flaky + playwright.stats.skipped;
  } else problems.push('playwright wrote no report');
}

console.log('');
for (const problem of problems) console.log(`✗ ${problem}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || problems.length > 0 ? 1 : 0);
