// Drives the built CLI in a real pseudo-terminal, the way a person would: wait for a question
// to appear, type, press keys. Works where the test runner itself has no terminal (CI): the
// pseudo-terminal is made here. @lydell/node-pty ships its binaries prebuilt, so `npm install`
// needs no compiler.
import { spawn, type IPty } from '@lydell/node-pty';
import { BIN } from '../support/cli.js';

// CSI sequences, OSC sequences, and other two-character escapes.
const ANSI = /\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()][0-9A-Za-z]|\x1b[=>NOM78c]/g;

export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

export const KEY = {
  enter: '\r',
  down: '\x1b[B',
  up: '\x1b[A',
  space: ' ',
  ctrlC: '\x03',
  esc: '\x1b',
  backspace: '\x7f',
};

export interface TerminalOptions {
  env: Record<string, string | undefined>;
  cwd: string;
  cols?: number;
  rows?: number;
}

export class Terminal {
  readonly pty: IPty;
  /** Everything written to the terminal, raw. */
  raw = '';
  /** How far waitFor has read (in the text without escape sequences). */
  private consumed = 0;
  private listeners: (() => void)[] = [];
  readonly exited: Promise<{ exitCode: number; signal?: number }>;

  constructor(args: string[], options: TerminalOptions) {
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(options.env)) if (value !== undefined) env[key] = value;
    this.pty = spawn(process.execPath, [BIN, ...args], { name: env.TERM ?? 'xterm-256color', cols: options.cols ?? 120, rows: options.rows ?? 40, cwd: options.cwd, env });
    this.pty.onData((data) => {
      this.raw += data;
      for (const listener of this.listeners) listener();
    });
    this.exited = new Promise((resolve) => this.pty.onExit((event) => resolve(event)));
  }

  /** The output so far, without escape sequences. */
  get text(): string {
    return stripAnsi(this.raw);
  }

  /** Waits until `pattern` appears after what was already read, then reads past it. */
  waitFor(pattern: string | RegExp, timeoutMs = 20_000): Promise<string> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const text = this.text.slice(this.consumed);
        let index = -1;
        let length = 0;
        if (typeof pattern === 'string') {
          index = text.indexOf(pattern);
          length = pattern.length;
        } else {
          const match = pattern.exec(text);
          if (match) {
            index = match.index;
            length = match[0].length;
          }
        }
        if (index < 0) return false;
        this.consumed += index + length;
        done();
        resolve(text.slice(index, index + length));
        return true;
      };
      const done = () => {
        clearTimeout(timer);
        this.listeners = this.listeners.filter((listener) => listener !== onData);
      };
      const onData = () => void check();
      const timer = setTimeout(() => {
        done();
        reject(new Error(`Timed out waiting for ${String(pattern)}. Screen so far:\n${this.text.slice(-3000)}`));
      }, timeoutMs);
      this.listeners.push(onData);
      check();
    });
  }

  write(data: string): void {
    this.pty.write(data);
  }

  /** Waits for a question, then types the answer and presses Enter. */
  async answer(question: string | RegExp, text: string): Promise<void> {
    await this.waitFor(question);
    this.write(`${text}\r`);
  }

  /** Waits for a list, moves to the choice named `name` with the arrow keys, and presses Enter. */
  async choose(question: string | RegExp, name: string, maxMoves = 12): Promise<void> {
    await this.waitFor(question);
    for (let moves = 0; moves <= maxMoves; moves++) {
      await this.waitFor('❯');
      const line = await this.lineAfter(this.text.lastIndexOf('❯') + 1);
      if (line.trimStart().startsWith(name)) {
        this.write(KEY.enter);
        return;
      }
      this.write(KEY.down);
    }
    throw new Error(`Could not find the choice ${JSON.stringify(name)}. Screen so far:\n${this.text.slice(-2000)}`);
  }

  /** The rest of the line from `index`, once the terminal has printed all of it. */
  private async lineAfter(index: number, timeoutMs = 5000): Promise<string> {
    const started = Date.now();
    for (;;) {
      const rest = this.text.slice(index);
      const end = rest.indexOf('\n');
      if (end >= 0) return rest.slice(0, end);
      if (Date.now() - started > timeoutMs) return rest;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  kill(): void {
    try {
      this.pty.kill();
    } catch {
      // already gone
    }
  }
}
