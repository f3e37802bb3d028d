// Two statements → how much they say the same thing: every content word of each is matched to its closest word in
// the other (same lemma, synonym, derivation, one step up or down the WordNet hierarchy), weighted by how rare the
// word is in news; quantities and dates must be equal; polarity must agree.
import { antonymsOf, derivedOf, FUNCTION_WORDS, isPersonNoun, lemmasOf } from '../language/index.js';
import { alignmentModel, sameProbability, type AlignmentModel } from './alignment-model.js';
import { CONTRARY_WORDS, SUCCESSIVE_VERBS, UNIT_SIZES } from './rules/statement-words.js';
import { termWeight } from './term-weights.js';
import { RELATIVE_PREFIX, toStatement, type Statement, type Term } from './statement.js';

/**
 * Credit for each kind of word match. A synonym (a shared WordNet sense) nearly counts as the same word; a derivation
 * ("disagree"/"disagreement") a little less; one step up or down the hierarchy ("visit"/"trip", "plan"/"schedule")
 * less again; two words under one broader concept ("gap"/"disagreement" under "difference") get some credit only.
 */
export const MATCH_CREDIT = { same: 1, synonym: 0.9, derived: 0.85, broader: 0.7, sibling: 0.35 };
export type MatchCredit = typeof MATCH_CREDIT;

/**
 * Score at or above which two statements are one: chosen on the ECB+ dev split (eval/alignment.ts: sentence pairs that
 * state one event with its participants in different documents, against pairs of one story that share no event and
 * pairs of the other event of the same kind), for precision near 0.9 there (0.90 at recall 0.33; 0.865 on the test
 * split). See docs/evaluation.md for the sweep.
 */
export const SAME_STATEMENT_SCORE = 0.5;
/**
 * The score is this much the meaning (content words matched through lemmas, synonyms and the hierarchy, weighted by
 * rarity) and the rest the wording (every word as printed, function words included: word order and structure leave
 * their trace there). Each alone ranks ECB+ pairs worse than the two together (AUC on dev 0.807 and 0.80 vs 0.829).
 */
export const MEANING_SHARE = 0.5;
/**
 * A statement in other words ("will visit the UK on July 13" / "trip to Britain set for the 13th of July") shares
 * meaning but little wording: its meaning score, less this, stands on its own. At 0.2 a meaning match of 0.7 makes
 * the decision; on ECB+ dev such matches are right in more than 9 of 10 pairs.
 */
export const PARAPHRASE_DISCOUNT = 0.2;

export interface StatementComparison {
  /** 0–1: how much each statement's content and wording are found in the other, both directions averaged. */
  score: number;
  /** The statements say the same thing: score at or above SAME_STATEMENT_SCORE and the same polarity. */
  same: boolean;
  /** One affirms what the other denies: their content matches but one is negated (or uses an antonym) and the other not. */
  opposite: boolean;
  /** Share of each statement's weighted content found in the other. */
  coverage: [number, number];
  /**
   * The shorter statement is stated whole by the longer one, which adds more ("Markovich said no strike is planned" within
   * "Markovich told Radio Valmora on Friday that no strike was planned, as talks go on"): not a paraphrase, but one fact.
   */
  contained: boolean;
  /**
   * Each statement has an ordinary word matched in the other, or has none: it is found for what it says, not only for
   * whom and when ("Ana Lin released a statement on Sunday" matches none of "Ana Lin said on Sunday she would not
   * resign", though the names and the day are half its weight).
   */
  wordMatched: [boolean, boolean];
  /** Each statement names someone or somewhere the other does not, not even a step away (a capital for its country). */
  namesApart: [boolean, boolean];
  /** One states what the other undoes ("checked into the clinic" / "left the clinic"): two facts in turn, however much else they share. */
  successive?: boolean;
}

