// Word tables for comparing statements: what negates, what counts, what carries no content in news prose.

/**
 * Words that negate the clause they are in (class: English negators, contracted or not). A statement's polarity is the
 * parity of these, so "no vote is planned" and "there is no planned vote" agree and "a vote is planned" does not.
 */
export const NEGATORS = new Set(['no', 'not', "n't", 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'cannot', 'without', 'nowhere']);

/**
 * Lemmas that deny what follows them (class: verbs and adjectives of refusal, denial and improbability): "ruled out
 * another strike" says what "no strike is planned" says, and "unlikely to meet" the opposite of "expected to meet".
 */
export const NEGATING_PREDICATES = new Set(['deny', 'dismiss', 'refuse', 'reject', 'decline', 'rule', 'fail', 'unlikely', 'impossible', 'cancel', 'scrap', 'lack', 'halt', 'abandon', 'doubt', 'refrain', 'abstain', 'avoid']);

/** Adverbs that complete a verb of several words ("step down", "call off"), never a preposition before a phrase. */
export const PARTICLES = new Set(['up', 'down', 'out', 'off', 'away', 'back', 'aside', 'apart', 'over']);

/**
 * Verbs that with a particle deny what follows (class: phrasal verbs of refraining and cancelling), each with its
 * particles: "stay out of NATO" says what "not join NATO" says; "called off the strike" what "no strike".
 */
export const NEGATING_PHRASAL_VERBS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['stay', new Set(['out', 'away'])],
  ['keep', new Set(['out', 'away', 'off'])],
  ['call', new Set(['off'])],
  ['back', new Set(['out', 'away'])],
]);

/**
 * Words of expectation, one meaning for comparison (class: "X is expected/likely/set/due/poised to …"), so that "unlikely
 * to meet" is read as the denial of "expected to meet".
 */
export const EXPECTATION_WORDS = new Set(['likely', 'unlikely', 'expected', 'expect', 'set', 'due', 'poised', 'scheduled', 'slated', 'probable']);

/** Words that end the reach of a negation: a new clause starts ("no vote is planned, but talks go on"). */
export const CLAUSE_BREAKERS = new Set(['but', 'while', 'whereas', 'although', 'though', 'however', 'yet', 'because', 'since', 'after', 'before', 'when', 'and', 'or', 'which', 'who', 'that']);

/** Words after "not" that make it the first half of "not only X but (also) Y", which affirms both: no negation. */
export const NOT_ONLY_FOCUS = new Set(['only', 'just', 'merely', 'simply', 'solely']);

/** Content terms a negation reaches, at most ("not join NATO": join, NATO). */
export const NEGATION_REACH = 4;

/** Contractions that carry a negation ("don't", "won't", "can't"). */
export const NEGATED_CONTRACTION = /^(?:\p{L}+n['’]t|can['’]t|won['’]t|cannot)$/iu;

/**
 * Words with no content of their own in news statements (class: attribution and reporting verbs, hedges of time and
 * degree, discourse markers). The function-word list of the language stage is added to these.
 */
export const STATEMENT_STOPWORDS = new Set(
  ('say said says saying tell told tells telling according report reported reports reportedly add added adds ' +
    'state stated states note noted notes claim claimed claims remark remarked ' +
    'also however meanwhile now currently recently still yet already just even really actually ' +
    'would could should might may must will shall can do does did done doing be is are was were been being ' +
    'have has had having get gets got getting make makes made making ' +
    'mr mrs ms dr st').split(' '),
);

/** Number words, for "forty workers" against "40 workers". */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10],
  ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18],
  ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['hundred', 100], ['dozen', 12], ['half', 0.5],
]);

/** Ordinal words, for "the 13th of July" against "the thirteenth of July". */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8], ['ninth', 9], ['tenth', 10],
  ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13], ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16], ['seventeenth', 17],
  ['eighteenth', 18], ['nineteenth', 19], ['twentieth', 20], ['thirtieth', 30],
]);

/** Words that scale the number before them. */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12], ['bn', 1e9], ['m', 1e6], ['k', 1e3],
]);

/**
 * Nouns of a scale that news prints before a value on it ("a magnitude 5.4 earthquake", "a Category 4 storm", "a level 3
 * alert", "stage 2 cancer"): the number is a value on that scale, as in "a 5.4-magnitude quake", not a count of what
 * follows.
 */
export const SCALE_NOUNS: ReadonlySet<string> = new Set(['magnitude', 'category', 'level', 'grade', 'stage', 'phase', 'tier']);

/**
 * Units that follow a number, each with its canonical name: one figure written two ways ("20%", "20 percent",
 * "20 per cent") is one quantity.
 */
