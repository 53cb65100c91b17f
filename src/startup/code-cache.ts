// Runs a CommonJS bundle of the package with V8's code cache, so that from the second run on
// the bundle's code is not parsed and compiled again: for a single letter that is a third of
// the time redress takes. (Node 22 has a module compile cache of its own; Node 20 has not.)
// The cache lives in the user's own cache folder (see io/state.ts), one file per bundle and
// what it is run for (each command compiles other functions of the bundle on its way, and
// the cache holds those), package version, Node version and bundle file; V8 checks it against the source and refuses
// one that does not fit, and anything that goes wrong with it only means a slower start.
// REDRESS_NO_CODE_CACHE=1 turns it off.
//
// V8 does not check the data itself: a cache with bytes changed (a disk failing, a crash
// while it was written, another program) is a fatal error in V8 on every run, not a refusal.
// So each file ends with a CRC-32 of the data, checked the first time the file is used;
// the file's modification time is then set to a mark (a fraction of a second no write gives
// but by chance), and later runs use it unchecked while the mark is there: any write to the
// file moves its time off the mark. Checking on every run would cost more than a short run
// gains from the cache: node:zlib's crc32 needs node:zlib, 1.5 ms to load, plus 0.3 ms for
// a letter's cache; a checksum in JavaScript 1.6 ms for the command line's alone; reading a
// second copy to compare, 0.8 ms for a letter; V8's own, --verify-snapshot-checksum, needs
// node:v8 and 0.7 ms.
import { closeSync, existsSync, fstatSync, futimesSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { cacheDir } from '../io/state.js';
import { makeFolder } from '../util/make-folder.js';

declare const __REDRESS_VERSION__: string;

/** The name a bundle's caches for one use start with: "cli", "commands.draft". */
const cacheName = (file: string, use: string | undefined) => basename(file, '.cjs') + (use ? `.${use}` : '');

function cacheFileFor(file: string, name: string): string | undefined {
  if (process.env.REDRESS_NO_CODE_CACHE) return undefined;
  try {
    const { size, mtimeMs } = statSync(file);
    const key = [__REDRESS_VERSION__, process.version, process.arch, size, Math.trunc(mtimeMs)].join('-');
    return join(cacheDir(), `${name}-${key}.v8cache`);
  } catch {
    return undefined;
  }
}

/** The CRC-32 at the end of a cache file. */
const CHECK_BYTES = 4;
/** The microseconds of the modification time that mark a checked cache file (see above). */
const CHECKED_MARK_US = 271_828;

const markedChecked = (mtimeMs: number) => Math.abs((mtimeMs % 1000) * 1000 - CHECKED_MARK_US) <= 2;

/** node:zlib's crc32 (Node 20.15, 22.2 and later), loaded only when a cache is made or first used. */
function crc32(data: Uint8Array): number | undefined {
  const zlib = process.getBuiltinModule('node:zlib') as { crc32?: (data: Uint8Array) => number };
  return zlib.crc32?.(data);
}

/**
 * The data of a cache file when it is whole. The cache is code: only a file of the user's
 * own, that nobody else may write, is used.
 */
function readCache(cacheFile: string | undefined): Buffer | undefined {
  if (!cacheFile) return undefined;
  let fd: number | undefined;
  try {
    fd = openSync(cacheFile, 'r');
    const { uid, mode, atimeMs, mtimeMs } = fstatSync(fd);
    if (process.getuid && (uid !== process.getuid() || (mode & 0o022) !== 0)) return undefined;
    const file = readFileSync(fd);
    if (file.length <= CHECK_BYTES) return undefined;
    const data = file.subarray(0, file.length - CHECK_BYTES);
    if (markedChecked(mtimeMs)) return data;
    if (crc32(data) !== file.readUInt32LE(data.length)) return undefined;
    try {
      futimesSync(fd, atimeMs / 1000, Math.floor(Date.now() / 1000) + (CHECKED_MARK_US + 0.5) / 1e6);
    } catch {
      // checked again next time
    }
    return data;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Caches of the same bundle and use for another version of it (or of Node) are of no more
 * use, nor are those of a bundle this version does not have (`bundleDir` holds the bundles).
 */
function removeOthers(cacheFile: string, name: string, bundleDir: string): void {
  const dir = dirname(cacheFile);
  for (const file of readdirSync(dir)) {
    if (!file.endsWith('.v8cache') || file === basename(cacheFile)) continue;
    const bundle = /^[^.-]+/.exec(file)?.[0] ?? '';
    if (file.startsWith(`${name}-`) || !existsSync(join(bundleDir, `${bundle}.cjs`))) unlinkSync(join(dir, file));
  }
}

function writeCache(cacheFile: string, name: string, bundleDir: string, script: Script): void {
  const temp = `${cacheFile}.${process.pid}.tmp`;
  try {
    const data = script.createCachedData();
    const check = crc32(data);
    if (check === undefined) return;
    makeFolder(dirname(cacheFile), 0o700);
    const trailer = Buffer.alloc(CHECK_BYTES);
    trailer.writeUInt32LE(check);
    writeFileSync(temp, Buffer.concat([data, trailer]), { mode: 0o600 });
    renameSync(temp, cacheFile);
    removeOthers(cacheFile, name, bundleDir);
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

/**
 * Loads the CommonJS bundle `bundle` in `dir` as `require` would, with the code cache for
 * `use` (a command's name) when given; returns its exports.
 */
export function loadBundle(dir: string, bundle: string, use?: string): unknown {
  const file = join(dir, bundle);
  const name = cacheName(file, use);
  // Bundles are written in ASCII (scripts/build.js): read as Latin-1 they need no UTF-8 decoding.
  const source = readFileSync(file, 'latin1');
  const cacheFile = cacheFileFor(file, name);
  const cachedData = readCache(cacheFile);
  const script = new Script(`${WRAPPER[0]}${source}${WRAPPER[1]}`, { filename: file, ...(cachedData && { cachedData }) });
  if (cacheFile && (!cachedData || script.cachedDataRejected)) {
    // Made at exit, so the cache also holds the functions this run compiled on the way.
    const write = () => writeCache(cacheFile, name, dir, script);
    pending.push(write);
    process.once('exit', write);
  }
  const module = { exports: {} as unknown };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, bundleRequire(file), module, file, dirname(file));
  return module.exports;
}

/** What node:module's wrap() puts around a CommonJS module's source. */
const WRAPPER = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'] as const;

/**
 * `require` for a bundle. The bundles ask only for Node's own modules; loading node:module to
 * make a real one costs every run 0.3 ms, so it is made only if something else is asked for.
 */
function bundleRequire(file: string): (id: string) => unknown {
  let real: ((id: string) => unknown) | undefined;
  return (id) => process.getBuiltinModule(id) ?? (real ??= process.getBuiltinModule('node:module').createRequire(file))(id);
}
