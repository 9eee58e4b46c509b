/**
 * Drafts carry their own metadata: a `---` YAML block opening a `.md` or `.txt` file
 * (pipeline/front-matter.ts), and `check --published DATE` for files that give none.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FrontMatterError, readFrontMatter } from '../pipeline/front-matter.js';
import { loadInputs } from '../pipeline/load.js';
import type { LoadedItem } from '../pipeline/types.js';
import { ROOT } from './helpers.js';

const BIN = path.join(ROOT, 'pipeline', 'bin.js');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'claimscan-front-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const BODY = 'Gold rose 2% to $3,400 an ounce at 10:00 EDT on Wednesday, according to LSEG.\n\nThe rally was the longest since March, LSEG data showed.\n';
const FRONT = '---\ntitle: "Gold: a record, again"\npublished: 2025-01-08T15:00:00Z\npublisher: Ledger Street\nurl: https://example.com/gold\nauthor: ignored here\n---\n';

function write(name: string, content: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

async function load(file: string): Promise<LoadedItem[]> {
  const out: LoadedItem[] = [];
  for await (const item of loadInputs([file])) out.push(item);
  return out;
}

function check(args: string[]) {
  const res = spawnSync(process.execPath, [BIN, 'check', ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

describe('readFrontMatter', () => {
  it('reads the record fields and blanks the block, keeping its lines', () => {
    const content = FRONT + BODY;
    const read = readFrontMatter(content)!;
    expect(read.fields).toEqual({ title: 'Gold: a record, again', published: '2025-01-08T15:00:00Z', publisher: 'Ledger Street', url: 'https://example.com/gold' });
    expect(read.content.length).toBe(content.length);
    expect(read.content.split('\n').length).toBe(content.split('\n').length);
    expect(read.content.trimStart().startsWith('Gold rose 2%')).toBe(true);
  });

  it('is absent without a first-line "---", and a "---" later is no front matter', () => {
    expect(readFrontMatter(BODY)).toBeNull();
    expect(readFrontMatter(`Title\n---\n${BODY}`)).toBeNull();
  });

  it('names what is wrong: an unclosed block, invalid YAML, a field that is not text', () => {
    expect(() => readFrontMatter('---\ntitle: x\nGold rose 2%.\n')).toThrow(/not closed/);
    expect(() => readFrontMatter('---\ntitle: [unclosed\n---\nbody\n')).toThrow(FrontMatterError);
    expect(() => readFrontMatter('---\ntitle:\n  - a\n  - b\n---\nbody\n')).toThrow(/field "title" must be text, not a list/);
  });
});

describe('loading drafts with front matter', () => {
  it('a Markdown draft: the fields from the block, every line after it body', async () => {
    const [item] = await load(write('draft.md', `${FRONT}# Not the title\n\n${BODY}`));
    expect(item!.ok).toBe(true);
    if (!item!.ok) return;
    expect(item.record).toMatchObject({ title: 'Gold: a record, again', published: '2025-01-08T15:00:00Z', publisher: 'Ledger Street', url: 'https://example.com/gold' });
    expect(item.record.text).toContain('Not the title');
    expect(item.record.text).toContain('Gold rose 2%');
    expect(item.record.text).not.toContain('publisher');
  });

  it('a plain-text draft without a title field keeps its first line as the title', async () => {
    const [item] = await load(write('draft.txt', `---\npublished: 2025-06-04\n---\nGold draft\n${BODY}`));
    expect(item!.ok).toBe(true);
    if (!item!.ok) return;
    expect(item.record.title).toBe('Gold draft');
    expect(item.record.published).toBe('2025-06-04');
    expect(item.record.text).toContain('Gold rose 2%');
  });

  it('an unreadable date is a warning naming the file and the field; the draft is still read', async () => {
    const file = write('baddate.txt', `---\npublished: next Tuesday-ish\n---\nTitle\n${BODY}`);
    const [item] = await load(file);
    expect(item!.ok).toBe(true);
    if (!item!.ok) return;
    expect(item.record.published).toBeUndefined();
    expect(item.warnings?.join('\n')).toContain(`${file}: front matter field "published"`);
  });

  it('invalid front matter is an error naming the file; the next input is still read', async () => {
    const bad = write('bad.md', '---\ntitle: [unclosed\n---\nbody with 5 pct\n');
    const good = write('good.txt', `Title\n${BODY}`);
    const items: LoadedItem[] = [];
    for await (const item of loadInputs([bad, good])) items.push(item);
    expect(items.map((i) => i.ok)).toEqual([false, true]);
    expect(!items[0]!.ok && items[0]!.error).toMatch(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: front matter`));
  });
});

describe('check with front matter and --published', () => {
  it('the front matter date drives the time-zone rule, and positions are the file\'s own lines', () => {
    const file = write('tz.md', FRONT + BODY);
    const res = check([file]);
    expect(res.code).toBe(1);
    expect(res.stdout).toContain('Gold: a record, again (Ledger Street, 2025-01-08T15:00:00Z)');
    // line 8 of the file: the first line after the seven of the block
    expect(res.stdout).toMatch(/^\s+8:\d+\s+error\s+`EDT` is daylight-saving time/m);
  });

  it('--published dates a file that gives none; a file\'s own date wins', () => {
    const plain = write('plain.txt', `Gold draft\n${BODY}`);
    expect(check([plain]).code).toBe(0);
    const dated = check(['--published', '2025-01-08', plain]);
    expect(dated.code).toBe(1);
    expect(dated.stdout).toContain('timezone-mismatch');
    const own = write('own.md', `---\npublished: 2025-06-04\n---\nGold draft\n${BODY}`);
    const res = check(['--published', '2025-01-08', '--format', 'json', own]);
    const report = JSON.parse(res.stdout) as { article: { published: string } } | { article: { published: string } }[];
    expect((Array.isArray(report) ? report[0]! : report).article.published).toBe('2025-06-04');
  });

  it('an unreadable --published is bad usage (exit 2) with the expected form', () => {
    const res = check(['--published', 'someday', write('x.txt', `Title\n${BODY}`)]);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('--published: cannot read "someday" as a date');
  });
});
