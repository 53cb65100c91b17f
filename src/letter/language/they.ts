// The writer's story says what "they" did ("ils m'ont prélevé 3 fois", "auf meine Mails haben
// sie nicht reagiert", "ellos me dijeron"); the letter is written to them, so it says "vous",
// "Sie", "ustedes", as the English letter says "you". Only where "they" is a subject that does
// what only people do (a verb of the catalogue's `story.theyDoes`) and nobody else the writer
// names before it in the answer (`story.theyOthers`: "la banque", "meine Eltern") may be them;
// a "they" whose verb could be said of things ("ils nous ont mis sur un vol plus tard") is them
// only where the story names nothing else in the plural (`story.theyPlural`; none in German,
// whose "die" does not tell a plural from a feminine);
// a sentence that keeps another "they" is left as typed, so that one sentence never says both.
import type { Catalogue } from './index.js';

interface TheyRules {
  /** A quick plain test: the answer may hold the pronoun. */
  mayHold: RegExp;
  /** The pronoun, the words between it and its verb, the verb; or (German) the verb, then the pronoun. */
  subject: RegExp;
  inverted?: RegExp;
  you: string;
  /** The pronoun alone, to find one left in a sentence. */
  pronoun: RegExp;
  does: RegExp;
  others?: RegExp;
  /** A finite verb in the third person plural said in the reader's person ("ont" -> "avez"), where the language's forms differ. */
  finite: (verb: string) => string | undefined;
  /** Words that say the verb is an auxiliary: what the subject does is the word after it. */
  auxiliaries?: RegExp;
  /** Words between the pronoun and its verb, said to the reader ("se" -> "vous"). */
  between: Map<string, string>;
  /** The small words elided before a vowel ("ne" -> "n'"), and the letters that make them so. */
  elision?: { words: Map<string, string>; before: string };
  ownWords?: { pairs: string; notBefore: string | undefined };
  /** A noun in the plural (ending in s, x or z, after a word of `story.theyPlural`, not one of `story.theyPluralNot`): something else "they" may be. */
  plural?: RegExp;
  notPlural?: RegExp;
  /** The writer as the object between "they" and its verb (`story.theyToWriter`: "nous", "m'"): they acted on the writer. */
  toWriter?: RegExp;
}

/** The story, for a "they" whose verb may be said of things: it is the business only where the story names nothing else in the plural before it. */
export interface TheyStory {
  /** The answers of the story told before this one, as typed. */
  text: string;
  /** What was bought: its first word ending in s or x reads as a plural ("pneus neige", "gafas graduadas"). */
  item: string;
}

const made = new WeakMap<Catalogue, TheyRules | null>();

