#!/usr/bin/env node
// `npm test`'s pretest step: the browser test (test/browser/report.test.ts) needs Chromium,
// and must fail, not silently pass, where there is none. This finds it (CHROMIUM_PATH, else
// Debian's /usr/bin/chromium); where it is missing and we may install packages (root, or
// password-less sudo, with apt-get), installs Debian's `chromium`; otherwise it stops
// `npm test` with a message that says what to do.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const DEFAULT = '/usr/bin/chromium';
const say = (m) => process.stderr.write(`pretest: ${m}\n`);
const usable = (file) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

const wanted = process.env.CHROMIUM_PATH || DEFAULT;
if (usable(wanted)) process.exit(0);
if (process.env.CHROMIUM_PATH) {
  say(`CHROMIUM_PATH=${wanted} is not an executable file; point it at a Chromium or Chrome binary`);
  process.exit(1);
}

const root = process.getuid?.() === 0;
const sudo = !root && has('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
if (has('apt-get') && (root || sudo)) {
  say(`${DEFAULT} is missing: installing Debian's chromium for the browser test (apt-get; this takes a minute or two)`);
  const run = (args) => spawnSync(root ? args[0] : 'sudo', root ? args.slice(1) : args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
  if (run(['apt-get', 'update', '-qq']) && run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'chromium']) && usable(DEFAULT)) process.exit(0);
  say('installing chromium with apt-get failed (see above)');
}
say(
  [
    `the browser test needs Chromium and there is none at ${DEFAULT}.`,
    '  Install Debian\'s:  sudo apt-get install -y chromium',
    '  or use another:     CHROMIUM_PATH=/path/to/chromium npm test',
    '  (everything but the browser test: npx vitest run --exclude "test/browser/**")',
  ].join('\n'),
);
process.exit(1);