/** How well one term is matched by another, 0–1. */
export function termMatch(a: Term, b: Term, credit: MatchCredit = MATCH_CREDIT): number {
  const MATCH_CREDIT = credit;
  if (a.key === b.key) return MATCH_CREDIT.same;
  // One count of things named in other words ("17 sailors" / "17 seamen"): as close as the words.
  if (a.counted && b.counted && a.value === b.value) {
    const words = termMatch(a.counted, b.counted, credit);
    if (words >= MATCH_CREDIT.broader) return words;
  }
  if (a.kind === 'quantity' && b.kind === 'quantity' && convertedAlike(a, b)) return MATCH_CREDIT.synonym;
  if (a.kind === 'quantity' || b.kind === 'quantity' || a.kind === 'date' || b.kind === 'date') return 0;
  // Verbs of several words of which one undoes the other share their verb ("check_in" / "check_out"): no match.
  if (SUCCESSIVE.get(a.key)?.has(b.key)) return 0;
  for (const l of a.lemmas) if (b.lemmas.includes(l)) return MATCH_CREDIT.same;
  for (const c of a.concepts) if (b.concepts.has(c)) return MATCH_CREDIT.synonym;
  for (const l of a.lemmas) {
    const derived = derivedOf(l);
    for (const m of b.lemmas) if (derived.includes(m)) return MATCH_CREDIT.derived;
  }
  for (const c of a.concepts) if (b.broader.has(c)) return MATCH_CREDIT.broader;
  for (const c of b.concepts) if (a.broader.has(c)) return MATCH_CREDIT.broader;
  // A capital and its country ("Oslo" / "Norway", "Norwegian"): news names a government by its capital, and a capital
  // is a part of its country, so it counts as one step up or down. (A country and its people's adjective at the
  // derivation's credit lowered ECB+ dev precision from 0.903 to 0.877 at the same recall, so they stay as WordNet has them.)
  // So are a country's minister, head of state or spokesperson and the country ("Lin said" / "Velmar said"): news
  // reports a government's words by the country's name, one step up from the person. Two people of one country are two.
  if (a.country && b.country && a.country.name === b.country.name && (a.country.capital !== b.country.capital || !a.country.speaksFor !== !b.country.speaksFor)) {
    return MATCH_CREDIT.broader;
  }
  // So are an organisation's spokesperson or chief and the organisation ("Hale said" / "Quillsoft said").
  if (speaksForName(a, b) || speaksForName(b, a)) return MATCH_CREDIT.broader;
  // Names are matched by key, lexicon sense or derivation ("Norvanian"/"Norvania") only: siblings are different entities.
  if (a.kind === 'name' || b.kind === 'name') return 0;
  for (const c of a.broader) if (b.broader.has(c)) return MATCH_CREDIT.sibling;
  return 0;
}

/**
 * `person` speaks for the organisation `name` names: the name's key is one of the organisation's name keys, or its
 * name keys hold the organisation's last ("Harbor Works" opening a sentence is read as words that have name keys).
 */
function speaksForName(person: Term, name: Term): boolean {
  const body = person.voiceOf;
  return body !== undefined && name.kind !== 'quantity' && name.kind !== 'date' && name.voiceOf === undefined && (body.includes(name.key) || name.lemmas.includes(body.at(-1)!));
}

/** How far apart one figure in two units may be once converted: outlets round a conversion ("1,500 ft", "about 460 m"). */
export const CONVERSION_TOLERANCE = 0.05;

/** One figure in two units of one dimension, equal once converted within CONVERSION_TOLERANCE ("5 miles" / "8 km"). */
function convertedAlike(a: Term, b: Term): boolean {
  const x = UNIT_SIZES.get(a.unit ?? '');
  const y = UNIT_SIZES.get(b.unit ?? '');
  if (!x || !y || a.unit === b.unit || x.dimension !== y.dimension || a.value === undefined || b.value === undefined) return false;
  const [p, q] = [a.value * x.size, b.value * y.size];
  return Math.abs(p - q) <= CONVERSION_TOLERANCE * Math.max(p, q);
}

/** Both directions of a list of word pairs. */
function pairsOf(pairs: readonly [string, string][]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [a, b] of pairs) {
    out.set(a, (out.get(a) ?? new Set()).add(b));
    out.set(b, (out.get(b) ?? new Set()).add(a));
  }
  return out;
}
const CONTRARY = pairsOf(CONTRARY_WORDS);
const SUCCESSIVE = pairsOf(SUCCESSIVE_VERBS);

/**
 * How two lemmas are opposed: one undoes the other (`successive`: "suspend" / "resume", both true in turn), or they
 * contradict each other (`contrary`: antonyms in the lexicon, "win" / "lose", and CONTRARY_WORDS).
 */
function opposition(a: string, b: string): 'successive' | 'contrary' | undefined {
  if (SUCCESSIVE.get(a)?.has(b)) return 'successive';
  return antonymsOf(a).includes(b) || CONTRARY.get(a)?.has(b) ? 'contrary' : undefined;
}

