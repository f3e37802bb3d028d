// The Article: one cleaned news article as stored, exported and served.
import type { Analysis } from './analysis.js';

/** How a copy relates to the article it copies. */
export type DuplicateKind = 'exact' | 'near' | 'syndicated';

/** Points a copy at its original so later stages can count independent sources. */
export interface DuplicateLink {
  /** Id of the original article. */
  id: string;
  /** Estimated Jaccard similarity of word shingles, 0..1 (1 for exact copies). */
  similarity: number;
  kind: DuplicateKind;
}

/** A piece of the source text that cleaning removed, kept for audit. */
export interface RemovedSpan {
  text: string;
  /** Why it was removed, in words a reader can check. */
  reason: string;
  /** Id of the rule that removed it (see src/extract/rules). */
  rule: string;
  /** Offset in the article's `text` where the span stood before removal. */
  at: number;
}

/** The original publisher of a syndicated or republished copy. */
export interface Origin {
  outlet?: string;
  url?: string;
}

/** One attempt of the extraction cascade, kept so a user can see why a method was chosen. */
export interface ExtractionAttempt {
  method: string;
  chars: number;
  accepted: boolean;
  reason: string;
}

export interface Extraction {
  /** The method whose text was kept. */
  method: string;
  attempts: ExtractionAttempt[];
}

/**
 * A stored article. `text` is the cleaned body; every span elsewhere points into it. The analysis fields (sentences,
 * entities, quotes, dates) are present on every article analysed since they were introduced.
 */
export interface Article extends Partial<Analysis> {
  id: string;
  /** Where it came from: a file path, a URL, a JSONL id, or `<file>#<line>`. */
  source: string;
  url?: string;
  /** The outlet that published this copy (site name or host). */
  outlet?: string;
  title?: string;
  byline?: string;
  /** ISO 8601 timestamp or date. */
  published?: string;
  /** ISO 639-1 code. */
  language?: string;
  origin?: Origin;
  text: string;
  removed: RemovedSpan[];
  duplicateOf?: DuplicateLink;
  extraction?: Extraction;
}
