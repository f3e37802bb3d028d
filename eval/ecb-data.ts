// ECB+ as the eval reads it (../shared/data/ecbplus): its documents and its mentions, each read once per process —
// the clustering, alignment, fact-pair and name scorers all need them, and `npm run eval` runs them in one process.
import { readJsonlGz } from './shared-data.js';

export interface EcbDoc {
  doc_id: string;
  topic: number;
  subtopic: string;
  split: string;
  title: string;
  text: string;
  sentences: string[][];
}

export interface EcbMention {
  kind: string;
  doc_id: string;
  subtopic: string;
  sent_id: number;
  mention_head_id: number;
  coref_chain: string;
  mention_full_type: string;
  is_singleton: boolean;
}

let documents: EcbDoc[] | undefined;
/** ECB+'s documents, in the file's order. */
export function ecbDocuments(): EcbDoc[] {
  return (documents ??= readJsonlGz<EcbDoc>('data', 'ecbplus', 'documents.jsonl.gz'));
}

let mentions: EcbMention[] | undefined;
/** ECB+'s event and entity mentions, in the file's order. */
export function ecbMentions(): EcbMention[] {
  return (mentions ??= readJsonlGz<EcbMention>('data', 'ecbplus', 'mentions.jsonl.gz'));
}

/** ECB+ sentence tokens as text: no space before closing punctuation or after an opening bracket or "$". */
export const ecbSentenceText = (tokens: string[]) => tokens.join(' ').replace(/ ([,.;:!?')])/g, '$1').replace(/([($]) /g, '$1');
