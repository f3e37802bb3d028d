// Framing cues as data: hedges and evidence qualifiers, and loaded words. Class: English news prose about any subject.

export interface FramingRule {
  pattern: RegExp;
  kind: 'hedge' | 'loaded';
  note: string;
}

export const FRAMING_RULES: FramingRule[] = [
  { pattern: /\bwithout (?:providing |offering )?(?:any )?evidence\b/gi, kind: 'hedge', note: 'says a claim is unsupported' },
  { pattern: /\bso-called\b/gi, kind: 'hedge', note: 'distances the writer from a name' },
  { pattern: /\ballege(?:d|dly|s)?\b/gi, kind: 'hedge', note: 'marks a claim as unproven' },
  { pattern: /\bpurported(?:ly)?\b/gi, kind: 'hedge', note: 'marks a claim as unproven' },
  { pattern: /\breportedly\b/gi, kind: 'hedge', note: 'attributes without naming a source' },
  { pattern: /\bunverified\b/gi, kind: 'hedge', note: 'marks a claim as unchecked' },
  { pattern: /\b(?:baseless|unfounded|false|debunked)\b/gi, kind: 'hedge', note: 'judges a claim false' },
  { pattern: /\b(?:disputed|contested)\b/gi, kind: 'hedge', note: 'notes disagreement' },
  { pattern: /\bclaim(?:ed|s)?\b/gi, kind: 'hedge', note: '"claimed" rather than "said" casts doubt' },
  { pattern: /\bunder false pretenses\b/gi, kind: 'hedge', note: 'judges a claim false' },
  { pattern: /\b(?:brutal|savage|heroic|shocking|disastrous|catastrophic|devastating|reckless|radical|extremist|notorious|draconian)\b/gi, kind: 'loaded', note: 'evaluative adjective' },
  { pattern: /\b(?:regime|thugs?|terrorists?|puppets?|cronies)\b/gi, kind: 'loaded', note: 'loaded noun' },
  { pattern: /\b(?:slammed|blasted|lashed out|railed|bashed|ripped into)\b/gi, kind: 'loaded', note: 'loaded verb for criticism' },
];

/** Attribution verbs that carry a judgement, against the neutral "said"/"told"/"added". */
export const NEUTRAL_VERBS = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'according to', 'stated', 'saying', 'asked', 'wrote']);
