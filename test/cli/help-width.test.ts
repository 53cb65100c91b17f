// Help fits the terminal it is shown in, and is at most 80 columns wide anywhere else (a pipe, a file).
import { describe, expect, it } from 'vitest';
import { redress, tempDir } from '../support/cli.js';
import { stripAnsi, Terminal } from '../wizard/pty.js';

const widest = (text: string) => Math.max(...text.split(/\r?\n/).map((line) => line.length));
/** The options and commands, which commander wraps to the width (the examples after them are written at most 80 wide). */
const wrapped = (help: string) => help.slice(0, help.indexOf('Examples:'));

describe('redress --help', () => {
  it('wraps its options and commands to the width of the terminal', async () => {
    const home = tempDir();
    try {
      for (const cols of [100, 150]) {
        const terminal = new Terminal(['--help'], { env: { ...process.env, REDRESS_HOME: home.dir, NO_COLOR: '1' }, cwd: home.dir, cols });
        const { exitCode } = await terminal.exited;
        expect(exitCode).toBe(0);
        const text = wrapped(stripAnsi(terminal.raw));
        expect(text).toContain('Commands:');
        expect(widest(text)).toBeLessThanOrEqual(cols);
        // Wider than it would be for 80 columns: the terminal's own width is used.
        expect(widest(text)).toBeGreaterThan(80);
      }
    } finally {
      home.cleanup();
    }
  });

  it.each([[[]], [['draft']], [['batch']], [['status']], [['reply']], [['check']], [['templates']], [['init']], [['rights']], [['schema']]])(
    'fits 80 columns when it goes to a pipe: %j',
    (command) => {
      const r = redress([...command, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Usage: redress/);
      expect(widest(r.stdout)).toBeLessThanOrEqual(80);
    },
  );
});
