// The writer's answers in a French, German or Spanish letter, as a letter writes them: each
// sentence starts with a capital ("… am 18.8. fertig sein. bezahlt habe ich …" -> "Bezahlt"),
// the words the language always writes with one get it (German months and weekdays), and the
// comma the language always puts before a word ("dass") is there. Everything else stays as
// typed. The words are the catalogue's: `answers.abbreviations`, `answers.capitalWords`,
// `answers.commaBefore`, `answers.noCommaAfter`.
import type { ResolvedCase } from '../../case/resolve.js';
import { catalogue, type Catalogue } from './index.js';
import { namedReaderToReader, spellings } from './phrases.js';
import { looksEnglish, type Language } from './names.js';
import { onFirstUse } from '../../util/on-first-use.js';
import { businessToReader, theyToReader, type TheyStory } from './they.js';

/** German: a word the writer capitalises inside a sentence is a noun, also where typed in small letters after a determiner ("in der dusche"). */
interface NounRule {
  determiners: RegExp;
  /** Words after "das", "die" that show it was a pronoun ("das ist nie passiert"): no noun there. */
  notNouns?: ReadonlySet<string>;
}

interface AnswerRules {
  nouns?: NounRule;
  /** The language's quotation marks, for text the writer put in straight or English ones. */
  quotes?: readonly [string, string];
  /** A sentence's end: a stop not after a digit ("18.8.") or an abbreviation ("z.B."), then a small letter. */
  sentenceEnd: RegExp;
  abbreviation: RegExp;
  /** In a language that writes ordinals with a dot ("am 3. februar"), a number's stop ends a sentence only after a year ("Dezember 2025. eine…"). */
  ordinalDot: boolean;
  /** Small words that seldom start a sentence: after a short word's stop, they show it was cut short ("régul. de", "febr. und"). */
  afterCutWord?: RegExp;
  capitalWords?: RegExp;
  commaBefore?: RegExp;
  /** Punctuation the language sets off with a (no-break) space before it: French "armoire : pied cassé". */
  spaceBefore?: RegExp;
  /**
   * A run of words in capitals that holds a word only sentences have ("NO ES NORMAL", "C'EST UNE
   * HONTE"): shouted, and written in normal letters. A name or a code typed in capitals has none.
   */
  shouted?: { run: RegExp; sentenceWords: ReadonlySet<string>; acronyms: ReadonlySet<string> };
  /** The mark that opens an exclamation (Spanish "¡"): an exclamation typed without it ends with a full stop, as a letter writes it. */
  exclamationOpens?: string;
  /** Words typed without their accents that no other word shares: French "ca" -> "ça", "deja" -> "déjà". */
  accents?: { pattern: RegExp; fixed: ReadonlyMap<string, string>; elision?: { pairs: readonly (readonly [string, string])[]; vowels: string }; questions?: ReadonlyMap<string, string>; indirect?: { after: RegExp; forms: ReadonlyMap<string, string> } };
}

const rulesMade = new Map<Language, AnswerRules>();

/** The language's answer rules, made from its catalogue the first time a letter in it asks. */
function answerRules(language: Exclude<Language, 'en'>): AnswerRules {
  let rules = rulesMade.get(language);
  if (!rules) rulesMade.set(language, (rules = rulesOf(catalogue(language))));
  return rules;
}

const withoutAccents = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');
const unaccentedMade = new Map<Language, RegExp | null>();

/**
 * The words of `text` typed without the accents the language always writes them with, by the
 * catalogue's `answers.accents` (the pairs that differ by accents only: "deja=déjà") and
 * `answers.endings` ("ee=ée": "rayee"); the letter keeps them as typed, and the command line says so.
 */
