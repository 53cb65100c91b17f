// Which language a text to check is written in, from its commonest small words. No imports
// and small: it runs for every `redress check`, before any language's rules are loaded.
import type { ToneLanguage } from './types.js';

type Language = 'en' | ToneLanguage;

/** Small words frequent in one language and rare or absent in the others; and its swear words, which a short outburst may hold alone. */
const MARKERS: Readonly<Record<Language, readonly string[]>> = {
  en: ['the', 'and', 'you', 'your', 'have', 'has', 'was', 'were', 'would', 'with', 'this', 'that', 'of', 'for', 'is', 'are', 'not', 'my', 'i', 'it', 'we', 'they', 'been', 'but', 'from', 'which', 'please', 'did', 'to', 'be', 'will', 'me'],
  fr: ['le', 'les', 'des', 'du', 'et', 'est', 'je', 'vous', 'votre', 'vos', 'pas', 'qui', 'pour', 'avec', 'sur', 'mon', 'ma', 'mes', 'ce', 'cette', 'été', 'avez', 'suis', 'ai', 'au', 'aux', 'ne', 'nous', 'très', 'sans', 'mais', 'une', 'où', 'êtes', 'moi', 'toi', 'ça', 'c', 'j', 'd', 'l', 'n', 'qu', 'm', 's', 'merde', 'putain', 'connard', 'connards', 'salaud', 'salauds', 'enfoiré', 'enfoirés'],
  de: ['der', 'die', 'das', 'und', 'ist', 'ich', 'sie', 'nicht', 'ein', 'eine', 'einen', 'mit', 'für', 'auf', 'den', 'dem', 'zu', 'von', 'bei', 'mein', 'meine', 'ihr', 'ihre', 'ihren', 'wir', 'es', 'sind', 'haben', 'habe', 'hat', 'wurde', 'noch', 'auch', 'wie', 'nach', 'bis', 'kein', 'keine', 'schon', 'mir', 'mich', 'uns', 'euch', 'seid', 'ihnen', 'bitte', 'doch', 'scheiße', 'scheisse', 'verdammt', 'verdammte', 'arschloch', 'arschlöcher'],
  es: ['el', 'los', 'las', 'y', 'es', 'que', 'en', 'un', 'una', 'por', 'con', 'para', 'su', 'sus', 'mi', 'mis', 'no', 'me', 'se', 'lo', 'al', 'del', 'han', 'ha', 'he', 'son', 'está', 'muy', 'pero', 'como', 'ustedes', 'usted', 'desde', 'sin', 'hasta', 'ya', 'sois', 'les', 'esto', 'esta', 'unos', 'unas', 'os', 'vaya', 'nada', 'hay', 'todo', 'porque', 'cuando', 'también', 'servicio', 'mierda', 'joder', 'coño', 'cabrón', 'gilipollas'],
};

let markers: Map<string, Language[]> | undefined;

/**
 * The language of `text`: the one whose small words it holds most of, or `fallback` when it
 * holds none (a reference, a name). Letters only some languages use count as well.
 */
export function detectLanguage(text: string, fallback: Language = 'en'): Language {
  if (!markers) {
    markers = new Map();
    for (const [language, words] of Object.entries(MARKERS) as Array<[Language, readonly string[]]>) {
      for (const word of words) markers.set(word, [...(markers.get(word) ?? []), language]);
    }
  }
  const score: Record<Language, number> = { en: 0, fr: 0, de: 0, es: 0 };
  // Only the start of a long text: a letter's language shows in its first paragraphs.
  const sample = text.slice(0, 4000).toLowerCase();
  // French elisions (j'ai, l'appareil, qu'il) are read as their own small word; a letter alone
  // counts only so, before an apostrophe ("s25" or "it's" is no French "s'").
  for (const found of sample.matchAll(/\p{L}+(['’](?=\p{L}))?/gu)) {
    const word = found[0].replace(/['’]$/, '');
    if (word.length === 1 && found[1] === undefined && word !== 'y' && word !== 'i' && word !== 'a' && word !== 'o' && word !== 'e') continue;
    for (const language of markers.get(word) ?? []) score[language]++;
  }
  // "ü" in "güe", "güi" is Spanish (sinvergüenza, pingüino).
  score.de += (sample.match(/[äöß]|(?<!g)ü|ü(?![ei])/g) ?? []).length;
  score.es += (sample.match(/gü(?=[ei])/g) ?? []).length;
  score.es += (sample.match(/[ñ¿¡]/g) ?? []).length * 2;
  score.fr += (sample.match(/[çèêœà]/g) ?? []).length;
  // French sets a space before "!", "?" and ";", and joins a pronoun to an order: "remboursez-moi !".
  score.fr += (sample.match(/\p{L}[ \u00A0\u202F][!?;](?=\s|$)|\p{L}-(?:moi|nous|vous|le|la|les|lui|leur)(?!\p{L})/gu) ?? []).length;
  let best = fallback;
  let most = 0;
  for (const language of ['en', 'fr', 'de', 'es'] as const) {
    if (score[language] > most) {
      best = language;
      most = score[language];
    }
  }
  return best;
}
