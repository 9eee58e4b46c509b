/** claimscan's own version, read from the nearest package.json above this module. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, 'package.json');
    if (existsSync(candidate) && JSON.parse(readFileSync(candidate, 'utf8')).name === 'claimscan') return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('claimscan: package.json not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
}

/** The project root (where package.json is). */
export const PROJECT_ROOT = findRoot();
export const VERSION: string = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')).version;
