/**
 * `claimscan query`: one read-only SQL statement, rows printed as a table, CSV, JSON or JSON
 * Lines. SQL from the argument, a file (`@file.sql`) or standard input (`-`); named
 * parameters bound with `--param NAME=VALUE`; a time limit (`--timeout`, default 30 s) that
 * stops a runaway statement (storage/timed-query.ts). A statement that is not a read-only
 * query is refused before it runs. Every error is one line and exit 2.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { readFileSync } from 'node:fs';
import { TABLE_FORMATS, type TableFormat } from '../format/table.js';
import { EXIT, say, UsageError } from './support.js';

interface QueryOptions {
  db: string;
  format: TableFormat;
  param: Record<string, string>;
  timeout: number;
}

/** Default time limit, seconds. */
export const DEFAULT_TIMEOUT_SECONDS = 30;

export function register(program: Command): void {
  program
    .command('query')
    .description('run a read-only SQL statement on the database and print the rows')
    .argument('<sql>', 'one SELECT statement, @FILE to read it from a file, or - for standard input')
    .option('--db <file>', 'SQLite database file', 'claims.db')
    .addOption(new Option('--format <format>', 'output format').choices(TABLE_FORMATS).default('table'))
    .option('--param <name=value>', 'bind a named parameter (:name in the SQL); repeatable; a plain number is bound as a number', collectParam, {})
    .option('--timeout <seconds>', `stop the statement after this many seconds (0: no limit)`, seconds, DEFAULT_TIMEOUT_SECONDS)
    .action(async (sql: string, opts: QueryOptions) => {
      process.exitCode = await runQuery(sql, opts);
    });
}

function collectParam(value: string, previous: Record<string, string>): Record<string, string> {
  const m = /^[:@$]?([\p{L}_][\p{L}\p{N}_]*)=([\s\S]*)$/u.exec(value);
  if (!m) throw new InvalidArgumentError(`expected NAME=VALUE (as in --param subject=Bitcoin), got "${value}"`);
  if (m[1]! in previous) throw new InvalidArgumentError(`parameter "${m[1]}" is given twice`);
  return { ...previous, [m[1]!]: m[2]! };
}

function seconds(value: string): number {
  const n = Number(value);
  if (!/^\d+(?:\.\d+)?$/.test(value.trim()) || !Number.isFinite(n)) throw new InvalidArgumentError(`--timeout takes seconds (a number ≥ 0, 0 for no limit), got "${value}"`);
  return n;
}

/** The SQL text: the argument itself, a file's content (`@file.sql`) or standard input (`-`). */
function readSql(argument: string): string {
  let sql: string;
  if (argument === '-') {
    try {
      sql = readFileSync(0, 'utf8');
    } catch (err) {
      throw new UsageError(`cannot read SQL from standard input: ${(err as Error).message}`);
    }
  } else if (argument.startsWith('@')) {
    try {
      sql = readFileSync(argument.slice(1), 'utf8');
    } catch (err) {
      throw new UsageError(`cannot read SQL file ${argument.slice(1)}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
    }
  } else sql = argument;
  if (!sql.trim()) throw new UsageError(`no SQL given${argument === '-' ? ' on standard input' : argument.startsWith('@') ? ` in ${argument.slice(1)}` : ''}`);
  return sql;
}

export async function runQuery(argument: string, opts: QueryOptions): Promise<number> {
  const [{ ClaimsDb, QueryError, ReadOnlyError }, { parameterValue }] = await Promise.all([import('../../storage/db.js'), import('../../storage/sql-guard.js')]);
  const sql = readSql(argument);
  const params = Object.fromEntries(Object.entries(opts.param).map(([k, v]) => [k, parameterValue(String(v))]));
  const explain = (err: unknown): never => {
    if (err instanceof QueryError && err.code === 'missing-parameter') throw new UsageError(`${err.message}: give it with --param ${err.parameter}=VALUE`);
    if (err instanceof QueryError && err.code === 'unknown-parameter') throw new UsageError(`--param ${err.parameter}: ${err.message}`);
    if (err instanceof ReadOnlyError || err instanceof QueryError) throw new UsageError(err.message);
    throw err;
  };
  let db: import('../../storage/db.js').ClaimsDb;
  try {
    db = ClaimsDb.openForReading(opts.db, (from, to) => say(`upgraded ${opts.db} from schema version ${from} to ${to}`));
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  try {
    // Everything that can be told before running (refusals, SQL and parameter errors) is told here.
    const result = db.query(sql, params);
    if (opts.timeout > 0) {
      db.close();
      const { runTimedQuery } = await import('../../storage/timed-query.js');
      const outcome = await runTimedQuery({ file: opts.db, sql, params: opts.param, format: opts.format }, opts.timeout * 1000);
      if (outcome.status === 'timeout') {
        throw new UsageError(`query stopped after ${outcome.seconds} s, its time limit (--timeout SECONDS to change it, 0 for none)`);
      }
      return outcome.exitCode;
    }
    const { formatRows } = await import('../format/table.js');
    for (const chunk of formatRows(result.columns, result.rows, opts.format)) process.stdout.write(chunk);
    return EXIT.ok;
  } catch (err) {
    return explain(err);
  } finally {
    if (db.open) db.close();
  }
}
