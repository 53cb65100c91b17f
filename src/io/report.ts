import { asInvoked } from '../util/invocation.js';
import { colorEnabled, colors } from './color.js';

/** An error for the person at the terminal: the message is already safe to print. */
export function reportError(message: string): void {
  const c = colors(colorEnabled(process.stderr));
  const [first, ...rest] = asInvoked(message).split('\n');
  process.stderr.write(`${c.red('✖')} ${first}\n${rest.map((line) => `${line}\n`).join('')}`);
}

export function reportWarning(message: string): void {
  const c = colors(colorEnabled(process.stderr));
  process.stderr.write(`${c.yellow('!')} ${asInvoked(message)}\n`);
}

export function reportNote(message: string): void {
  const c = colors(colorEnabled(process.stderr));
  process.stderr.write(`${c.dim(asInvoked(message))}\n`);
}
