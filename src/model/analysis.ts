// Language analysis of one article: sentences, entities, quotes and dates, each a span into the article's `text`.
// Declared once as a schema (TypeBox, i.e. JSON Schema); the TypeScript types are derived from it.
import { Type, type Static } from '@sinclair/typebox';

const offsets = {
  start: Type.Integer({ minimum: 0, description: 'Offset of the first character in the article `text`.' }),
  end: Type.Integer({ minimum: 1, description: 'Offset after the last character (half-open range).' }),
};

/** A half-open character range `[start, end)` into the article's `text`. */
export const SpanSchema = Type.Object(offsets, { additionalProperties: false });
export type Span = Static<typeof SpanSchema>;

/** One place in the text where an entity is named or described. */
export const MentionSchema = Type.Object({ text: Type.String({ minLength: 1 }), ...offsets }, { additionalProperties: false });
export type Mention = Static<typeof MentionSchema>;

export const EntityTypeSchema = Type.Union([Type.Literal('person'), Type.Literal('organization'), Type.Literal('place'), Type.Literal('work'), Type.Literal('other')]);
export type EntityType = Static<typeof EntityTypeSchema>;

/** One real-world referent, with every spelling and description that names it in this article. */
export const EntitySchema = Type.Object(
  {
    name: Type.String({ minLength: 1, description: 'Canonical name: the fullest, most frequent spelling.' }),
    type: EntityTypeSchema,
    aliases: Type.Array(Type.String(), { description: 'Other spellings used for it (partial names, transliteration variants), without possessive endings.' }),
    role: Type.Optional(Type.String({ description: 'Role or title split off a name, lower case ("foreign minister", "moderator").' })),
    affiliation: Type.Optional(Type.String({ description: 'Country or organisation the role belongs to ("Germany", "Northgate Bank").' })),
    mentions: Type.Array(MentionSchema, { minItems: 1 }),
  },
  { additionalProperties: false },
);
export type Entity = Static<typeof EntitySchema>;

/**
 * `statement`: someone's words; `term`: scare quotes around a phrase the writer distances itself from;
 * `title`: the name of a programme, book or operation. Only statements have speakers.
 */
export const QuoteKindSchema = Type.Union([Type.Literal('statement'), Type.Literal('term'), Type.Literal('title')]);
export type QuoteKind = Static<typeof QuoteKindSchema>;

/** A direct quotation; the span covers the words inside the marks. */
export const QuoteSchema = Type.Object(
  {
    text: Type.String({ minLength: 1 }),
    ...offsets,
    speaker: Type.Union([Type.String(), Type.Null()], { description: 'Canonical name of the speaker entity; null when the text does not say.' }),
    kind: QuoteKindSchema,
    verb: Type.Optional(Type.String({ description: 'The attribution verb as printed ("said", "insisted", "according to").' })),
    speakerRole: Type.Optional(
      Type.String({ description: 'When the text gives no name but a role or a group as the speaker ("a union spokesperson", "police"): that phrase as printed. `speaker` stays null.' }),
    ),
  },
  { additionalProperties: false },
);
export type Quote = Static<typeof QuoteSchema>;

/**
 * A date expression; `value` is ISO 8601 (`YYYY-MM-DD`, `YYYY-MM`, `YYYY-Www` or `YYYY`, or `--MM-DD` for a month and
 * day whose year neither the text nor a publication date gives), null when unresolvable.
 */
export const DATE_VALUE_PATTERN = '^(?:\\d{4}(?:-\\d{2}(?:-\\d{2})?|-W\\d{2})?|--\\d{2}-\\d{2})$';
export const DateMentionSchema = Type.Object(
  {
    text: Type.String({ minLength: 1 }),
    ...offsets,
    value: Type.Union([Type.String({ pattern: DATE_VALUE_PATTERN }), Type.Null()], {
      description: 'ISO 8601: YYYY-MM-DD, YYYY-MM, YYYY-Www or YYYY, or --MM-DD (a month and day whose year the text does not give); null when unresolvable.',
    }),
  },
  { additionalProperties: false },
);
export type DateMention = Static<typeof DateMentionSchema>;

/** The analysis fields of an Article; every offset points into the article's `text`. Every list is ordered by `start`. */
export const AnalysisSchema = Type.Object({
  sentences: Type.Array(SpanSchema, { description: 'Sentence spans, in order.' }),
  entities: Type.Array(EntitySchema, { description: 'People, organisations, places and works, one per referent, with every mention.' }),
  quotes: Type.Array(QuoteSchema, { description: 'Direct quotations: the words inside the marks.' }),
  dates: Type.Array(DateMentionSchema, { description: 'Date expressions resolved against the publication date.' }),
  analysisVersion: Type.Optional(
    Type.Integer({ minimum: 1, description: 'Which version of the language analysis produced it; an article analysed by another version (or none) is analysed again when read.' }),
  ),
});
export type Analysis = Static<typeof AnalysisSchema>;
