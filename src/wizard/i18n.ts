// The wizard's own words, in the person's language. English (messages/en.json) is the
// source of truth. Every catalogue, English too, is a JSON file read only when the wizard
// speaks (brotli-compressed in the built package: a letter drafted from a case file never
// reads one, and the package stays small), so the first question waits for one small file.
// A catalogue is flat: a key, and its text with {placeholders}.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isLanguage, LANGUAGE_LOCALE, languageFromEnv, type Language } from '../letter/language/names.js';
import { packageRoot } from '../util/paths.js';

export type MessageKey = keyof typeof import('./messages/en.json');
export type Catalogue = Record<MessageKey, string>;
export type Params = Record<string, string | number>;

const loaded = new Map<Language, Catalogue>();
let language: Language = 'en';
let current: Catalogue | undefined;

/** The English catalogue, every key's text (read once). */
function english(): Catalogue {
  let en = loaded.get('en');
  if (!en) loaded.set('en', (en = JSON.parse(catalogueText('en')) as Catalogue));
  return en;
}

/**
 * The text of a catalogue: next to this file in the source tree (tests), or in dist/messages
 * in the built package (scripts/build.js writes them there).
 */
function catalogueText(lang: Language): string {
  const here = fileURLToPath(import.meta.url);
  if (/[\\/]src[\\/]wizard[\\/][^\\/]+$/.test(here)) return readFileSync(join(here, '..', 'messages', `${lang}.json`), 'utf8');
  const built = join(packageRoot(), 'dist', 'messages', `${lang}.json`);
  return readFileSync(existsSync(built) ? built : join(packageRoot(), 'src', 'wizard', 'messages', `${lang}.json`), 'utf8');
}

/** One language's catalogue; a key it lacks (or a file that cannot be read) falls back to English. */
export function catalogue(lang: Language): Catalogue {
  const en = english();
  let found = loaded.get(lang);
  if (!found) {
    let own: Partial<Catalogue> = {};
    try {
      own = JSON.parse(catalogueText(lang)) as Partial<Catalogue>;
    } catch {
      // a missing catalogue is no reason to stop someone's letter: English it is
    }
    found = { ...en, ...own };
    loaded.set(lang, found);
  }
  return found;
}

/** --language when given, else the environment's (LC_ALL, LC_MESSAGES, LANG), else English. */
export function chooseLanguage(option: string | undefined, env: NodeJS.ProcessEnv): Language {
  const asked = option?.trim().toLowerCase();
  if (isLanguage(asked)) return asked;
  return languageFromEnv(env) ?? 'en';
}

/** Sets the language the wizard speaks from now on. */
export function useLanguage(lang: Language): void {
  language = lang;
  current = catalogue(lang);
}

export function wizardLanguage(): Language {
  return language;
}

/** How the wizard writes dates of its own (when a draft was saved) in its language. */
export function wizardLocale(): string {
  return LANGUAGE_LOCALE[language];
}

/** Fills the {placeholders} of a message. */
export function format(text: string, params: Params = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The message for `key` in the wizard's language. */
export function t(key: MessageKey, params?: Params): string {
  current ??= catalogue(language);
  return format(current[key] ?? english()[key], params);
}

/** The message for `key` in another language (the letter's, when it differs from the wizard's). */
export function tIn(lang: Language, key: MessageKey, params?: Params): string {
  return format(catalogue(lang)[key] ?? english()[key], params);
}

/** Keys by a computed name (a step's label, a choice's name): English when the key is unknown. */
export function tKey(key: string, fallback: string, params?: Params): string {
  return key in english() ? t(key as MessageKey, params) : format(fallback, params);
}

/** The placeholders a message uses, for the catalogue check. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();
}
