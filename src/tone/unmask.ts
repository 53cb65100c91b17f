// Words disguised from the tone check: invisible characters inside them ("li\u200Bar"),
// letters of another alphabet that look Latin ("lіar" with a Cyrillic і), and full-width
// letters ("ｌｉａｒ"). A reader sees the word; so must the check. The text is read as its
// reader sees it, and each place in it is mapped back to the writer's text, so that a finding
// still points at what was typed.

import { INVISIBLE_CHARACTER } from '../util/invisible.js';
import { onFirstUse } from '../util/on-first-use.js';

const INVISIBLE = new RegExp(INVISIBLE_CHARACTER);
// Digits or marks for letters are looked for among small letters: a code in capitals ("SP1 2AB") is not read so.
const MAYBE_DISGUISED = new RegExp(
  `${INVISIBLE_CHARACTER}|[\\uFF01-\\uFF5E\\u0370-\\u03FF\\u0400-\\u052F\\u0300-\\u036F\\u0489\\u1D00-\\u1DBF\\uA730-\\uA7FF\\u2460-\\u24FF\\u0250-\\u02FF\\u2070-\\u209F\\uD835\\uD83C]|[a-z][0-9@$!][a-z]|[0-9@$][a-z]{2}|[a-z]{2}[0-9@]|(?:^|[^A-Za-z])[A-Za-z][ .-][A-Za-z][ .-][A-Za-z](?:$|[^A-Za-z])|[A-Za-z][_\u00B7\u2022][A-Za-z]`,
);

// Letters of the Greek and Cyrillic alphabets drawn like a Latin letter.
const LOOKALIKES: Record<string, string> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', һ: 'h', ӏ: 'l', к: 'k', ԛ: 'q', ԝ: 'w', ѵ: 'v',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y', І: 'I', Ј: 'J', Ѕ: 'S', Ԁ: 'D', Ӏ: 'I', Ԛ: 'Q', Ԝ: 'W',
  α: 'a', ο: 'o', ρ: 'p', ν: 'v', ι: 'i', κ: 'k', υ: 'u', χ: 'x', ε: 'e', ϲ: 'c', ϳ: 'j',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
};

const LATIN = /[A-Za-z\u00C0-\u024F]/;
const WORD = onFirstUse(() => /[\p{L}\p{M}\u00AD\u034F\u200B-\u200D\u2060\uFEFF]+/gu);
const NON_LATIN_LETTER = /[\u0370-\u03FF\u0400-\u052F]/u;

export interface Unmasked {
  /** The text as its reader sees it. */
  text: string;
  /** For each place in `text` (and its end), the place in the writer's text; absent when the two are the same. */
  map?: number[];
}

/**
 * The text with its letters' forms and spacing read as its reader reads them (see letterForms
 * and spacedOut). Costs one test of the text when nothing in it can disguise a word.
 */
export function unmaskedForms(text: string): Unmasked {
  if (!MAYBE_DISGUISED.test(text)) return { text };
  return [letterForms, spacedOut].reduce((seen, pass) => joined(seen, pass(seen.text)), { text } as Unmasked);
}

/** `forms` (from unmaskedForms) with letters written as digits or marks read too. */
export function spelledOut(forms: Unmasked): Unmasked {
  if (!MAYBE_DISGUISED.test(forms.text)) return forms;
  return joined(forms, leetspeak(forms.text));
}

/** A pass's text, with its map joined to the one before it, so a place still leads back to the writer's text. */
function joined(seen: Unmasked, next: Unmasked): Unmasked {
  if (!next.map) return seen;
  return { text: next.text, map: seen.map ? next.map.map((at) => seen.map![at]!) : next.map };
}

/** Builds a text with its map, one piece of the source at a time. */
class Rewrite {
  private readonly pieces: string[] = [];
  readonly map: number[] = [];
  add(piece: string, from: number): void {
    this.pieces.push(piece);
    for (let k = 0; k < piece.length; k++) this.map.push(from);
  }
  /** The last character added. */
  last(): string {
    return this.pieces.length === 0 ? '' : this.pieces[this.pieces.length - 1]!.slice(-1);
  }
  /** Puts `ch` in place of the last character added (it keeps its place in the source). */
  replaceLast(ch: string): void {
    const piece = this.pieces[this.pieces.length - 1]!;
    this.pieces[this.pieces.length - 1] = piece.slice(0, -1) + ch;
  }
  done(source: string): Unmasked {
    const text = this.pieces.join('');
    if (text === source) return { text: source };
    this.map.push(source.length);
    return { text, map: this.map };
  }
}

// Letters in other forms that read as Latin: small capitals, negative squared capitals.
const SMALL_CAPITALS = 'ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘꞯʀꜱᴛᴜᴠᴡxʏᴢ';
const SMALL_CAPITAL_LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const COMBINING = onFirstUse(() => /\p{M}/u);
/** Letters that compatibility decomposes to Latin ones: mathematical, circled, squared, parenthesised. */
const COMPATIBLE = /[\u{1D400}-\u{1D7FF}\u{24B6}-\u{24E9}\u{1F130}-\u{1F149}\u{249C}-\u{24B5}]/u;

/** Letters written small above or below the line ("ᴵᴰᴵᴼᵀˢ", "ⁱᵈⁱᵒᵗˢ"). */
const MODIFIER = /[\u02B0-\u02E4\u1D2C-\u1D6A\u1D9B-\u1DBF\u2071-\u209C]/;

