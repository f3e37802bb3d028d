// A sentence's closing attribution ("…, the port authority said on Friday.", "…, said Ida Hale, a spokeswoman."): where it
// starts and whom it names, read from the words alone. News puts the source of a reported claim at its end as often as
// at its start; a clause shown without it would state as fact what the outlet reports someone said.
import { FUNCTION_WORDS, isRoleWord, SPEECH_VERBS } from '../language/index.js';
import { NON_ASSERTING_LEMMAS } from './rules/non-claims.js';
import { WEEKDAYS } from './rules/statement-words.js';

export interface ClosingAttribution {
  /** Offset in the text of the comma that opens the attribution. */
  start: number;
  /**
   * Who it names as printed: a name ("Ida Hale", "Harbor Works"), a role or group with its article ("the port
   * authority", "a prosecutor", "police"), or a document ("the lawsuit"). A personal pronoun ("he") as printed.
   * Undefined for a pronoun naming no one here ("it", "they", "his lawyer").
   */
  speaker?: string;
  /** Offset in the text of the speaker's head word (its last word before any "of"/"for" phrase). */
  headAt?: number;
}

/** Most words of a speaker before its verb ("a spokeswoman for the port authority said"). */
const MAX_SUBJECT_WORDS = 6;
/** Most words after the verb that say when, where or to whom ("told reporters in Lowford on Friday"). */
const MAX_COMPLEMENT_WORDS = 8;
/** Verbs an attribution may open with, the speaker after them ("…, said Ida Hale"). */
const INVERTED_VERBS = new Set(['said', 'says', 'reports', 'reported', 'added', 'adds', 'wrote', 'writes', 'explained', 'noted', 'recalled', 'continued']);
/** Words that may follow a speech verb in an attribution: when, where, how and to whom it was said. */
const COMPLEMENT_WORDS = new Set(
  ('statement statements interview interviews news conference conferences briefing briefings release releases reporters journalists ' +
    'email e-mail emails phone telephone call post posts message messages television radio broadcast podcast video court hearing ' +
    'testimony letter website press week weekend month year morning afternoon evening night today yesterday tonight earlier later ' +
    'also again recently previously separately late early local time weeks months days hours ago social media told written ' +
    'officials lawmakers parliament council committee audience crowd supporters').split(' '),
);
/** A document a report can cite as its source ("…, the lawsuit said"). */
const DOCUMENT_HEADS = new Set(
  'statement release report lawsuit complaint filing memo letter ruling study survey indictment affidavit documents records website bio biography notice order verdict judgment analysis audit'.split(' '),
);
/** Auxiliaries and adverbs between a speaker and the verb ("Harbor Works has confirmed", "police later said"). */
const BEFORE_VERB = new Set(['has', 'have', 'had', 'also', 'later', 'earlier', 'since', 'previously', 'separately', 'again', 'further']);
const DETERMINERS = new Set(['the', 'a', 'an']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);
/** Lower-case words inside a name ("Board of Harbours and Ferries"). */
const NAME_JOINERS = new Set(['of', 'for', 'and', '&', 'the']);
/** Lower-case words inside a speaker's phrase that begin what the head is of or for ("a spokeswoman for the port"). */
const HEAD_ENDERS = new Set(['of', 'for', 'at', 'with', 'from', 'in', 'on', 'to']);

interface Word {
  text: string;
  bare: string;
  at: number;
}

/** A speech verb form that states something as said: finite ("said", "says", "confirmed"), not "saying" or "asked". */
function assertingVerb(word: string): string | undefined {
  const lemma = SPEECH_VERBS.get(word);
  if (!lemma || NON_ASSERTING_LEMMAS.has(lemma) || word.endsWith('ing')) return undefined;
  return lemma;
}

/** What may follow the verb: a time, a medium, an audience, names; never what was said ("that …"). */
function complementOk(words: Word[]): boolean {
  if (words.length > MAX_COMPLEMENT_WORDS) return false;
  return words.every(
    (w) => w.bare !== 'that' && (FUNCTION_WORDS.has(w.bare) || COMPLEMENT_WORDS.has(w.bare) || WEEKDAYS.has(w.bare) || /^\p{Lu}/u.test(w.text) || /^\d/.test(w.text)),
  );
}

/**
 * The speaker's phrase, if the words make one: a pronoun, a name, or a role, group or document (with "a"/"the" and
 * words before the head, and an "of"/"for" phrase after it). `speaker` undefined: an attribution naming no one here.
 */
