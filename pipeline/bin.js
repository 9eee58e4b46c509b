#!/usr/bin/env node
// The `claimscan` command. Runs the build in dist/ when it is newer than every source file
// (the esbuild bundle, dist/bundle/, which starts several times faster than the ~600 modules
// it holds; else tsc's output); otherwise (a checkout being edited) runs the TypeScript
// sources through tsx, so what runs is always what the sources say.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';

const root = new URL('../', import.meta.url);
const args = process.argv.slice(2);

// V8 runs a regular expression in its bytecode interpreter until it has been used often
// enough to be compiled to machine code. The analyzer's regexes are large alternations
// (measure, thing and source vocabularies, chrono's patterns), and interpreting them cost
// more than half of a cold `check`'s first article (550 ms → 260 ms here); compiled at once,
// they cost a little more to prepare and nothing later. Only for `check`, where one article
// is waited for: a batch ingest compiles its hot regexes soon anyway, and compiling every
// one cost it ~25 MB of peak memory for no measurable speed (npm run bench). The flag is
// process-wide, so the analysis worker gets it too; it must be set before any regex runs.
if (args.find((a) => !a.startsWith('-')) === 'check') setFlagsFromString('--no-regexp-tier-up');

// `claimscan --version` alone answers from package.json: a script asking for it pays for no
// module of claimscan (commander prints the same line for it otherwise).
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(`${JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).version}\n`);
  process.exit(0);
}
const stamp = new URL('dist/.built', root);
const SOURCE_DIRS = ['pipeline', 'extractors', 'storage'];

function newestSource() {
  let newest = 0;
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = `${dir}/${entry.name}`;
      if (entry.isDirectory()) visit(full);
      else if (/\.(ts|json|mjs|cjs)$/.test(entry.name)) newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  for (const dir of SOURCE_DIRS) visit(fileURLToPath(new URL(dir, root)));
  return newest;
}

const built = existsSync(stamp) && statSync(stamp).mtimeMs >= newestSource();
let cli;
let pool = null;
if (built) {
  const bundle = new URL('dist/bundle/cli.mjs', root);
  // A cold `check` waits mostly on its analysis worker (boot, then loading the analyzer): start it
  // now, before the command line loads, with the configuration `check` will ask for (the default
  // file when present; with --config the command starts its own).
  const poolEntry = new URL('dist/bundle/pool.mjs', root);
  if (args[0] === 'check' && !args.some((a) => a === '--config' || a.startsWith('--config=') || a === '-h' || a === '--help') && existsSync(bundle) && existsSync(poolEntry)) {
    pool = await import(poolEntry.href);
    const configFile = fileURLToPath(new URL('claimscan.config.json', pathToFileURL(`${process.cwd()}/`)));
    pool.prestartAnalysisPool(existsSync(configFile) ? configFile : null);
  }
  cli = await import((existsSync(bundle) ? bundle : new URL('dist/pipeline/cli.js', root)).href);
} else {
  try {
    const { register } = await import('tsx/esm/api');
    register();
  } catch {
    process.stderr.write('claimscan: the build in dist/ is missing or older than the sources; run "npm run build"\n');
    process.exit(2);
  }
  cli = await import(new URL('pipeline/cli.ts', root).href);
}
await cli.main(process.argv);
// (a run that stopped before its pool was made: the prestarted worker would keep the process alive)
await pool?.releasePrestarted();
