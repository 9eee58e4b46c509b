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
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const outdir = path.join(root, 'dist', 'bundle');

/** Packages that must stay outside: native code, packages that find files next to themselves, the web desk's stack (not on any hot path). */
const EXTERNAL = ['better-sqlite3', 'piscina', 'tsx', 'wink-eng-lite-web-model', 'fastify', '@fastify/*', 'playwright-core', 'compromise'];

/** Replaces `import.meta.url` in a project module with the URL of its compiled copy in dist/. */
const ownUrl = {
  name: 'own-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      let source = await readFile(args.path, 'utf8');
      if (source.includes('import.meta.url')) {
        const compiled = path.join(root, 'dist', path.relative(root, args.path)).replace(/\.ts$/, '.js');
        const rel = path.relative(outdir, compiled).split(path.sep).join('/');
        source = source.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, import.meta.url).href`);
      }
      return { contents: source, loader: 'ts' };
    });
  },
};

await rm(outdir, { recursive: true, force: true });
await build({
  entryPoints: { cli: path.join(root, 'pipeline/cli.ts'), worker: path.join(root, 'pipeline/worker.ts') },
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: EXTERNAL,
  plugins: [ownUrl],
  define: { CLAIMSCAN_BUNDLE: 'true' },
  // CommonJS packages bundled into ESM call require() for Node's own modules
  banner: { js: "import { createRequire as __claimscanRequire } from 'node:module'; const require = __claimscanRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
});
