// Report → Markdown: one section per story (brief with citations, coverage, quote groups, discrepancies, timeline, framing).
import { NEUTRAL_VERBS } from '../compare/index.js';
import type { Article } from '../model/article.js';
import type { Report, StoryReport } from '../model/report.js';
import { briefCitations, citationNumbers, factText, FACTS_SHOWN, groupArticles, independenceNote, plural, SIMILAR_LABEL, speakerLabel, quoteHeading, quoteRows, shownNote, sourceKey, splitFacts, splitQuotes } from './common.js';

export function renderMarkdown(report: Report): string {
  const byId = new Map(report.articles.map((a) => [a.id, a]));
  return report.stories.map((s) => story(s, byId)).join('\n\n---\n\n') + '\n';
}

function story(s: StoryReport, byId: Map<string, Article>): string {
  const key = sourceKey(s);
  const cite = (ids: string[]) => `[${citationNumbers(key, ids).join(', ')}]`;
  const out: string[] = [];
  out.push(`# ${md(s.title)}`, '');
  out.push(`${plural(s.articleIds.length, 'article')} · ${plural(s.outlets.length, 'outlet')} · ${plural(s.independentSources, 'independent source')} · story \`${s.id}\``, '');
  if (s.partial) out.push(`_Partial report: ${s.partial.compared} of ${s.partial.articles} articles compared (${md(s.partial.reason)})._`, '');
  if (s.profiles?.blindspot) out.push(`_Blindspot: every profiled outlet covering this story has the lean “${md(s.profiles.blindspot)}”._`, '');
  out.push('## Sources', '');
  for (const x of s.sources) {
    const a = byId.get(x.articleId);
    out.push(`- **[${x.n}]** ${md(x.outlet)}${a?.title ? ` — ${md(a.title)}` : ''}${x.copyOf ? ` (copy of [${x.copyOf}])` : ''} \`${x.articleId}\``);
  }
  if (s.primarySources.length) {
    out.push('', '## Primary sources', '');
    for (const p of s.primarySources) out.push(`- ${md(primarySourceLabel(p))} — named by ${cite(p.articleIds)}; ${plural(p.factCount, 'fact rests', 'facts rest')} on it`);
  }
  if (new Set(s.headlines.map((h) => h.text.toLowerCase())).size > 1) {
    out.push('', '## Headlines', '', '_In bold: words no other headline uses._', '');
    for (const h of s.headlines) out.push(`- ${cite([h.articleId])} ${h.words.map((w) => (w.op === 'changed' ? `**${md(w.text)}**` : md(w.text))).join(' ')}`);
  }
  out.push('', '## Brief', '');
  for (const b of s.brief) out.push(`- ${md(b.text)} ${briefCitations(b, cite)}`);
  if (s.brief.length === 0) out.push('_No sentence is stated plainly enough to quote as a neutral summary._');
  out.push('', '## What each outlet reported', '');
  const { shared, single } = splitFacts(s);
  out.push(`${plural(shared.length, 'fact')} reported by more than one article${shownNote(Math.min(FACTS_SHOWN, shared.length), shared.length)}; ${plural(single.length, 'fact')} by one article only${shownNote(Math.min(FACTS_SHOWN, single.length), single.length)}.`, '');
  for (const f of shared.slice(0, FACTS_SHOWN)) out.push(`- ${md(factText(f))} ${cite(f.articleIds)}${independenceNote(f) ? ` (${md(independenceNote(f)!)})` : ''}`);
  if (single.length) {
    out.push('', '**Only in one article:**', '');
    // With close wording elsewhere, "only" would say more than the comparison knows.
    for (const f of single.slice(0, FACTS_SHOWN)) out.push(`- ${md(factText(f))} — ${f.similarIn ? `in ${cite(f.articleIds)}; ${SIMILAR_LABEL} ${cite(f.similarIn)}` : `only in ${cite(f.articleIds)}`}`);
  }
  quotesMarkdown(s, cite, out);
  if (s.discrepancies.length) {
    out.push('## Disagreements', '');
    for (const d of s.discrepancies) out.push(`- ${d.kind}: ${d.values.map((v) => `“${md(v.text)}” ${cite([v.articleId])}`).join(' vs ')} — about: ${md(d.about)}`);
    out.push('');
  }
  if (s.timeline.length) {
    out.push('## Timeline', '', '| date | what | sources |', '|---|---|---|');
    for (const t of s.timeline) out.push(`| ${t.date} | ${md(t.text).replace(/\|/g, '\\|')} | ${cite(t.articleIds)} |`);
    out.push('');
  }
  const framing = s.framing.filter((f) => f.kind !== 'attribution' || !NEUTRAL_VERBS.has(f.text.toLowerCase()));
  if (framing.length) {
    out.push('## Framing', '', '| source | kind | text | note |', '|---|---|---|---|');
    for (const f of framing) out.push(`| ${cite([f.articleId])} | ${f.kind} | ${md(f.text).replace(/\|/g, '\\|')} | ${md(f.note ?? '')} |`);
    out.push('');
  }
  out.push('## Names', '');
  for (const e of s.entities.slice(0, 30)) out.push(`- ${md(e.name)} (${e.type}${e.aliases.length ? `; also ${e.aliases.map(md).join(', ')}` : ''}) ${cite(e.articleIds)}`);
  return out.join('\n');
}

