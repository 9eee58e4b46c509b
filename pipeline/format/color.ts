/**
 * Whether the terminal view should be coloured: only on a terminal, never when `NO_COLOR`
 * is set to a non-empty value (https://no-color.org), never on `TERM=dumb`; `FORCE_COLOR`
 * (non-empty and not `0`/`false`) forces colour on, e.g. for a pager that understands it.
 */
export interface ColorContext {
  /** Whether the output stream is a terminal (`process.stdout.isTTY`). */
  isTTY?: boolean;
  /** The environment (`process.env`). */
  env?: Record<string, string | undefined>;
}

export function useColor({ isTTY = false, env = {} }: ColorContext): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force.toLowerCase() !== 'false';
  if (env.TERM === 'dumb') return false;
  return isTTY;
}
