/**
 * The command line end to end, as a spawned process: the contract's output shapes, exit
 * codes, ingest into a real SQLite file (twice), a malformed JSONL line, query.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SHARED } from './helpers.js';

const BIN = path.join(ROOT, 'pipeline', 'bin.js');
let dir: string;

function run(args: string[], input?: string) {
  const res = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  // A process killed by a signal has no status: say which signal, so a crash is told from an exit code.
  return { code: res.status ?? `killed by ${res.signal ?? res.error?.message}`, stdout: res.stdout, stderr: res.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'claimscan-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SEEDS = path.join(SHARED, 'seeds');
const seedFiles = () => readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(SEEDS, f));
const SAMPLES = path.join(ROOT, 'samples');

function expectValidReport(report: Record<string, unknown>) {
  expect(report.schema).toBe('claimscan/report@1');
  const text = report.text as string;
  expect(typeof text).toBe('string');
  expect((report.article as { contentHash: string }).contentHash).toMatch(/^[0-9a-f]{64}$/);
  for (const key of ['paragraphs', 'sentences', 'money', 'percentages', 'quantities', 'timestamps', 'entities', 'sources', 'claims', 'flags']) {
    const list = report[key] as { start: number; end: number; text?: string }[];
    expect(Array.isArray(list), key).toBe(true);
    for (const item of list) {
      expect(item.start).toBeLessThanOrEqual(item.end);
      expect(item.end).toBeLessThanOrEqual(text.length);
      if ('text' in item) expect(item.text).toBe(text.slice(item.start, item.end));
    }
  }
}

describe('claimscan check', () => {
  it('prints one valid report per line with --format jsonl, in input order (samples)', () => {
    const { code, stdout, stderr } = run(['check', '--format', 'jsonl', SAMPLES]);
    expect(stderr).toBe('');
    expect([0, 1]).toContain(code);
    const reports = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(reports.map((r) => path.relative(SAMPLES, r.input))).toEqual([
      '01-etf-outflows.txt',
      '02-miner-earnings.html',
      '03-gold-rally.json',
      '04-flows-week.txt',
      '05-bank-results.md',
      '06-etf-flows-ledger.json',
      '07-etf-flows-chainwire.json',
      ...[1, 2, 3, 4].map((n) => `${path.join('dump', 'wire-2025-06.jsonl')}:${n}`),
    ]);
    reports.forEach(expectValidReport);
    const [etf, , , flows] = reports;
    expect(etf.paragraphs.filter((p: { duplicateOf: number | null }) => p.duplicateOf !== null)).toHaveLength(2);
    expect(etf.text).not.toContain('Explore more');
    expect(flows.text).not.toContain('Disclaimer');
    expect(flows.flags.map((f: { rule: string }) => f.rule)).toContain('duplicate-paragraph');
  });

  it.skipIf(!existsSync(SEEDS))('prints one valid report per line for the seeds, marking the repeated block and dropping boilerplate', () => {
    const files = seedFiles();
    const { code, stdout, stderr } = run(['check', '--format', 'jsonl', ...files]);
    expect(stderr).toBe('');
    expect([0, 1]).toContain(code);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(files.length);
    const reports = lines.map((l) => JSON.parse(l));
    reports.forEach((r, i) => {
      expectValidReport(r);
      expect(r.input).toBe(files[i]);
    });
    // Seed 000 repeats a block of paragraphs: the later copies are marked and flagged.
    const seed0 = reports[0];
    const duplicates = seed0.paragraphs.filter((p: { duplicateOf: number | null }) => p.duplicateOf !== null);
    expect(duplicates.length).toBeGreaterThanOrEqual(5);
    expect(seed0.flags.filter((f: { rule: string }) => f.rule === 'duplicate-paragraph')).toHaveLength(duplicates.length);
    // Boilerplate is out of the text.
    expect(seed0.text).not.toContain('@KobeissiLetter');
    expect(reports[2].text).not.toContain('Explore more');
  });

  it('prints one report as a JSON object and several as an array with --format json', () => {
    const one = run(['check', '--format', 'json', path.join(SAMPLES, '03-gold-rally.json')]);
    expect(JSON.parse(one.stdout)).toMatchObject({ schema: 'claimscan/report@1', article: { id: 'sample-gold-2025-09-22', publisher: 'Metals Desk' } });
    const many = run(['check', '--format', 'json', path.join(SAMPLES, 'dump')]);
    const reports = JSON.parse(many.stdout);
    expect(reports).toHaveLength(4);
    expect(reports.map((r: { input: string }) => path.basename(r.input))).toEqual(['wire-2025-06.jsonl:1', 'wire-2025-06.jsonl:2', 'wire-2025-06.jsonl:3', 'wire-2025-06.jsonl:4']);
  });

  it('prints the editor view by default, with a summary line', () => {
    const { stdout, code } = run(['check', path.join(SAMPLES, '04-flows-week.txt')]);
    expect([0, 1]).toContain(code);
    expect(stdout).toMatch(/Crypto Funds Bleed \$1\.4 Billion/);
    expect(stdout).toMatch(/\d+:\d+\s+warning\s+Repeated paragraph .* duplicate-paragraph/);
    expect(stdout).toMatch(/\d+ errors?, \d+ warnings?/);
  });

  it('reads standard input', () => {
    const { stdout, code } = run(['check', '--format', 'jsonl', '-'], JSON.stringify({ title: 'T', text: 'Bitcoin rose 4% on Monday.' }) + '\n');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.input).toBe('-:1');
    expect(report.percentages.map((p: { value: number }) => p.value)).toEqual([4]);
  });

  it('writes --out and stores with --db', () => {
    const out = path.join(dir, 'out.jsonl');
    const db = path.join(dir, 'check.db');
    const { code, stdout } = run(['check', '--format', 'jsonl', '--out', out, '--db', db, path.join(SAMPLES, '03-gold-rally.json')]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).article.title).toMatch(/^Gold Tops/);
    const q = run(['query', '--db', db, '--format', 'json', 'SELECT title FROM articles']);
    expect(JSON.parse(q.stdout)).toEqual([{ title: 'Gold Tops $3,700 an Ounce as Rate-Cut Bets Build' }]);
  });

  it('exits 2 naming an unreadable input, and still reports the readable ones', () => {
    const missing = path.join(dir, 'missing.txt');
    const { code, stdout, stderr } = run(['check', '--format', 'jsonl', missing, path.join(SAMPLES, '03-gold-rally.json')]);
    expect(code).toBe(2);
    expect(stderr).toContain(`cannot read ${missing}: no such file or directory`);
    expect(stdout.trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 for a record that fails validation, naming file, line and field', () => {
    const f = path.join(dir, 'bad.jsonl');
    writeFileSync(f, `${JSON.stringify({ text: 'Good.' })}\n${JSON.stringify({ title: 'no body' })}\n`);
    const { code, stdout, stderr } = run(['check', '--format', 'jsonl', f]);
    expect(code).toBe(2);
    expect(stderr).toContain(`${f}:2: field "text": missing`);
    expect(stdout.trim().split('\n')).toHaveLength(1);
  });

  it.each([
    [['check'], /missing required argument/],
    [['check', '--format', 'pdf', 'x.txt'], /argument 'pdf' is invalid/],
    [['frobnicate'], /unknown command/],
    [['ingest', '--workers', 'many', 'x'], /--workers must be an integer/],
  ])('exits 2 for bad usage: %j', (args, message) => {
    const { code, stderr } = run(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('stops quietly when its reader goes away (| head)', async () => {
    const child = spawn(process.execPath, [BIN, 'check', '--format', 'jsonl', SAMPLES, SAMPLES, SAMPLES], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(stderr).not.toMatch(/EPIPE|Unhandled/);
    expect([0, 1]).toContain(code);
  });

  it('exits 2 for a bad configuration before reading any article', () => {
    const config = path.join(dir, 'bad-config.json');
    writeFileSync(config, JSON.stringify({ rules: { 'no-such-rule': 'error' } }));
    const { code, stdout, stderr } = run(['check', '--config', config, '--format', 'jsonl', path.join(SAMPLES, '03-gold-rally.json')]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/unknown rule "no-such-rule"; known rules: /);
  });

  it('exits 1 when a flag has error severity', () => {
    const config = path.join(dir, 'strict.json');
    writeFileSync(config, JSON.stringify({ rules: { 'duplicate-paragraph': 'error' } }));
    expect(run(['check', '--config', config, path.join(SAMPLES, '04-flows-week.txt')]).code).toBe(1);
    expect(run(['check', '--config', config, path.join(SAMPLES, '03-gold-rally.json')]).code).toBe(0);
  });

  it("analyses with the working directory's configuration (the worker started before the command line), or the one --config names", () => {
    const sub = mkdtempSync(path.join(dir, 'cwd-'));
    const input = path.join(SAMPLES, '04-flows-week.txt');
    const duplicates = (cwd: string, args: string[] = []) => {
      const res = spawnSync(process.execPath, [BIN, 'check', '--format', 'jsonl', ...args, input], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      expect(res.status ?? `killed by ${res.signal}`).toBeLessThanOrEqual(1);
      return (JSON.parse(res.stdout) as { flags: { rule: string }[] }).flags.filter((f) => f.rule === 'duplicate-paragraph').length;
    };
    expect(duplicates(sub)).toBeGreaterThan(0);
    writeFileSync(path.join(sub, 'claimscan.config.json'), JSON.stringify({ rules: { 'duplicate-paragraph': 'off' } }));
    expect(duplicates(sub)).toBe(0);
    const on = path.join(dir, 'duplicates-on.json');
    writeFileSync(on, JSON.stringify({ rules: { 'duplicate-paragraph': 'warning' } }));
    expect(duplicates(sub, ['--config', on])).toBeGreaterThan(0);
  });
});

describe('claimscan ingest and query', () => {
  it('stores every article once, skips them on a second run, and records a bad line with its number', () => {
    const db = path.join(dir, 'ingest.db');
    const dump = path.join(dir, 'dump.jsonl');
    writeFileSync(
      dump,
      [JSON.stringify({ id: 'a', title: 'A', text: 'Alpha rose 1%.' }), '{"id": "b", "text": "unterminated', JSON.stringify({ id: 'c', title: 'C', text: 'Gamma fell 2%.' })].join('\n') + '\n',
    );
    const first = run(['ingest', '--db', db, '--workers', '1', SAMPLES, dump]);
    expect(first.code).toBe(2); // a record failed: the batch went on, and the exit code says so
    expect(first.stderr).toMatch(/read 14, stored 13, already present 0, failed 1/);
    expect(first.stderr).toContain(`${dump}:2: not valid JSON`);
    const second = run(['ingest', '--db', db, '--workers', '0', SAMPLES, dump]);
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(/read 14, stored 0, already present 13, failed 1/);
    const errors = JSON.parse(run(['query', '--db', db, '--format', 'json', 'SELECT input, line FROM ingest_errors ORDER BY id']).stdout);
    expect(errors).toEqual([
      { input: dump, line: 2 },
      { input: dump, line: 2 },
    ]);
    const counts = JSON.parse(run(['query', '--db', db, '--format', 'json', 'SELECT count(*) AS n, count(DISTINCT article_key) AS k FROM articles']).stdout);
    expect(counts).toEqual([{ n: 13, k: 13 }]);
  });

  it('prints rows as a table, CSV or JSON and refuses writes', () => {
    const db = path.join(dir, 'q.db');
    run(['ingest', '--db', db, '--workers', '0', path.join(SAMPLES, '03-gold-rally.json')]);
    const sql = 'SELECT record_id, publisher FROM articles';
    expect(run(['query', '--db', db, sql]).stdout).toMatch(/record_id\s+publisher\n-+\s+-+\nsample-gold-2025-09-22\s+Metals Desk\n\(1 row\)/);
    expect(run(['query', '--db', db, '--format', 'csv', sql]).stdout).toBe('record_id,publisher\r\nsample-gold-2025-09-22,Metals Desk\r\n');
    const badMatch = run(['query', '--db', db, "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'bitcoin NEAR/5'"]);
    expect(badMatch.code).toBe(2);
    expect(badMatch.stderr).toMatch(/SQL error: fts5: syntax error/);
    const refused = run(['query', '--db', db, 'DELETE FROM articles']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/refused: .*read-only/);
    const missing = run(['query', '--db', path.join(dir, 'none.db'), 'SELECT 1']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot open database/);
  });
});
