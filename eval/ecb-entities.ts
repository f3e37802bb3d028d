// ECB+'s documents as text with the place of each token, and its gold entity mentions as name types: what the
// name-type model trains on (scripts/train-name-types.ts, train and dev topics) and what eval/names.ts scores typed
// names in news on (test topics).
import { ecbDocuments, ecbMentions } from './ecb-data.js';

/** ECB+'s entity types (Cybulska & Vossen 2014) as name types: people, organisations and news media, places; dates and things are none of them. */
export const ECB_NAME_TYPES: Readonly<Record<string, 'person' | 'place' | 'organization' | 'other'>> = {
  HUMAN_PART_PER: 'person',
  HUMAN_PART_ORG: 'organization',
  HUMAN_PART_MET: 'organization',
  HUMAN_PART_GPE: 'place',
  LOC_GEO: 'place',
  TIME_DATE: 'other',
  TIME_OF_THE_DAY: 'other',
  NON_HUMAN_PART: 'other',
  NON_HUMAN_PART_GENERIC: 'other',
};

export interface EcbEntityDocument {
  docId: string;
  split: string;
  /** The text rebuilt from the tokens, a sentence a line; the source address some documents open with left out. */
  text: string;
  /** The head word of each gold entity mention of a type above, where it is in `text` (a trailing "'s" or "." left out). */
  heads: { start: number; end: number; type: 'person' | 'place' | 'organization' | 'other' }[];
}

/** The documents of ECB+ that hold a gold entity mention of a type above. */
export function ecbEntityDocuments(): EcbEntityDocument[] {
  const heads = new Map<string, { sent: number; token: number; type: EcbEntityDocument['heads'][number]['type'] }[]>();
  for (const m of ecbMentions()) {
    const type = ECB_NAME_TYPES[m.mention_full_type];
    if (m.kind !== 'entity' || type === undefined) continue;
    heads.set(m.doc_id, [...(heads.get(m.doc_id) ?? []), { sent: m.sent_id, token: m.mention_head_id, type }]);
  }
  const out: EcbEntityDocument[] = [];
  for (const d of ecbDocuments()) {
    const gold = heads.get(d.doc_id);
    if (!gold) continue;
    let text = '';
    const at = new Map<string, [number, number]>();
    d.sentences.forEach((tokens, sent) => {
      if (/^https?:/.test(tokens[0] ?? '')) return;
      if (text) text += '\n';
      tokens.forEach((t, k) => {
        if (k > 0 && !/^[,.;:!?')\]]/.test(t) && !/^[($[]$/.test(tokens[k - 1]!)) text += ' ';
        at.set(`${sent} ${k}`, [text.length, text.length + t.length]);
        text += t;
      });
    });
    const placed = gold.flatMap((h) => {
      const span = at.get(`${h.sent} ${h.token}`);
      if (!span) return [];
      // A head token holds a possessive or an abbreviation's period ("Quillsoft's", "Corp."), which no name span does.
      const trail = /(?:['’]s|\.)$/.exec(text.slice(span[0], span[1]));
      const end = trail && trail.index > 0 ? span[0] + trail.index : span[1];
      return [{ start: span[0], end, type: h.type }];
    });
    out.push({ docId: d.doc_id, split: d.split, text, heads: placed });
  }
  return out;
}
