// A language's tone rules, loaded only when a text in that language is checked: each
// language's tables are a module of their own (a chunk of their own once built), so checking
// an English letter reads nothing of them, and a French one nothing of German or Spanish.
import { compile, findInLanguage, ordinaryInLanguage } from './engine.js';
import { isToneLanguage, loadedRules, type LoadedRules } from './registry.js';
import type { LanguageRules, ToneLanguage } from './types.js';

export { detectLanguage } from './detect.js';
export { isToneLanguage, TONE_LANGUAGES } from './registry.js';
export type { ToneLanguage } from './types.js';

async function tables(language: ToneLanguage): Promise<LanguageRules> {
  // One import() per language, written out, so the bundler makes each a chunk of its own.
  if (language === 'fr') return (await import('./fr.js')).rules;
  if (language === 'de') return (await import('./de.js')).rules;
  return (await import('./es.js')).rules;
}

/** Loads a language's rules (once): call before checking a text in that language. English needs none. */
export async function loadToneRules(language: string): Promise<void> {
  if (!isToneLanguage(language) || loadedRules.has(language)) return;
  const compiled = compile(await tables(language));
  const rules: LoadedRules = { find: (text, out) => findInLanguage(text, compiled, out), ordinary: (word) => ordinaryInLanguage(word, compiled) };
  loadedRules.set(language, rules);
}
