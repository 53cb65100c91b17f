// A letter from two people ("Ben & Sarah Hollis", "Priya Nair and Tom Whelan") is written as
// "we" in its own sentences ("I paid", "my deposit"), so that it does not say "I" beside the
// story's "we". The writers' answers and quotations keep their words: "my grandmother" is one
// writer's.
import { outsideQuotes } from './words.js';

/** Two people named as the writer: joined by "&" or "and", a word on each side. */
const TWO_WRITERS = /\S\s*&\s*\S|\S\s+and\s+\S/i;

export function writtenByMore(name: string): boolean {
  return TWO_WRITERS.test(name.trim());
}

/**
 * "I", "me", "my" and their forms, with the verb that changes after "I" ("I am", "I was").
 * Not a letter in a name or a code: "Phase I", "Unit I-4", "I.D.".
 */
const FIRST_PERSON = /(?<![\w'’.\-/])(I|me|my|mine|myself|Me|My|Mine|Myself)(?:(['’])(m|ve|d|ll)\b)?(?:(\s+)(am|was|wasn't|wasn’t)\b)?(?![\w'’\-/]|\.\w)/g;
/** Words before "I" that make it a numeral or a letter ("Phase I", "Part I"). */
const NUMERAL_BEFORE = /\b(?:phase|part|section|schedule|annex|appendix|type|class|grade|level|chapter|unit|stage|volume|vol\.|world war)\s+$/i;

/** After "my": someone who is one writer's alone (a parent, a partner, a friend), whom "our" would make both writers'. */
const ONES_OWN = /^\s+(?:late\s+|elderly\s+|old\s+|older\s+|younger\s+|best\s+)?(?:mother|father|mum|mam|mom|dad|parents|sister|brother|grandmother|grandfather|grandma|grandpa|gran|granny|nan|nana|grandad|granddad|aunt|auntie|uncle|cousin|husband|wife|partner|fianc[ée]e?|boyfriend|girlfriend|friend|boss|employer|colleague|manager)\b/i;

const PLURAL: Readonly<Record<string, string>> = { me: 'us', my: 'our', mine: 'ours', myself: 'ourselves' };
const VERB: Readonly<Record<string, string>> = { am: 'are', was: 'were', "wasn't": "weren't", 'wasn’t': 'weren’t' };

/** `body` with its writer in the plural ("we", "us", "our"), outside quotations and the writers' own `answers`. */
export function inWritersPlural(body: string, answers: readonly string[]): string {
  // Each answer, and each of its sentences, as typed or with the capital the letter gives a sentence ("our wedding day…" -> "Our wedding day…").
  const pieces = answers.flatMap((answer) => [answer.trim(), ...answer.split(/(?<=[.!?])\s+|\n+/).map((sentence) => sentence.trim().replace(/[.!?]+$/, '')).filter((sentence) => sentence.length >= 12)]);
  const kept = [...new Set(pieces.flatMap((piece) => [piece, piece.charAt(0).toUpperCase() + piece.slice(1)]).filter((answer) => answer.length > 2))].sort((a, b) => b.length - a.length);
  if (kept.length === 0) return inPlural(body);
  let out = '';
  let from = 0;
  // The body in stretches: the template's words between the answers it holds.
  for (;;) {
    let next = -1;
    let found = '';
    for (const answer of kept) {
      const at = body.indexOf(answer, from);
      if (at >= 0 && (next < 0 || at < next)) [next, found] = [at, answer];
    }
    if (next < 0) return out + inPlural(body.slice(from));
    out += inPlural(body.slice(from, next)) + found;
    from = next + found.length;
  }
}

function inPlural(body: string): string {
  return outsideQuotes(body, (part) =>
    part.replace(FIRST_PERSON, (found: string, word: string, apostrophe: string | undefined, ending: string | undefined, space: string | undefined, verb: string | undefined, at: number, all: string) => {
      if (word === 'I' && NUMERAL_BEFORE.test(all.slice(Math.max(0, at - 20), at))) return found;
      // "my mother", "my husband": one writer's own people, never both writers'.
      if (word.toLowerCase() === 'my' && ONES_OWN.test(all.slice(at + found.length, at + found.length + 40))) return found;
      const capital = word !== 'I' ? /^[A-Z]/.test(word) : at === 0 || /(?:^|[.!?]\s+|\n\s*)$/.test(all.slice(Math.max(0, at - 4), at));
      const plural = word === 'I' ? 'we' : PLURAL[word.toLowerCase()]!;
      const shown = capital ? plural.charAt(0).toUpperCase() + plural.slice(1) : plural;
      // "I'm" -> "we're"; "I've", "I'd", "I'll" keep their endings.
      const short = apostrophe ? `${apostrophe}${ending === 'm' ? 're' : ending}` : '';
      return `${shown}${short}${space && verb ? `${space}${VERB[verb] ?? verb}` : (space ?? '') + (verb ?? '')}`;
    }),
  );
}
