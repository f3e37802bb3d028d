// The web UI's pages, rendered on the server as plain HTML (every piece of article data escaped). The only script is
// /assets/app.js; the Content-Security-Policy forbids inline scripts and anything not from this server.
import { outletOf } from '../compare/index.js';
import { plural, speakerLabel } from '../export/common.js';
import { escapeHtml, storySection } from '../export/html.js';
import type { Article } from '../model/article.js';
import type { Report } from '../model/report.js';
import type { StorySummary } from '../model/story.js';

export const WEB_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'; object-src 'none'";

/** What can happen to one submitted document, in the words the pages use (the server's and the script's alike). */
const OUTCOMES = { added: 'added', updated: 'updated', unchanged: 'already stored, nothing changed', copy: 'stored as a copy of an article already here' } as const;

/** Click a speaker, a fact or an entity to light it up in every article (the buttons are keyboard-focusable). */
export const APP_JS = `(function () {
  var lit = [], at = -1, from = null;
  function bar() {
    var b = document.getElementById('hl');
    if (!b) {
      b = document.createElement('div');
      b.id = 'hl';
      b.setAttribute('role', 'toolbar');
      b.innerHTML = '<button type="button" data-act="prev" aria-label="previous">‹ prev</button><span id="hl-pos" aria-live="polite"></span><button type="button" data-act="next" aria-label="next">next ›</button><button type="button" data-act="back" aria-label="back to where you clicked">back</button><button type="button" data-act="close" aria-label="close">✕</button>';
      document.body.appendChild(b);
    }
    return b;
  }
  function show(i) {
    if (!lit.length) return;
    at = (i + lit.length) % lit.length;
    document.querySelectorAll('.seg.cur').forEach(function (m) { m.classList.remove('cur'); });
    var m = lit[at];
    for (var d = m.closest('details'); d; d = d.parentElement && d.parentElement.closest('details')) d.open = true;
    for (var n = m; n && n.nodeType === 1 && n.classList.contains('on'); n = n.nextSibling) n.classList.add('cur');
    m.scrollIntoView({ block: 'center' });
    document.getElementById('hl-pos').textContent = (at + 1) + ' of ' + lit.length;
  }
  function clear() {
    document.querySelectorAll('button.k.on, .seg.on').forEach(function (m) { m.classList.remove('on', 'cur'); });
    lit = []; at = -1;
    var b = document.getElementById('hl'); if (b) b.remove();
  }
  document.addEventListener('click', function (e) {
    var act = e.target.closest ? e.target.closest('#hl button') : null;
    if (act) {
      var a = act.getAttribute('data-act');
      if (a === 'next') show(at + 1);
      else if (a === 'prev') show(at - 1);
      else if (a === 'back' && from) { from.scrollIntoView({ block: 'center' }); from.focus(); }
      else if (a === 'close') clear();
      return;
    }
    var t = e.target.closest ? e.target.closest('button.k') : null;
    if (!t) return;
    var on = !t.classList.contains('on');
    clear();
    if (!on) return;
    from = t;
    t.classList.add('on');
    var segs = Array.prototype.slice.call(document.querySelectorAll('.seg[data-k~="' + t.getAttribute('data-k') + '"]'));
    segs.forEach(function (m) { m.classList.add('on'); });
    // A passage cut into pieces (a name inside a sentence) is one stop: step through the pieces that start a passage.
    lit = segs.filter(function (m) { var p = m.previousSibling; return !(p && p.nodeType === 1 && p.classList.contains('on')); });
    bar();
    show(0);
  });
  document.addEventListener('keydown', function (e) {
    if (!lit.length || e.target.closest('input,textarea')) return;
    if (e.key === 'n' || e.key === 'j') show(at + 1);
    else if (e.key === 'p' || e.key === 'k') show(at - 1);
    else if (e.key === 'Escape') clear();
  });
})();
// Several files: send them one by one to the API and show progress; without script the form posts them all at once.
document.addEventListener('submit', function (e) {
  var form = e.target;
  var input = form.querySelector && form.querySelector('input[type=file]');
  if (!input || input.files.length < 2) return;
  e.preventDefault();
  var files = Array.prototype.slice.call(input.files);
  var bar = document.getElementById('progress');
  var list = document.getElementById('results');
  var token = form.querySelector('input[name=token]');
  bar.hidden = false; bar.max = files.length; bar.value = 0; list.textContent = '';
  var next = function (i) {
    if (i >= files.length) return;
    var body = new FormData();
    body.append('file', files[i]);
    ['outlet', 'published'].forEach(function (k) { var f = form.querySelector('[name=' + k + ']'); if (f && f.value) body.append(k, f.value); });
    var headers = token && token.value ? { Authorization: 'Bearer ' + token.value } : {};
    fetch('/api/articles', { method: 'POST', body: body, headers: headers }).then(function (r) { return r.json(); }).then(function (r) {
      var li = document.createElement('li');
      var O = ${JSON.stringify(OUTCOMES)};
      var what = r.status === 'unchanged' ? O.unchanged : r.status === 'updated' ? O.updated : r.duplicateOf ? O.copy : O.added;
      if (r.storyId) { var a = document.createElement('a'); a.href = '/stories/' + encodeURIComponent(r.storyId); a.textContent = files[i].name + ': ' + what; li.appendChild(a); }
      else li.textContent = files[i].name + ': not added — ' + ((r.rejected && r.rejected.reason) || (r.error && r.error.message) || 'error');
      list.appendChild(li);
    }).catch(function () {
      var li = document.createElement('li'); li.textContent = files[i].name + ': not added — network error'; list.appendChild(li);
    }).then(function () { bar.value = i + 1; next(i + 1); });
  };
  next(0);
});
`;

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — Triangulate</title><link rel="stylesheet" href="/assets/app.css"><script src="/assets/app.js" defer></script></head>
<body><nav class="top"><a href="/">Stories</a><a href="/ingest">Add articles</a><a href="/openapi.json">API</a></nav><main>
${body}
</main></body></html>
`;
}

export interface StoryListQuery {
  q?: string;
  outlet?: string;
  from?: string;
  to?: string;
}

export function storiesPage(items: StorySummary[], total: number, query: StoryListQuery, page = 0, perPage = 50): string {
  const v = (x?: string) => escapeHtml(x ?? '');
  const rows = items
    .map((s) => `<tr><td><a href="/stories/${encodeURIComponent(s.id)}">${escapeHtml(s.title)}</a></td><td>${s.articles}</td><td>${s.outlets}</td><td>${s.independentSources}</td><td>${escapeHtml((s.latest ?? '').slice(0, 10))}</td></tr>`)
    .join('\n');
  return layout(
    'Stories',
    `<h1>Stories</h1>
