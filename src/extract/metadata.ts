// HTML document → metadata (title, byline, site, canonical URL, language, published time) from meta tags, JSON-LD and <time>.

/** The part of a DOM document this module reads. */
export interface MetaDocument {
  querySelector(selector: string): MetaElement | null;
  querySelectorAll(selector: string): ArrayLike<MetaElement>;
  documentElement: MetaElement | null;
  title?: string;
}
export interface MetaElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
}

export interface PageMetadata {
  title?: string;
  byline?: string;
  siteName?: string;
  canonicalUrl?: string;
  language?: string;
  published?: string;
}

const ARTICLE_TYPES = /^(?:News|Reportage|Analysis|Opinion|Review|Background|Satirical|Report|Scholarly|Tech|Social)?Article$|^BlogPosting$|^LiveBlogPosting$|^WebPage$/;

/** All `<meta>` values by lower-cased property, name or itemprop, read in one pass. */
function metaIndex(doc: MetaDocument): Map<string, string> {
  const index = new Map<string, string>();
  const metas = doc.querySelectorAll('meta');
  for (let i = 0; i < metas.length; i++) {
    const el = metas[i]!;
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.toLowerCase();
      if (key && !index.has(key)) index.set(key, content);
    }
  }
  return index;
}

function pick(index: Map<string, string>, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const v = index.get(key.toLowerCase());
    if (v) return v;
  }
  return undefined;
}

type JsonLd = Record<string, unknown>;

function jsonLdObjects(doc: MetaDocument): JsonLd[] {
  const out: JsonLd[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      out.push(v as JsonLd);
      const graph = (v as JsonLd)['@graph'];
      if (graph) visit(graph);
    }
  };
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    try {
      visit(JSON.parse(scripts[i]!.textContent ?? ''));
    } catch {
      // Broken JSON-LD is common; the other sources still apply.
    }
  }
  return out;
}

/** The first JSON-LD `articleBody` on the page, or '' (the extraction cascade's second method). */
export function jsonLdArticleBody(doc: MetaDocument): string {
  const body = jsonLdObjects(doc).find((o) => typeof o.articleBody === 'string' && o.articleBody)?.articleBody;
  return typeof body === 'string' ? body : '';
}

function typeMatches(obj: JsonLd): boolean {
  const t = obj['@type'];
  return (Array.isArray(t) ? t : [t]).some((x) => typeof x === 'string' && ARTICLE_TYPES.test(x));
}

function nameOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((x): x is string => !!x);
    return names.length ? names.join(', ') : undefined;
  }
  if (v && typeof v === 'object' && typeof (v as JsonLd).name === 'string') return ((v as JsonLd).name as string).trim() || undefined;
  return undefined;
}

/** Normalises a date string to ISO 8601; a bare date stays a date. Unparseable values are dropped. */
export function normalizeDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  const t = Date.parse(v);
  if (Number.isNaN(t)) return undefined;
  const year = new Date(t).getUTCFullYear();
  return year >= 1900 && year <= 2200 ? new Date(t).toISOString() : undefined;
}

const looksLikeUrl = (s: string | undefined) => !!s && /^https?:\/\//i.test(s);

/** Reads metadata before extraction mutates the document. */
export function readMetadata(doc: MetaDocument): PageMetadata {
  const index = metaIndex(doc);
  const meta = (...keys: string[]) => pick(index, ...keys);
  const ld = jsonLdObjects(doc).find(typeMatches) ?? {};
  const ldPublisher = nameOf(ld.publisher);
  const titleTag = doc.querySelector('title')?.textContent?.trim();
  const author = meta('author', 'article:author', 'byl', 'dc.creator', 'DC.creator', 'parsely-author', 'sailthru.author');
  const timeEl = doc.querySelector('time[pubdate]') ?? doc.querySelector('article time[datetime]') ?? doc.querySelector('time[datetime]');
  const out: PageMetadata = {
    title: meta('og:title', 'twitter:title') ?? (typeof ld.headline === 'string' ? ld.headline : undefined) ?? titleTag,
    byline: nameOf(ld.author) ?? (looksLikeUrl(author) ? undefined : author),
    siteName: meta('og:site_name', 'application-name') ?? ldPublisher,
    canonicalUrl: doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('og:url'),
    language: (doc.documentElement?.getAttribute('lang') ?? meta('og:locale', 'language', 'content-language', 'dc.language'))?.slice(0, 2).toLowerCase(),
    published: normalizeDate(
      meta('article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'DC.date.issued', 'parsely-pub-date', 'sailthru.date') ??
        (typeof ld.datePublished === 'string' ? ld.datePublished : undefined) ??
        timeEl?.getAttribute('datetime') ??
        undefined,
    ),
  };
  for (const k of Object.keys(out) as (keyof PageMetadata)[]) if (!out[k]) delete out[k];
  if (out.canonicalUrl && !looksLikeUrl(out.canonicalUrl)) delete out.canonicalUrl;
  if (out.language && !/^[a-z]{2}$/.test(out.language)) delete out.language;
  return out;
}

/** A `<title>` often carries the site after a separator: "Headline | Site" or "Headline - Site". */
export function stripSiteFromTitle(title: string, siteName?: string): string {
  const parts = title.split(/\s+[|–—-]\s+/);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1]!.toLowerCase();
  if (siteName && siteName.toLowerCase().includes(last)) return parts.slice(0, -1).join(' - ');
  return title;
}
