// Runs a CommonJS bundle of the package with V8's code cache, so that from the second run on
// the bundle's code is not parsed and compiled again: for a single letter that is a third of
// the time redress takes. (Node 22 has a module compile cache of its own; Node 20 has not.)
// The cache lives in the user's own cache folder (see io/state.ts), one file per bundle,
// package version, Node version and bundle file; V8 checks it against the source and refuses
// one that does not fit, and anything that goes wrong with it only means a slower start.
// REDRESS_NO_CODE_CACHE=1 turns it off.
import { readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire, wrap } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { cacheDir } from '../io/state.js';
import { makeFolder } from '../util/make-folder.js';

declare const __REDRESS_VERSION__: string;

const bundleName = (file: string) => basename(file, '.cjs');

function cacheFileFor(file: string): string | undefined {
  if (process.env.REDRESS_NO_CODE_CACHE) return undefined;
  try {
    const { size, mtimeMs } = statSync(file);
    const key = [__REDRESS_VERSION__, process.version, process.arch, size, Math.trunc(mtimeMs)].join('-');
    return join(cacheDir(), `${bundleName(file)}-${key}.v8cache`);
  } catch {
    return undefined;
  }
}

/** The cache is code: only a file of the user's own, that nobody else may write, is used. */
function readCache(cacheFile: string | undefined): Buffer | undefined {
  if (!cacheFile) return undefined;
  try {
    if (process.getuid) {
      const { uid, mode } = statSync(cacheFile);
      if (uid !== process.getuid() || (mode & 0o022) !== 0) return undefined;
    }
    return readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

/** Caches of the same bundle for another version of it (or of Node) are of no more use. */
function removeOthers(cacheFile: string, bundle: string): void {
  const dir = dirname(cacheFile);
  for (const name of readdirSync(dir)) {
    if (name.startsWith(`${bundle}-`) && name.endsWith('.v8cache') && name !== basename(cacheFile)) unlinkSync(join(dir, name));
  }
}

function writeCache(cacheFile: string, bundle: string, script: Script): void {
  const temp = `${cacheFile}.${process.pid}.tmp`;
  try {
    makeFolder(dirname(cacheFile), 0o700);
    writeFileSync(temp, script.createCachedData(), { mode: 0o600 });
    renameSync(temp, cacheFile);
    removeOthers(cacheFile, bundle);
  } catch {
    try {
      unlinkSync(temp);
    } catch {
      // nothing was written
    }
  }
}

// Shared through the global object: the start-up bundle and the command line's bundle each
// have a copy of this module, and the first loads the second.
const PENDING = Symbol.for('redress.codeCache.pendingWrites');
const pending: (() => void)[] = ((globalThis as Record<symbol, unknown>)[PENDING] ??= []) as (() => void)[];

/**
 * Writes the caches this run would write at exit now. V8 refuses a cache made under other
 * flags than the ones it is read under: a bundle loaded before a flag is set (see
 * compileExpressionsOnce in src/cli.ts) has its cache written before it is set.
 */
export function writeCachesNow(): void {
  for (const write of pending.splice(0)) {
    process.off('exit', write);
    write();
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
    const write = () => writeCache(cacheFile, bundleName(file), script);
    pending.push(write);
    process.once('exit', write);
  }
  const module = { exports: {} as unknown };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return module.exports;
}
