// Words disguised from the tone check: invisible characters inside them ("li\u200Bar"),
// letters of another alphabet that look Latin ("lіar" with a Cyrillic і), and full-width
// letters ("ｌｉａｒ"). A reader sees the word; so must the check. The text is read as its
// reader sees it, and each place in it is mapped back to the writer's text, so that a finding
// still points at what was typed.

import { INVISIBLE_CHARACTER } from '../util/invisible.js';

const INVISIBLE = new RegExp(INVISIBLE_CHARACTER);
const MAYBE_DISGUISED = new RegExp(`${INVISIBLE_CHARACTER}|[\\uFF01-\\uFF5E\\u0370-\\u03FF\\u0400-\\u052F]`);

// Letters of the Greek and Cyrillic alphabets drawn like a Latin letter.
const LOOKALIKES: Record<string, string> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', һ: 'h', ӏ: 'l', к: 'k', ԛ: 'q', ԝ: 'w', ѵ: 'v',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y', І: 'I', Ј: 'J', Ѕ: 'S', Ԁ: 'D', Ӏ: 'I', Ԛ: 'Q', Ԝ: 'W',
  α: 'a', ο: 'o', ρ: 'p', ν: 'v', ι: 'i', κ: 'k', υ: 'u', χ: 'x', ε: 'e', ϲ: 'c', ϳ: 'j',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
};

const LATIN = /[A-Za-z\u00C0-\u024F]/;
const WORD = /[\p{L}\p{M}\u00AD\u034F\u200B-\u200D\u2060\uFEFF]+/gu;
const NON_LATIN_LETTER = /[\u0370-\u03FF\u0400-\u052F]/u;

export interface Unmasked {
  /** The text as its reader sees it. */
  text: string;
  /** For each place in `text` (and its end), the place in the writer's text; absent when the two are the same. */
  map?: number[];
}

/** The text as its reader sees it. Costs one test of the text when nothing in it can disguise a word. */
export function unmask(text: string): Unmasked {
  if (!MAYBE_DISGUISED.test(text)) return { text };
  const lookalikeWords = mostlyLatin(text) ? wordsToRead(text) : undefined;
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (INVISIBLE.test(ch)) continue;
    const code = ch.charCodeAt(0);
    let seen = ch;
    if (code >= 0xff01 && code <= 0xff5e) seen = String.fromCharCode(code - 0xfee0);
    else if (lookalikeWords?.has(i) && LOOKALIKES[ch]) seen = LOOKALIKES[ch]!;
    out += seen;
    map.push(i);
  }
  if (out === text) return { text };
  map.push(text.length);
  return { text: out, map };
}

/** Where a place in the unmasked text is in the writer's text. */
export function originalPlace(unmasked: Unmasked, at: number): number {
  return unmasked.map ? unmasked.map[Math.min(at, unmasked.map.length - 1)]! : at;
}

/** Whether most letters of the text are Latin: Russian or Greek text is left as it is. */
function mostlyLatin(text: string): boolean {
  let latin = 0;
  let other = 0;
  for (const ch of text) {
    if (LATIN.test(ch)) latin++;
    else if (NON_LATIN_LETTER.test(ch)) other++;
  }
  return latin > other;
}

/** The places of Greek and Cyrillic letters that are in words read as Latin: every such letter in the word looks Latin. */
function wordsToRead(text: string): Set<number> {
  const places = new Set<number>();
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    if (!NON_LATIN_LETTER.test(word)) continue;
    let disguise = true;
    for (const ch of word) if (NON_LATIN_LETTER.test(ch) && !LOOKALIKES[ch]) disguise = false;
    if (!disguise) continue;
    for (let k = 0; k < word.length; k++) if (LOOKALIKES[word[k]!]) places.add(match.index + k);
  }
  return places;
}
