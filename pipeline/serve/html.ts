/**
 * HTML templates that escape by default: every value put into an {@link html} template is
 * escaped unless it is itself the output of a template or marked {@link raw} (a fragment the
 * report formatter built, which escapes on its own). Article text is hostile input; this is
 * what keeps `<script>` in an article text.
 */
import { escapeHtml } from '../format/html.js';

/** Markup that is already safe to put into a page. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Marks markup as safe: only for markup built by an escaping formatter. */
export const raw = (markup: string): SafeHtml => new SafeHtml(markup);

function render(value: unknown): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

/** A template whose interpolations are escaped (arrays joined, null/undefined/false empty). */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1]!;
  return new SafeHtml(out);
}
