/**
 * The command line (CONTRACT.md, "Command line"): check, ingest, query, serve.
 * Exit codes: 0 done and no error-severity flag; 1 at least one error-severity flag (check
 * only); 2 bad usage or unreadable input. Messages for people go to standard error.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { createWriteStream } from 'node:fs';
import { ClaimsDb, rawHash, ReadOnlyError } from '../storage/db.js';
import { EXTRACTOR_VERSIONS } from '../extractors/index.js';
import { createAnalyzer } from './analyze.js';
import { ConfigError, loadConfig, type ResolvedConfig } from './config.js';
import { formatHtml } from './format/html.js';
import { formatRows, type TableFormat } from './format/table.js';
import { formatText } from './format/text.js';
import { useColor } from './format/color.js';
import { ingest } from './ingest.js';
import { loadInputs, originLabel } from './load.js';
import { startProgress } from './progress.js';
import type { Report } from './types.js';
import { VERSION } from './version.js';

export const EXIT = { ok: 0, flagged: 1, usage: 2 } as const;

/** Thrown inside commands for bad usage or unreadable input: printed, exit 2. */
class UsageError extends Error {}

const say = (message: string) => process.stderr.write(`claimscan: ${message}\n`);

function integer(name: string, min: number) {
  return (value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`${name} must be an integer ≥ ${min}, got "${value}"`);
    return n;
  };
}

function config(file: string | undefined): ResolvedConfig {
  try {
    return loadConfig(file);
  } catch (err) {
    if (err instanceof ConfigError) throw new UsageError(err.message);
    throw err;
  }
}

type CheckFormat = 'text' | 'json' | 'jsonl' | 'html';

async function runCheck(inputs: string[], opts: { format: CheckFormat; out?: string; db?: string; config?: string }): Promise<number> {
  const analyze = createAnalyzer(config(opts.config));
  const db = opts.db ? ClaimsDb.open(opts.db) : null;
  const runId = db?.startRun('check', inputs, VERSION) ?? null;
  const streamed = opts.format === 'jsonl';
  const out = opts.out ? createWriteStream(opts.out) : process.stdout;
  const reports: Report[] = [];
  let unreadable = 0;
  let errors = 0;
  for await (const item of loadInputs(inputs)) {
    if (!item.ok) {
      unreadable++;
      say(item.error);
      db?.recordError(runId, item.origin.input, item.origin.line, item.error);
      continue;
    }
    let report: Report;
    try {
      report = analyze(item.record, item.origin);
    } catch (err) {
      unreadable++;
      say(`${originLabel(item.origin)}: analysis failed: ${(err as Error).stack ?? err}`);
      continue;
    }
    errors += report.flags.filter((f) => f.severity === 'error').length;
    db?.storeReport({ report, input: item.origin.input, line: item.origin.line, rawHash: rawHash(item.record), runId }, EXTRACTOR_VERSIONS);
    if (streamed) out.write(`${JSON.stringify(report)}\n`);
    else reports.push(report);
  }
  if (!streamed) {
    const color = !opts.out && useColor({ isTTY: process.stdout.isTTY === true, env: process.env });
    const width = !opts.out && process.stdout.isTTY ? process.stdout.columns : undefined;
    const body =
      opts.format === 'json'
        ? `${JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2)}\n`
        : opts.format === 'html'
          ? formatHtml(reports)
          : formatText(reports, { color, width });
    out.write(body);
  }
  if (out !== process.stdout) await new Promise<void>((resolve, reject) => (out as NodeJS.WritableStream).end(() => resolve()).on?.('error', reject));
  if (opts.out) say(`wrote ${opts.format} report to ${opts.out}`);
  db?.close();
  if (unreadable) return EXIT.usage;
  return errors ? EXIT.flagged : EXIT.ok;
}

