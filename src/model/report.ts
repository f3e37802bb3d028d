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

export const WordingSchema = Type.Union([Type.Literal('reference'), Type.Literal('same'), Type.Literal('variant'), Type.Literal('other')], {
  description:
    "How this wording compares with the group's most printed one: `reference` (it is that wording), `same` (the same words), " +
    '`variant` (mostly the same words: `diff` marks the others), `other` (other words altogether: a paraphrase or another translation).',
});
export type Wording = Static<typeof WordingSchema>;

export const QuoteMentionSchema = Type.Object(
  {
    ...offsets,
    wording: Type.Optional(WordingSchema),
    diff: Type.Optional(Type.Array(WordDiffSchema, { description: "For a `variant`: this wording word by word against the group's most printed wording." })),
  },
  { additionalProperties: false },
);
export type QuoteMention = Static<typeof QuoteMentionSchema>;

/** One statement by one speaker, as each outlet printed it. */
export const QuoteGroupSchema = Type.Object(
  {
    speaker: Type.Union([Type.String(), Type.Null()]),
    speakerRole: Type.Optional(Type.String({ description: 'With no speaker named: the role or group the articles give as the speaker ("a union spokesperson").' })),
    topic: Type.Optional(Type.Array(Type.String(), { maxItems: 4, description: "The statement's key words (its rarest words, in their order), to tell one group from another." })),
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
    attributedTo: Type.Optional(Type.String({ description: 'Whom the outlets attribute it to ("Markovich said that …"), when they do.' })),
    primarySources: Type.Optional(Type.Array(Type.String(), { description: 'The primary sources it rests on (names as in `primarySources`).' })),
    similarIn: Type.Optional(
      Type.Array(ArticleId, {
        minItems: 1,
        description: 'Other articles with a statement close to it in wording that was not judged the same fact: where a reader may find it said otherwise. Not counted in `articleIds`.',
      }),
    ),
  },
  { additionalProperties: false },
);
export type Fact = Static<typeof FactSchema>;

/** Outlets disagree about one fact: figures for one quantity, dates for one event, or one affirms what another denies. */
export const DiscrepancySchema = Type.Object(
  {
    about: Type.String({ description: 'The fact the values disagree about; for `speaker`, the sentence quoted.' }),
    kind: Type.Union([Type.Literal('number'), Type.Literal('date'), Type.Literal('polarity'), Type.Literal('speaker')], {
      description: '`speaker`: the same quoted words attributed to different people; each value is a name as its article prints it.',
    }),
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
    alsoIn: Type.Optional(
      Type.Array(ArticleId, {
        description: "Articles that carry this sentence's fact in words of their own (aligned with it, giving its dates and figures) without stating the sentence itself; absent when none.",
      }),
    ),
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

/** A source the articles' claims rest on, as the articles name it ("told Radio Valmora", "according to Northgate Wire"). */
export const PrimarySourceSchema = Type.Object(
  {
    name: Type.String({ description: 'The source ("Radio Valmora", "Northgate Wire", "the Interior Ministry").' }),
    kind: PrimarySourceKindSchema,
    subject: Type.Optional(Type.String({ description: 'Who spoke or wrote, when the articles say (the person interviewed, the account that posted).' })),
    articleIds: ArticleIds,
    factCount: Type.Integer({ minimum: 0, description: 'Facts of the story that rest on it.' }),
    mentions: Type.Array(ArticleSpanSchema, { description: 'Where each article names it.' }),
  },
  { additionalProperties: false },
);
export type PrimarySource = Static<typeof PrimarySourceSchema>;

/** One article of a story as it is cited: its stable number, its outlet and a short label for tight places. */
export const StorySourceSchema = Type.Object(
  {
    n: Type.Integer({ minimum: 1, description: 'Citation number: the order in which the story\'s articles were added, so it never changes as the story grows.' }),
    articleId: ArticleId,
    outlet: Type.String({ description: 'The outlet, or "unknown (<file or host>)".' }),
    label: Type.String({ maxLength: 18, description: 'The outlet shortened for column headers and chips.' }),
    copyOf: Type.Optional(Type.Integer({ minimum: 1, description: 'The citation number of the article this one copies, when it is in the story.' })),
  },
  { additionalProperties: false },
);
export type StorySource = Static<typeof StorySourceSchema>;

/** Outlets of a story grouped by one attribute of their profiles. */
const ProfileGroupsSchema = Type.Array(
  Type.Object({ value: Type.String(), outlets: Type.Array(Type.String()), articleIds: ArticleIds }, { additionalProperties: false }),
  { description: 'One group per value, most articles first; outlets whose profile lacks the attribute are left out.' },
);

/** The story's coverage seen through the user's outlet profiles (present when the archive has profiles). */
export const ProfileCoverageSchema = Type.Object(
  {
    unprofiled: Type.Array(Type.String(), { description: 'Outlets of the story with no profile.' }),
    lean: ProfileGroupsSchema,
    country: ProfileGroupsSchema,
    owner: ProfileGroupsSchema,
    blindspot: Type.Optional(
      Type.String({ description: 'Set when the profiles know several leans but every profiled outlet covering the story has the same one: that lean.' }),
    ),
    factBlindspots: Type.Array(
      Type.Object({ fact: Type.Integer({ minimum: 0, description: 'Index into `facts`.' }), lean: Type.String() }, { additionalProperties: false }),
      { description: 'Facts reported by several articles, all from outlets of one lean, in a story that outlets of other leans cover too.' },
    ),
  },
  { additionalProperties: false },
);
export type ProfileCoverage = Static<typeof ProfileCoverageSchema>;

/** An article's headline with the words no other headline of the story uses marked `changed`. */
export const HeadlineSchema = Type.Object(
  { articleId: ArticleId, text: Type.String(), words: Type.Array(WordDiffSchema) },
  { additionalProperties: false },
);
export type Headline = Static<typeof HeadlineSchema>;

export const StoryReportSchema = Type.Object(
  {
    id: Type.String({ pattern: '^s_[0-9a-f]{16}$', description: 'Stable: derived from the article that opened the story.' }),
    title: Type.String({ description: 'The headline of the first original article that has one (else its lead, cut at a word): the same wherever the story is listed.' }),
    articleIds: Type.Array(ArticleId, { minItems: 1, description: 'In the order the articles were added (their citation numbers are this order).' }),
    outlets: Type.Array(Type.String(), { description: 'Distinct outlets. An article of unknown outlet counts as its own ("unknown (<source>)"), except an exact copy, which counts under its original.' }),
    sources: Type.Array(StorySourceSchema, { description: 'The key to every citation number: one entry per article, in `articleIds` order.' }),
    headlines: Type.Array(HeadlineSchema, { description: 'Each original article\'s headline (copies repeat theirs), in citation order.' }),
    independentSources: Type.Integer({ minimum: 1, description: 'Articles left after syndicated and near-duplicate copies fold into their originals.' }),
    primarySources: Type.Array(PrimarySourceSchema, { description: 'Sources the claims rest on, as the articles name them ("told Radio Valmora", "according to Northgate Wire").' }),
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
    profiles: Type.Optional(ProfileCoverageSchema),
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
