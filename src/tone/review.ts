// Every letter redress writes is checked with its own tone guard. Words the user typed that
// trip a kindness rule are reported against the field they came from (file:line:column), so
// the person can rephrase them; the finished letter must pass the whole check.
import type { Case } from '../case/schema.js';
import { pathToString, type Locator, type PathPart, type Problem } from '../case/validate.js';
import { checkTone, type Finding } from './index.js';
import type { BuiltInLetter } from './firmness.js';
import { detectLanguage } from './languages/detect.js';
import { remembered } from '../util/remember.js';
import { isToneLanguage, loadedRules } from './languages/registry.js';
import { isLanguage } from '../letter/language/names.js';
import { shoutingCalmedIn } from '../letter/language/answers.js';

/**
 * Loads the tone rules of a letter's language: call (and await) before reviewing a letter
 * in French, German or Spanish. Only that language's tables are read.
 */
export async function loadReviewLanguage(language: string): Promise<void> {
  if (reviewLanguageLoaded(language)) return;
  const { loadToneRules } = await import('./languages/index.js');
  await loadToneRules(language);
}

/** True when texts in `language` can be reviewed now (English always can; a language without rules of its own is reviewed as English). */
export function reviewLanguageLoaded(language: string): boolean {
  return !isToneLanguage(language) || loadedRules.has(language);
}

/** Free-text fields a person writes in their own words. */
const FIELDS: readonly (readonly PathPart[])[] = [
  ['purchase', 'item'],
  ['story', 'circumstances'],
  ['story', 'expectations'],
  ['story', 'outcome'],
  ['story', 'impact'],
  ['request', 'correction'],
  ['letter', 'nextSteps'],
  ['evidence'],
  ['recipient', 'contact'],
];

export interface ToneWarning extends Problem {
  finding: Finding;
  /** The letter writes these words calmly itself (one mark for "!!!"; in English, capitals in normal letters): shown, never a reason to refuse it. */
  softened?: true;
}

/**
 * Findings the letter itself puts right when it writes the answer `text` (see letterContext and
 * withoutShouting in src/letter/render.ts; in French and Spanish, a shouted sentence, in
 * src/letter/language/answers.ts).
 */
function softenedInLetter(finding: Finding, text: string, language: string): boolean {
  if (finding.rule === 'exclamation') return true;
  if (finding.rule !== 'shouting') return false;
  return language === 'en' || (isLanguage(language) && language !== 'en' && shoutingCalmedIn(text, finding.text, language));
}

/** True when some of `warnings` stay in the letter as typed: without --keep-words, it is not written. */
export function anyUnsoftened(warnings: readonly { softened?: true }[]): boolean {
  return warnings.some((warning) => !warning.softened);
}

/** Calls `visit` for each text in `value` (a text, or a list of them), with its path. */
function eachText(value: unknown, path: readonly PathPart[], visit: (text: string, path: readonly PathPart[]) => void): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) eachText(value[i], [...path, i], visit);
}

function at(value: unknown, path: readonly PathPart[]): unknown {
  let current = value;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[part];
  }
  return current;
}

/**
 * Findings of texts checked before. Cases in one batch often share words (defaults, pasted
 * paragraphs, the same contact notes), and a text's findings depend on the text alone.
 */
/** One memo per letter language, keyed by the answer itself (a key made by joining would copy every answer). */
const seen = new Map<string, Map<string, Finding[]>>();
const MAX_SEEN = 4096;
const MAX_SEEN_LENGTH = 4096;

/**
 * The kindness findings of one answer. In a letter in another language, an answer may still
 * be written in English (it stays as written): it is checked by the rules of the language it
 * reads as, English or the letter's.
 */
