// The sections of a story's HTML report: each a function of the report alone, every piece of article text escaped.
// Citations are chips "n label" with a colour that stays with the outlet; in the interactive page (the web UI) facts,
// quotes and entities are buttons that light up their sentences in the articles.
import { NEUTRAL_VERBS } from '../compare/index.js';
import type { Article } from '../model/article.js';
import type { Fact, StoryReport, StorySource, WordDiff } from '../model/report.js';
import { citationNumbers, COVERAGE_COLUMNS, factText, FACTS_SHOWN, groupArticles, IN_OTHER_WORDS, independenceNote, plural, SIMILAR_LABEL, speakerLabel, quoteHeading, quoteRows, shownNote, sourceKey, splitFacts, splitQuotes, summaryFigures } from './common.js';
import { primarySourceLabel } from './markdown.js';

export interface SectionContext {
  s: StoryReport;
  byId: Map<string, Article>;
  key: Map<string, StorySource>;
  /** Facts, quotes and entities are buttons (the web page, with its script); plain text in a file with no script. */
  interactive: boolean;
  factIndex: Map<Fact, number>;
}

/** Distinct colours for outlets (class o0…o11): an outlet keeps its colour on every page. */
const PALETTE = 12;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function contextOf(s: StoryReport, byId: Map<string, Article>, interactive: boolean): SectionContext {
  return { s, byId, key: sourceKey(s), interactive, factIndex: new Map(s.facts.map((f, i) => [f, i])) };
}

function colourOf(outlet: string): number {
  let h = 0;
  for (const c of outlet) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h % PALETTE;
}

/** A citation chip: the number and the outlet's short label, linking to the article. */
export function chip(c: SectionContext, id: string): string {
  const x = c.key.get(id);
  if (!x) return '';
  return `<a class="chip o${colourOf(x.outlet)}" href="#${anchor(c.s, id)}" title="${escapeHtml(x.outlet)}"><span class="n">${x.n}</span> ${escapeHtml(x.label)}</a>`;
}

export function chips(c: SectionContext, ids: string[]): string {
  const numbers = new Set(citationNumbers(c.key, ids));
  return `<span class="chips">${c.s.sources.filter((x) => numbers.has(x.n)).map((x) => chip(c, x.articleId)).join('')}</span>`;
}

/** A thing the reader can light up in the articles (a button on the web page, plain text in an exported file). */
function key(c: SectionContext, k: string, text: string): string {
  return c.interactive ? `<button class="k" type="button" data-k="${k}" title="show it in the articles">${text}</button>` : text;
}

export function anchor(s: StoryReport, id: string): string {
  return `${s.id}-${id}`;
}

function marked(words: WordDiff[]): string {
  return words.map((w) => (w.op === 'changed' ? `<mark>${escapeHtml(w.text)}</mark>` : escapeHtml(w.text))).join(' ');
}

/** A section with its heading and count; `open` false folds it behind its heading. */
function section(id: string, title: string, count: number | undefined, body: string, open = true): string {
  const heading = `${escapeHtml(title)}${count !== undefined ? ` <span class="count">${count}</span>` : ''}`;
  return open
    ? `<section id="${id}"><h2>${heading}</h2>${body}</section>`
    : `<section id="${id}"><details class="fold"><summary><h2>${heading}</h2></summary>${body}</details></section>`;
}

/** The first screen: the figures that say how this story was covered, and the blindspot when profiles show one. */
export function summaryBand(c: SectionContext): string {
  const { s } = c;
  const figures = summaryFigures(s)
    .map((f) => `<div><dt>${escapeHtml(f.label)}</dt><dd>${escapeHtml(f.value)}</dd></div>`)
    .join('');
  const primary = s.primarySources.length ? `<p class="meta">Primary source${s.primarySources.length === 1 ? '' : 's'}: ${s.primarySources.slice(0, 3).map((p) => escapeHtml(primarySourceLabel(p))).join('; ')}</p>` : '';
  const blind = s.profiles?.blindspot ? `<p class="only" role="note">Blindspot: every profiled outlet covering this story has the lean “${escapeHtml(s.profiles.blindspot)}”.</p>` : '';
  const partial = s.partial ? `<p class="only">Partial report: ${s.partial.compared} of ${s.partial.articles} articles compared (${escapeHtml(s.partial.reason)}).</p>` : '';
  return `<dl class="band">${figures}</dl>${primary}${blind}${partial}`;
}

