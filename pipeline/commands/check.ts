/** `claimscan check`: a report per article, for editors (text, json, jsonl, html). */
import { Option, type Command } from 'commander';
import { createWriteStream } from 'node:fs';
import type { Report } from '../types.js';
import { EXIT, loadCommandConfig, say } from './support.js';

type CheckFormat = 'text' | 'json' | 'jsonl' | 'html';

interface CheckOptions {
  format: CheckFormat;
  out?: string;
  db?: string;
  config?: string;
}

export function register(program: Command): void {
  program
    .command('check')
    .description('report on one or a few articles: figures, sources, time stamps and flags')
    .argument('<input...>', 'file (.txt .md .html .htm .json .jsonl .ndjson, optionally .gz), directory, - (stdin) or http(s) URL')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'jsonl', 'html']).default('text'))
    .option('--out <file>', 'write the report to FILE instead of standard output')
    .option('--db <file>', 'also store the articles in this SQLite database')
    .option('--config <file>', 'rule configuration (default: ./claimscan.config.json when present)')
    .action(async (inputs: string[], opts: CheckOptions) => {
      process.exitCode = await runCheck(inputs, opts);
    });
}

export async function runCheck(inputs: string[], opts: CheckOptions): Promise<number> {
  const [{ createAnalyzer }, { loadInputs, originLabel }, { VERSION }] = await Promise.all([
    import('../analyze.js'),
    import('../load.js'),
    import('../version.js'),
  ]);
  const analyze = createAnalyzer(await loadCommandConfig(opts.config));
  const storage = opts.db ? await import('../../storage/db.js') : null;
  const versions = opts.db ? (await import('../../extractors/index.js')).EXTRACTOR_VERSIONS : {};
  const db = storage && opts.db ? storage.ClaimsDb.open(opts.db) : null;
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
    if (db && storage) db.storeReport({ report, input: item.origin.input, line: item.origin.line, rawHash: storage.rawHash(item.record), runId }, versions);
    if (streamed) out.write(`${JSON.stringify(report)}\n`);
    else reports.push(report);
  }
  if (!streamed) {
    let body: string;
    if (opts.format === 'json') body = `${JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2)}\n`;
    else if (opts.format === 'html') body = (await import('../format/html.js')).formatHtml(reports);
    else {
      const { useColor } = await import('../format/color.js');
      const color = !opts.out && useColor({ isTTY: process.stdout.isTTY === true, env: process.env });
      const width = !opts.out && process.stdout.isTTY ? process.stdout.columns : undefined;
      body = (await import('../format/text.js')).formatText(reports, { color, width });
    }
    out.write(body);
  }
  if (out !== process.stdout) await new Promise<void>((resolve, reject) => (out as NodeJS.WritableStream).end(() => resolve()).on?.('error', reject));
  if (opts.out) say(`wrote ${opts.format} report to ${opts.out}`);
  db?.close();
  if (unreadable) return EXIT.usage;
  return errors ? EXIT.flagged : EXIT.ok;
}
