/**
 * The database opens in researchers' own tools: Debian 12's `sqlite3` shell and Python's
 * `sqlite3` module (SQLite 3.40 both; .ci/run installs them). Every research query of the
 * README's "For researchers" section and one `SELECT * FROM <view> LIMIT 1` per view run in
 * both, on a database of the samples. Skipped, saying so, only where those programs are
 * missing; CI has them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../pipeline/config.js';
import { ingest } from '../pipeline/ingest.js';
import { ClaimsDb } from '../storage/db.js';
import { ROOT } from './helpers.js';

const has = (cmd: string, args: string[]) => spawnSync(cmd, args, { encoding: 'utf8' }).status === 0;
const shell = has('sqlite3', ['-version']);
const python = has('python3', ['-c', 'import sqlite3']);
if (!shell) console.warn('skipping: the sqlite3 shell is not installed (apt-get install sqlite3; .ci/run does)');
if (!python) console.warn("skipping: python3 with its sqlite3 module is not installed (apt-get install python3; .ci/run does)");

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## For researchers'), readme.indexOf('\n## ', readme.indexOf('## For researchers') + 5));
/** `sqlite3 [options] claims.db "SQL"` lines of the section. */
const shellQueries = [...section.matchAll(/^sqlite3 (?:-\S+ )*claims\.db "([^"]+)"$/gm)].map((m) => m[1]!);
/** SQL given to pandas in the section's Python. */
const pandasQueries = [...section.matchAll(/read_sql_query\(\s*"([^"]+)"/g)].map((m) => m[1]!);

let dir: string;
let file: string;
let views: string[];
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'claimscan-tools-'));
  file = path.join(dir, 'claims.db');
  await ingest([path.join(ROOT, 'samples')], { db: file, config: resolveConfig({}, null), workers: 0 });
  const db = ClaimsDb.open(file, { readonly: true });
  views = ([...db.query("SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name").rows] as [string][]).map(([name]) => name);
  db.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs each statement of a JSON list in Python's sqlite3; prints the SQLite version, then one row count a line. */
const PY = 'import json, sqlite3, sys\ncon = sqlite3.connect(sys.argv[1])\nprint(sqlite3.sqlite_version)\nfor sql in json.loads(sys.argv[2]):\n    print(len(con.execute(sql).fetchall()))';
const inPython = (statements: readonly string[]) => {
  const res = spawnSync('python3', ['-c', PY, file, JSON.stringify(statements)], { encoding: 'utf8' });
  const [version, ...counts] = res.stdout.trim().split('\n');
  return { stderr: res.stderr, version, counts: counts.map(Number) };
};

describe('the README’s research queries', () => {
  it('are there: sqlite3 shell lines and pandas queries', () => {
    expect(shellQueries.length).toBeGreaterThanOrEqual(2);
    expect(pandasQueries.length).toBeGreaterThanOrEqual(2);
    expect(shellQueries).toContain('SELECT count(*) FROM claim_details');
  });

  it.runIf(shell)('run in the sqlite3 shell', () => {
    for (const sql of [...shellQueries, ...pandasQueries]) {
      const res = spawnSync('sqlite3', ['-bail', file, sql], { encoding: 'utf8' });
      expect(res.stderr, sql).toBe('');
      expect(res.status, sql).toBe(0);
    }
    expect(spawnSync('sqlite3', [file, 'SELECT count(*) FROM claim_details'], { encoding: 'utf8' }).stdout.trim()).toMatch(/^[1-9]\d*$/);
  });

  it.runIf(python)('run in Python’s sqlite3 module', () => {
    const statements = [...shellQueries, ...pandasQueries];
    const res = inPython(statements);
    expect(res.stderr).toBe('');
    expect(res.version).toMatch(/^3\.\d+\.\d+$/);
    expect(res.counts).toHaveLength(statements.length);
  });
});

describe('every view', () => {
  it.runIf(shell)('opens in the sqlite3 shell', () => {
    expect(views.length).toBeGreaterThanOrEqual(13);
    for (const view of views) {
      const res = spawnSync('sqlite3', ['-bail', file, `SELECT * FROM ${view} LIMIT 1`], { encoding: 'utf8' });
      expect(res.stderr, view).toBe('');
    }
  });

  it.runIf(python)('opens in Python’s sqlite3 module, the researchers’ views with a row on the samples', () => {
    const res = inPython(views.map((view) => `SELECT * FROM ${view} LIMIT 1`));
    expect(res.stderr).toBe('');
    const counts = Object.fromEntries(views.map((v, i) => [v, res.counts[i]]));
    for (const view of views) expect([0, 1], view).toContain(counts[view]);
    for (const view of ['claim_details', 'unsourced_claims', 'claim_export', 'figure_frames', 'story_frames', 'figure_consensus', 'figure_disagreements']) expect(counts[view], view).toBe(1);
  });
});
