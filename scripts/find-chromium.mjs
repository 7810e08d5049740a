// Finds the Chromium that browser tests and benchmarks drive. Order:
// CHROME_PATH, then the PATH; on Debian as root it may install the distro's
// `chromium` package. No tool here downloads a browser of its own.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import path from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'chrome'];

export const HOW_TO_GET_CHROMIUM =
  'No Chromium found: install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH=/path/to/chromium.';

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The Chromium to use, or undefined; never installs anything. */
export function findChromium(env = process.env) {
  if (env.CHROME_PATH) return isExecutable(env.CHROME_PATH) ? env.CHROME_PATH : undefined;
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (dir === '') continue;
    for (const name of NAMES) {
      const candidate = path.join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
}

function canInstallWithApt() {
  return (
    process.platform === 'linux' &&
    typeof process.getuid === 'function' &&
    process.getuid() === 0 &&
    existsSync('/etc/debian_version') &&
    existsSync('/usr/bin/apt-get')
  );
}

/** Finds Chromium, installing Debian's package when that is possible; exits with one line otherwise. */
export function ensureChromium({ log = console.error } = {}) {
  if (process.env.CHROME_PATH && findChromium() === undefined) {
    log(`CHROME_PATH=${process.env.CHROME_PATH} is not an executable file. ${HOW_TO_GET_CHROMIUM}`);
    process.exit(1);
  }
  let found = findChromium();
  if (found === undefined && canInstallWithApt()) {
    log('No Chromium on PATH: installing Debian\'s "chromium" package with apt-get (one time)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const install =
      update.status === 0
        ? spawnSync(
            'apt-get',
            ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-dejavu-core'],
            {
              stdio: 'inherit',
              env,
            },
          )
        : update;
    if (install.status === 0) found = findChromium();
  }
  if (found === undefined) {
    log(HOW_TO_GET_CHROMIUM);
    process.exit(1);
  }
  return found;
}

export function chromiumVersion(executable) {
  try {
    return execFileSync(executable, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'unknown version';
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const found = ensureChromium();
  console.log(found);
}
