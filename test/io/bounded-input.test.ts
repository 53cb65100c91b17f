// Every way redress reads input stops at its limit, counting bytes as they come: devices
// and pipes report a size of 0, so the size a file says it has is not enough.
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { BIN, redress, tempDir } from '../support/cli.js';

const tmp = tempDir('redress-bounded-');
afterAll(() => tmp.cleanup());
const posix = process.platform !== 'win32';

/** Runs the CLI with `yes` (or another endless writer) piped into it; resolves with the exit code and stderr. */
function endlessInto(args: string[], unit = 'x'): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: tmp.dir, env: { ...process.env, CI: '1', REDRESS_HOME: tmp.path('home') } });
    let stderr = '';
    child.stderr.on('data', (data) => (stderr += data));
    const chunk = Buffer.from(`${unit}\n`.repeat(8192));
    const pump = () => {
      while (child.stdin.writable && child.stdin.write(chunk));
    };
    child.stdin.on('drain', pump);
    child.stdin.on('error', () => {});
    pump();
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

/** Makes a FIFO that an endless writer keeps feeding; returns its path and a way to stop the writer. */
function endlessFifo(name: string): { path: string; stop: () => void } {
  const path = tmp.path(name);
  spawnSync('mkfifo', [path]);
  const writer = spawn('sh', ['-c', `yes x > '${path}'`], { stdio: 'ignore' });
  return { path, stop: () => writer.kill('SIGKILL') };
}

describe.runIf(posix)('input without a size: devices and pipes', () => {
  it.each([
    [['draft', '--from', '/dev/zero'], /\/dev\/zero looks like a binary file/],
    [['check', '/dev/zero'], /\/dev\/zero looks like a binary file/],
    [['batch', '/dev/zero', '--out', 'zero-letters'], /\/dev\/zero looks like a binary file/],
  ])('%j stops at once with exit 2', (args, message) => {
    const r = redress(args, { cwd: tmp.dir, env: { REDRESS_HOME: tmp.path('home') } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/bad_alloc|unexpected problem/);
  });

  it.each([
    [['draft', '--from', '-'], /standard input is too large for a case file \(more than 5\.0 MB\)/],
    [['check', '-'], /Standard input is too large to be a letter \(more than 5\.0 MB\)/],
  ])('`yes | redress %j` stops at the limit with exit 2', async (args, message) => {
    const r = await endlessInto(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  }, 30_000);

  it('`yes | redress batch -` stops at the limit, leaving no copy behind', async () => {
    const r = await endlessInto(['batch', '-', '--out', 'endless-letters']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/standard input is too large for a batch file \(more than 256\.0 MB\)/);
    expect(existsSync(tmp.path('endless-letters'))).toBe(false);
    expect(readdirSync(tmp.path('home/cache')).filter((name) => name.startsWith('batch-'))).toEqual([]);
  }, 120_000);

  it.each([
    [['draft', '--from'], /is too large for a case file \(more than 5\.0 MB\)/],
    [['check'], /is too large to be a letter \(more than 5\.0 MB\)/],
  ])('a FIFO fed forever (%j) stops at the limit with exit 2', async (args, message) => {
    const fifo = endlessFifo(`fifo-${args[0]}`);
    try {
      const r = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [BIN, ...args, fifo.path], { cwd: tmp.dir, env: { ...process.env, CI: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (data) => (stderr += data));
        child.on('exit', (code) => resolve({ code, stderr }));
      });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
    } finally {
      fifo.stop();
    }
  }, 30_000);

  it('a small case file given as a FIFO is read', async () => {
    const path = tmp.path('case-fifo');
    spawnSync('mkfifo', [path]);
    const writer = spawn('sh', ['-c', `cat '${process.cwd()}/test/fixtures/cases/minimal.yaml' > '${path}'`], { stdio: 'ignore' });
    const r = redress(['draft', '--from', path]);
    writer.kill();
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Subject: /);
  });
});

describe('a case saved as UTF-16 (Notepad\'s "Unicode")', () => {
  it('is named as such, with how to save it as UTF-8, by every command that reads one', () => {
    const text = 'sender: {name: Ann Lee}\nrecipient: {company: Acme}\npurchase: {item: a kettle, amount: 20}\nstory: {circumstances: It broke., expectations: a kettle, outcome: it broke}\nrequest: {remedy: refund}\n';
    const withMark = tmp.path('utf16.yaml');
    writeFileSync(withMark, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const noMark = tmp.path('utf16le.yaml');
    writeFileSync(noMark, Buffer.from(text, 'utf16le'));
    for (const args of [['draft', '--from', withMark], ['batch', noMark, '--out', tmp.path('u16-letters')], ['check', withMark]]) {
      const r = redress(args, { cwd: tmp.dir });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('is saved as UTF-16 text, and redress reads UTF-8. Save it again as UTF-8');
    }
  });

  it('a case saved as UTF-32 is named UTF-32, not UTF-16, by every command that reads one', () => {
    const text = 'sender: {name: Ann Lee}\nrecipient: {company: Acme}\n';
    const wide = Buffer.alloc(text.length * 4);
    [...text].forEach((ch, i) => wide.writeUInt32LE(ch.codePointAt(0)!, i * 4));
    const file = tmp.path('utf32.yaml');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), wide]));
    mkdirSync(tmp.path('utf32-folder'));
    writeFileSync(tmp.path('utf32-folder/case.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), wide]));
    for (const args of [['draft', '--from', file], ['batch', file, '--out', tmp.path('u32-letters')], ['check', file], ['status', tmp.path('utf32-folder')]]) {
      const r = redress(args, { cwd: tmp.dir });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toContain('is saved as UTF-32 text');
      expect(r.stderr, args.join(' ')).not.toContain('UTF-16');
    }
  });
});

describe('describeCode', () => {
  it('says in plain words what the system refused, and names only a code it has no words for', async () => {
    const { describeCode } = await import('../../src/io/read.js');
    expect(describeCode('EACCES')).toBe(': permission denied');
    expect(describeCode('ENOENT')).toBe(': it does not exist');
    expect(describeCode('ENOSPC')).toBe(': the disk is full');
    expect(describeCode('EWEIRD')).toBe(' (system error EWEIRD)');
    expect(describeCode(undefined)).toBe('');
  });
});
