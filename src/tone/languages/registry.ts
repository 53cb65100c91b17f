// The languages whose tone rules are loaded, kept apart from the loader (index.ts) so that
// checking an English text needs no more than this small module.
import type { RawFinding } from '../types.js';
import type { ToneLanguage } from './types.js';

export interface LoadedRules {
  /** Adds the kindness findings of `text` by this language's rules to `out`. */
  find(text: string, out: RawFinding[]): void;
  /** Whether a word the English swear-word list takes for a curse is a plain word of this language ("Abo", "assez"). */
  ordinary(word: string): boolean;
}

export const TONE_LANGUAGES: readonly ToneLanguage[] = ['fr', 'de', 'es'];

/** A language with tone rules of its own (English's are built in). */
export function isToneLanguage(value: unknown): value is ToneLanguage {
  return typeof value === 'string' && (TONE_LANGUAGES as readonly string[]).includes(value);
}

export const loadedRules = new Map<ToneLanguage, LoadedRules>();

/** The rules of a language loaded before; checking a text needs them at hand, synchronously. */
export function loadedToneRules(language: ToneLanguage): LoadedRules {
  const rules = loadedRules.get(language);
  if (!rules) throw new Error(`the tone rules for "${language}" are not loaded: call loadToneRules("${language}") first`);
  return rules;
}
