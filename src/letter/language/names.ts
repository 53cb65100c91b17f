// The languages a letter can be written in, and how the language of a letter is chosen
// (no imports: the case schema uses it when redress starts).
// English letters use the English templates and phrases.ts as before; a letter in another
// language uses templates/<language>/ and that language's catalogue (templates/<language>/
// language.json), read only when a letter in that language is written.

export const LANGUAGES = ['en', 'fr', 'de', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Dates and money for a letter in this language when neither the case nor the country says. */
export const LANGUAGE_LOCALE: Readonly<Record<Language, string>> = { en: 'en-GB', fr: 'fr-FR', de: 'de-DE', es: 'es-ES' };

/** The language of the countries redress knows whose letters are not in English. */
const COUNTRY_LANGUAGE: Readonly<Record<string, Language>> = { FR: 'fr', DE: 'de', ES: 'es', GB: 'en', IE: 'en', US: 'en', CA: 'en', AU: 'en', NZ: 'en' };
/** Countries that write in more than one of the languages redress writes: there, the writer's answers (or system) say which. */
const SEVERAL_LANGUAGES = new Set(['BE', 'CH', 'LU']);
const likelyLanguages = new Map<string, Language | undefined>();

export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', fr: 'French', de: 'German', es: 'Spanish' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** "fr-BE" -> fr, "de_DE.UTF-8" -> de, "en-US" -> en; undefined for languages redress does not write. */
export function languageOfLocale(locale: string | undefined): Language | undefined {
  const code = /^([A-Za-z]{2,3})(?:[-_.@]|$)/.exec(locale ?? '')?.[1]?.toLowerCase();
  return isLanguage(code) ? code : undefined;
}

/** The language letters from a country are written in: its own for FR, DE and ES; English elsewhere. */
/**
 * The language a writer in `country` writes to a business there, when it is one redress writes:
 * the country's own (Mexico: Spanish, Austria: German, as the Unicode locale data has it);
 * undefined where the country writes in several of them (Belgium, Switzerland) or in none
 * (Italy, Japan), so that the writer's answers or system decide.
 */
export function languageOfCountry(country: string | undefined): Language | undefined {
  if (country === undefined) return undefined;
  const region = country.slice(0, 2).toUpperCase();
  const known = COUNTRY_LANGUAGE[region];
  if (known !== undefined || SEVERAL_LANGUAGES.has(region)) return known;
  if (!likelyLanguages.has(region)) {
    let language: string | undefined;
    try {
      language = /^[A-Z]{2}$/.test(region) ? new Intl.Locale(`und-${region}`).maximize().language : undefined;
    } catch {
      language = undefined;
    }
    likelyLanguages.set(region, isLanguage(language) ? language : undefined);
  }
  return likelyLanguages.get(region);
}

/** The language the person's environment asks for (LC_ALL, then LC_MESSAGES, then LANG); "C" and "POSIX" ask for none. */
export function languageFromEnv(env: NodeJS.ProcessEnv = process.env): Language | undefined {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const value = env[name];
    if (value === undefined || value === '') continue;
    return languageOfLocale(value);
  }
  return undefined;
}

// --- Does the person's text look English? ----------------------------------------------------

/** Words common in English sentences and not words of French, German or Spanish. */
const ENGLISH_WORDS = new Set([
  'the', 'and', 'with', 'my', 'you', 'your', 'have', 'has', 'had', 'would', 'were', 'not', 'they', 'did', 'this', 'that', 'of', 'for',
  'is', 'are', 'been', 'but', 'from', 'when', 'which', 'after', 'before', 'their', 'there', 'should', 'could', "didn't", "wasn't", 'it', 'we',
  'be', 'at', 'by', 'or', 'promised', 'arrived', 'never', 'only', 'still', 'because', 'told', 'said', 'asked', 'called',
]);

/** True when a text reads as English: several common English words, and many of its words are such. */
export function looksEnglish(text: string): boolean {
  // Asked of the same answers for every letter of a batch: each answer is read once (a small memo, as this file imports nothing).
  let known = english.get(text);
  if (known === undefined) {
    if (english.size >= 4096) english.clear();
    english.set(text, (known = readsEnglish(text)));
  }
  return known;
}

const english = new Map<string, boolean>();

function readsEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  if (words.length === 0) return false;
  const english = words.filter((word) => ENGLISH_WORDS.has(word) || word === 'i').length;
  return english >= 2 && english / words.length >= 0.2;
}
