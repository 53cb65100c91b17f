// Values typed by users (or found in files) may carry ANSI/OSC escape sequences or
// other control characters. They must never reach a terminal raw.

// C0 controls except tab and newline, DEL, C1 controls, and bidi overrides/isolates.
const CONTROL_CHARACTER = '[\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u200E\\u200F\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069]';
// Half of a surrogate pair without its other half (an emoji's pair is kept): no character at all,
// it could only be written out as U+FFFD, a "�" in the middle of a word.
const LONE_SURROGATE = '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';
const CONTROL = new RegExp(`${CONTROL_CHARACTER}|${LONE_SURROGATE}`, 'g');
const ANY_CONTROL = new RegExp(`${CONTROL_CHARACTER}|${LONE_SURROGATE}`);

/** True when the text holds a character that stripControl removes. */
export function hasControl(text: string): boolean {
  return ANY_CONTROL.test(text);
}

/** Makes text safe to print: control characters and lone surrogates become visible `\xNN`/`\u{...}` escapes. */
export function safeForTerminal(text: string): string {
  return text.replace(CONTROL, (ch) => {
    const code = ch.codePointAt(0)!;
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
  });
}

/** Removes control characters (keeping tab and newline) and lone surrogates from text that goes into a letter. */
export function stripControl(text: string): string {
  // A test finds nothing far quicker than a replacement replaces nothing (every value of every letter comes here).
  if (!ANY_CONTROL.test(text)) return text;
  // A terminal's escape sequence goes whole ("\x1b[31m", "\x1b]0;title\x07"), not just its first character;
  // a carriage return alone separates words.
  // Line and paragraph separators, a next-line, form and line feeds end a line as a newline does.
  return text.replace(ESCAPE_SEQUENCE, '').replace(/\r\n?/g, (found) => (found === '\r\n' ? '\n' : ' ')).replace(LINE_ENDS, '\n').replace(CONTROL, '');
}

/** CSI ("\x1b[…m", or the one character \x9b with parameters), OSC ("\x1b]…" to BEL or ST) and two-character escapes. */
// The one-character CSI counts only with parameters ("\x9b31m"): alone before a letter ("\x9bline"), it goes alone.
const ESCAPE_SEQUENCE = /(?:\x1b\[[0-?]*|\x9b[0-?]+)[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[ -~]/g;
const LINE_ENDS = /[\u0085\u2028\u2029\v\f]/g;

/** An option's value that is none of its choices, said alike for every option: `--paper "a5" is not one redress knows: use a4 or letter.` */
export function notAChoice(option: string, value: string, choices: readonly string[], what = 'one redress knows'): string {
  const listed = choices.length > 1 ? `${choices.slice(0, -1).join(', ')} or ${choices.at(-1)}` : (choices[0] ?? '');
  return `${option} ${quoteValue(value)} is not ${what}: use ${listed}.`;
}

/** Shows a value from a file or answer inside a message: quoted, shortened and made safe. */
export function quoteValue(value: unknown, max = 60): string {
  let text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  if (text.length > max) text = `${text.slice(0, max - 1)}…`;
  // Invisible characters are shown by their code, so the person can see what is there.
  return safeForTerminal(typeof value === 'string' ? JSON.stringify(text) : text).replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, (ch) => `\\u{${ch.codePointAt(0)!.toString(16)}}`);
}
