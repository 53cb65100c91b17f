// The command line and the commands run from CommonJS bundles with V8's code cache. The cache may
// only ever make redress quicker: the letter is the same with it, without it, and with a
// broken one.
import { afterAll, describe, expect, it } from 'vitest';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { redress, tempDir } from '../support/cli.js';

const tmp = tempDir('redress-cache-');
afterAll(() => tmp.cleanup());

const cacheFiles = (home: string) => (existsSync(join(home, 'cache')) ? readdirSync(join(home, 'cache')) : []);

describe('code cache', () => {
  it('is made on the first run, used on the next, and the letters are the same', () => {
    const home = tmp.path('home');
    const env = { REDRESS_HOME: home };
    const first = redress(['draft', '--example'], { env });
    expect(first.code).toBe(0);
    const files = cacheFiles(home).sort();
    expect(files).toHaveLength(2);
    expect(files[0]).toMatch(/^cli-.*\.v8cache$/);
    expect(files[1]).toMatch(/^commands\.draft-.*\.v8cache$/);
    if (process.platform !== 'win32') {
      for (const file of files) expect(statSync(join(home, 'cache', file)).mode & 0o777).toBe(0o600);
      expect(statSync(join(home, 'cache')).mode & 0o777).toBe(0o700);
    }
    const second = redress(['draft', '--example'], { env });
    expect(second.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(second.stderr).toBe(first.stderr);
    expect(cacheFiles(home).sort()).toEqual(files);
  });

  it('is taken as it is on later runs, one for each command (no cache is written again)', () => {
    const home = tmp.path('kept');
    const env = { REDRESS_HOME: home };
    const letter = tmp.path('kept-letter.txt');
    writeFileSync(letter, redress(['draft', '--example'], { env }).stdout);
    expect(redress(['check', letter], { env }).code).toBe(0);
    // A file written again is a new file (written beside it, then renamed over it).
    const written = () => Object.fromEntries(cacheFiles(home).map((file) => [file, statSync(join(home, 'cache', file)).ino]));
    const before = written();
    expect(Object.keys(before).map((file) => file.replace(/-.*/, '')).sort()).toEqual(['cli', 'commands.check', 'commands.draft']);
    // A letter sets a V8 flag of its own; a cache made under other flags would be refused and made again.
    for (const args of [['--help'], ['draft', '--example'], ['check', letter], ['draft', '--example']]) {
      expect(redress(args, { env }).code).toBe(0);
      expect(written()).toEqual(before);
    }
  });

  it('sets its V8 flags quietly: no deprecation warning, even where Node is told to throw on one', () => {
    for (const options of [undefined, '--throw-deprecation']) {
      const env = { REDRESS_HOME: tmp.path('quiet'), ...(options && { NODE_OPTIONS: options }) };
      for (const args of [['draft', '--example'], ['batch', '--help']]) {
        const r = redress(args, { env });
        expect(r.code, r.stderr).toBe(0);
        expect(r.stderr).not.toMatch(/Deprecation|DEP0\d+/);
      }
    }
  });

  it('removes the caches of a bundle the package no longer has when it writes one', () => {
    const home = tmp.path('old');
    mkdirSync(join(home, 'cache'), { recursive: true });
    const old = join(home, 'cache', 'draft-0.0.9-v20.0.0-x64-1170747-1796562950986.v8cache');
    writeFileSync(old, 'an old cache');
    expect(redress(['draft', '--example'], { env: { REDRESS_HOME: home } }).code).toBe(0);
    expect(existsSync(old)).toBe(false);
    expect(cacheFiles(home).map((file) => file.replace(/-.*/, '')).sort()).toEqual(['cli', 'commands.draft']);
  });

  it('runs the commands that load their own code (schema, check) from the cached command line', () => {
    const home = tmp.path('chunks');
    const env = { REDRESS_HOME: home };
    const letter = tmp.path('letter.txt');
    writeFileSync(letter, redress(['draft', '--example'], { env }).stdout);
    for (let run = 0; run < 2; run++) {
      const schema = redress(['schema'], { env });
      expect(schema.code).toBe(0);
      expect(JSON.parse(schema.stdout).title).toBe('redress case file');
      const check = redress(['check', letter], { env });
      expect(check.stderr).not.toMatch(/unexpected|import/i);
      expect(check.code).toBe(0);
    }
  });

  it('replaces a broken cache file and still writes the letter', () => {
    const home = tmp.path('broken');
    const env = { REDRESS_HOME: home };
    const clean = redress(['draft', '--example'], { env: { REDRESS_NO_CODE_CACHE: '1', REDRESS_HOME: tmp.path('unused') } });
    redress(['draft', '--example'], { env });
    const paths = cacheFiles(home).map((file) => join(home, 'cache', file));
    expect(paths).toHaveLength(2);
    for (const path of paths) writeFileSync(path, Buffer.from('not a code cache at all'));
    const r = redress(['draft', '--example'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(clean.stdout);
    for (const path of paths) expect(statSync(path).size).toBeGreaterThan(1000);
  });

  // V8 does not check a cache's data: changed bytes were a fatal error (exit 133, V8's stack
  // trace) on every run, whatever the command, until the file was deleted by hand.
  it('a cache file with bytes changed is not used, and is made again', () => {
    const home = tmp.path('flipped');
    const env = { REDRESS_HOME: home };
    const clean = redress(['draft', '--example'], { env: { REDRESS_NO_CODE_CACHE: '1', REDRESS_HOME: tmp.path('unused') } });
    redress(['draft', '--example'], { env });
    redress(['draft', '--example'], { env });
    const paths = cacheFiles(home).map((file) => join(home, 'cache', file));
    expect(paths).toHaveLength(2);
    const broken = new Map<string, Buffer>();
    for (const path of paths) {
      const bytes = readFileSync(path);
      for (let i = 1; i <= 40; i++) bytes[Math.floor((bytes.length * i) / 41)] ^= 0x5a;
      writeFileSync(path, bytes);
      broken.set(path, bytes);
    }
    for (const args of [['--help'], ['draft', '--example']]) {
      const r = redress(args, { env });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).not.toMatch(/Fatal|error|stack/i);
    }
    const r = redress(['draft', '--example'], { env });
    expect(r.stdout).toBe(clean.stdout);
    for (const path of paths) expect(readFileSync(path).equals(broken.get(path)!)).toBe(false);
  });

  it('checks a cache file once, marking it checked by its time; a write to it is checked again', () => {
    const home = tmp.path('marked');
    const env = { REDRESS_HOME: home };
    redress(['--help'], { env });
    const [file] = cacheFiles(home);
    const path = join(home, 'cache', file!);
    const microseconds = () => Math.round((statSync(path).mtimeMs % 1000) * 1000);
    expect(microseconds()).not.toBe(271_828);
    expect(redress(['--help'], { env }).code).toBe(0);
    expect(microseconds()).toBe(271_828);
    // Changed on disk (its time moves off the mark): checked again, refused, made again.
    const bytes = readFileSync(path);
    bytes[Math.floor(bytes.length / 2)] ^= 0xff;
    writeFileSync(path, bytes);
    expect(redress(['--help'], { env }).code).toBe(0);
    expect(readFileSync(path).equals(bytes)).toBe(false);
    // A file whose time was set back (as a copy keeping times would) is still only used when whole.
    utimesSync(path, new Date(), new Date(Math.floor(Date.now() / 1000) * 1000 + 500));
    expect(redress(['--help'], { env }).code).toBe(0);
  });

  it.skipIf(process.platform === 'win32')('ignores a cache file that others could have written', () => {
    const home = tmp.path('shared');
    const env = { REDRESS_HOME: home };
    redress(['draft', '--example'], { env });
    for (const file of cacheFiles(home)) {
      const path = join(home, 'cache', file);
      writeFileSync(path, Buffer.from('planted'));
      chmodSync(path, 0o666);
    }
    const r = redress(['draft', '--example'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Subject:');
  });

  it('is not made with REDRESS_NO_CODE_CACHE', () => {
    const home = tmp.path('off');
    const r = redress(['draft', '--example'], { env: { REDRESS_HOME: home, REDRESS_NO_CODE_CACHE: '1' } });
    expect(r.code).toBe(0);
    expect(cacheFiles(home)).toEqual([]);
  });

  it('a cache folder that cannot be made only means a slower start', () => {
    const blocker = tmp.path('file-not-folder');
    writeFileSync(blocker, 'x');
    const r = redress(['draft', '--example'], { env: { REDRESS_HOME: blocker } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Subject:');
    expect(r.stderr).not.toMatch(/Error|at .*\.cjs/);
  });
});