export const UNITS: ReadonlyMap<string, string> = new Map([
  ['%', 'percent'], ['percent', 'percent'], ['pct', 'percent'], ['percentage', 'percent'],
  ['$', 'usd'], ['dollar', 'usd'], ['dollars', 'usd'], ['usd', 'usd'], ['€', 'eur'], ['euro', 'eur'], ['euros', 'eur'], ['eur', 'eur'],
  ['£', 'gbp'], ['pound', 'gbp'], ['pounds', 'gbp'], ['gbp', 'gbp'],
  ['km', 'km'], ['kilometre', 'km'], ['kilometres', 'km'], ['kilometer', 'km'], ['kilometers', 'km'],
  ['mile', 'mile'], ['miles', 'mile'], ['kg', 'kg'], ['kilogram', 'kg'], ['kilograms', 'kg'], ['tonne', 'tonne'], ['tonnes', 'tonne'], ['ton', 'tonne'], ['tons', 'tonne'],
  ['hectare', 'hectare'], ['hectares', 'hectare'], ['acre', 'acre'], ['acres', 'acre'],
  ['metre', 'metre'], ['metres', 'metre'], ['meter', 'metre'], ['meters', 'metre'], ['foot', 'foot'], ['feet', 'foot'], ['ft', 'foot'],
]);

/**
 * Units one outlet converts into another's ("1,500 feet (457 metres)", "5 miles"/"8 km"): each unit's dimension and its
 * size in that dimension's base unit (metre, kilogram, square metre).
 */
export const UNIT_SIZES: ReadonlyMap<string, { dimension: string; size: number }> = new Map([
  ['km', { dimension: 'length', size: 1000 }],
  ['mile', { dimension: 'length', size: 1609.344 }],
  ['metre', { dimension: 'length', size: 1 }],
  ['foot', { dimension: 'length', size: 0.3048 }],
  ['kg', { dimension: 'mass', size: 1 }],
  ['tonne', { dimension: 'mass', size: 1000 }],
  ['hectare', { dimension: 'area', size: 10_000 }],
  ['acre', { dimension: 'area', size: 4046.856 }],
]);

/** Month names and abbreviations → month number. */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].flatMap((m, i) => [
    [m, i + 1],
    [m.slice(0, 3), i + 1],
  ]).concat([['sept', 9]]) as [string, number][],
);

/** Weekday names and abbreviations → a short key. */
export const WEEKDAYS: ReadonlyMap<string, string> = new Map(
  ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].flatMap((d) => [
    [d, d.slice(0, 3)],
    [d.slice(0, 3), d.slice(0, 3)],
  ]) as [string, string][],
);

/**
 * Words of opposite direction that the lexicon (WordNet) does not list as antonyms (class: what news says was raised or
 * cut, rose or dropped, upheld or overturned, supported or opposed; a profit or a loss): of one thing at one time, one
 * outlet's statement contradicts the other's.
 */
export const CONTRARY_WORDS: readonly [string, string][] = [
  ['raise', 'cut'],
  ['hike', 'cut'],
  ['increase', 'cut'],
  ['grow', 'shrink'],
  ['expand', 'shrink'],
  ['support', 'oppose'],
  ['gain', 'lose'],
  ['rise', 'drop'],
  ['extend', 'shorten'],
  ['uphold', 'overturn'],
  ['uphold', 'reverse'],
  ['profit', 'loss'],
  ['surplus', 'deficit'],
  ['victory', 'defeat'],
];

/**
 * Verbs of which one undoes the other (class: what news says was suspended and resumed, imposed and lifted, arrested
 * and released, joined and left, checked into a clinic and left it): both can be true of one story in turn, so two statements that differ by them are two
 * facts, neither one fact in other words nor a contradiction.
 */
export const SUCCESSIVE_VERBS: readonly [string, string][] = [
  ['suspend', 'resume'],
  ['halt', 'resume'],
  ['impose', 'lift'],
  ['arrest', 'release'],
  ['detain', 'release'],
  ['join', 'leave'],
  ['open', 'close'],
  ['start', 'stop'],
  ['enter', 'exit'],
  ['enter', 'leave'],
  ['arrive', 'leave'],
  ['check_in', 'check_out'],
  ['check_in', 'leave'],
  ['check_into', 'check_out'],
  ['check_into', 'leave'],
  ['admit', 'discharge'],
  ['hire', 'fire'],
];

/** Words that make a time relative to the report with the unit after them ("last week", "next month", "this year"). */
export const RELATIVE_TIMES = new Set(['last', 'next', 'this', 'coming', 'past']);
export const RELATIVE_UNITS = new Set(['week', 'month', 'year', 'weekend', 'season', 'spring', 'summer', 'autumn', 'fall', 'winter']);
