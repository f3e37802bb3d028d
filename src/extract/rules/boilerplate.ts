// Boilerplate rules as data: each names the class of page it targets and why its match is not article text.

export type BoilerplateKind =
  | 'markup-residue'
  | 'image-placeholder'
  | 'comment-counter'
  | 'prompt'
  | 'related-headlines'
  | 'syndication'
  | 'copyright'
  | 'byline';

/** Metadata a removed span tells us about the article. */
export interface Recovered {
  byline?: string;
  originOutlet?: string;
  originUrl?: string;
  /** The site that republished the article (the outlet of this copy). */
  republisher?: string;
}

/** Removes matches inside a paragraph; the rest of the paragraph stays. */
export interface InlineRule {
  id: string;
  kind: BoilerplateKind;
  /** Global regular expression; every match is removed. */
  pattern: RegExp;
  reason: string;
}

/** Removes a whole paragraph that matches. */
export interface ParagraphRule {
  id: string;
  kind: BoilerplateKind;
  /** Tested against the trimmed paragraph. */
  pattern: RegExp;
  reason: string;
  /** Longer paragraphs are never removed by this rule (article prose can mention the same words). */
  maxChars: number;
  /**
   * `anywhere`: the paragraph is boilerplate wherever it stands.
   * `edge`: only in the contiguous run of boilerplate at the start or end of the text, where
   * footers and notices live; the same words mid-article are prose.
   */
  where: 'anywhere' | 'edge';
  recover?: (paragraph: string) => Recovered;
}