interface Coverage {
  /** Weighted share of the terms matched. */
  share: number;
  /** Total weight of the statement's terms. */
  weight: number;
  /** Weight of the terms found in the other statement (each weighted by its match credit). */
  found: number;
  /** Total and found weight of its ordinary words and of its names, apart. */
  words: { total: number; found: number };
  names: { total: number; found: number };
  /** Weight of matched terms whose negation differs from their match's ("no vote" / "a vote"). */
  flipped: number;
  /** The part of `flipped` that is names and the titles before them. */
  flippedNames: number;
  /** Weight of the matched terms. */
  matched: number;
  /** Ordinary words with no match in the other statement ("want" against "rejecting …"). */
  unmatchedWords: number;
  /** Words matched only by an antonym or a contrary in the other statement ("won" / "lost"). */
  contraries: number;
  /** Words matched by a contrary of the other polarity ("did not win" / "lost"): the denial is in the word. */
  absorbed: number;
  /** Words facing one that undoes them in the other statement ("suspended" / "resumed"). */
  successions: number;
  /** Words negated where the other statement affirms them in the same place, or the reverse. */
  slotFlips: number;
  /** Names with no match in the other statement. */
  unmatchedNames: Term[];
  /** Figures and dates with no match in the other statement. */
  unmatchedFigures: number;
}

/** How much of `a` is found in `b`. */
function coverage(a: Statement, b: Statement, weight: (t: Term) => number, credit: MatchCredit): Coverage {
  let total = 0;
  let found = 0;
  let flipped = 0;
  let matched = 0;
  let unmatchedWords = 0;
  let flippedNames = 0;
  let absorbed = 0;
  let contraries = 0;
  let successions = 0;
  let slotFlips = 0;
  let unmatchedFigures = 0;
  const unmatchedNames: Term[] = [];
  const words = { total: 0, found: 0 };
  const names = { total: 0, found: 0 };
  for (const t of a.terms) {
    const w = weight(t);
    total += w;
    const kind = t.kind === 'word' ? words : t.kind === 'name' ? names : undefined;
    let best = 0;
    let partner: Term | undefined;
    for (const u of b.terms) {
      const m = termMatch(t, u, credit);
      if (m > best) [best, partner] = [m, u];
      if (best === 1) break;
    }
    if (best < MATCH_CREDIT.synonym && t.kind === 'word') {
      // An antonym or a contrary ("win" / "lose", "raised" / "cut") is a match of opposite polarity, closer than a word
      // only related to it ("raise" and "cut" are both kinds of "change"); a verb that undoes the other ("suspended" /
      // "resumed") makes another fact. It must stand where the word stands, between the same words ("Lin won the
      // election" / "Lin lost the election": an antonym elsewhere is about something else, "released the name" /
      // "arrested a man"), and not be a word the statement also states itself ("arrested and released" / "arrested").
      let kind: 'successive' | 'contrary' | undefined;
      const opposite = b.terms.find(
        (u) =>
          u.kind === 'word' &&
          t.lemmas.some((l) => u.lemmas.some((x) => (kind = opposition(l, x)) !== undefined)) &&
          !a.terms.some((v) => v !== t && termMatch(v, u, credit) >= MATCH_CREDIT.synonym) &&
          sameSlot(a, one(a, t), b, one(b, u), credit),
      );
      if (opposite && kind === 'contrary') {
        [best, partner] = [MATCH_CREDIT.derived, { ...opposite, negated: !opposite.negated }];
        // "did not win" / "lost": a denied contrary says the same.
        if (Boolean(t.negated) === Boolean(opposite.negated)) contraries++;
        else absorbed++;
      } else if (opposite) successions++;
    }
    found += w * best;
    if (kind) {
      kind.total += w;
      kind.found += w * best;
    }
    if (partner && best >= MATCH_CREDIT.broader) {
      matched += w;
      if (Boolean(t.negated) !== Boolean(partner.negated)) {
        flipped += w;
        // Denied in the same place as the other affirms it ("No injuries were reported after …" / "Several injuries
        // were reported after …"): the statements are opposite whatever else they share.
        if (t.kind === 'word' && b.terms.includes(partner) && sameSlot(a, one(a, t), b, one(b, partner), credit)) slotFlips++;
        // A title before a name ("Mayor", "Foreign Minister") goes with the name.
        if (t.kind === 'name' || t.title) flippedNames += w;
      }
    } else if (t.kind === 'word') unmatchedWords++;
    else if (t.kind === 'name' && best === 0) unmatchedNames.push(t);
    else if (t.kind !== 'name' && best === 0) unmatchedFigures++;
  }
  return { share: total > 0 ? found / total : 0, weight: total, found, words, names, flipped, flippedNames, matched, unmatchedWords, contraries, absorbed, successions, slotFlips, unmatchedNames, unmatchedFigures };
}

