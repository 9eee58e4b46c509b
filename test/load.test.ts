import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileKind, loadInputs } from '../pipeline/load.js';
import type { LoadedItem } from '../pipeline/types.js';

let dir: string;
const file = (name: string, content: string | Buffer) => {
  const full = path.join(dir, name);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, content);
  return full;
};
const collect = async (inputs: string[], stdin?: string) => {
  const out: LoadedItem[] = [];
  for await (const item of loadInputs(inputs, stdin === undefined ? {} : { stdin: Readable.from([Buffer.from(stdin)]) })) out.push(item);
  return out;
};

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'claimscan-load-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('fileKind', () => {
  it.each([
    ['a.txt', 'text'],
    ['a.MD', 'text'],
    ['a.html', 'html'],
    ['a.htm.gz', 'html'],
    ['a.json', 'json'],
    ['a.jsonl', 'jsonl'],
    ['a.ndjson.gz', 'jsonl'],
    ['a.csv', null],
    ['a.gz', null],
  ])('%s → %s', (name, kind) => expect(fileKind(name)).toBe(kind));
});

describe('loadInputs', () => {
  it('reads a .txt file: first line is the title', async () => {
    const f = file('one.txt', 'Bitcoin Rallies\n\nBitcoin rose 3% on Monday.\n');
    const [item] = await collect([f]);
    expect(item).toMatchObject({ ok: true, origin: { input: f }, record: { title: 'Bitcoin Rallies', text: '\nBitcoin rose 3% on Monday.\n' } });
  });

  it('reads HTML, JSON and gzipped files', async () => {
    const h = file('page.html', '<p>Hi</p>');
    const j = file('rec.json', JSON.stringify({ id: 'x1', text: 'Body.' }));
    const g = file('rec.json.gz', zlib.gzipSync(JSON.stringify({ id: 'x2', text: 'Zipped.' })));
    const items = await collect([h, j, g]);
    expect(items.map((i) => (i.ok ? i.record : i.error))).toEqual([{ html: '<p>Hi</p>' }, { id: 'x1', text: 'Body.' }, { id: 'x2', text: 'Zipped.' }]);
  });

  it('decodes an HTML file in the charset its <meta> declares', async () => {
    const f = file('latin.html', Buffer.concat([Buffer.from('<meta charset="iso-8859-1"><p>Soci'), Buffer.from([0xe9, 0x74, 0xe9]), Buffer.from('</p>')]));
    const [item] = await collect([f]);
    expect(item).toMatchObject({ ok: true, record: { html: expect.stringContaining('Société') } });
  });

  it('streams JSON Lines and reports a malformed line by number, going on past it', async () => {
    const f = file(
      'dump.jsonl',
      [JSON.stringify({ id: 'a', text: 'One.' }), '', '{"id": "b", "text": ', JSON.stringify({ id: 'c', text: 7 }), JSON.stringify({ id: 'd', text: 'Four.' })].join('\n'),
    );
    const items = await collect([f]);
    expect(items.map((i) => [i.ok, i.origin.line])).toEqual([
      [true, 1],
      [false, 3],
      [false, 4],
      [true, 5],
    ]);
    const [, bad, wrong] = items as Extract<LoadedItem, { ok: false }>[];
    expect(bad!.error).toMatch(new RegExp(`^${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3: not valid JSON`));
    expect(wrong!.error).toMatch(/dump\.jsonl:4: field "text": expected a string, got number 7/);
  });

  it('reads gzipped JSON Lines', async () => {
    const f = file('dump.ndjson.gz', zlib.gzipSync([1, 2, 3].map((n) => JSON.stringify({ id: `n${n}`, text: `Text ${n}.` })).join('\n') + '\n'));
    const items = await collect([f]);
    expect(items.map((i) => i.ok && i.record.id)).toEqual(['n1', 'n2', 'n3']);
  });

  it('reports corrupt gzip as an error for that input', async () => {
    const f = file('broken.jsonl.gz', Buffer.from('not gzip at all'));
    const items = await collect([f]);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ ok: false });
    expect((items[0] as { error: string }).error).toMatch(/not valid gzip data/);
  });

  it('walks directories in sorted order, skipping hidden and unknown files', async () => {
    const d = path.join(dir, 'tree');
    file('tree/b.txt', 'B\nb');
    file('tree/a.txt', 'A\na');
    file('tree/sub/c.json', JSON.stringify({ text: 'c' }));
    file('tree/.hidden.txt', 'H\nh');
    file('tree/notes.csv', 'x,y');
    const items = await collect([d]);
    expect(items.map((i) => path.relative(d, i.origin.input))).toEqual(['a.txt', 'b.txt', path.join('sub', 'c.json')]);
  });

  it('names a missing file and an unknown extension', async () => {
    const csv = file('table.csv', 'a,b');
    const items = await collect([path.join(dir, 'missing.txt'), csv]);
    expect(items.map((i) => !i.ok && i.error)).toEqual([
      `cannot read ${path.join(dir, 'missing.txt')}: no such file or directory`,
      expect.stringMatching(/table\.csv: unknown file type/),
    ]);
  });

  it('reports invalid JSON in a .json file with the file name', async () => {
    const f = file('bad.json', '{"text": "x",}');
    const [item] = await collect([f]);
    expect(item).toMatchObject({ ok: false });
    expect((item as { error: string }).error).toMatch(/bad\.json: not valid JSON/);
  });

  it.each([
    { name: 'JSON Lines', stdin: '{"id":"s1","text":"One."}\n{"id":"s2","text":"Two."}\n', expect: [{ id: 's1' }, { id: 's2' }] },
    { name: 'one pretty-printed JSON record', stdin: '{\n  "id": "p1",\n  "text": "Body."\n}\n', expect: [{ id: 'p1', text: 'Body.' }] },
    { name: 'HTML', stdin: '<!doctype html><p>Hello</p>', expect: [{ html: '<!doctype html><p>Hello</p>' }] },
    { name: 'plain text', stdin: 'A Title\nThe body.', expect: [{ title: 'A Title', text: 'The body.' }] },
  ])('reads standard input as $name', async ({ stdin, expect: want }) => {
    const items = await collect(['-'], stdin);
    expect(items.every((i) => i.ok && i.origin.input === '-')).toBe(true);
    expect(items.map((i) => i.ok && i.record)).toMatchObject(want);
  });
});
