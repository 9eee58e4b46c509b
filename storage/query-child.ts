/**
 * The child process of a timed query (storage/timed-query.ts): reads its job as JSON from
 * standard input, runs it read-only and writes the formatted rows to standard output.
 * Errors are one line on standard error and exit code 2; a reader that stops early (`| head`)
 * ends it quietly.
 */
import { formatRows } from '../pipeline/format/table.js';
import { ClaimsDb, QueryError, ReadOnlyError } from './db.js';
import { parameterValue } from './sql-guard.js';
import type { QueryJob } from './timed-query.js';

process.stdout.on('error', (err: NodeJS.ErrnoException) => process.exit(err.code === 'EPIPE' ? 0 : 2));

const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
const job = JSON.parse(Buffer.concat(chunks).toString('utf8')) as QueryJob;
let db: ClaimsDb | null = null;
try {
  db = ClaimsDb.open(job.file, { readonly: true });
  const params = Object.fromEntries(Object.entries(job.params).map(([k, v]) => [k, parameterValue(v)]));
  const { columns, rows } = db.query(job.sql, params);
  let buffered = '';
  for (const chunk of formatRows(columns, rows, job.format)) {
    buffered += chunk;
    if (buffered.length >= 1 << 16) {
      if (!process.stdout.write(buffered)) await new Promise((resolve) => process.stdout.once('drain', resolve));
      buffered = '';
    }
  }
  if (buffered) process.stdout.write(buffered);
} catch (err) {
  const known = err instanceof ReadOnlyError || err instanceof QueryError || /^cannot open database/.test((err as Error).message);
  process.stderr.write(`claimscan: ${known ? (err as Error).message : `internal error: ${(err as Error).stack ?? err}`}\n`);
  process.exitCode = known ? 2 : 70;
} finally {
  db?.close();
}
