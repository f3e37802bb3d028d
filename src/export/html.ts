// Report → one self-contained HTML file (no scripts, no external resources; every piece of article text escaped).
import { outletOf, sortKey } from '../compare/index.js';
import type { Article } from '../model/article.js';
import { DAY_MS } from '../model/days.js';
import type { Report, StoryReport } from '../model/report.js';
import { primarySourceLabel } from './markdown.js';

/** No scripts at all, no network: styles are inline, images only as data URLs. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The report's style sheet (inline in the exported file, served as /assets/app.css by the web UI). */
export const STYLE = `
body{font:16px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
main{max-width:72rem;margin:0 auto;padding:1rem 1.25rem 4rem}
h1{font-size:1.6rem;line-height:1.25;margin:1.5rem 0 .25rem}h2{font-size:1.2rem;margin:2rem 0 .5rem;border-bottom:1px solid #ddd;padding-bottom:.25rem}
.meta{color:#555}.chip{display:inline-block;font-size:.75rem;padding:0 .4rem;margin-left:.2rem;border-radius:.6rem;background:#e4ecf7;color:#123;text-decoration:none}
table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border:1px solid #ddd;padding:.3rem .45rem;vertical-align:top;text-align:left}
th{background:#f0f0f0}.dot{text-align:center}.only{background:#fff4d6}
.quotes{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:.5rem}
blockquote{margin:0;padding:.5rem .75rem;background:#fff;border-left:3px solid #7a9cc6}
mark{background:#ffe08a}.seg.q{background:#dbe9ff}.seg.on{background:#ffb347;outline:1px solid #c66}button.k{font:inherit;text-align:left;background:none;border:0;padding:0;color:#124;cursor:pointer;text-decoration:underline dotted}button.k.on{font-weight:600}.article{background:#fff;border:1px solid #e2e2e2;padding:.75rem 1rem;margin:.75rem 0}
.article p{margin:.4rem 0}.bar{display:inline-block;height:.6rem;background:#7a9cc6;vertical-align:middle}.w1{width:1rem}.w2{width:2rem}.w3{width:3rem}.w4{width:4rem}
nav{background:#1f3a5a;color:#fff;padding:.5rem 1.25rem}nav a{color:#fff;margin-right:1rem}form.search input,form.search select{font:inherit;margin:.2rem}
svg.timeline{width:100%;height:auto;max-height:6rem}
@media (max-width:40rem){main{padding:.5rem}table{font-size:.8rem}}
`;