/** The table of contents: every section present, with its count. */
export function contents(entries: { id: string; title: string; count?: number }[]): string {
  return `<nav class="toc" aria-label="Sections"><ul>${entries.map((e) => `<li><a href="#${e.id}">${escapeHtml(e.title)}${e.count !== undefined ? ` <span class="count">${e.count}</span>` : ''}</a></li>`).join('')}</ul></nav>`;
}

export function sourcesSection(c: SectionContext): string {
  const item = (x: StorySource) => {
    const a = c.byId.get(x.articleId);
    // The chip names the outlet; the full name only when the chip had to shorten it.
    const name = x.label === x.outlet ? '' : `${escapeHtml(x.outlet)}${a?.title ? ' — ' : ''}`;
    return `<li>${chip(c, x.articleId)} ${name}${a?.title ? escapeHtml(a.title) : ''}${x.copyOf ? ` <span class="meta">(copy of ${x.copyOf})</span>` : ''}${a?.published ? ` <span class="meta">${escapeHtml(a.published.slice(0, 10))}</span>` : ''}</li>`;
  };
  const list = `<ul class="sources">${c.s.sources.map(item).join('')}</ul>`;
  const body = c.s.sources.length > COVERAGE_COLUMNS ? `<details><summary>All ${c.s.sources.length} sources</summary>${list}</details>` : list;
  return section('sources', 'Sources', c.s.sources.length, body);
}

export function headlinesSection(c: SectionContext): string {
  const seen = new Set<string>();
  const distinct = c.s.headlines.filter((h) => !seen.has(h.text.toLowerCase()) && seen.add(h.text.toLowerCase()));
  if (distinct.length < 2) return '';
  const row = (h: StoryReport['headlines'][number]) => `<tr><td>${chip(c, h.articleId)}</td><td>${marked(h.words)}</td></tr>`;
  const first = distinct.slice(0, COVERAGE_COLUMNS).map(row).join('');
  const rest = distinct.slice(COVERAGE_COLUMNS);
  const more = rest.length ? `<details><summary>${plural(rest.length, 'more headline')}</summary><table class="rows"><tbody>${rest.map(row).join('')}</tbody></table></details>` : '';
  return section(
    'headlines',
    'Headlines',
    distinct.length,
    `<p class="meta">Marked: words no other headline uses.</p><table class="rows"><tbody>${first}</tbody></table>${more}`,
  );
}

export function briefSection(c: SectionContext): string {
  const body = c.s.brief.length
    ? `<ul class="brief">${c.s.brief.map((b) => `<li>${escapeHtml(b.text)} ${chips(c, b.articleIds)}${b.alsoIn ? ` <span class="meta also">${IN_OTHER_WORDS}</span> ${chips(c, b.alsoIn)}` : ''}</li>`).join('')}</ul>`
    : '<p class="meta">No sentence is stated plainly enough to quote as a neutral summary.</p>';
  return section('brief', 'Brief', c.s.brief.length, body);
}

export function profilesSection(c: SectionContext): string {
  const p = c.s.profiles;
  if (!p) return '';
  const groups = (title: string, list: typeof p.lean) =>
    list.length ? `<tr><th scope="row">${title}</th><td>${list.map((g) => `${escapeHtml(g.value)} <span class="count">${g.articleIds.length}</span>`).join(' · ')}</td></tr>` : '';
  const blind = p.factBlindspots.length
    ? `<h3>Facts only one lean reports</h3><ul>${p.factBlindspots.map((b) => `<li>${escapeHtml(factText(c.s.facts[b.fact]!))} — only outlets with lean “${escapeHtml(b.lean)}” ${chips(c, c.s.facts[b.fact]!.articleIds)}</li>`).join('')}</ul>`
    : '';
  const unprofiled = p.unprofiled.length ? `<p class="meta">No profile: ${p.unprofiled.map(escapeHtml).join(', ')}.</p>` : '';
  return section('profiles', 'Coverage by outlet profile', undefined, `<table class="rows"><tbody>${groups('lean', p.lean)}${groups('country', p.country)}${groups('owner', p.owner)}</tbody></table>${blind}${unprofiled}`);
}

