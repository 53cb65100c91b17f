// Swear words, also when disguised (f*ck, sh1t, a$$hole, b******s).
// `obscenity` does the leetspeak and repeated-letter work; its English list is
// trimmed of clinical words (a complaint may need "sex discrimination") and
// given a few more everyday curses and whitelisted ordinary words.
import { DataSet, RegExpMatcher, englishDataset, englishRecommendedTransformers, pattern } from 'obscenity';
import { wordPattern } from './text.js';
import type { RawFinding } from './types.js';

/** Curses that are phrases rather than words. */
const CURSE_PHRASES = [
  'what the hell',
  'the hell (?:are|is|was|were|do|does|did|have|has|would|should|can|could|out|off|up)',
  'bloody hell',
  'hell no',
  'like hell',
  "hell(?:'s| is) (?:going on|wrong)",
  'screw (?:you|this|that|them|him|her|off|your|it all|the lot of you)',
  'screw(?:ed|ing|s)? (?:me|us|them|customers|people|everyone|everybody|your customers) over',
  'screw-?ups?',
  'sod (?:off|this|that|you|them|it)',
  'sodding',
];
let phrases: RegExp | undefined;

/** Words in the English list that are not curses, just words for body parts or acts. */
const NOT_CURSES = new Set(['anal', 'anus', 'bestiality', 'boob', 'ejaculate', 'incest', 'orgasm', 'orgy', 'penis', 'porn', 'rape', 'semen', 'sex', 'vagina']);

/** Ordinary words and names the English list would otherwise catch. */
const ORDINARY = [
  'cockpit',
  'assort',
  'retardant',
  'cumin',
  'cumming',
  'shiitake',
  'dickins',
  'dickson',
  'dickers',
  "dick's sporting",
  'dick’s sporting',
  'dicks sporting',
  'dick smith',
  'moby dick',
  'chink in',
  'chink of',
  'chinks in',
  'chinking',
  'bloody nose',
  'bloody noses',
  'bloody lip',
  'bloody knee',
  'bloody wound',
  'bloody bandage',
  'bloody tissue',
  'bloody towel',
  'bloody mark',
  'bloody stain',
  'bloody sheet',
  'bloody stool',
  'bloody discharge',
  'bloody gums',
  'bloody finger',
  'bloody hand',
  'bloody cut',
  'bloody urine',
];

let matcher: RegExpMatcher | undefined;

function build(): RegExpMatcher {
  const dataset = new DataSet<{ originalWord: string }>()
    .addAll(englishDataset as unknown as DataSet<{ originalWord: string }>)
    .removePhrasesIf((phrase) => NOT_CURSES.has(phrase.metadata?.originalWord ?? ''))
    .addPhrase((p) => p.setMetadata({ originalWord: 'crap' }).addPattern(pattern`|crap`))
    .addPhrase((p) =>
      p
        .setMetadata({ originalWord: 'damn' })
        .addPattern(pattern`|damn|`)
        .addPattern(pattern`|damned|`)
        .addPattern(pattern`|damnit|`)
        .addPattern(pattern`|dammit|`)
        .addPattern(pattern`goddam`),
    )
    .addPhrase((p) => p.setMetadata({ originalWord: 'bugger' }).addPattern(pattern`|bugger`))
    .addPhrase((p) => p.setMetadata({ originalWord: 'bloody' }).addPattern(pattern`|bloody|`))
    .addPhrase((p) =>
      p
        .setMetadata({ originalWord: 'wtf' })
        .addPattern(pattern`|wtf|`)
        .addPattern(pattern`|stfu|`)
        .addPattern(pattern`|gtfo|`)
        .addPattern(pattern`|ffs|`)
        .addPattern(pattern`|omfg|`),
    )
    .addPhrase((p) =>
      p
        .setMetadata({ originalWord: 'effing' })
        .addPattern(pattern`|effing|`)
        .addPattern(pattern`|effin|`)
        .addPattern(pattern`|frigging|`)
        .addPattern(pattern`|friggin|`),
    )
    .addPhrase((p) =>
      p
        .setMetadata({ originalWord: 'ass' })
        .addPattern(pattern`jackass`)
        .addPattern(pattern`dumbass`)
        .addPattern(pattern`smartass`)
        .addPattern(pattern`lardass`),
    );
  dataset.addPhrase((p) => {
    for (const term of ORDINARY) p.addWhitelistedTerm(term);
    return p;
  });
  return new RegExpMatcher({ ...dataset.build(), ...englishRecommendedTransformers });
}