function speakerOf(words: Word[]): { ok: boolean; speaker?: string; headAt?: number } {
  if (words.length === 0 || words.length > MAX_SUBJECT_WORDS) return { ok: false };
  const first = words[0]!;
  if (words.length === 1 && PRONOUNS.has(first.bare)) return /^(?:he|she)$/.test(first.bare) ? { ok: true, speaker: first.text, headAt: first.at } : { ok: true };
  if (POSSESSIVES.has(first.bare)) return words.length <= 3 && isRoleWord(words.at(-1)!.bare) ? { ok: true } : { ok: false };
  const body = DETERMINERS.has(first.bare) ? words.slice(1) : words;
  // "…, Inspector Ida Hale said", "…, the Board of Harbours said": a name, printed without its article.
  const capital = (w: Word) => /^\p{Lu}/u.test(w.text);
  if (first.bare !== 'a' && first.bare !== 'an' && body.length > 0 && capital(body[0]!) && capital(body.at(-1)!) && body.every((w) => capital(w) || NAME_JOINERS.has(w.text))) {
    if (body.some((w) => !/^[\p{L}][\p{L}.'’-]*$/u.test(w.text))) return { ok: false };
    return { ok: true, speaker: body.map((w) => w.text).join(' '), headAt: body.at(-1)!.at };
  }
  const end = body.findIndex((w, i) => i > 0 && HEAD_ENDERS.has(w.text));
  const core = end < 0 ? body : body.slice(0, end);
  const head = core.at(-1);
  if (!head || core.some((w) => !/^[\p{L}][\p{L}.'’-]*$/u.test(w.text) || FUNCTION_WORDS.has(w.text))) return { ok: false };
  if (!/^\p{Ll}/u.test(head.text) || !(isRoleWord(head.bare) || DOCUMENT_HEADS.has(head.bare))) return { ok: false };
  return { ok: true, speaker: words.map((w) => w.text).join(' '), headAt: head.at };
}

/** The words of a stretch of text with their offsets, trailing punctuation off. */
function wordsOf(text: string, from: number, to: number): Word[] {
  // A closing quotation mark before the attribution ("…,” her father said") is no word of it.
  return [...text.slice(from, to).matchAll(/\S+/g)].flatMap((m) => {
    const lead = /^["“”‘’«»]*/u.exec(m[0])![0].length;
    const printed = m[0].slice(lead).replace(/[.,;:!?"“”‘’»)]+$/u, '');
    return printed ? [{ text: printed, bare: printed.toLowerCase(), at: from + m.index! + lead }] : [];
  });
}

/**
 * Whom a phrase of the text (`from`–`to`) names as a speaker, read as a closing attribution's speaker is: "police", "a
 * spokesman for the port", "court documents", "Ida Hale". For the words after "according to".
 */
export function speakerPhrase(text: string, from: number, to: number): Omit<ClosingAttribution, 'start'> | undefined {
  const who = speakerOf(wordsOf(text, from, to));
  return who.ok && who.speaker ? { speaker: who.speaker, headAt: who.headAt! } : undefined;
}

/**
 * The attribution a sentence closes with, after a comma: "…, SPEAKER VERB [when/where/to whom]." or "…, VERB SPEAKER
 * [, who they are]."; not a clause of its own (", but Lin said the talks failed", ", saying a deal was near"), nor a
 * verb whose subject is no speaker (", the last report point of its route").
 */
export function closingAttribution(text: string): ClosingAttribution | undefined {
  const end = text.replace(/[\s.!"”’»)]*$/u, '').length;
  const commas = [...text.slice(0, end).matchAll(/,["”’»]*\s/g)].map((m) => m.index!).slice(-2).reverse();
  for (const [n, comma] of commas.entries()) {
    const words = wordsOf(text, comma + 1, end);
    // A second comma inside is allowed only after an inverted speaker: "…, said Ida Hale, a spokeswoman for the port".
    const inner = n === 1 ? words.findIndex((w, i) => i < words.length - 1 && text[w.at + w.text.length] === ',') : -1;
    if (n === 0 || inner >= 0) {
      const found = inverted(words, inner) ?? (inner < 0 ? spoken(words) : undefined);
      if (found) return { start: comma, ...found };
    }
  }
  return undefined;
}

/** "said Ida Hale" / "said a spokeswoman for the port", maybe followed (after `inner`) by who the speaker is. */
function inverted(words: Word[], inner: number): Omit<ClosingAttribution, 'start'> | undefined {
  if (!INVERTED_VERBS.has(words[0]?.bare ?? '')) return undefined;
  const subject = words.slice(1, inner < 0 ? undefined : inner + 1);
  const who = speakerOf(subject);
  return who.ok && who.speaker && !PRONOUNS.has(subject[0]!.bare) ? { speaker: who.speaker, headAt: who.headAt! } : undefined;
}

/** "the port authority said on Friday" / "he told reporters" / "a prosecutor said". */
function spoken(words: Word[]): Omit<ClosingAttribution, 'start'> | undefined {
  for (let v = 1; v <= Math.min(MAX_SUBJECT_WORDS, words.length - 1); v++) {
    const lemma = assertingVerb(words[v]!.bare);
    if (!lemma) continue;
    const next = words[v + 1]?.bare;
    if (next && ['of', 'with', 'by', 'about'].includes(next)) continue;
    if (!complementOk(words.slice(v + 1))) continue;
    let s = v;
    while (s > 1 && BEFORE_VERB.has(words[s - 1]!.bare)) s--;
    const who = speakerOf(words.slice(0, s));
    if (!who.ok) continue;
    return who.speaker ? { speaker: who.speaker, headAt: who.headAt! } : {};
  }
  return undefined;
}