<form class="search" method="get" action="/" role="search">
<label>Words <input type="search" name="q" value="${v(query.q)}"></label>
<label>Outlet <input name="outlet" value="${v(query.outlet)}"></label>
<label>From <input type="date" name="from" value="${v(query.from)}"></label>
<label>To <input type="date" name="to" value="${v(query.to)}"></label>
<button type="submit">Filter</button></form>
<p class="meta">${plural(total, 'story', 'stories')}${total > perPage ? ` · page ${page + 1} of ${Math.ceil(total / perPage)}` : ''}</p>
<table class="stories"><thead><tr><th scope="col">story</th><th scope="col">articles</th><th scope="col">outlets</th><th scope="col">independent sources</th><th scope="col">latest</th></tr></thead>
<tbody>${rows}</tbody></table>
${pager(query, page, perPage, total)}`,
  );
}

function pager(query: StoryListQuery, page: number, perPage: number, total: number): string {
  const link = (p: number, label: string) => {
    const params = new URLSearchParams(Object.entries({ ...query, page: String(p) }).filter((kv): kv is [string, string] => typeof kv[1] === 'string' && kv[1] !== ''));
    return `<a href="/?${escapeHtml(params.toString())}">${label}</a>`;
  };
  const parts = [page > 0 ? link(page - 1, '← newer') : '', (page + 1) * perPage < total ? link(page + 1, 'older →') : ''].filter(Boolean);
  return parts.length ? `<p>${parts.join(' · ')}</p>` : '';
}

export function storyPage(report: Report): string {
  const byId = new Map(report.articles.map((a) => [a.id, a]));
  const s = report.stories[0]!;
  return layout(s.title, storySection(s, byId, { interactive: true }) + articleLinks(s.articleIds, byId));
}

/** A status line put above a cached page (what happened to an upload that led here). */
export function withNotice(page: string, notice: string): string {
  return page.replace('<main>\n', `<main>\n${messageBox(notice, true)}`);
}

function articleLinks(ids: string[], byId: Map<string, Article>): string {
  const items = ids.map((id) => `<li><a href="/articles/${encodeURIComponent(id)}">${escapeHtml(outletOf(byId.get(id)!))} — ${escapeHtml(byId.get(id)!.title ?? id)}</a></li>`);
  return `<details><summary>Article pages <span class="count">${ids.length}</span></summary><ul>${items.join('')}</ul></details>`;
}

export function articlePage(a: Article, storyId: string | undefined): string {
  const people = (a.entities ?? []).filter((e) => e.type !== 'other');
  const quotes = (a.quotes ?? []).filter((q) => q.kind === 'statement');
  let html = '';
  let at = 0;
  for (const q of quotes) {
    if (q.start < at) continue;
    html += escapeHtml(a.text.slice(at, q.start)) + `<mark class="q" title="${escapeHtml(speakerLabel(q))}">${escapeHtml(a.text.slice(q.start, q.end))}</mark>`;
    at = q.end;
  }
  html += escapeHtml(a.text.slice(at));
  return layout(
    a.title ?? a.id,
    `<h1>${escapeHtml(a.title ?? a.id)}</h1>
