// Verbs that attribute words to a speaker ("said", "insisted", "according to"), in every form news text uses.

/**
 * Lemmas of reporting verbs. Class: attribution in news text, neutral ("said") and loaded ("claimed", "conceded") alike;
 * framing analysis reads which one each outlet used.
 */
const LEMMAS =
  'say tell add ask respond reply remark state insist claim posit concede argue note explain stress warn write declare ' +
  'acknowledge admit maintain assert continue urge suggest tweet post announce comment observe recall mention point ' +
  'complain boast predict promise vow pledge deny counter retort quip joke reiterate emphasize emphasise underline ' +
  'contend allege charge accuse agree testify confirm report answer scoff lament describe call question demand ' +
  'caution affirm assure exclaim shout whisper murmur speak order yell scream plead beg recount relate chant sing reflect muse ' +
  'conclude bemoan concur interject notify';

/**
 * Lemmas of verbs of speaking in a manner ("fumed", "thundered", "mumbled"): speech verbs in their finite forms only, as
 * their "-ing" forms are adjectives in news as often as not ("a mumbling figure", "thundering applause").
 */
const MANNER_LEMMAS = 'mumble mutter grumble fume thunder sneer chide scold rant gush';

/** Irregular past forms. */
const IRREGULAR: Record<string, string[]> = {
  say: ['said', 'says', 'saying'],
  tell: ['told', 'tells', 'telling'],
  write: ['wrote', 'writes', 'writing', 'written'],
  admit: ['admitted', 'admits', 'admitting'],
  speak: ['spoke', 'speaks', 'speaking', 'spoken'],
  quip: ['quipped', 'quips', 'quipping'],
  sing: ['sang', 'sings', 'singing', 'sung'],
  concur: ['concurred', 'concurs', 'concurring'],
};

/** Every inflected form → its lemma. */
export const SPEECH_VERBS = new Map<string, string>();
const manner = new Set(MANNER_LEMMAS.split(/\s+/));
for (const lemma of [...LEMMAS.split(/\s+/), ...manner]) {
  const forms = IRREGULAR[lemma] ?? inflect(lemma);
  for (const form of manner.has(lemma) ? forms.filter((f) => !f.endsWith('ing')) : forms) SPEECH_VERBS.set(form, lemma);
  SPEECH_VERBS.set(lemma, lemma);
}

/** Forms that report speech only when followed by a quote or a clause, not as a main noun ("a call", "the report"): skipped as nouns after a determiner. */
export const NOUN_LIKE_FORMS = new Set(
  'call report comment answer question charge claim post note point promise pledge demand state tweet reply remark joke quip retort vow mention thunder rant fume'.split(' '),
);

/** Participles that attach a quote to the clause's subject ("X went on, saying: …"). */
export function isParticiple(form: string): boolean {
  return form.endsWith('ing');
}

/** Cues before a scare-quoted phrase: the writer names a term rather than quoting a statement. */
export const TERM_CUES = new Set(['term', 'terms', 'word', 'words', 'phrase', 'label', 'called', 'calls', 'call', 'dubbed', 'labelled', 'labeled', 'branded', 'so-called', 'known', 'termed', 'nicknamed', 'described', 'describes', 'describe', 'describing', 'calling', 'dubs', 'labels', 'brands']);

function inflect(lemma: string): string[] {
  const ing = lemma.endsWith('e') && !lemma.endsWith('ee') ? lemma.slice(0, -1) + 'ing' : lemma + 'ing';
  let past: string;
  let third: string;
  if (lemma.endsWith('e')) past = lemma + 'd';
  else if (/[^aeiou]y$/.test(lemma)) past = lemma.slice(0, -1) + 'ied';
  else if (/^(?:[^aeiou]*[aeiou][^aeiouwxy])$/.test(lemma) && lemma.length <= 4) past = lemma + lemma.at(-1) + 'ed';
  else past = lemma + 'ed';
  if (/[^aeiou]y$/.test(lemma)) third = lemma.slice(0, -1) + 'ies';
  else if (/(?:s|sh|ch|x|z)$/.test(lemma)) third = lemma + 'es';
  else third = lemma + 's';
  return [past, third, ing];
}
