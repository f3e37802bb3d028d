// Language analysis of one article: sentences, entities, quotes and dates, each a span into the article's `text`.

/** A half-open character range `[start, end)` into the article's `text`. */
export interface Span {
  start: number;
  end: number;
}

/** One place in the text where an entity is named or described. */
export interface Mention extends Span {
  text: string;
}

export type EntityType = 'person' | 'organization' | 'place' | 'work' | 'other';

/** One real-world referent, with every spelling and description that names it in this article. */
export interface Entity {
  /** Canonical name: the fullest, most frequent spelling. */
  name: string;
  type: EntityType;
  /** Other spellings used for it (partial names, transliteration variants), without possessive endings. */
  aliases: string[];
  /** Role or title split off a name, lower case ("foreign minister", "moderator"). */
  role?: string;
  /** Country or organisation the role belongs to ("Germany", "Northgate Bank"). */
  affiliation?: string;
  mentions: Mention[];
}

/**
 * `statement`: someone's words; `term`: scare quotes around a phrase the writer distances itself from;
 * `title`: the name of a programme, book or operation. Only statements have speakers.
 */
export type QuoteKind = 'statement' | 'term' | 'title';

/** A direct quotation; the span covers the words inside the marks. */
export interface Quote extends Span {
  text: string;
  /** Canonical name of the speaker's entity, or null when the text does not say. */
  speaker: string | null;
  kind: QuoteKind;
  /** The attribution verb as printed ("said", "insisted", "according to"). */
  verb?: string;
}

/**
 * A date expression; `value` is ISO 8601 (`YYYY-MM-DD`, `YYYY-MM`, `YYYY-Www` or `YYYY`, or `--MM-DD` for a month and
 * day whose year neither the text nor a publication date gives), null when unresolvable.
 */
export interface DateMention extends Span {
  text: string;
  value: string | null;
}

/** What `annotateArticle` adds to an article. Every list is ordered by `start`. */
export interface Analysis {
  sentences: Span[];
  entities: Entity[];
  quotes: Quote[];
  dates: DateMention[];
}
