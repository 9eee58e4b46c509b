/** `claimscan check`: a report per article, for editors (text, json, jsonl, html). */
import { Option, type Command } from 'commander';
import { promises as fs } from 'node:fs';
import type { ReferenceSpec } from '../reference.js';
import type { Report } from '../types.js';
import { configFileFor } from '../config-file.js';
import { addReferenceOptions, loadRunReference } from './reference-options.js';
import { addLimitOptions, EXIT, integer, limitsFrom, loadCommandConfig, say, UsageError, type LimitOptions } from './support.js';

type CheckFormat = 'text' | 'json' | 'jsonl' | 'html';

interface CheckOptions extends LimitOptions {
  format: CheckFormat;
  out?: string;
  db?: string;
  config?: string;
  /** Errors only (warnings and infos hidden; still counted for --max-warnings). */
  quiet?: boolean;
  /** Exit 1 when more warnings than this are shown by --rule (ESLint's --max-warnings). */
  maxWarnings?: number;
  /** Show only these rules' flags (all when empty). */
  rule?: string[];
  allowPrivate?: boolean;
  reference?: ReferenceSpec[];
  /** The publication date of inputs that give none (ISO-8601, read as pipeline/published.ts reads dates). */
  published?: string;
}

/** The rule ids of CONTRACT.md, known to --rule even before a rule of that id is built. */
const CONTRACT_RULE_IDS = ['duplicate-paragraph', 'unsourced-claim', 'inconsistent-figure', 'arithmetic-mismatch', 'timezone-mismatch', 'thin-body', 'conflicting-report', 'reference-mismatch'];

const collect = (value: string, previous: string[] = []) => [...previous, value];

/**
 * What --rule, --quiet and --max-warnings make of the flags: the report as shown, and the
 * warnings that count against --max-warnings (those of the chosen rules, quiet or not).
 */
function shownFlags(report: Report, opts: CheckOptions): { shown: Report; warnings: number } {
  const rules = opts.rule?.length ? new Set(opts.rule) : null;
  if (!rules && !opts.quiet) return { shown: report, warnings: report.flags.filter((f) => f.severity === 'warning').length };
  const chosen = rules ? report.flags.filter((f) => rules.has(f.rule)) : report.flags;
  const warnings = chosen.filter((f) => f.severity === 'warning').length;
  return { shown: { ...report, flags: opts.quiet ? chosen.filter((f) => f.severity === 'error') : chosen }, warnings };
}

export function register(program: Command): void {
  const command = program
    .command('check')
    .description('report on one or a few articles: figures, sources, time stamps and flags')
    .argument('<input...>', 'file (.txt .md .html .htm .json .jsonl .ndjson .warc, optionally .gz), directory, - (stdin) or http(s) URL')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'jsonl', 'html']).default('text'))
    .option('--out <file>', 'write the report to FILE instead of standard output')
    .option('--db <file>', 'also store the articles in this SQLite database')
    .option('--config <file>', 'rule configuration (default: ./claimscan.config.json when present)')
    .option('--quiet', 'report errors only (warnings and infos hidden)')
    .option('--max-warnings <n>', 'exit 1 when there are more than N warnings', integer('--max-warnings', 0))
    .option('--rule <id>', 'show only this rule\'s flags (repeatable)', collect)
    .option('--allow-private', 'fetch URLs on loopback and private-network addresses too (refused by default)')
    .option('--published <date>', 'publication date (ISO 8601) for inputs that give none: drafts, plain files');
  addLimitOptions(addReferenceOptions(command)).action(async (inputs: string[], opts: CheckOptions) => {
    process.exitCode = await runCheck(inputs, opts);
  });
}

/** Opens `--out` before any work, so a missing folder or a file that cannot be written is a usage error up front. */
async function openOut(file: string): Promise<NodeJS.WritableStream> {
  let handle;
  try {
    handle = await fs.open(file, 'w');
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const why =
      e.code === 'ENOENT' ? 'its folder does not exist' : e.code === 'EACCES' || e.code === 'EPERM' ? 'permission denied' : e.code === 'EISDIR' ? 'it is a folder' : e.message;
    throw new UsageError(`cannot write ${file}: ${why}`);
  }
  return handle.createWriteStream();
}

/**
 * Exit code: 1 when a report has an error-severity flag (or more warnings than
 * --max-warnings); 2 when an input could not be read, an article failed (over a limit,
 * analysis failed) or the database failed; else 0.
 */
