/**
 * `npm run bench -- --hostile`: the slow hostile cases of issue 12, full size, at the
 * default limits, each in its own process (the real `check` or `ingest` command) so its
 * time and peak memory (max RSS, worker threads included) are its own. Each should end
 * within its budget plus 2 s and under 600 MB. The budget is the time limit for one
 * article (10 s) on top of what the same command takes for one short article (start-up,
 * the worker's start-up), measured first in the same run.
 *
 *   npm run bench -- --hostile [--only NAME]
 */
import { spawnSync } from 'node:child_process';
import { closeSync, createReadStream, createWriteStream, existsSync, mkdtempSync, openSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { PROJECT_ROOT } from '../pipeline/version.js';

const here = fileURLToPath(import.meta.url);
const REUTERS = path.resolve(PROJECT_ROOT, '../shared/corpora/reuters-21578/reuters-21578.jsonl.gz');
const MB = 1e6;

interface Case {
  name: string;
  /** Seconds on top of the baseline of its command: 10 (the article time limit), 0 for a baseline. */
  budget: number;
  /** Builds the input(s) in `dir`; returns the command arguments, or null to skip (with why). */
  build(dir: string): Promise<string[] | string>;
  stdin?: (dir: string) => string;
}

const article = (text: string) => JSON.stringify({ id: 'x', title: 'Hostile', text });

async function gzipBomb(file: string, head: string, zeros: number) {
  const gzip = zlib.createGzip({ level: 9 });
  const out = createWriteStream(file);
  gzip.pipe(out);
  gzip.write(head);
  const chunk = Buffer.alloc(1 << 20);
  for (let written = 0; written < zeros; written += chunk.length) {
    if (!gzip.write(chunk)) await new Promise<void>((r) => gzip.once('drain', () => r()));
  }
  gzip.end();
  await new Promise<void>((r) => out.on('finish', () => r()));
}

async function reutersText(bytes: number): Promise<string | null> {
  if (!existsSync(REUTERS)) return null;
  let text = '';
  const lines = readline.createInterface({ input: createReadStream(REUTERS).pipe(zlib.createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    text += `${(JSON.parse(line) as { text: string }).text}\n`;
    if (text.length >= bytes) break;
  }
  lines.close();
  return text;
}

const SHORT = article('Acme Corp said revenue rose 4% to $12 million in May, Reuters reported.');
const CASES: Case[] = [
  {
    name: 'baseline: one short article (check)',
    budget: 0,
    async build(dir) {
      writeFileSync(path.join(dir, 'short.json'), SHORT);
      return ['check', '--format', 'json', path.join(dir, 'short.json')];
    },
  },
  {
    name: 'baseline: one short article (ingest)',
    budget: 0,
    async build(dir) {
      writeFileSync(path.join(dir, 'short.jsonl'), `${SHORT}\n`);
      return ['ingest', '--db', path.join(dir, 'short.db'), path.join(dir, 'short.jsonl')];
    },
  },
  {
    name: 'gzip bomb: 1 GiB of zeros in a .jsonl.gz (ingest)',
    budget: 10,
    async build(dir) {
      const file = path.join(dir, 'bomb.jsonl.gz');
      await gzipBomb(file, `${article('Acme Corp said revenue rose 4% to $12 million in May.')}\n`, 1024 ** 3);
      return ['ingest', '--db', path.join(dir, 'bomb.db'), file];
    },
  },
  {
    name: 'gzip bomb: 1 GiB .html.gz (check)',
    budget: 10,
    async build(dir) {
      const file = path.join(dir, 'bomb.html.gz');
      await gzipBomb(file, '<html><body><p>', 1024 ** 3);
      return ['check', '--format', 'json', file];
    },
  },
  {
    name: 'one 300 MB JSON Lines record (ingest)',
    budget: 10,
    async build(dir) {
      const file = path.join(dir, 'long.jsonl');
      writeFileSync(file, `${article('a '.repeat(150 * 1024 * 1024))}\n${article('Acme Corp said revenue rose 4% to $12 million in May.')}\n`);
      return ['ingest', '--db', path.join(dir, 'long.db'), file];
    },
  },
  {
    name: '/dev/zero as a .txt (check)',
    budget: 10,
    async build(dir) {
      symlinkSync('/dev/zero', path.join(dir, 'zero.txt'));
      return ['check', path.join(dir, 'zero.txt')];
    },
  },
  {
    name: '60 MB on standard input without a newline (check -)',
    budget: 10,
    async build(dir) {
      writeFileSync(path.join(dir, 'stdin.txt'), 'Bitcoin rose 3% '.repeat(60 * MB / 16));
      return ['check', '--format', 'json', '-'];
    },
    stdin: (dir) => path.join(dir, 'stdin.txt'),
  },
  {
    name: '20 MB of Reuters text as one article (check; over the 2 MiB text limit)',
    budget: 10,
    async build(dir) {
      const text = await reutersText(20 * MB);
      if (!text) return `${REUTERS} is not present`;
      writeFileSync(path.join(dir, 'reuters20.json'), article(text));
      return ['check', '--format', 'json', path.join(dir, 'reuters20.json')];
    },
  },
  {
    name: '20 MB of Reuters text as one article, --max-text 25MB (check: analysed or abandoned at 10 s)',
    budget: 10,
    async build(dir) {
      const text = await reutersText(20 * MB);
      if (!text) return `${REUTERS} is not present`;
      writeFileSync(path.join(dir, 'reuters20.json'), article(text));
      return ['check', '--format', 'json', '--max-text', '25MB', '--max-record', '30MB', path.join(dir, 'reuters20.json')];
    },
  },
  ...(
    [
      ['100 kB paragraph of `1% 1% …`', '1% '],
      ['100 kB paragraph of `$1 $1 …`', '$1 '],
      ['100 kB paragraph of `¥1bn ¥1bn …`', '¥1bn '],
      ['100 kB paragraph of `USD USD …`', 'USD '],
      ['100,000 dots', '.'],
      ['130,000 short sentences', 'Shares rose 1%. '],
    ] as const
  ).map(
    ([name, unit]): Case => ({
      name: `${name} (check)`,
      budget: 10,
      async build(dir) {
        const size = unit === 'Shares rose 1%. ' ? 130_000 * unit.length : unit === '.' ? 100_000 : 100_000;
        const file = path.join(dir, 'slow.json');
        writeFileSync(file, article(`a${unit.repeat(Math.ceil(size / unit.length))}b`));
        return ['check', '--format', 'json', file];
      },
    }),
  ),
  {
    name: '8.7 MB HTML page, 130,000 paragraphs (check)',
    budget: 10,
    async build(dir) {
      const file = path.join(dir, 'page.html');
      writeFileSync(file, `<html><body><article>${'<p>Bitcoin rose 3% to $67,000 on Monday, CoinGecko data showed.</p>'.repeat(130_000)}</article></body></html>`);
      return ['check', '--format', 'json', file];
    },
  },
];

/** Child mode: run one command in this process, report time and peak memory on fd 3. */
async function child(args: string[]) {
  const { main } = await import('../pipeline/cli.js');
  const started = performance.now();
  await main(['node', 'claimscan', ...args]);
  const seconds = (performance.now() - started) / 1000;
  const report = { seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, code: process.exitCode ?? 0 };
  process.stderr.write(`\nHOSTILE-RESULT ${JSON.stringify(report)}\n`);
  process.exit(0);
}

async function parent() {
  const args = process.argv.slice(2);
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  const rows: string[] = [];
  const baseline: Record<string, number> = {};
  let failed = 0;
  for (const c of CASES) {
    if (only && !c.name.includes(only)) continue;
    const dir = mkdtempSync(path.join(os.tmpdir(), 'claimscan-hostile-bench-'));
    try {
      const built = await c.build(dir);
      if (typeof built === 'string') {
        rows.push(`| ${c.name} | skipped: ${built} | | | |`);
        continue;
      }
      const stdin = c.stdin ? openSync(c.stdin(dir), 'r') : 'ignore';
      const res = spawnSync(process.execPath, [here, '--child', ...built], {
        stdio: [stdin, 'ignore', 'pipe'],
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        timeout: (c.budget + 120) * 1000,
      });
      if (typeof stdin === 'number') closeSync(stdin);
      const stderr = String(res.stderr ?? '');
      const m = /HOSTILE-RESULT (\{.*\})/.exec(stderr);
      if (!m) {
        failed++;
        rows.push(`| ${c.name} | did not finish (${res.signal ?? res.status}) | | | ✖ |`);
        continue;
      }
      const r = JSON.parse(m[1]!) as { seconds: number; maxRssMb: number; code: number };
      const said = stderr.split('\n').find((l) => l.startsWith('claimscan: ') && !/^claimscan: (wrote|ingest into)/.test(l))?.slice(11, 150) ?? 'no error';
      const command = built[0]!;
      if (c.budget === 0) baseline[command] = r.seconds;
      const budget = (baseline[command] ?? 0) + c.budget;
      const ok = c.budget === 0 || (r.seconds <= budget + 2 && r.maxRssMb < 600);
      if (!ok) failed++;
      const said2 = said.replace(/\/tmp\/claimscan-hostile-bench-\w+\//g, '').replace(/\|/g, '\\|');
      rows.push(`| ${c.name} | ${r.seconds.toFixed(1)} s (budget ${budget.toFixed(1)} s) | ${r.maxRssMb.toFixed(0)} MB | exit ${r.code}: ${said2} | ${ok ? '✔' : '✖'} |`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    console.log(rows.at(-1));
  }
  console.log(['', '| case | time | peak RSS | outcome | within budget + 2 s, < 600 MB |', '| --- | --- | --- | --- | --- |', ...rows].join('\n'));
  process.exitCode = failed ? 1 : 0;
}

if (process.argv[2] === '--child') await child(process.argv.slice(3));
else await parent();
