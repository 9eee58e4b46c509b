/**
 * `claimscan export`: streams stored claims with their article, figures, subject, measure,
 * time, sources and flags as CSV, JSON Lines, or schema.org ClaimReview JSON-LD (flagged
 * claims only). Rows come from the `claim_export` view through better-sqlite3's `iterate()`
 * and are written as they are read, waiting for the output to drain, so memory stays flat
 * whatever the size of the database (bench/export-memory.ts measures it).
 */
import { Option, type Command } from 'commander';
import { createWriteStream, openSync } from 'node:fs';
import { once } from 'node:events';
import type { ExportRow } from '../format/claimreview.js';
import { EXIT, say, UsageError } from './support.js';

type ExportFormat = 'csv' | 'jsonl' | 'claimreview';

interface ExportOptions {
  db: string;
  format: ExportFormat;
  where?: string;
  out?: string;
  author?: string;
}

export function register(program: Command): void {
  program
    .command('export')
    .description('stream stored claims with their figures, sources and flags as CSV, JSON Lines or ClaimReview JSON-LD')
    .option('--db <file>', 'SQLite database file', 'claims.db')
    .addOption(new Option('--format <format>', 'csv, jsonl, or claimreview (schema.org ClaimReview JSON-LD of flagged claims)').choices(['csv', 'jsonl', 'claimreview']).makeOptionMandatory())
    .option('--where <sql>', "only claims for which this SQL expression over the claim_export view holds, e.g. \"subject = 'Bitcoin' AND published >= '2025-05'\"")
    .option('--out <file>', 'write to FILE instead of standard output')
    .option('--author <name>', 'reviewer named as the author of ClaimReview objects', 'claimscan')
    .action(async (opts: ExportOptions) => {
      process.exitCode = await runExport(opts);
    });
}

/** A full export row: the `claim_export` view's columns. */
interface Row extends ExportRow {
  input: string;
  content_hash: string;
  time_scope: string | null;
  sourced: number;
  source_scope: string | null;
  sources: string;
  figures: string;
  flag_count: number;
}

interface ExportSource {
  name: string;
  vague: number;
  scope: string | null;
}
interface ExportFigure {
  text: string;
  kind: string;
  value: number | null;
  value_high: number | null;
  unit: string | null;
  start: number;
  end: number;
  role: string | null;
}
interface ExportFlag {
  rule: string;
  severity: string;
  message_id: string | null;
  message: string;
  start: number;
  end: number;
  text: string;
}

const CSV_COLUMNS = [
  'claim_id', 'article_id', 'title', 'publisher', 'published', 'url', 'input', 'start', 'end', 'claim', 'subject', 'measure', 'time', 'time_scope',
  'sources', 'vague_sources', 'figures', 'figure_values', 'figure_units', 'flag_count', 'rules', 'severities', 'messages',
] as const;

