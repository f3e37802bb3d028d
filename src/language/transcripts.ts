// Text → someone's words printed without quotation marks: the turns of a transcript (an interview as questions and
// answers, a press conference or a speech as given), each after its speaker's label ("Ana Lin: We will …", "Q: …"),
// and a passage of speech introduced by a paragraph ending in a colon ("In her speech, Lin said:"). Each is a quotation
// whose speaker the label or the introduction names, never the outlet's claim.
import type { Span } from '../model/analysis.js';
import { isFirstName } from './first-names.js';
import { TITLE_ABBREVIATIONS } from './rules/abbreviations.js';
import { HONORIFICS, ROLE_HEADS } from './rules/roles.js';
import { SPEECH_VERBS } from './rules/speech-verbs.js';
import { paragraphSpans } from './sentences.js';

/**
 * A turn, or an introduced passage: `start`/`end` cover its words (the label left out); `label` is where the label, or
 * the speaker's name in the paragraph introducing the passage, is printed.
 */
export interface TranscriptTurn extends Span {
  label: Span;
  /** A passage after its introduction, not a labelled turn: the speaker is a person the introduction names. */
  introduced?: boolean;
}

/** The labels of a question-and-answer transcript's turns, and who speaks under each. */
export const QUESTION_ANSWER_ROLES: Readonly<Record<string, string>> = { Q: 'the interviewer', Question: 'the interviewer', A: 'the interviewee', Answer: 'the interviewee' };

/**
 * A paragraph opening with a speaker's label and a colon: "Q" or "A" (or "Question", "Answer"), or one to four
 * capitalised words (a name, maybe with a title: "President Ana Lin", "LIN").
 */
const LABEL = new RegExp(String.raw`^(?:(${Object.keys(QUESTION_ANSWER_ROLES).join('|')})|(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|da|van|von|al|bin|le)){0,3}))\s*:\s+(?=\S)`, 'u');
/**
 * First words of a label that is a page's furniture or a heading, not a speaker ("Note:", "Updated:", "Photo:",
 * "Dear Abby:", "Step 2:").
 */
const NOT_SPEAKERS = new Set(
  ('note notes update updated published posted photo photos image images video caption credit credits source sources related read watch ' +
    'listen editor editors correction clarification disclaimer warning tags tag filed location date time price release new step stage part ' +
    'chapter title subject re from to cc dear breaking exclusive opinion analysis review live more see also via tip tips bottom summary ' +
    'background context why what how when where who ingredients directions method')
    .split(' '),
);
/** A word of the first person: what a speaker says of themselves (a "you" alone may be any page's reader). */
const FIRST_PERSON = /\b(?:I|I['’](?:m|d|ve|ll)|[Mm]e|[Mm]y|[Mm]ine|[Ww]e|[Ww]e['’](?:re|ve|ll|d)|us|[Oo]ur|[Oo]urs)\b/;

/**
 * A label that names a person: a first name the lists hold with a surname after it ("Ana Lin"), a title and a name
 * ("President Lin", "Prof. Carlos"), a role that asks the questions ("Interviewer", "Host"), or one word that is the
 * surname of a person the text names in full ("LIN", "Lin" after "Ana Lin"). Not a product, a place or a heading
 * ("United Kingdom", "Connectivity Technology", "Abstract"), which pages print before a colon too.
 */
function namesPerson(label: string, surnames: () => ReadonlySet<string>): boolean {
  const words = label.split(/\s+/).map((w) => w.replace(/[.'’]+$/u, '').replace(/['’]s$/u, ''));
  const lower = words.map((w) => w.toLowerCase());
  const title = lower.findLastIndex((w) => HONORIFICS.has(w) || TITLE_ABBREVIATIONS.has(w) || ROLE_HEADS.has(w));
  if (title >= 0) return title < words.length - 1 || (words.length === 1 && ROLE_HEADS.get(lower[0]!) === 'interviewer');
  if (words.length >= 2) return words.length <= 3 && isFirstName(words[0]!);
  return surnames().has(lower[0]!);
}

/** The words the text prints after a first name the lists hold ("Lin" in "Ana Lin"), lower case: surnames. */
function surnamesIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\b(\p{Lu}\p{Ll}+)\s+(\p{Lu}[\p{L}-]+)/gu)) if (isFirstName(m[1]!)) out.add(m[2]!.toLowerCase());
  return out;
}

/**
 * A paragraph before the turns that announces a transcript ("Here is the transcript", "the full text of her remarks",
 * "This interview has been edited for length and clarity"): the paragraphs after a turn go on with it.
 */
const TRANSCRIPT_LEAD = /\btranscripts?\b|\bfull text\b|\bremarks as (?:prepared|delivered)\b|\bedited for (?:length|clarity|brevity)\b|\bcondensed\b/i;
/** Fewest words in a turn: a label and a phrase may be a heading ("Ana Lin: a life at sea"). */
const MIN_TURN_WORDS = 5;

/**
 * The turns of the transcripts in `text`. A labelled paragraph is a turn when its label names a person (namesPerson) and
 * its words are speech: a first-person word in it or in another paragraph under the same label; or, for "Q:" and "A:",
 * when another such label is in the text. The unlabelled paragraphs after a
 * turn go on with it up to the next label when the text holds two turns or more (an interview's answer runs over
 * paragraphs) or announces a transcript before its first turn; otherwise the turn is its own paragraph. Headlines in
 * the form "Lin: Port will reopen" have no first person and are no turns.
 */
