import { describe, expect, it } from 'vitest';
import { parseRecord, recordFromPlainText, RecordError } from '../pipeline/record.js';

describe('parseRecord', () => {
  const valid: { name: string; value: unknown; expect: Record<string, unknown> }[] = [
    { name: 'text only', value: { text: 'Hello.' }, expect: { text: 'Hello.' } },
    { name: 'html only', value: { html: '<p>Hi</p>' }, expect: { html: '<p>Hi</p>' } },
    { name: 'numeric id becomes a string', value: { id: 42, text: 'x' }, expect: { id: '42', text: 'x' } },
    { name: 'null metadata is absent', value: { url: null, title: null, text: 'x' }, expect: { text: 'x' } },
    { name: 'unknown fields are kept', value: { text: 'x', section: 'markets', tags: ['a'] }, expect: { section: 'markets', tags: ['a'] } },
    { name: 'date-only published', value: { text: 'x', published: '2025-05-28' }, expect: { published: '2025-05-28' } },
    { name: 'date-time published', value: { text: 'x', published: '1987-02-26T15:01:01' }, expect: { published: '1987-02-26T15:01:01' } },
  ];
  it.each(valid)('accepts $name', ({ value, expect: want }) => {
    expect(parseRecord(value)).toMatchObject(want);
  });

  it.each([
    ['Wed, 28 May 2025 10:00:00 GMT', '2025-05-28T10:00:00Z'],
    ['2025-05-28 10:00:00', '2025-05-28T10:00:00'],
    ['2025-05-28T10:00:00+01:00', '2025-05-28T10:00:00+01:00'],
  ])('reads the feed date %s as %s', (published, iso) => {
    const warnings: string[] = [];
    expect(parseRecord({ text: 'x', published }, warnings).published).toBe(iso);
    expect(warnings).toEqual([]);
  });

  it.each(['yesterday', '2025-02-30', '28/05/2025', 'Wed, 31 Jun 2025 10:00:00 GMT'])('keeps a record whose date %s cannot be read, without the date, with a warning', (published) => {
    const warnings: string[] = [];
    const record = parseRecord({ text: 'x', published }, warnings);
    expect(record).toEqual({ text: 'x' });
    expect(warnings).toEqual([expect.stringMatching(new RegExp(`^field "published": cannot read "${published.replace(/[/.]/g, '\\$&')}" as a date .*; kept without a date$`))]);
  });

  const invalid: { name: string; value: unknown; field?: string; message: RegExp }[] = [
    { name: 'neither text nor html', value: { title: 'x' }, field: 'text', message: /field "text": missing/ },
    { name: 'both text and html', value: { text: 'a', html: '<p>b</p>' }, field: 'text', message: /exactly one/ },
    { name: 'text is a number', value: { text: 5 }, field: 'text', message: /field "text": expected a string, got number 5/ },
    { name: 'title is an object', value: { text: 'a', title: { x: 1 } }, field: 'title', message: /field "title": expected a string, got an object/ },
    { name: 'an array', value: [{ text: 'a' }], message: /expected an article record \(a JSON object\), got an array/ },
    { name: 'a string', value: 'text', message: /got string "text"/ },
  ];
  it.each(invalid)('rejects $name, naming the field', ({ value, field, message }) => {
    let error: unknown;
    try {
      parseRecord(value);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(RecordError);
    expect((error as RecordError).message).toMatch(message);
    expect((error as RecordError).field).toBe(field);
  });
});

describe('recordFromPlainText', () => {
  it.each([
    { text: 'Title here\n\nBody one.\nBody two.', title: 'Title here', body: '\nBody one.\nBody two.' },
    { text: '\n\n  # Markdown title  \nBody.', title: 'Markdown title', body: 'Body.' },
    { text: '\uFEFFBOM title\r\nBody.', title: 'BOM title', body: 'Body.' },
    { text: '', title: undefined, body: '' },
  ])('takes the first non-empty line as the title: $title', ({ text, title, body }) => {
    const record = recordFromPlainText(text);
    expect(record.title).toBe(title);
    expect(record.text).toBe(body);
  });
});
