// How articles name the sources their claims rest on: cue phrases before or after the source's name, by kind. Rules
// as data, each with the class of wording it is for; names are read from the text, never listed here (but for the
// class of wire services, which are a source of their own kind).
import type { PrimarySourceKind } from '../../model/report.js';

/**
 * A quoted programme title ("“Harbour Hour”"): short, and not ending in punctuation inside its marks, which marks a
 * quotation of speech ("“The door is open,” Morn said in a statement").
 */
const TITLE = String.raw`[“"][^”"\n]{1,39}[^”"\n,.;:!?][”"]`;
/** A name as news prints it: capitalised words, possessives, initials and a quoted programme title ("Valmora TV’s “Harbour Hour”"). */
const NAME = String.raw`((?:[\p{Lu}\d][\p{L}\d&.'’-]*|${TITLE})(?:[^\S\n]+(?:(?:of|the|de|for|and)(?![\p{L}\d])|[\p{Lu}\d][\p{L}\d&.'’-]*|${TITLE}))*)`;

export interface SourceCue {
  id: string;
  kind: PrimarySourceKind;
  /** Group 1 is the source's name. */
  pattern: RegExp;
  reason: string;
  /** Every claim of the article rests on it (a dateline credit), not only the claim that names it. */
  wholeArticle?: boolean;
}

