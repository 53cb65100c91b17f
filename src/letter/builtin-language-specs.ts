// The precompiled built-ins of languages other than English are files of their own in the
// built package (dist/specs/<language>.cjs, made by scripts/build.js), so a letter in one
// language loads nothing of the others. Without a build there are none: templates compile.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { PrecompiledTemplate } from './builtin-specs.js';
import { packageRoot } from '../util/paths.js';

const loaded = new Map<string, Record<string, PrecompiledTemplate> | undefined>();

export function languageSpecs(language: string): Record<string, PrecompiledTemplate> | undefined {
  if (!/^[a-z]{2}$/.test(language)) return undefined;
  if (!loaded.has(language)) {
    const file = join(packageRoot(), 'dist', 'specs', `${language}.cjs`);
    loaded.set(language, existsSync(file) ? (createRequire(file)(file) as Record<string, PrecompiledTemplate>) : undefined);
  }
  return loaded.get(language);
}