/**
 * How much the shorter statement's coverage counts in the score (the longer one's counts the rest): an outlet that
 * adds a clause still states the fact, but a short statement must be covered almost whole.
 */
export const SHORTER_SIDE_WEIGHT = 0.5;
/** Share of each statement's ordinary words the other must match for a name in the place of another to make two facts. */
export const NAME_CONFLICT_WORDS = 0.75;
const share = (k: { total: number; found: number }) => (k.total > 0 ? k.found / k.total : 0);

/**
 * A name printed in `a` and one printed in `b` share a word ("HMS") and each ends in a word the other statement does not
 * have ("Velmar" / "Tarrow"): the printed names are two. A name's parts are the terms printed at one place.
 */
function namesEndApart(a: Statement, b: Statement, inA: Term[], inB: Term[], credit: MatchCredit): boolean {
  const ending = (s: Statement, t: Term) => {
    const parts = s.terms.filter((u) => u.kind === 'name' && u.at !== undefined && u.at === t.at);
    return parts.length >= 2 && parts.at(-1) === t ? parts.slice(0, -1) : undefined;
  };
  const others = inB.map((y) => [y, ending(b, y)] as const).filter((e): e is readonly [Term, Term[]] => e[1] !== undefined);
  if (others.length === 0) return false;
  for (const x of inA) {
    const front = ending(a, x);
    if (!front) continue;
    for (const [y, other] of others) {
      if (!nameVariant(x, y) && front.some((p) => other.some((q) => termMatch(p, q, credit) === credit.same))) return true;
    }
  }
  return false;
}

/**
 * A name of one statement stands where the other has another name, not a spelling variant of it, between the same words
 * ("spread to Eastmere on Monday" / "spread to Lowford on Monday"; not "Velk" / "Velke", which outlets transliterate
 * differently, nor names one adds elsewhere in the sentence: "23 Norvanian sailors" / "a Velmar-flagged ferry").
 */
function namesConflict(a: Statement, b: Statement, inA: Term[], inB: Term[], credit: MatchCredit): boolean {
  // Unmatched names next to each other are one ("Ana Lin" read as two names the lexicon knows).
  const runs = (st: Statement, names: Term[]) => {
    const out: [number, number][] = [];
    for (const t of names) {
      const i = st.terms.indexOf(t);
      const last = out.at(-1);
      if (last && last[1] === i - 1) last[1] = i;
      else out.push([i, i]);
    }
    return out;
  };
  const inRun = (st: Statement, [from, to]: [number, number], other: Term[]) => st.terms.slice(from, to + 1).some((x) => other.every((y) => !nameVariant(x, y)));
  return runs(a, inA).some((x) => runs(b, inB).some((y) => inRun(a, x, b.terms.slice(y[0], y[1] + 1)) && sameSlot(a, x, b, y, credit)));
}

/**
 * Two names that may be one written two ways: spelling variants, abbreviations ("Okla." / "Oklahoma"), and two names of
 * one country ("U.S." / "American", "Washington" / "the United States").
 */
function nameVariant(x: Term, y: Term): boolean {
  const [p, q] = [x.key.replace(/^=/, ''), y.key.replace(/^=/, '')].sort((m, n) => m.length - n.length) as [string, string];
  return nearSpelling(p, q) || (p.length >= 3 && q.startsWith(p)) || (x.country !== undefined && x.country.name === y.country?.name);
}

/** The place of one term in its statement, as a run of one. */
const one = (s: Statement, t: Term): [number, number] => {
  const i = s.terms.indexOf(t);
  return [i, i];
};

/**
 * The terms `from`–`to` of `a` and of `b` stand in the same place: the terms on each side of them match (or the
 * statement ends there on both sides), and at least one side has a term.
 */
function sameSlot(a: Statement, [i, k]: [number, number], b: Statement, [j, l]: [number, number], credit: MatchCredit): boolean {
  const alike = (x: Term | undefined, y: Term | undefined) => (x === undefined ? y === undefined : y !== undefined && termMatch(x, y, credit) >= credit.broader);
  const before = a.terms[i - 1];
  const after = a.terms[k + 1];
  return (before !== undefined || after !== undefined) && alike(before, b.terms[j - 1]) && alike(after, b.terms[l + 1]);
}

