// Text → ISO 639-1 language code, by counting each language's commonest function words.

/**
 * Function words that are frequent in their language and rare elsewhere. Ten per language is
 * enough to separate these languages on a paragraph of news text.
 */
const FUNCTION_WORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'that', 'is', 'was', 'for', 'with', 'said'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'que', 'pour', 'dans'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'sich', 'auch'],
  es: ['el', 'los', 'las', 'que', 'del', 'por', 'una', 'para', 'con', 'según'],
  it: ['il', 'che', 'della', 'per', 'non', 'sono', 'gli', 'una', 'nel', 'anche'],
  pt: ['não', 'uma', 'os', 'para', 'com', 'que', 'dos', 'pelo', 'mais', 'foi'],
  nl: ['het', 'een', 'van', 'en', 'niet', 'zijn', 'voor', 'ook', 'maar', 'wordt'],
  ru: ['и', 'в', 'не', 'на', 'что', 'с', 'по', 'это', 'как', 'из'],
  uk: ['і', 'в', 'не', 'на', 'що', 'з', 'та', 'це', 'як', 'до'],
};
/** Below this many function-word hits the guess is withheld (too little text to tell). */
export const MIN_LANGUAGE_EVIDENCE = 5;

/** Returns the best-supported language, or undefined when the evidence is thin. */
/** Every function word of every language, so only those words are counted. */
const ALL_FUNCTION_WORDS = new Set(Object.values(FUNCTION_WORDS).flat());

export function guessLanguage(text: string): string | undefined {
  const words = text.slice(0, 20_000).toLowerCase().match(/\p{L}+/gu) ?? [];
  const counts = new Map<string, number>();
  for (const w of words) if (ALL_FUNCTION_WORDS.has(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  let best: string | undefined;
  let bestScore = 0;
  for (const [lang, list] of Object.entries(FUNCTION_WORDS)) {
    const score = list.reduce((s, w) => s + (counts.get(w) ?? 0), 0);
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return bestScore >= MIN_LANGUAGE_EVIDENCE ? best : undefined;
}
