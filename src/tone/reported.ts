// Words the writer quotes as said to them ("the manager called me "a stupid cow""): a fact of
// the complaint, which a letter may quote, not the writer's own name-calling. Only a quotation
// that follows a verb of saying whose subject is someone else counts: "I told them they are
// "thieves"" and "as my friend said, "scammers"" are the writer's words still.
// The same holds, without quotation marks, for what someone called the writer ("the manager
// basically called me a liar", "he accused me of stealing"): the word names the writer, so it
// accuses no one the letter is written to.
import { onFirstUse } from '../util/on-first-use.js';

/** Quotation marks around a quotation: straight or curly double, curly single, guillemets; straight single only around whole words (an apostrophe inside a word is not one). */
const QUOTED = onFirstUse(() => /"([^"\n]{1,300})"|“([^”\n]{1,300})”|‘([^’\n]{1,300})’|«([^»\n]{1,300})»|(?<=^|[\s(:,])'((?:[^'\n]|(?<=\p{L})'(?=\p{L})){1,300})'(?=$|[\s.,;:!?)])/gu);

/** A verb of saying at the end of the words before a quotation, with its subject (group 1). */
const SAID_BY = onFirstUse(() => /(?:^|[\s(,;])((?:my|our|the|your|their|his|her|a|an)\s+[\p{L}'’-]+|[\p{L}'’-]+)\s+(?:(?:then|just|actually|even|literally|basically|also|had|has|have|once|later)\s+)?(?:called\s+(?:me|us|my\s+[\p{L}-]+|our\s+[\p{L}-]+|it)|said|says|told\s+(?:me|us)|replied|answered|responded|wrote|texted|e-?mailed|messaged|shouted|yelled|screamed|snapped|muttered|laughed|commented|claimed)(?:\s+(?:to|at)\s+(?:me|us))?(?:\s+that)?\s*[,:]?\s*$/iu);
/** "I was told", "we got called": said to the writer, by someone not named. */
const SAID_TO = onFirstUse(() => /\b(?:was|were|got|been|being)\s+(?:told|called)(?:\s+by\s+[\p{L}\s'’-]{1,40})?\s*[,:]?\s*$/iu);
const WRITERS = onFirstUse(() => /^(?:i|we|my|our)(?![\p{L}-])/iu);

// A clause of its own starts at these words: "called me a liar and you are liars" reports only "a liar".
const CLAUSE_START = String.raw`(?:and|but|or|so|because|as|then|when|while|which|who|where|although|though|you|they|your|their|he|she|it|we|i)(?![\p{L}'’-])`;
/**
 * What someone else called the writer, up to the end of the clause: "called me a liar",
 * "accused us of lying", "said I was a thief", "treated me like a criminal", "I was called a
 * cheat". Group 1 is the subject of an active verb (the writer's own "I called him a liar" is
 * not a report), group 2 the words said of the writer.
 */
// Made on first use: a text with an unkind word is rare, and making it costs a letter a third of a millisecond.
let saidOfWriter: RegExp | undefined;
const SAID_OF_WRITER_SOURCE = (): RegExp => new RegExp(
  String.raw`(?:^|[\s(,;])(?:((?:my|our|the|your|their|his|her|a|an|this|that)\s+[\p{L}'’-]+|[\p{L}'’-]+)\s+(?:(?:then|just|actually|even|literally|basically|practically|effectively|more or less|pretty much|all but|also|had|has|have|once|later|then)\s+)*(?:called|labell?ed|branded|named|accused|treated|implied|suggested|insinuated|said|claimed|told\s+(?:me|us|everyone|people|others)|made\s+out)|(?:i|we)\s+(?:was|were|got|have\s+been|had\s+been|am|are)\s+(?:(?:basically|practically|effectively|then|even)\s+)*(?:called|labell?ed|branded|accused|treated))\s+((?:(?:me|us|myself)\s+)?(?:(?:that\s+)?(?:i|we)(?:'m|'d|\s+(?:was|were|am|are|had\s+been|had|would\s+be))\s+|of\s+|like\s+|as\s+|to\s+be\s+)?(?:(?!${CLAUSE_START})[\p{L}\p{N}'’*-]+\s+){0,3}(?!${CLAUSE_START})[\p{L}\p{N}'’*-]+)`,
  'giu',
);
const WRITER_AS_OBJECT = /^(?:me|us|myself)\b|^(?:that\s+)?(?:i|we)(?:'|\s)/i;

/** The [start, end) places of the quotations in `text` that report what someone else said to the writer. */
export function reportedQuotations(text: string): [number, number][] {
  if (!/["“‘«']/.test(text)) return [];
  const found: [number, number][] = [];
  for (const match of text.matchAll(QUOTED())) {
    const start = match.index!;
    // The words before it, in the same sentence.
    const before = text.slice(Math.max(0, start - 100), start).split(/[.!?]\s+|\n/).pop()!;
    const by = SAID_BY().exec(before);
    if ((by && !WRITERS().test(by[1]!)) || SAID_TO().test(before)) found.push([start, start + match[0].length]);
  }
  return found;
}

/** The [start, end) places of what `text` reports someone else called the writer, without quotation marks. */
export function reportedNames(text: string): [number, number][] {
  const found: [number, number][] = [];
  for (const match of text.matchAll((saidOfWriter ??= SAID_OF_WRITER_SOURCE()))) {
    const subject = match[1];
    const said = match[2]!;
    if (subject !== undefined && (WRITERS().test(subject) || !WRITER_AS_OBJECT.test(said))) continue;
    const end = match.index! + match[0].length;
    found.push([end - said.length - 1, end + 1]);
  }
  return found;
}