/** One letter added, dropped or changed in a name of four letters or more (two in one of eight or more). */
function nearSpelling(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length);
  if (shorter < 4) return false;
  const allowed = shorter >= 8 ? 2 : 1;
  if (Math.abs(a.length - b.length) > allowed) return false;
  // Edit distance, stopped once a row exceeds what is allowed.
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...next) > allowed) return false;
    row = next;
  }
  return row[b.length]! <= allowed;
}

/** Share of the matched content whose polarity flips above which two statements say opposite things. */
export const FLIPPED_SHARE = 0.25;
/**
 * Two statements are read as opposite only when each states this much of the other's content: a looser pair that differs
 * in polarity is usually worded differently ("not join NATO" / "stay out of NATO") or about another thing ("no strike is
 * planned" / "the port authority is seeking talks"), not a contradiction.
 */
export const OPPOSITE_MIN_SCORE = 0.75;

export interface CompareOptions {
  credit: MatchCredit;
  shorterSideWeight: number;
  /**
   * The learned second opinion on "same": by default the shipped one (data/alignment-model.json); null: the score's
   * threshold alone.
   */
  model?: Pick<AlignmentModel, 'mean' | 'sd' | 'weights' | 'bias' | 'threshold'> | null;
}
export const DEFAULT_COMPARE_OPTIONS: CompareOptions = { credit: MATCH_CREDIT, shorterSideWeight: SHORTER_SIDE_WEIGHT };

/** Compares two prepared statements. `weight` says how much each term counts (default: its rarity in news). */
export function compareStatementTerms(a: Statement, b: Statement, weight: (t: Term) => number = termWeight, options: CompareOptions = DEFAULT_COMPARE_OPTIONS): StatementComparison {
  const { score, measures, ab, ba } = alignmentMeasures(a, b, weight, options);
  // When both statements deny something, a name inside one negation's reach and outside the other's is word order
  // ("no summit between Lin and Okafor" / "no summit between Okafor and Lin"), not a difference of polarity.
  // And when each makes one denial, it is one placed differently ("No date was set" / "A date was not
  // set"): the statements agree.
  // A denial one statement makes with "not" and the other with a contrary word is no difference either ("did not win
  // the election" / "lost the election").
  const oneDenial = (a.denials === 1 && b.denials === 1) || (ab.absorbed + ba.absorbed > 0 && Math.abs((a.denials ?? 0) - (b.denials ?? 0)) === 1);
  const flippedOf = (c: Coverage) => (oneDenial ? 0 : c.flipped - (a.negated && b.negated ? c.flippedNames : 0));
  const flips = Math.max(ab.matched ? flippedOf(ab) / ab.matched : 0, ba.matched ? flippedOf(ba) / ba.matched : 0);
  // A word matched only by its antonym ("won" / "lost", "raised" / "cut") turns the statement whatever its share.
  const negationFlipped = flips > FLIPPED_SHARE || ab.contraries + ba.contraries > 0 || (!(a.negated && b.negated) && !oneDenial && ab.slotFlips + ba.slotFlips > 0);
  const flipped = negationFlipped || rolesSwapped(a, b, options.credit);
  const wordMatched: [boolean, boolean] = [ab.words.total === 0 || ab.words.found > 0, ba.words.total === 0 || ba.words.found > 0];
  const namesApart: [boolean, boolean] = [ab.unmatchedNames.length > 0, ba.unmatchedNames.length > 0];
  const twoFacts: StatementComparison = { score, same: false, opposite: false, coverage: [ab.share, ba.share], contained: false, wordMatched, namesApart };
  // "The service was suspended" / "The service resumed": two facts in turn, not one.
  if (ab.successions + ba.successions > 0) return { ...twoFacts, successive: true };
  if (
    // "will visit next week" / "visited last week": two times relative to the report, and neither gives the other's.
    relativeTimesDiffer(a, b) ||
    // "All 40 workers were evacuated" / "Some workers were evacuated": all of them against part of them.
    quantifiersDiffer(a, b) ||
    // Each names someone or somewhere the other does not, in the same place, all else alike ("Ana Lin was elected
    // mayor" / "Ben Ortiz was elected mayor"): two statements about two referents, not one in other words.
    (Math.min(share(ab.words), share(ba.words)) >= NAME_CONFLICT_WORDS && namesConflict(a, b, ab.unmatchedNames, ba.unmatchedNames, options.credit)) ||
    // Two names printed with one word in common and each ending in another ("the frigate HMS Velmar" / "the frigate HMS
    // Tarrow"): two ships, two people of one family, two clubs of one town — two referents, not one in other words.
    namesEndApart(a, b, ab.unmatchedNames, ba.unmatchedNames, options.credit) ||
    // Different figures for one unit ("25% on steel" / "10% on aluminium") are one fact in disagreement only when all
    // the rest matches; otherwise they are two facts about two things.
    (figuresDiffer(a, b) && Math.min(contentShare(a, b, weight, options.credit), contentShare(b, a, weight, options.credit)) < FIGURE_CONFLICT_CONTENT)
  ) {
    return twoFacts;
  }
  const [shorter, short] = ab.weight <= ba.weight ? [a, ab] : [b, ba];
  // Stated whole: every ordinary word of the shorter has its match ("Harbor Works fires the ferry software team" is not
  // within "… the ferry software team will move to Velmar, Harbor Works said": "fires", what happens, is not there).
  const contained = !flipped && short.share >= CONTAINED_SHARE && short.unmatchedWords === 0 && new Set(shorter.terms.map((t) => t.key)).size >= MIN_CONTAINED_TERMS;
  // Opposite: the same statement but for a negation, so both must be stated almost whole by the other, and no word of
  // either left without a match ("the authority rejected a 7 percent raise" / "the union wants a 7 percent raise":
  // "want" has no match, and who wants is not who rejects).
  const opposite =
    negationFlipped && Math.min(ab.share, ba.share) >= OPPOSITE_MIN_SCORE && Math.min(a.terms.length, b.terms.length) >= MIN_CONTAINED_TERMS && ab.unmatchedWords + ba.unmatchedWords === 0;
  const model = options.model === undefined ? alignmentModel() : options.model;
  const likely = score >= SAME_STATEMENT_SCORE || (model !== null && sameProbability(model, measures) >= model.threshold);
  return { score, same: likely && !flipped, opposite, coverage: [ab.share, ba.share], contained, wordMatched, namesApart };
}

