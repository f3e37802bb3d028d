// Facts → where outlets disagree about them: different figures for one quantity, different dates for one event, or one
// outlet affirming what another denies. Only claims aligned as one fact are compared, never two different things.
import type { Article } from '../model/article.js';
import type { ArticleSpan, Discrepancy } from '../model/report.js';
import type { Opposition } from './align.js';
import type { Claim } from './claims.js';
import { compareStatementTerms, MATCH_CREDIT, termMatch } from './compare-statements.js';
import type { Statement } from './statement.js';
import type { BuiltFact } from './facts.js';

interface Figure extends ArticleSpan {
  unit: string;
  value: number;
  /** The words around the figure in its claim: what it counts or measures ("workers … evacuated"). */
  context: Statement;
  claim: Claim;
}

/** Content terms on each side of a figure read as what it is about. */
const CONTEXT_TERMS = 4;
/** Units that say what is measured (area, distance, weight): one figure in one of them in a story is one quantity. */
const SPECIFIC_UNITS = new Set(['km', 'mile', 'kg', 'tonne', 'hectare', 'acre']);
/** Units used for many different things in one story (shares, sums): the context must match almost whole. */
const GENERIC_UNITS = new Set(['percent', 'usd', 'eur', 'gbp', '']);
/** Share of each figure's context the other must match when the unit is generic ("25% on steel" ≠ "10% on aluminium"). */
const GENERIC_CONTEXT_SHARE = 0.75;

/** The figures of every claim, with their context. */
function figuresOf(claims: Claim[], articles: Map<string, Article>): Figure[] {
  const out: Figure[] = [];
  for (const c of claims) {
    const terms = c.statement.terms;
    terms.forEach((t, i) => {
      if (t.kind !== 'quantity' || t.at === undefined || t.value === undefined) return;
      const start = c.span.start + t.at;
      const around = [...terms.slice(Math.max(0, i - CONTEXT_TERMS), i), ...terms.slice(i + 1, i + 1 + CONTEXT_TERMS)].filter((x) => x.kind === 'word' || x.kind === 'name');
      out.push({
        articleId: c.articleId,
        text: articles.get(c.articleId)!.text.slice(start, start + t.length!),
        start,
        end: start + t.length!,
        unit: t.unit ?? '',
        value: t.value,
        context: { text: '', terms: around, words: new Set(), negated: false },
        claim: c,
      });
    });
  }
  return out;
}

/**
 * One quantity given different values by independent articles. Figures are one quantity when they have the same unit
 * and say what they measure alike: for a specific unit (hectares, tonnes) one shared context word; for a counted
 * thing ("40 workers" / "45 workers") one shared word besides it ("evacuated" / "evacuation"); for a generic unit
 * (percent, money) nearly all of their context. An article giving both values is not at odds with one giving one.
 */
function figureDiscrepancies(claims: Claim[], rootOf: (articleId: string) => string, articles: Map<string, Article>): Discrepancy[] {
  const figures = figuresOf(claims, articles);
  const out: Discrepancy[] = [];
  const used = new Set<Figure>();
  const alike = (x: Figure, y: Figure) => {
    if (x.unit !== y.unit) return false;
    if (GENERIC_UNITS.has(x.unit)) return x.unit !== '' && Math.min(...compareStatementTerms(x.context, y.context).coverage) >= GENERIC_CONTEXT_SHARE;
    const shared = x.context.terms.filter((t) => y.context.terms.some((u) => termMatch(t, u) >= MATCH_CREDIT.derived)).length;
    // A counted thing's own word is in both contexts ("workers"): one more word must be shared.
    return shared >= (SPECIFIC_UNITS.has(x.unit) ? 1 : 2);
  };
  // Figures with the same unit and context words (copies, templated lines) are compared once, as one class.
  const signature = (f: Figure) => `${f.unit}|${f.context.terms.map((t) => t.key).join(' ')}`;
  const classes = new Map<string, Figure[]>();
  for (const f of figures) classes.set(signature(f), [...(classes.get(signature(f)) ?? []), f]);
  const classesOfUnit = new Map<string, string[]>();
  for (const [k, members] of classes) classesOfUnit.set(members[0]!.unit, [...(classesOfUnit.get(members[0]!.unit) ?? []), k]);
  const alikeCache = new Map<string, boolean>();
  const alikeClasses = (a: string, b: string) => {
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    let r = alikeCache.get(key);
    if (r === undefined) alikeCache.set(key, (r = alike(classes.get(a)![0]!, classes.get(b)![0]!)));
    return r;
  };
  const order = new Map(figures.map((f, i) => [f, i]));
  for (const x of figures) {
    if (used.has(x)) continue;
    const own = signature(x);
    const peers = classesOfUnit
      .get(x.unit)!
      .filter((k) => alikeClasses(own, k))
      .flatMap((k) => classes.get(k)!)
      .filter((y) => y !== x && !used.has(y))
      .sort((a, b) => order.get(a)! - order.get(b)!);
    const all = [x, ...peers];
    const byRoot = new Map<string, Set<number>>();
    for (const f of all) byRoot.set(rootOf(f.articleId), (byRoot.get(rootOf(f.articleId)) ?? new Set()).add(f.value));
    if (byRoot.size < 2 || new Set(all.map((f) => f.value)).size < 2 || [...byRoot.values()].some((v) => v.size > 1)) continue;
    all.forEach((f) => used.add(f));
    const one = new Map<number, Figure>();
    for (const f of all) if (!one.has(f.value)) one.set(f.value, f);
    out.push({ about: x.claim.span.text, kind: 'number', values: [...one.values()].map(({ articleId, text, start, end }) => ({ articleId, text, start, end })) });
  }
  return out;
}

/**
 * The discrepancies of a story: figures for one quantity (see figureDiscrepancies; "20%" and "20 percent" are one
 * value); within each fact, dates when each claim carries one explicit date and neither contains the other ("early
 * March" holds "March 23"); and claims one outlet affirms and another denies (polarity).
 */
export function findDiscrepancies(facts: BuiltFact[], oppositions: Opposition[], rootOf: (articleId: string) => string, articles: Map<string, Article>): Discrepancy[] {
  const out: Discrepancy[] = [];
  const claims = facts.flatMap((f) => f.group.claims);
  out.push(...figureDiscrepancies(claims, rootOf, articles));
  for (const { fact, group } of facts) {
    if (new Set(group.claims.map((c) => rootOf(c.articleId))).size < 2) continue;
    const dated = new Map<string, (ArticleSpan & { value: string })[]>();
    for (const c of group.claims) {
      const dates = (articles.get(c.articleId)!.dates ?? []).filter((d) => d.value && d.start >= c.span.start && d.end <= c.span.end && /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i.test(d.text));
      if (dates.length === 1) dated.set(rootOf(c.articleId), [...(dated.get(rootOf(c.articleId)) ?? []), { articleId: c.articleId, text: dates[0]!.text, start: dates[0]!.start, end: dates[0]!.end, value: dates[0]!.value! }]);
    }
    const firsts = [...dated.values()].map((d) => d[0]!);
    const clash = firsts.some((x) => firsts.some((y) => !x.value.startsWith(y.value) && !y.value.startsWith(x.value)));
    if (firsts.length > 1 && clash) out.push({ about: fact.text, kind: 'date', values: firsts.map(({ articleId, text, start, end }) => ({ articleId, text, start, end })) });
  }
  for (const o of oppositions) {
    if (rootOf(o.a.articleId) === rootOf(o.b.articleId)) continue;
    out.push({ about: o.a.span.text, kind: 'polarity', values: [o.a.span, o.b.span] });
  }
  return out;
}