export const SOURCE_CUES: SourceCue[] = [
  {
    id: 'dateline-credit',
    kind: 'agency',
    pattern: /^[\p{Lu}][\p{Lu}\s.'’-]{1,40}(?:,[^()\n]{1,40})?\s+\(([^()\n]{2,40})\)\s*[-—–]/gmu,
    reason: 'the agency credited in a dateline ("QUILLON, March 3 (Valley Wire) -"): the article is its copy',
    wholeArticle: true,
  },
  { id: 'interview-with', kind: 'interview', pattern: new RegExp(String.raw`\b(?:[Aa]n?\s+)?(?:exclusive\s+|televised\s+|phone\s+|recent\s+)*[Ii]nterview\s+(?:with|on|to|for)\s+${NAME}`, 'gu'), reason: 'an interview given to a named outlet or programme' },
  { id: 'told', kind: 'interview', pattern: new RegExp(String.raw`\b(?:[Tt]old|[Tt]elling|said\s+to|[Ss]peaking\s+to|spoke\s+to|[Ss]peaking\s+with|spoke\s+with|in\s+remarks\s+to)\s+${NAME}`, 'gu'), reason: 'words given to a named outlet (an interview), not to "reporters"' },
  { id: 'according-to', kind: 'outlet', pattern: new RegExp(String.raw`\b[Aa]ccording\s+to\s+(?:a\s+report\s+(?:by|in|from)\s+|the\s+)?${NAME}`, 'gu'), reason: 'a claim sourced to a named organisation or outlet' },
  { id: 'reported-by', kind: 'outlet', pattern: new RegExp(String.raw`\b(?:first\s+reported\s+by|as\s+reported\s+by|reported\s+by|a\s+report\s+(?:by|in|from))\s+${NAME}`, 'gu'), reason: 'a story another outlet broke' },
  { id: 'statement', kind: 'statement', pattern: new RegExp(String.raw`\b(?:in\s+a|a)\s+(?:written\s+|joint\s+|brief\s+)?statement\s+(?:from|by|issued\s+by|released\s+by|posted\s+by)\s+${NAME}`, 'gu'), reason: 'a statement issued by a named person or body' },
  {
    id: 'said-in-statement',
    kind: 'statement',
    pattern: new RegExp(String.raw`${NAME}(?:,\s+(?:a|an|the)\s+[^,.;:"“”\n]{1,80},)?\s+(?:said|announced|confirmed|added|wrote)\s+in\s+an?\s+(?:written\s+|joint\s+|brief\s+|short\s+)?statement`, 'gu'),
    reason: 'a named person or body speaking through a statement, a description between commas after the name ("Ida Hale, a spokeswoman for Quillsoft, said in a statement")',
  },
  { id: 'document', kind: 'document', pattern: new RegExp(String.raw`\b(?:according\s+to\s+|in\s+)?(?:a|the)\s+(?:court\s+|police\s+|leaked\s+)?(?:document|filing|report|memo|letter|indictment|complaint|ruling)s?\s+(?:by|from|of|filed\s+by|published\s+by|released\s+by)\s+${NAME}`, 'gu'), reason: 'a document published or filed by a named body' },
  {
    id: 'social',
    kind: 'social',
    pattern:
      /\b(?:(?:wrote|posted|said|added|replied|responded|commented|confirmed|revealed|announced|tweeted|shared)\s+(?:on|in\s+a\s+post\s+on)|[Ii]n\s+an?\s+(?:\p{Ll}+\s+)?(?:post|message|video|thread|statement)\s+on|on\s+(?:his|her|their|its)(?:\s+official)?)\s+(X|Twitter|Truth Social|Facebook|Telegram|Instagram|Bluesky|Threads|TikTok|Weibo|LinkedIn|YouTube)\b/gu,
    reason: 'a post on a social network, attributed to its author ("wrote on X", "In a post on Telegram, …", "on his Truth Social account")',
  },
];

export { WIRE_SERVICES } from '../../language/index.js';

/** Words that show a name is a news outlet's (class: media nouns and the words of newspaper titles): "Valmora Times", "Radio Valmora". */
export const MEDIA_NAME_WORDS = /\b(?:news|times|post|journal|press|tv|television|radio|network|channel|broadcasting|magazine|herald|tribune|gazette|daily|weekly|reporter|chronicle|courier|observer|telegraph|wire|media)\b/i;

/**
 * Words that show a name is an institution's (class: government, public and corporate bodies, and the seats of
 * government news names for their governments): what it says is its own statement, not another outlet's report.
 */
export const INSTITUTION_NAME_WORDS = /\b(?:ministry|department|office|council|committee|commission|court|police|army|navy|government|spokes(?:man|woman|person)|service|bureau|institute|university|foundation|company|bank|group|party|union|organi[sz]ation|cent(?:er|re)|authority|agency|survey|administration|board|observatory|laboratory|directorate|secretariat|inspectorate|tribunal|assembly|kremlin|white house|pentagon|downing street|elys[eé]e|zhongnanhai|chancellery|parliament|senate|congress)\b/i;

/**
 * Nouns for firms and bodies that are no news outlet (class: kinds of company, public body and non-profit), as an
 * article calls a name with them ("security firm …", "…, a chip maker,"): what the body says is its own statement.
 */
export const NON_MEDIA_BODY_NOUNS = new Set([
  'firm', 'company', 'maker', 'manufacturer', 'developer', 'vendor', 'retailer', 'chain', 'lender', 'bank', 'insurer', 'airline', 'carrier', 'operator', 'supplier',
  'contractor', 'consultancy', 'startup', 'start-up', 'conglomerate', 'corporation', 'giant', 'utility', 'automaker', 'carmaker', 'chipmaker', 'brewer', 'miner',
  'charity', 'nonprofit', 'non-profit', 'watchdog', 'regulator', 'ministry', 'agency', 'university', 'institute', 'laboratory', 'lab', 'hospital', 'union', 'association', 'federation', 'club', 'party',
]);

/**
 * A name is an outlet's or an organisation's, so "told Radio Valmora" is an interview but "told Smith" is a
 * conversation.
 */
export const SOURCE_NAME_WORDS = new RegExp(`${MEDIA_NAME_WORDS.source}|${INSTITUTION_NAME_WORDS.source}`, 'i');

/** Words that end a source's name when it runs on ("Radio Valmora on Friday", "Valmora TV’s Harbour Hour host Ana Lin"). */
export const NAME_STOP = /\s+(?:on|in|at|that|this|last|earlier|during|published|aired|taped|broadcast|moderator|host|anchor|correspondent|reporter|programme|program|show|which|who|and)\b.*$/iu;

/** Generic words left out of a source's key, so "Valmora TV", "Valmora Television" and "Valmora TV’s Harbour Hour" are one source. */
export const GENERIC_SOURCE_WORDS = new Set(['news', 'the', 'tv', 'television', 'radio', 'network', 'channel', 'online', 'digital', 'newspaper', 'magazine', 'agency', 'service']);
