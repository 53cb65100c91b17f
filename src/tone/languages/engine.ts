// Applies a language's tone rules (types.ts) to a text: its unkind words, also disguised;
// its phrases; shouting with its own abbreviations. Messages stay English, as the CLI is;
// each finding's calmer wording is in the text's language.
import { foldAccents } from '../english-forms.js';
import { findProfanity } from '../profanity.js';
import { findExclamation, findShouting } from '../shouting.js';
import { readable, WORD_CHAR, wordPattern } from '../text.js';
import type { RawFinding } from '../types.js';
import type { LanguageRules, WordRule } from './types.js';
import { remembered } from '../../util/remember.js';
import { allMatches } from '../../util/matches.js';
import { onFirstUse } from '../../util/on-first-use.js';

const MESSAGES: Readonly<Record<WordRule, (t: string) => string>> = {
  profanity: (t) => `"${t}" is a swear word. Many businesses tell their staff they may stop dealing with a customer who curses, so leave it out and say plainly what went wrong.`,
  insult: (t) => `"${t}" is name-calling. It makes the person reading defensive and less willing to help you. Describe what happened, not what you think of the people.`,
  accusation: (t) => `"${t}" accuses the business of lying, fraud or stealing. Even if you feel cheated, an accusation makes people defend themselves instead of fixing the problem. Stick to the facts — what you paid, what you were told, what you received — and let them speak for themselves.`,
  threat: (t) => `"${t}" reads as a threat. Businesses may refuse to deal with threats, and one can weaken your case. If you plan a next step, state a lawful one calmly as a fact: a card dispute, a mediator or arbitration board, a consumer-protection office, or court.`,
  'wish-harm': (t) => `"${t}" wishes harm on the business or its people. Leave it out: it will not get you what you are owed, and it may get your letter set aside.`,
  sarcasm: (t) => `"${t}" sounds sarcastic or contemptuous. Sarcasm is easy to misread and puts people on the defensive. Say plainly what went wrong and what you want.`,
};

// --- Words, also disguised ------------------------------------------------------------------

