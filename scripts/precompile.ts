// Build step: precompiles the built-in templates into a module that replaces
// src/letter/builtin-specs.ts in the bundle (see scripts/build.js). The templates share
// partials, so each distinct spec is written once and referred to by number.
import { listTemplates, precompileBuiltIn, readEntry } from '../src/letter/templates.js';

export function builtInSpecsModule(): string {
  const entries = listTemplates([]).filter((entry) => entry.builtIn);
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
    return `${JSON.stringify(entry.name)}: {
  body: ${JSON.stringify(p.body)},
  subject: ${JSON.stringify(p.subject)},
  plain: ${p.direct ? 'undefined' : `{ body: ${code(p.plain.body)}, subject: ${code(p.plain.subject)}, partials: ${specs(p.plain.partials)} }`},
  html: { body: ${code(p.html.body)}, partials: ${specs(p.html.partials)} },
  direct: ${p.direct ? `{ body: ${code(p.direct.body)}, subject: ${code(p.direct.subject)}, partials: ${specs(p.direct.partials)} }` : 'undefined'}
}`;
  });
  return `const S = [\n${unique.join(',\n')}\n];\nexport const BUILTIN_SPECS = {\n${items.join(',\n')}\n};\n`;
}