<p class="meta">${escapeHtml(outletOf(a))}${a.published ? ` · ${escapeHtml(a.published.slice(0, 10))}` : ''}${a.byline ? ` · ${escapeHtml(a.byline)}` : ''}${storyId ? ` · <a href="/stories/${encodeURIComponent(storyId)}">story</a>` : ''}</p>
<section class="article">${html.split(/\n+/).filter((p) => p.trim()).map((p) => `<p>${p}</p>`).join('')}</section>
<h2>Quotes</h2><ul>${quotes.map((q) => `<li>${escapeHtml(speakerLabel(q))}${q.verb ? ` <span class="meta">${escapeHtml(q.verb)}</span>` : ''}: “${escapeHtml(q.text)}”</li>`).join('')}</ul>
<h2>Entities</h2><ul>${people.map((e) => `<li>${escapeHtml(e.name)} <span class="meta">${e.type}${e.role ? `, ${escapeHtml(e.role)}` : ''} ×${e.mentions.length}</span></li>`).join('')}</ul>
<h2>Dates</h2><ul>${(a.dates ?? []).filter((d) => d.value).map((d) => `<li>${escapeHtml(d.text)} = ${escapeHtml(d.value!)}</li>`).join('')}</ul>
${removedSection(a)}`,
  );
}

/** What cleaning removed from the page (menus, prompts, footers), with the rule that removed each piece. */
function removedSection(a: Article): string {
  if (a.removed.length === 0) return '<h2>Removed by cleaning</h2><p class="meta">Nothing.</p>';
  const items = a.removed.map((r) => `<li><span class="meta">${escapeHtml(r.rule)}</span> ${escapeHtml(r.text.length > 300 ? `${r.text.slice(0, 300)}…` : r.text)}</li>`);
  return `<details class="fold"><summary><h2>Removed by cleaning <span class="count">${a.removed.length}</span></h2></summary><ul>${items.join('')}</ul></details>`;
}

/** The add-articles form; `formToken` is the server's anti-forgery token, sent back with the form. */
export function ingestPage(message = '', o: { needsToken?: boolean; formToken?: string } = {}): string {
  const token = o.needsToken ? '<label>Token <input name="token" type="password" autocomplete="off" required></label>' : '';
  const csrf = o.formToken ? `<input type="hidden" name="csrf" value="${escapeHtml(o.formToken)}">` : '';
  return layout(
    'Add articles',
    `<h1>Add articles</h1>${message}
<form method="post" action="/ingest" enctype="multipart/form-data">
<p><label>Text<br><textarea name="text" rows="12"></textarea></label></p>
<p><label>Or files <input type="file" name="file" accept="${UPLOAD_ACCEPT}" multiple></label></p>
<p><label>Or a URL <input type="url" name="url"></label></p>
<p><label>Title <input name="title"></label> <label>Outlet <input name="outlet"></label> <label>Published <input type="date" name="published"></label></p>
${token}${csrf}<p><button type="submit">Add</button></p></form>
<progress id="progress" max="1" value="0" hidden></progress><ul id="results" aria-live="polite"></ul>`,
  );
}

/** What the upload form accepts: article text and pages (each file is one article). */
export const UPLOAD_ACCEPT = '.txt,.text,.md,.html,.htm,text/plain,text/html,text/markdown';

/** What happened to one submitted document, in words. */
export function outcomeText(r: { status?: string; duplicateOf?: unknown }): string {
  if (r.status === 'unchanged') return OUTCOMES.unchanged;
  if (r.status === 'updated') return OUTCOMES.updated;
  return r.duplicateOf ? OUTCOMES.copy : OUTCOMES.added;
}

/** The outcomes a story page may announce after an upload sent the user there (every one but a plain "added"). */
export const NOTICES: ReadonlySet<string> = new Set([OUTCOMES.unchanged, OUTCOMES.updated, OUTCOMES.copy]);

/** The results of a batch added without script: one line per file, with a link to its story. */
export function batchResults(lines: { name: string; storyId?: string; error?: string; outcome?: string }[]): string {
  return `<ul>${lines
    .map((l) => `<li>${escapeHtml(l.name)}: ${l.error ? `not added — ${escapeHtml(l.error)}` : `<a href="/stories/${encodeURIComponent(l.storyId ?? '')}">${escapeHtml(l.outcome ?? 'added')}</a>`}</li>`)
    .join('')}</ul>`;
}

export function messageBox(text: string, ok: boolean): string {
  return `<p class="${ok ? 'meta' : 'only'}" role="status">${escapeHtml(text)}</p>`;
}
