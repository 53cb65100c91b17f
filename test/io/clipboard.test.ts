import { afterAll, describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyToClipboard, describeCopy, osc52 } from '../../src/io/clipboard.js';
import { findExecutable } from '../../src/io/programs.js';
import { tempDir } from '../support/cli.js';
import { fakeTools } from './fake-tools.js';

const tmp = tempDir('redress-clipboard-');
afterAll(() => tmp.cleanup());

const LETTER = 'Subject: Refund request\n\nDear team,\n\nPlease refund the €240.00 I paid — thank you. 😀\n';

/** A stand-in for a terminal: says it is a TTY and keeps what is written. */
function fakeTerminal(isTTY = true) {
  const written: string[] = [];
  return { isTTY, write: (text: string) => written.push(text), written } as unknown as NodeJS.WriteStream & { written: string[] };
}

describe.skipIf(process.platform === 'win32')('copying to the clipboard', () => {
  it('uses xclip with the clipboard selection, and passes the text unchanged', async () => {
    const tools = fakeTools(join(tmp.dir, 'x11'), { xclip: {}, xsel: {} });
    const result = await copyToClipboard(LETTER, { env: { PATH: tools.bin }, platform: 'linux' });
    expect(result).toEqual({ ok: true, method: 'xclip', via: 'tool' });
    expect(tools.input('xclip')).toBe(LETTER);
    expect(tools.args('xclip')).toEqual(['-selection', 'clipboard']);
    expect(tools.input('xsel')).toBeUndefined();
    expect(describeCopy(result)).toBe('Copied the letter to the clipboard (with xclip).');
  });

  it('prefers wl-copy on Wayland', async () => {
    const tools = fakeTools(join(tmp.dir, 'wayland'), { xclip: {}, 'wl-copy': {} });
    const result = await copyToClipboard(LETTER, { env: { PATH: tools.bin, WAYLAND_DISPLAY: 'wayland-0' }, platform: 'linux' });
    expect(result.ok && result.method).toBe('wl-copy');
    expect(tools.input('wl-copy')).toBe(LETTER);
    expect(tools.input('xclip')).toBeUndefined();
  });

  it('goes on to the next tool when one fails (xclip without a display)', async () => {
    const tools = fakeTools(join(tmp.dir, 'fallback'), { xclip: { exit: 1 }, xsel: {} });
    const result = await copyToClipboard(LETTER, { env: { PATH: tools.bin }, platform: 'linux' });
    expect(result.ok && result.method).toBe('xsel');
    expect(tools.args('xsel')).toEqual(['--clipboard', '--input']);
    expect(tools.input('xsel')).toBe(LETTER);
  });

  it('uses pbcopy on macOS', async () => {
    const tools = fakeTools(join(tmp.dir, 'mac'), { pbcopy: {}, xclip: {} });
    const result = await copyToClipboard(LETTER, { env: { PATH: tools.bin }, platform: 'darwin' });
    expect(result.ok && result.method).toBe('pbcopy');
    expect(tools.input('pbcopy')).toBe(LETTER);
    expect(tools.input('xclip')).toBeUndefined();
  });

  it('gives clip.exe UTF-16 with a byte order mark (WSL), so accents and emoji survive', async () => {
    const tools = fakeTools(join(tmp.dir, 'wsl'), { 'clip.exe': {} });
    const result = await copyToClipboard(LETTER, { env: { PATH: tools.bin }, platform: 'linux' });
    expect(result.ok && result.method).toBe('clip.exe');
    const bytes = tools.bytes('clip.exe')!;
    expect(bytes.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xfe]));
    expect(bytes.subarray(2).toString('utf16le')).toBe(LETTER);
  });

  it('falls back to OSC 52 on a terminal when no tool works, wrapped for tmux', async () => {
    const tools = fakeTools(join(tmp.dir, 'broken'), { xclip: { exit: 1 } });
    const terminal = fakeTerminal();
    const result = await copyToClipboard(LETTER, { env: { PATH: tools.bin, TERM: 'xterm' }, platform: 'linux', terminal });
    expect(result).toEqual({ ok: true, method: 'OSC 52', via: 'terminal' });
    expect(terminal.written).toEqual([`\x1b]52;c;${Buffer.from(LETTER).toString('base64')}\x07`]);
    expect(describeCopy(result)).toContain('OSC 52');
    expect(osc52('hi', { TMUX: '/tmp/tmux-1/default,1,0' })).toBe(`\x1bPtmux;\x1b\x1b]52;c;aGk=\x07\x1b\\`);
  });

  it('reports failure, never throws, with no tool and no terminal (or TERM=dumb)', async () => {
    const empty = join(tmp.dir, 'empty');
    mkdirSync(empty, { recursive: true });
    const none = await copyToClipboard(LETTER, { env: { PATH: empty }, platform: 'linux', terminal: fakeTerminal(false) });
    expect(none).toEqual({ ok: false, tried: [] });
    expect(describeCopy(none)).toMatch(/could not reach a clipboard.*to copy by hand/);
    const dumb = fakeTerminal();
    expect((await copyToClipboard(LETTER, { env: { PATH: empty, TERM: 'dumb' }, platform: 'linux', terminal: dumb })).ok).toBe(false);
    expect(dumb.written).toEqual([]);
    const tools = fakeTools(join(tmp.dir, 'all-broken'), { xclip: { exit: 1 }, xsel: { exit: 2 } });
    const broken = await copyToClipboard(LETTER, { env: { PATH: tools.bin }, platform: 'linux' });
    expect(broken).toEqual({ ok: false, tried: ['xclip', 'xsel'] });
    expect(describeCopy(broken)).toContain('xclip, xsel did not work');
    expect(describeCopy(broken, { printing: false })).toBe('I could not reach a clipboard here (xclip, xsel did not work).');
  });

  it('gives up on a tool that hangs', async () => {
    const dir = join(tmp.dir, 'hang', 'bin');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'xclip'), '#!/bin/sh\nexec /bin/sleep 30\n');
    chmodSync(join(dir, 'xclip'), 0o755);
    const result = await copyToClipboard(LETTER, { env: { PATH: dir }, platform: 'linux', timeoutMs: 300 });
    expect(result.ok).toBe(false);
  });
});

describe.skipIf(process.platform === 'win32')('finding programs', () => {
  it('finds executables on PATH and skips relative entries and plain files', async () => {
    const tools = fakeTools(join(tmp.dir, 'find'), { xsel: {} });
    writeFileSync(join(tools.bin, 'not-executable'), 'x');
    expect(await findExecutable('xsel', { env: { PATH: `relative/bin:${tools.bin}` }, platform: 'linux' })).toBe(join(tools.bin, 'xsel'));
    expect(await findExecutable('not-executable', { env: { PATH: tools.bin }, platform: 'linux' })).toBeUndefined();
    expect(await findExecutable('xsel', { env: { PATH: 'relative/bin' }, platform: 'linux' })).toBeUndefined();
    expect(await findExecutable('bin', { env: { PATH: join(tmp.dir, 'find') }, platform: 'linux' })).toBeUndefined();
  });
});
