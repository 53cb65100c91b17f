// The tone guard: notices an insult before the business does, and a letter too
// timid to get results.
//
//   kindness (errors):  profanity, insult, accusation, threat, shouting,
//                       exclamation, sarcasm, wish-harm
//   firmness (warnings, with { letter: true }): no-request, no-amount,
//                       no-deadline, no-reference, hedging
//
// Speed: each rule's regular expression is compiled only when a text holds the words it
// needs (prefilter.ts, from gates worked out at build time by scripts/tone/analyze.ts), and swear words
// are looked for with a precompiled list (profanity.ts). Checking a calm 3 KB letter in a
// fresh process takes a few milliseconds, and well under one once the process is warm.
import { findFirmness, letterBody, looksLikeLetter, type BuiltInLetter } from './firmness.js';
import { findPatterns } from './kindness.js';
import { findProfanity } from './profanity.js';
import { findExclamation, findShouting } from './shouting.js';
import { TextIndex } from './prefilter.js';
import { Positions } from './text.js';
import { loadedToneRules } from './languages/registry.js';
import { reportedNames, reportedQuotations } from './reported.js';
import type { Finding, RawFinding } from './types.js';
import { originalPlace, spelledOut, unmaskedForms, type Unmasked } from './unmask.js';
import { readAsEnglish } from './english-forms.js';

export type { Finding } from './types.js';
export { looksLikeLetter };

export interface CheckToneOptions {
  /** Also run the firmness rules (request, amount, deadline, reference, hedging). English only. */
  letter?: boolean;
  /** Only the firmness rules: for a letter whose words are known kind (see reviewLetterText). */
  firmnessOnly?: boolean;
  /** The letter is a built-in template's (see findFirmness): whether the case gives a reference. */
  builtInLetter?: BuiltInLetter;
  /**
   * Short values (names, references, codes) rather than sentences: only words are checked
   * (swear words, insults); capitals and exclamation marks are what codes are made of.
   */
  words?: boolean;
  /**
   * The text's language (default English). French, German and Spanish texts are checked by
   * their own rules (src/tone/languages/), which `loadToneRules` from there must have loaded.
   */
  language?: string;
}

/** Findings for `text`, sorted by line and column. */
export function checkTone(written: string, options: CheckToneOptions = {}): Finding[] {
  // Checked as its reader sees it (a word with invisible characters, look-alike letters, letters
  // spaced out or written as digits is the word), and reported at the places of the writer's text.
  const forms: Unmasked = options.firmnessOnly ? { text: written } : unmaskedForms(written);
  const otherLanguage = options.language === 'fr' || options.language === 'de' || options.language === 'es';
  // In English, also without the accents put on its letters and with masked words read ("idíots", "id*ots"): the other languages' rules read these themselves.
  const seen = options.firmnessOnly ? forms : otherLanguage ? spelledOut(forms) : asEnglish(spelledOut(forms));
  const inText = (raw: RawFinding[], read: Unmasked) => (read.map ? raw.map((r) => inWritten(written, read, r)) : raw);
  const found = (raw: RawFinding[], more: RawFinding[] = []) => toFindings(written, dedupe([...inText(raw, seen), ...more]));
  const text = seen.text;
  const raw: RawFinding[] = [];
  if (otherLanguage) {
    loadedToneRules(options.language as 'fr' | 'de' | 'es').find(text, raw);
    return found(raw);
  }
  const index = new TextIndex(text);
  if (options.firmnessOnly) {
    findFirmness(text, raw, index, options.builtInLetter);
    return found(raw);
  }
  // The swear-word list reads digits for letters itself, and knows postcodes and addresses:
  // it reads the letters' forms and spacing only.
  const swearing: RawFinding[] = [];
  findProfanity(forms.text, swearing, forms.text === text ? index : new TextIndex(forms.text));
  const sworn = inText(swearing, forms);
  findPatterns(text, raw, index);
  const english = () => toFindings(written, asQuoted(written, dedupe([...inText(raw, seen), ...sworn])));
  if (options.words) return english();
  const body = letterBody(text, index);
  const unkind = raw.filter((finding) => QUOTABLE.has(finding.rule));
  const shouting: RawFinding[] = [];
  findShouting(text, shouting, body.from, body.to);
  // "THESE CLOWNS": the words are what to change; written in small letters they would still be unkind.
  for (const finding of shouting) if (!unkind.some((words) => words.start <= finding.start && finding.end <= words.end)) raw.push(finding);
  findExclamation(text, raw);
  if (options.letter) findFirmness(text, raw, index);
  return english();
}

