// The precompiled built-ins of languages other than English are files of their own in the
// built package (dist/specs/<language>.cjs.br, made by scripts/build.js), so a letter in one
// language loads nothing of the others. They are compressed: precompiled templates repeat
// the same calls all through, and the package must stay small. Without a build there are
// none: templates compile.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { PrecompiledTemplate } from './builtin-specs.js';
import { packageRoot } from '../util/paths.js';
import { runCompressed } from '../util/compressed.js';

type Specs = Record<string, PrecompiledTemplate>;

const loaded = new Map<string, Specs | undefined>();

export function languageSpecs(language: string): Specs | undefined {
  if (!/^[a-z]{2}$/.test(language)) return undefined;
  if (!loaded.has(language)) loaded.set(language, readSpecs(join(packageRoot(), 'dist', 'specs', `${language}.cjs.br`)));
  return loaded.get(language);
}

/** A language's compressed specs (a CommonJS file of the build that requires nothing), if the package has them. */
function readSpecs(file: string): Specs | undefined {
  return existsSync(file) ? runCompressed<Specs>(file) : undefined;
}
