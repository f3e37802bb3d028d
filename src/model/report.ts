// The story report: what each outlet printed about one story. The public JSON contract of `analyze`, `story` and the API,
// declared once as a schema (TypeBox, i.e. JSON Schema); the TypeScript types are derived from it.
import { Type, type Static } from '@sinclair/typebox';
import { DATE_VALUE_PATTERN, EntityTypeSchema } from './analysis.js';
import { ArticleSchema } from './article.js';

const ArticleId = Type.String({ pattern: '^a_[0-9a-f]{16}$' });
const ArticleIds = Type.Array(ArticleId, { minItems: 1 });
const offsets = {
  articleId: ArticleId,
  text: Type.String({ minLength: 1 }),
  start: Type.Integer({ minimum: 0 }),
  end: Type.Integer({ minimum: 1 }),
};

/** A piece of one article's text. */
export const ArticleSpanSchema = Type.Object(offsets, { additionalProperties: false });
export type ArticleSpan = Static<typeof ArticleSpanSchema>;

/** One word of a wording compared with the group's reference wording (`same`: in the reference too; `changed`: this wording only). */
export const WordDiffSchema = Type.Object({ text: Type.String(), op: Type.Union([Type.Literal('same'), Type.Literal('changed')]) }, { additionalProperties: false });
export type WordDiff = Static<typeof WordDiffSchema>;

export const QuoteMentionSchema = Type.Object(
  { ...offsets, diff: Type.Optional(Type.Array(WordDiffSchema, { description: "This wording word by word against the group's most printed wording." })) },
  { additionalProperties: false },
);
export type QuoteMention = Static<typeof QuoteMentionSchema>;

/** One statement by one speaker, as each outlet printed it. */
export const QuoteGroupSchema = Type.Object(
  {
    speaker: Type.Union([Type.String(), Type.Null()]),
    mentions: Type.Array(QuoteMentionSchema, { minItems: 1 }),
    wordingDiffers: Type.Boolean({ description: 'True when outlets printed different words for it (translation, paraphrase, truncation, splicing).' }),
  },
  { additionalProperties: false, description: 'One statement by one speaker, as each article printed it.' },
);
export type QuoteGroup = Static<typeof QuoteGroupSchema>;

export const StoryEntitySchema = Type.Object({ name: Type.String(), type: EntityTypeSchema, aliases: Type.Array(Type.String()), articleIds: ArticleIds }, { additionalProperties: false });
export type StoryEntity = Static<typeof StoryEntitySchema>;

/**
 * A claim in the outlets' own voice (never words inside quotation marks), grouped across articles by meaning: every
 * article listed carries it, in its own sentence (`mentions`). `text` is one article's sentence or clause.
 */
export const FactSchema = Type.Object(
  {
    text: Type.String(),
    articleIds: ArticleIds,
    mentions: Type.Array(ArticleSpanSchema, { description: "Each article's own sentence for it." }),
    independentSources: Type.Integer({
      minimum: 1,
      description: 'Independent sources behind it: copies fold into their originals, and articles resting on one primary source count it once.',
    }),
    attributedTo: Type.Optional(Type.String({ description: 'Whom the outlets attribute it to ("Lavrov said that …"), when they do.' })),
    primarySources: Type.Optional(Type.Array(Type.String(), { description: 'The primary sources it rests on (names as in `primarySources`).' })),
  },
  { additionalProperties: false },
);
export type Fact = Static<typeof FactSchema>;

/** Outlets disagree about one fact: figures for one quantity, dates for one event, or one affirms what another denies. */
export const DiscrepancySchema = Type.Object(
  {
    about: Type.String({ description: 'The fact the values disagree about.' }),
    kind: Type.Union([Type.Literal('number'), Type.Literal('date'), Type.Literal('polarity')]),
    values: Type.Array(ArticleSpanSchema, { minItems: 2 }),
  },
  { additionalProperties: false },
);
export type Discrepancy = Static<typeof DiscrepancySchema>;

