// RawDocument: decoded input as handed from ingest to extraction, before any cleaning.

/** Metadata supplied by the container of a document (feed item, JSONL line, HTTP response). */
export interface MetadataHints {
  title?: string;
  outlet?: string;
  published?: string;
  author?: string;
  url?: string;
}

/** What extraction should treat the content as. */
export type ContentKind = 'text' | 'html';

export interface RawDocument {
  /** Stable identity of the input: re-ingesting the same source adds nothing. */
  source: string;
  kind: ContentKind;
  /** Decoded content (text or HTML), line ends normalised to \n. */
  content: string;
  /** Character encoding the bytes were decoded from. */
  encoding: string;
  hints: MetadataHints;
}
