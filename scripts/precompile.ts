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
  // A template's body is in its spec three times over (as compiled, as read with its front
  // matter, and at the end of the file's text): it is written once and referred to by number.
  const texts: string[] = [];
  const textNumbers = new Map<string, number>();
  const textCode = (text: string) => {
    let n = textNumbers.get(text);
    if (n === undefined) textNumbers.set(text, (n = texts.push(JSON.stringify(text)) - 1));
    return `T[${n}]`;
  };
  const items = entries.map((entry) => {
    const p = precompileBuiltIn(readEntry(entry));
    const text = readFileSync(entry.file, 'utf8');
    const { body, ...read } = splitFrontMatter(text, entry.file);
    const bodyStart = text.lastIndexOf(body);
    if (bodyStart === -1 || bodyStart + body.length !== text.length) throw new Error(`${entry.file}: the body is not the end of the file`);
    return `${JSON.stringify(entry.name)}: {
  body: ${textCode(p.body)},
  subject: ${JSON.stringify(p.subject)},
  file: { ...${JSON.stringify(read)}, text: ${textCode(text.slice(0, bodyStart))} + ${textCode(body)}, body: ${textCode(body)} },
  plain: ${p.direct ? 'undefined' : `{ body: ${code(p.plain.body)}, subject: ${code(p.plain.subject)}, partials: ${specs(p.plain.partials)} }`},
  html: { body: ${code(p.html.body)}, partials: ${specs(p.html.partials)} },
  direct: ${p.direct ? `{ body: ${code(p.direct.body)}, subject: ${code(p.direct.subject)}, partials: ${specs(p.direct.partials)} }` : 'undefined'}
}`;
  });
  const table = `const S = [\n${unique.join(',\n')}\n];\nconst T = [\n${texts.join(',\n')}\n];\n`;
  if (language !== undefined) return `${table}module.exports = {\n${items.join(',\n')}\n};\n`;
  return `${table}export const BUILTIN_SPECS = {\n${items.join(',\n')}\n};\nexport { languageSpecs } from './builtin-language-specs.js';\n`;
}
