/**
 * Faults of the database itself are one line naming the database and the cause, exit 2,
 * never a stack trace or "internal error": a file that is not a database, a full disk, a
 * read-only file, a read-only folder. Also the other exits of issue 12 item 10: `--out`
 * into a missing folder, a missing input with no summary printed.
 *
 * The full disk is real: a 2 MiB tmpfs where this runs as root and may mount (as CI does),
 * else a file-size limit (`ulimit -f`, the write fails with EFBIG). Read-only is real too:
 * as root (who may write anything) the command runs as user nobody.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, claimscan, rows, stackLines, type Ran } from './support.js';
import { ROOT } from '../helpers.js';

let dir: string;
let dump: string;
const isRoot = process.getuid?.() === 0;
const NOBODY = 65534;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'claimscan-faults-'));
  chmodSync(dir, 0o755);
  dump = path.join(dir, 'dump.jsonl');
  const lines = Array.from({ length: 400 }, (_, i) =>
    JSON.stringify({ id: `f${i}`, title: `Story ${i}`, text: `Company ${i} said revenue rose ${i % 40}% to $${i + 1} million in May, Reuters reported.\n${'Shares rose 2% on the news. '.repeat(20)}` }),
  );
  writeFileSync(dump, lines.join('\n') + '\n');
  chmodSync(dump, 0o644);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function expectOneLine(ran: Ran, pattern: RegExp) {
  expect(ran.code, ran.stderr).toBe(2);
  expect(stackLines(ran.stderr)).toEqual([]);
  expect(ran.stderr).not.toMatch(/internal error/);
  expect(ran.stderr).toMatch(pattern);
}

/** Runs the command as user nobody when this runs as root, so file permissions apply. */
function asUnprivileged(args: string[]): Promise<Ran> {
  return claimscan(args, isRoot ? { env: { HOME: dir }, spawn: { uid: NOBODY, gid: NOBODY } } : {});
}

describe('faults of the database', () => {
  it('a file that is not a database', async () => {
    const db = path.join(dir, 'garbage.db');
    writeFileSync(db, 'this is not a SQLite database\n'.repeat(500));
    expectOneLine(await claimscan(['ingest', '--db', db, '--workers', '0', dump]), /database .*garbage\.db: it is not a SQLite database, or it is damaged \(SQLITE_NOTADB/);
    expectOneLine(await claimscan(['check', '--db', db, '--format', 'json', dump]), /garbage\.db: it is not a SQLite database/);
  }, 120_000);

  it('a full disk: the run stops with one line, and a later run resumes', async () => {
    const mount = path.join(dir, 'small');
    mkdirSync(mount);
    let mounted = false;
    if (isRoot) {
      mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mount]).status === 0;
    }
    const db = path.join(mount, 'full.db');
    try {
      const args = ['ingest', '--db', db, '--workers', '0', dump];
      const full = mounted
        ? await claimscan(args)
        : await new Promise<Ran>((resolve) => {
            // No tmpfs: a 1 MiB file-size limit for the process (Node ignores SIGXFSZ, so writes fail with EFBIG).
            const res = spawnSync('bash', ['-c', `ulimit -f 1024; exec "${process.execPath}" "${BIN}" "$@"`, 'bash', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
            resolve({ code: res.status, signal: res.signal, stdout: res.stdout, stderr: res.stderr });
          });
      expectOneLine(full, mounted ? /database .*full\.db: the disk is full \(SQLITE_FULL/ : /database .*full\.db: (the disk is full|an input\/output error)/);
      expect(full.stderr).toMatch(/the ingest stopped after storing \d+ articles \(run 1\)/);
      expect(full.stderr.trim().split('\n')).toHaveLength(1);
      const stored = rows(db, 'SELECT count(*) FROM articles')[0]![0] as number;
      expect(stored).toBeGreaterThan(0);
      expect(stored).toBeLessThan(400);
      // Still full: the next run fails the same way, not with an internal error.
      if (mounted) expectOneLine(await claimscan(args), /full\.db: the disk is full/);
    } finally {
      if (mounted) {
        // Room again (a bigger tmpfs over the same files): the same command resumes.
        execFileSync('mount', ['-o', 'remount,size=64m', mount]);
        const resumed = await claimscan(['ingest', '--db', db, '--workers', '0', dump]);
        expect(resumed.code, resumed.stderr).toBe(0);
        expect(rows(db, 'SELECT count(*), count(DISTINCT article_key) FROM articles')).toEqual([[400, 400]]);
        expect(rows(db, 'PRAGMA integrity_check')).toEqual([['ok']]);
        execFileSync('umount', [mount]);
      }
    }
  }, 240_000);

  it('a read-only database file', async () => {
    const folder = path.join(dir, 'rofile');
    mkdirSync(folder);
    const db = path.join(folder, 'ro.db');
    expect((await claimscan(['ingest', '--db', db, '--workers', '0', path.join(ROOT, 'samples', '03-gold-rally.json')])).code).toBe(0);
    chmodSync(folder, 0o777);
    chmodSync(db, 0o444);
    expectOneLine(await asUnprivileged(['ingest', '--db', db, '--workers', '0', dump]), /ro\.db: (it cannot be written|it cannot be opened)/);
  }, 120_000);

  it('a database in a read-only folder', async () => {
    const folder = path.join(dir, 'rofolder');
    mkdirSync(folder);
    const db = path.join(folder, 'ro.db');
    expect((await claimscan(['ingest', '--db', db, '--workers', '0', path.join(ROOT, 'samples', '03-gold-rally.json')])).code).toBe(0);
    chmodSync(db, 0o666);
    chmodSync(folder, 0o555);
    try {
      expectOneLine(await asUnprivileged(['ingest', '--db', db, '--workers', '0', dump]), /ro\.db: (it cannot be written|it cannot be opened)/);
    } finally {
      chmodSync(folder, 0o755);
    }
  }, 120_000);
});

describe('exit codes of check', () => {
  it('--out into a missing folder: one line, exit 2, before any work', async () => {
    const out = path.join(dir, 'no', 'such', 'folder', 'report.html');
    expectOneLine(await claimscan(['check', '--format', 'html', '--out', out, dump]), /cannot write .*report\.html: its folder does not exist/);
  }, 60_000);

  it('a missing input: its error, exit 2, and no summary that says all is well', async () => {
    const ran = await claimscan(['check', path.join(dir, 'missing.txt')]);
    expectOneLine(ran, /cannot read .*missing\.txt: no such file or directory/);
    expect(ran.stdout).toBe('');
  }, 60_000);
});
