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

/** A claim outside quotation marks, grouped across articles by meaning; `text` is one article's sentence. */
export interface Fact {
  text: string;
  articleIds: string[];
  /** Each article's own sentence for it. */
  mentions: ArticleSpan[];
}

export interface Discrepancy {
  /** The fact the values disagree about. */
  about: string;
  kind: 'number' | 'date';
  values: ArticleSpan[];
}

export type FramingKind = 'hedge' | 'term' | 'attribution' | 'loaded';

export interface FramingItem extends ArticleSpan {
  kind: FramingKind;
  note?: string;
}

export interface TimelineEntry {
  /** ISO value (`YYYY-MM-DD`, `YYYY-MM`, `YYYY-Www`, `YYYY`). */
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
  entities: StoryEntity[];
  quotes: QuoteGroup[];
  facts: Fact[];
  discrepancies: Discrepancy[];
  framing: FramingItem[];
  timeline: TimelineEntry[];
  brief: BriefSentence[];
}

export interface Report {
  articles: Article[];
  stories: StoryReport[];
}
