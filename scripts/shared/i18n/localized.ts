import { language, type Language } from './language.ts';

/**
 * Picks the learner's language from a pair of message sets. Turkish must have exactly the shape
 * of English, so the compiler refuses a message that exists in one language only.
 */
export function localized<Messages>(
  texts: { en: Messages; tr: NoInfer<Messages> },
  chosen: Language = language,
): Messages {
  return texts[chosen];
}
