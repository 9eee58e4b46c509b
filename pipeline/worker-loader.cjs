'use strict';
// The analysis worker's entry in the build (dist/bundle/worker.cjs; piscina requires it in each
// worker thread). It compiles the bundled worker (worker-body.cjs beside it) with V8's code
// cache (worker-body.cache), written by `npm run build` after analysing the sample articles, so
// a cold `check` neither parses the worker's 2.4 MB nor compiles the functions its first
// article runs. A cache V8 rejects (other flags, another Node) only costs the compile it would
// have saved. Run as a script, it writes the cache: `node worker.cjs --write-code-cache DIR`.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { createRequire, wrap } = require('node:module');

const file = path.join(__dirname, 'worker-body.cjs');
const cacheFile = path.join(__dirname, 'worker-body.cache');
let cachedData;
try {
  cachedData = fs.readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
// ASCII (pipeline/bundle.mjs escapes the rest): read as one byte per character
const script = new vm.Script(wrap(fs.readFileSync(file, 'latin1')), {
  filename: file,
  cachedData,
  importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
});
const body = { exports: {} };
script.runInThisContext().call(body.exports, body.exports, createRequire(file), body, file, __dirname);
module.exports = body.exports;

if (require.main === module && process.argv[2] === '--write-code-cache') {
  const dir = process.argv[3];
  (async () => {
    for (const name of fs.readdirSync(dir).sort()) {
      if (!/\.(txt|md)$/.test(name)) continue;
      const text = fs.readFileSync(path.join(dir, name), 'utf8');
      // (the task is async: it waits a turn of the event loop before analysing, see pipeline/worker.ts)
      await body.exports.default({ record: { id: name, text }, origin: { input: path.join(dir, name) } });
    }
    fs.writeFileSync(cacheFile, script.createCachedData());
  })().catch((err) => {
    process.exitCode = 1;
    console.error(err);
  });
}