export function renderHtml(report: Report): string {
  const byId = new Map(report.articles.map((a) => [a.id, a]));
  const title = report.stories.length === 1 ? report.stories[0]!.title : `${report.stories.length} stories`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — Triangulate</title><style>${STYLE}</style></head>
<body><main>
${report.stories.map((s) => story(s, byId)).join('\n')}
<p class="meta">Made by Triangulate. Every sentence above is taken from the articles and cites them.</p>
</main></body></html>
`;
}

/** One story's report as an HTML `<article>` (used by the exported file and the web UI's story page). */
export function storySection(s: StoryReport, byId: Map<string, Article>): string {
  return story(s, byId);
}

function story(s: StoryReport, byId: Map<string, Article>): string {
  const n = new Map(s.articleIds.map((id, i) => [id, i + 1]));
  const chip = (id: string) => `<a class="chip" href="#${anchor(s, id)}" title="${escapeHtml(outlet(byId, id))}">${n.get(id)}</a>`;
  const chips = (ids: string[]) => ids.map(chip).join('');
  const facts = [...s.facts.filter((f) => f.articleIds.length > 1).slice(0, 25), ...s.facts.filter((f) => f.articleIds.length === 1).slice(0, 15)];
  const factIndex = new Map(s.facts.map((f, i) => [f, i]));
  return `<article>
<h1>${escapeHtml(s.title)}</h1>
<p class="meta">${s.articleIds.length} articles · ${s.outlets.length} outlets · ${s.independentSources} independent sources${s.primarySources.length ? ` · ${s.primarySources.length} primary source${s.primarySources.length === 1 ? '' : 's'}: ${s.primarySources.slice(0, 3).map((p) => escapeHtml(primarySourceLabel(p))).join('; ')}` : ''}</p>
${s.partial ? `<p class="only">Partial report: ${s.partial.compared} of ${s.partial.articles} articles compared (${escapeHtml(s.partial.reason)}).</p>` : ''}
${s.primarySources.length ? `<h2>Primary sources</h2><ul>${s.primarySources.map((p) => `<li>${escapeHtml(primarySourceLabel(p))} — named by ${chips(p.articleIds)}; ${p.factCount} fact${p.factCount === 1 ? '' : 's'} rest on it</li>`).join('')}</ul>` : ''}
<h2>Brief</h2>
<ul>${s.brief.map((b) => `<li>${escapeHtml(b.text)} ${chips(b.articleIds)}</li>`).join('')}</ul>
<h2>Coverage</h2>
<table><thead><tr><th scope="col">fact</th>${s.articleIds.map((id) => `<th scope="col" title="${escapeHtml(outlet(byId, id))}">${n.get(id)}</th>`).join('')}</tr></thead><tbody>
${facts
  .map((f) => `<tr${f.articleIds.length === 1 ? ' class="only"' : ''}><td><button class="k" type="button" data-k="f${factIndex.get(f)}">${escapeHtml(f.text)}</button></td>${s.articleIds.map((id) => `<td class="dot">${f.articleIds.includes(id) ? '●' : ''}</td>`).join('')}</tr>`)
  .join('\n')}
</tbody></table>
<h2>Quotes</h2>
${s.quotes
  .map((g) => {
    const count = new Set(g.mentions.map((m) => m.articleId)).size;
    const gi = s.quotes.indexOf(g);
    return `<h3><button class="k" type="button" data-k="q${gi}" title="show in every article">${escapeHtml(g.speaker ?? 'Unattributed')}</button> <span class="meta">— ${count} article${count === 1 ? '' : 's'}${g.wordingDiffers ? ', wording differs' : ''}</span></h3>
<div class="quotes">${g.mentions
      .map((m) => `<blockquote>${m.diff ? m.diff.map((w) => (w.op === 'changed' ? `<mark>${escapeHtml(w.text)}</mark>` : escapeHtml(w.text))).join(' ') : escapeHtml(m.text)} ${chip(m.articleId)}</blockquote>`)
      .join('')}</div>`;
  })
  .join('\n')}
${s.discrepancies.length ? `<h2>Discrepancies</h2><ul>${s.discrepancies.map((d) => `<li>${d.kind}: ${d.values.map((v) => `“${escapeHtml(v.text)}” ${chip(v.articleId)}`).join(' vs ')}<br><span class="meta">${escapeHtml(d.about)}</span></li>`).join('')}</ul>` : ''}
${timeline(s, chips)}
${s.framing.length ? `<h2>Framing</h2><table><thead><tr><th>source</th><th>kind</th><th>text</th><th>note</th></tr></thead><tbody>${s.framing.map((f) => `<tr><td>${chip(f.articleId)}</td><td>${f.kind}</td><td>${escapeHtml(f.text)}</td><td>${escapeHtml(f.note ?? '')}</td></tr>`).join('')}</tbody></table>` : ''}
<h2>Entities</h2>
<ul>${s.entities.slice(0, 40).map((e, i) => `<li><button class="k" type="button" data-k="e${i}">${escapeHtml(e.name)}</button> <span class="meta">${e.type}${e.aliases.length ? `; also ${escapeHtml(e.aliases.join(', '))}` : ''}</span> ${chips(e.articleIds)}</li>`).join('')}</ul>
<h2>Articles</h2>
${s.articleIds.map((id) => articleText(s, byId.get(id), id, n.get(id)!, factIndex)).join('\n')}
</article>`;
}

function timeline(s: StoryReport, chips: (ids: string[]) => string): string {
  if (s.timeline.length === 0) return '';
  const most = Math.max(...s.timeline.map((t) => t.articleIds.length));
  return `<h2>Timeline</h2>${timelineChart(s)}<table><tbody>${s.timeline
    .map((t) => `<tr><td>${escapeHtml(t.date)}</td><td><span class="bar w${Math.max(1, Math.round((t.articleIds.length / most) * 4))}"></span></td><td>${escapeHtml(t.text)} ${chips(t.articleIds)}</td></tr>`)
    .join('')}</tbody></table>`;
}

/** The dated entries on one time axis (inline SVG, no script): a dot per date, sized by the articles that give it. */
function timelineChart(s: StoryReport): string {
  // Year-less days ("--08-15") have no place on a time axis: they are listed in the table only.
  const dated = s.timeline.filter((t) => !t.date.startsWith('--'));
  if (dated.length === 0) return '';
  const days = dated.map((t) => Date.parse(sortKey(t.date)) / DAY_MS);
  const [lo, hi] = [Math.min(...days), Math.max(...days)];
  const x = (d: number) => (hi === lo ? 500 : 40 + ((d - lo) / (hi - lo)) * 920);
  const most = Math.max(...dated.map((t) => t.articleIds.length));
  const dots = dated
    .map((t, i) => {
      const cx = x(days[i]!).toFixed(1);
      const r = (4 + (8 * t.articleIds.length) / most).toFixed(1);
      return `<circle cx="${cx}" cy="40" r="${r}" fill="#7a9cc6" stroke="#1f3a5a"><title>${escapeHtml(`${t.date}: ${t.text}`)}</title></circle>`;
    })
    .join('');
  // Each end is labelled with its entry's own value: a year stays "2022", a month "2024-05".
  const valueAt = (d: number) => dated[days.indexOf(d)]!.date;
  const label = (d: number, anchor: string) => `<text x="${x(d).toFixed(1)}" y="78" font-size="14" text-anchor="${anchor}" fill="#555">${escapeHtml(valueAt(d))}</text>`;
  return `<svg class="timeline" viewBox="0 0 1000 90" role="img" aria-label="Dates in this story, from ${escapeHtml(valueAt(lo))} to ${escapeHtml(valueAt(hi))}"><line x1="40" y1="40" x2="960" y2="40" stroke="#999"/>${dots}${label(lo, 'start')}${hi > lo ? label(hi, 'end') : ''}</svg>`;
}

/**
 * An article's text cut at every boundary of its quotes, fact sentences and entity mentions; each piece lists the keys
 * of the story items covering it (`q3` quote group, `f5` fact, `e2` entity), so a click can light them up everywhere.
 */
function articleText(s: StoryReport, a: Article | undefined, id: string, n: number, factIndex: Map<StoryReport['facts'][number], number>): string {
  if (!a) return '';
  const spans: { start: number; end: number; key: string }[] = [];
  s.quotes.forEach((g, i) => g.mentions.forEach((m) => m.articleId === id && spans.push({ start: m.start, end: m.end, key: `q${i}` })));
  for (const [f, i] of factIndex) for (const m of f.mentions) if (m.articleId === id) spans.push({ start: m.start, end: m.end, key: `f${i}` });
  for (const e of a.entities ?? []) {
    const i = s.entities.findIndex((x) => x.name === e.name || x.aliases.includes(e.name));
    if (i >= 0) for (const m of e.mentions) spans.push({ start: m.start, end: m.end, key: `e${i}` });
  }
  const cuts = [...new Set([0, a.text.length, ...spans.flatMap((x) => [x.start, x.end])])].sort((x, y) => x - y);
  let html = '';
  for (let c = 0; c + 1 < cuts.length; c++) {
    const [from, to] = [cuts[c]!, cuts[c + 1]!];
    const keys = spans.filter((x) => x.start <= from && to <= x.end).map((x) => x.key);
    const piece = escapeHtml(a.text.slice(from, to));
    html += keys.length ? `<span class="seg${keys.some((k) => k.startsWith('q')) ? ' q' : ''}" data-k="${keys.join(' ')}">${piece}</span>` : piece;
  }
  // Paragraph breaks inside a piece close and reopen it, so every paragraph is well formed.
  const paragraphs = html
    .split(/\n+/)
    .map((p) => balance(p))
    .filter((p) => p.replace(/<[^>]+>/g, '').trim())
    .map((p) => `<p>${p}</p>`)
    .join('');
  return `<section class="article" id="${anchor(s, id)}"><h3>${n}. ${escapeHtml(outletOf(a))}${a.title ? ` — ${escapeHtml(a.title)}` : ''}</h3>${paragraphs}</section>`;
}

/** Closes a span left open at the end of a paragraph and reopens one cut at its start (pieces never nest). */
function balance(p: string): string {
  const opens = (p.match(/<span /g) ?? []).length;
  const closes = (p.match(/<\/span>/g) ?? []).length;
  let out = p;
  if (closes > opens) out = '<span class="seg">' + out;
  if (opens > closes) out += '</span>';
  return out;
}

function anchor(s: StoryReport, id: string): string {
  return `${s.id}-${id}`;
}

function outlet(byId: Map<string, Article>, id: string): string {
  const a = byId.get(id);
  return a ? outletOf(a) : id;
}
