// Facts → a neutral brief: complete sentences in an outlet's own voice that stand alone, the facts carried by the most
// independent reports first (copies folded), no two saying one thing, each citing every article whose own claim states
// what the sentence says and listing the articles that carry its fact in other words.
import type { ArticleSpan, BriefSentence } from '../model/report.js';
import { hasWholeWord, nameWordsIn } from '../language/index.js';
import { toStatement, type Statement, type Term } from './statement.js';
import { attributedOutside, clauseSpan, closingSpeakerWords, hasQuoteMarks, sameFooting, type Claim } from './claims.js';
import { WEEKDAYS } from './rules/statement-words.js';
import { compareStatementTerms, type StatementComparison } from './compare-statements.js';
import type { BuiltFact } from './facts.js';
import { NEAR_SCORE } from './align.js';
import { FRAMING_RULES } from './rules/framing.js';

/** The brief's length cap, in sentences. */
export const BRIEF_SENTENCES = 8;
/** How many facts' sentences are chosen from, per brief sentence: the brief keeps those citing the most articles. */
const BRIEF_POOL = 2;
/** Wordings of one fact tried as its brief sentence (a fact printed in hundreds of ways is sampled in order). */
const BRIEF_CANDIDATES = 12;
/** Longest brief sentence, in characters: a longer one is a paragraph, not a summary line. */
const MAX_BRIEF_CHARS = 400;

/** Share of a brief sentence's content an article's claim must state for the sentence to cite that article. */
export const CITE_SHARE = 0.8;
/** The share of the sentence a claim judged the same statement in other words must still state (two thirds). */
export const SAME_CITE_SHARE = 2 / 3;

/** How much more fully a later candidate must be stated by the cited articles to replace one citing as many. */
const SUPPORT_MARGIN = 0.1;

/** The brief of facts ordered as buildFacts orders them; `rootOf` gives the article an article is a copy of (or itself). */
export function buildBrief(facts: BuiltFact[], rootOf: (articleId: string) => string = (id) => id): BriefSentence[] {
  const chosen: { claim: Claim; span: ArticleSpan; cites: string[]; alsoIn: string[] }[] = [];
  for (const f of facts) {
    if (chosen.length >= BRIEF_SENTENCES * BRIEF_POOL) break;
    // A whole sentence of the fact that reads alone, citing every article whose claim states it; the one cited most.
    let best: { claim: Claim; span: ArticleSpan; cites: string[]; support: number; speaker: string[] } | undefined;
    // Copies print one wording many times: each wording is tried, and tested against, once.
    const wordings = new Map<string, Claim[]>();
    for (const c of f.group.claims) wordings.set(c.span.text, [...(wordings.get(c.span.text) ?? []), c]);
    const distinct = [...wordings.values()];
    const candidates = [f.group.display.claim, ...distinct.map((w) => w[0]!)].slice(0, BRIEF_CANDIDATES);
    for (const claim of candidates) {
      // The whole sentence, or its main clause when the other outlets state only that ("The port authority is now seeking
      // talks" before ", but …"); a sentence wins over a clause that cites no more articles. Not a clause cut from the
      // sentence's attribution ("…, the port authority said"): alone it would state as fact what someone said.
      const units = [
        ...(claim.standalone ? [{ span: claim.span, statement: claim.statement }] : []),
        ...claim.clauses.filter((k) => k.main && !k.fragment && !attributedOutside(claim, k)).map((k) => ({ span: clauseSpan(claim, k), statement: k.statement })),
      ];
      for (const u of units) {
        if (!neutral(u.span.text) || u.span.text.length > MAX_BRIEF_CHARS) continue;
        const own = (w: Claim[]) => w[0]!.articleId === claim.articleId || w[0]!.span.text === claim.span.text;
        // A sentence saying who said it ("Ana Lin said …", "…, the port authority said") cites only articles that name
        // that speaker: another's report of the same words is not what the sentence states.
        const speaker = speakerWords(claim, u.span.text);
        // Each other wording's share of the unit when it states it (null when not).
        const shares = distinct.map((w) => (own(w) || !mayCite(w[0]!, u.statement, claim, speaker) ? null : statedShare(w[0]!, u.statement)));
        const cites = [...new Set(distinct.filter((w, i) => own(w) || shares[i] !== null).flat().map((o) => o.articleId))];
        // How fully the least supporting cited article states it: between a sentence and its main clause citing as
        // many, the one every cited article states more fully ("… on Monday" before "… on Monday in an effort to …",
        // which the other article does not give).
        const support = Math.min(1, ...shares.filter((x): x is number => x !== null));
        if (!best || cites.length > best.cites.length || (cites.length === best.cites.length && support > best.support + SUPPORT_MARGIN)) best = { claim: { ...claim, statement: u.statement }, span: u.span, cites, support, speaker };
      }
    }
    if (!best || chosen.some((x) => sayOne(x.claim, best!.claim))) continue;
    chosen.push({ ...best, alsoIn: inOtherWords(f, best.claim, best.cites, best.speaker) });
  }
  // The sentences the most reports state first (copies folded): a fact many outlets carry in words of their own may have
  // no sentence more than one of them states, and is then shown after the sentences that cite more (the sort is
  // stable: among sentences citing as many, the facts with the most independent sources first).
  return chosen
    .map((c) => ({ ...c, reports: new Set([...c.cites, ...c.alsoIn].map(rootOf)).size, stating: new Set(c.cites.map(rootOf)).size }))
    .sort((a, b) => b.reports - a.reports || b.stating - a.stating)
    .slice(0, BRIEF_SENTENCES)
    .map(({ span, cites, alsoIn }) => ({ text: asSentence(span.text), articleIds: cites, ...(alsoIn.length > 0 ? { alsoIn } : {}), source: span }));
}

