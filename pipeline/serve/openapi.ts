/**
 * The JSON API's description (OpenAPI 3.1, served at `/api/openapi.json`) and the request
 * schemas the routes validate with, from one place so they cannot drift apart.
 */
import { RULE_IDS } from '../rules/index.js';

const severity = { type: 'string', enum: ['error', 'warning', 'info'] } as const;
const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' } as const;
const limit = (max: number, fallback: number) => ({ type: 'integer', minimum: 1, maximum: max, default: fallback }) as const;
const offset = { type: 'integer', minimum: 0, default: 0 } as const;

/** Query of `GET /api/articles` (and the articles page). */
export const articlesQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    q: { type: 'string', maxLength: 500, description: 'words to find in titles and bodies (all of them)' },
    publisher: { type: 'string', maxLength: 500 },
    rule: { type: 'string', maxLength: 100, description: `a rule id (${RULE_IDS.join(', ')}, …)` },
    severity,
    from: date,
    to: date,
    checked: { type: 'string', enum: ['', '0', '1'], description: '1: only articles checked on this desk' },
    limit: limit(500, 50),
    offset,
  },
} as const;

/** Query of `GET /api/flags`. */
export const flagsQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { rule: articlesQuery.properties.rule, severity, publisher: articlesQuery.properties.publisher, limit: limit(500, 100), offset },
} as const;

export const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1 } } } as const;

export const checkQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    input: { type: 'string', maxLength: 2000, description: 'the report\'s "input" label (default "api")' },
    store: { type: 'boolean', default: false, description: 'also store the article in the desk\'s database' },
  },
} as const;

const articleRecord = {
  type: 'object',
  description: 'The article record of the contract: exactly one of "text" and "html"; unknown fields are kept.',
  properties: {
    id: { type: ['string', 'number'] },
    url: { type: 'string' },
    title: { type: 'string' },
    published: { type: 'string', description: 'ISO-8601 date or date-time' },
    publisher: { type: 'string' },
    text: { type: 'string', description: 'plain text, paragraphs separated by line breaks' },
    html: { type: 'string', description: 'raw HTML of a page' },
  },
  additionalProperties: true,
  example: { title: 'Bitcoin tops $100,000', published: '2025-05-28', publisher: 'Example Wire', text: 'Bitcoin rose 4% to $101,200 on Wednesday, CoinGecko data showed.' },
} as const;

const report = {
  type: 'object',
  description: 'The report of the contract (schema claimscan/report@1): exactly what `claimscan check --format json` prints for the same record.',
  required: ['schema', 'input', 'article', 'text', 'paragraphs', 'sentences', 'money', 'percentages', 'quantities', 'timestamps', 'entities', 'sources', 'claims', 'flags'],
  properties: {
    schema: { const: 'claimscan/report@1' },
    input: { type: 'string' },
    article: { type: 'object' },
    text: { type: 'string' },
    paragraphs: { type: 'array' },
    sentences: { type: 'array' },
    money: { type: 'array' },
    percentages: { type: 'array' },
    quantities: { type: 'array' },
    timestamps: { type: 'array' },
    entities: { type: 'array' },
    sources: { type: 'array' },
    claims: { type: 'array' },
    flags: { type: 'array', items: { $ref: '#/components/schemas/Flag' } },
    removed: { type: 'array' },
  },
} as const;

const error = {
  type: 'object',
  required: ['error', 'statusCode'],
  properties: { error: { type: 'string', description: 'what went wrong, for a person' }, statusCode: { type: 'integer' }, field: { type: 'string', description: 'the record field at fault' } },
} as const;

const errorResponses = (...codes: number[]) =>
  Object.fromEntries(
    codes.map((code) => [
      String(code),
      {
        description: {
          400: 'bad request (the message names the field)',
          401: 'the token is missing or wrong',
          404: 'no such article',
          413: 'body over the size limit',
          415: 'not application/json',
          429: 'too many checks from this client; try again shortly',
        }[code],
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      },
    ]),
  );

