// Report → one self-contained HTML file (no scripts, no external resources; every piece of article text escaped).
import { sortKey } from '../compare/index.js';
import type { Article } from '../model/article.js';
import { DAY_MS } from '../model/days.js';
import type { Report, StoryReport } from '../model/report.js';
import {
  anchor,
  briefSection,
  chip,
  chips,
  contents,
  contextOf,
  coverageSection,
  disagreementsSection,
  entitiesSection,
  escapeHtml,
  framingSection,
  headlinesSection,
  profilesSection,
  quotesSection,
  sourcesSection,
  summaryBand,
  type SectionContext,
} from './html-sections.js';

/** No scripts at all, no network: styles are inline, images only as data URLs. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** Escapes text for HTML element content and attribute values. */
export { escapeHtml } from './html-sections.js';

/** The report's style sheet (inline in the exported file, served as /assets/app.css by the web UI). */
export const STYLE = `
*{box-sizing:border-box}
body{font:16px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d1d1f;background:#fafafa;overflow-wrap:anywhere}
main{max-width:72rem;margin:0 auto;padding:1rem 1.25rem 4rem}
h1{font-size:1.6rem;line-height:1.25;margin:1.25rem 0 .5rem}h2{font-size:1.2rem;margin:1.75rem 0 .5rem;border-bottom:1px solid #ddd;padding-bottom:.25rem}h3{font-size:1rem;margin:1rem 0 .25rem}
summary h2{display:inline;border:0;margin:0}details>summary{cursor:pointer;margin:.5rem 0}details.fold>summary{margin:1.75rem 0 .5rem;border-bottom:1px solid #ddd}.article>summary{margin:.2rem 0}
.meta{color:#555}.also{white-space:nowrap}.count{display:inline-block;min-width:1.4em;padding:0 .35em;border-radius:.7em;background:#e8e8ee;color:#333;font-size:.75em;text-align:center;font-weight:400}
.chips{white-space:normal}.chip{display:inline-flex;align-items:center;gap:.25em;font-size:.75rem;line-height:1.3;padding:0 .4rem 0 0;margin:.1rem .2rem .1rem 0;border:1px solid #bbb;border-radius:.6rem;background:#fff;color:#123;text-decoration:none;white-space:nowrap;max-width:100%;overflow:hidden;text-overflow:ellipsis}
.chip .n{color:#fff;background:#555;border-radius:.6rem 0 0 .6rem;padding:0 .35rem}
.o0{border-color:#1f77b4}.chip.o0 .n{background:#1f77b4}th.o0{border-top:3px solid #1f77b4}.o1{border-color:#d62728}.chip.o1 .n{background:#d62728}th.o1{border-top:3px solid #d62728}.o2{border-color:#2ca02c}.chip.o2 .n{background:#2ca02c}th.o2{border-top:3px solid #2ca02c}.o3{border-color:#9467bd}.chip.o3 .n{background:#9467bd}th.o3{border-top:3px solid #9467bd}.o4{border-color:#8c564b}.chip.o4 .n{background:#8c564b}th.o4{border-top:3px solid #8c564b}.o5{border-color:#e377c2}.chip.o5 .n{background:#e377c2}th.o5{border-top:3px solid #e377c2}.o6{border-color:#7f7f7f}.chip.o6 .n{background:#7f7f7f}th.o6{border-top:3px solid #7f7f7f}.o7{border-color:#bcbd22}.chip.o7 .n{background:#bcbd22}th.o7{border-top:3px solid #bcbd22}.o8{border-color:#17becf}.chip.o8 .n{background:#17becf}th.o8{border-top:3px solid #17becf}.o9{border-color:#ff7f0e}.chip.o9 .n{background:#ff7f0e}th.o9{border-top:3px solid #ff7f0e}.o10{border-color:#393b79}.chip.o10 .n{background:#393b79}th.o10{border-top:3px solid #393b79}.o11{border-color:#637939}.chip.o11 .n{background:#637939}th.o11{border-top:3px solid #637939}
.band{display:grid;grid-template-columns:repeat(auto-fit,minmax(7rem,1fr));gap:.5rem;margin:.5rem 0;padding:0}.band div{background:#fff;border:1px solid #e2e2e2;border-radius:.4rem;padding:.4rem .6rem}.band dt{font-size:.75rem;color:#555}.band dd{margin:0;font-size:1.15rem;font-weight:600}
.toc ul{display:flex;flex-wrap:wrap;gap:.25rem .9rem;list-style:none;padding:0;margin:.5rem 0}.toc a{text-decoration:none}
table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border:1px solid #ddd;padding:.3rem .45rem;vertical-align:top;text-align:left}
th{background:#f0f0f0;font-weight:600}.dot,.num{text-align:center}.only{background:#fff4d6;padding:.25rem .5rem}
.scroll{overflow-x:auto;max-width:100%}table.coverage th{font-size:.75rem;max-width:7rem;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}table.coverage td:first-child{min-width:14rem}
table.rows td:first-child{width:1%;white-space:nowrap}.qgroup{margin:.75rem 0 1.25rem}ul.sources{list-style:none;padding:0}ul.sources li{margin:.2rem 0}
mark{background:#ffe08a}.seg.q{background:#dbe9ff}.seg.on{background:#ffb347;outline:1px solid #c66}.seg.cur{outline:3px solid #c00}
button.k{font:inherit;text-align:left;background:none;border:0;padding:0;color:#124;cursor:pointer;text-decoration:underline dotted;vertical-align:top}button.k.on{font-weight:600}
.article{background:#fff;border:1px solid #e2e2e2;padding:.4rem .8rem;margin:.5rem 0}.article p{margin:.4rem 0}
.bar{display:inline-block;height:.6rem;background:#7a9cc6;vertical-align:middle}.w1{width:1rem}.w2{width:2rem}.w3{width:3rem}.w4{width:4rem}td.date{white-space:nowrap}
nav.top{background:#1f3a5a;color:#fff;padding:.5rem 1.25rem}nav.top a{color:#fff;margin-right:1rem}
form.search{display:flex;flex-wrap:wrap;gap:.25rem .75rem;align-items:end}form.search input,form.search select{font:inherit;margin:.2rem;max-width:100%}
textarea,input[type=url],input{max-width:100%}textarea{width:100%}
#hl{position:fixed;left:0;right:0;bottom:0;background:#1f3a5a;color:#fff;padding:.4rem .75rem;display:flex;gap:.5rem;align-items:center;justify-content:center;z-index:5}#hl button{font:inherit;padding:.2rem .5rem;white-space:nowrap}#hl-pos{white-space:nowrap}
svg.timeline{width:100%;height:auto;max-height:6rem}
table.stories th{white-space:nowrap}
@media (max-width:40rem){main{padding:.5rem}table{font-size:.8rem}h1{font-size:1.3rem}table.coverage th .lbl{display:none}.band dd{font-size:1rem}.band div{padding:.25rem .4rem}table.coverage td:first-child{min-width:10rem}table.stories td:nth-child(n+3),table.stories th:nth-child(n+3){display:none}}
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
${report.stories.map((s) => storySection(s, byId, { interactive: false })).join('\n')}
<p class="meta">Made by Triangulate. Every sentence above is taken from the articles and cites them.</p>
</main></body></html>
`;
}

