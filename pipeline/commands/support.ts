/**
 * What every command shares: exit codes, the usage error, messages for people, option
 * parsers. Light on purpose: `claimscan --version` loads this and nothing heavy.
 */
import { InvalidArgumentError } from 'commander';

export const EXIT = { ok: 0, flagged: 1, usage: 2 } as const;

/** Thrown inside commands for bad usage or unreadable input: printed, exit 2. */
export class UsageError extends Error {}

/** A message for people, on standard error. */
export const say = (message: string): void => {
  process.stderr.write(`claimscan: ${message}\n`);
};

/** A commander parser for an integer option `name` of at least `min`. */
export function integer(name: string, min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`${name} must be an integer ≥ ${min}, got "${value}"`);
    return n;
  };
}

/** Loads the rule configuration; a bad one is a usage error. */
export async function loadCommandConfig(file: string | undefined) {
  const { ConfigError, loadConfig } = await import('../config.js');
  try {
    return loadConfig(file);
  } catch (err) {
    if (err instanceof ConfigError) throw new UsageError(err.message);
    throw err;
  }
}