/**
 * The articles of a brief sentence's fact that it does not cite but that carry the fact in words of their own (the
 * comparison aligned their claim with the fact's): a reader sees the fact's whole coverage, and which articles print
 * the sentence's content itself. Such an article's claim must still be close to the sentence (NEAR_SCORE, not its
 * denial, nor what undoes it: "left the clinic" carries no "checked into the clinic"), give every date, weekday and
 * figure the sentence gives, stand on the same footing (outright, on a condition, as a possibility) and name the
 * speaker the sentence names: the sentence may be one clause of a longer fact, and an article giving 1,200 hectares
 * does not carry a sentence saying 1,500.
 */
function inOtherWords(f: BuiltFact, sentence: Claim, cites: string[], speaker: string[]): string[] {
  const cited = new Set(cites);
  const found = new Set<string>();
  for (const c of f.group.claims) {
    if (cited.has(c.articleId) || found.has(c.articleId) || !mayCite(c, sentence.statement, sentence, speaker)) continue;
    const r = compareStatementTerms(sentence.statement, c.statement);
    if ((r.same || r.contained || r.score >= NEAR_SCORE) && !r.opposite && !r.successive) found.add(c.articleId);
  }
  return [...found];
}

/**
 * Whether a claim may support a sentence at all: made on the same footing as the sentence's source (outright, on a
 * condition, as a possibility), printing every date, weekday and figure the sentence gives (an article that does not
 * give them does not support it, however much else it shares), and naming the speaker the sentence names ("Ana Lin
 * said …": another's report of the same words is not what the sentence states).
 */
function mayCite(claim: Claim, sentence: Statement, source: Pick<Claim, 'conditional' | 'possible'>, speaker: string[]): boolean {
  if (!sameFooting(claim, source) || !givesFigures(claim, sentence)) return false;
  return speaker.length === 0 || speaker.some((x) => hasWholeWord(claim.span.text, x));
}

/**
 * Every date, weekday and figure of `sentence` is printed in the claim's sentence ("On Friday", "1,200 hectares"), in
 * what it states or in passing ("The strike, in 2024, lasted six days").
 */
function givesFigures(claim: Claim, sentence: Statement): boolean {
  const figure = (t: Term) => t.kind === 'date' || t.kind === 'quantity' || WEEKDAYS.has(t.key);
  const needed = sentence.terms.filter(figure);
  if (needed.length === 0) return true;
  const given = new Set([...claim.statement.terms, ...toStatement(claim.span.text).terms].filter(figure).map((t) => t.key));
  return needed.every((t) => given.has(t.key));
}

/** The words naming who a brief sentence says said it: its closing attribution's, or the speaker the claim opens with. */
function speakerWords(claim: Claim, text: string): string[] {
  return [...closingSpeakerWords(text), ...(claim.reported && claim.attributedTo ? nameWordsIn(claim.attributedTo, text) : [])];
}

/** A main clause shown as a sentence ends with a period ("The port authority is now seeking talks."); `source` keeps the words as printed. */
function asSentence(text: string): string {
  return /[.!?]["”’)]*$/u.test(text) ? text : `${text.replace(/[,;:—–-]\s*$/u, '')}.`;
}

/**
 * The share of `sentence` that `other` states, when it states it (else null; a claim that mayCite it): most of the
 * sentence's content is in it, or it (or one of its clauses) is the same statement in other words by the test that
 * aligns facts and still states two thirds of it. A looser likeness is not enough to cite; a claim that states a small
 * part of the sentence is not cited for it.
 */
function statedShare(other: Claim, sentence: Statement): number | null {
  const bare = compareStatementTerms(sentence, other.statement);
  // A claim that denies the sentence or undoes it ("left the clinic" / "checked into the clinic") states it at no share.
  if (bare.opposite || bare.successive) return null;
  const whole = withAsides(other, sentence, bare);
  const sameEnough = (r: StatementComparison) => r.same && r.coverage[0] >= SAME_CITE_SHARE;
  const states = whole.coverage[0] >= CITE_SHARE || sameEnough(whole) || other.clauses.some((k) => sameEnough(compareStatementTerms(sentence, k.statement)));
  return states ? whole.coverage[0] : null;
}

/**
 * The comparison with the claim's whole printed sentence when that states more of `sentence` than the claim does
 * without its asides ("The last strike, in 2024, lasted six days" prints the year the sentence gives): what an outlet
 * says in passing it still prints. Not for a sentence with quotation marks, whose quoted words are not the outlet's.
 */
function withAsides(claim: Claim, sentence: Statement, bare: StatementComparison): StatementComparison {
  if (claim.statement.text === claim.span.text || hasQuoteMarks(claim.span.text)) return bare;
  const printed = compareStatementTerms(sentence, toStatement(claim.span.text));
  return printed.coverage[0] > bare.coverage[0] ? printed : bare;
}

/** Two brief candidates say one thing: the same statement, or one stated within the other. */
function sayOne(a: Claim, b: Claim): boolean {
  const r = compareStatementTerms(a.statement, b.statement);
  return r.same || r.contained;
}

/** No framing cue (hedge, loaded word): the brief stays neutral. */
function neutral(text: string): boolean {
  return !FRAMING_RULES.some((r) => new RegExp(r.pattern.source, 'i').test(text));
}