/** Rules whose words may be quoted as said to the writer (see src/tone/reported.ts). */
const QUOTABLE = new Set<string>(['profanity', 'insult', 'accusation', 'threat', 'wish-harm', 'sarcasm']);

/**
 * Unkind words inside a quotation of what someone else said to the writer: a fact a letter
 * may quote. They are pointed out as a quotation to keep exact, never refused.
 */
function asQuoted(written: string, raw: RawFinding[]): RawFinding[] {
  if (!raw.some((finding) => QUOTABLE.has(finding.rule) && finding.severity === 'error')) return raw;
  const quotations = reportedQuotations(written);
  const names = reportedNames(written);
  if (quotations.length === 0 && names.length === 0) return raw;
  const within = (places: [number, number][], finding: RawFinding) => places.some(([start, end]) => finding.start > start && finding.end < end);
  return raw.map((finding) => {
    if (!QUOTABLE.has(finding.rule)) return finding;
    const words = written.slice(finding.start, finding.end);
    if (within(quotations, finding)) return { ...finding, severity: 'warning', message: `"${words}" is in a quotation of what was said to you. Quote it exactly, and let it speak for itself.`, suggestion: undefined };
    if (within(names, finding)) return { ...finding, severity: 'warning', message: `"${words}" is what you were called, not what you call them. Say it as it was said, and let it speak for itself.`, suggestion: undefined };
    return finding;
  });
}

/** `seen` read as English words (see english-forms.ts), its places still leading back to the writer's text. */
function asEnglish(seen: Unmasked): Unmasked {
  const read = readAsEnglish(seen.text);
  if (!read) return seen;
  if (!read.map) return { text: read.text, ...(seen.map && { map: seen.map }) };
  return { text: read.text, map: seen.map ? read.map.map((at) => seen.map![at]!) : read.map };
}

function inWritten(written: string, seen: Unmasked, finding: RawFinding): RawFinding {
  const start = originalPlace(seen, finding.start);
  if (finding.start === finding.end) return { ...finding, start, end: start };
  // The last character read, whole: a letter beyond the first plane ("𝐝") is two units.
  const last = originalPlace(seen, finding.end - 1);
  return { ...finding, start, end: last + ((written.codePointAt(last) ?? 0) > 0xffff ? 2 : 1) };
}

/** One finding per place and rule: a match inside a longer one of the same rule is dropped. */
function dedupe(raw: RawFinding[]): RawFinding[] {
  raw.sort((a, b) => a.start - b.start || b.end - a.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  const kept: RawFinding[] = [];
  const lastEnd = new Map<string, number>();
  for (const finding of raw) {
    const end = lastEnd.get(finding.rule);
    if (end !== undefined && finding.start < end) continue;
    kept.push(finding);
    lastEnd.set(finding.rule, Math.max(end ?? 0, finding.end));
  }
  return kept;
}

function toFindings(text: string, raw: RawFinding[]): Finding[] {
  const positions = new Positions(text);
  return raw.map((r) => {
    const { line, column } = positions.at(r.start);
    const finding: Finding = { rule: r.rule, severity: r.severity, line, column, text: text.slice(r.start, r.end), message: r.message };
    if (r.suggestion !== undefined) finding.suggestion = r.suggestion;
    return finding;
  });
}