export function unaccentedWords(text: string, language: Exclude<Language, 'en'>): string[] {
  let pattern = unaccentedMade.get(language);
  if (pattern === undefined) {
    const words = catalogue(language);
    const typed = (words['answers.accents'] ?? '')
      .split('|')
      .filter((pair) => pair.includes('=') && !pair.startsWith('^'))
      .map((pair) => pair.split('=') as [string, string])
      .filter(([from, to]) => withoutAccents(to).toLowerCase() === from.toLowerCase() && from !== to)
      .map(([from]) => escapedWord(from));
    const endings = (words['answers.endings'] ?? '').split('|').filter((pair) => pair.includes('=')).map((pair) => escapedWord(pair.split('=')[0]!));
    const alternatives = [...(typed.length > 0 ? [`(?:${typed.join('|')})`] : []), ...(endings.length > 0 ? [`[a-z]{3,}(?:${endings.join('|')})`] : [])];
    pattern = alternatives.length === 0 ? null : new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}'’-])`, 'giu');
    unaccentedMade.set(language, pattern);
  }
  return pattern === null ? [] : [...new Set(text.match(pattern) ?? [])];
}

const alternation = (list: string) =>
  list
    .split('|')
    .filter((word) => word !== '')
    .map((word) => word.replace(/[.*+?^${}()[\]\\]/g, '\\$&'))
    .join('|');

/** `word` with its first letter (after an opening mark: "¿qué") in capitals. */
const firstCapital = (word: string) => word.replace(/^([¿¡]?)(.)/u, (_whole, mark: string, letter: string) => `${mark}${letter.toLocaleUpperCase()}`);