// Curses written with symbols in place of letters: f***ing, b*tch, sh*t, c**p.
const MASKED_BASES = [
  'fuck', 'fucker', 'fucking', 'motherfucker', 'shit', 'bullshit', 'bitch', 'cunt', 'ass', 'arse', 'asshole', 'arsehole',
  'bastard', 'bollocks', 'crap', 'damn', 'goddamn', 'dick', 'piss', 'prick', 'twat', 'wank', 'wanker', 'cock', 'hell',
  'bugger', 'slut', 'whore', 'tosser', 'bloody',
];
const MASK = /[*#%@$!?_]/;
const TOKEN = /[\p{L}*#%@$_]+(?:[!?]+[\p{L}*#%@$_]+)*/gu;
const GRAWLIX = /(?<![\p{L}\p{N}])[#@$%&*!]{4,}(?![\p{L}\p{N}])/gu;

/** Whether `token`, read from `offset`, is `base` with at least one letter masked. */
function fits(token: string, base: string, offset: number): boolean {
  let masked = false;
  for (let i = 0; i < base.length; i++) {
    const ch = token[offset + i]!;
    if (MASK.test(ch)) {
      masked = true;
      continue;
    }
    if (ch.toLowerCase() !== base[i]) return false;
  }
  return masked;
}

function maskedCurse(token: string): string | undefined {
  if (!MASK.test(token) || !/\p{L}/u.test(token)) return undefined;
  for (const base of MASKED_BASES) {
    if (token.length < base.length) continue;
    if (fits(token, base, 0) || fits(token, base, token.length - base.length)) return base;
  }
  return undefined;
}

const PROFANITY_SUGGESTION = 'I am very frustrated by this';

function message(text: string): string {
  return `"${text}" is a swear word. Many businesses tell their staff they may stop dealing with a customer who curses, so leave it out and say plainly what went wrong.`;
}

/** Words in the list that are also names: "Dick Smith", "Mr Hooker". */
const ALSO_NAMES = /^(?:Dick|Dicks|Hooker)$/;
const HONORIFIC = /(?:^|\s)(?:Mr|Mrs|Ms|Miss|Dr|Sir|Uncle|Aunt|Moby)\.?\s+$/;

/** An email address or web address is someone's identifier, not the writer's language. */
function insideAddress(text: string, start: number, end: number): boolean {
  let from = start;
  let to = end;
  while (from > 0 && !/\s/.test(text[from - 1]!)) from--;
  while (to < text.length && !/\s/.test(text[to]!)) to++;
  const token = text.slice(from, to);
  return /[^@\s]@[^@\s]+\.[a-z]/i.test(token) || /^[<(]?(?:https?:\/\/|www\.)/i.test(token);
}

function isName(text: string, start: number, end: number, found: string): boolean {
  if (!ALSO_NAMES.test(found)) return false;
  return /^['’]?s?\s+\p{Lu}/u.test(text.slice(end, end + 4)) || HONORIFIC.test(text.slice(Math.max(0, start - 8), start));
}

export function findProfanity(text: string, out: RawFinding[]): void {
  matcher ??= build();
  for (const match of matcher.getAllMatches(text, true)) {
    let start = match.startIndex;
    let end = match.endIndex + 1;
    // Report the whole word ("fucking", "a$$hole"), not just the part that matched.
    while (start > 0 && /[\p{L}*$@#]/u.test(text[start - 1]!)) start--;
    while (end < text.length && /[\p{L}*$@#]/u.test(text[end]!)) end++;
    const found = text.slice(start, end);
    if (insideAddress(text, start, end) || isName(text, start, end, found)) continue;
    out.push({ rule: 'profanity', severity: 'error', start, end, message: message(found), suggestion: PROFANITY_SUGGESTION });
  }
  phrases ??= wordPattern(CURSE_PHRASES);
  for (const m of text.matchAll(phrases)) {
    out.push({ rule: 'profanity', severity: 'error', start: m.index, end: m.index + m[0].length, message: message(m[0]), suggestion: PROFANITY_SUGGESTION });
  }
  if (/[*#%@$!?_]/.test(text)) {
    for (const m of text.matchAll(TOKEN)) {
      if (maskedCurse(m[0]) === undefined || insideAddress(text, m.index, m.index + m[0].length)) continue;
      out.push({ rule: 'profanity', severity: 'error', start: m.index, end: m.index + m[0].length, message: message(m[0]), suggestion: PROFANITY_SUGGESTION });
    }
    for (const m of text.matchAll(GRAWLIX)) {
      if (new Set(m[0].replace(/!/g, '')).size < 3) continue;
      out.push({ rule: 'profanity', severity: 'error', start: m.index, end: m.index + m[0].length, message: message(m[0]), suggestion: PROFANITY_SUGGESTION });
    }
  }
}
