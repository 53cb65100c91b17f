// The precompiled built-ins of languages other than English are files of their own in the
// built package (dist/specs/<language>.cjs.br, made by scripts/build.js), so a letter in one
// language loads nothing of the others. They are compressed: precompiled templates repeat
// the same calls all through, and the package must stay small. Without a build there are
// none: templates compile.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileFunction } from 'node:vm';
import type { PrecompiledTemplate } from './builtin-specs.js';
import { packageRoot } from '../util/paths.js';

type Specs = Record<string, PrecompiledTemplate>;

const loaded = new Map<string, Specs | undefined>();

export function languageSpecs(language: string): Specs | undefined {
  if (!/^[a-z]{2}$/.test(language)) return undefined;
  if (!loaded.has(language)) loaded.set(language, readSpecs(join(packageRoot(), 'dist', 'specs', `${language}.cjs.br`)));
  return loaded.get(language);
}

/** Runs a compressed CommonJS file of the build (it requires nothing) and returns its exports. */
function readSpecs(file: string): Specs | undefined {
  if (!existsSync(file)) return undefined;
  const { brotliDecompressSync } = process.getBuiltinModule('node:zlib');
  const code = brotliDecompressSync(readFileSync(file)).toString('utf8');
  const module = { exports: {} as Specs };
  compileFunction(code, ['exports', 'module'], { filename: file })(module.exports, module);
  return module.exports;
}
