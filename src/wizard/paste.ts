// People paste their story from notes or an e-mail, several lines at once. In a terminal
// each line ending would press Enter: the first line becomes the answer and the rest spill
// into the next questions. So while a text question waits, line endings inside a paste are
// kept as a mark (shown as ␤ on the answer line), and the lines are joined afterwards.
//
// A paste is recognised two ways: bracketed paste (the terminal wraps it in ESC[200~ …
// ESC[201~ once asked to), and, for terminals that do not, a line ending followed by more
// text in the same read: typing never delivers "abc⏎def" at once, pasting does.

export const LINE_MARK = '\u2424';
const PASTE_START = '\x1b[200~';
const PASTE_END = '\x1b[201~';
const BRACKETED_ON = '\x1b[?2004h';
const BRACKETED_OFF = '\x1b[?2004l';

interface PasteState {
  pasting: boolean;
}

/** Input as read, with line endings inside a paste replaced by `mark`. */
export function markPastedLines(text: string, mark: string, state: PasteState): string {
  let out = '';
  for (let i = 0; i < text.length; ) {
    if (text.startsWith(PASTE_START, i)) {
      state.pasting = true;
      i += PASTE_START.length;
      continue;
    }
    if (text.startsWith(PASTE_END, i)) {
      state.pasting = false;
      i += PASTE_END.length;
      continue;
    }
    const ch = text[i]!;
    if (ch === '\r' || ch === '\n') {
      const length = ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      if (state.pasting || /^[\r\n]*[^\r\n\x1b\x00-\x08\x7f]/.test(text.slice(i + length))) {
        out += mark;
        i += length;
        continue;
      }
    }
    out += ch;
    i += 1;
  }
  return out;
}

/** Runs a text question with pasted lines kept together. */
export async function keepPastedLines<T>(stdin: NodeJS.ReadStream, output: NodeJS.WriteStream, run: () => Promise<T>): Promise<T> {
  const state: PasteState = { pasting: false };
  const emit = stdin.emit;
  // Bytes are edited as latin1 text (one character per byte), so UTF-8 characters split
  // between two reads pass through untouched; the mark is inserted as its UTF-8 bytes.
  const markBytes = Buffer.from(LINE_MARK).toString('latin1');
  stdin.emit = function (this: NodeJS.ReadStream, event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'data') {
      const chunk = args[0];
      if (typeof chunk === 'string') args[0] = markPastedLines(chunk, LINE_MARK, state);
      else if (Buffer.isBuffer(chunk)) {
        const text = chunk.toString('latin1');
        const marked = markPastedLines(text, markBytes, state);
        if (marked !== text) args[0] = Buffer.from(marked, 'latin1');
      }
    }
    return (emit as (...values: unknown[]) => boolean).call(this, event, ...args);
  } as typeof stdin.emit;
  const bracketed = output.isTTY === true;
  if (bracketed) output.write(BRACKETED_ON);
  try {
    return await run();
  } finally {
    stdin.emit = emit;
    if (bracketed) output.write(BRACKETED_OFF);
  }
}

/** The answer with its pasted lines joined into one paragraph, and how many lines there were. */
export function joinPasted(value: string): { text: string; lines: number } {
  if (!value.includes(LINE_MARK)) return { text: value.trim(), lines: 1 };
  const lines = value
    .split(LINE_MARK)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return { text: lines.join(' '), lines: lines.length };
}
