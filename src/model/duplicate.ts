// What duplicate search indexes for an article, and what the store hands back for a candidate original.

/** An article's duplicate evidence: its normalised-text hash, its MinHash signature and the LSH band keys of it. */
export interface DuplicateEvidence {
  contentHash: string;
  signature: Uint32Array;
  bandKeys: number[];
}

/** A stored article the store found through a shared hash or band key. */
export interface DuplicateCandidate {
  id: string;
  contentHash: string;
  signature: Uint32Array;
  outlet?: string;
  url?: string;
  published?: string;
  /** The candidate's own origin, when it is itself a republished copy. */
  originOutlet?: string;
  originUrl?: string;
  duplicateOfId?: string;
}
