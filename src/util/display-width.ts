// How many columns a text takes on a terminal: a CJK character or an emoji takes two, a
// combining accent or a joiner none, so that a table with such names still lines up.

/** Ranges of code points a terminal shows two columns wide (East Asian Wide and Fullwidth, emoji). */
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];

/** Combining marks, joiners and variation selectors: no column of their own. */
const ZERO: readonly (readonly [number, number])[] = [
  [0x0300, 0x036f],
  [0x1ab0, 0x1aff],
  [0x1dc0, 0x1dff],
  [0x200b, 0x200f],
  [0x20d0, 0x20ff],
  [0xfe00, 0xfe0f],
  [0xfe20, 0xfe2f],
];

const within = (ranges: readonly (readonly [number, number])[], code: number) => ranges.some(([from, to]) => code >= from && code <= to);

/** The columns one character (a code point) takes. */
function columns(ch: string): number {
  const code = ch.codePointAt(0)!;
  if (code < 0x300) return 1;
  if (within(ZERO, code)) return 0;
  return within(WIDE, code) ? 2 : 1;
}

/** The columns a text takes on a terminal. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += columns(ch);
  return width;
}

/** The text padded with spaces to `width` columns. */
export function padToWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** The text cut to at most `width` columns, ending in "…" when cut; never inside a character. */
export function clipToWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = columns(ch);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return `${out}…`;
}
