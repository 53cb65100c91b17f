import { Chalk, type ChalkInstance } from 'chalk';

/**
 * Colour only on a terminal, and never with NO_COLOR, --no-color or TERM=dumb.
 * chalk 5 does not read NO_COLOR by itself, so every coloured output asks here.
 */
export function colorEnabled(stream: NodeJS.WriteStream = process.stdout, noColorFlag = false): boolean {
  if (noColorFlag) return false;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.TERM === 'dumb') return false;
  return Boolean(stream.isTTY);
}

export function colors(enabled: boolean): ChalkInstance {
  return new Chalk({ level: enabled ? 1 : 0 });
}
