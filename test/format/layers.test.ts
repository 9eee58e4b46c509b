import { describe, expect, it } from 'vitest';
import { renderLayers, type Layer } from '../../pipeline/format/layers.js';

const layer = (name: string, start: number, end: number, rank = 0): Layer => ({ start, end, open: `<${name}>`, close: `</${name}>`, rank });
const escape = (s: string) => s.replace(/</g, '&lt;');

/** Checks that tags nest and returns the text each layer name covers (fragments joined). */
function parse(html: string): { text: string; covered: Record<string, string> } {
  const stack: string[] = [];
  const covered: Record<string, string> = {};
  let text = '';
  for (const m of html.matchAll(/<(\/?)(\w+)>|([^<]+)/g)) {
    if (m[3] !== undefined) {
      text += m[3];
      for (const name of stack) covered[name] = (covered[name] ?? '') + m[3];
    } else if (m[1]) {
      expect(stack.pop(), `</${m[2]}> closes the innermost open element in ${html}`).toBe(m[2]);
    } else {
      stack.push(m[2]!);
      covered[m[2]!] ??= '';
    }
  }
  expect(stack, `all elements closed in ${html}`).toEqual([]);
  return { text, covered };
}

describe('renderLayers', () => {
  const text = 'BlackRock said its iShares Bitcoin Trust held 620,000 BTC.';
  const at = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length] as const;
  it.each([
    { name: 'no layers', layers: [] as Layer[] },
    { name: 'disjoint', layers: [layer('a', ...at('BlackRock')), layer('b', ...at('620,000 BTC'))] },
    { name: 'nested', layers: [layer('src', ...at('BlackRock said')), layer('ent', ...at('BlackRock'))] },
    { name: 'nested given inner first', layers: [layer('ent', ...at('Bitcoin')), layer('asset', ...at('iShares Bitcoin Trust'))] },
    { name: 'crossing', layers: [layer('src', ...at('BlackRock said its iShares')), layer('ent', ...at('iShares Bitcoin Trust'))] },
    {
      name: 'crossing in a chain',
      layers: [layer('a', ...at('BlackRock said its')), layer('b', ...at('said its iShares Bitcoin')), layer('c', ...at('iShares Bitcoin Trust held'))],
    },
    { name: 'identical ranges', layers: [layer('inner', ...at('BlackRock'), 5), layer('outer', ...at('BlackRock'), 1)] },
    { name: 'same start, different ends', layers: [layer('short', ...at('BlackRock')), layer('long', ...at('BlackRock said'))] },
    { name: 'adjacent', layers: [layer('a', ...at('BlackRock')), layer('b', ...at(' said'))] },
    { name: 'whole text', layers: [layer('claim', 0, text.length), layer('fig', ...at('620,000 BTC'))] },
  ])('$name: nests, keeps the text, and each layer covers exactly its span', ({ layers }) => {
    const { text: shown, covered } = parse(renderLayers(text, 0, text.length, layers, escape));
    expect(shown).toBe(text);
    for (const l of layers) expect(covered[l.open.slice(1, -1)]).toBe(text.slice(l.start, l.end));
  });

  it('draws the lower rank outside on identical ranges', () => {
    const html = renderLayers(text, 0, text.length, [layer('inner', 0, 9, 5), layer('outer', 0, 9, 1)], escape);
    expect(html.startsWith('<outer><inner>BlackRock</inner></outer>')).toBe(true);
  });

  it('splits a crossing layer into fragments with the same tag', () => {
    const html = renderLayers(text, 0, text.length, [layer('src', ...at('BlackRock said its iShares')), layer('ent', ...at('iShares Bitcoin Trust'))], escape);
    expect(html.match(/<ent>/g)?.length).toBe(2);
  });

  it('clips layers to the range and ignores those outside', () => {
    const [from, to] = at('said its');
    const { text: shown, covered } = parse(renderLayers(text, from, to, [layer('a', 0, from + 4), layer('b', to + 2, to + 5), layer('c', to - 3, text.length)], escape));
    expect(shown).toBe('said its');
    expect(covered).toEqual({ a: 'said', c: 'its' });
  });

  it('draws empty layers as empty elements at their offset, including the range edges', () => {
    const html = renderLayers('abc', 0, 3, [layer('p', 0, 0), layer('q', 1, 1), layer('r', 3, 3), layer('x', 5, 5)], escape);
    expect(html).toBe('<p></p>a<q></q>bc<r></r>');
  });

  it('escapes the text', () => {
    expect(renderLayers('a<b', 0, 3, [layer('m', 1, 2)], escape)).toBe('a<m>&lt;</m>b');
  });
});
