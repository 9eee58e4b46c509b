/**
 * The command line (CONTRACT.md, "Command line"): one module per command under
 * `pipeline/commands/`, each registering its options and loading what it needs only when it
 * runs (so `--version` and `--help` load nothing heavy).
 * Exit codes: 0 done and no error-severity flag; 1 at least one error-severity flag (check
 * only); 2 bad usage, unreadable input, a record that failed, or a fault of the database.
 * Messages for people go to standard error.
 */
import { Command, CommanderError } from 'commander';
import * as check from './commands/check.js';
import * as crawl from './commands/crawl.js';
import * as exportCommand from './commands/export.js';
import * as ingest from './commands/ingest.js';
import * as query from './commands/query.js';
import * as serve from './commands/serve.js';
import * as status from './commands/status.js';
import * as worker from './commands/worker.js';
import { EXIT, say, UsageError } from './commands/support.js';
import { VERSION } from './version.js';

export { EXIT } from './commands/support.js';

/** The commands, in the order `--help` lists them. */
const COMMANDS: readonly { register(program: Command): void }[] = [check, ingest, crawl, query, exportCommand, serve, worker, status];

export function buildProgram(): Command {
  const program = new Command('claimscan')
    .description('Reads finance news and tells you which of its claims hold up.')
    .version(VERSION)
    .showHelpAfterError('(run claimscan --help for usage)')
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .exitOverride();
  for (const command of COMMANDS) command.register(program);
  return program;
}

export async function main(argv: readonly string[] = process.argv): Promise<void> {
  // A reader that stops early (`claimscan check … | head`) is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
    throw err;
  });
  const program = buildProgram();
  try {
    await program.parseAsync(argv as string[]);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode === 0 ? EXIT.ok : EXIT.usage;
      return;
    }
    // Bad usage, and faults of the database (disk full, read-only, not a database: a
    // StorageError from storage/db.ts, matched by name so start-up does not load SQLite):
    // one line, exit 2.
    if (err instanceof UsageError || (err as Error)?.name === 'StorageError') {
      say((err as Error).message);
      process.exitCode = EXIT.usage;
      return;
    }
    say(`internal error: ${(err as Error).stack ?? err}`);
    process.exitCode = 70;
  }
}
