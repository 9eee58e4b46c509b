/**
 * The editor's terminal view, in the manner of ESLint's "stylish": a header per article,
 * then its flags by position (line:col, severity, message, rule id), then a summary line.
 * A pure function of the reports.
 */
import type { Report, Severity } from '../types.js';
import { positionFinder } from './position.js';

export interface TextFormatOptions {
  /** Use ANSI colours. Default false. */
  color?: boolean;
}

const ANSI = { red: 31, yellow: 33, blue: 34, gray: 90, bold: 1, underline: 4 } as const;

export function formatText(reports: readonly Report[], options: TextFormatOptions = {}): string {
  const paint = (code: keyof typeof ANSI, s: string) => (options.color ? `\u001b[${ANSI[code]}m${s}\u001b[0m` : s);
  const severityColor: Record<Severity, keyof typeof ANSI> = { error: 'red', warning: 'yellow', info: 'blue' };
  const out: string[] = [];
  const totals = { error: 0, warning: 0, info: 0, figures: 0, sources: 0, duplicates: 0 };
  for (const report of reports) {
    const position = positionFinder(report.text);
    const { article } = report;
    const facts = [article.publisher, article.published].filter(Boolean).join(', ');
    out.push(paint('underline', report.input));
    if (article.title) out.push(`${paint('bold', article.title)}${facts ? paint('gray', ` (${facts})`) : ''}`);
    const rows = report.flags.map((f) => {
      const { line, column } = position(f.start);
      return [`  ${line}:${column}`, paint(severityColor[f.severity], f.severity), f.message, paint('gray', f.rule)];
    });
    const widths = [0, 1].map((c) => Math.max(0, ...report.flags.map((f) => {
      const { line, column } = position(f.start);
      return c === 0 ? `  ${line}:${column}`.length : f.severity.length;
    })));
    for (const row of rows) {
      const plain = [row[0]!.padEnd(widths[0]!), row[1]! + ' '.repeat(Math.max(0, widths[1]! - stripAnsi(row[1]!).length))];
      out.push(`${plain[0]}  ${plain[1]}  ${row[2]}  ${row[3]}`);
    }
    if (!report.flags.length) out.push(paint('gray', '  no flags'));
    out.push('');
    for (const f of report.flags) totals[f.severity]++;
    totals.figures += report.money.length + report.percentages.length + report.quantities.length;
    totals.sources += new Set(report.sources.filter((s) => !s.vague).map((s) => s.name)).size;
    totals.duplicates += report.paragraphs.filter((p) => p.duplicateOf !== null).length;
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const summary = [
    [plural(totals.error, 'error'), plural(totals.warning, 'warning'), ...(totals.info ? [plural(totals.info, 'info')] : [])].join(', '),
    [plural(totals.figures, 'figure'), plural(totals.sources, 'named source'), plural(totals.duplicates, 'duplicate paragraph')].join(', '),
  ].join(' · ');
  const mark = totals.error ? paint('red', '✖') : totals.warning ? paint('yellow', '⚠') : paint('blue', '✔');
  out.push(`${mark} ${reports.length > 1 ? `${reports.length} articles: ` : ''}${summary}`);
  return out.join('\n') + '\n';
}

const stripAnsi = (s: string) => s.replace(/\u001b\[\d+m/g, '');
