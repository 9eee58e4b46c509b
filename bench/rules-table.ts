/**
 * Renders the README's rules table from the rules' own meta: id, default severity,
 * description, options with their defaults, one `ok` and one `flagged` example (the
 * shortest of each, the ones the tests run) with the flagged example's message id.
 *
 *   npx tsx bench/rules-table.ts           print the table
 *   npx tsx bench/rules-table.ts --write   rewrite the region between
 *                                          <!-- rules-table:start --> and <!-- rules-table:end --> in README.md
 *   npx tsx bench/rules-table.ts --check   exit 1 when README.md's table is stale
 *
 * test/rules/readme-table.test.ts fails when the README's table is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES } from '../pipeline/rules/index.js';
import type { Rule, RuleExample } from '../pipeline/rules/rule.js';

export const START = '<!-- rules-table:start -->';
export const END = '<!-- rules-table:end -->';
export const README = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'README.md');

/** A table cell: pipes escaped, line breaks shown as ⏎, cut to `max` characters. */
function cell(s: string, max = 400): string {
  const t = s.replace(/\r?\n/g, ' ⏎ ').replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t;
}

const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;

/** The shortest example of a list (the one a reader takes in at a glance). */
const shortest = (examples: readonly RuleExample[]): RuleExample | undefined => [...examples].sort((a, b) => a.text.length - b.text.length)[0];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function optionsCell(rule: Rule<any>): string {
  const defaults = rule.meta.options.parse({}) as Record<string, unknown>;
  const entries = Object.entries(defaults);
  if (!entries.length) return '—';
  return entries.map(([key, value]) => `${code(key)}: ${code(JSON.stringify(value))}`).join('<br>');
}

/** The rules table, as Markdown. */
export function renderRulesTable(): string {
  const rows = RULES.map((rule) => {
    const ok = shortest(rule.meta.examples.ok);
    const flagged = shortest(rule.meta.examples.flagged);
    const flaggedCell = flagged
      ? `${cell(flagged.text, 260)}<br>→ ${(flagged.flags ?? []).map((f) => `${code(f.messageId)} on “${cell(f.text, 80)}”`).join(', ')}`
      : '—';
    return `| ${code(rule.id)} | ${rule.meta.defaultSeverity} | ${cell(rule.meta.description)} | ${optionsCell(rule)} | ${ok ? cell(ok.text, 260) : '—'} | ${flaggedCell} |`;
  });
  return [
    '| rule | default severity | flags | options (defaults) | ok example | flagged example |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    'Generated from the rules\' meta by `npx tsx bench/rules-table.ts --write`; details, tolerances and the reasons for each severity in [docs/rules.md](docs/rules.md).',
  ].join('\n');
}

/** README text with the region between the markers replaced by `table`. */
export function withTable(readme: string, table: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} region`);
  return `${readme.slice(0, start + START.length)}\n${table}\n${readme.slice(end)}`;
}

/** The table currently in the README, between the markers (trimmed). */
export function currentTable(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} region`);
  return readme.slice(start + START.length, end).trim();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const table = renderRulesTable();
  if (process.argv.includes('--write')) {
    const readme = readFileSync(README, 'utf8');
    writeFileSync(README, withTable(readme, table));
    console.error(`rewrote the rules table in ${path.relative(process.cwd(), README)}`);
  } else if (process.argv.includes('--check')) {
    const stale = currentTable(readFileSync(README, 'utf8')) !== table.trim();
    console.error(stale ? 'README.md rules table is stale: run npx tsx bench/rules-table.ts --write' : 'README.md rules table is up to date');
    process.exit(stale ? 1 : 0);
  } else {
    console.log(table);
  }
}
