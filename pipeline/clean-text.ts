/**
 * Plain text to paragraphs. In plain text, paragraphs are separated by line breaks; a text
 * hard-wrapped at a fixed width (long lines that stop mid-sentence) is unwrapped first.
 */

/** Shortest line taken as part of a hard-wrapped paragraph when it stops mid-sentence. */
const WRAP_MIN = 40;

/** Splits plain text into paragraphs: one per line, wrapped lines joined, white space collapsed. */
export function textToParagraphs(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map(collapse);
  const paragraphs: string[] = [];
  let current = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line) {
      if (current) paragraphs.push(current);
      current = '';
      continue;
    }
    current = current ? `${current} ${line}` : line;
    const next = lines[i + 1];
    const wrapped = next !== undefined && next !== '' && line.length >= WRAP_MIN && !endsLikeSentence(line) && /^[a-z(]/.test(next);
    if (!wrapped) {
      paragraphs.push(current);
      current = '';
    }
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}

/** Words in a string, by white space. */
export const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** Han, kana and hangul: scripts written without spaces between words. */
const UNSPACED = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/;
const LETTER = /[\p{L}\p{N}\p{M}]/u;

/**
 * How long a text is, in words: runs of letters or digits, and for scripts written without
 * spaces (Chinese, Japanese, Korean) one word per two characters. One pass over the
 * characters (ASCII decided by code, other characters by Unicode class).
 */
export function textWords(s: string): number {
  let words = 0;
  let unspaced = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let letter: boolean;
    if (c < 128) letter = (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
    else {
      const ch = s[i]!;
      if (UNSPACED.test(ch)) {
        unspaced++;
        inWord = false;
        continue;
      }
      letter = (c >= 0xd800 && c <= 0xdfff) || LETTER.test(ch);
    }
    if (letter && !inWord) words++;
    inWord = letter;
  }
  return words + Math.ceil(unspaced / 2);
}

/** Ends with sentence punctuation (or a closing quote or bracket after it). */
export const endsLikeSentence = (s: string): boolean => /[.!?:;…"”’)\]]$/.test(s.trim());

/** Collapses runs of white space (including no-break and zero-width spaces) to one space and trims. */
export function collapse(s: string): string {
  return s.replace(/[\u200B-\u200D\uFEFF]/g, '').replace(/[\s\u00A0]+/g, ' ').trim();
}
