// Abbreviations and sentence starters that decide whether a period ends a sentence.

/** Titles that always precede a name: a period after them never ends a sentence (class: honorifics and ranks). */
export const TITLE_ABBREVIATIONS = new Set(
  ('mr mrs ms mx dr prof gen lt col maj capt cmdr cdr sgt cpl pte brig adm gov sen rep rev fr sr st mt ft hon rt pres supt insp ' +
    'det const cst atty dist asst dep amb msgr messrs mme mlle').split(' '),
);

/** Abbreviations followed by a number ("Aug. 15", "No. 10", "Vol. 3"): no break when a digit follows. */
export const NUMBER_ABBREVIATIONS = new Set(
  'jan feb mar apr jun jul aug sep sept oct nov dec no nos vol pp p fig art sec ch'.split(' '),
);

/** Abbreviations that usually continue a sentence but may end one (company and name suffixes, "etc."). */
export const INNER_ABBREVIATIONS = new Set('vs v etc inc corp ltd co jr approx est dept univ assn bros'.split(' '));

/**
 * Words that start a new sentence after an ambiguous period ("in the U.S. The talks…"): closed-class words
 * that cannot continue a noun phrase such as "the U.S. president". Lower case.
 */
export const SENTENCE_STARTERS = new Set(
  ('the a an this that these those it he she they we i you his her their its our my your there here ' +
    'but and or so yet however meanwhile still also then now later earlier when while if as after before since ' +
    'in on at for from with without by to of during despite although though because what who why how where ' +
    'some many most several few all both each no not one two three officials critics').split(' '),
);
