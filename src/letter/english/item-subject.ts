// "kitchen was fitted in september", "flight was delayed 6 hours": the thing bought, typed as
// the subject of a statement without its article, as people write notes. A letter writes "the
// kitchen", "the flight". Only a word of what was bought counts (the letter is about it, so it is
// definite), typed in small letters there (not a name), and only where a verb follows it.
import type { ResolvedCase } from '../../case/resolve.js';
import { isCommonWord } from './common-words.js';
import { caseWordUse, sameWordUse } from './words.js';
import { remembered } from '../../util/remember.js';
import { pronounFor } from './money.js';

/** Words that follow a noun that is the subject of its statement. */
const AFTER_SUBJECT =
  /^(?:was|were|is|are|has|had|have|would|will|did|does|didn['’]?t|doesn['’]?t|wasn['’]?t|weren['’]?t|isn['’]?t|hasn['’]?t|haven['’]?t|hadn['’]?t|wouldn['’]?t|won['’]?t|never|still|kept|arrived|broke|came|stopped|failed|leaked|leaks|got|only|also|took|left|went|needed|needs|started|turned|looked|looks|seemed|seems|cost|ran|runs)$/i;
/** Words of what was bought that are no nouns of their own. */
const NOT_A_THING = /^(?:the|a|an|my|our|your|their|his|her|of|for|to|and|or|with|in|on|at|from|by|per|new|old|full|one|two|three|x|vs|via|plus|incl|including|each|every|same|other)$/;

const wordsOfItems = new Map<string, Set<string>>();

/** The lower-case words of what was bought, singular and plural alike. */
export function itemWords(item: string): Set<string> {
  return remembered(wordsOfItems, item, () => wordsOf(item), 2000);
}

