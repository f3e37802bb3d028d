// Report → text for a terminal: each story's sources, headlines, brief, shared facts, quotes and disagreements, short
// enough to read (the full report is --format json, md or html).
import type { Report, StoryReport, WordDiff } from '../model/report.js';
import { primarySourceLabel } from './markdown.js';
import { briefCitations, citationNumbers, factText, groupArticles, plural, quoteHeading, SIMILAR_LABEL, quoteRows, shownNote, sourceKey, splitFacts, splitQuotes } from './common.js';

/** Shared facts and quote groups listed per story on a terminal. */
const FACTS_IN_TEXT = 10;
const QUOTES_IN_TEXT = 6;

export function renderText(report: Report): string {
  return report.stories.map(storyText).join('\n') + (report.stories.length === 0 ? 'No stories.\n' : '');
}

function storyText(s: StoryReport): string {
  const key = sourceKey(s);
  const cite = (ids: string[]) => `[${citationNumbers(key, ids).join(',')}]`;
  const lines: string[] = [];
  const line = (text = '') => lines.push(text);
  line(`■ ${s.title}`);
  line(`  ${plural(s.articleIds.length, 'article')} · ${plural(s.outlets.length, 'outlet')} · ${plural(s.independentSources, 'independent source')} · story ${s.id}`);
  if (s.partial) line(`  Partial report: ${s.partial.compared} of ${s.partial.articles} articles compared (${s.partial.reason}).`);
  for (const p of s.primarySources.slice(0, 3)) line(`  Primary source: ${primarySourceLabel(p)} ${cite(p.articleIds)}`);
  line('  Sources:');
  for (const x of s.sources) line(`    [${x.n}] ${x.outlet}${x.copyOf ? ` — copy of [${x.copyOf}]` : ''}`);
  const distinct = new Set(s.headlines.map((h) => h.text.toLowerCase()));
  if (distinct.size > 1) {
    line('  Headlines (* words no other headline uses):');
    for (const h of s.headlines.slice(0, 8)) line(`    ${cite([h.articleId])} ${marked(h.words, '*')}`);
  }
  if (s.brief.length) {
    line('  Brief:');
    for (const b of s.brief) line(`    • ${b.text} ${briefCitations(b, cite)}`);
  }
  const facts = splitFacts(s);
  if (facts.shared.length) {
    line(`  Reported by several articles${shownNote(Math.min(FACTS_IN_TEXT, facts.shared.length), facts.shared.length)}:`);
    for (const f of facts.shared.slice(0, FACTS_IN_TEXT)) line(`    • ${factText(f)} ${cite(f.articleIds)}`);
  }
  if (facts.single.length) {
    const similar = facts.single.filter((f) => f.similarIn).length;
    line(`  ${plural(facts.single.length, 'fact is', 'facts are')} in one article only${similar ? `, ${similar} of them with ${SIMILAR_LABEL} others` : ''} (see --format html).`);
  }
  const quotes = splitQuotes(s);
  if (quotes.shared.length) {
    line(`  Quotes printed by more than one outlet${shownNote(Math.min(QUOTES_IN_TEXT, quotes.shared.length), quotes.shared.length)}:`);
    for (const g of quotes.shared.slice(0, QUOTES_IN_TEXT)) {
      line(`    ${quoteHeading(g)} (${plural(groupArticles(g), 'article')}${g.wordingDiffers ? ', wording differs' : ''})`);
      for (const row of quoteRows(g, key)) {
        const wording = row.mentions.map((m) => (m.wording === 'same' ? '(same words)' : m.wording === 'other' ? `“${m.text}” (other words)` : `“${m.diff ? marked(m.diff, '*') : m.text}”`));
        line(`      ${cite([row.articleId])} ${[...new Set(wording)].join(' … ')}`);
      }
    }
  }
  if (quotes.single.length) line(`  ${plural(quotes.single.length, 'quote is', 'quotes are')} printed by one outlet only.`);
  for (const d of s.discrepancies) line(`  Disagreement (${d.kind}): ${d.values.map((v) => `${v.text} ${cite([v.articleId])}`).join(' vs ')}`);
  if (s.profiles?.lean.length) line(`  By lean: ${s.profiles.lean.map((g) => `${g.value} ${g.articleIds.length}`).join(' · ')}${s.profiles.unprofiled.length ? ` · no profile ${s.profiles.unprofiled.length}` : ''}`);
  if (s.profiles?.blindspot) line(`  Blindspot: only outlets with lean "${s.profiles.blindspot}" cover this story.`);
  for (const b of s.profiles?.factBlindspots ?? []) line(`  Only outlets with lean "${b.lean}" report: ${factText(s.facts[b.fact]!)} ${cite(s.facts[b.fact]!.articleIds)}`);
  line();
  return lines.join('\n') + '\n';
}

/** Words with the changed ones wrapped in `mark` (a terminal has no highlight that survives a pipe). */
function marked(words: WordDiff[], mark: string): string {
  return words.map((w) => (w.op === 'changed' ? `${mark}${w.text}${mark}` : w.text)).join(' ');
}