export async function runCheck(inputs: string[], opts: CheckOptions): Promise<number> {
  const [{ createAnalysisPool, ArticleTimeoutError }, { resolveLimits }] = await Promise.all([import('../analysis-pool.js'), import('../limits.js')]);
  const limits = resolveLimits(limitsFrom(opts));
  let published: string | null = null;
  if (opts.published !== undefined) {
    published = (await import('../published.js')).readPublished(opts.published);
    if (!published) throw new UsageError(`--published: cannot read "${opts.published}" as a date (expected ISO-8601 such as 2025-06-04 or 2025-06-04T14:30:00Z)`);
  }
  // Analysis runs in one worker thread, so an article past the time limit can be abandoned
  // (its worker terminated) and the next one still checked. It starts first, before even the
  // configuration is validated (that loads every rule): loading the analyzer is most of a
  // cold `check`, and it loads on its own thread while this one loads the rest
  // (bench/startup.ts measures it). A configuration that cannot be used stops the run here,
  // with the worker, before any article is read.
  // (the worker pipeline/bin.js may have started already is taken here)
  const pool = await createAnalysisPool({ workers: 1, config: { file: configFileFor(opts.config) }, timeoutMs: limits.articleTimeoutMs });
  let config: Awaited<ReturnType<typeof loadCommandConfig>>;
  try {
    config = await loadCommandConfig(opts.config);
  } catch (err) {
    await pool.close();
    throw err;
  }
  let db: import('../../storage/db.js').ClaimsDb | null = null;
  let runId: number | null = null;
  const counts = { read: 0, stored: 0, present: 0, failed: 0 };
  let finished = false;
  try {
    const [{ loadInputs, originLabel }, { VERSION }, { sourcePositions }] = await Promise.all([import('../load.js'), import('../version.js'), import('../source-map.js')]);
    if (opts.rule?.length) {
      const { RULE_IDS } = await import('../rules/index.js');
      const knownRules = new Set([...RULE_IDS, ...CONTRACT_RULE_IDS]);
      const unknownRule = opts.rule.find((id) => !knownRules.has(id));
      if (unknownRule !== undefined) throw new UsageError(`--rule: unknown rule "${unknownRule}"; known rules: ${[...knownRules].join(', ')}`);
    }
    const reference = await loadRunReference(config.reference, opts.reference);
    const out = opts.out ? await openOut(opts.out) : process.stdout;
    // storage (SQLite) and the extractors' versions only with --db
    const storage = opts.db ? await import('../../storage/db.js') : null;
    const versions = opts.db ? await pool.extractorVersions() : {};
    const store = storage && opts.db ? storage.ClaimsDb.open(opts.db) : null;
    db = store;
    runId = db?.startRun('check', inputs, VERSION) ?? null;
    // rules that need the database or reference data run in a second pass with that data
    const crossCheck = (await import('../cross-check.js')).createCrossCheck(config, {
      storedFigures: store ? (keys, story) => store.storedFigures(keys, story) : undefined,
      reference,
    });
    const streamed = opts.format === 'jsonl';
    const reports: Report[] = [];
    /** Line and column in the input's own lines, for text inputs (the terminal view). */
    const positions = new Map<Report, ReturnType<typeof sourcePositions>>();
    let unreadable = 0;
    let errors = 0;
    let warnings = 0;
    for await (const item of loadInputs(inputs, { fetch: { allowPrivate: opts.allowPrivate === true }, limits })) {
      counts.read++;
      if (!item.ok) {
        unreadable++;
        say(item.error);
        db?.recordError(runId, item.origin.input, item.origin.line, item.error);
        continue;
      }
      for (const warning of item.warnings ?? []) say(warning);
      // the record's own date (JSON field, front matter) wins over --published; a web page's is in its metadata, read later
      if (published && !item.record.published && !item.record.html) item.record.published = published;
      let report: Report;
      try {
        report = await pool.run(item.record, item.origin);
        if (crossCheck) report = crossCheck(report);
      } catch (err) {
        unreadable++;
        const message = `${originLabel(item.origin)}: ${err instanceof ArticleTimeoutError ? '' : 'analysis failed: '}${(err as Error).message}`;
        say(message);
        db?.recordError(runId, item.origin.input, item.origin.line, message);
        continue;
      }
      if (db && storage) {
        const outcome = db.storeReport({ report, input: item.origin.input, line: item.origin.line, rawHash: storage.rawHash(item.record), runId }, versions);
        counts[outcome.status]++;
        if (outcome.status === 'stored' && outcome.revision) report.revision = outcome.revision;
      }
      const { shown, warnings: counted } = shownFlags(report, opts);
      errors += shown.flags.filter((f) => f.severity === 'error').length;
      warnings += counted;
      if (streamed) out.write(`${JSON.stringify(shown)}\n`);
      else reports.push(shown);
      if (opts.format === 'text') positions.set(shown, sourcePositions(item.record, report));
    }
    if (!streamed) {
      let body = '';
      if (opts.format === 'json') body = `${JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2)}\n`;
      else if (opts.format === 'html') body = (await import('../format/html.js')).formatHtml(reports);
      else if (reports.length) {
        // No article read: the messages above say why, and no "✔ no problems" summary contradicts them.
        const { useColor } = await import('../format/color.js');
        const color = !opts.out && useColor({ isTTY: process.stdout.isTTY === true, env: process.env });
        const width = !opts.out && process.stdout.isTTY ? process.stdout.columns : undefined;
        body = (await import('../format/text.js')).formatText(reports, { color, width, positions: (r) => positions.get(r) });
      }
      out.write(body);
    }
    if (out !== process.stdout) await new Promise<void>((resolve, reject) => (out as NodeJS.WritableStream).end(() => resolve()).on?.('error', reject));
    if (opts.out) say(`wrote ${opts.format} report to ${opts.out}`);
    counts.failed = unreadable;
    if (db && runId !== null) db.finishRun(runId, counts);
    finished = true;
    if (unreadable) return EXIT.usage;
    if (opts.maxWarnings !== undefined && warnings > opts.maxWarnings) {
      say(`${warnings} warnings, more than --max-warnings ${opts.maxWarnings}`);
      return EXIT.flagged;
    }
    return errors ? EXIT.flagged : EXIT.ok;
  } finally {
    await pool.close();
    // a run that stopped on an error is closed too, as failed, with what it counted
    if (db && runId !== null && !finished) {
      try {
        db.finishRun(runId, counts, 'failed');
      } catch {
        // the database fault is what the user hears about
      }
    }
    db?.close();
  }
}
