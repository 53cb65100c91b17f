// Build-time (never bundled): the swear-word list, made with `obscenity`. Its English list is
// trimmed of clinical words (a complaint may need "sex discrimination") and given a few more
// everyday curses and whitelisted ordinary words. analyze.ts compiles it into
// src/tone/generated/profanity-data.ts, which src/tone/profanity.ts matches with at run time:
// importing `obscenity` and building its matcher would cost more than checking a whole letter.
import {
  DataSet,
  RegExpMatcher,
  SyntaxKind,
  englishDataset,
  englishRecommendedBlacklistMatcherTransformers,
  englishRecommendedTransformers,
  englishRecommendedWhitelistMatcherTransformers,
  pattern,
  type BlacklistedTerm,
} from 'obscenity';

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

export function profanityDataSet(): DataSet<{ originalWord: string }> {
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
  return dataset;
}

/** obscenity's own matcher for the list: what profanity.ts must agree with exactly (see the tests). */
export function profanityMatcher(): RegExpMatcher {
  return new RegExpMatcher({ ...profanityDataSet().build(), ...englishRecommendedTransformers });
}

type Transformer = { type: 0; transform: (c: number) => number | undefined } | { type: 1; factory: () => { transform: (c: number) => number | undefined; reset: () => void } };

/** Per character: what the simple transformers make of it, and how many repeats the stateful one lets through. */
function tables(transformers: readonly unknown[]) {
  const all = transformers as Transformer[];
  const simple = all.filter((t): t is Extract<Transformer, { type: 0 }> => t.type === 0);
  const last = all.at(-1);
  if (last?.type !== 1 || simple.length !== all.length - 1) throw new Error('obscenity changed its transformers: update profanity.ts');
  const collapse = last.factory();
  const repeats = (c: number) => {
    collapse.reset();
    let kept = 0;
    for (let k = 0; k < 8; k++) if (collapse.transform(c) !== undefined) kept++;
    if (kept === 0) throw new Error('obscenity drops characters: update profanity.ts');
    return kept === 8 ? 0 : kept;
  };
  const map = new Map<number, number>();
  const limits = new Map<number, number>();
  const usual = repeats(0x10fffd);
  for (let c = 0; c <= 0x10ffff; c++) {
    let out: number | undefined = c;
    for (const t of simple) out = out === undefined ? undefined : t.transform(out);
    if (out === undefined) throw new Error('obscenity drops characters: update profanity.ts');
    if (out !== c) map.set(c, out);
    const kept = repeats(c);
    if (kept !== usual) limits.set(c, kept);
  }
  collapse.reset();
  return { map, limits, usual };
}

/** What a chain of transformers does: map each character, then let only `limit` repeats of a character through (0: any number). */
export interface Transformation {
  map: Map<number, number>;
  /** Characters (after mapping) whose limit is not `usual`. */
  limits: Map<number, number>;
  usual: number;
}

export interface ProfanityTables {
  blacklist: Transformation;
  whitelist: Transformation;
  terms: Array<{ id: number; source: string; expansions: string[] }>;
  whitelistedTerms: string[];
}

/**
 * Everything profanity.ts needs, taken from obscenity itself: the compiled expression of
 * every term, the whitelist, and the character transformations. `expansions` spell each
 * term out (optional parts in or out): "." for any character, "|" for a word boundary.
 */
export function profanityTables(): ProfanityTables {
  const built = profanityDataSet().build();
  const matcher = profanityMatcher() as unknown as { blacklistedTerms: Array<{ id: number; regExp: RegExp }>; whitelistedTerms: string[] };
  const terms = built.blacklistedTerms.map((term: BlacklistedTerm, k) => {
    const compiled = matcher.blacklistedTerms[k]!;
    if (compiled.id !== term.id || compiled.id !== k || compiled.regExp.flags !== 'gs') throw new Error('obscenity changed how it numbers or compiles terms');
    let expansions = [term.pattern.requireWordBoundaryAtStart ? '|' : ''];
    for (const node of term.pattern.nodes) {
      const spell = (n: typeof node): string => (n.kind === SyntaxKind.Literal ? String.fromCodePoint(...n.chars) : n.kind === SyntaxKind.Wildcard ? '.' : '');
      if (node.kind === SyntaxKind.Optional) expansions = expansions.flatMap((e) => [e, e + spell(node.childNode)]);
      else if (node.kind === SyntaxKind.Literal || node.kind === SyntaxKind.Wildcard) expansions = expansions.map((e) => e + spell(node));
      else throw new Error('unexpected node in an obscenity pattern');
    }
    if (term.pattern.requireWordBoundaryAtEnd) expansions = expansions.map((e) => `${e}|`);
    return { id: compiled.id, source: compiled.regExp.source, expansions };
  });
  return {
    blacklist: tables(englishRecommendedBlacklistMatcherTransformers),
    whitelist: tables(englishRecommendedWhitelistMatcherTransformers),
    terms,
    whitelistedTerms: matcher.whitelistedTerms,
  };
}
