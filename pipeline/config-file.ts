/**
 * Which configuration file a command reads: `--config FILE` when given, else
 * `claimscan.config.json` in the working directory when present, else none (the defaults).
 * Kept apart from pipeline/config.ts, which validates the file against every rule's options
 * and so loads the rules: `check` starts its analysis worker on this answer alone, and
 * validates on its own thread meanwhile.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

export const DEFAULT_CONFIG_FILE = 'claimscan.config.json';

/** The configuration file to read, or null for the defaults. */
export function configFileFor(file: string | undefined, cwd = process.cwd()): string | null {
  return file ?? (existsSync(path.join(cwd, DEFAULT_CONFIG_FILE)) ? path.join(cwd, DEFAULT_CONFIG_FILE) : null);
}
