// The Article: one cleaned news article as stored, exported and served. Declared once as a schema (TypeBox, i.e.
// JSON Schema); the TypeScript types are derived from it, and `article-schema.ts` publishes it.
import { Type, type Static } from '@sinclair/typebox';
import { AnalysisSchema, type Analysis } from './analysis.js';

/** How a copy relates to the article it copies. */
export const DuplicateKindSchema = Type.Union([Type.Literal('exact'), Type.Literal('near'), Type.Literal('syndicated')]);
export type DuplicateKind = Static<typeof DuplicateKindSchema>;

/** Points a copy at its original so later stages can count independent sources. */
export const DuplicateLinkSchema = Type.Object(
  {
    id: Type.String({ description: 'Id of the original article.' }),
    similarity: Type.Number({ minimum: 0, maximum: 1, description: 'Estimated Jaccard similarity of word shingles (1 for exact copies).' }),
    kind: DuplicateKindSchema,
  },
  { additionalProperties: false },
);
export type DuplicateLink = Static<typeof DuplicateLinkSchema>;

/** A piece of the source text that cleaning removed, kept for audit. */
export const RemovedSpanSchema = Type.Object({
  text: Type.String({ description: 'The removed text, as it stood in the source.' }),
  reason: Type.String({ description: 'Why it is not article text, in words a reader can check.' }),
  rule: Type.String({ description: 'Id of the cleaning rule that removed it (see src/extract/rules).' }),
  at: Type.Integer({ minimum: 0, description: 'Offset in `text` where the removed span stood.' }),
});
export type RemovedSpan = Static<typeof RemovedSpanSchema>;

/** The original publisher of a syndicated or republished copy. */
export const OriginSchema = Type.Object(
  { outlet: Type.Optional(Type.String()), url: Type.Optional(Type.String()) },
  { additionalProperties: false, description: 'The original publisher of a syndicated or republished copy.' },
);
export type Origin = Static<typeof OriginSchema>;

/** One attempt of the extraction cascade, kept so a user can see why a method was chosen. */
export const ExtractionAttemptSchema = Type.Object({ method: Type.String(), chars: Type.Integer(), accepted: Type.Boolean(), reason: Type.String() });
export type ExtractionAttempt = Static<typeof ExtractionAttemptSchema>;

export const ExtractionSchema = Type.Object(
  { method: Type.String({ description: 'The method whose text was kept.' }), attempts: Type.Array(ExtractionAttemptSchema) },
  { description: 'How the text was extracted: the method kept and every attempt of the cascade.' },
);
export type Extraction = Static<typeof ExtractionSchema>;

/**
 * A stored article. `text` is the cleaned body; every span elsewhere points into it. The analysis fields (sentences,
 * entities, quotes, dates) are present on every article analysed since they were introduced. Optional fields are
 * absent, never null.
 */
export const ArticleSchema = Type.Object(
  {
    id: Type.String({ pattern: '^a_[0-9a-f]{16}$', description: 'Stable id derived from the source.' }),
    source: Type.String({ minLength: 1, description: 'File path, URL, JSONL id or `<file>#<line>` it came from.' }),
    url: Type.Optional(Type.String({ description: 'The article URL (canonical when the page declares one).' })),
    outlet: Type.Optional(Type.String({ description: 'The outlet that published this copy (site name or host).' })),
    title: Type.Optional(Type.String()),
    byline: Type.Optional(Type.String()),
    published: Type.Optional(Type.String({ description: 'ISO 8601 date or timestamp.' })),
    language: Type.Optional(Type.String({ pattern: '^[a-z]{2}$', description: 'ISO 639-1 code.' })),
    origin: Type.Optional(OriginSchema),
    text: Type.String({ minLength: 1, description: 'The cleaned article body; paragraphs separated by a blank line.' }),
    removed: Type.Array(RemovedSpanSchema, { description: 'Boilerplate removed by cleaning, kept for audit.' }),
    duplicateOf: Type.Optional(DuplicateLinkSchema),
    extraction: Type.Optional(ExtractionSchema),
    sentences: Type.Optional(AnalysisSchema.properties.sentences),
    entities: Type.Optional(AnalysisSchema.properties.entities),
    quotes: Type.Optional(AnalysisSchema.properties.quotes),
    dates: Type.Optional(AnalysisSchema.properties.dates),
    analysisVersion: AnalysisSchema.properties.analysisVersion,
  },
  { additionalProperties: false, title: 'Article', description: 'One cleaned news article as stored by Triangulate.' },
);
export type Article = Static<typeof ArticleSchema>;

/** The language analysis of an article as one value (null when it has none): what the stores keep in one column. */
export function analysisOf(a: Article): Analysis | null {
  if (!a.sentences || !a.entities || !a.quotes || !a.dates) return null;
  return { sentences: a.sentences, entities: a.entities, quotes: a.quotes, dates: a.dates, ...(a.analysisVersion ? { analysisVersion: a.analysisVersion } : {}) };
}
