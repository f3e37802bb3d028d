// Scores date resolution on SemEval-2015 Task 4 (TimeLine): each gold event anchored to a date gets the value of the
// nearest date expression in its sentence, resolved against the document's publication date (dct).
import { findDates } from '../src/language/dates.js';
import { readJsonlGz } from './shared-data.js';

interface Doc {
  doc_id: string;
  dct: string;
  sentences: string[][];
  events: { eid: string; sentence: number; token_start: number; token_end: number; text: string }[];
}
interface Timeline {
  entries: { date: string; mentions: { doc_id: string; sentence: number; token: string }[] }[];
}

export interface DatesEval {
  /** Date expressions we found in sentences that hold dated gold events. */
  expressions: number;
  /** Share of them whose value is the gold date of an event in the same sentence (value accuracy of expressions). */
  expressionAccuracy: number;
  /** Dated gold event mentions whose sentence holds at least one date expression. */
  anchored: number;
  /** Share of those whose nearest expression resolves to the gold date exactly. */
  accuracy: number;
  /** Same events, trivial baseline: every event on the publication date. */
  dctBaseline: number;
  /** Every dated gold event mention; nearest expression in the sentence, else the publication date. */
  allEvents: number;
  accuracyWithFallback: number;
  dctBaselineAll: number;
}

export function evaluateDates(): DatesEval {
  const docs = new Map(readJsonlGz<Doc>('data', 'semeval2015-timeline', 'documents.jsonl.gz').map((d) => [d.doc_id, d]));
  const timelines = readJsonlGz<Timeline>('data', 'semeval2015-timeline', 'timelines.jsonl.gz');
  const analysed = new Map<string, ReturnType<typeof layout> & { dates: ReturnType<typeof findDates> }>();
  let anchored = 0, correct = 0, dctOk = 0, all = 0, correctAll = 0, dctAll = 0;
  const seen = new Set<string>();
  for (const t of timelines) {
    for (const entry of t.entries) {
      if (entry.date.startsWith('XXXX')) continue;
      // The data marks unknown parts with XX ("2005-01-XX" is a month): compare at that granularity.
      const gold = entry.date.replace(/(?:-XX)+$/, '');
      for (const m of entry.mentions) {
        const key = `${m.doc_id}/${m.sentence}/${m.token}/${entry.date}`;
        const doc = docs.get(m.doc_id);
        if (!doc || seen.has(key)) continue;
        seen.add(key);
        let a = analysed.get(doc.doc_id);
        if (!a) {
          const l = layout(doc);
          a = { ...l, dates: findDates(l.text, l.sentences, doc.dct) };
          analysed.set(doc.doc_id, a);
        }
        const event = doc.events.find((e) => e.sentence === m.sentence && e.text === m.token);
        const tokenIndex = event?.token_start ?? doc.sentences[m.sentence]!.indexOf(m.token);
        if (tokenIndex < 0) continue;
        const at = a.offsets[m.sentence]![tokenIndex]!;
        const sentence = a.sentences[m.sentence]!;
        const inSentence = a.dates.filter((d) => d.start >= sentence.start && d.end <= sentence.end && d.value);
        const nearest = inSentence.sort((x, y) => Math.abs(x.start - at) - Math.abs(y.start - at))[0];
        all++;
        if (gold === doc.dct) dctAll++;
        if (nearest) {
          anchored++;
          if (nearest.value === gold) correct++;
          if (gold === doc.dct) dctOk++;
        }
        if ((nearest?.value ?? doc.dct) === gold) correctAll++;
      }
    }
  }
  // Expression values: each resolved expression in a sentence with dated gold events should carry one of their dates.
  let expressions = 0, expressionOk = 0;
  const goldBySentence = new Map<string, Set<string>>();
  for (const t of timelines) {
    for (const entry of t.entries) {
      if (entry.date.startsWith('XXXX')) continue;
      for (const m of entry.mentions) {
        const k = `${m.doc_id}/${m.sentence}`;
        if (!goldBySentence.has(k)) goldBySentence.set(k, new Set());
        goldBySentence.get(k)!.add(entry.date.replace(/(?:-XX)+$/, ''));
      }
    }
  }
  for (const [id, a] of analysed) {
    a.sentences.forEach((s, i) => {
      const golds = goldBySentence.get(`${id}/${i}`);
      if (!golds) return;
      for (const d of a.dates) {
        if (d.start < s.start || d.end > s.end) continue;
        expressions++;
        if (d.value && golds.has(d.value)) expressionOk++;
      }
    });
  }
  return {
    expressions,
    expressionAccuracy: expressionOk / Math.max(1, expressions),
    anchored,
    accuracy: correct / Math.max(1, anchored),
    dctBaseline: dctOk / Math.max(1, anchored),
    allEvents: all,
    accuracyWithFallback: correctAll / Math.max(1, all),
    dctBaselineAll: dctAll / Math.max(1, all),
  };
}

/** Token lists → text (tokens joined by spaces, one sentence per line), sentence spans and token offsets. */
function layout(doc: Doc) {
  let text = '';
  const sentences: { start: number; end: number }[] = [];
  const offsets: number[][] = [];
  for (const tokens of doc.sentences) {
    const start = text.length;
    const at: number[] = [];
    for (const tok of tokens) {
      if (text.length > start) text += ' ';
      at.push(text.length);
      text += tok;
    }
    sentences.push({ start, end: text.length });
    offsets.push(at);
    text += '\n';
  }
  return { text, sentences, offsets };
}