/** Digits and signs people put in place of letters (sh1t, 4rnaque, €scroc, $alaud). */
const LOOK_ALIKE: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '@': 'a', $: 's', '€': 'e', '|': 'l', '!': 'i' };
/** Signs that hide a letter: m*rde, sch#iße. */
const MASKS = /[*#_]/;

/**
 * The form words are compared in: lower case, no accents, ß as ss, look-alike signs as the
 * letters they stand for, masks as `*`, and each run of one letter as one (abruuuti, conNNard
 * and connard all read "conard"), so a list need not spell out every disguise.
 */
export function normalise(word: string): string {
  return PLAIN_WORD.test(word) ? collapsed(word.toLowerCase()) : remembered(normalised, word, () => normaliseAny(word));
}

/** Most words are plain ASCII letters: lower case and runs of one letter are all they need. */
const PLAIN_WORD = /^[A-Za-z]+$/;
/** Words with accents or signs, as normalised before (a batch meets the same ones often). */
const normalised = new Map<string, string>();

function collapsed(lower: string): string {
  let out = lower.charAt(0);
  for (let i = 1; i < lower.length; i++) if (lower.charCodeAt(i) !== lower.charCodeAt(i - 1)) out += lower.charAt(i);
  return out;
}

function normaliseAny(word: string): string {
  let out = '';
  for (const ch of word.toLowerCase().replace(/ß/g, 'ss').normalize('NFD')) {
    if (/\p{M}/u.test(ch)) continue;
    const c = LOOK_ALIKE[ch] ?? (MASKS.test(ch) ? '*' : ch);
    if (c !== out[out.length - 1]) out += c;
  }
  return out;
}

interface Token {
  start: number;
  end: number;
  word: string;
}

/** A word, with the signs that may disguise one; "!" only between letters (m!erde, not "merde!"). */
const TOKEN = onFirstUse(() => /[\p{L}\p{N}@$€|*#_]+(?:!+[\p{L}\p{N}@$€|*#_]+)*/gu);
const LETTER = onFirstUse(() => /\p{L}/u);

/** The words of a text, with runs of single letters (B e t r ü g e r, v.o.l.e.u.r.s) joined into one. */
function tokens(text: string): Token[] {
  const found: Token[] = [];
  let run: Token[] = [];
  const flush = () => {
    if (run.length >= 3) found.push({ start: run[0]!.start, end: run[run.length - 1]!.end, word: run.map((t) => t.word).join('') });
    else found.push(...run);
    run = [];
  };
  for (const m of allMatches(text, TOKEN())) {
    const raw = m[0];
    // Letters are needed: 2026, 4551 and other numbers are not words, however they would read.
    if (!LETTER().test(raw)) {
      flush();
      continue;
    }
    const token = { start: m.index, end: m.index + raw.length, word: raw };
    const single = [...raw].length === 1;
    const last = run[run.length - 1];
    if (single && (!last || /^[ .\-_/]$/.test(text.slice(last.end, token.start)))) run.push(token);
    else {
      flush();
      if (single) run.push(token);
      else found.push(token);
    }
  }
  flush();
  return found;
}

interface WordList {
  rule: WordRule;
  suggestion: string;
  exact: Set<string>;
  prefixes: string[];
  suffixes: string[];
}

function wordLists(rules: LanguageRules): WordList[] {
  return rules.words.map((family) => {
    const list: WordList = { rule: family.rule, suggestion: family.suggestion, exact: new Set(), prefixes: [], suffixes: [] };
    for (const entry of family.words) {
      const word = normalise(entry.replace(/^\*|\*$/g, ''));
      if (entry.endsWith('*')) list.prefixes.push(word);
      else if (entry.startsWith('*')) list.suffixes.push(word);
      else list.exact.add(word);
    }
    return list;
  });
}

function inList(word: string, list: WordList): boolean {
  if (list.exact.has(word)) return true;
  for (const prefix of list.prefixes) if (word.startsWith(prefix)) return true;
  for (const suffix of list.suffixes) if (word.endsWith(suffix) && word.length > suffix.length + 2) return true;
  return false;
}

/** For a word with masked letters (m*rde, c*jones): whether some word of the list fits it, each mask one letter or more. */
function maskedInList(word: string, list: WordList): boolean {
  const letters = word.replace(/\*/g, '').length;
  if (letters < 2 || letters < word.length - letters) return false;
  const fits = new RegExp(`^${word.split('*').map((part) => part.replace(/[^a-z]/g, '')).join('[a-z]+')}$`);
  for (const exact of list.exact) if (fits.test(exact)) return true;
  // A word that goes on after its list entry: the entry's letters, a mask standing for one of them.
  for (const prefix of list.prefixes) {
    if (word.length < prefix.length) continue;
    let same = true;
    for (let i = 0; i < prefix.length && same; i++) same = word[i] === '*' || word[i] === prefix[i];
    if (same) return true;
  }
  return false;
}

// --- The rules of one language, ready to run ----------------------------------------------------

export interface CompiledRules {
  language: LanguageRules['language'];
  lists: WordList[];
  notEnglishSwearing: WordList;
  patterns: Array<{ rule: WordRule; suggestion: string; regex: RegExp }>;
  allowed: RegExp | undefined;
  shouting: { acronyms: ReadonlySet<string>; emphasis: ReadonlySet<string> };
  greeting: RegExp;
  closing: RegExp;
}

export function compile(rules: LanguageRules): CompiledRules {
  return {
    language: rules.language,
    lists: wordLists(rules),
    notEnglishSwearing: wordLists({ ...rules, words: [{ rule: 'profanity', words: rules.notEnglishSwearing, suggestion: '' }] })[0]!,
    // Patterns are matched without accents, on the text without accents (unaccented below):
    // people type "etes", "Senor", "fur" as often as "êtes", "Señor", "für".
    patterns: rules.patterns.map((family) => ({ rule: family.rule, suggestion: family.suggestion, regex: wordPattern(family.patterns.map(foldAccents), 'gi') })),
    allowed: rules.allowed.length > 0 ? wordPattern(rules.allowed.map(foldAccents), 'gi') : undefined,
    shouting: { acronyms: new Set(rules.shouting.acronyms), emphasis: new Set(rules.shouting.emphasis) },
    greeting: new RegExp(`^[ \\t]*(?:${readable(rules.letter.greeting)})`, 'im'),
    closing: new RegExp(`^[ \\t]*(?:${readable(rules.letter.closing)})(?![${WORD_CHAR}])`, 'gim'),
  };
}

/** The body of a letter in this language (after its greeting, before its closing), or the whole text. */
function body(text: string, rules: CompiledRules): { from: number; to: number } {
  const greeting = rules.greeting.exec(text);
  const from = greeting ? greeting.index + greeting[0].length : 0;
  let to = text.length;
  rules.closing.lastIndex = from;
  for (let m = rules.closing.exec(text); m; m = rules.closing.exec(text)) to = m.index;
  return { from, to };
}

/** Whether a word the English swear-word list takes for a curse is a plain word of this language. */
export function ordinaryInLanguage(word: string, rules: CompiledRules): boolean {
  return inList(normalise(word), rules.notEnglishSwearing);
}

/** Kindness findings of `text` by the rules of its language. */
export function findInLanguage(text: string, rules: CompiledRules, out: RawFinding[]): void {
  const found: RawFinding[] = [];
  const english: RawFinding[] = [];
  findProfanity(text, english);
  for (const finding of english) {
    if (!inList(normalise(text.slice(finding.start, finding.end)), rules.notEnglishSwearing)) found.push({ ...finding, suggestion: rules.lists.find((list) => list.rule === 'profanity')?.suggestion ?? finding.suggestion });
  }
  const push = (rule: WordRule, start: number, end: number, suggestion: string) =>
    found.push({ rule, severity: 'error', start, end, message: MESSAGES[rule](text.slice(start, end)), suggestion });

  for (const token of tokens(text)) {
    const word = normalise(token.word);
    const masked = word.includes('*');
    for (const list of rules.lists) {
      if (masked ? maskedInList(word, list) : inList(word, list)) {
        push(list.rule, token.start, token.end, list.suggestion);
        break;
      }
    }
  }
  // The same length as the text, letter for letter, so a match's places are the text's.
  const plain = foldAccents(text);
  for (const { rule, suggestion, regex } of rules.patterns) {
    for (const m of allMatches(plain, regex)) {
      let end = m.index + m[0].length;
      while (end > m.index && /[\s,;:]/.test(text[end - 1]!)) end--;
      if (end > m.index) push(rule, m.index, end, suggestion);
    }
  }
  if (rules.allowed && found.length > 0) {
    const allowed = allMatches(plain, rules.allowed).map((m) => [m.index, m.index + m[0].length] as const);
    out.push(...found.filter((f) => !allowed.some(([from, to]) => f.start >= from && f.end <= to)));
  } else out.push(...found);

  const { from, to } = body(text, rules);
  findShouting(text, out, from, to, rules.shouting);
  findExclamation(text, out);
}
