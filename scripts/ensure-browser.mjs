// Finds a Chromium for the browser tests, installing one when the machine has none, and says
// what it did. Order: $CHROME_PATH; a system Chromium or Chrome; Debian's `chromium` through
// apt-get when running as root on Debian; otherwise Playwright's own browser download.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function which(name) {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : null;
}

export function systemBrowser() {
  if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH))
    return process.env.CHROME_PATH;
  for (const name of CANDIDATES) {
    const path = which(name);
    if (path) return path;
  }
  return null;
}

/** @returns {string | null} the executable to use, or null for Playwright's own browser. */
export function ensureBrowser(log = (line) => console.log(`[browser] ${line}`)) {
  const found = systemBrowser();
  if (found) {
    log(`using the system browser at ${found}`);
    return found;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/etc/debian_version')) {
    log("no Chromium found: installing Debian's chromium with apt-get (about 15 s)");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
      env,
    });
    const installed = systemBrowser();
    if (!installed)
      throw new Error('apt-get installed chromium but no chromium executable was found on PATH');
    log(`installed ${installed}`);
    return installed;
  }
  log("no system Chromium and no apt-get as root: downloading Playwright's own Chromium");
  execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  return null;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = ensureBrowser();
  console.log(path ?? 'playwright-chromium');
}
