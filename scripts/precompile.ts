// Build step: precompiles the built-in templates into a module that replaces
// src/letter/builtin-specs.ts in the bundle (see scripts/build.js). The templates share
// partials, so each distinct spec is written once and referred to by number.
import { readFileSync } from 'node:fs';
import { splitFrontMatter } from '../src/letter/front-matter.js';
import { listTemplates, readEntry } from '../src/letter/template-files.js';
import { precompileBuiltIn } from '../src/letter/templates.js';

/** The languages whose built-in templates sit in a folder of their own under templates/. */
export function builtInLanguages(): string[] {
  return [...new Set(listTemplates([]).filter((entry) => entry.builtIn && entry.name.includes('/')).map((entry) => entry.name.split('/')[0]!))];
}

/**
 * The English built-ins (names without a folder) go into the bundle; each other language's
 * (fr/first, de/final…) into a file of its own, read only when a letter in it is written.
 */
export function builtInSpecsModule(language?: string): string {
  const entries = listTemplates([])
    .filter((entry) => entry.builtIn)
    .filter((entry) => (language === undefined ? !entry.name.includes('/') : entry.name.startsWith(`${language}/`)));
  const unique: string[] = [];
  const numbers = new Map<string, number>();
  const code = (spec: unknown) => {
    const text = String(spec);
    let n = numbers.get(text);
    if (n === undefined) numbers.set(text, (n = unique.push(text) - 1));
    return `S[${n}]`;
  };
  const specs = (record: Record<string, unknown>) => `{${Object.entries(record).map(([name, spec]) => `${JSON.stringify(name)}: ${code(spec)}`).join(',\n')}}`;
  const items = entries.map((entry) => {
    const p = precompileBuiltIn(readEntry(entry));
    const text = readFileSync(entry.file, 'utf8');
    return `${JSON.stringify(entry.name)}: {
  body: ${JSON.stringify(p.body)},
  subject: ${JSON.stringify(p.subject)},
  file: ${JSON.stringify({ text, ...splitFrontMatter(text, entry.file) })},
  plain: ${p.direct ? 'undefined' : `{ body: ${code(p.plain.body)}, subject: ${code(p.plain.subject)}, partials: ${specs(p.plain.partials)} }`},
  html: { body: ${code(p.html.body)}, partials: ${specs(p.html.partials)} },
  direct: ${p.direct ? `{ body: ${code(p.direct.body)}, subject: ${code(p.direct.subject)}, partials: ${specs(p.direct.partials)} }` : 'undefined'}
}`;
  });
  const table = `const S = [\n${unique.join(',\n')}\n];\n`;
  if (language !== undefined) return `${table}module.exports = {\n${items.join(',\n')}\n};\n`;
  return `${table}export const BUILTIN_SPECS = {\n${items.join(',\n')}\n};\nexport { languageSpecs } from './builtin-language-specs.js';\n`;
}
