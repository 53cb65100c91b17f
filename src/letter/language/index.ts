// A language's catalogue of words and phrases (templates/<language>/language.json), read
// only when a letter in that language is written.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../util/paths.js';
import { compressedText } from '../../util/compressed.js';
import type { Language } from './names.js';

// --- Catalogues -------------------------------------------------------------------------------

/** A language's words and phrases, `{name}` marking where a value goes. */
export type Catalogue = Readonly<Record<string, string>>;

const catalogues = new Map<Language, Catalogue>();

export function languageDir(language: Language): string {
  return join(packageRoot(), 'templates', language);
}

/** The catalogue of one language, read the first time a letter in that language needs it. */
export function catalogue(language: Exclude<Language, 'en'>): Catalogue {
  let found = catalogues.get(language);
  if (!found) {
    const data = JSON.parse(catalogueText(language)) as Record<string, unknown>;
    found = Object.fromEntries(Object.entries(data).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
    catalogues.set(language, found);
  }
  return found;
}

/** The package's compressed copy of a catalogue (the build writes it); in the source tree without a build, the catalogue itself. */
function catalogueText(language: Language): string {
  const packed = join(packageRoot(), 'dist', 'words', `${language}.json.br`);
  if (existsSync(packed)) return compressedText(packed);
  return readFileSync(join(languageDir(language), 'language.json'), 'utf8');
}

/** The catalogue's text for `key` with each `{name}` filled in. A missing key is a bug in the catalogue. */
export function say(words: Catalogue, key: string, values: Record<string, string> = {}): string {
  const text = words[key];
  if (text === undefined) throw new Error(`the language catalogue has no "${key}"`);
  let parts = pieces.get(text);
  if (!parts) pieces.set(text, (parts = text.split(/\{(\w+)\}/)));
  if (parts.length === 1) return text;
  // Odd pieces are the names between braces.
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) out += (values[parts[i]!] ?? `{${parts[i]}}`) + parts[i + 1]!;
  return out;
}

/** Each catalogue text split at its `{name}`s, once: a batch says the same texts thousands of times. */
const pieces = new Map<string, string[]>();