function csvField(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One claim as a CSV line: lists joined with "; ". */
function csvLine(row: Row): string {
  const sources = JSON.parse(row.sources) as ExportSource[];
  const figures = JSON.parse(row.figures) as ExportFigure[];
  const flags = JSON.parse(row.flags) as ExportFlag[];
  const join = (xs: unknown[]) => xs.map((x) => (x === null || x === undefined ? '' : String(x))).join('; ');
  const values: Record<(typeof CSV_COLUMNS)[number], unknown> = {
    claim_id: row.claim_id,
    article_id: row.article_id,
    title: row.title,
    publisher: row.publisher,
    published: row.published,
    url: row.url,
    input: row.input,
    start: row.start,
    end: row.end,
    claim: row.claim,
    subject: row.subject,
    measure: row.measure,
    time: row.time,
    time_scope: row.time_scope,
    sources: join(sources.filter((s) => !s.vague).map((s) => s.name)),
    vague_sources: join(sources.filter((s) => s.vague).map((s) => s.name)),
    figures: join(figures.map((f) => f.text)),
    figure_values: join(figures.map((f) => f.value)),
    figure_units: join(figures.map((f) => f.unit)),
    flag_count: row.flag_count,
    rules: join(flags.map((f) => f.rule)),
    severities: join(flags.map((f) => f.severity)),
    messages: join(flags.map((f) => f.message)),
  };
  return `${CSV_COLUMNS.map((c) => csvField(values[c])).join(',')}\r\n`;
}

/** One claim as a JSON object, in the report's camelCase. */
function jsonRecord(row: Row): Record<string, unknown> {
  const sources = JSON.parse(row.sources) as ExportSource[];
  const figures = JSON.parse(row.figures) as ExportFigure[];
  const flags = JSON.parse(row.flags) as ExportFlag[];
  return {
    claimId: row.claim_id,
    article: { id: row.article_id, title: row.title, publisher: row.publisher, published: row.published, url: row.url, author: row.author, input: row.input, contentHash: row.content_hash },
    start: row.start,
    end: row.end,
    claim: row.claim,
    subject: row.subject,
    measure: row.measure,
    time: row.time,
    timeScope: row.time_scope,
    sources: sources.filter((s) => !s.vague).map((s) => s.name),
    vagueSources: sources.filter((s) => s.vague).map((s) => s.name),
    sourceScope: row.source_scope,
    figures: figures.map((f) => ({ text: f.text, kind: f.kind, value: f.value, ...(f.value_high !== null ? { valueHigh: f.value_high } : {}), unit: f.unit, start: f.start, end: f.end, role: f.role })),
    flags: flags.map((f) => ({ rule: f.rule, severity: f.severity, messageId: f.message_id, message: f.message, start: f.start, end: f.end })),
  };
}

export async function runExport(opts: ExportOptions): Promise<number> {
  const [{ ClaimsDb, QueryError, ReadOnlyError }, { claimReviewOf }] = await Promise.all([import('../../storage/db.js'), import('../format/claimreview.js')]);
  let db: import('../../storage/db.js').ClaimsDb;
  try {
    db = ClaimsDb.openForReading(opts.db, (from, to) => say(`upgraded ${opts.db} from schema version ${from} to ${to}`));
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  let out: NodeJS.WritableStream = process.stdout;
  if (opts.out) {
    try {
      out = createWriteStream('', { fd: openSync(opts.out, 'w') });
    } catch (err) {
      db.close();
      throw new UsageError(`cannot write ${opts.out}: ${(err as Error).message}`);
    }
  }
  let pending = '';
  const write = async (chunk: string) => {
    pending += chunk;
    if (pending.length < 1 << 16) return;
    const ok = out.write(pending);
    pending = '';
    if (!ok) await once(out, 'drain');
  };
  let count = 0;
  try {
    const { columns, rows } = db.exportClaims({ where: opts.where, flaggedOnly: opts.format === 'claimreview' });
    const object = (values: unknown[]) => Object.fromEntries(columns.map((c, i) => [c, values[i]])) as unknown as Row;
    if (opts.format === 'csv') await write(`${CSV_COLUMNS.join(',')}\r\n`);
    if (opts.format === 'claimreview') await write('[');
    for (const values of rows) {
      const row = object(values);
      if (opts.format === 'csv') await write(csvLine(row));
      else if (opts.format === 'jsonl') await write(`${JSON.stringify(jsonRecord(row))}\n`);
      else {
        const review = claimReviewOf(row, { reviewer: opts.author });
        if (!review) continue;
        await write(`${count ? ',' : ''}\n${JSON.stringify(review)}`);
      }
      count++;
    }
    if (opts.format === 'claimreview') await write(count ? '\n]\n' : ']\n');
    if (pending) out.write(pending);
  } catch (err) {
    if (err instanceof ReadOnlyError || err instanceof QueryError) throw new UsageError(`--where: ${err.message}`);
    throw err;
  } finally {
    db.close();
    if (out !== process.stdout) await new Promise<void>((resolve, reject) => out.end(() => resolve()).on?.('error', reject));
  }
  say(`exported ${count} ${opts.format === 'claimreview' ? 'claim reviews' : 'claims'}${opts.out ? ` to ${opts.out}` : ''}`);
  return EXIT.ok;
}