function wordsOf(item: string): Set<string> {
  const words = new Set<string>();
  // Words typed in small letters (a capital is a name's); Latin letters, as English items are written.
  for (const word of item.split(/[^A-Za-z\u00C0-\u024F'’-]+/)) {
    if (word.length < 3 || !/^[a-z\u00DF-\u00FF][a-z\u00DF-\u00FF]+$/.test(word) || NOT_A_THING.test(word)) continue;
    const one = word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.replace(/(?<=[^s])s$/, '');
    words.add(one).add(word).add(`${one}s`);
    if (one.endsWith('y')) words.add(`${one.slice(0, -1)}ies`);
  }
  return words;
}

/** A statement's first word and the one after it, at the start of the text or of a sentence. */
const STATEMENT_START = /(^|[.!?]["'’”)]*\s+)([A-Za-z]{3,})(?=\s+([A-Za-z'’]+))/g;

/** Whether a statement of `text` starts with a word of `words` and a verb (worked out once per item and text: a batch repeats them). */
const candidates = new WeakMap<ReadonlySet<string>, Map<string, boolean>>();
function hasCandidate(text: string, words: ReadonlySet<string>): boolean {
  let memo = candidates.get(words);
  if (!memo) candidates.set(words, (memo = new Map()));
  return remembered(memo, text, () => [...text.matchAll(STATEMENT_START)].some((m) => words.has(m[2]!.toLowerCase()) && AFTER_SUBJECT.test(m[3]!)), 2000);
}

/** `text` with "the" before a word of the thing bought that starts a statement as its subject. */
export function withItemNamed(text: string, words: ReadonlySet<string>, isName: (word: string) => boolean): string {
  if (words.size === 0 || !hasCandidate(text, words)) return text;
  return text.replace(STATEMENT_START, (whole, start: string, word: string, next: string) => {
    const lower = word.toLowerCase();
    if (!words.has(lower) || !AFTER_SUBJECT.test(next) || isName(lower) || !isCommonWord(lower)) return whole;
    return `${start}${start === '' && word === lower ? 'the' : 'The'} ${lower}`;
  });
}

/** The case with the thing bought named with its article where the writer's notes leave it out; the same object when nothing changes. */
export function withItemAsSubject<C extends ResolvedCase>(c: C): C {
  const words = itemWords(c.purchase.item);
  if (words.size === 0) return c;
  const isName = (word: string) => caseWordUse(c).names.has(word);
  const fix = (text: string) => withItemNamed(text, words, isName);
  const { story } = c;
  const single = story.expectations.length === 1;
  const expectations = story.expectations.map((text) => asExpected(fix(text), single, c.purchase.item));
  const outcome = story.outcome.map(fix);
  const circumstances = story.circumstances === undefined ? undefined : fix(story.circumstances);
  const impact = story.impact === undefined ? undefined : fix(story.impact);
  const same = (a: readonly string[], b: readonly string[]) => a.every((text, i) => text === b[i]);
  if (same(expectations, story.expectations) && same(outcome, story.outcome) && circumstances === story.circumstances && impact === story.impact) return c;
  const copy = { ...c, story: { ...story, expectations, outcome, ...(circumstances !== undefined && { circumstances }), ...(impact !== undefined && { impact }) } };
  sameWordUse(copy, c);
  return copy;
}

// --- What the writer expected, typed as a bare verb -------------------------------------------

/** Verbs the writer does, typed bare at the start of what they expected ("get my deposit back", "pay the estimate"). */
const WRITER_DOES = /^(?:get|pay|have|receive|see|hear|speak|talk|stay|fly|travel|attend|eat|watch|enjoy|buy|cancel|swap|exchange|know|find|join|wear|spend|save|only\s+pay|not\s+be\s+(?:charged|billed)|not\s+pay)\s+(?=\S)/i;
/** What is done to the writer, typed as a bare participle: "charged the quoted price" -> "to be charged…". */
const DONE_TO_WRITER = /^(?:charged|refunded|told|called|contacted|informed|notified|kept\s+informed|given|offered|treated|served|reimbursed|compensated|phoned|updated|consulted|asked)\s+(?=\S)/i;
/** What is done to the thing bought or the work, typed as a bare participle: "delivered within a week" -> "that it would be delivered…". */
const DONE_TO_THING = /^(?:delivered|fixed|repaired|finished|completed|installed|fitted|built|done|shipped|dispatched|posted|cleaned|replaced|serviced|painted|mended|sorted|ready)\s+(?=\S)/i;
/** The first words of WRITER_DOES, DONE_TO_WRITER and DONE_TO_THING. */
const FIRST_WORDS: ReadonlySet<string> = new Set(
  [WRITER_DOES, DONE_TO_WRITER, DONE_TO_THING].flatMap((pattern) => pattern.source.slice('^(?:'.length, pattern.source.indexOf(')\\s+(?=')).split('|').map((words) => words.split('\\')[0]!)),
);

/**
 * What the writer expected, as it reads after "What I expected:": a bare verb takes "to" ("to
 * pay the written estimate"), what is done to the writer "to be" ("to be charged…"), and, said
 * alone, what is done to the thing bought "that it would be" ("that it would be delivered within
 * a week"). A verb that may be a noun the statement is about ("phone charges normally") is left as typed.
 */
export function asExpected(text: string, single: boolean, item: string): string {
  const typed = text.trimStart();
  // Most expectations start otherwise: the expressions below are made only for one that may.
  const first = /^[A-Za-z]+/.exec(typed)?.[0].toLowerCase();
  if (first === undefined || !FIRST_WORDS.has(first)) return text;
  const lower = (words: string) => words.charAt(0).toLowerCase() + words.slice(1);
  const verb = WRITER_DOES.exec(typed);
  // "phone charges normally", "work stops": a noun and its verb, not a verb and its object.
  if (verb && !/^[a-z]{2,}(?<![su])s\b/i.test(typed.slice(verb[0].length))) return /^not\s/i.test(typed) ? `not to ${typed.slice(4).trimStart()}` : `to ${lower(typed)}`;
  if (DONE_TO_WRITER.test(typed)) return `to be ${lower(typed)}`;
  if (single && DONE_TO_THING.test(typed)) return `that ${pronounFor(item) === 'them' ? 'they' : 'it'} would be ${lower(typed)}`;
  return text;
}
