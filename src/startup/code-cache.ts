// Runs a CommonJS bundle of the package with V8's code cache, so that from the second run on
// the bundle's code is not parsed and compiled again: for a single letter that is a third of
// the time redress takes. (Node 22 has a module compile cache of its own; Node 20 has not.)
// The cache lives in the user's own cache folder (see io/state.ts), one file per bundle,
// package version, Node version and bundle file; V8 checks it against the source and refuses
// one that does not fit, and anything that goes wrong with it only means a slower start.
// REDRESS_NO_CODE_CACHE=1 turns it off.
import { mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire, wrap } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { cacheDir } from '../io/state.js';

declare const __REDRESS_VERSION__: string;

function cacheFileFor(file: string): string | undefined {
  if (process.env.REDRESS_NO_CODE_CACHE) return undefined;
  try {
    const { size, mtimeMs } = statSync(file);
    const key = [__REDRESS_VERSION__, process.version, process.arch, size, Math.trunc(mtimeMs)].join('-');
    return join(cacheDir(), `${basename(file, '.cjs')}-${key}.v8cache`);
  } catch {
    return undefined;
  }
}

function readCache(cacheFile: string | undefined): Buffer | undefined {
  if (!cacheFile) return undefined;
  try {
    return readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

function writeCache(cacheFile: string, script: Script): void {
  const temp = `${cacheFile}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(cacheFile), { recursive: true, mode: 0o700 });
    writeFileSync(temp, script.createCachedData(), { mode: 0o600 });
    renameSync(temp, cacheFile);
  } catch {
    try {
      unlinkSync(temp);
    } catch {
      // nothing was written
    }
  }
}

/** Loads the CommonJS bundle `name` in `dir` as `require` would, with the code cache; returns its exports. */
export function loadBundle(dir: string, name: string): unknown {
  const file = join(dir, name);
  const source = readFileSync(file, 'utf8');
  const cacheFile = cacheFileFor(file);
  const cachedData = readCache(cacheFile);
  const script = new Script(wrap(source), { filename: file, ...(cachedData && { cachedData }) });
  if (cacheFile && (!cachedData || script.cachedDataRejected)) {
    // Made at exit, so the cache also holds the functions this run compiled on the way.
    process.once('exit', () => writeCache(cacheFile, script));
  }
  const module = { exports: {} as unknown };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return module.exports;
}
