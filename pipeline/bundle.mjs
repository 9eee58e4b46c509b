// `npm run build`, second step: bundles the command line and the analysis worker with
// esbuild (tsc has already compiled every file to dist/). Loading ~600 small ES modules
// (chrono-node alone is 266 files) cost more start-up time than running them; one file per
// entry, with split chunks for what commands import lazily, loads in a fraction of that.
// `npm run bench` measures it (bench/startup.ts).
//
// Every module keeps its own `import.meta.url`: the bundler replaces it with the URL the
// module has in dist/ (tsc's copy), so files found relative to a module (extractors/data/*.json,
// package.json, the query child) are found where they were. Native or self-locating
// packages stay outside the bundle.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { copyFile, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const outdir = path.join(root, 'dist', 'bundle');

/** Packages that must stay outside: native code, packages that find files next to themselves, the web desk's stack (not on any hot path). */
const EXTERNAL = ['better-sqlite3', 'piscina', 'tsx', 'wink-eng-lite-web-model', 'fastify', '@fastify/*', 'playwright-core', 'compromise'];

/**
 * Replaces `import.meta.url` in a project module with the URL of its compiled copy in dist/,
 * relative to `base` (the bundle's own URL, as an expression).
 */
const ownUrl = (base) => ({
  name: 'own-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      let source = await readFile(args.path, 'utf8');
      if (source.includes('import.meta.url')) {
        const compiled = path.join(root, 'dist', path.relative(root, args.path)).replace(/\.ts$/, '.js');
        const rel = path.relative(outdir, compiled).split(path.sep).join('/');
        source = source.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, ${base}).href`);
      }
      return { contents: source, loader: 'ts' };
    });
  },
});

/** What both builds share. */
const common = { bundle: true, platform: 'node', target: 'node20', external: EXTERNAL, define: { CLAIMSCAN_BUNDLE: 'true' }, legalComments: 'none', logLevel: 'warning' };

await rm(outdir, { recursive: true, force: true });
await build({
  ...common,
  // (the analysis pool is an entry too: pipeline/bin.js starts a cold `check`'s worker from it
  // before loading the command line; so is the child process of a timed `query`, storage/timed-query.ts)
  entryPoints: { cli: path.join(root, 'pipeline/cli.ts'), pool: path.join(root, 'pipeline/analysis-pool.ts'), 'query-child': path.join(root, 'storage/query-child.ts') },
  outdir,
  outExtension: { '.js': '.mjs' },
  splitting: true,
  format: 'esm',
  plugins: [ownUrl('import.meta.url')],
  // CommonJS packages bundled into ESM call require() for Node's own modules
  banner: { js: "import { createRequire as __claimscanRequire } from 'node:module'; const require = __claimscanRequire(import.meta.url);" },
});

// The analysis worker: one CommonJS file, so that its loader (pipeline/worker-loader.cjs,
// copied beside it as worker.cjs) can compile it with V8's code cache, which Node 20 offers
// for scripts and not for ES modules. Parsing the worker's 2.4 MB and loading the Node
// modules an ES module facade enumerates (fs's streams, crypto) was ~45% of the worker's
// start-up in a cold `check`.
await build({
  entryPoints: [path.join(root, 'pipeline/worker.ts')],
  ...common,
  outfile: path.join(outdir, 'worker-body.cjs'),
  format: 'cjs',
  plugins: [ownUrl('__claimscanUrl')],
  banner: { js: "const __claimscanUrl = require('node:url').pathToFileURL(__filename).href;" },
  // ASCII only and no comments (esbuild leaves regex literals as written; they are escaped
  // below): the loader reads it as a one-byte string, which V8 scans faster than the
  // two-byte string one non-ASCII character makes of all 2 MB
  charset: 'ascii',
  minifyWhitespace: true,
});
const body = path.join(outdir, 'worker-body.cjs');
// \uXXXX means the same code unit in a regex literal as in a string (a surrogate pair too, with the u flag)
await writeFile(body, (await readFile(body, 'utf8')).replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
await copyFile(path.join(root, 'pipeline/worker-loader.cjs'), path.join(outdir, 'worker.cjs'));

// The code cache: the loader compiles the worker, analyses the sample articles (so that the
// functions a first article needs are compiled too, not only the top level) and writes what V8
// compiled. V8 accepts a cache only under the flags it was made with: `check` runs with
// --no-regexp-tier-up (see pipeline/bin.js), the start-up people wait for, so the cache is made
// under it; an ingest (default flags) has it rejected and compiles as before.
const made = spawnSync(process.execPath, ['--no-regexp-tier-up', path.join(outdir, 'worker.cjs'), '--write-code-cache', path.join(root, 'samples')], { stdio: 'inherit' });
if (made.status !== 0) throw new Error(`writing the analysis worker's code cache failed (exit ${made.status})`);