/** A person's name as printed in credit lines: capitalised words, with the particles names carry. */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|del|der|van|von|da|dos|du|la|le|al|bin|ibn))*`;
const NAMES = String.raw`${NAME}(?:\s*(?:,|and|&)\s*${NAME})*`;
const URL_IN_TEXT = /https?:\/\/[^\s,;)"'<>]+[^\s,;)"'<>.]/i;
const DOMAIN_IN_TEXT = /\b((?:[a-z0-9-]+\.)+(?:com|org|net|news|info|co|io|us|uk|ca|au|de|fr|ru|ua|in|eu|tv))\b/i;

/** Host of a URL without `www.`, the outlet's name when nothing better is printed. */
export function hostOutlet(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./i, '').toLowerCase();
  } catch {
    return undefined;
  }
}

function recoverByline(paragraph: string): Recovered {
  const m = new RegExp(String.raw`^\(?(?:[Aa]uthors?|AUTHOR|[Ww]ritten [Bb]y|[Ww]ords [Bb]y|[Ss]tory [Bb]y|[Bb]y|BY|[Rr]eporting [Bb]y)\s*[:\-–—]?\s*(${NAMES})`, 'u').exec(paragraph.trim());
  if (!m?.[1]) return {};
  // "A, B and C" lists authors; "A, Example Gazette" names the outlet after the author.
  const names = /\s(?:and|&)\s/.test(m[1]) ? m[1] : m[1].split(',')[0]!;
  return { byline: names.trim() };
}

function recoverSyndication(paragraph: string): Recovered {
  const found: Recovered = {};
  const url = URL_IN_TEXT.exec(paragraph)?.[0];
  if (url) {
    found.originUrl = url;
    const host = hostOutlet(url);
    if (host) found.originOutlet = host;
  }
  // WordPress feeds: "The post <title> appeared first on <Site>."
  const firstOn = /appeared first on\s+(.+?)\.?\s*$/i.exec(paragraph);
  if (firstOn?.[1]) found.originOutlet = firstOn[1].trim();
  const namedOrigin = /(?:originally|first) (?:published|appeared) (?:by|on|in|at)\s+([^.,;]+?)(?:\s+(?:on|and)\b|[.,;]|$)/i.exec(paragraph);
  if (!found.originOutlet && namedOrigin?.[1] && !/^https?:/i.test(namedOrigin[1])) found.originOutlet = namedOrigin[1].trim();
  // Scraper sites' take-down notices name themselves as the contact: that site republished the copy.
  const contact = /please contact\s+(?:us at\s+)?([^\s,;]+)/i.exec(paragraph);
  const contactDomain = contact?.[1] ? DOMAIN_IN_TEXT.exec(contact[1])?.[1] : undefined;
  if (contactDomain) found.republisher = contactDomain.toLowerCase();
  return found;
}

/** Removed inside paragraphs: residue of markup that text scrapers leave behind. */
export const INLINE_RULES: InlineRule[] = [
  {
    id: 'markdown-image',
    kind: 'image-placeholder',
    pattern: /!\[[^\]\n]*\]\([^)\n]*\)\s*/g,
    reason: 'Markdown image syntax left by a scraper that turned an image into text; it carries no article words',
  },
  {
    id: 'empty-markdown-link',
    kind: 'markup-residue',
    pattern: /\[\s*\]\([^)\n]*\)\s*/g,
    reason: 'An empty Markdown link (an icon or button) left by a scraper',
  },
  {
    id: 'html-tag-residue',
    kind: 'markup-residue',
    pattern: /<\/?(?:p|div|span|br|img|a|strong|em|b|i|u|figure|figcaption|iframe|script|style|section|article)\b[^>\n]*>/gi,
    reason: 'An HTML tag that survived conversion to text',
  },
  {
    id: 'trailing-pipe',
    kind: 'markup-residue',
    pattern: /\s+\|(?:\s*\|)*\s*$/g,
    reason: 'A table or navigation separator glued to the end of a paragraph by a scraper',
  },
  {
    id: 'leading-pipe',
    kind: 'markup-residue',
    pattern: /^\s*\|(?:\s*\|)*\s+/g,
    reason: 'A table or navigation separator glued to the start of a paragraph by a scraper',
  },
];

/** Removed as whole paragraphs. */
export const PARAGRAPH_RULES: ParagraphRule[] = [
  {
    id: 'comment-counter',
    kind: 'comment-counter',
    pattern: /^(?:\d[\d,.]*\s*(?:comments?|responses?|replies|reactions?)|comments?\s*[:(]?\s*\d+\)?|(?:view|show|load|read|see)\s+(?:all\s+)?(?:\d+\s+)?comments?|no comments(?: yet)?|leave a (?:comment|reply)|join the (?:conversation|discussion)|be the first to comment)\.?$/i,
    reason: 'A comment counter or comment prompt from the page around the article',
    maxChars: 60,
    where: 'anywhere',
  },
  {
    id: 'original-source-link',
    kind: 'syndication',
    pattern: /^click (?:this link|here) (?:for|to (?:read|see)) the original (?:source|article|story|post)/i,
    reason: 'A republisher\'s link back to the original article (syndication footer)',
    maxChars: 200,
    where: 'anywhere',
  },
  {
    id: 'share-subscribe-prompt',
    kind: 'prompt',
    pattern: /^(?:share (?:this|on|via)\b|click (?:here|this link)\b|tap here\b|subscribe(?: now| today| to (?:our|the)\b|$)|sign up (?:now|today|for (?:our|the|free)\b.{0,40}(?:newsletter|alerts?|emails?|updates)|to (?:receive|get) (?:our|the))|follow us\b|download (?:our|the) app\b|advertisement$|sponsored(?: content)?$|read more\b|continue reading\b|print this (?:page|article)|e-?mail this (?:page|article)|skip to (?:main )?content)/i,
    reason: 'A share, subscribe or "click here" prompt from the page, addressed to the reader rather than reporting',
    maxChars: 160,
    where: 'anywhere',
  },
  {
    id: 'byline-line',
    kind: 'byline',
    // No `i` flag: under it \p{Lu} also matches lower case, and any sentence would read as a name.
    pattern: new RegExp(String.raw`^(?:[Aa]uthors?:|AUTHOR:|[Ww]ritten [Bb]y|[Ww]ords [Bb]y|[Ss]tory [Bb]y|[Bb]y|BY)\s*[:\-–—]?\s*${NAMES}(?:\s*[,|–—-]\s*[\p{L}.&'’-]+(?:\s+[\p{L}.&'’-]+){0,3})?$`, 'u'),
    reason: 'A credit line naming the author; kept as the byline, not as article text',
    maxChars: 120,
    where: 'anywhere',
    recover: recoverByline,
  },
  {
    id: 'wire-credit',
    kind: 'byline',
    pattern: /^\(?reporting by\b.{0,200}\)?\.?$/i,
    reason: 'A news-agency credit line (reporting, writing and editing credits)',
    maxChars: 240,
    where: 'edge',
    recover: recoverByline,
  },
  {
    id: 'syndication-notice',
    kind: 'syndication',
    pattern: /(?:this (?:content|article|story|post) (?:is|was) (?:courtesy of|owned|republished|reproduced|originally published|made available)|(?:originally|first) (?:published|appeared) (?:by|on|in|at)|republished (?:with permission )?(?:from|by)|appeared first on|used for educational purposes only|would like this content removed)/i,
    reason: 'A syndication or republishing notice naming the original publisher; it is about the copy, not the news',
    maxChars: 1200,
    where: 'edge',
    recover: recoverSyndication,
  },
  {
    id: 'copyright-line',
    kind: 'copyright',
    pattern: /^(?:©|\(c\)|copyright\b).{0,200}$|all rights reserved\.?$/i,
    reason: 'A copyright line from the page footer',
    maxChars: 240,
    where: 'edge',
  },
  {
    id: 'lone-counter',
    kind: 'comment-counter',
    pattern: /^\d{1,6}$/,
    reason: 'A bare number detached from its label (a comment, share or like counter)',
    maxChars: 6,
    where: 'anywhere',
  },
  {
    id: 'widget-label',
    kind: 'prompt',
    pattern: /^(?:caption|toggle caption|hide caption|close|advert(?:isement)?|menu|search|loading(?:\.\.\.)?|comments?|share|tweet|e-?mail|print|next|previous|prev|back to top|expand|enlarge this image|sign in|sign out|log ?in|log ?out|register|view author archive|e-?mail the author|see more|show more|load more|view gallery|watch|listen)$/i,
    reason: 'The label of a page widget (button, menu, caption toggle), not article text',
    maxChars: 30,
    where: 'anywhere',
  },
  {
    id: 'bare-url',
    kind: 'markup-residue',
    pattern: /^(?:https?:\/\/|www\.)\S+$/i,
    reason: 'A link printed as text by a share or permalink widget',
    maxChars: 400,
    where: 'anywhere',
  },
  {
    id: 'gallery-counter',
    kind: 'image-placeholder',
    pattern: /^(?:image|photo|slide)?\s*\d{1,3}\s*(?:of|\/)\s*\/?\s*\d{1,3}$/i,
    reason: 'A photo-gallery position counter ("1 of 6")',
    maxChars: 20,
    where: 'anywhere',
  },
  {
    id: 'image-credit',
    kind: 'image-placeholder',
    pattern: /^\(?(?:image|photo|picture|video)\s+(?:copyright|credit|courtesy|source)\b.{0,80}$/i,
    reason: 'A photo credit line standing where a picture was',
    maxChars: 120,
    where: 'anywhere',
  },
  {
    id: 'image-placeholder',
    kind: 'image-placeholder',
    pattern: /^(?:\[?(?:image|photo|picture|video|graphic|gallery)(?:\s+\d+(?:\s+of\s+\d+)?)?\]?|(?:image|photo|video) (?:not available|loading|unavailable)|(?:photo|image|picture)(?: credit)?\s*:.{1,100})\.?$/i,
    reason: 'An image placeholder or photo credit standing where a picture was',
    maxChars: 120,
    where: 'anywhere',
  },
];

/**
 * Words that make up a timestamp line ("Published 6:15 am GMT, Friday, March 14, 2031").
 * A short paragraph with nothing left after removing these, and that says "published/updated" or
 * has a clock time and a month, is a dateline widget, not prose (event dates and opening hours in
 * an article have neither).
 */
export const TIMESTAMP_CUE = /\b(?:published|updated|posted|modified)\b/i;
export const CLOCK_AND_MONTH = /\d{1,2}:\d{2}[\s\S]*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[\s\S]*\d{1,2}:\d{2}/i;
export const TIMESTAMP_WORDS =
  /\b(?:published|updated|posted|modified|last|first|on|at|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|[ap]\.?m\.?|utc|gmt|[ecmp][sd]t|bst|cet|ist|\d{1,4}(?:st|nd|rd|th)?(?:am|pm)?)\b|[\s,.:;|/–—-]+/gi;

export const TIMESTAMP_REASON = 'A publication or update timestamp printed by the page template, not a sentence of the article';

/** Navigation menus: at least this many consecutive one-to-three-word capitalised lines. */
export const MIN_MENU_ITEMS = 4;
export const MENU_REASON = 'A navigation menu (a run of one-to-three-word section links)';

/** Labels that introduce a list of links to other articles. */
export const RELATED_LIST_LABEL =
  /^(?:related(?: (?:articles|stories|news|coverage|content))?|read (?:more|also|next)|more (?:from|on|news|stories)\b.*|trending(?: now)?|most (?:read|popular|viewed)|popular (?:now|stories)|you (?:may|might) (?:also )?like|recommended(?: for you)?|latest (?:news|stories)|top stories|see also|editor'?s picks|don'?t miss|more great .{1,30} stories)\s*[:.…!]*$/i;

/**
 * A line of page furniture glued under a teaser headline: a view or comment count run into a
 * timestamp ("2.3k views 14:05", "981Yesterday, 18:40", "4113.03.2031, 09:12"), or a relative time.
 */
const COUNT = String.raw`(?:\d[\d.,]*\s*[km]?\s*(?:views?|reads?|comments?|shares?)?\s*)?`;
export const TEASER_METADATA_LINE = new RegExp(
  String.raw`^${COUNT}(?:(?:yesterday|today|just now|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})\s*,?\s*)?\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?$` +
    String.raw`|^${COUNT}(?:\d+\s*(?:min(?:ute)?s?|h(?:ours?)?|days?)\s+ago|yesterday|today)$`,
  'i',
);

export const RELATED_HEADLINES_REASON =
  'A list of teaser headlines for other articles (related, trending or most-read links), often with view counts and times glued on';
