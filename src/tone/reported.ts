// Words the writer quotes as said to them ("the manager called me "a stupid cow""): a fact of
// the complaint, which a letter may quote, not the writer's own name-calling. Only a quotation
// that follows a verb of saying whose subject is someone else counts: "I told them they are
// "thieves"" and "as my friend said, "scammers"" are the writer's words still.

/** Quotation marks around a quotation: straight or curly double, curly single, guillemets; straight single only around whole words (an apostrophe inside a word is not one). */
const QUOTED = /"([^"\n]{1,300})"|“([^”\n]{1,300})”|‘([^’\n]{1,300})’|«([^»\n]{1,300})»|(?<=^|[\s(:,])'((?:[^'\n]|(?<=\p{L})'(?=\p{L})){1,300})'(?=$|[\s.,;:!?)])/gu;

/** A verb of saying at the end of the words before a quotation, with its subject (group 1). */
const SAID_BY = /(?:^|[\s(,;])((?:my|our|the|your|their|his|her|a|an)\s+[\p{L}'’-]+|[\p{L}'’-]+)\s+(?:(?:then|just|actually|even|literally|basically|also|had|has|have|once|later)\s+)?(?:called\s+(?:me|us|my\s+[\p{L}-]+|our\s+[\p{L}-]+|it)|said|says|told\s+(?:me|us)|replied|answered|responded|wrote|texted|e-?mailed|messaged|shouted|yelled|screamed|snapped|muttered|laughed|commented|claimed)(?:\s+(?:to|at)\s+(?:me|us))?(?:\s+that)?\s*[,:]?\s*$/iu;
/** "I was told", "we got called": said to the writer, by someone not named. */
const SAID_TO = /\b(?:was|were|got|been|being)\s+(?:told|called)(?:\s+by\s+[\p{L}\s'’-]{1,40})?\s*[,:]?\s*$/iu;
const WRITERS = /^(?:i|we|my\s|our\s)/i;

/** The [start, end) places of the quotations in `text` that report what someone else said to the writer. */
export function reportedQuotations(text: string): [number, number][] {
  if (!/["“‘«']/.test(text)) return [];
  const found: [number, number][] = [];
  for (const match of text.matchAll(QUOTED)) {
    const start = match.index!;
    // The words before it, in the same sentence.
    const before = text.slice(Math.max(0, start - 100), start).split(/[.!?]\s+|\n/).pop()!;
    const by = SAID_BY.exec(before);
    if ((by && !WRITERS.test(by[1]!)) || SAID_TO.test(before)) found.push([start, start + match[0].length]);
  }
  return found;
}