/**
 * One story's report as an HTML `<article>`: title, summary band and contents first, then each section (long ones
 * folded). `interactive` (the web page, which has a script) makes facts, quotes and entities buttons that light up
 * their sentences in the articles; an exported file has no script, so they are plain text there.
 */
export function storySection(s: StoryReport, byId: Map<string, Article>, o: { interactive: boolean }): string {
  const c = contextOf(s, byId, o.interactive);
  const parts: { id: string; title: string; count?: number; html: string }[] = [
    { id: 'sources', title: 'Sources', count: s.sources.length, html: sourcesSection(c) },
    { id: 'headlines', title: 'Headlines', html: headlinesSection(c) },
    { id: 'brief', title: 'Brief', count: s.brief.length, html: briefSection(c) },
    { id: 'profiles', title: 'By outlet profile', html: profilesSection(c) },
    { id: 'coverage', title: 'Coverage', count: s.facts.length, html: coverageSection(c) },
    { id: 'quotes', title: 'Quotes', count: s.quotes.length, html: quotesSection(c) },
    { id: 'disagreements', title: 'Disagreements', count: s.discrepancies.length, html: disagreementsSection(c) },
    { id: 'timeline', title: 'Timeline', count: s.timeline.length, html: timeline(c) },
    { id: 'framing', title: 'Framing', html: framingSection(c) },
    { id: 'entities', title: 'Names', count: s.entities.length, html: entitiesSection(c) },
    { id: 'articles', title: 'Articles', count: s.articleIds.length, html: articlesSection(c) },
  ].filter((p) => p.html);
  return `<article class="story">
<h1>${escapeHtml(s.title)}</h1>
${summaryBand(c)}
${contents(parts)}
${parts.map((p) => p.html).join('\n')}
</article>`;
}