/**
 * Which article reports which fact. Up to COVERAGE_COLUMNS articles: a column per article. More: a column per outlet
 * when there are few enough outlets, else each fact with how many outlets and articles report it. Facts in one article
 * only are folded below.
 */
export function coverageSection(c: SectionContext): string {
  const { shared, single } = splitFacts(c.s);
  const label = (f: Fact) => key(c, `f${c.factIndex.get(f)}`, escapeHtml(factText(f)));
  const labelled = (f: Fact) => {
    const note = independenceNote(f);
    return label(f) + (note ? ` <span class="meta">(${escapeHtml(note)})</span>` : '');
  };
  const shown = shared.slice(0, FACTS_SHOWN * 2);
  let table: string;
  if (c.s.articleIds.length <= COVERAGE_COLUMNS) {
    const head = c.s.sources.map((x) => `<th scope="col" class="o${colourOf(x.outlet)}" title="${escapeHtml(x.outlet)}"><span class="n">${x.n}</span> <span class="lbl">${escapeHtml(x.label)}</span></th>`).join('');
    const rows = shown.map((f) => `<tr><td>${labelled(f)}</td>${c.s.sources.map((x) => `<td class="dot">${f.articleIds.includes(x.articleId) ? '●' : ''}</td>`).join('')}</tr>`);
    table = `<div class="scroll"><table class="coverage"><thead><tr><th scope="col">fact</th>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
  } else {
    const outletOf = new Map(c.s.sources.map((x) => [x.articleId, x.outlet]));
    const outlets = [...new Set(c.s.sources.map((x) => x.outlet))];
    if (outlets.length <= COVERAGE_COLUMNS) {
      const first = new Map(outlets.map((o) => [o, c.s.sources.find((x) => x.outlet === o)!]));
      const head = outlets.map((o) => `<th scope="col" class="o${colourOf(o)}" title="${escapeHtml(o)}">${escapeHtml(first.get(o)!.label)}</th>`).join('');
      const rows = shown.map((f) => {
        const per = new Map<string, number>();
        for (const id of f.articleIds) per.set(outletOf.get(id)!, (per.get(outletOf.get(id)!) ?? 0) + 1);
        return `<tr><td>${labelled(f)}</td>${outlets.map((o) => `<td class="dot">${per.get(o) ? (per.get(o)! > 1 ? `●${per.get(o)}` : '●') : ''}</td>`).join('')}</tr>`;
      });
      table = `<div class="scroll"><table class="coverage"><thead><tr><th scope="col">fact</th>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
    } else {
      const rows = shown.map((f) => {
        const by = new Set(f.articleIds.map((id) => outletOf.get(id)));
        return `<tr><td>${labelled(f)}</td><td class="num">${by.size}</td><td class="num">${f.articleIds.length}</td></tr>`;
      });
      table = `<table class="facts"><thead><tr><th scope="col">fact</th><th scope="col">outlets</th><th scope="col">articles</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
    }
  }
  const note = `<p class="meta">${plural(shared.length, 'fact')} reported by more than one article${shownNote(shown.length, shared.length)}; ${plural(single.length, 'fact')} by one article only.</p>`;
  const singles = single.length
    ? `<details><summary>Only in one article <span class="count">${single.length}</span>${shownNote(Math.min(FACTS_SHOWN, single.length), single.length)}</summary><ul>${single
        .slice(0, FACTS_SHOWN)
        .map((f) => `<li>${label(f)} ${chips(c, f.articleIds)}${f.similarIn ? ` <span class="meta">${SIMILAR_LABEL}</span> ${chips(c, f.similarIn)}` : ''}</li>`)
        .join('')}</ul></details>`
    : '';
  return section('coverage', 'Coverage', shared.length + single.length, note + (shown.length ? table : '') + singles);
}

/** Quote groups printed by several outlets: a row per outlet; the rest folded under "quoted by one outlet". */
export function quotesSection(c: SectionContext): string {
  const { shared, single } = splitQuotes(c.s);
  if (shared.length + single.length === 0) return '';
  const groupIndex = new Map(c.s.quotes.map((g, i) => [g, i]));
  const wording = (m: StoryReport['quotes'][number]['mentions'][number]) =>
    m.wording === 'same' ? '<span class="meta">same words</span>' : m.diff ? `“${marked(m.diff)}”` : `“${escapeHtml(m.text)}”${m.wording === 'other' ? ' <span class="meta">(other words)</span>' : ''}`;
  const group = (g: StoryReport['quotes'][number]) => {
    const rows = quoteRows(g, c.key)
      .map((r) => `<tr><td>${chip(c, r.articleId)}</td><td>${[...new Set(r.mentions.map(wording))].join(' … ')}</td></tr>`)
      .join('');
    const n = groupArticles(g);
    return `<div class="qgroup"><h3>${key(c, `q${groupIndex.get(g)}`, escapeHtml(quoteHeading(g)))} <span class="meta">${plural(n, 'article')}${g.wordingDiffers ? ' · wording differs' : ''}</span></h3><table class="rows"><tbody>${rows}</tbody></table></div>`;
  };
  const singles = single.length
    ? `<details><summary>Quoted by one outlet <span class="count">${single.length}</span></summary><ul>${single
        .map((g) => `<li>${escapeHtml(speakerLabel(g))}: “${escapeHtml(g.mentions.map((m) => m.text).join(' … '))}” ${chips(c, [g.mentions[0]!.articleId])}</li>`)
        .join('')}</ul></details>`
    : '';
  return section(
    'quotes',
    'Quotes',
    shared.length + single.length,
    `<p class="meta">Marked: words that differ from the wording most outlets printed.</p>${shared.map(group).join('')}${singles}`,
  );
}

export function disagreementsSection(c: SectionContext): string {
  if (c.s.discrepancies.length === 0) return '';
  const items = c.s.discrepancies.map((d) => `<li><strong>${d.kind}</strong>: ${d.values.map((v) => `“${escapeHtml(v.text)}” ${chip(c, v.articleId)}`).join(' <i>vs</i> ')}<br><span class="meta">About: ${escapeHtml(d.about)}</span></li>`);
  return section('disagreements', 'Disagreements', items.length, `<ul>${items.join('')}</ul>`);
}

/** Framing that is not neutral: hedges, loaded words, terms in scare quotes, and attribution verbs other than "said". */
export function framingSection(c: SectionContext): string {
  const items = c.s.framing.filter((f) => f.kind !== 'attribution' || !NEUTRAL_VERBS.has(f.text.toLowerCase()));
  if (items.length === 0) return '';
  const rows = items.map((f) => `<tr><td>${chip(c, f.articleId)}</td><td>${f.kind}</td><td>${escapeHtml(f.text)}</td><td>${escapeHtml(f.note ?? '')}</td></tr>`).join('');
  return section('framing', 'Framing', items.length, `<div class="scroll"><table class="rows"><thead><tr><th>source</th><th>kind</th><th>text</th><th>note</th></tr></thead><tbody>${rows}</tbody></table></div>`, false);
}

export function entitiesSection(c: SectionContext): string {
  if (c.s.entities.length === 0) return '';
  const items = c.s.entities
    .slice(0, 40)
    .map((e, i) => `<li>${key(c, `e${i}`, escapeHtml(e.name))} <span class="meta">${e.type}${e.aliases.length ? `; also ${escapeHtml(e.aliases.join(', '))}` : ''} · ${plural(e.articleIds.length, 'article')}</span></li>`);
  return section('entities', 'People, places and organisations', c.s.entities.length, `<ul>${items.join('')}</ul>`, false);
}