/** A letter written small above or below the line, read as the small Latin letter it is drawn as; anything else as it is. */
function modifierLetter(ch: string): string {
  const plain = ch.normalize('NFKC');
  return plain.length === 1 && /[A-Za-z]/.test(plain) ? plain.toLowerCase() : ch;
}

/** Invisible characters left out; full-width, mathematical, circled and small-capital letters, and look-alikes, read as Latin; marks drawn over letters left out. */
function letterForms(text: string): Unmasked {
  const lookalikeWords = mostlyLatin(text) ? wordsToRead(text) : undefined;
  const out = new Rewrite();
  for (let i = 0; i < text.length; ) {
    const point = text.codePointAt(i)!;
    const ch = String.fromCodePoint(point);
    const width = ch.length;
    if (INVISIBLE.test(ch)) {
      i += width;
      continue;
    }
    if (COMBINING().test(ch)) {
      // A mark that makes one letter with the one before ("e" + acute) is that letter; another (a strike-through) is left out.
      const before = out.last();
      const composed = (before + ch).normalize('NFC');
      if (before !== '' && composed.length === 1) out.replaceLast(composed);
      i += width;
      continue;
    }
    let read = ch;
    if (point >= 0xff01 && point <= 0xff5e) read = String.fromCharCode(point - 0xfee0);
    else if (point >= 0x1f170 && point <= 0x1f189) read = String.fromCharCode(0x41 + point - 0x1f170);
    else if (COMPATIBLE.test(ch)) read = ch.normalize('NFKC').replace(/[()]/g, '');
    else if (SMALL_CAPITALS.includes(ch)) read = SMALL_CAPITAL_LETTERS[SMALL_CAPITALS.indexOf(ch)]!;
    else if (MODIFIER.test(ch)) read = modifierLetter(ch);
    else if (lookalikeWords?.has(i) && LOOKALIKES[ch]) read = LOOKALIKES[ch]!;
    out.add(read, i);
    i += width;
  }
  return out.done(text);
}

/**
 * Letters spaced out or joined by marks no word holds: "i d i o t s", "i.d.i.o.t.s", "c-u-n-t"
 * (three single letters or more), "st_u_p_i_d", "stu·pid" (an underscore, a middle dot or an
 * asterisk between letters).
 */
const JOINER = /^[_·•]$/u;

function spacedOut(text: string): Unmasked {
  const out = new Rewrite();
  let at = 0;
  // Runs of single letters, each followed by one separator: "i d i o t s".
  const singles = /(?<![\p{L}\p{N}])(?:\p{L}[ .\-]){2,}\p{L}(?![\p{L}\p{N}])/gu;
  for (const run of text.matchAll(singles)) {
    const pieces = run[0].split(/[ .\-]/);
    if (pieces.some((piece) => piece.length !== 1)) continue;
    for (let k = at; k < run.index; k++) out.add(text[k]!, k);
    for (let k = 0; k < run[0].length; k += 2) out.add(run[0][k]!, run.index + k);
    at = run.index + run[0].length;
  }
  for (let k = at; k < text.length; k++) {
    // Between letters: "st_u_p_i_d", "stu·pid".
    if (JOINER.test(text[k]!) && /\p{L}/u.test(text[k - 1] ?? '') && /\p{L}/u.test(text[k + 1] ?? '')) continue;
    out.add(text[k]!, k);
  }
  return out.done(text);
}

// Digits and marks for letters ("id1ots", "m0r0ns", "$tupid", "sc@mmers"), read in a word of two letters or more.
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i' };
const TOKEN = onFirstUse(() => /[\p{L}0-9@$!]+/gu);

function leetspeak(text: string): Unmasked {
  const out = new Rewrite();
  let at = 0;
  for (const chunk of text.matchAll(/\S+/g)) {
    // An e-mail or web address is what it is.
    if (!/[0-9@$!]/.test(chunk[0]) || /@[\p{L}\d-]+\.|:\/\/|^www\./u.test(chunk[0])) continue;
    for (const token of chunk[0].matchAll(TOKEN())) {
      const word = token[0];
      const letters = word.match(/\p{L}/gu)?.length ?? 0;
      // A word, not a number, a code ("HV55120", "S25") or a time ("4pm"): mostly small letters, with a digit or mark among them.
      if (letters < 2 || !/[0-9@$!]/.test(word) || letters < word.length / 2 || /\p{Lu}.*\d|\d.*\p{Lu}/u.test(word) || /^\d+(?:st|nd|rd|th|am|pm|h|k|m|s|x|kg|km|cm|mm|gb|mb)$/i.test(word)) continue;
      if (/[!]$/.test(word) && !/[0-9@$]/.test(word.slice(0, -1)) && !word.slice(0, -1).includes('!')) continue;
      const start = chunk.index + token.index;
      for (let k = at; k < start; k++) out.add(text[k]!, k);
      for (let k = 0; k < word.length; k++) out.add(LEET[word[k]!] ?? word[k]!, start + k);
      at = start + word.length;
    }
  }
  for (let k = at; k < text.length; k++) out.add(text[k]!, k);
  return out.done(text);
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
  for (const match of text.matchAll(WORD())) {
    const word = match[0];
    if (!NON_LATIN_LETTER.test(word)) continue;
    let disguise = true;
    for (const ch of word) if (NON_LATIN_LETTER.test(ch) && !LOOKALIKES[ch]) disguise = false;
    if (!disguise) continue;
    for (let k = 0; k < word.length; k++) if (LOOKALIKES[word[k]!]) places.add(match.index + k);
  }
  return places;
}
