// Characters that take no room on screen: zero-width spaces and joiners, soft hyphens, word
// joiners, direction marks, byte-order marks. Copied text often carries them, and a word that
// holds one looks the same as the word without it.
// Also variation selectors (which only choose how the letter before is drawn), Hangul fillers,
// and beyond the first plane tag characters, more variation selectors and invisible music
// symbols, written as their two halves (the expression is used without the u flag).
export const INVISIBLE_CHARACTER =
  '(?:[\\u00AD\\u034F\\u061C\\u115F\\u1160\\u17B4\\u17B5\\u180B-\\u180F\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u206F\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0]|\\uDB40[\\uDC00-\\uDDEF]|\\uD834[\\uDD73-\\uDD7A])';

const INVISIBLE = new RegExp(INVISIBLE_CHARACTER, 'g');

/** The text without its invisible characters. */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** The text with its invisible characters shown as `\u{200b}`. */
export function invisibleShown(text: string): string {
  return text.replace(INVISIBLE, (ch) => `\\u{${ch.codePointAt(0)!.toString(16)}}`);
}
