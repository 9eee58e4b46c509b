/** `claimscan query`: one read-only SQL statement, rows printed as a table, CSV or JSON. */
import { Option, type Command } from 'commander';
import type { TableFormat } from '../format/table.js';
import { EXIT, UsageError } from './support.js';

interface QueryOptions {
  db: string;
  format: TableFormat;
}

export function register(program: Command): void {
  program
    .command('query')
    .description('run a read-only SQL statement on the database and print the rows')
    .argument('<sql>', 'one SELECT statement')
    .option('--db <file>', 'SQLite database file', 'claims.db')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'csv', 'json']).default('table'))
    .action(async (sql: string, opts: QueryOptions) => {
      process.exitCode = await runQuery(sql, opts);
    });
}

export async function runQuery(sql: string, opts: QueryOptions): Promise<number> {
  const [{ ClaimsDb, ReadOnlyError }, { formatRows }] = await Promise.all([import('../../storage/db.js'), import('../format/table.js')]);
  let db: import('../../storage/db.js').ClaimsDb;
  try {
    db = ClaimsDb.open(opts.db, { readonly: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  try {
    const { columns, rows } = db.query(sql);
    for (const chunk of formatRows(columns, rows, opts.format)) process.stdout.write(chunk);
    return EXIT.ok;
  } catch (err) {
    if (err instanceof ReadOnlyError || /^SQL error/.test((err as Error).message)) throw new UsageError((err as Error).message);
    throw err;
  } finally {
    db.close();
  }
}
