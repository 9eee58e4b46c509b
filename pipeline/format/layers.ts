/**
 * Overlapping highlights as properly nested HTML. Report spans may nest (an entity inside a
 * source, a figure inside a claim) or cross (a source that starts inside one claim and ends
 * in the next); HTML elements may only nest. Each span becomes an element; where one would
 * cross another it is closed and reopened, so a span may be drawn as several fragments, each
 * with the same opening tag (count spans by their data attribute, not by their elements).
 */

/** One highlighted range and the element that draws it. */
export interface Layer {
  /** UTF-16 offset of the first character (into the whole text). */
  start: number;
  /** UTF-16 offset one past the last character; `end === start` draws an empty marker. */
  end: number;
  /** The element's start tag, e.g. `<mark class="k-money" data-m="money:0">`. */
  open: string;
  /** The element's end tag, e.g. `</mark>`. */
  close: string;
  /** Among layers on exactly the same range, the lower rank is drawn outside. */
  rank: number;
}

interface Open {
  layer: Layer;
  end: number;
}

/**
 * Renders `text.slice(from, to)` (escaped with `escape`) with every layer that meets it,
 * clipped to it. Layers outside the range are ignored; an empty layer on the range's edge
 * is drawn.
 */
export function renderLayers(text: string, from: number, to: number, layers: readonly Layer[], escape: (s: string) => string): string {
  const ranged: { layer: Layer; start: number; end: number }[] = [];
  const points: { layer: Layer; at: number }[] = [];
  for (const layer of layers) {
    if (layer.end <= layer.start) {
      if (layer.start >= from && layer.start <= to) points.push({ layer, at: layer.start });
      continue;
    }
    const start = Math.max(layer.start, from);
    const end = Math.min(layer.end, to);
    if (start < end) ranged.push({ layer, start, end });
  }
  ranged.sort((a, b) => a.start - b.start || b.end - a.end || a.layer.rank - b.layer.rank);
  points.sort((a, b) => a.at - b.at || a.layer.rank - b.layer.rank);
  const positions = [...new Set([from, to, ...ranged.flatMap((r) => [r.start, r.end]), ...points.map((p) => p.at)])].sort((a, b) => a - b);
  let out = '';
  let last = from;
  const stack: Open[] = [];
  let next = 0;
  let nextPoint = 0;
  for (const at of positions) {
    if (at > last) {
      out += escape(text.slice(last, at));
      last = at;
    }
    const lowest = stack.findIndex((o) => o.end <= at);
    if (lowest >= 0) {
      const reopen: Open[] = [];
      for (let k = stack.length - 1; k >= lowest; k--) {
        out += stack[k]!.layer.close;
        if (stack[k]!.end > at) reopen.unshift(stack[k]!);
      }
      stack.length = lowest;
      for (const o of reopen) {
        out += o.layer.open;
        stack.push(o);
      }
    }
    while (nextPoint < points.length && points[nextPoint]!.at === at) {
      const { layer } = points[nextPoint++]!;
      out += layer.open + layer.close;
    }
    while (next < ranged.length && ranged[next]!.start === at) {
      const { layer, end } = ranged[next++]!;
      out += layer.open;
      stack.push({ layer, end });
    }
  }
  return out;
}
