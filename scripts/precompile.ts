// Build step: precompiles the built-in templates into a module that replaces
// src/letter/builtin-specs.ts in the bundle (see scripts/build.js).
import { listTemplates, precompileBuiltIn, readEntry } from '../src/letter/templates.js';

export function builtInSpecsModule(): string {
  const entries = listTemplates([]).filter((entry) => entry.builtIn);
  const code = (spec: unknown) => String(spec);
  const specs = (record: Record<string, unknown>) => `{${Object.entries(record).map(([name, spec]) => `${JSON.stringify(name)}: ${code(spec)}`).join(',\n')}}`;
  const items = entries.map((entry) => {
    const p = precompileBuiltIn(readEntry(entry));
    return `${JSON.stringify(entry.name)}: {
  body: ${JSON.stringify(p.body)},
  subject: ${JSON.stringify(p.subject)},
  partialTexts: ${JSON.stringify(p.partialTexts)},
  plain: { body: ${code(p.plain.body)}, subject: ${code(p.plain.subject)}, partials: ${specs(p.plain.partials)} },
  html: { body: ${code(p.html.body)}, partials: ${specs(p.html.partials)} }
}`;
  });
  return `export const BUILTIN_SPECS = {\n${items.join(',\n')}\n};\n`;
}
