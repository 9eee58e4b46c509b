/** `claimscan serve`: the editor's desk in a browser (not built yet). */
import type { Command } from 'commander';
import { integer, UsageError } from './support.js';

export function register(program: Command): void {
  program
    .command('serve')
    .description('a local web UI over the database (not built yet)')
    .option('--db <file>', 'SQLite database file', 'claims.db')
    .option('--port <n>', 'port', integer('--port', 1), 8080)
    .action(() => {
      throw new UsageError('serve is not available yet; use "claimscan query" or open the database with datasette (see README)');
    });
}