function findingsOf(text: string, letterLanguage: string): Finding[] {
  // The language a text reads as is worked out once per text too (a batch meets the same answers often).
  const check = () => {
    if (letterLanguage === 'en' || detectLanguage(text, letterLanguage as 'fr') !== 'en') return checkTone(text, { language: letterLanguage });
    // Read as English in a letter in another language: a plain word of the letter's language ("Abo") is no English curse,
    // and a short word in capitals is a code ("vuelo IS 3821"), not English stress ("it IS broken").
    const rules = isToneLanguage(letterLanguage) ? loadedRules.get(letterLanguage) : undefined;
    return checkTone(text, { language: 'en' }).filter((f) => !(f.rule === 'profanity' && rules?.ordinary(f.text)) && !(f.rule === 'shouting' && /^\p{Lu}{1,3}$/u.test(f.text)));
  };
  if (text.length > MAX_SEEN_LENGTH) return check();
  let memo = seen.get(letterLanguage);
  if (!memo) seen.set(letterLanguage, (memo = new Map()));
  return remembered(memo, text, check, MAX_SEEN);
}

/**
 * Kindness findings in the user's own words, located in the case file when a locator is given.
 * `language`: the letter's (its rules must be loaded: loadReviewLanguage).
 */
export function reviewCaseText(value: Case, locate: Locator = () => undefined, language = 'en'): ToneWarning[] {
  const warnings: ToneWarning[] = [];
  const review = (text: string, path: readonly PathPart[]) => {
    for (const finding of findingsOf(text, language)) {
      if (finding.severity !== 'error') continue;
      const where = locate(path);
      const suggestion = finding.suggestion ? ` Try: "${finding.suggestion}".` : '';
      warnings.push({
        path: pathToString(path),
        message: `${finding.message}${suggestion}`,
        ...(where && { line: where.line, column: where.column }),
        finding,
        ...(softenedInLetter(finding, text, language) && { softened: true as const }),
      });
    }
  };
  for (const field of FIELDS) eachText(at(value, field), field, review);
  (value.contacts ?? []).forEach((contact, i) => {
    eachText(contact.result, ['contacts', i, 'result'], review);
    eachText(contact.who, ['contacts', i, 'who'], review);
  });
  return warnings;
}

/**
 * Findings on a finished letter (kindness, and for an English letter firmness). `builtIn`:
 * the letter's own words are a built-in template's, tested kind, and the writer's answers
 * were checked on their own, so only the firmness advice is asked of the letter.
 */
export function reviewLetterText(letterText: string, language = 'en', builtIn?: BuiltInLetter): Finding[] {
  if (builtIn) return language === 'en' ? checkTone(letterText, { letter: true, firmnessOnly: true, builtInLetter: builtIn }) : [];
  return checkTone(letterText, { letter: language === 'en', language });
}

export interface LetterReview {
  /** Unkind words: in the writer's answers (located in the case file), or in a template. Unless softened, the letter is not written without --keep-words. */
  warnings: (Problem & { softened?: true })[];
  /** What would make the letter firmer (a reference, an amount, a date): advice, never a reason to refuse. */
  notes: string[];
}

/**
 * Everything worth telling the writer about a letter about to be written. Unkind words that
 * come from a template, not the answers, are reported on the letter. `language`: the letter's.
 */
export function reviewLetter(value: Case, locate: Locator, subject: string, body: string, language = 'en', builtIn = false): LetterReview {
  const warnings: (Problem & { softened?: true })[] = reviewCaseText(value, locate, language).map(({ finding: _finding, ...problem }) => problem);
  const notes: string[] = [];
  const fromAnswers = warnings.length > 0;
  // A built-in letter's own words are kind: what else it shows of the case (a reference, a
  // name, a cost) is checked on its own, which takes a fraction of checking the whole letter.
  if (builtIn && !fromAnswers) {
    for (const finding of checkTone(otherValues(value), { language, words: true })) {
      if (finding.severity === 'error') warnings.push(letterWarning(finding, value, locate));
    }
  }
  const hasReference = Boolean(value.purchase.reference ?? value.sender.customerId);
  for (const finding of reviewLetterText(`Subject: ${subject}\n\n${body}`, language, builtIn ? { hasReference, writersWords: writersWords(value) } : undefined)) {
    // The advice on firmness reads English sentences: for a letter in another language it would only mislead.
    if (finding.severity === 'warning') {
      if (language === 'en') notes.push(findingText(finding));
    }
    else if (!fromAnswers) {
      // A value may be in the subject and the body: it is named once.
      const warning = letterWarning(finding, value, locate);
      if (!warnings.some((w) => w.path === warning.path && w.message === warning.message && w.line === warning.line)) warnings.push(warning);
    }
  }
  return { warnings, notes };
}