async function runIngest(inputs: string[], opts: { db: string; concurrency?: number; workers?: number; config?: string }): Promise<number> {
  const progress = startProgress(process.stderr);
  // Ctrl-C stops reading; what is in flight is stored and the run is closed, so running the
  // same command again resumes. A second Ctrl-C exits at once (stored articles stay whole).
  const stop = new AbortController();
  const onSigint = () => {
    if (stop.signal.aborted) process.exit(130);
    progress.log('stopping: finishing the articles in flight (Ctrl-C again to quit now)');
    stop.abort();
  };
  process.on('SIGINT', onSigint);
  process.on('SIGTERM', onSigint);
  let summary;
  try {
    summary = await ingest(inputs, {
      db: opts.db,
      config: config(opts.config),
      concurrency: opts.concurrency,
      workers: opts.workers,
      onProgress: (counts) => progress.update(counts),
      onError: (message) => progress.log(message),
      signal: stop.signal,
    });
  } finally {
    progress.stop();
    process.off('SIGINT', onSigint);
    process.off('SIGTERM', onSigint);
  }
  const rate = summary.seconds > 0 ? (summary.read / summary.seconds).toFixed(1) : '-';
  say(
    `ingest into ${opts.db}: read ${summary.read}, stored ${summary.stored}, already present ${summary.present}, failed ${summary.failed} ` +
      `${summary.interrupted ? '(interrupted) ' : ''}in ${summary.seconds.toFixed(1)} s (${rate} articles/s); run ${summary.runId}` +
      (summary.failed ? `; see: claimscan query --db ${opts.db} "SELECT * FROM ingest_errors WHERE run_id = ${summary.runId}"` : ''),
  );
  if (summary.interrupted) {
    say(`interrupted: run the same command again to resume`);
    return 130;
  }
  return summary.unreadableInputs ? EXIT.usage : EXIT.ok;
}

function runQuery(sql: string, opts: { db: string; format: TableFormat }): number {
  let db: ClaimsDb;
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

export function buildProgram(): Command {
  const program = new Command('claimscan')
    .description('Reads finance news and tells you which of its claims hold up.')
    .version(VERSION)
    .showHelpAfterError('(run claimscan --help for usage)')
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .exitOverride();

  program
    .command('check')
    .description('report on one or a few articles: figures, sources, time stamps and flags')
    .argument('<input...>', 'file (.txt .md .html .htm .json .jsonl .ndjson, optionally .gz), directory, - (stdin) or http(s) URL')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'jsonl', 'html']).default('text'))
    .option('--out <file>', 'write the report to FILE instead of standard output')
    .option('--db <file>', 'also store the articles in this SQLite database')
    .option('--config <file>', 'rule configuration (default: ./claimscan.config.json when present)')
    .action(async (inputs: string[], opts) => {
      process.exitCode = await runCheck(inputs, opts);
    });

  program
    .command('ingest')
    .description('store every article of a dump in the database, skipping articles already stored')
    .argument('<input...>', 'files, directories, - (stdin) or URLs')
    .option('--db <file>', 'SQLite database file', 'claims.db')
    .option('--concurrency <n>', 'inputs read or fetched at once', integer('--concurrency', 1), 4)
    .option('--workers <n>', 'worker threads for analysis (0: main thread; default: one per core)', integer('--workers', 0))
    .option('--config <file>', 'rule configuration (default: ./claimscan.config.json when present)')
    .action(async (inputs: string[], opts) => {
      process.exitCode = await runIngest(inputs, opts);
    });

  program
    .command('query')
    .description('run a read-only SQL statement on the database and print the rows')
    .argument('<sql>', 'one SELECT statement')
    .option('--db <file>', 'SQLite database file', 'claims.db')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'csv', 'json']).default('table'))
    .action((sql: string, opts) => {
      process.exitCode = runQuery(sql, opts);
    });

  program
    .command('serve')
    .description('a local web UI over the database (not built yet)')
    .option('--db <file>', 'SQLite database file', 'claims.db')
    .option('--port <n>', 'port', integer('--port', 1), 8080)
    .action(() => {
      throw new UsageError('serve is not available yet; use "claimscan query" or open the database with datasette (see README)');
    });
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
    if (err instanceof UsageError) {
      say(err.message);
      process.exitCode = EXIT.usage;
      return;
    }
    say(`internal error: ${(err as Error).stack ?? err}`);
    process.exitCode = 70;
  }
}