/** Turns a route's query schema into OpenAPI parameters. */
const queryParameters = (schema: { properties: Record<string, object> }) =>
  Object.entries(schema.properties).map(([name, s]) => ({ name, in: 'query', required: false, schema: s }));

export function openApiDocument(version: string, auth: boolean): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'claimscan desk API',
      version,
      description:
        'Check finance articles and browse the stored ones. POST /api/check takes an article record and returns the report that `claimscan check --format json` prints for it.' +
        (auth ? ' Every request needs the token: `Authorization: Bearer TOKEN`.' : ''),
    },
    ...(auth ? { security: [{ token: [] }] } : {}),
    paths: {
      '/api/check': {
        post: {
          summary: 'Check one article record',
          parameters: queryParameters(checkQuery),
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/ArticleRecord' } } } },
          responses: {
            200: { description: 'the report', content: { 'application/json': { schema: { $ref: '#/components/schemas/Report' } } } },
            ...errorResponses(400, 401, 413, 415, 429),
          },
        },
      },
      '/api/articles': {
        get: {
          summary: 'Stored articles, newest first, filtered',
          parameters: queryParameters(articlesQuery),
          responses: {
            200: {
              description: 'a page of articles',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: {
                      total: { type: 'integer' },
                      articles: {
                        type: 'array',
                        items: {
                          type: 'object',
                          properties: {
                            id: { type: 'integer' },
                            title: { type: ['string', 'null'] },
                            publisher: { type: ['string', 'null'] },
                            published: { type: ['string', 'null'] },
                            url: { type: ['string', 'null'] },
                            input: { type: 'string' },
                            storedAt: { type: 'string' },
                            errors: { type: 'integer' },
                            warnings: { type: 'integer' },
                            infos: { type: 'integer' },
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
            ...errorResponses(400, 401),
          },
        },
      },
      '/api/articles/{id}': {
        get: {
          summary: 'One stored article and its report (rebuilt from the database; removed boilerplate is not stored)',
          parameters: [{ name: 'id', in: 'path', required: true, schema: idParams.properties.id }],
          responses: {
            200: {
              description: 'the stored article',
              content: {
                'application/json': {
                  schema: { type: 'object', properties: { id: { type: 'integer' }, storedAt: { type: 'string' }, runId: { type: ['integer', 'null'] }, report: { $ref: '#/components/schemas/Report' } } },
                },
              },
            },
            ...errorResponses(400, 401, 404),
          },
        },
      },
      '/api/flags': {
        get: {
          summary: 'Stored flags with their articles, and counts by rule',
          parameters: queryParameters(flagsQuery),
          responses: {
            200: {
              description: 'a page of flags',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: {
                      total: { type: 'integer' },
                      flags: { type: 'array', items: { type: 'object' } },
                      counts: { type: 'array', items: { type: 'object', properties: { rule: { type: 'string' }, severity, flags: { type: 'integer' }, articles: { type: 'integer' } } } },
                    },
                  },
                },
              },
            },
            ...errorResponses(400, 401),
          },
        },
      },
      '/api/openapi.json': { get: { summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1' } } } },
    },
    components: {
      schemas: {
        ArticleRecord: articleRecord,
        Report: report,
        Flag: {
          type: 'object',
          required: ['rule', 'severity', 'message', 'start', 'end', 'related'],
          properties: {
            rule: { type: 'string' },
            severity,
            messageId: { type: 'string' },
            message: { type: 'string' },
            start: { type: 'integer' },
            end: { type: 'integer' },
            related: { type: 'array', items: { type: 'object', properties: { start: { type: 'integer' }, end: { type: 'integer' }, message: { type: 'string' } } } },
          },
        },
        Error: error,
      },
      ...(auth ? { securitySchemes: { token: { type: 'http', scheme: 'bearer', description: 'the --token the desk was started with' } } } : {}),
    },
  };
}
