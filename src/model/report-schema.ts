// The Report JSON contract as a JSON Schema (draft 2020-12): `analyze`, `story` output and the library's `analyze`.
import { ARTICLE_SCHEMA } from './article-schema.js';

const offsets = {
  articleId: { type: 'string', pattern: '^a_[0-9a-f]{16}$' },
  text: { type: 'string', minLength: 1 },
  start: { type: 'integer', minimum: 0 },
  end: { type: 'integer', minimum: 1 },
} as const;

const articleSpan = { type: 'object', required: ['articleId', 'text', 'start', 'end'], properties: offsets, additionalProperties: false } as const;
const ids = { type: 'array', minItems: 1, items: { type: 'string', pattern: '^a_[0-9a-f]{16}$' } } as const;

const story = {
  type: 'object',
  required: ['id', 'title', 'articleIds', 'outlets', 'independentSources', 'primarySources', 'entities', 'quotes', 'facts', 'discrepancies', 'framing', 'timeline', 'brief'],
  properties: {
    id: { type: 'string', pattern: '^s_[0-9a-f]{16}$', description: 'Stable: derived from the article that opened the story.' },
    title: { type: 'string' },
    articleIds: ids,
    outlets: { type: 'array', items: { type: 'string' }, description: 'Distinct outlets; an article of unknown outlet counts as its own ("unknown (<source>)").' },
    independentSources: { type: 'integer', minimum: 1, description: 'Articles left after syndicated and near-duplicate copies fold into their originals.' },
    primarySources: {
      type: 'array',
      description: 'Sources the claims rest on, as the articles name them ("told NBC News", "according to Reuters").',
      items: {
        type: 'object',
        required: ['name', 'kind', 'articleIds', 'factCount', 'mentions'],
        properties: {
          name: { type: 'string' },
          kind: { enum: ['interview', 'statement', 'agency', 'document', 'social', 'outlet'] },
          subject: { type: 'string' },
          articleIds: ids,
          factCount: { type: 'integer', minimum: 0 },
          mentions: { type: 'array', items: articleSpan },
        },
        additionalProperties: false,
      },
    },
    partial: {
      type: 'object',
      required: ['compared', 'articles', 'reason'],
      properties: { compared: { type: 'integer', minimum: 1 }, articles: { type: 'integer', minimum: 1 }, reason: { type: 'string' } },
      additionalProperties: false,
    },
    entities: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'type', 'aliases', 'articleIds'],
        properties: { name: { type: 'string' }, type: { enum: ['person', 'organization', 'place', 'work', 'other'] }, aliases: { type: 'array', items: { type: 'string' } }, articleIds: ids },
        additionalProperties: false,
      },
    },
    quotes: {
      type: 'array',
      description: 'One statement by one speaker, as each article printed it.',
      items: {
        type: 'object',
        required: ['speaker', 'mentions', 'wordingDiffers'],
        properties: {
          speaker: { type: ['string', 'null'] },
          wordingDiffers: { type: 'boolean' },
          mentions: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              required: ['articleId', 'text', 'start', 'end'],
              properties: {
                ...offsets,
                diff: {
                  type: 'array',
                  description: "This wording word by word against the group's most printed wording.",
                  items: { type: 'object', required: ['text', 'op'], properties: { text: { type: 'string' }, op: { enum: ['same', 'changed'] } }, additionalProperties: false },
                },
              },
              additionalProperties: false,
            },
          },
        },
        additionalProperties: false,
      },
    },
    facts: {
      type: 'array',
      items: {
        type: 'object',
        required: ['text', 'articleIds', 'mentions', 'independentSources'],
        properties: {
          text: { type: 'string' },
          articleIds: ids,
          mentions: { type: 'array', items: articleSpan },
          independentSources: { type: 'integer', minimum: 1 },
          attributedTo: { type: 'string' },
          primarySources: { type: 'array', items: { type: 'string' } },
        },
        additionalProperties: false,
      },
    },
    discrepancies: {
      type: 'array',
      items: {
        type: 'object',
        required: ['about', 'kind', 'values'],
        properties: { about: { type: 'string' }, kind: { enum: ['number', 'date', 'polarity'] }, values: { type: 'array', minItems: 2, items: articleSpan } },
        additionalProperties: false,
      },
    },
    framing: {
      type: 'array',
      items: {
        type: 'object',
        required: ['articleId', 'kind', 'text', 'start', 'end'],
        properties: { ...offsets, kind: { enum: ['hedge', 'term', 'attribution', 'loaded'] }, note: { type: 'string' } },
        additionalProperties: false,
      },
    },
    timeline: {
      type: 'array',
      items: {
        type: 'object',
        required: ['date', 'text', 'articleIds', 'mentions'],
        properties: { date: { type: 'string', pattern: '^(?:\\d{4}(?:-\\d{2}(?:-\\d{2})?|-W\\d{2})?|--\\d{2}-\\d{2})$' }, text: { type: 'string' }, articleIds: ids, mentions: { type: 'array', items: articleSpan } },
        additionalProperties: false,
      },
    },
    brief: {
      type: 'array',
      maxItems: 8,
      items: { type: 'object', required: ['text', 'articleIds', 'source'], properties: { text: { type: 'string' }, articleIds: ids, source: articleSpan }, additionalProperties: false },
    },
  },
  additionalProperties: false,
} as const;

/** The Article schema as an embedded item (without its document-level `$schema`/`$id`). */
const articleItem = Object.fromEntries(Object.entries(ARTICLE_SCHEMA).filter(([k]) => k !== '$schema' && k !== '$id'));

/** JSON Schema of a Report: the articles (Article schema) and their stories. */
export const REPORT_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://triangulate.dev/schemas/report.json',
  title: 'Report',
  type: 'object',
  required: ['articles', 'stories'],
  properties: {
    reportVersion: { type: 'integer', minimum: 1, description: 'Which version of the comparison built the report.' },
    articles: { type: 'array', items: articleItem },
    stories: { type: 'array', items: story },
  },
} as const;
