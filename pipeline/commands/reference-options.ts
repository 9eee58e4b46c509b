/**
 * `--reference FILE` (repeatable) and `--reference-symbol SYMBOL`, which names the asset of
 * the `--reference` file given just before it (for a file whose name does not say), shared
 * by `check` and `ingest`. Loading happens before the first article: a bad file is a usage
 * error that names the file, the line and the field.
 */
import { InvalidArgumentError, type Command } from 'commander';
import path from 'node:path';
import type { ReferenceData, ReferenceSpec } from '../reference.js';
import { UsageError } from './support.js';

/** Adds the two options to `command`; their values end up in `opts.reference`. */
export function addReferenceOptions(command: Command): Command {
  const specs: ReferenceSpec[] = [];
  return command
    .option('--reference <file>', 'reference market data (Yahoo-style, CoinGecko-style or generic CSV) for reference-mismatch; repeatable', (file: string) => {
      specs.push({ file: path.resolve(file) });
      return specs;
    })
    .option('--reference-symbol <symbol>', 'the asset the --reference file before it prices (when its name does not say)', (symbol: string) => {
      const last = specs.at(-1);
      if (!last) throw new InvalidArgumentError('give it after the --reference FILE it names');
      if (last.symbol) throw new InvalidArgumentError(`${path.basename(last.file)} already has the symbol ${last.symbol}`);
      last.symbol = symbol;
      return symbol;
    });
}

/** Loads the configuration's and the command line's reference files; undefined when there are none. */
export async function loadRunReference(fromConfig: readonly ReferenceSpec[], fromCommandLine: readonly ReferenceSpec[] | undefined): Promise<ReferenceData | undefined> {
  const specs = [...fromConfig, ...(fromCommandLine ?? [])];
  if (!specs.length) return undefined;
  const { loadReference, ReferenceError } = await import('../reference.js');
  try {
    return loadReference(specs);
  } catch (err) {
    if (err instanceof ReferenceError) throw new UsageError(err.message);
    throw err;
  }
}
