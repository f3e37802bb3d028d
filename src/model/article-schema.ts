// The Article JSON contract as a JSON Schema (draft 2020-12): `list --json` items, `show --json`, `export` lines.
import { ANALYSIS_PROPERTIES } from './analysis-schema.js';

const span = {
  type: 'object',
  required: ['text', 'reason'],
  properties: {
    text: { type: 'string', description: 'The removed text, as it stood in the source.' },
    reason: { type: 'string', description: 'Why it is not article text.' },
    rule: { type: 'string', description: 'Id of the cleaning rule that removed it.' },
    at: { type: 'integer', minimum: 0, description: 'Offset in `text` where the removed span stood.' },
  },
} as const;

/** JSON Schema of one Article. Optional fields are absent, never null. */
export const ARTICLE_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://triangulate.dev/schemas/article.json',
  title: 'Article',
  description: 'One cleaned news article as stored by Triangulate.',
  type: 'object',
  required: ['id', 'source', 'text', 'removed'],
  properties: {
    id: { type: 'string', pattern: '^a_[0-9a-f]{16}$', description: 'Stable id derived from the source.' },
    source: { type: 'string', minLength: 1, description: 'File path, URL, JSONL id or `<file>#<line>` it came from.' },
    url: { type: 'string', description: 'The article URL (canonical when the page declares one).' },
    outlet: { type: 'string', description: 'The outlet that published this copy.' },
    title: { type: 'string' },
    byline: { type: 'string' },
    published: { type: 'string', description: 'ISO 8601 date or timestamp.' },
    language: { type: 'string', pattern: '^[a-z]{2}$', description: 'ISO 639-1 code.' },
    origin: {
      type: 'object',
      description: 'The original publisher of a syndicated or republished copy.',
      properties: { outlet: { type: 'string' }, url: { type: 'string' } },
      additionalProperties: false,
    },
    text: { type: 'string', minLength: 1, description: 'The cleaned article body; paragraphs separated by a blank line.' },
    removed: { type: 'array', items: span, description: 'Boilerplate removed by cleaning, kept for audit.' },
    duplicateOf: {
      type: 'object',
      required: ['id', 'similarity', 'kind'],
      properties: {
        id: { type: 'string', description: 'Id of the original article.' },
        similarity: { type: 'number', minimum: 0, maximum: 1 },
        kind: { enum: ['exact', 'near', 'syndicated'] },
      },
      additionalProperties: false,
    },
    extraction: {
      type: 'object',
      required: ['method', 'attempts'],
      description: 'How the text was extracted: the method kept and every attempt of the cascade.',
      properties: {
        method: { type: 'string' },
        attempts: {
          type: 'array',
          items: {
            type: 'object',
            required: ['method', 'chars', 'accepted', 'reason'],
            properties: { method: { type: 'string' }, chars: { type: 'integer' }, accepted: { type: 'boolean' }, reason: { type: 'string' } },
          },
        },
      },
    },
    ...ANALYSIS_PROPERTIES,
  },
  additionalProperties: false,
} as const;
