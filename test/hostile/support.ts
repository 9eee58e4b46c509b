/** Shared by the hostile-input tests: run the real command line, open the database it wrote. */
import { spawn, type SpawnOptions } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ROOT } from '../helpers.js';

export const BIN = path.join(ROOT, 'pipeline', 'bin.js');

export interface Ran {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `claimscan ARGS` (the real bin) to its end; `kill` after `killAfterMs` when given. */
export function claimscan(args: readonly string[], options: { cwd?: string; input?: string | Buffer; env?: NodeJS.ProcessEnv; spawn?: SpawnOptions } = {}): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd,
      env: { ...process.env, NO_COLOR: '1', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
      ...options.spawn,
    });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    child.stdin!.on('error', () => {});
    child.stdin!.end(options.input ?? '');
  });
}

/** Rows of a query on a database file, opened read-only (SQLite itself: pragmas too). */
export function rows(db: string, sql: string, params: unknown[] = []): unknown[][] {
  const conn = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return conn.prepare(sql).raw(true).all(...params) as unknown[][];
  } finally {
    conn.close();
  }
}

/** Lines of standard error that look like a stack trace. */
export const stackLines = (stderr: string) => stderr.split('\n').filter((l) => /^\s+at .+[:(]/.test(l));