/**
 * The score of a comparison and the measures the alignment model reads (ALIGNMENT_FEATURES, in order), with each
 * direction's coverage.
 */
export function alignmentMeasures(a: Statement, b: Statement, weight: (t: Term) => number = termWeight, options: Pick<CompareOptions, 'credit' | 'shorterSideWeight'> = DEFAULT_COMPARE_OPTIONS) {
  const ab = coverage(a, b, weight, options.credit);
  const ba = coverage(b, a, weight, options.credit);
  const [short, long] = ab.weight <= ba.weight ? [ab, ba] : [ba, ab];
  const meaning = options.shorterSideWeight * short.share + (1 - options.shorterSideWeight) * long.share;
  const wording = wordingOverlap(a.words, b.words);
  // A paraphrase in other words keeps the meaning alone: it counts, a step lower, when it beats the blend.
  const score = Math.max(MEANING_SHARE * meaning + (1 - MEANING_SHARE) * (wording[0] + wording[1]) / 2, meaning - PARAPHRASE_DISCOUNT);
  const bothNamed = ab.names.total > 0 && ba.names.total > 0;
  const measures = [
    score,
    Math.min(...wording),
    Math.min(share(ab.words), share(ba.words)),
    Math.log1p(Math.min(ab.found, ba.found)),
    bothNamed ? 1 : 0,
    bothNamed ? Math.max(share(ab.names), share(ba.names)) : 0,
    sharesFigure(a, b) ? 1 : 0,
  ];
  return { score, measures, ab, ba };
}

/** The two statements print a figure of the same value and unit. */
function sharesFigure(a: Statement, b: Statement): boolean {
  const figures = new Set(a.terms.filter((t) => t.kind === 'quantity').map((t) => t.key));
  return figures.size > 0 && b.terms.some((t) => t.kind === 'quantity' && figures.has(t.key));
}

/**
 * Every term of `shown` has its match in `statement`, which may say more: each ordinary word the same, a synonym, a
 * derivation or one step up or down the hierarchy, each name, figure and date found. With no word of its own (a name
 * alone, a figure) `shown` says too little to tell.
 */
