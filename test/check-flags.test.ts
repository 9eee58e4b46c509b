/**
 * The terminal report for editors, end to end as a spawned process: line:col in the input's
 * own lines for text inputs, --quiet, --max-warnings, --rule, Markdown drafts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SHARED } from './helpers.js';

const BIN = path.join(ROOT, 'pipeline', 'bin.js');
const SEED0 = path.join(SHARED, 'seeds', '000_cc48696f078fb7b8.txt');
const FLOWS = path.join(ROOT, 'samples', '04-flows-week.txt');
let dir: string;

function run(args: string[], input?: string) {
  const res = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

/** `line:col severity … rule` lines of the terminal view. */
const flagLines = (stdout: string) =>
  stdout
    .split('\n')
    .map((l) => /^\s+(\d+):(\d+)\s+(error|warning|info)\s+.*\s(\S+)$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ line: Number(m[1]), column: Number(m[2]), severity: m[3]!, rule: m[4]! }));

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'claimscan-check-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('line:col of text inputs', () => {
  it('points into the file’s own lines: seed 000’s first EST is on line 5', () => {
    const { stdout } = run(['check', SEED0]);
    const est = flagLines(stdout).find((f) => f.rule === 'timezone-mismatch')!;
    const line = readFileSync(SEED0, 'utf8').split('\n')[est.line - 1]!;
    expect(est.line).toBe(5);
    expect(line.slice(est.column - 1)).toMatch(/^As of May 28, 2025, at 10:00 AM EST/);
  });

  it('points into standard input’s own lines', () => {
    const content = readFileSync(SEED0, 'utf8');
    const fromFile = flagLines(run(['check', SEED0]).stdout);
    const fromStdin = flagLines(run(['check', '-'], content).stdout);
    expect(fromStdin).toEqual(fromFile);
  });

  it('points into a Markdown draft’s own lines, and reads its links and emphasis as text', () => {
    const draft = path.join(dir, 'draft.md');
    writeFileSync(
      draft,
      '# Crypto funds\n\nBitcoin funds took in **$1.2 billion** last week, per [CoinShares](https://x.example).\n\n- Ether funds lost\n  $300 million, analysts say.\n',
    );
    const { stdout } = run(['check', draft]);
    const flags = flagLines(stdout);
    // The claim sentence starts after the list marker of line 5.
    expect(flags).toEqual([{ line: 5, column: 3, severity: 'warning', rule: 'unsourced-claim' }]);
    const json = JSON.parse(run(['check', '--format', 'json', draft]).stdout);
    expect(json.text).toBe('Bitcoin funds took in $1.2 billion last week, per CoinShares.\nEther funds lost $300 million, analysts say.');
    expect(json.sources.map((s: { name: string }) => s.name)).toContain('CoinShares');
  });

  it('keeps the cleaned text’s lines for JSON records (no source lines to point at)', () => {
    const record = path.join(dir, 'r.json');
    writeFileSync(record, JSON.stringify({ title: 'T', text: '\n\nBitcoin rose 4% to $67,000 on Monday at 10:00 AM EST on January 6, 2025, traders said.\n\nIt fell 2% on May 28, 2025, at 10:00 AM EST.' }));
    const lines = flagLines(run(['check', record]).stdout).map((f) => f.line);
    // The EST sentence is line 5 of the record's text but line 2 of the cleaned text.
    expect(Math.max(...lines)).toBe(2);
  });
});

describe('--quiet, --max-warnings, --rule', () => {
  it('--quiet shows errors only', () => {
    const all = flagLines(run(['check', SEED0]).stdout);
    const quiet = run(['check', '--quiet', SEED0]);
    expect(all.some((f) => f.severity === 'warning')).toBe(true);
    expect(flagLines(quiet.stdout)).toEqual(all.filter((f) => f.severity === 'error'));
    expect(quiet.code).toBe(1);
    const json = JSON.parse(run(['check', '--quiet', '--format', 'json', SEED0]).stdout);
    expect(json.flags.every((f: { severity: string }) => f.severity === 'error')).toBe(true);
  });

  it('--max-warnings N exits 1 past N warnings, as ESLint does', () => {
    const warnings = flagLines(run(['check', FLOWS]).stdout).filter((f) => f.severity === 'warning').length;
    expect(warnings).toBeGreaterThan(0);
    const errors = flagLines(run(['check', FLOWS]).stdout).filter((f) => f.severity === 'error').length;
    const clean = errors ? 1 : 0;
    expect(run(['check', '--max-warnings', String(warnings), FLOWS]).code).toBe(clean);
    const over = run(['check', '--max-warnings', String(warnings - 1), FLOWS]);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain(`${warnings} warnings, more than --max-warnings ${warnings - 1}`);
    expect(run(['check', '--max-warnings', '-1', FLOWS]).code).toBe(2);
  });

  it('--rule ID (repeatable) shows only those rules, and an unknown id is bad usage', () => {
    const all = flagLines(run(['check', SEED0]).stdout);
    const one = flagLines(run(['check', '--rule', 'timezone-mismatch', SEED0]).stdout);
    expect(one).toEqual(all.filter((f) => f.rule === 'timezone-mismatch'));
    const two = flagLines(run(['check', '--rule', 'timezone-mismatch', '--rule', 'duplicate-paragraph', SEED0]).stdout);
    expect(two).toEqual(all.filter((f) => f.rule === 'timezone-mismatch' || f.rule === 'duplicate-paragraph'));
    expect(run(['check', '--rule', 'duplicate-paragraph', FLOWS]).code).toBe(0);
    const bad = run(['check', '--rule', 'no-such-rule', SEED0]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--rule: unknown rule "no-such-rule"; known rules: .*timezone-mismatch/);
  });
});
