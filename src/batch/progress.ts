// "Writing letters: 1,234 of 10,000" on one terminal line, only for runs that take more
// than a second and only when stderr is a terminal (never in a pipe or a log).
import { colorEnabled, colors } from '../io/color.js';

const DELAY_MS = 1000;
const EVERY_MS = 100;

export class Progress {
  private readonly started = Date.now();
  private last = 0;
  private shown = false;
  private readonly enabled: boolean;

  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {
    this.enabled = Boolean(stream.isTTY) && process.env.TERM !== 'dumb';
  }

  update(done: number): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.started < DELAY_MS || now - this.last < EVERY_MS) return;
    this.last = now;
    this.shown = true;
    const c = colors(colorEnabled(this.stream));
    const percent = this.total > 0 ? Math.floor((done / this.total) * 100) : 0;
    this.stream.write(`\r\u001b[K${c.dim(`Writing letters: ${done.toLocaleString('en-US')} of ${this.total.toLocaleString('en-US')} (${percent}%)`)}`);
  }

  /** Removes the progress line, so the summary starts on a clean line. */
  finish(): void {
    if (this.shown) this.stream.write('\r\u001b[K');
    this.shown = false;
  }
}