export function holdsEveryTerm(shown: Statement, statement: Statement, weight: (t: Term) => number = termWeight): boolean {
  const c = coverage(shown, statement, weight, MATCH_CREDIT);
  return c.words.total > 0 && c.unmatchedWords === 0 && c.unmatchedNames.length === 0 && c.unmatchedFigures === 0;
}

/** Share of the shorter statement's content the longer must state for the shorter to be contained in it. */
export const CONTAINED_SHARE = 0.85;
/** Fewest content terms of a statement that can be contained in another (shorter ones say too little to tell). */
export const MIN_CONTAINED_TERMS = 4;

/** Share of the other content (figures and dates aside) that must match for two different figures to be one fact. */
export const FIGURE_CONFLICT_CONTENT = 0.75;

/** A passive with or without its agent: "was fired as coach of the Tarrow club", "was arrested". */
const ANY_PASSIVE = /\b(?:was|were|been|being|is|are|be|got|get)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|ught|lt|nt)\b/i;
/** "was attacked by", "is being pressured by": the agent comes after the patient. */
const PASSIVE = new RegExp(String.raw`${ANY_PASSIVE.source}\s+by\b`, 'i');

/**
 * Two names in one order in one statement and the other order in the other ("Brandauer is willing to meet Markovich" /
 * "Markovich is willing to meet Brandauer"): who did what to whom differs. Passives, which swap the order, are left
 * alone, and so are names joined as equals ("between Lin and Okafor", "a Lin-Okafor summit") in either statement.
 * With more than two matched names, only two on either side of one verb are read: which of them is the agent is not
 * known from order alone ("a meeting at Brenmoor Hall with Okafor" / "hosted Okafor at Brenmoor Hall" swaps a place and
 * a person, not roles).
 */
function rolesSwapped(a: Statement, b: Statement, credit: MatchCredit): boolean {
  // The patient first in one, the agent first in the other: "the Tarrow club fired Lin" / "Lin was fired as coach of
  // the Tarrow club" (a passive without its agent names the other party after the verb in another role).
  if (PASSIVE.test(a.text) || PASSIVE.test(b.text) || ANY_PASSIVE.test(a.text) !== ANY_PASSIVE.test(b.text)) return false;
  const names = (s: Statement) => s.terms.filter((t) => t.kind === 'name');
  const na = names(a);
  const nb = names(b);
  if (na.length < 2 || nb.length < 2) return false;
  // Each of a's names with its match in b (one to one), in a's order.
  const pairs: [Term, Term][] = [];
  for (const x of na) {
    const y = nb.find((u) => termMatch(x, u, credit) >= credit.derived && !pairs.some((p) => p[1] === u));
    if (y) pairs.push([x, y]);
  }
  const between = (s: Statement, x: Term, y: Term) => (x.at === undefined || y.at === undefined ? undefined : s.text.slice(Math.min(x.at + (x.length ?? 0), y.at + (y.length ?? 0)), Math.max(x.at, y.at)));
  const joined = (gap: string | undefined) => gap === undefined || COORDINATED.test(gap);
  // With more names, two on either side of one verb, in the other order around the same verb ("Ana Lin attacked Ben
  // Ortiz outside the Velmar court" / "Ben Ortiz attacked Ana Lin outside …").
  if (pairs.length > 2) {
    // Names next to each other are one ("Ana Lin", which the lexicon reads as two), read by their first term; the one
    // term between the end of x's run of names and y is the verb.
    const around = (s: Statement, x: Term, y: Term) => {
      let end = s.terms.indexOf(x);
      while (s.terms[end + 1]?.kind === 'name') end++;
      return s.terms.indexOf(y) - end === 2 ? s.terms[end + 1] : undefined;
    };
    const heads = pairs.filter(([x]) => a.terms[a.terms.indexOf(x) - 1]?.kind !== 'name');
    return heads.some(([x1, y1], i) =>
      heads.slice(i + 1).some(([x2, y2]) => {
        const verb = around(a, x1, x2);
        const other = around(b, y2, y1);
        return verb?.kind === 'word' && other !== undefined && termMatch(verb, other, credit) >= credit.synonym;
      }),
    );
  }
  if (pairs.length !== 2) return false;
  const [[x1, y1], [x2, y2]] = pairs as [[Term, Term], [Term, Term]];
  if (!(nb.indexOf(y1) > nb.indexOf(y2) && !joined(between(a, x1, x2)) && !joined(between(b, y1, y2)))) return false;
  // What one does to the other is said between them in both: "Lin attacked Ortiz" / "Ortiz attacked Lin", "Lin wants
  // talks with Ortiz" / "Ortiz wanted talks with Lin". Without a word in common there but a role
  // ("Lin is out as coach of the Tarrow club" / "the Tarrow club fired its coach Lin"), the order is the
  // phrasing's.
  const inner = (s: Statement, x: Term, y: Term) => {
    const [i, j] = [s.terms.indexOf(x), s.terms.indexOf(y)].sort((m, n) => m - n) as [number, number];
    return s.terms.slice(i + 1, j).filter((t) => t.kind === 'word' && !t.lemmas.some(isPersonNoun));
  };
  const wa = inner(a, x1, x2);
  const wb = inner(b, y1, y2);
  return wa.some((u) => wb.some((v) => termMatch(u, v, credit) >= credit.derived));
}