export function findTranscriptTurns(text: string, paragraphs: Span[] = paragraphSpans(text)): TranscriptTurn[] {
  let known: Set<string> | undefined;
  const surnames = () => (known ??= surnamesIn(text));
  const labels = paragraphs.map((p) => {
    const line = text.slice(p.start, p.end);
    const m = LABEL.exec(line);
    if (!m) return undefined;
    const name = (m[1] ?? m[2])!;
    const words = line.slice(m[0].length);
    const speaker = m[1] === undefined && !NOT_SPEAKERS.has(name.split(/\s+/)[0]!.toLowerCase().replace(/['’]s$/, '')) && words.split(/\s+/).length >= MIN_TURN_WORDS && namesPerson(name, surnames);
    return { name, question: m[1] !== undefined, speaker, speech: FIRST_PERSON.test(words), label: { start: p.start, end: p.start + name.length }, from: p.start + m[0].length };
  });
  // Who speaks in the first person somewhere speaks in every paragraph under their label.
  const speakers = new Set(labels.filter((l) => l?.speaker && l.speech).map((l) => l!.name));
  const questions = labels.filter((l) => l?.question).length;
  const isTurn = (l: (typeof labels)[number]) => l !== undefined && (l.question ? questions >= 2 : l.speaker && speakers.has(l.name));
  const turns = labels.filter(isTurn).length;
  const first = labels.findIndex(isTurn);
  if (first < 0) return [];
  const announced = paragraphs.slice(0, first).some((p) => TRANSCRIPT_LEAD.test(text.slice(p.start, p.end)));
  const runsOn = turns >= 2 || announced;
  const out: TranscriptTurn[] = [];
  for (let i = first; i < paragraphs.length; i++) {
    const l = labels[i];
    if (!isTurn(l)) continue;
    let last = i;
    // Up to the next labelled paragraph, a turn or not ("Note: …" ends it too).
    if (runsOn) while (last + 1 < paragraphs.length && labels[last + 1] === undefined) last++;
    out.push({ start: l!.from, end: paragraphs[last]!.end, label: l!.label });
    i = last;
  }
  return out;
}

/** A paragraph in the first person with no quotation marks and no label: speech as a passage prints it. */
function unmarkedSpeech(paragraph: string): boolean {
  return FIRST_PERSON.test(paragraph) && !/["“”„«»]|(?:^|\s)['‘]/u.test(paragraph) && !LABEL.test(paragraph);
}

/**
 * Passages of speech printed without marks after a paragraph that introduces them and ends in a colon ("After the
 * vote, Ida Hale told the crews her plans:"): the paragraphs after it in the first person and with no
 * quotation marks (a quotation in marks after "Lin said:" is read as one), up to the first that is not. The
 * introduction names who speaks before a speech verb, and is not itself in the first person (then the writer goes on);
 * a list after a colon ("The changes are:"), or a claim reported before a page's own reply ("…, claiming that …:"), is
 * no one's speech.
 */
export function findIntroducedSpeech(text: string, paragraphs: Span[] = paragraphSpans(text)): TranscriptTurn[] {
  const out: TranscriptTurn[] = [];
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    const intro = text.slice(paragraphs[i]!.start, paragraphs[i]!.end);
    if (!intro.endsWith(':') || LABEL.test(intro) || FIRST_PERSON.test(intro)) continue;
    const speaker = speakerBeforeVerb(intro);
    if (!speaker) continue;
    let last = i;
    while (last + 1 < paragraphs.length && unmarkedSpeech(text.slice(paragraphs[last + 1]!.start, paragraphs[last + 1]!.end))) last++;
    if (last === i) continue;
    const at = paragraphs[i]!.start;
    out.push({ start: paragraphs[i + 1]!.start, end: paragraphs[last]!.end, label: { start: at + speaker.start, end: at + speaker.end }, introduced: true });
    i = last;
  }
  return out;
}

/** Characters of an introduction read for its speaker. */
const MAX_INTRO_CHARS = 400;
/** A capitalised name (maybe of several words) right before a speech verb, maybe after an adverb: "Ida Hale told". */
const NAME_THEN_VERB = /(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b/gu;

/**
 * Where the introduction names who speaks: the name right before a speech verb in its last sentence, the one the colon
 * ends (the subject, not others it names; not someone who spoke in a sentence before).
 */
function speakerBeforeVerb(intro: string): Span | undefined {
  // The last sentence, and at most its last MAX_INTRO_CHARS: a colon ends a line of a few words, and a run of capitals
  // with no verb must not cost time in proportion to its square.
  const tail = Math.max(0, intro.length - MAX_INTRO_CHARS);
  let from = tail;
  for (const m of intro.slice(tail).matchAll(/[.!?]\s+(?=\p{Lu})/gu)) from = tail + m.index + m[0].length;
  for (const m of intro.slice(from).matchAll(NAME_THEN_VERB)) {
    if (SPEECH_VERBS.has(m[2]!)) return { start: from + m.index, end: from + m.index + m[1]!.length };
  }
  return undefined;
}