export const FramingKindSchema = Type.Union([Type.Literal('hedge'), Type.Literal('term'), Type.Literal('attribution'), Type.Literal('loaded')]);
export type FramingKind = Static<typeof FramingKindSchema>;
export const FramingItemSchema = Type.Object({ ...offsets, kind: FramingKindSchema, note: Type.Optional(Type.String()) }, { additionalProperties: false });
export type FramingItem = Static<typeof FramingItemSchema>;

export const TimelineEntrySchema = Type.Object(
  {
    date: Type.String({ pattern: DATE_VALUE_PATTERN, description: 'ISO value (YYYY-MM-DD, YYYY-MM, YYYY-Www, YYYY, or --MM-DD when no article gives the year).' }),
    text: Type.String(),
    articleIds: ArticleIds,
    mentions: Type.Array(ArticleSpanSchema),
  },
  { additionalProperties: false },
);
export type TimelineEntry = Static<typeof TimelineEntrySchema>;

export const BriefSentenceSchema = Type.Object(
  {
    text: Type.String(),
    articleIds: Type.Array(ArticleId, { minItems: 1, description: "Every article whose own claim states this sentence's content." }),
    source: ArticleSpanSchema,
  },
  { additionalProperties: false },
);
export type BriefSentence = Static<typeof BriefSentenceSchema>;

export const PrimarySourceKindSchema = Type.Union([
  Type.Literal('interview'),
  Type.Literal('statement'),
  Type.Literal('agency'),
  Type.Literal('document'),
  Type.Literal('social'),
  Type.Literal('outlet'),
]);
export type PrimarySourceKind = Static<typeof PrimarySourceKindSchema>;

/** A source the articles' claims rest on, as the articles name it ("told NBC News", "according to Reuters"). */
export const PrimarySourceSchema = Type.Object(
  {
    name: Type.String({ description: 'The source ("NBC News", "Reuters", "the Interior Ministry").' }),
    kind: PrimarySourceKindSchema,
    subject: Type.Optional(Type.String({ description: 'Who spoke or wrote, when the articles say (the person interviewed, the account that posted).' })),
    articleIds: ArticleIds,
    factCount: Type.Integer({ minimum: 0, description: 'Facts of the story that rest on it.' }),
    mentions: Type.Array(ArticleSpanSchema, { description: 'Where each article names it.' }),
  },
  { additionalProperties: false },
);
export type PrimarySource = Static<typeof PrimarySourceSchema>;

export const StoryReportSchema = Type.Object(
  {
    id: Type.String({ pattern: '^s_[0-9a-f]{16}$', description: 'Stable: derived from the article that opened the story.' }),
    title: Type.String(),
    articleIds: ArticleIds,
    outlets: Type.Array(Type.String(), { description: 'Distinct outlets; an article of unknown outlet counts as its own ("unknown (<source>)").' }),
    independentSources: Type.Integer({ minimum: 1, description: 'Articles left after syndicated and near-duplicate copies fold into their originals.' }),
    primarySources: Type.Array(PrimarySourceSchema, { description: 'Sources the claims rest on, as the articles name them ("told NBC News", "according to Reuters").' }),
    partial: Type.Optional(
      Type.Object(
        { compared: Type.Integer({ minimum: 1 }), articles: Type.Integer({ minimum: 1 }), reason: Type.String() },
        { additionalProperties: false, description: 'Set when the story was too large to compare whole: how many articles were compared, of how many, and why.' },
      ),
    ),
    entities: Type.Array(StoryEntitySchema),
    quotes: Type.Array(QuoteGroupSchema),
    facts: Type.Array(FactSchema),
    discrepancies: Type.Array(DiscrepancySchema),
    framing: Type.Array(FramingItemSchema),
    timeline: Type.Array(TimelineEntrySchema),
    brief: Type.Array(BriefSentenceSchema, { maxItems: 8 }),
  },
  { additionalProperties: false },
);
export type StoryReport = Static<typeof StoryReportSchema>;

/** A report: the articles and their stories. */
export const ReportSchema = Type.Object(
  {
    reportVersion: Type.Optional(Type.Integer({ minimum: 1, description: 'Which version of the comparison built the report (stored reports of another version are rebuilt).' })),
    articles: Type.Array(ArticleSchema),
    stories: Type.Array(StoryReportSchema),
  },
  { title: 'Report' },
);
export type Report = Static<typeof ReportSchema>;
