/**
 * A read-only query under a time limit, for `claimscan query`.
 *
 * better-sqlite3 exposes neither `sqlite3_interrupt()` nor a progress handler
 * (WiseLibs/better-sqlite3 issues #568 and #707), and a worker thread cannot be stopped while
 * SQLite steps in native code: `worker.terminate()` waits until the step returns, so a
 * runaway recursive CTE keeps the worker, and the process, alive (measured; see the README's
 * "For researchers"). So the statement runs in a child process that opens the database
 * read-only and writes its rows to the inherited standard output itself; when the limit
 * passes, the parent kills it (SIGKILL). A read-only connection takes no write lock and
 * changes nothing, so killing it leaves the database exactly as it was.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TableFormat } from '../pipeline/format/table.js';

/** What the child runs. */
export interface QueryJob {
  /** Database file (opened read-only). */
  file: string;
  sql: string;
  /** Parameter values as given on the command line (converted by `parameterValue` in the child). */
  params: Record<string, string>;
  format: TableFormat;
}

/** Set to true by the bundler (pipeline/bundle.mjs) in dist/bundle/. */
declare const CLAIMSCAN_BUNDLE: boolean | undefined;

export type TimedOutcome = { status: 'done'; exitCode: number } | { status: 'timeout'; seconds: number };

/**
 * Runs `job` in a child process writing to this process's standard output and error, and
 * kills it when it runs longer than `timeoutMs`. The child's exit code is its verdict (0 done,
 * 2 an error it has already printed).
 */
export function runTimedQuery(job: QueryJob, timeoutMs: number): Promise<TimedOutcome> {
  const dev = import.meta.url.endsWith('.ts');
  // the bundled child beside the bundled command line (pipeline/bundle.mjs): one file to load, not ~60
  const bundled = typeof CLAIMSCAN_BUNDLE !== 'undefined' && CLAIMSCAN_BUNDLE;
  const child = fileURLToPath(new URL(dev ? './query-child.ts' : bundled ? '../bundle/query-child.mjs' : './query-child.js', import.meta.url));
  const args = dev ? ['--import', import.meta.resolve('tsx'), child] : [child];
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, args, { stdio: ['pipe', 'inherit', 'inherit'] });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      proc.kill('SIGKILL');
    }, timeoutMs);
    proc.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    proc.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (timedOut) resolve({ status: 'timeout', seconds: timeoutMs / 1000 });
      else resolve({ status: 'done', exitCode: code ?? (signal ? 70 : 0) });
    });
    proc.stdin.on('error', () => {}); // a child that died before reading its job is reported by 'exit'
    proc.stdin.end(JSON.stringify(job));
  });
}
