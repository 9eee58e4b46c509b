/**
 * Terminal columns of article text: how wide a character shows (0 for combining marks and
 * invisible format characters, 2 for East Asian wide characters and emoji), and a safe form
 * of text for a terminal (control characters, which could move the cursor or recolour the
 * screen, become spaces; bidirectional controls are dropped).
 */

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]$/u;
const CONTROL = /^\p{Cc}$/u;

// Code point ranges shown two columns wide (East Asian Wide/Fullwidth and common emoji).
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], [0x231a, 0x231b], [0x2329, 0x232a], [0x23e9, 0x23ec], [0x23f0, 0x23f0], [0x23f3, 0x23f3],
  [0x25fd, 0x25fe], [0x2614, 0x2615], [0x2648, 0x2653], [0x267f, 0x267f], [0x2693, 0x2693], [0x26a1, 0x26a1],
  [0x26aa, 0x26ab], [0x26bd, 0x26be], [0x26c4, 0x26c5], [0x26ce, 0x26ce], [0x26d4, 0x26d4], [0x26ea, 0x26ea],
  [0x26f2, 0x26f3], [0x26f5, 0x26f5], [0x26fa, 0x26fa], [0x26fd, 0x26fd], [0x2705, 0x2705], [0x270a, 0x270b],
  [0x2728, 0x2728], [0x274c, 0x274c], [0x274e, 0x274e], [0x2753, 0x2755], [0x2757, 0x2757], [0x2795, 0x2797],
  [0x27b0, 0x27b0], [0x27bf, 0x27bf], [0x2b1b, 0x2b1c], [0x2b50, 0x2b50], [0x2b55, 0x2b55], [0x2e80, 0x303e],
  [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf], [0xa960, 0xa97f], [0xac00, 0xd7a3],
  [0xf900, 0xfaff], [0xfe10, 0xfe19], [0xfe30, 0xfe6f], [0xff00, 0xff60], [0xffe0, 0xffe6], [0x16fe0, 0x18cff],
  [0x1b000, 0x1b2ff], [0x1f004, 0x1f004], [0x1f0cf, 0x1f0cf], [0x1f18e, 0x1f18e], [0x1f191, 0x1f19a],
  [0x1f200, 0x1f2ff], [0x1f300, 0x1f64f], [0x1f680, 0x1f6ff], [0x1f7e0, 0x1f7eb], [0x1f90c, 0x1f9ff],
  [0x1fa70, 0x1faff], [0x20000, 0x3fffd],
];

function isWide(cp: number): boolean {
  let lo = 0;
  let hi = WIDE.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = WIDE[mid]!;
    if (cp < a) hi = mid - 1;
    else if (cp > b) lo = mid + 1;
    else return true;
  }
  return false;
}

/** A character as the terminal view prints it, and how many columns it takes. */
export function displayChar(ch: string): { shown: string; width: number } {
  const code = ch.charCodeAt(0);
  if (code >= 0x20 && code <= 0x7e) return { shown: ch, width: 1 }; // printable ASCII: most of any text
  if (CONTROL.test(ch)) return { shown: ' ', width: 1 };
  if (ZERO_WIDTH.test(ch)) return /\p{Cf}/u.test(ch) ? { shown: '', width: 0 } : { shown: ch, width: 0 };
  return { shown: ch, width: isWide(ch.codePointAt(0)!) ? 2 : 1 };
}

/** Terminal columns taken by a string (after `safeText`). */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += displayChar(ch).width;
  return w;
}

/** Text that is safe to print on a terminal (see the file comment). */
export function safeText(s: string): string {
  let out = '';
  for (const ch of s) out += displayChar(ch).shown;
  return out;
}

/** Cuts `s` to at most `max` columns, ending with `…` when cut. */
export function truncate(s: string, max: number): string {
  let out = '';
  let cut = -1; // length of `out` where the text no longer fits beside the ellipsis
  let w = 0;
  for (const raw of s) {
    const { shown, width } = displayChar(raw);
    if (cut < 0 && w + width > max - 1) cut = out.length;
    w += width;
    if (w > max) return `${out.slice(0, cut).trimEnd()}…`;
    out += shown;
  }
  return out;
}
