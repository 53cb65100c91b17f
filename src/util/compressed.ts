// Files the build ships brotli-compressed to keep the package small (word catalogues,
// precompiled templates, the Handlebars compiler, the PDF writer), read only when a letter needs them.
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { compileFunction } from 'node:vm';

/** The text of a compressed file. zlib is loaded here, not at start-up: most runs never need it. */
export function compressedText(file: string): string {
  return process.getBuiltinModule('node:zlib').brotliDecompressSync(readFileSync(file)).toString('utf8');
}

/**
 * Runs a compressed CommonJS file of the build and returns its exports; `require` for one that
 * needs modules. Its `__filename` is the file's name without ".br", as if it were not compressed.
 */
export function runCompressed<T>(file: string, require?: NodeJS.Require): T {
  const module = { exports: {} as T };
  const filename = file.replace(/\.br$/, '');
  compileFunction(compressedText(file), ['exports', 'module', 'require', '__filename', '__dirname'], { filename: file })(module.exports, module, require, filename, dirname(filename));
  return module.exports;
}
