// Scores quotes (span-overlap F1, speaker accuracy, kind accuracy) and names (person/organisation/place F1) on our own
// hand-annotated fictional articles in eval/annotated/ (a development set and a held-out set).
import { readFileSync } from 'node:fs';
import { nameKey, sameFullName } from '../src/language/canonical-names.js';
import { annotateArticle } from '../src/language/index.js';
import type { Entity, Quote, QuoteKind } from '../src/model/analysis.js';

interface GoldQuote {
  text: string;
  speaker: string | null;
  kind: QuoteKind;
}
interface GoldArticle {
  id: string;
  published: string;
  text: string;
  quotes: GoldQuote[];
  entities: { name: string; type: 'person' | 'organization' | 'place' }[];
  /** Date expressions (the words that carry the date) with their value against `published`. */
  dates: { text: string; value: string }[];
}

export interface LanguageEval {
  articles: number;
  goldQuotes: number;
  quoteF1: number;
  quotePrecision: number;
  quoteRecall: number;
  speakerAccuracy: number;
  kindAccuracy: number;
  entityF1: number;
  entityPrecision: number;
  entityRecall: number;
  articlesPerSecond: number;
  goldDates: number;
  /** Gold date expressions found (overlapping span) with exactly the gold value. */
  dateAccuracy: number;
}

const SCORED_TYPES = new Set(['person', 'organization', 'place']);

/** `dev`: the set the rules were tuned on; `heldout`: written before the system was run on it, never tuned on. */
export function evaluateLanguage(set: 'dev' | 'heldout'): LanguageEval {
  const file = set === 'dev' ? './annotated/language.json' : './annotated/language-heldout.json';
  const gold = JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')) as GoldArticle[];
  let tp = 0, predicted = 0, goldStatements = 0, speakerOk = 0, kindOk = 0, kindTotal = 0;
  let etp = 0, epred = 0, egold = 0, dgold = 0, dok = 0;
  const started = performance.now();
  const analyses = gold.map((g) => annotateArticle({ text: g.text, published: g.published }));
  const seconds = (performance.now() - started) / 1000;
  gold.forEach((g, i) => {
    const a = analyses[i]!;
    const spans = g.quotes.map((q) => {
      const start = g.text.indexOf(q.text);
      if (start < 0) throw new Error(`${g.id}: gold quote not in text: ${q.text}`);
      return { ...q, start, end: start + q.text.length };
    });
    // Quote kinds over every gold quotation, matched by overlap.
    for (const q of spans) {
      kindTotal++;
      const p = a.quotes.find((x) => overlaps(x, q));
      if (p && p.kind === q.kind) kindOk++;
    }
    // Statement extraction and speakers.
    const goldS = spans.filter((q) => q.kind === 'statement');
    const predS = a.quotes.filter((q) => q.kind === 'statement');
    goldStatements += goldS.length;
    predicted += predS.length;
    const used = new Set<Quote>();
    for (const q of goldS) {
      const p = predS.find((x) => !used.has(x) && overlaps(x, q));
      if (!p) continue;
      used.add(p);
      tp++;
      if (p.speaker && q.speaker && sameFullName(p.speaker.split(' '), q.speaker.split(' '))) speakerOk++;
    }
    for (const d of g.dates) {
      const start = g.text.indexOf(d.text);
      dgold++;
      if (a.dates.some((x) => overlaps(x, { start, end: start + d.text.length }) && x.value === d.value)) dok++;
    }
    // Entities: canonical names and types.
    const predE = a.entities.filter((e) => SCORED_TYPES.has(e.type));
    egold += g.entities.length;
    epred += predE.length;
    const usedE = new Set<Entity>();
    for (const e of g.entities) {
      const p = predE.find((x) => !usedE.has(x) && x.type === e.type && sameEntity(x.name, e.name));
      if (p) {
        usedE.add(p);
        etp++;
      }
    }
  });
  const quotePrecision = tp / Math.max(1, predicted);
  const quoteRecall = tp / Math.max(1, goldStatements);
  const entityPrecision = etp / Math.max(1, epred);
  const entityRecall = etp / Math.max(1, egold);
  return {
    articles: gold.length,
    goldQuotes: goldStatements,
    quoteF1: f1(quotePrecision, quoteRecall),
    quotePrecision,
    quoteRecall,
    speakerAccuracy: speakerOk / Math.max(1, tp),
    kindAccuracy: kindOk / Math.max(1, kindTotal),
    entityF1: f1(entityPrecision, entityRecall),
    entityPrecision,
    entityRecall,
    articlesPerSecond: gold.length / seconds,
    goldDates: dgold,
    dateAccuracy: dok / Math.max(1, dgold),
  };
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function sameEntity(a: string, b: string): boolean {
  // Annotation convention: a leading "The" is not part of the name ("The Dunmore Herald" = "Dunmore Herald").
  const key = (s: string) => s.replace(/^the\s+/i, '').split(/\s+/).map(nameKey).join(' ');
  return key(a) === key(b) || sameFullName(a.split(' '), b.split(' '));
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}