/** The first value of the case (a path to it) whose text holds `words`, whatever the field. */
function fieldHolding(value: unknown, words: string, path: PathPart[] = []): PathPart[] | undefined {
  if (typeof value === 'string') return value.toLowerCase().includes(words) ? path : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  const entries: Array<[PathPart, unknown]> = Array.isArray(value) ? value.map((item, i) => [i, item]) : Object.entries(value);
  for (const [key, item] of entries) {
    const found = fieldHolding(item, words, [...path, key]);
    if (found) return found;
  }
  return undefined;
}

/** Every text of the case a built-in letter may show, a paragraph each (`custom` is for templates of the writer's own). */
function writersWords(value: Case): string {
  return textsIn(value, (item) => item === value.custom).join('\n\n');
}

function findingText(finding: Finding): string {
  return `${finding.message}${finding.suggestion ? ` Try: "${finding.suggestion}".` : ''}`;
}

/**
 * Unkind words in the letter that no free-text answer holds: named by the field of the case
 * they came from (a reference, a name), located in the file, or else by their line and
 * column in the letter.
 */
/** The case's texts that reviewCaseText does not look at, one a line. */
function otherValues(value: Case): string {
  // Names are what people and businesses are called ("Idiot Proof Software", "Dick Turpin"), and addresses where they are.
  const names = [value.sender.name, value.sender.email, value.sender.address, value.recipient.company, value.recipient.email, value.recipient.address, value.card?.issuer];
  // A reply's notes are the writer's own, never in a letter.
  const notes = (value.history?.replies ?? []).map((reply) => reply.notes);
  const reviewed = new Set<unknown>([...FIELDS.map((field) => at(value, field)), ...(value.contacts ?? []).flatMap((contact) => [contact.result, contact.who]), ...names, ...notes]);
  return textsIn(value, (item) => reviewed.has(item)).join('\n');
}

/** Every text in `value`, however deep, but for the values `skip` says to leave out. */
function textsIn(value: unknown, skip: (item: unknown) => boolean = () => false, texts: string[] = []): string[] {
  if (skip(value)) return texts;
  if (typeof value === 'string') texts.push(value);
  else if (Array.isArray(value)) for (const item of value) textsIn(item, skip, texts);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) textsIn(item, skip, texts);
  return texts;
}

function letterWarning(finding: Finding, value: Case, locate: Locator): Problem {
  const path = finding.text ? fieldHolding(value, finding.text.toLowerCase()) : undefined;
  if (path) {
    const where = locate(path);
    return { path: pathToString(path), message: findingText(finding), ...(where && { line: where.line, column: where.column }) };
  }
  return { path: '', message: `the letter (line ${finding.line}, column ${finding.column}, counting the Subject line as line 1): ${findingText(finding)}` };
}

/**
 * Unkind words in a finished letter that its answers do not explain: for a template of the
 * user's, whose own words are not known to be kind (the built-in ones are tested to be).
 */
export function letterKindnessWarnings(subject: string, body: string, template: string, language = 'en'): Problem[] {
  return reviewLetterText(`Subject: ${subject}\n\n${body}`, language)
    .filter((finding) => finding.severity === 'error')
    .map((finding) => ({ path: '', message: `the letter from template "${template}": ${findingText(finding)} Change the template's words.` }));
}
