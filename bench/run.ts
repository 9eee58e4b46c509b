/**
 * `npm run bench [-- options]`: the ingest and HTML-clean benchmarks; with `--hostile`, the
 * hostile-input cases (bench/hostile.ts) instead. Options go to the benchmark that runs.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const hostile = args.includes('--hostile');
const rest = args.filter((a) => a !== '--hostile');
const scripts = hostile ? [['hostile.js', rest]] : [['ingest.js', rest], ['html-speed.js', []]];
for (const [script, scriptArgs] of scripts) {
  const res = spawnSync(process.execPath, [fileURLToPath(new URL(script as string, import.meta.url)), ...(scriptArgs as string[])], { stdio: 'inherit' });
  if (res.status !== 0) process.exit(res.status ?? 1);
}