/** What stands between two names joined as equals: "and", "or", "&", "/", a hyphen, a comma of a list, or nothing. */
const COORDINATED = /^[\s,]*(?:(?:and|or|&|\/|-|–|with|vs\.?|versus)[\s,]*)?$/i;

/** Both give a time relative to the report ("last week", "next month") and share none. */
function relativeTimesDiffer(a: Statement, b: Statement): boolean {
  const relative = (s: Statement) => new Set(s.terms.filter((t) => t.kind === 'date' && t.key.startsWith(`@${RELATIVE_PREFIX}`)).map((t) => t.key));
  const x = relative(a);
  const y = relative(b);
  return x.size > 0 && y.size > 0 && ![...x].some((k) => y.has(k));
}

/** Words that say all of what follows, and words that say part of it ("some workers", "most of the flights"). */
const WHOLE = /\b(?:all|every|each)\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?:\d[\d,]*\s+)?(\p{L}+)(?:\s+(\p{L}+))?/giu;
const PART = /\b(?:some|several|a few|few|many|most|a number)\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?(\p{L}+)(?:\s+(\p{L}+))?/giu;

/**
 * One says all of a thing and the other part of it ("all workers" / "some workers"), the thing the same word: one of
 * the two words after the quantifier (a modifier may come first: "all local workers").
 */
function quantifiersDiffer(a: Statement, b: Statement): boolean {
  const things = (s: Statement, pattern: RegExp) =>
    new Set([...s.text.matchAll(pattern)].flatMap((m) => [m[1], m[2]].filter((w): w is string => w !== undefined && !FUNCTION_WORDS.has(w.toLowerCase())).flatMap((w) => lemmasOf(w.toLowerCase()))));
  const meets = (x: Set<string>, y: Set<string>) => [...x].some((l) => y.has(l));
  return meets(things(a, WHOLE), things(b, PART)) || meets(things(a, PART), things(b, WHOLE));
}

/** Both give a figure in one unit, and no figure of that unit is in both. */
function figuresDiffer(a: Statement, b: Statement): boolean {
  for (const x of a.terms) {
    if (x.kind !== 'quantity') continue;
    const sameUnit = b.terms.filter((y) => y.kind === 'quantity' && y.unit === x.unit);
    if (sameUnit.length > 0 && !sameUnit.some((y) => y.key === x.key) && !a.terms.some((z) => z !== x && sameUnit.some((y) => y.key === z.key))) return true;
  }
  return false;
}

/** The weighted share of `a`'s words and names (not figures or dates) matched in `b`. */
function contentShare(a: Statement, b: Statement, weight: (t: Term) => number, credit: MatchCredit): number {
  const words = (s: Statement): Statement => ({ ...s, terms: s.terms.filter((t) => t.kind === 'word' || t.kind === 'name') });
  return coverage(words(a), words(b), weight, credit).share;
}

/** The share of each statement's words found in the other. */
function wordingOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): [number, number] {
  if (a.size === 0 || b.size === 0) return [0, 0];
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return [shared / a.size, shared / b.size];
}

/**
 * Whether two sentences state the same thing, in different words or not: a score (0–1) and the decision.
 *
 * @example compareStatements('Lin will visit the UK on July 13.', 'Lin’s trip to Britain is set for the 13th of July.').same // true
 */
export function compareStatements(a: string, b: string): { score: number; same: boolean } {
  const r = compareStatementTerms(toStatement(a), toStatement(b));
  return { score: r.score, same: r.same };
}