const escapedWord = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function rulesOf(words: Catalogue): AnswerRules {
  const abbreviations = alternation(words['answers.abbreviations'] ?? '');
  // Words typed "maerz", "ausser" are found as "märz", "außer" are, where the catalogue folds spellings.
  const capitals = spellings(alternation(words['answers.capitalWords'] ?? ''), words);
  const comma = alternation(words['answers.commaBefore'] ?? '');
  const noComma = spellings(alternation(words['answers.noCommaAfter'] ?? ''), words);
  const determiners = alternation(words['answers.nounDeterminers'] ?? '').replace(/\\\*/g, '\\p{L}*');
  const [open, close] = (words['answers.quotes'] ?? '').split('|');
  const spaced = (words['answers.spaceBefore'] ?? '').replace(/\s/g, '');
  // "ca=ça": typed in small letters, or with a first capital; a pair typed with a capital ("A=À") only so.
  // A word typed without its accents ("deja" -> "déjà") is left as typed: no rule can put back every accent a writer left out, and a
  // letter with some put back and others not reads worse than one as typed (the command line says so: `unaccentedWords`).
  // Shorthand ("xq" -> "porque", "tb" -> "también", "jai" -> "j'ai") is spelled out.
  const accentPairs = (words['answers.accents'] ?? '')
    .split('|')
    .filter((pair) => pair.includes('='))
    .map((pair) => pair.split('=') as [string, string])
    .filter(([typed, word]) => withoutAccents(word).toLowerCase() !== typed.replace(/^\^/, '').toLowerCase());
  const fixed = new Map<string, string>();
  const atStart = new Map<string, string>();
  // "ne+=eine": only before another word ("ne gute Idee"; "…, ne?" stays).
  const beforeWord = new Map<string, string>();
  for (const [typed, word] of accentPairs) {
    // "^A=À": only where a sentence starts ("A l'accueil" -> "À l'accueil"; "plan A" stays).
    if (typed.startsWith('^')) atStart.set(typed.slice(1), word);
    else {
      const into = typed.endsWith('+') ? beforeWord : fixed;
      const bare = typed.replace(/\+$/, '');
      into.set(bare, word);
      // "¿q" -> "¿qué", and at a sentence's start "¿Q" -> "¿Qué": the first letter takes the capital.
      into.set(firstCapital(bare), firstCapital(word));
    }
  }
  const elision = (words['answers.elision'] ?? '')
    .split('|')
    .filter((pair) => pair.includes('='))
    .map((pair) => pair.split('=') as [string, string]);
  const vowels = words['story.theyElisionBefore'];
  const sentenceWords = (words['answers.shoutedSentenceWords'] ?? '').split(' ').filter(Boolean);
  return {
    ...(words['answers.exclamationOpens'] && { exclamationOpens: words['answers.exclamationOpens'] }),
    ...(sentenceWords.length > 0 && {
      // Two words or more in capitals (an elided one joined: "C'EST", "N'EST"), with what stands between them.
      shouted: { run: /(?<![\p{L}\p{N}])\p{Lu}{1,}(?:['’]\p{Lu}+)?(?:[ \t,]+\p{Lu}{1,}(?:['’]\p{Lu}+)?)+(?![\p{L}\p{N}])/gu, sentenceWords: new Set(sentenceWords.map((word) => word.toLocaleUpperCase())), acronyms: new Set((words['company.acronyms'] ?? '').split(' ').filter(Boolean)) },
    }),
    ...(spaced && { spaceBefore: new RegExp(`(?<=[\\p{L}\\p{N})»”"'’])[ \\u00A0\\u202F]?([${spaced.replace(/[\]\\^-]/g, '\\$&')}])(?=\\s|$)`, 'gu') }),
    ...(fixed.size + atStart.size + beforeWord.size > 0 && {
      accents: {
        pattern: new RegExp(
          [
            // Not inside a code or a name: "Q3", "tb-500" stay as typed.
            ...(fixed.size > 0 ? [`(?<![\\p{L}\\p{N}-])(?:${[...fixed.keys()].map(escapedWord).join('|')})(?![\\p{L}\\p{N}'’-])`] : []),
            ...(beforeWord.size > 0 ? [`(?<![\\p{L}\\p{N}-])(?:${[...beforeWord.keys()].map(escapedWord).join('|')})(?=\\s+\\p{L})`] : []),
            ...(atStart.size > 0 ? [`(?<=^|[.!?…]\\s+)(?:${[...atStart.keys()].map(escapedWord).join('|')})(?=\\s)`] : []),
          ].join('|'),
          'gu',
        ),
        fixed: new Map([...fixed, ...beforeWord, ...atStart]),
        ...(elision.length > 0 && vowels && { elision: { pairs: elision, vowels } }),
        ...(words['answers.questionForms'] && { questions: new Map(words['answers.questionForms'].split('|').filter((pair) => pair.includes('=')).map((pair) => pair.split('=') as [string, string])) }),
        ...(words['answers.indirectQuestionAfter'] &&
          words['answers.indirectQuestionForms'] && {
            indirect: {
              after: new RegExp(`(?<![\\p{L}])(?:${alternation(words['answers.indirectQuestionAfter']).replace(/ /g, '\\s+')})\\s+$`, 'iu'),
              forms: new Map(words['answers.indirectQuestionForms'].split('|').filter((pair) => pair.includes('=')).map((pair) => pair.split('=') as [string, string])),
            },
          }),
      },
    }),
    ...(open && close && { quotes: [open, close] as const }),
    ...(determiners && {
      nouns: {
        determiners: new RegExp(`(?<![\\p{L}])((?:${determiners})\\s+)(\\p{Ll}[\\p{L}-]{2,})(?![\\p{L}])`, 'giu'),
        ...(words['answers.notNouns'] && { notNouns: new Set(words['answers.notNouns'].split('|')) }),
      },
    }),
    // A number before the stop ends the sentence ("à 11h30. pendant…"), except in a language that writes ordinals with a dot ("am 2. oktober").
    // Spanish opens a question or an exclamation with its mark: "… dinero? ¿qué pasa" -> "¿Qué".
    sentenceEnd: /(?<![.])([.!?])(\s+[¿¡]?)(\p{Ll})/gu,
    ordinalDot: words['answers.ordinalDot'] !== undefined,
    ...(words['answers.afterCutWord'] && { afterCutWord: new RegExp(`^(?:${alternation(words['answers.afterCutWord'])})(?![\\p{L}])`, 'u') }),
    // A single letter before the stop is an abbreviation too ("p. ej.", "z. B.", "3 h.").
    abbreviation: new RegExp(`(?:^|[\\s(.])(?:${abbreviations ? `${abbreviations}|` : ''}\\p{L}\\.)$`, 'iu'),
    ...(capitals && { capitalWords: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${capitals})(?![\\p{L}\\p{N}-])`, 'gu') }),
    ...(comma && { commaBefore: new RegExp(`(?<=\\p{L})(?<!(?:^|\\s)(?:${noComma || '\\uFFFF'}))\\s+(?=(?:${comma})(?![\\p{L}]))`, 'giu') }),
  };
}

/** An article or a preposition joined with one, then the word after it: where German has a noun. */
const ARTICLE_THEN_WORD = onFirstUse(() => /(?:^|[\s(])(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|im|am|zum|zur|vom|beim|ins|meine|meinen|meinem|meiner|keine|keinen)\s+(\p{L}[\p{L}-]*)/giu);

/**
 * German typed in small letters: four words or more, and every word after an article ("die
 * fliesen", "im bad") in small letters. Its nouns are left as typed (the command line says so).
 */
export function typedInSmallLetters(text: string): boolean {
  if ((text.match(/\p{L}+/gu) ?? []).length < 4) return false;
  // A noun with its capital inside a sentence ("keine weiteren Abbuchungen"): the writer writes them so (the word after an article may be an adjective).
  if (/(?<=[\p{L}\p{N},;)]\s+)\p{Lu}\p{Ll}/u.test(text)) return false;
  let small = 0;
  for (const m of text.matchAll(ARTICLE_THEN_WORD())) {
    const word = m[1]!;
    if (word.charAt(0) !== word.charAt(0).toLowerCase()) return false;
    small++;
  }
  return small > 0;
}

/** The words the writer capitalises inside a sentence, in small letters ("dusche" for "… die Dusche …"). */
function capitalisedInside(texts: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(/(?<=[\p{L}\p{N},;)]\s+)\p{Lu}\p{Ll}+(?:-\p{L}+)*/gu)) found.add(m[0].toLocaleLowerCase('de'));
  }
  return found;
}

function tidied(text: string, rules: AnswerRules, nouns?: ReadonlySet<string>): string {
  let out = rules.shouted ? withoutShouting(text, rules.shouted) : text;
  // "me siguen cobrando!": an exclamation without its opening mark is a slip a letter does not keep.
  if (rules.exclamationOpens && out.includes('!')) out = out.replace(/(^|[.!?…]\s+)([^.!?…]*?)!(?=\s|$)/g, (whole, start: string, sentence: string) => (sentence.includes(rules.exclamationOpens!) ? whole : `${start}${sentence}.`));
  out = out.replace(rules.sentenceEnd, (whole, stop: string, space: string, letter: string, at: number, all: string) => {
    const before = all.slice(Math.max(0, at - 12), at + 1);
    if (rules.abbreviation.test(before)) return whole;
    if (stop === '.' && /\d\.$/.test(before) && rules.ordinalDot && !/(?<!\d)(?:19|20)\d\d\.$/.test(before)) return whole;
    if (stop === '.' && rules.afterCutWord && /(?:^|[^\p{L}])\p{L}{1,6}\.$/u.test(before) && rules.afterCutWord.test(all.slice(at + stop.length + space.length))) return whole;
    return `${stop}${space}${letter.toLocaleUpperCase()}`;
  });
  if (rules.accents) out = out.replace(rules.accents.pattern, (word: string, at: number, all: string) => spelledOut(word, at, all, rules.accents!)).replace(ELIDED_SPACE, '');
  if (rules.spaceBefore) out = out.replace(rules.spaceBefore, '\u00A0$1');
  if (rules.capitalWords) out = out.replace(rules.capitalWords, (word) => word.charAt(0).toLocaleUpperCase() + word.slice(1));
  if (rules.commaBefore) out = out.replace(rules.commaBefore, ', ');
  out = inLanguageQuotes(out, rules.quotes);
  // Nouns typed in small letters after a determiner get their capital only where every such word of the answer is a noun the
  // writer capitalises elsewhere: capitals for some and not others ("kein Gefälle, das wasser") would be half a correction.
  if (rules.nouns && nouns && nouns.size > 0 && [...out.matchAll(rules.nouns.determiners)].every((m) => nouns.has(m[2]!) || rules.nouns!.notNouns?.has(m[2]!.toLowerCase()))) {
    out = out.replace(rules.nouns.determiners, (whole, before: string, word: string) => (nouns.has(word) ? `${before}${word.charAt(0).toLocaleUpperCase('de')}${word.slice(1)}` : whole));
  }
  return out;
}

/** `text` with its shouted sentences in normal letters, each with the capital that starts a sentence (see AnswerRules.shouted). */
function withoutShouting(text: string, shouted: NonNullable<AnswerRules['shouted']>): string {
  if (!/\p{Lu}{2}/u.test(text)) return text;
  return text.replace(shouted.run, (run: string, at: number, all: string) => {
    const words = run.split(/[ \t,]+/);
    if (!words.some((word) => shouted.sentenceWords.has(word.replace(/^\p{Lu}['’]/u, '').replace(/['’]\p{Lu}+$/u, '')) || shouted.sentenceWords.has(word)) || !words.some((word) => word.length >= 4)) return run;
    // An acronym stays as it is written ("EL IVA", "LE SAV").
    const lower = run.replace(/\p{L}+/gu, (word) => (shouted.acronyms.has(word) ? word : word.toLocaleLowerCase()));
    return /(?:^|[.!?¡¿…:]\s*)$/.test(all.slice(0, at)) ? lower.charAt(0).toLocaleUpperCase() + lower.slice(1) : lower;
  });
}

/** Control characters are stripped from the answers before this runs, so this one marks only an elision. */
const ELIDED = '\u0000';
const ELIDED_SPACE = /\u0000\s*/g;

/** A word typed short, spelled out; its last word elided before a vowel where the language does so ("pcq il" -> "parce qu'il"). */
function spelledOut(word: string, at: number, all: string, accents: NonNullable<AnswerRules['accents']>): string {
  const said = accents.fixed.get(word) ?? word;
  // Starting a question ("xq no me contestan?"), "porque" is "por qué".
  if (accents.questions && said !== word && /(?:^|[.!?¿]\s*)$/.test(all.slice(0, at)) && /^[^.!?]*\?/.test(all.slice(at))) {
    const asked = accents.questions.get(said.toLowerCase());
    if (asked !== undefined) return said.charAt(0) === said.charAt(0).toLowerCase() ? asked : firstCapital(asked);
  }
  // After a verb of knowing, telling or asking ("no sé xq", "no me dicen dnd está"), it asks too: "por qué", "dónde".
  if (accents.indirect && said !== word) {
    const asked = accents.indirect.forms.get(said.toLowerCase());
    if (asked !== undefined && accents.indirect.after.test(all.slice(Math.max(0, at - 40), at))) return said.charAt(0) === said.charAt(0).toLowerCase() ? asked : firstCapital(asked);
  }
  if (!accents.elision || said === word) return said;
  const next = /^\s+(\S)/.exec(all.slice(at + word.length));
  if (!next || !accents.elision.vowels.includes(next[1]!.toLowerCase())) return said;
  for (const [full, elided] of accents.elision.pairs) {
    // The space after it goes too (ELIDED marks where): "qu'il".
    if (said.endsWith(` ${full}`) || said === full) return `${said.slice(0, said.length - full.length)}${elided}${ELIDED}`;
  }
  return said;
}

/** `"NetzPlus Max"` -> `„NetzPlus Max“`: straight quotation marks as the language writes them. */
function inLanguageQuotes(text: string, quotes: readonly [string, string] | undefined): string {
  if (!quotes || !/["“]/.test(text)) return text;
  return text.replace(/"([^"\n]+)"|“([^“”\n]+)”/g, (_whole, straight: string | undefined, curly: string | undefined) => `${quotes[0]}${(straight ?? curly)!.trim()}${quotes[1]}`);
}

/** The item, the enclosures and whom the writer spoke to, with the language's quotation marks; the same case when none has any. */
function withLanguageQuotes(c: ResolvedCase, rules: AnswerRules): ResolvedCase {
  if (!rules.quotes) return c;
  const item = inLanguageQuotes(c.purchase.item, rules.quotes);
  const evidence = c.evidence.map((text) => inLanguageQuotes(text, rules.quotes));
  const who = c.contacts.map((contact) => (contact.who === undefined ? undefined : inLanguageQuotes(contact.who, rules.quotes)));
  if (item === c.purchase.item && evidence.every((text, i) => text === c.evidence[i]) && who.every((text, i) => text === c.contacts[i]!.who)) return c;
  return {
    ...c,
    purchase: { ...c.purchase, item },
    evidence,
    contacts: c.contacts.map((contact, i) => (who[i] === contact.who ? contact : { ...contact, who: who[i] })),
  };
}

/** The case with its answers tidied for a letter in `language` (not English, which has rules of its own); the same object when nothing changes. */
function withItemAccents(c: ResolvedCase, rules: AnswerRules): ResolvedCase {
  if (!rules.accents) return c;
  const { pattern, fixed } = rules.accents;
  const item = c.purchase.item.replace(pattern, (word) => fixed.get(word) ?? word);
  return item === c.purchase.item ? c : { ...c, purchase: { ...c.purchase, item } };
}

/** "camille rousseau", "lucía de la fuente": a name typed all in small letters is signed with its capitals, its particles kept small. */
function withSenderCapitals(c: ResolvedCase): ResolvedCase {
  const name = c.sender.name;
  // Typed all in small letters ("lucia fernandez"), or a given name in small letters beside a surname in capitals ("nathalie DUBOIS").
  if (!/(?:^|[\s-])\p{Ll}/u.test(name)) return c;
  const signed = name.replace(/\p{L}+/gu, (word, at: number) => (at > 0 && NAME_PARTICLE.test(word) ? word : word.charAt(0).toLocaleUpperCase() + word.slice(1)));
  return signed === name ? c : { ...c, sender: { ...c.sender, name: signed } };
}

/**
 * A business's name typed all in capitals ("FITLIFE LYON SARL", "KFZ-MEISTERBETRIEB BRAUN",
 * "VIAJES SOL Y MAR S.L.") is written in normal letters, as an adviser would retype it: the
 * legal form as the catalogue spells it (`company.legalForms`: "GmbH", "S.L."), the language's
 * small words in small letters (`company.smallWords`: "y", "de", "und"), and a word without a
 * vowel ("KFZ", "BMW", "SNCF") or one of the catalogue's `company.acronyms` ("AXA", "IARD", "TÜV")
 * kept as an abbreviation. A name with a small letter is as typed.
 */
function withCompanyCalmed(c: ResolvedCase, words: Readonly<Record<string, string>>): ResolvedCase {
  const company = c.recipient.company;
  if (/\p{Ll}/u.test(company) || !/\p{Lu}{4}/u.test(company)) return c;
  const forms = new Map((words['company.legalForms'] ?? '').split(' ').filter(Boolean).map((form) => [form.toLocaleUpperCase(), form] as const));
  const small = new Set((words['company.smallWords'] ?? '').split(' ').filter(Boolean));
  // Acronyms written in capitals whatever the name around them ("AXA FRANCE IARD" -> "AXA France IARD").
  const acronyms = new Set((words['company.acronyms'] ?? '').split(' ').filter(Boolean));
  const calm = company.replace(/\S+/gu, (word, at: number) => {
    const bare = word.replace(/[,;:]+$/, '');
    const form = forms.get(bare.toLocaleUpperCase());
    if (form !== undefined) return form + word.slice(bare.length);
    if (at > 0 && small.has(bare.toLocaleLowerCase())) return word.toLocaleLowerCase();
    // Each part of a word on its own: "KFZ-MEISTERBETRIEB" -> "KFZ-Meisterbetrieb", "BOX'INTERNET" -> "Box'Internet".
    return word.replace(/\p{L}+/gu, (part, from: number, whole: string) => {
      if (acronyms.has(part)) return part;
      const apostrophe = /['’]/.test(whole.charAt(from - 1) + whole.charAt(from + part.length));
      if (!apostrophe && part.length <= 5 && !/[AEIOUYÀ-ÖØ-Ý]/u.test(part.toLocaleUpperCase())) return part;
      return part.charAt(0) + part.slice(1).toLocaleLowerCase();
    });
  });
  return calm === company ? c : { ...c, recipient: { ...c.recipient, company: calm } };
}
const NAME_PARTICLE = /^(?:de|du|des|la|le|les|d|von|van|der|den|zu|zum|y|del|e|da|dos|das|et|und|u|i)$/;

/**
 * The courtesy titles each language writes before a person's name, and the small words inside
 * a name ("Ruiz de Alda", "Puig i Vidal", "van der Berg"). "D." is Spanish "Don" only in Spanish.
 */
const PERSON_TITLES: Readonly<Record<Exclude<Language, 'en'>, string>> = {
  fr: String.raw`M\.|Mme\.?|Mlle\.?|Monsieur|Madame|Mademoiselle`,
  de: String.raw`Herrn?|Hr\.|Frau|Fr\.`,
  es: String.raw`Sr\.?|Sra\.?|Srta\.?|Señora?|Don|Doña|Dña\.?|D\.|D\.ª|Dª`,
};
const personNamed = new Map<Language, RegExp>();

/**
 * A person typed with a courtesy title in place of a business (a private landlord: "M.
 * Jean-Pierre Vasseur", "Hr. Hans-Peter Krüger", "Sra. Montserrat Puig i Vidal", "Dña. Ana Ruiz
 * de Alda"): the reader of the letter, greeted by name, as a person named so in the first place is.
 * Every word after the title is a name with its capital (or hyphenated parts with theirs), or a
 * particle of a name; anything else (a legal form, a word in small letters) is a business's name.
 */
function withPersonAsReader(c: ResolvedCase, language: Exclude<Language, 'en'>): ResolvedCase {
  if (c.recipient.contact !== undefined || c.letter.stage === 'card-dispute') return c;
  let pattern = personNamed.get(language);
  if (!pattern) {
    const name = String.raw`\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*`;
    const particle = String.raw`(?:de|del|della|di|da|du|des|la|le|las|los|van|von|der|den|ter|ten|zu|zum|zur|vom|y|i|dos|das)\s+|d['’]`;
    pattern = new RegExp(String.raw`^(?:${PERSON_TITLES[language]})(?:\s+(?:Dr|Dra|Prof)\.)*(?:\s+(?:${particle})*${name}){1,5}$`, 'u');
    personNamed.set(language, pattern);
  }
  const company = c.recipient.company.trim();
  return pattern.test(company) ? { ...c, recipient: { ...c.recipient, contact: company } } : c;
}

/** Whether the letter writes `shouted` (words of `text` typed in capitals) in normal letters, as it does a shouted sentence in French or Spanish. */
export function shoutingCalmedIn(text: string, shouted: string, language: Exclude<Language, 'en'>): boolean {
  const rules = answerRules(language);
  return rules.shouted !== undefined && !withoutShouting(text, rules.shouted).includes(shouted);
}

export function withAnswersTidied(typed: ResolvedCase, language: Exclude<Language, 'en'>): ResolvedCase {
  const rules = answerRules(language);
  // What was bought and the enclosures are names, not sentences: only their quotation marks are
  // the language's, and what was bought its accents ("reparacion" -> "reparación").
  const c = withPersonAsReader(withCompanyCalmed(withSenderCapitals(withItemAccents(withLanguageQuotes(typed, rules), rules)), catalogue(language)), language);
  const { story, contacts, request } = c;
  const all = [story.circumstances, story.impact, request.correction, request.reason, c.replied?.reason, ...story.expectations, ...story.outcome, ...contacts.map((contact) => contact.result)].filter(
    (text): text is string => text !== undefined,
  );
  // An answer written in English stays as typed (the command line says the letter mixes languages).
  const own = all.filter((text) => !looksEnglish(text));
  if (own.length === 0) return c;
  const nouns = rules.nouns ? capitalisedInside(own) : undefined;
  // Told to the person written to, their name in the writer's story is "Sie", "vous", "usted" (not to a card issuer).
  const toReader = c.letter.stage === 'card-dispute' || !c.recipient.contact ? (text: string) => text : (text: string) => namedReaderToReader(text, c.recipient.contact, language, catalogue(language));
  const fix = (text: string) => (own.includes(text) ? toReader(tidied(text, rules!, nouns)) : text);
  // What "they" did, in a letter to them, is what "you" did (a card issuer reads it as told to the business).
  const words = catalogue(language);
  // The story in the order it is told, to tell whether "they" may be anything but the business.
  const order = [story.circumstances, ...story.expectations, ...story.outcome, ...(story.impact === undefined ? [] : [story.impact])];
  const whole = order.join(' ');
  const toldBefore = (text: string): TheyStory => {
    const at = order.indexOf(text);
    return { text: at < 0 ? whole : order.slice(0, at).join(' '), item: c.purchase.item };
  };
  const toThem = c.letter.stage === 'card-dispute' ? fix : (text: string, before?: string) => (own.includes(text) ? businessToReader(theyToReader(fix(text), words, before, toldBefore(text)), words, whole, c.recipient.company) : text);
  const circumstances = toThem(story.circumstances);
  const expectations = story.expectations.map((text, i) => toThem(text, story.expectations[i - 1]));
  const outcome = story.outcome.map((text, i) => toThem(text, story.outcome[i - 1]));
  const impact = story.impact === undefined ? undefined : toThem(story.impact);
  const results = contacts.map((contact) => (contact.result === undefined ? undefined : fix(contact.result)));
  const correction = request.correction === undefined ? undefined : fix(request.correction);
  const reason = request.reason === undefined ? undefined : toThem(request.reason);
  // The writer's own answer to the business's reply ("reject --reason").
  const repliedReason = c.replied?.reason === undefined ? undefined : fix(c.replied.reason);
  const same = (a: readonly (string | undefined)[], b: readonly (string | undefined)[]) => a.every((text, i) => text === b[i]);
  if (
    circumstances === story.circumstances &&
    impact === story.impact &&
    correction === request.correction &&
    reason === request.reason &&
    repliedReason === c.replied?.reason &&
    same(expectations, story.expectations) &&
    same(outcome, story.outcome) &&
    same(results, contacts.map((contact) => contact.result))
  ) {
    return c;
  }
  return {
    ...c,
    story: { ...story, circumstances, expectations, outcome, ...(impact !== undefined && { impact }) },
    contacts: contacts.map((contact, i) => (results[i] === contact.result ? contact : { ...contact, result: results[i] })),
    request: { ...request, ...(correction !== undefined && { correction }), ...(reason !== undefined && { reason }) },
    ...(c.replied && repliedReason !== c.replied.reason && { replied: { ...c.replied, reason: repliedReason } }),
  };
}
