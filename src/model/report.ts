// The story report: what each outlet printed about one story. The public JSON contract of `analyze`, `story` and the API.
import type { Article } from './article.js';
import type { EntityType } from './analysis.js';

/** A piece of one article's text. */
export interface ArticleSpan {
  articleId: string;
  text: string;
  start: number;
  end: number;
}

/** One word of a wording compared with the group's reference wording. */
export interface WordDiff {
  text: string;
  /** `same`: in the reference too; `changed`: this wording only. */
  op: 'same' | 'changed';
}

export interface QuoteMention extends ArticleSpan {
  /** Word-level comparison with the group's most printed wording (absent for that wording itself). */
  diff?: WordDiff[];
}

/** One statement by one speaker, as each outlet printed it. */
export interface QuoteGroup {
  speaker: string | null;
  mentions: QuoteMention[];
  /** True when outlets printed different words for it (translation, paraphrase, truncation, splicing). */
  wordingDiffers: boolean;
}

export interface StoryEntity {
  name: string;
  type: EntityType;
  aliases: string[];
  articleIds: string[];
}

/**
 * A claim in the outlets' own voice (never words inside quotation marks), grouped across articles by meaning: every
 * article listed carries it, in its own sentence (`mentions`). `text` is one article's sentence.
 */
export interface Fact {
  text: string;
  articleIds: string[];
  /** Each article's own sentence for it. */
  mentions: ArticleSpan[];
  /**
   * Independent sources behind it: copies fold into their originals, and articles that rest on one primary source (an
   * interview, a statement, an agency) count that source once.
   */
  independentSources: number;
  /** Whom the outlets attribute it to ("Lavrov said that …", "according to the ministry"), when they do. */
  attributedTo?: string;
  /** The primary sources it rests on (names as in `primarySources`). */
  primarySources?: string[];
}

/**
 * Outlets disagree about one fact: different figures for one quantity (`number`), different dates for one event
 * (`date`), or one affirms what another denies (`polarity`).
 */
export interface Discrepancy {
  /** The fact the values disagree about. */
  about: string;
  kind: 'number' | 'date' | 'polarity';
  values: ArticleSpan[];
}

export type PrimarySourceKind = 'interview' | 'statement' | 'agency' | 'document' | 'social' | 'outlet';

/** A source the articles' claims rest on, as the articles name it ("told NBC News", "according to Reuters"). */
export interface PrimarySource {
  /** The source ("NBC News", "Reuters", "the Interior Ministry"). */
  name: string;
  kind: PrimarySourceKind;
  /** Who spoke or wrote, when the articles say (the person interviewed, the account that posted). */
  subject?: string;
  /** Articles that name it. */
  articleIds: string[];
  /** Facts of the story that rest on it. */
  factCount: number;
  /** Where each article names it. */
  mentions: ArticleSpan[];
}

export type FramingKind = 'hedge' | 'term' | 'attribution' | 'loaded';

export interface FramingItem extends ArticleSpan {
  kind: FramingKind;
  note?: string;
}

export interface TimelineEntry {
  /** ISO value (`YYYY-MM-DD`, `YYYY-MM`, `YYYY-Www`, `YYYY`, or `--MM-DD` when no article gives the year). */
  date: string;
  text: string;
  articleIds: string[];
  mentions: ArticleSpan[];
}

export interface BriefSentence {
  text: string;
  /** Every article that carries this sentence's fact. */
  articleIds: string[];
  /** Where the sentence was taken from. */
  source: ArticleSpan;
}

export interface StoryReport {
  id: string;
  title: string;
  articleIds: string[];
  /** Distinct outlets (an article with no known outlet counts as its own, named after its source). */
  outlets: string[];
  /** Articles left after syndicated and near-duplicate copies are folded into their originals. */
  independentSources: number;
  /** The sources the articles' claims rest on (interviews, statements, agencies, documents, posts, other outlets). */
  primarySources: PrimarySource[];
  /** Set when the story was too large to compare whole: how many articles were compared, of how many, and why. */
  partial?: { compared: number; articles: number; reason: string };
  entities: StoryEntity[];
  quotes: QuoteGroup[];
  facts: Fact[];
  discrepancies: Discrepancy[];
  framing: FramingItem[];
  timeline: TimelineEntry[];
  brief: BriefSentence[];
}

export interface Report {
  /** Which version of the comparison built it (stored reports of another version are rebuilt). */
  reportVersion?: number;
  articles: Article[];
  stories: StoryReport[];
}
