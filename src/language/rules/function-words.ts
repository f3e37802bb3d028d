// Closed-class words: capitalised at the start of a sentence, never names on their own.

/** Lower-case words that are not names even when capitalised (class: English function words and sentence adverbs). */
export const FUNCTION_WORDS = new Set(
  ('a an the this that these those it its he she they we i you me him her them us his hers their theirs our ours my your ' +
    'there here who whom whose what which when where why how whether if unless because although though while as ' +
    'and or but nor so yet for of in on at by to from with without within into onto upon over under above below ' +
    'after before since until during despite through throughout among between against toward towards about around ' +
    'across behind beyond near per via than then thus hence also too very just only even still already again ' +
    'however meanwhile moreover furthermore nevertheless nonetheless instead rather otherwise indeed incidentally ' +
    'perhaps maybe yes no not now today yesterday tomorrow tonight earlier later once twice ' +
    'all any both each either every few many more most much neither none several some such other another ' +
    'is are was were be been being am do does did done has have had having will would shall should can could may might must ' +
    'one two three four five six seven eight nine ten first second third last next new old ' +
    'mr mrs ms dr sir madam lady gentlemen ladies please thanks thank oh well like unlike following according ' +
    'speaking asked asking told telling said saying').split(' '),
);

/**
 * Prepositions FUNCTION_WORDS leaves out, as the comparison keeps them ("inside", "past" and "opposite" say something
 * there): opening a sentence before a name ("Amid Velmar's protests", "Inside Harbor Works"), no part of it.
 */
export const OPENING_PREPOSITIONS = new Set(
  'aboard alongside amid amidst atop beneath beside besides concerning except inside opposite outside past regarding underneath unto versus'.split(' '),
);

/**
 * Indefinite pronouns ("Everyone", "Nobody" opening a sentence): never names. Kept apart from FUNCTION_WORDS, which the
 * comparison drops: "sold everything", "nothing changed" say something there.
 */
export const INDEFINITE_PRONOUNS = new Set(
  'everyone everybody everything someone somebody something anyone anybody anything nobody nothing whoever whatever'.split(' '),
);

/** Month and weekday names: dates, not entities. */
export const CALENDAR_WORDS = new Set(
  ('january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun').split(' '),
);

/** Personal pronouns that can stand for a speaker. */
export const SPEAKER_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we']);

/** Irregular past-tense verbs: after "the president" they show the noun phrase has ended ("the president left"). */
export const IRREGULAR_PAST = new Set(
  ('left met went came took made gave told said spoke wrote held kept stood sat ran won lost sent put set hit cut became ' +
    'began brought bought thought felt found led paid rose fell saw knew flew drove chose broke hid fought struck').split(' '),
);

/** Short words a headline in title case capitalises ("On", "For", "As"): capitalised in prose only at a sentence's start. */
export const TITLE_CASE_SMALL: ReadonlySet<string> = new Set([
  'on', 'for', 'as', 'to', 'in', 'of', 'and', 'at', 'with', 'by', 'from', 'over', 'after', 'amid', 'is', 'are', 'be',
  // Particles and prepositions of phrasal verbs ("Sails Into", "Steps Down", "Pulls Out Of"), possessives and auxiliaries:
  // no name holds them.
  'into', 'out', 'up', 'down', 'off', 'about', 'against', 'his', 'her', 'their', 'its', 'was', 'were', 'has', 'have', 'will', 'not',
]);

/** Prepositions that open a sentence with a phrase before its subject ("In a statement, …", "After the vote, …"). */
export const LEADING_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'after', 'before', 'during', 'since', 'under', 'despite', 'with', 'for', 'from', 'following', 'amid', 'as']);