/** Quote groups printed by several outlets, one line per outlet; those printed by one outlet listed after them. */
function quotesMarkdown(s: StoryReport, cite: (ids: string[]) => string, out: string[]): void {
  const { shared, single } = splitQuotes(s);
  if (shared.length + single.length === 0) return;
  out.push('', '## Quotes', '', '_In bold: words that differ from the wording most outlets printed._', '');
  for (const g of shared) {
    out.push(`### ${md(quoteHeading(g))} — ${plural(groupArticles(g), 'article')}${g.wordingDiffers ? ', wording differs' : ''}`, '');
    for (const row of quoteRows(g, sourceKey(s))) {
      const wordings = row.mentions.map((m) =>
        m.wording === 'same' ? '_same words_' : m.diff ? `“${m.diff.map((w) => (w.op === 'changed' ? `**${md(w.text)}**` : md(w.text))).join(' ')}”` : `“${md(m.text)}”${m.wording === 'other' ? ' _(other words)_' : ''}`,
      );
      out.push(`- ${cite([row.articleId])} ${[...new Set(wordings)].join(' … ')}`);
    }
    out.push('');
  }
  if (single.length) {
    out.push(`**Quoted by one outlet (${single.length}):**`, '');
    for (const g of single) out.push(`- ${md(speakerLabel(g))}: “${md(g.mentions.map((m) => m.text).join(' … '))}” ${cite([g.mentions[0]!.articleId])}`);
    out.push('');
  }
}

/** "an interview with Radio Valmora (Teodor Markovich)", "a statement by the ministry", "Northgate Wire (news agency)". */
export function primarySourceLabel(p: StoryReport['primarySources'][number]): string {
  const who = p.subject && p.subject !== p.name ? ` (${p.subject})` : '';
  switch (p.kind) {
    case 'interview':
      return `an interview with ${p.name}${who}`;
    case 'statement':
      return `a statement by ${p.name}`;
    case 'agency':
      return `${p.name} (news agency)`;
    case 'document':
      return `a document from ${p.name}`;
    case 'social':
      // The name says where ("Ana Lin on Harborchat", or "a post on Harborchat" when the text names no author).
      return p.subject ? `a post by ${p.name}` : p.name;
    default:
      return `${p.name} (another outlet's report)`;
  }
}


/** Escapes Markdown control characters in untrusted text (article text is data, never markup). */
function md(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/\s+/g, ' ');
}