function timeline(c: SectionContext): string {
  const { s } = c;
  if (s.timeline.length === 0) return '';
  const most = Math.max(...s.timeline.map((t) => t.articleIds.length));
  return `<section id="timeline"><h2>Timeline <span class="count">${s.timeline.length}</span></h2>${timelineChart(s)}<table class="rows"><tbody>${s.timeline
    .map((t) => `<tr><td class="date">${escapeHtml(t.date)}</td><td><span class="bar w${Math.max(1, Math.round((t.articleIds.length / most) * 4))}"></span></td><td>${escapeHtml(t.text)} ${chips(c, t.articleIds)}</td></tr>`)
    .join('')}</tbody></table></section>`;
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

/** Every article's text, each folded under its source line; highlights live in these texts. */
function articlesSection(c: SectionContext): string {
  const texts = c.s.articleIds.map((id) => articleText(c, id)).join('\n');
  return `<section id="articles"><h2>Articles <span class="count">${c.s.articleIds.length}</span></h2>${texts}</section>`;
}

/**
 * An article's text cut at every boundary of its quotes, fact sentences and entity mentions; each piece lists the keys
 * of the story items covering it (`q3` quote group, `f5` fact, `e2` entity), so a click can light them up everywhere.
 */
function articleText(c: SectionContext, id: string): string {
  const { s } = c;
  const a = c.byId.get(id);
  const x = c.key.get(id);
  if (!a || !x) return '';
  const spans: { start: number; end: number; key: string }[] = [];
  if (c.interactive) {
    s.quotes.forEach((g, i) => g.mentions.forEach((m) => m.articleId === id && spans.push({ start: m.start, end: m.end, key: `q${i}` })));
    for (const [f, i] of c.factIndex) for (const m of f.mentions) if (m.articleId === id) spans.push({ start: m.start, end: m.end, key: `f${i}` });
    for (const e of a.entities ?? []) {
      const i = s.entities.findIndex((x) => x.name === e.name || x.aliases.includes(e.name));
      if (i >= 0) for (const m of e.mentions) spans.push({ start: m.start, end: m.end, key: `e${i}` });
    }
  }
  const cuts = [...new Set([0, a.text.length, ...spans.flatMap((x) => [x.start, x.end])])].sort((x, y) => x - y);
  let html = '';
  for (let k = 0; k + 1 < cuts.length; k++) {
    const [from, to] = [cuts[k]!, cuts[k + 1]!];
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
  const name = x.label === x.outlet ? '' : `${escapeHtml(x.outlet)}${a.title ? ' — ' : ''}`;
  return `<details class="article" id="${anchor(s, id)}"><summary>${chip(c, id)} ${name}${a.title ? escapeHtml(a.title) : ''}</summary>${paragraphs}</details>`;
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
