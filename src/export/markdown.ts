// Report → Markdown: one section per story (brief with citations, coverage, quote groups, discrepancies, timeline, framing).
import { outletOf } from '../compare/index.js';
import type { Article } from '../model/article.js';
import type { Report, StoryReport } from '../model/report.js';

export function renderMarkdown(report: Report): string {
  const byId = new Map(report.articles.map((a) => [a.id, a]));
  return report.stories.map((s) => story(s, byId)).join('\n\n---\n\n') + '\n';
}

function story(s: StoryReport, byId: Map<string, Article>): string {
  const label = labels(s);
  const cite = (ids: string[]) => ids.map((id) => `[${label.get(id) ?? id}]`).join('');
  const out: string[] = [];
  out.push(`# ${md(s.title)}`, '');
  out.push(`${s.articleIds.length} articles · ${s.outlets.length} outlets · ${s.independentSources} independent sources · story \`${s.id}\``, '');
  if (s.partial) out.push(`_Partial report: ${s.partial.compared} of ${s.partial.articles} articles compared (${md(s.partial.reason)})._`, '');
  if (s.primarySources.length) {
    out.push('## Primary sources', '');
    for (const p of s.primarySources) out.push(`- ${md(primarySourceLabel(p))} — named by ${cite(p.articleIds)}; ${p.factCount} fact${p.factCount === 1 ? '' : 's'} rest on it`);
    out.push('');
  }
  out.push('## Sources', '');
  for (const id of s.articleIds) {
    const a = byId.get(id);
    out.push(`- **[${label.get(id)}]** ${md(a ? outletOf(a) : id)}${a?.title ? ` — ${md(a.title)}` : ''}${a?.duplicateOf ? ` (${a.duplicateOf.kind} copy)` : ''} \`${id}\``);
  }
  out.push('', '## Brief', '');
  for (const b of s.brief) out.push(`- ${md(b.text)} ${cite(b.articleIds)}`);
  if (s.brief.length === 0) out.push('_No sentence is stated plainly enough to quote as a neutral summary._');
  out.push('', '## What each outlet reported', '');
  const widest = s.facts.filter((f) => f.articleIds.length > 1);
  const only = s.facts.filter((f) => f.articleIds.length === 1);
  out.push(`${widest.length} facts reported by more than one article, ${only.length} by one only.`, '');
  for (const f of widest.slice(0, 20)) out.push(`- ${md(f.text)} ${cite(f.articleIds)}${f.independentSources < new Set(f.articleIds).size ? ` (${f.independentSources} independent source${f.independentSources === 1 ? '' : 's'}${f.primarySources ? `: ${f.primarySources.map(md).join(', ')}` : ''})` : ''}`);
  if (only.length) {
    out.push('', '**Only in one article:**', '');
    for (const f of only.slice(0, 20)) out.push(`- ${md(f.text)} — only in ${cite(f.articleIds)}`);
  }
  out.push('', '## Quotes', '');
  for (const g of s.quotes) {
    const outlets = new Set(g.mentions.map((m) => m.articleId)).size;
    out.push(`### ${md(g.speaker ?? 'Unattributed')} — ${outlets} article${outlets === 1 ? '' : 's'}${g.wordingDiffers ? ', wording differs' : ''}`, '');
    for (const m of g.mentions) {
      const words = m.diff ? m.diff.map((w) => (w.op === 'changed' ? `**${md(w.text)}**` : md(w.text))).join(' ') : md(m.text);
      out.push(`> ${words} ${cite([m.articleId])}`, '>');
    }
    out.push('');
  }
  if (s.discrepancies.length) {
    out.push('## Discrepancies', '');
    for (const d of s.discrepancies) out.push(`- ${d.kind}: ${d.values.map((v) => `“${md(v.text)}” ${cite([v.articleId])}`).join(' vs ')} — about: ${md(d.about)}`);
    out.push('');
  }
  if (s.timeline.length) {
    out.push('## Timeline', '', '| date | what | sources |', '|---|---|---|');
    for (const t of s.timeline) out.push(`| ${t.date} | ${md(t.text).replace(/\|/g, '\\|')} | ${cite(t.articleIds)} |`);
    out.push('');
  }
  if (s.framing.length) {
    out.push('## Framing', '', '| source | kind | text | note |', '|---|---|---|---|');
    for (const f of s.framing) out.push(`| ${cite([f.articleId])} | ${f.kind} | ${md(f.text).replace(/\|/g, '\\|')} | ${md(f.note ?? '')} |`);
    out.push('');
  }
  out.push('## Entities', '');
  for (const e of s.entities.slice(0, 30)) out.push(`- ${md(e.name)} (${e.type}${e.aliases.length ? `; also ${e.aliases.map(md).join(', ')}` : ''}) ${cite(e.articleIds)}`);
  return out.join('\n');
}

/** "an interview with NBC News (Sergey Lavrov)", "a statement by the ministry", "Reuters (agency)". */
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
      return `a post: ${p.name}`;
    default:
      return `${p.name} (another outlet's report)`;
  }
}

/** Short citation labels: 1, 2, 3 … in the story's article order. */
export function labels(s: StoryReport): Map<string, string> {
  return new Map(s.articleIds.map((id, i) => [id, String(i + 1)]));
}

/** Escapes Markdown control characters in untrusted text (article text is data, never markup). */
function md(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/\s+/g, ' ');
}
