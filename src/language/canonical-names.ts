// Name variants → one key: spelling and transliteration variants of a name (Ostrovsky/Ostrovskyy, Aleksey/Aleksei,
// Pavlov/Pavloff, Mohammed/Muhammad, with or without diacritics) compare equal; a general method, no name lists.
import { memoized } from './memo.js';
import { NICKNAMES } from './rules/nicknames.js';
import { withoutAccents } from './tokens.js';

/** Most name keys kept before the cache starts over (names recur within a text and across a story). */
const KEY_CACHE = 50_000;

/**
 * The comparison key of one name word. Steps, each for a class of variants:
 * diacritics dropped (José/Jose); x → ks (Alexei/Aleksei); ph → f; tch → ch; ck → k; w → v (Wladimir/Vladimir);
 * final -off/-ff → -ov (Romanoff/Romanov); y → i (-y/-yy, -ey/-ei); vowels folded into classes {a,e} {o,u} {i}
 * (Mohammed/Muhammad); doubled letters collapsed.
 * @example nameKey('Ostrovskyy') === nameKey('Ostrovsky')
 */
export const nameKey: (word: string) => string = memoized(computeKey, KEY_CACHE);

function computeKey(word: string): string {
  let s = withoutAccents(word)
    .toLowerCase()
    .replace(/['’.\-‐]/g, '');
  s = s.replace(/x/g, 'ks').replace(/ph/g, 'f').replace(/tch/g, 'ch').replace(/ck/g, 'k').replace(/w/g, 'v');
  s = s.replace(/(?:off|ff)$/, 'ov').replace(/y/g, 'i');
  s = s.replace(/[ae]/g, 'a').replace(/[ou]/g, 'o');
  return s.replace(/(.)\1+/g, '$1');
}

/** True when two name words are variants of each other, or one is the other's initial ("J." / "John"). */
export function sameNameWord(a: string, b: string): boolean {
  return sameKey(nameKey(a), nameKey(b));
}

/**
 * True when two multi-word names can name one person: the last words match, and so do the first words when both
 * have them. "Aleksey Markov" ~ "Aleksei Markov"; "Ana Lin" ≁ "Mei Lin". Only a first word may be an initial
 * ("J. Markov" ~ "Jan Markov"), or initials before a first name may be left out ("W. Ben Ortiz" ~ "Ben Ortiz"): a lone
 * letter as the last word ("Block 1B" → "B") matches no surname.
 */
export function sameFullName(a: string[], b: string[]): boolean {
  return sameFullKeys(a.map(nameKey), b.map(nameKey));
}

/** `sameFullName` on words already keyed with `nameKey` (for callers that compare one name many times). */
export function sameFullKeys(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  if (a.at(-1) !== b.at(-1)) {
    // A surname printed as two words or as one ("Tom Van Dorn" / "Tom VanDorn"): the short word before the last, with
    // it, is the other's last word; a first name must stand before them, so a name of two words ("Ana Lin") is not
    // taken for one word ("Analin").
    // (Only the longer last word can be the other's two joined: most pairs of names are ruled out without joining.)
    const [la, lb] = [a.at(-1)!, b.at(-1)!];
    if (lb.length > la.length) return joinedSurname(a) === lb && sameFullKeys([...a.slice(0, -2), lb], b);
    if (la.length > lb.length) return joinedSurname(b) === la && sameFullKeys(a, [...b.slice(0, -2), la]);
    return false;
  }
  if (a.length === 1 || b.length === 1) return true;
  if (sameKey(a[0]!, b[0]!) || sameGivenName(a[0]!, b[0]!)) return true;
  // "W. Ben Ortiz" ~ "Ben Ortiz": a name that opens with initials is also written without them.
  const [ia, ib] = [leadingInitials(a), leadingInitials(b)];
  return (ia > 0 || ib > 0) && sameFullKeys(a.slice(ia), b.slice(ib));
}

/** Most letters of a keyed word that joins the surname after it ("van", "de", "del", "mc"). */
const JOINED_WORD = 3;

/** A keyed name's last two words as one, when it has a first name and the word before its last is short. */
function joinedSurname(keys: string[]): string | undefined {
  if (keys.length < 3 || keys.at(-2)!.length > JOINED_WORD) return undefined;
  return `${keys.at(-2)}${keys.at(-1)}`.replace(/(.)\1+/g, '$1');
}

/** How many initials ("J.", "A") open a name's printed words; none when every word is one. */
export function initialsOpening(words: readonly string[]): number {
  return Math.max(0, words.findIndex((w) => !/^\p{L}\.?$/u.test(w)));
}

/** How many initials open a keyed name, leaving at least a first name and a surname. */
function leadingInitials(keys: string[]): number {
  let n = 0;
  while (n < keys.length - 2 && keys[n]!.length === 1) n++;
  return n;
}

/** Full forms of the short given names, by key ("dave" → the key of "David"). */
const FULL_FORM = new Map([...NICKNAMES].map(([short, full]) => [nameKey(short), nameKey(full)]));

/** Two keyed given names are one name in its short and full forms ("Dave" / "David", "Liz" / "Beth"). */
function sameGivenName(ka: string, kb: string): boolean {
  const [fa, fb] = [FULL_FORM.get(ka) ?? ka, FULL_FORM.get(kb) ?? kb];
  return fa === fb;
}

function sameKey(ka: string, kb: string): boolean {
  return ka === kb || ((ka.length === 1 || kb.length === 1) && ka[0] === kb[0]);
}

/** The key of a whole name, for grouping: words keyed and joined. */
export function fullNameKey(words: string[]): string {
  return words.map(nameKey).join(' ');
}

/** The key of a name as printed ("Valmora Ledger" → its words' keys joined): spelling variants meet. */
export function printedNameKey(name: string): string {
  return fullNameKey(name.split(/\s+/));
}
