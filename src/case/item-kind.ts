// The kind of purchase that what was bought names, in French, German and Spanish, by the words
// of each language's catalogue (`purchase.serviceItemWords`, `purchase.bookingItemWords`, read
// only when a case in that language is read). The word must be the item's first, after an
// article or a possessive (`item.determiners`): "remplacement du chauffe-eau" is work, "pièce de
// remplacement" a thing. German compounds end with the word, which the catalogue's patterns
// allow for ("Heizungsreparatur").
import { catalogue } from '../letter/language/index.js';
import type { Language } from '../letter/language/names.js';
import { folded } from './writer-cancelled.js';

type ItemKind = 'service' | 'booking';
const made = new Map<Language, { first: RegExp; kinds: [ItemKind, RegExp][] }>();

function wordsOf(language: Exclude<Language, 'en'>) {
  let found = made.get(language);
  if (found) return found;
  const words = catalogue(language);
  const list = (key: string) => (words[key] ?? '').split(/[\s|]+/).filter(Boolean).map((pattern) => folded(pattern, language)).join('|') || '$^';
  found = {
    // The first word, after any determiners ("le", "l'", "ein", "mis dos").
    first: new RegExp(`^\\s*(?:(?:${list('item.determiners')})(?:\\s+|['’]))*([\\p{L}-]+)`, 'iu'),
    kinds: [
      ['service', new RegExp(`^(?:${list('purchase.serviceItemWords')})$`, 'iu')],
      ['booking', new RegExp(`^(?:${list('purchase.bookingItemWords')})$`, 'iu')],
    ],
  };
  made.set(language, found);
  return found;
}

/** The kind of purchase the first word of `item` names without doubt, if it does. */
export function itemKindIn(item: string, language: Exclude<Language, 'en'>): ItemKind | undefined {
  const words = wordsOf(language);
  const first = words.first.exec(folded(item, language))?.[1];
  if (first === undefined) return undefined;
  // "Rückflug-Ticket", "check-up": the whole word, else its last part.
  const last = first.split('-').pop()!;
  return words.kinds.find(([, pattern]) => pattern.test(first) || pattern.test(last))?.[0];
}