const list = (text: string | undefined) => (text ?? '').split('|').map((word) => word.trim()).filter(Boolean);
const pairs = (text: string | undefined) => list(text).filter((pair) => pair.includes('=')).map((pair) => pair.split('=') as [string, string]);
const escaped = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function rulesOf(words: Catalogue): TheyRules | null {
  const pronouns = list(words['story.they']);
  const you = words['story.theyYou'];
  const does = list(words['story.theyDoes']);
  if (pronouns.length === 0 || !you || does.length === 0) return null;
  // "se=vous": a word said otherwise to the reader; an elided one ("s'") said in full is followed by a space.
  const between = (words['story.theyBetween'] ?? '')
    .split('|')
    .filter(Boolean)
    .map((entry) => {
      const [typed, said = typed] = entry.split('=') as [string, string?];
      return [typed, /['’]$/.test(typed) && !/['’]$/.test(said) ? `${said} ` : said] as const;
    });
  const betweenWords = between.map(([typed]) => typed);
  const gap = betweenWords.length > 0 ? `(?:(?:${betweenWords.filter((w) => !/['’]$/.test(w)).map(escaped).join('|') || '\\uFFFF'})\\s+|(?:${betweenWords.filter((w) => /['’]$/.test(w)).map(escaped).join('|') || '\\uFFFF'}))*` : '';
  const that = list(words['story.theyThat']);
  const lead = that.length > 0 ? `((?:${that.map(escaped).join('|')})\\s*)?` : '()';
  const pronoun = `(?:${pronouns.map(escaped).join('|')})`;
  const finite = words['story.theyFinite'] ?? String.raw`\p{L}+`;
  const irregular = new Map(pairs(words['story.theyVerbs']));
  const endings = pairs(words['story.theyEndings']).sort((a, b) => b[0].length - a[0].length);
  const invertedVerbs = list(words['story.theyInvertedVerbs']);
  const notAfter = list(words['story.theyInvertedNotAfter']);
  const others = list(words['story.theyOthers']);
  // Pronouns typed in small letters only where the language writes "you" with a capital (German "sie" / "Sie").
  const flags = words['story.theyCase'] === 'exact' ? 'gu' : 'giu';
  return {
    // No Unicode classes: this test runs on every answer of every letter.
    mayHold: new RegExp(`(?:^|[\\s'’(«"„“-])(?:${pronouns.map(escaped).join('|')})(?:[\\s,.;:!?)]|$)`, flags === 'gu' ? '' : 'i'),
    subject: new RegExp(`(?<![\\p{L}'’-])${lead}(${pronoun})(\\s+)(${gap})(${finite})(?![\\p{L}'’-])`, flags),
    ...(invertedVerbs.length > 0 && {
      inverted: new RegExp(`(?<![\\p{L}'’-])${notAfter.length > 0 ? `(?<!(?<![\\p{L}'’-])(?:${notAfter.map(escaped).join('|')})\\s+)` : ''}(${invertedVerbs.map(escaped).join('|')})\\s+(${pronoun})(?![\\p{L}'’-])`, flags),
    }),
    you,
    // Also after an elided word ("qu'ils"): a "they" left there is one too.
    pronoun: new RegExp(`(?<![\\p{L}-])${pronoun}(?![\\p{L}'’-])`, flags === 'gu' ? 'u' : 'iu'),
    does: new RegExp(`(?<![\\p{L}])(?:${does.join('|')})`, 'iu'),
    ...(others.length > 0 && { others: new RegExp(`(?<![\\p{L}])(?:${others.join('|')})(?![\\p{L}])`, 'iu') }),
    finite: (verb: string) => {
      const lower = verb.toLowerCase();
      const known = irregular.get(lower);
      if (known !== undefined) return known;
      if (endings.length === 0) return verb;
      const ending = endings.find(([from]) => lower.length > from.length + 1 && lower.endsWith(from));
      return ending && `${verb.slice(0, verb.length - ending[0].length)}${ending[1]}`;
    },
    ...(words['story.theyAuxiliaries'] && { auxiliaries: new RegExp(`^(?:${words['story.theyAuxiliaries']})$`, 'iu') }),
    between: new Map(between.map(([typed, said]) => [typed.toLowerCase(), said])),
    ...(words['story.theyElision'] && words['story.theyElisionBefore'] && { elision: { words: new Map(pairs(words['story.theyElision'])), before: words['story.theyElisionBefore'] } }),
    ...(words['contact.theirsToReader'] && { ownWords: { pairs: words['contact.theirsToReader'], notBefore: words['contact.theirsNotBefore'] } }),
    ...(words['story.theyPlural'] && {
      // A plural noun ends in s, x or z in French and Spanish ("pneus", "travaux", "luces"): "le 12 comme prévu", "je les ai" are none.
      plural: new RegExp(`(?<![\\p{L}'’])(?:${words['story.theyPlural']}|\\d+)\\s+(\\p{L}*[sxz])(?![\\p{L}'’])`, 'giu'),
      ...(words['story.theyPluralNot'] && { notPlural: new RegExp(`^(?:${words['story.theyPluralNot']})$`, 'iu') }),
      ...(words['story.theyToWriter'] && { toWriter: new RegExp(`(?:^|\\s)(?:${words['story.theyToWriter']})(?:\\s|$)`, 'i') }),
    }),
  };
}

/** Whether the story may name something else in the plural that "they" could be. */
function namesPlural(story: TheyStory, here: string, r: TheyRules): boolean {
  if (/^\p{L}+[sx](?![\p{L}'’-])/iu.test(story.item.trim())) return true;
  // What "they" stands for is told before it: "les repas" after "ils nous ont mis…" is not who they are.
  for (const m of `${story.text} ${here}`.matchAll(r.plural!)) if (!r.notPlural?.test(m[1]!)) return true;
  return false;
}

/** The clause from `at` to its end: what its subject does is said there. */
function clauseFrom(text: string, at: number): string {
  const end = text.slice(at).search(/[,;:.!?()«»"“”]/);
  return end < 0 ? text.slice(at) : text.slice(at, at + end);
}

/**
 * `text` (one answer of the story) with "they" said as the reader where it is the business, by
 * the catalogue's `story.they*` words; `before`, the answer told just before it in the same list.
 * With the whole `story`, a "they" whose verb could be said of things ("ils nous ont mis sur un
 * vol plus tard") is the business too where the story names nothing else in the plural.
 * The same string when nothing changes.
 */
export function theyToReader(text: string, words: Catalogue, before = '', story?: TheyStory): string {
  let rules = made.get(words);
  if (rules === undefined) made.set(words, (rules = rulesOf(words)));
  if (rules === null || !rules.mayHold.test(text)) return text;
  const r = rules;
  // Someone else named before (in the answer before this one in its list) may be who "they" are.
  if (r.others?.test(before)) return text;
  // Nothing else in the plural told before `here` (the answer up to "they"): "they" can only be the business.
  const nothingElse = (here: string) => story !== undefined && r.plural !== undefined && !namesPlural(story, here, r);
  const sentences = text.split(/(?<=[.!?])(\s+)/);
  let changed = false;
  let prior = '';
  for (let i = 0; i < sentences.length; i += 2) {
    const sentence = sentences[i]!;
    const priorHere = prior;
    prior += `${sentence} `;
    let from = 0;
    let said = sentence
      .split(QUOTED)
      .map((part, p) => {
        const partAt = from;
        from += part.length;
        if (p % 2 === 1) return part;
        // Someone else named before "they", in this answer: "they" may be them.
        const othersBefore = (offset: number) => r.others?.test(priorHere + sentence.slice(0, partAt + offset)) ?? false;
        let out = part.replace(r.subject, (whole: string, that: string | undefined, they: string, space: string, gap: string, verb: string, offset: number) => {
          if (othersBefore(offset)) return whole;
          const rest = clauseFrom(part, offset + whole.length);
          // A verb that may be said of things or of others ("ils nous ont mis", not "ils ont tous été malades"):
          // they acted on the writer, and nothing else told before may be them.
          if (!(r.auxiliaries?.test(verb) ? r.does.test(rest) : r.does.test(verb)) && !(r.toWriter?.test(gap.trim()) && nothingElse(priorHere + sentence.slice(0, partAt + offset)))) return whole;
          const toReader = r.finite(verb);
          if (toReader === undefined) return whole;
          let gapSaid = gap.replace(/\p{L}+['’]?/gu, (word: string) => r.between.get(word.toLowerCase()) ?? word);
          // "ils ne sont" -> "vous n'êtes": a small word before the verb said now with a vowel is elided.
          if (r.elision && r.elision.before.includes(toReader.charAt(0).toLowerCase())) {
            gapSaid = gapSaid.replace(/(\p{L}+)\s+$/u, (whole: string, word: string) => r.elision!.words.get(word.toLowerCase()) ?? whole);
          }
          const you = that ? `${that.replace(/['’]\s*$/, 'e ')}${r.you}` : r.you;
          const lead = that ? you : capitalLike(they, you);
          return `${capitalLike(that ?? '', lead)}${space}${gapSaid}${capitalLike(verb, toReader)}`;
        });
        if (r.inverted) {
          out = out.replace(r.inverted, (whole: string, verb: string, _they: string, offset: number) => {
            if (othersBefore(offset) || !r.does.test(clauseFrom(out, offset))) return whole;
            return `${verb} ${r.you}`;
          });
        }
        return out;
      })
      .join('');
    if (said === sentence) continue;
    // Another "they" left in the sentence may be someone else: the sentence is kept as typed.
    if (said.split(QUOTED).some((part, p) => p % 2 === 0 && r.pronoun.test(part))) continue;
    if (r.ownWords) said = ownToReader(said, r.ownWords.pairs, r.ownWords.notBefore);
    sentences[i] = said;
    changed = true;
  }
  return changed ? sentences.join('') : text;
}

/** Whether `text` still says "they" outside quotation marks (the pronoun of the catalogue's `story.they`). */
export function keepsThey(text: string, words: Catalogue): boolean {
  let rules = made.get(words);
  if (rules === undefined) made.set(words, (rules = rulesOf(words)));
  if (rules === null || !rules.mayHold.test(text)) return false;
  const r = rules;
  return text.split(QUOTED).some((part, p) => p % 2 === 0 && r.pronoun.test(part));
}

/** Whether `text` names someone else "they" may be (the catalogue's `story.theyOthers`: "la banque", "meine Eltern"). */
export function namesOthers(text: string, words: Catalogue): boolean {
  let rules = made.get(words);
  if (rules === undefined) made.set(words, (rules = rulesOf(words)));
  return rules?.others?.test(text) ?? false;
}

/** Text in quotation marks, the writer quoting someone: kept as typed. */
const QUOTED = /(«[^»]*»|"[^"]*"|„[^“”]*[“”]|“[^”]*”)/;

/** `said` with a first capital where `typed` has one. */
function capitalLike(typed: string, said: string): string {
  const first = typed.charAt(0);
  return first !== '' && first !== first.toLocaleLowerCase() ? said.charAt(0).toLocaleUpperCase() + said.slice(1) : said;
}

/** "leur hotline" -> "votre hotline": the business's own, after its "they" was said as the reader (not before a verb: "je leur ai dit"). */
function ownToReader(text: string, pairsText: string, notBefore: string | undefined): string {
  const byWord = new Map(pairs(pairsText));
  const stop = notBefore ? new RegExp(`^(?:${notBefore.split('|').map((word) => word.replace(/\*$/, '\\p{L}*')).join('|')})$`, 'iu') : undefined;
  return text.replace(/(?<![\p{L}'’])(\p{L}+)(?![\p{L}'’])(?=(\s+\p{L}+)?)/gu, (word: string, _w: string, next: string | undefined) =>
    byWord.has(word) && !(next && stop?.test(next.trim())) ? byWord.get(word)! : word,
  );
}

const afterMade = new WeakMap<Catalogue, RegExp>();

/**
 * Whether a verb after `before` comes before its subject: after a date ("am 20.9."), a comma, or a
 * word of the catalogue's `contact.toReaderInvertedAfter` ("dann", "später"). After anything else
 * the word before may be the subject ("mein Mann hat Dr. Wirth angerufen").
 */
export function verbSecond(before: string, words: Catalogue): boolean {
  let after = afterMade.get(words);
  if (!after) afterMade.set(words, (after = new RegExp(`(?:[,;:]|\\d\\.?|(?<![\\p{L}])(?:${words['contact.toReaderInvertedAfter'] || '\\uFFFF'}))\\s*$`, 'iu')));
  return after.test(before);
}

interface BusinessRules {
  /** The nouns' last words in small letters, for a plain test before the expressions run. */
  cues: readonly string[];
  /** The business's common noun at a clause's start ("la société", "die Firma"), then what follows it. */
  subject: RegExp;
  says: readonly (readonly [string, string])[];
  /** German: the verb before the noun ("am 17.10. hat die Firma"), said to the reader ("haben Sie"). */
  verbFirst?: RegExp;
  saysFirst: ReadonlyMap<string, string>;
  /** The noun with a complement or a name after it ("la société de livraison", "die Firma Hermes"): another business of that kind in the story. */
  another: RegExp;
}

const businessMade = new WeakMap<Catalogue, Map<string, BusinessRules | null>>();

/**
 * The catalogue's `story.business` nouns, and those of `story.businessKinds` the business's own
 * name holds ("die Werkstatt" in a letter to "Kfz-Werkstatt Huber"; not to an insurer, where the
 * workshop is someone else).
 */
function businessNouns(words: Catalogue, name: string): string | undefined {
  const kinds = words['story.businessKinds'];
  const named = name.toLowerCase();
  const own = kinds ? kinds.split('|').filter((noun) => named.includes(noun.split(/[\s'’]/).at(-1)!.toLowerCase())) : [];
  return [words['story.business'], ...own].filter(Boolean).join('|') || undefined;
}

function businessRulesOf(words: Catalogue, nouns: string | undefined): BusinessRules | null {
  const says = pairs(words['story.businessSays']).sort((a, b) => b[0].length - a[0].length);
  if (!nouns || says.length === 0) return null;
  const clause = words['story.businessAfter'];
  // At the start of a clause only: "j'ai appelé la société a plusieurs reprises" (an "à" typed "a") is no subject.
  const lead = `(?:^|[.!?;:,(]\\s*|(?<![\\p{L}'’])(?:${clause || '\\uFFFF'})\\s+)`;
  const first = pairs(words['story.businessSaysFirst']);
  return {
    cues: [...new Set(nouns.split('|').map((noun) => noun.split(/[\s'’]/).at(-1)!.toLowerCase()))],
    subject: new RegExp(`(${lead})(${nouns})(?=\\s)`, 'giu'),
    says,
    ...(first.length > 0 && { verbFirst: new RegExp(`(?<![\\p{L}'’])(${first.map(([verb]) => escaped(verb)).join('|')})\\s+(?:${nouns})(?![\\p{L}'’-])`, 'giu') }),
    saysFirst: new Map(first.map(([verb, said]) => [verb.toLowerCase(), said])),
    // The word after the noun, to tell a complement ("de livraison") or a name ("Hermes": a capital, told apart without the expression's "i").
    another: new RegExp(`(?<![\\p{L}'’])(?:${nouns})\\s+(${words['story.businessOf'] ? `(?:${words['story.businessOf']})(?![\\p{L}])|` : ''}\\p{L})`, 'giu'),
  };
}

/** Whether `story` names another business of the kind ("la société de livraison", "die Firma Hermes"). */
function namesAnother(story: string, another: RegExp): boolean {
  for (const m of story.matchAll(another)) {
    const next = m[1]!;
    if (next.length > 1 || next !== next.toLocaleLowerCase()) return true;
  }
  return false;
}

/**
 * `text` (an answer of the story) with the business named by a common noun ("la société a
 * refusé", "die Firma hat abgebucht", "la empresa no ha contestado") said to it, as the reader:
 * "vous avez refusé", "Sie haben abgebucht", "ustedes no han contestado". Only at a clause's
 * start and before the words the catalogue gives (`story.businessSays`: the verbs whose form for
 * the reader it knows), and never where the story names someone else "they" may be
 * (`story.theyOthers`: "la société de livraison" is not the one written to).
 */
export function businessToReader(text: string, words: Catalogue, story: string, name = ''): string {
  const nouns = businessNouns(words, name);
  let byNouns = businessMade.get(words);
  if (byNouns === undefined) businessMade.set(words, (byNouns = new Map()));
  let rules = byNouns.get(nouns ?? '');
  if (rules === undefined) {
    if (byNouns.size >= 64) byNouns.clear();
    byNouns.set(nouns ?? '', (rules = businessRulesOf(words, nouns)));
  }
  if (rules === null) return text;
  const lower = text.toLowerCase();
  if (!rules.cues.some((cue) => lower.includes(cue)) || namesOthers(story, words) || namesAnother(story, rules.another)) return text;
  const r = rules;
  const ownWords = words['contact.theirsToReader'];
  let out = '';
  let done = 0;
  r.subject.lastIndex = 0;
  for (let m = r.subject.exec(text); m; m = r.subject.exec(text)) {
    const lead = m[1]!;
    const after = m.index + m[0].length;
    const rest = text.slice(after);
    const restLower = rest.toLowerCase();
    const pair = r.says.find(([from]) => restLower.startsWith(` ${from}`) && /^(?:[\s,;:.!?]|$)/.test(rest.slice(from.length + 1)));
    if (!pair) continue;
    const sentenceStart = /(?:^|[.!?]\s*)$/.test(text.slice(0, m.index + lead.length));
    const said = sentenceStart ? pair[1].charAt(0).toLocaleUpperCase() + pair[1].slice(1) : pair[1];
    out += `${text.slice(done, m.index)}${lead}${said}`;
    done = after + 1 + pair[0].length;
    r.subject.lastIndex = done;
    // What the business did to its own, in the rest of the sentence, is the reader's: "die Werkstatt sagt, nicht ihr Problem" -> "Ihr Problem".
    if (ownWords) {
      const end = text.slice(done).search(/[.!?]/);
      // Up to the sentence's end, or the business named again in it (said to as well, above).
      r.subject.lastIndex = done;
      const again = r.subject.exec(text)?.index;
      const stop = Math.min(end < 0 ? text.length : done + end, again ?? text.length);
      out += ownToReader(text.slice(done, stop), ownWords, words['contact.theirsNotBefore']);
      done = stop;
      r.subject.lastIndex = done;
    }
  }
  out = done === 0 ? text : out + text.slice(done);
  if (!r.verbFirst) return out;
  // German: "am 17.10. hat die Firma unseren Umzug gemacht" -> "haben Sie", where the verb stands second.
  return out.replace(r.verbFirst, (whole: string, verb: string, offset: number, all: string) => {
    const said = r.saysFirst.get(verb.toLowerCase());
    if (said === undefined || !verbSecond(all.slice(0, offset), words)) return whole;
    return /^\p{Lu}/u.test(verb) ? said.charAt(0).toLocaleUpperCase() + said.slice(1) : said;
  });
}
