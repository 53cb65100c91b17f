// Phrases for letters in French, German and Spanish: the same parts as the English phrases
// (phrases.ts), made from the language's catalogue. Only what needs code is here: choosing
// the right catalogue entry for what the case says (who the reader is, what kind of purchase,
// which money facts are known). The person's own answers are put in as written, after a
// label or a colon where an article or a case ending would otherwise be needed.
import { namesDay, namesDayOf, namesDayOrTime } from '../dated.js';
import { typedListItems } from '../../util/list-lines.js';
import { shortenedSentences } from '../shorten.js';
import { isAddressee } from '../english/contacts.js';
import { paymentsEnded, recurringFee } from '../english/money.js';
import type { ResolvedCase } from '../../case/resolve.js';
import { formatDate, formatList, formatMoney } from '../format-values.js';
import { townOf } from '../town.js';
import { addressee, recipientBlock } from '../layout.js';
import { hasOwnLabel } from '../own-label.js';
import type { Phrases } from '../phrases.js';
import { caseWordUse, withoutBrackets } from '../english/words.js';
import { catalogue, say, type Catalogue } from './index.js';
import { afterColon, joinMarked, mark, markName } from './join.js';
import type { Language } from './names.js';
import { remembered } from '../../util/remember.js';
import { cardReversalPlausible } from '../../rights/cite.js';
import { privateLandlord } from '../../rights/tenancy.js';
import { onFirstUse } from '../../util/on-first-use.js';
import { keepsThey, namesOthers, theyToReader, verbSecond } from './they.js';

/** What the templates of a language use beyond the English phrases. */
export interface LanguagePhrases extends Phrases {
  /** An offer told in the words of its note, which name its sum ("un bon de réduction de 100 €"); or empty. */
  offerNamed: string;
  /** "Lyon, le 5 mars 2026", or the date alone when the town is not known. */
  dateLine: string;
  /** The recipient's block, one line each: "Monsieur Thomas Müller", "Küchenwelt Müller GmbH", the address. */
  recipientBlock: string;
  /** "Objet : " (French), "" (German: the subject stands alone), "Asunto: " (Spanish). */
  subjectLabel: string;
  /** "la commande suivante" / "folgender Bestellung" / "el siguiente pedido": what the letter is about, before ": item". */
  topic: string;
  /** The item as written, without a closing stop, and its reference in brackets when there is one. */
  itemRef: string;
  /** What the letter is about and the item, as one phrase: "la siguiente reserva: hotel en Sevilla", or "la reserva del hotel" when the item names its kind already. */
  topicItem: string;
  /** Spanish "con ustedes" (to a business) or "con usted" (to a named person), after "me pongo en contacto"; empty in the other languages. */
  withYou: string;
  /** `asked`, said after the purchase sentence: the amount it names is "cette somme" / "diesen Betrag" / "dicho importe". */
  askedAgain: string;
  /** "Par courrier du 1er octobre 2026" / "Mit Schreiben vom 1. Oktober 2026" / "Mediante escrito de fecha …". */
  previous: string;
  /** The next steps of a final letter (infinitive phrases, or the writer's own words). */
  steps: string[];
  /** The business as the object of a verb ("habe ich die Krämer GmbH gebeten"): German gives a name with a feminine legal form its article. */
  companyAcc: string;
  /** The business after a verb that takes the dative ("habe ich der Krämer GmbH geschildert"). */
  companyDat: string;
  /** True when the steps are the writer's own words (listed as written). */
  ownSteps: boolean;
  /** The opening of a card dispute when the country's rights name no card route. */
  cardText: string;
  /** The subject of a card dispute. */
  cardSubject: string;
  /** In a card dispute, whom "you" means in the story told to the business (its words speak to it): "Mit „Sie“ ist darin … gemeint."; or empty. */
  storyYouMeans: string;
}

/** A courtesy title before the writer's own name ("Mme Sophie Benali", "Frau Lena Vogt", "Sra. Carmen Ortega"). */
const COURTESY_TITLE = /^(?:M\.|Mme\.?|Mlle\.?|Monsieur|Madame|Mademoiselle|Herr|Frau|Sr\.?|Sra\.?|Srta\.?|Don|Doña|Dña\.?)\s+(?!(?:et|und|y|&)\s)(?=\S)/i;

/** An answer set in a sentence, without its closing marks; a date's own dot stays ("am 24.10."). */
const clause = (text: string) => {
  const trimmed = text.trim().replace(/[;,:\s]+$/, '');
  return /(?:^|[\s(])\d{1,2}\.\d{1,2}\.$/.test(trimmed) ? trimmed : trimmed.replace(/[.;,:\s]+$/, '');
};

/** What follows a surname to tell two people apart, written short: "jun.", "sen.", "jr.", "sr.". */
const NAME_SUFFIX = /(?:^|\s)(?:jun|sen|jr|sr)\.$/i;
/** Such a suffix's dot, then the sentence's own: said once ("mit Herrn Brenner jun."). */
const NAME_SUFFIX_STOP = /((?:^|\s)(?:jun|sen|jr|sr)\.)\./gi;
/** A person's name in a sentence, without its closing marks, but with the dot of "jun." after it. */
const nameClause = (text: string) => (NAME_SUFFIX.test(text.trim()) ? text.trim() : clause(text));

const startsOf = new Map<string, RegExp>();

/**
 * What a catalogue lists as the words that start something (`separator` between them), as an
 * expression: `contact.clauseStart`, the words that start a clause of its own;
 * `request.reasonClause`, the conjunctions that start a reason given as a clause ("weil…"); and
 * `request.reasonWithAmount`, the words that tie a reason to the amount ("correspondant à…").
 */
/** Whether a reason names costs the problem caused, with its article ("die Kosten für die Heizlüfter", "les frais de dépannage"): asked for as such by the letter, and said by the command line (see languageNotes). */
export function reasonNamesCostsIn(reason: string, words: Record<string, string>): boolean {
  return words['request.refundCosts'] !== undefined && startsWith(words, 'request.costsReason', '|')?.test(reason.trim()) === true;
}

function startsWith(words: Record<string, string>, key: string, separator = ' '): RegExp | undefined {
  const list = words[key];
  if (!list) return undefined;
  let found = startsOf.get(list);
  // A word ends where a letter does not follow; a start ending in an apostrophe ("parce qu'") is followed by one.
  if (!found) startsOf.set(list, (found = new RegExp(`^(?:${list.split(separator).map((start) => (/['’]$/.test(start) ? start : `${spellings(start, words)}(?![\\p{L}])`)).join('|')})`, 'iu')));
  return found;
}

/**
 * A catalogue's expression that also finds its words typed the other way the catalogue's
 * `spelling.folds` allows (German "ä=ae|ö=oe|ü=ue|ß=ss": "kündig" finds "gekuendigt", "keine
 * rueckmeldung" finds "keine Rückmeldung"): both spellings are folded alike, and either is found.
 * Only the expression changes, never the writer's text. Escapes and classes ("\\s", "[ée]") stay.
 */
export function spellings(pattern: string, words: Readonly<Record<string, string>>): string {
  const folds = words['spelling.folds'];
  if (!folds) return pattern;
  const pairs = pairsOf(folds);
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern.charAt(i);
    if (ch === '\\') {
      const end = (pattern.charAt(i + 1) === 'p' || pattern.charAt(i + 1) === 'P') && pattern.charAt(i + 2) === '{' ? pattern.indexOf('}', i) + 1 : i + 2;
      out += pattern.slice(i, end);
      i = end - 1;
      continue;
    }
    if (ch === '[') {
      let end = i + 1;
      while (end < pattern.length && pattern.charAt(end) !== ']') end += pattern.charAt(end) === '\\' ? 2 : 1;
      out += pattern.slice(i, end + 1);
      i = end;
      continue;
    }
    const lower = ch.toLowerCase();
    const two = pattern.slice(i, i + 2).toLowerCase();
    const pair = pairs.find(([letter, typed]) => letter === lower || typed === two);
    if (pair === undefined) {
      out += ch;
      continue;
    }
    out += `(?:${pair[0]}|${pair[1]})`;
    if (pair[0] !== lower) i++;
  }
  return out;
}

/** A catalogue's word as it is compared with the writer's, where the catalogue folds spellings ("rückmeldung" -> "rueckmeldung"). */
function folded(word: string, words: Readonly<Record<string, string>>): string {
  return words['spelling.folds'] ? foldedGerman(word) : word;
}

/** A catalogue's list of word starts (separated by "|") as an expression that finds one anywhere; undefined where the catalogue has none. */
function storyWords(words: Catalogue, key: string): RegExp | undefined {
  const list = words[key];
  if (!list) return undefined;
  return remembered(promiseWordsOf, list, () => new RegExp(`(?<![\\p{L}])(?:${spellings(list, words)})`, 'iu'), 20);
}

const promiseWordsOf = new Map<string, RegExp>();
/** The catalogue's `story.promiseWords` (starts of words, separated by "|") as an expression that finds one anywhere. */
function promiseWords(words: Record<string, string>): RegExp {
  const list = words['story.promiseWords'] ?? '';
  let found = promiseWordsOf.get(list);
  if (!found) promiseWordsOf.set(list, (found = new RegExp(`(?<![\\p{L}])(?:${spellings(list, words)})`, 'iu')));
  return found;
}

/**
 * "Madame Lefebvre" -> "Madame": a closing repeats the salutation's title, never a name after it
 * (the titles are the catalogue's `greeting.titles`).
 */
function salutationOnly(greeting: string, words: Record<string, string>): string {
  const titles = words['greeting.titles'];
  if (!titles) return greeting;
  const named = new RegExp(`^(${titles})(?:\\s+\\p{Lu}[\\p{L}'’-]*){1,2}$`, 'u').exec(greeting);
  return named ? named[1]! : greeting;
}

/** "le directeur du magasin" -> "Monsieur le directeur du magasin", by the catalogue's `greeting.roles` ("typed start=written start"). */
function withRoleTitle(contact: string, roles: string | undefined): string {
  if (!roles) return contact;
  const lower = contact.toLowerCase();
  const role = pairsOf(roles).find(([typed]) => lower.startsWith(typed) && (lower.length === typed.length || lower.charAt(typed.length) === ' '));
  return role ? `${role[1]}${contact.slice(role[0].length)}` : contact;
}

function capitalFirst(text: string): string {
  const trimmed = text.trim();
  return trimmed.charAt(0).toLocaleUpperCase() + trimmed.slice(1);
}

// --- The reader ---------------------------------------------------------------------------

const FEMALE = /^(mrs|ms|miss|mme|madame|mlle|mademoiselle|frau|fr|sra|señora|senora|srta|señorita|senorita|doña|dona|dña|d\.ª|dª)\.?$/i;
const MALE = /^(mr|m|monsieur|herr|herrn|hr|hrn|sr|señor|senor|don|d)\.?$/i;
const ACADEMIC = /^(dr|prof|professor|professeur|doctor|doctora|dra|profa|profesora)\.?$/i;
/** Spanish titles that say whether the reader is a woman or a man ("Dra. Ruiz", "Dr. Ruiz"); "Prof." and the German and French "Dr." do not. */
const ACADEMIC_ES_F = /^(dra|doctora|profa|profesora)\.?$/i;
const ACADEMIC_ES_M = /^(dr|doctor|profesor)\.?$/i;
/** Academic titles as they are written before a name. */
const ACADEMIC_SHORT: Readonly<Record<string, string>> = { doctor: 'Dr.', doctora: 'Dra.', professor: 'Prof.', professeur: 'Prof.', profesor: 'Prof.', profesora: 'Profa.' };
const isTitleWord = (word: string) => FEMALE.test(word) || MALE.test(word) || ACADEMIC.test(word) || MAITRE.test(word) || SPANISH_COURTESY.test(word);
/** A lawyer (avocat, notaire, huissier) is greeted "Maître," in French, whoever they are. */
const MAITRE = /^(maître|maitre|me)\.?$/i;
const DOCTEUR = /^(dr|docteur|docteure)\.?$/i;
const SPANISH_COURTESY = /^(don|doña|dona|dña|d\.ª|dª|d)\.?$/i;
/** Words that start a surname: "von Becker", "de la Cruz", "van der Berg". */
const PARTICLE = /^(von|van|zu|vom|zur|zum|de|del|della|di|da|du|des|la|le|las|los|dos|der|den|ter|ten|y)$/;
/** The word that joins two Spanish or Catalan surnames ("Puig i Vidal", "Ortega y Gasset"): written small, inside the surname. */
const NAME_JOIN = /^(y|i|e)$/;

/** How the letter greets a named reader: as a woman, a man, or (French) a lawyer. */
export type ReaderForm = 'f' | 'm' | 'maitre' | 'docteur';

/**
 * "Frau Dr. Anna Weber" -> { form: 'f', name: 'Dr. Weber', titled: true }; "Sr. D. Juan Pérez" -> { form: 'm', name: 'Pérez' };
 * "Maître Dupont" (French) -> { form: 'maitre' }; a team, or a name without a title that tells how to greet them -> undefined.
 */
export function reader(contact: string | undefined, language: Exclude<Language, 'en'> = 'de'): { form: ReaderForm; name: string; titled: boolean; full: string } | undefined {
  if (!contact) return undefined;
  const name = contact.replace(/\s*[([].*$/, '').replace(/\s*(,|\s[-–—]\s|\/).*$/, '').trim();
  const words = name.split(/\s+/).filter(Boolean);
  let form: ReaderForm | undefined;
  let courtesy: string | undefined;
  const academic: string[] = [];
  // "la señora Pérez", "el doctor Ruiz", "der Herr Weber": the article before a title is not the greeting's.
  let at = words.length > 2 && ARTICLES.has(words[0]!.toLowerCase()) && isTitleWord(words[1]!) ? 1 : 0;
  for (; at < words.length; at++) {
    const word = words[at]!;
    if (language === 'fr' && at === 0 && MAITRE.test(word)) form = 'maitre';
    // "Dr Fontaine" in French: "Docteur," whoever they are; "Mme le Dr Fontaine" is "Madame".
    else if (language === 'fr' && form === undefined && DOCTEUR.test(word)) form = 'docteur';
    // "Dña. María", "D. Juan Pérez" in Spanish: greeted with that courtesy and the name as typed.
    else if (language === 'es' && SPANISH_COURTESY.test(word)) {
      form ??= /^d(?:oñ|on|ñ)a|^d\.?ª/i.test(word) ? 'f' : 'm';
      courtesy ??= form === 'f' ? 'Dña.' : 'D.';
    } else if (FEMALE.test(word)) form ??= 'f';
    else if (MALE.test(word) && !(form !== undefined && /^m\.?$/i.test(word))) form ??= 'm';
    else if (ACADEMIC.test(word)) {
      // "doctora" is written "Dra." before a name, "profesor" "Prof.".
      academic.push(ACADEMIC_SHORT[word.toLowerCase().replace(/\.$/, '')] ?? (/\.$/.test(word) ? word : `${word}.`));
      if (language === 'es') form ??= ACADEMIC_ES_F.test(word) ? 'f' : ACADEMIC_ES_M.test(word) ? 'm' : undefined;
    } else break;
  }
  // A name typed in small letters ("herr huber") is written with its capitals; particles stay small ("von", "de la").
  const typed = words.slice(at);
  // "Meier jun.", "Schmidt sen.": what follows a surname to tell two people apart is not part of the greeting.
  while (typed.length > 1 && /^(?:jun|jr|sen|sr)\.?$/i.test(typed.at(-1)!)) typed.pop();
  const rest = typed.map((word, i) => ((PARTICLE.test(word) || NAME_JOIN.test(word)) && (i > 0 || typed.length > 1)) || /\p{Lu}/u.test(word) ? word : word.charAt(0).toLocaleUpperCase(language) + word.slice(1));
  // Two readers ("M. et Mme Dupont", "Herr und Frau Becker") are greeted as the generic greeting greets them.
  if (form === undefined || rest.length === 0 || /^(et|und|y|e|&)$/iu.test(rest[0]!)) return undefined;
  const titles = academic.map((t) => t.charAt(0).toUpperCase() + t.slice(1));
  // Don and Doña go with a given name: typed with nothing else ("Dña. María"), they are the greeting's; with a surname, Sr. or Sra. and the surname are.
  if (courtesy && rest.length === 1 && titles.length === 0) return { form, name: `${courtesy} ${rest[0]}`, titled: true, full: `${courtesy} ${rest[0]}` };
  return { form, name: [...titles, surname(rest, language)].join(' '), titled: academic.length > 0, full: [...titles, ...rest].join(' ') };
}

/** How each language writes "Mr" and "Mrs" before a name. */
const COURTESY: Record<Exclude<Language, 'en'>, { m: string; f: string }> = { fr: { m: 'M.', f: 'Mme' }, de: { m: 'Herr', f: 'Frau' }, es: { m: 'Sr.', f: 'Sra.' } };

/** "Herr Becker" in a French letter is "M. Becker"; "Mrs Lee" in a Spanish one "Sra. Lee": a title of another language, in the letter's own. */
function titleInLanguage(typed: string, language: Exclude<Language, 'en'>): string {
  // "herr yilmaz an der theke", "sra garcía": a title and a name typed in small letters, with the title as the letter writes it.
  // Not a word after it that starts a place ("frau an der kasse": the woman at the till).
  const small = /^(\p{Ll}[\p{Ll}.]*)(\s+)(\p{Ll})(?!(?:n|m|ei|om|er|ie|as|us|it|or|uf|nd|e|u|es|a|n|l|on)?\s)/u.exec(typed.trim());
  const smallForm = small === null || /^(?:m|d|don|doña|dona)\.?$/i.test(small[1]!) ? undefined : FEMALE.test(small[1]!) ? 'f' : MALE.test(small[1]!) ? 'm' : undefined;
  const who = small && smallForm ? COURTESY[language][smallForm] + small[2]! + small[3]!.toLocaleUpperCase() + typed.trim().slice(small[0].length) : typed;
  const [first = '', ...rest] = who.trim().split(/\s+/);
  if (rest.length === 0 || !/^\p{Lu}/u.test(rest[0]!)) return who;
  const form = FEMALE.test(first) ? 'f' : MALE.test(first) && !/^(?:m|d|don)\.?$/i.test(first) ? 'm' : undefined;
  if (form === undefined) return who;
  const own = COURTESY[language][form];
  // A title the language itself writes ("M.", "Mme", "Frau", "Sra.") stays as typed.
  const ownTitles = language === 'fr' ? /^(?:m|mme|mlle|monsieur|madame|mademoiselle)\.?$/i : language === 'de' ? /^(?:herr|herrn|frau|hr|fr)\.?$/i : /^(?:sr|sra|srta|señor|señora|señorita|don|doña|dña)\.?$/i;
  return ownTitles.test(first) ? who : [own, ...rest].join(' ');
}

/**
 * The surname of a name after its titles: from its first particle ("Klaus von Becker" -> von
 * Becker; German and French keep it small: "Herr von Becker"), else its last word; a Spanish name, its surnames.
 */
function surname(words: string[], language: Exclude<Language, 'en'>): string {
  if (language === 'es') return spanishSurname(words);
  // "von Bülow" typed alone is the whole surname, its particle with it.
  const particle = words.findIndex((word, i) => i < words.length - 1 && PARTICLE.test(word));
  return particle >= 0 ? words.slice(particle).join(' ') : words[words.length - 1]!;
}

/**
 * The surnames of a Spanish name: its words grouped, a particle with the word after it ("de
 * Alda", "de la Cruz") and a joining "y" or "i" with the words on both sides ("Puig i Vidal");
 * the first group and any common given name after it ("José Luis", "María del Carmen") are the
 * given names, the groups left the surnames ("Ruiz de Alda", "Fernández López"). Written with a
 * capital where the surname starts with a particle ("Sr. De la Cruz").
 */
function spanishSurname(words: string[]): string {
  const groups: string[][] = [];
  let pending: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (NAME_JOIN.test(word) && groups.length > 0 && i < words.length - 1) {
      groups.at(-1)!.push(word, words[++i]!);
    } else if (PARTICLE.test(word) && i < words.length - 1) pending.push(word);
    else {
      groups.push([...pending, word]);
      pending = [];
    }
  }
  if (groups.length === 0) return words.join(' ');
  // A particle after a surname is part of a compound one ("Ruiz de Alda"); after the given name, it starts the surname ("Juan de la Cruz").
  let given = groups.length > 1 ? 1 : 0;
  while (given < groups.length - 1 && SPANISH_GIVEN.has(withoutMarks(groups[given]!.at(-1)!.toLowerCase()))) given++;
  const name = groups.slice(given).map((group) => group.join(' ')).join(' ');
  return name.charAt(0).toUpperCase() + name.slice(1);
}

const withoutMarks = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '');

/** Given names that are often the second of two ("José Luis", "María José", "Juan Carlos"). */
const SPANISH_GIVEN = new Set(
  (
    'jose luis maria juan carlos antonio manuel francisco miguel angel pedro pablo jesus javier ignacio ramon andres fernando alberto alfonso ' +
    'carmen ana isabel pilar dolores teresa rosa elena laura lucia cristina eva marta victoria mercedes concepcion inmaculada belen esther luisa angeles ' +
    'mar pilar rocio rosario consuelo montserrat nieves lourdes remedios socorro asuncion'
  ).split(' '),
);

/** A greeting to one person: "Estimada Sra. Ruiz", "Estimado Juan" (not "Estimados señores"). */
const SINGLE_READER = /^(estimad[oa]|querid[oa]|apreciad[oa]|distinguid[oa])\s/iu;

// --- Dates --------------------------------------------------------------------------------

/** A date as the letter's locale writes it ("1er mars 2026", "1. März 2026", "1 de marzo de 2026"). */
export const writtenDate = (iso: string, locale: string): string => formatDate(iso, locale);

// --- Putting it together ---------------------------------------------------------------------

/** The German articles of each gender: nominative, accusative, dative. */
const DE_ARTICLES = { m: ['der', 'den', 'dem'], n: ['das', 'das', 'dem'], f: ['die', 'die', 'der'] } as const;
const DE_MASCULINE_NOUN = /(?:betrieb|service|markt|laden|shop|salon|dienst|handel|verlag|verein|club|händler|versand|anbieter|makler|friseur|gasthof|konzern)$/;
const DE_NEUTER_NOUN = /(?:haus|studio|büro|buero|hotel|unternehmen|center|zentrum|geschäft|geschaeft|institut|restaurant|café|cafe|atelier|labor|kino|theater|werk)$/;
const DE_FEMININE_NOUN = /(?:werkstatt|praxis|kanzlei|schule|agentur|firma|klinik|apotheke|bank|pension|galerie|akademie|ei|ung|ion)$/;

/** The gender of a business's name that starts with a noun of a known ending ("Kfz-Meisterbetrieb Huber", "Autohaus Schmidt"). */
function nounGender(company: string): 'm' | 'n' | 'f' | undefined {
  const [first, next] = company.split(/\s+/);
  if (!first || !next || !/^\p{Lu}/u.test(first)) return undefined;
  const noun = first.toLowerCase();
  return DE_FEMININE_NOUN.test(noun) ? 'f' : DE_MASCULINE_NOUN.test(noun) ? 'm' : DE_NEUTER_NOUN.test(noun) ? 'n' : undefined;
}

/**
 * A business's name as German says it after a verb or a preposition: nominative, accusative and
 * dative. A name with a feminine legal form ("die Krämer GmbH") or that starts with a noun of a
 * known gender ("das Autohaus Schmidt") takes the article; a name typed with its own, or any
 * other, stays as typed. In the dative (and genitive) of a feminine name, the adjectives it
 * starts with take -n: "der Deutschen Bahn AG", "der Neuen Energie eG".
 */
function germanNames(company: string, words: Catalogue): [string, string, string] {
  const gender = /^(?:die|der|das)\s/i.test(company) ? undefined : DE_FEMININE_FORM.test(company) ? 'f' : nounGender(company);
  if (gender === undefined) return [company, company, company];
  const [nominative, accusative, dative] = DE_ARTICLES[gender];
  return [`${nominative} ${company}`, `${accusative} ${company}`, `${dative} ${gender === 'f' ? withAdjectivesDeclined(company, words) : company}`];
}

/**
 * A feminine name's leading adjectives in the dative or genitive: a word with a capital ending in
 * -e before another word with a capital ("Deutsche Bahn AG", "Frankfurter Allgemeine Zeitung
 * GmbH") takes -n when it reads as an adjective, by its ending (the catalogue's
 * `company.adjectiveEndings`: "deutsch", "-isch", "-lich"…) or its stem (`company.adjectiveStems`:
 * "neu", "erst"…); a surname ("Linde Material Handling GmbH") stays.
 */
function withAdjectivesDeclined(company: string, words: Catalogue): string {
  const parts = company.split(' ');
  const endings = (words['company.adjectiveEndings'] ?? '').split('|').filter(Boolean).map(foldedGerman);
  const stems = new Set((words['company.adjectiveStems'] ?? '').split('|').filter(Boolean).map(foldedGerman));
  const capital = (word: string | undefined) => word !== undefined && word.charAt(0) !== word.charAt(0).toLowerCase() && word.slice(1) === word.slice(1).toLowerCase();
  const adjective = (word: string) => {
    const stem = foldedGerman(word.slice(0, -1).toLowerCase());
    return stems.has(stem) || endings.some((ending) => stem.length > ending.length + 1 && stem.endsWith(ending)) || endings.includes(stem);
  };
  let changed = false;
  // A place's adjective in -er ("Frankfurter") does not change, and may come first.
  let i = parts.length > 2 && capital(parts[0]) && parts[0]!.endsWith('er') ? 1 : 0;
  for (; i < parts.length - 2; i++) {
    const word = parts[i]!;
    if (!capital(word) || !word.endsWith('e') || !capital(parts[i + 1]) || !adjective(word)) break;
    parts[i] = `${word}n`;
    changed = true;
  }
  return changed ? parts.join(' ') : company;
}

/** A German word with ä, ö, ü and ß written ae, oe, ue and ss, as many type them: for comparing words only. */
export function foldedGerman(text: string): string {
  if (!/[äöüßÄÖÜ]/.test(text)) return text;
  return text.replace(/[äöüßÄÖÜ]/g, (ch) => GERMAN_FOLDS[ch]!);
}

const GERMAN_FOLDS: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };

/** German legal forms that are feminine (die GmbH, die AG, die KG…): a business so named takes the article. */
const DE_FEMININE_FORM = /(?:\bGmbH|\bAG|\bKG|\bOHG|\bUG(?:\s*\(haftungsbeschränkt\))?|\bSE|\beG|\bGbR|\bKGaA|\bPartG(?:\s*mbB)?)\.?$/u;

export function languagePhrases(c: ResolvedCase, language: Exclude<Language, 'en'>): LanguagePhrases {
  const words: Catalogue = catalogue(language);
  const locale = c.letter.locale;
  const money = (n: number) => formatMoney(n, c.purchase.currency, locale);
  const date = (d: string) => writtenDate(d, locale);
  // A legal name keeps its brackets ("Müller (Bau) GmbH").
  const company = c.recipient.company.trim();
  // A company's name after a preposition ("d'Air Horizon", "aux Jardins du Midi", "al Corte Inglés");
  // in German, a name with a feminine legal form takes the article: "an die Krämer GmbH", "der Krämer GmbH geschildert".
  // A name that starts with a noun takes that noun's article: "den Kfz-Meisterbetrieb Huber", "dem Autohaus Schmidt".
  const [companyNom, companyAfter, companyDat] = language === 'de' ? germanNames(company, words) : [markName(company), markName(company), markName(company)];
  const kind = c.purchase.kind ?? 'other';
  // A deposit is either money held as security (a rent deposit) or part of a price paid in
  // advance; the words differ in these languages, so the letter says which when it can tell.
  // Goods are an order only where the case shows one was placed (an order number, online, by phone: the catalogue's
  // `kind.goods.orderWords`); bought in a shop, or when nothing tells, they are a purchase, which is true either way.
  const kindKey =
    kind === 'deposit'
      ? depositKey(c, words)
      : kind === 'service' && bookedService(c.purchase.item, words['kind.service.booked'], words)
        ? 'booking'
        : kind === 'goods' && words['kind.goods.orderWords'] !== undefined && !ordered(c, words)
          ? 'other'
          : kind;
  // No kind given: the words of the catalogue's `unknown` kind, true of anything bought, booked or
  // paid for ("folgender Angelegenheit", "J'ai réglé 100,00 €"), never a purchase or an order.
  const saleKey = c.purchase.kind === undefined && words['kind.unknown'] !== undefined ? 'unknown' : kindKey;

  // The reader: a card dispute goes to a department, whoever reads it.
  const known = c.letter.stage === 'card-dispute' ? undefined : reader(c.recipient.contact, language);
  // A letter to a named person speaks to one reader: where the language says "you" differently
  // to a business and to a person (Spanish "les escribí" / usted), the catalogue's `<key>.person`
  // is used. The writer's own greeting tells too ("Estimada Sra. Ruiz", not "Estimados señores").
  const toPerson = known !== undefined || (c.letter.stage !== 'card-dispute' && SINGLE_READER.test(c.letter.greeting ?? ''));
  const keyFor = (key: string) => (toPerson && words[`${key}.person`] !== undefined ? `${key}.person` : key);
  const readerSurname = known?.name.replace(/^(?:\p{L}+\.\s+)+/u, '');
  const readerNamesCompany = readerSurname !== undefined && readerSurname.length > 2 && new RegExp(`(?:^|\\s)${readerSurname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\s|$)`, 'u').test(company);
  // The writer's words are marked where they meet a preposition of the letter, and joined to it as the language needs.
  const t = (key: string, values?: Record<string, string>) => joinMarked(language, say(words, keyFor(key), values));
  // An academic title stands in for Sr./Sra. in Spanish ("Estimada Dra. Ruiz:"), and follows Herr or Frau in German.
  const greetingKey = known ? (known.titled && words[`greeting.${known.form}.titled`] !== undefined ? `greeting.${known.form}.titled` : `greeting.${known.form}`) : '';
  // The greeting and sign-off the writer chose for the business are not for a card issuer.
  const dispute = c.letter.stage === 'card-dispute';
  // A reader known by a function with its courtesy title ("Madame la Directrice"): greeted, and closed with, those very words.
  // Its title written short ("M. le directeur") is written out, and the function takes its capital ("Monsieur le Directeur").
  // A function typed alone ("le directeur") is greeted by it, with the title its article tells ("Monsieur le Directeur").
  const spelledTitle = c.recipient.contact
    ? pairsOf(words['greeting.byFunctionTitles'] ?? '').reduce((text, [short, full]) => (text.startsWith(`${short} `) ? `${full}${text.slice(short.length)}` : text), withRoleTitle(c.recipient.contact.trim(), words['greeting.roles']))
    : undefined;
  // "Mme Le Goff", "M. La Rosa": an article typed with a capital before a name with one is part of a surname, not a function (unless it names one: "Madame La Directrice").
  const articleName = spelledTitle ? /^\S+\s+(?:Le|La|L['’])\s*(\p{Lu}[\p{L}-]*)$/u.exec(spelledTitle) : null;
  const surnameArticle = articleName !== null && !(words['greeting.functionNouns'] ?? '').split('|').includes(articleName[1]!.toLocaleLowerCase(language));
  const byFunction = words['greeting.byFunction'] && spelledTitle && !surnameArticle ? new RegExp(words['greeting.byFunction'], 'iu').exec(spelledTitle) : null;
  const functionGreeting = byFunction
    ? byFunction[0].charAt(0).toUpperCase() + byFunction[0].slice(1).replace(/^(\S+\s+(?:la|le|l['’])\s*)(\p{Ll})/u, (_, lead: string, letter: string) => lead + letter.toUpperCase())
    : undefined;
  const ownGreeting = dispute ? undefined : (c.letter.greeting?.trim().replace(/[,:;]+$/, '') ?? functionGreeting);
  const ownSignOff = dispute ? undefined : c.letter.signOff?.trim().replace(/[,:;.]+$/, '');
  // "Bonjour Madame Haddad", "Hola Paco": a closing that repeats a formal salutation does not follow an informal one.
  const informal = ownGreeting !== undefined && words['greeting.informalWords'] !== undefined && words['greeting.informalWords'].split(' ').includes(ownGreeting.split(/[\s,]+/)[0]!.toLowerCase());
  const greeting = ownGreeting ? t('greeting.own', { text: ownGreeting }) : known ? t(greetingKey, { name: known.name }) : t('greeting.generic');
  const signOff = ownSignOff
    ? t('signOff.own', { text: ownSignOff })
    : ownGreeting
      ? // The writer's own greeting: a closing that repeats the salutation (French) repeats theirs.
        t(informal ? 'signOff.afterInformalGreeting' : 'signOff.afterOwnGreeting', { text: salutationOnly(ownGreeting, words) })
      : t(known ? `signOff.${known.form}` : 'signOff.generic');

  const town = townOf(c.sender.address);
  const dateLine = town ? t('dateLine.place', { place: town, date: date(c.letter.date) }) : t('dateLine.none', { date: date(c.letter.date) });

  const typedItem = clause(c.purchase.item);
  const bareItem = withoutBrackets(typedItem);
  // A card dispute is written to the card issuer: an item that speaks to the merchant ("acheté
  // dans votre magasin") is quoted as the complaint named it.
  const readerWords = dispute ? words['card.readerWords'] : undefined;
  const item = readerWords && new RegExp(`(?<!\\p{L})(?:${readerWords})(?!\\p{L})`, 'u').test(typedItem) ? t('card.itemQuoted', { item: typedItem }) : typedItem;
  // A recurring fee's date is when the payments began: "depuis le 1er mars 2020", not a date in dispute.
  // A date the item already names ("déménagement du 3 octobre") is not said twice; nor is another
  // beside it ("vol du 12 octobre, 20 juin"), which would leave the reader to guess which is which.
  const when = c.purchase.date && !namesDayOf(bareItem, date(c.purchase.date), c.purchase.date) && !namesDay(bareItem) && !NUMERIC_DATE.test(bareItem) ? (c.purchase.period ? t('aboutSince', { date: date(c.purchase.date) }) : date(c.purchase.date)) : '';
  const about = c.purchase.reference ? `${c.purchase.reference} (${bareItem}${when ? `, ${when}` : ''})` : `${bareItem}${when ? ` (${when})` : ''}`;
  // The writer's answers after a colon in the middle of a sentence start with a small letter
  // unless they start with a name (French and Spanish; German nouns keep their capitals).
  const use = caseWordUse(c);
  const inline = (text: string) => afterColon(language, text, use);
  // "(référence 4471)"; a reference with its own label ("Rechnung 2026-0815", "ticket n° 4471") needs none,
  // and after an item that ends in brackets, or around one that has some, it follows a comma.
  const referenceAfter = (what: string, ref: string) => {
    const labelled = hasOwnLabel(ref);
    const comma = /[)\]]$/.test(what) || /[()[\]]/.test(ref);
    return t(`reference${labelled ? 'Labelled' : ''}${comma ? 'AfterBrackets' : ''}`, { ref: labelled ? labelInSentence(ref) : ref });
  };
  // A label typed with a capital ("Facture n° 4471") is a common noun in the middle of a sentence
  // ("(facture n° 4471)"), unless it is a name: the business's, or one the writer writes so elsewhere. German nouns keep theirs.
  const labelInSentence = (ref: string) => {
    const space = ref.indexOf(' ');
    const label = ref.slice(0, space).replace(/\.$/, '');
    if (language === 'de' || space < 2 || label.charAt(0) === label.charAt(0).toLowerCase() || label.slice(1) !== label.slice(1).toLowerCase()) return ref;
    const lower = label.toLocaleLowerCase(language);
    if (company.toLocaleLowerCase(language).split(' ').includes(lower) || (use.names.has(lower) && !use.common.has(lower))) return ref;
    return ref.charAt(0).toLocaleLowerCase(language) + ref.slice(1);
  };
  const itemRef = `${inline(item)}${c.purchase.reference ? referenceAfter(item, c.purchase.reference) : ''}`;
  const topic = t(`kind.${saleKey}`, { company: companyAfter });

  // A customer since the year the payments began is told once, by the payments.
  const since = c.sender.customerSince && !(c.purchase.period && c.purchase.date?.startsWith(c.sender.customerSince)) ? c.sender.customerSince : undefined;

  // What was bought, and what was paid.
  const p = c.purchase;
  // A service's date is when it was bought or commissioned ("commandée le", "beauftragt am"), unless
  // the case says the service itself was that day: what was bought names it ("déménagement du 3
  // octobre"), or the story does, in words that are not of the contract ("le déménagement a eu lieu le 9 octobre").
  const on = p.date !== undefined && words[`purchase.${saleKey}.on.date`] !== undefined && (namesDayOf(bareItem, date(p.date), p.date) || serviceOnDay(c.story.circumstances, p.date, date(p.date), words)) ? '.on' : '';
  const paid = p.amount !== undefined ? money(p.amount) : undefined;
  const price = p.price !== undefined ? money(p.price) : undefined;
  let purchase = '';
  // The one amount the purchase sentence names, when it names one (not a fee and what was charged, a price and what was paid).
  let purchaseAmount: string | undefined;
  const fee = recurringFee(p);
  // Payments that stopped (the writer cancelled) are told in the past. The language's words for
  // that are expressions (separated by spaces) for ending the contract itself, not any cancelled
  // appointment: "me cancelaron dos citas" leaves a running subscription running.
  const endedStemList = (words['purchase.endedStems'] ?? '').split(' ').filter(Boolean).join('|');
  const ended = () => paymentsEnded(c, endedStemList ? remembered(endedStems, endedStemList, () => new RegExp(`(?<!\\p{L})(?:${spellings(endedStemList, words)})`, 'iu'), 10) : /$^/);
  // A writer who cancelled is no longer a customer: "from 2021 until I cancelled", in the past.
  const customerEnded = since !== undefined && (p.period !== undefined || p.kind === 'subscription' || c.story.problem === 'charged-after-cancelling') && ended();
  const customerKey = (form: string) => `customer.${form}${customerEnded ? '.ended' : ''}`;
  const customer = since
    ? /^\d{4}$/.test(since)
      ? t(customerKey('year'), { since })
      : since.length === 7
        ? t(customerKey('month'), { since: date(`${since}-01`).replace(/^1(er)?\.?\s+/, '') })
        : t(customerKey('date'), { since: date(since) })
    : '';
  if (p.period && fee?.agreed !== undefined && fee.agreedTotal === undefined) {
    // An agreed fee and what was charged are not the same thing: the letter says which is which.
    const per = t(`per.${p.period}`);
    const agreed = money(fee.agreed);
    purchase =
      fee.paidInAll !== undefined
        ? t('purchase.periodPaidInAll', { agreed, per, paid: money(fee.paidInAll) })
        : fee.charged !== undefined
          ? t('purchase.periodOvercharged', { agreed, per, charged: money(fee.charged) })
          : t(ended() && words['purchase.periodAgreedEnded'] !== undefined ? 'purchase.periodAgreedEnded' : 'purchase.periodAgreed', { agreed, per });
  } else if (p.period && paid) {
    const key = ended() ? 'purchase.periodEnded' : 'purchase.period';
    purchase = p.date ? t(key, { amount: paid, per: t(`per.${p.period}`), date: date(p.date) }) : t(`${key}NoDate`, { amount: paid, per: t(`per.${p.period}`) });
  } else if (price && paid && p.price !== p.amount) {
    purchase = [p.date ? t(`purchase.${saleKey}${on}.date`, { date: date(p.date), company: companyAfter }) : '', t(p.amount! > p.price! ? 'purchase.overcharged' : 'purchase.price', { price, paid })].filter(Boolean).join(' ');
  } else {
    const amount = paid ?? price;
    const values = { date: p.date ? date(p.date) : '', amount: amount ?? '', company: companyAfter };
    // A service's date is when it was bought or booked (commissioned, "commandée le"), unless what was bought names that very day as the service's ("déménagement du 3 octobre").
    purchase = amount && p.date ? t(`purchase.${saleKey}${on}.dateAmount`, values) : amount ? t(`purchase.${saleKey}.amount`, values) : p.date ? t(`purchase.${saleKey}${on}.date`, values) : '';
    if (amount !== undefined && purchase.includes(amount)) purchaseAmount = amount;
  }

  // The catalogue's article for a department or role, whichever way it is spelt ("Geschäftsleitung", "Geschaeftsleitung").
  const whoArticle = (who: string) => words[`who.article.${who}`] ?? (words['spelling.folds'] ? foldedArticles(words).get(foldedGerman(who)) : undefined);
  // A department or a role typed without its article ("service client", "Hotline", "operadora")
  // takes the one the catalogue gives it ("au service client", "mit der Hotline", "con una operadora").
  const withArticle = (who: string) => {
    // The whole answer ("service client"), else its first word ("Mitarbeiterin (Name nicht genannt)", "empleada de Groundforce").
    const article = whoArticle(who.toLowerCase()) ?? whoArticle((who.split(/[\s(,]/, 1)[0] ?? '').toLowerCase());
    if (article === undefined) return who;
    // A German noun keeps its capital after the article: "die Rezeption", typed "rezeption".
    const noun = words['who.nounCapital'] === 'yes' ? who.charAt(0).toLocaleUpperCase() + who.slice(1) : who;
    return /['’]$/.test(article) ? `${article}${noun}` : `${article} ${noun}`;
  };

  /** `who` when it names another business than the one written to: an acronym ("DHL") or a name with a legal form, that is neither a department the catalogue knows ("SAV") nor the business itself ("DB" for the Deutsche Bahn AG). */
  const otherBusiness = (who: string): string | undefined => {
    const lower = who.toLowerCase();
    const acronym = who.length >= 2 && who.length <= 6 && !who.includes(' ') && who === who.toUpperCase() && who !== lower;
    if (!acronym && !LEGAL_FORM_AT_END.test(who)) return undefined;
    if (whoArticle(lower) !== undefined) return undefined;
    const own = company.toLowerCase();
    const ownName = own.replace(LEGAL_FORM_AT_END_LOWER, '').trim();
    if (own.includes(lower) || (ownName !== '' && lower.includes(ownName))) return undefined;
    const initials = company.split(/[\s-]+/).map((word) => word.charAt(0)).join('').toUpperCase();
    return acronym && initials.startsWith(who) ? undefined : who;
  };

  /**
   * What came back, without the name of the person who said it when it starts with them ("la
   * señora García me dijo…", after "hablé con la señora García"): the rest where the language says
   * it without a subject (French joins it with "qui", Spanish needs none), or with the pronoun the
   * catalogue's `contact.samePerson` gives by the title or article ("Er sagte…"); else undefined.
   */
  const withoutSpeakerNamed = (result: string, who: string): string | undefined => {
    const whoWords = who.split(/[\s,()]+/).filter(Boolean);
    const surname = whoWords.at(-1)?.toLowerCase();
    if (surname === undefined || surname.length < 2) return undefined;
    const known = new Set(whoWords.map((word) => word.toLowerCase()));
    const tokens = [...result.matchAll(/\S+/g)].slice(0, 5);
    for (let i = 0; i < tokens.length - 1; i++) {
      const word = tokens[i]![0];
      const lower = word.toLowerCase();
      if (lower !== surname) {
        if (!known.has(lower) && !isTitleWord(word) && !ARTICLES.has(lower)) return undefined;
        continue;
      }
      const rest = result.slice(tokens[i + 1]!.index);
      if (rest.charAt(0) === rest.charAt(0).toUpperCase()) return undefined;
      const pronouns = words['contact.samePerson'];
      if (pronouns) {
        const gender = [...tokens.slice(0, i).map((token) => token[0]), ...whoWords].map(genderOf).find((found) => found !== undefined);
        const pronoun = gender && pairsOf(pronouns).find(([of]) => of === gender)?.[1];
        return pronoun ? `${pronoun} ${rest}` : undefined;
      }
      return saidToReader(rest, words['contact.noSubject'] || undefined) !== undefined || startsWith(words, 'contact.clauseStart')?.test(rest) ? rest : undefined;
    }
    return undefined;
  };

  /** Whether a visit's channel names a place of the business ("am Schalter", "in der Filiale"), by the catalogue's `contact.visit.places`. */
  const namesBusinessPlace = (channel: string) => {
    const places = words['contact.visit.places'];
    if (!places) return false;
    const text = foldedGerman(channel.toLowerCase());
    return places.split('|').some((place) => {
      const at = text.indexOf(foldedGerman(place));
      return at === 0 || (at > 0 && text.charAt(at - 1).toLowerCase() === text.charAt(at - 1).toUpperCase());
    });
  };

  /** The person met, as the business's own, where the catalogue says so (`who.yours`: "der Monteur" -> "Ihr Monteur"). */
  const yoursWho = (who: string) => {
    const space = who.indexOf(' ');
    const yours = space > 0 ? pairsOf(words['who.yours'] ?? '').find(([article]) => article === who.slice(0, space))?.[1] : undefined;
    return yours !== undefined && who.charAt(space + 1) !== who.charAt(space + 1).toLowerCase() ? `${yours}${who.slice(space)}` : who;
  };

  /** Whether the catalogue's text for `key` goes on with a word after `{name}`. */
  const goesOn = (key: string, name: string) => {
    const text = words[key] ?? '';
    const at = text.indexOf(`{${name}}`);
    const next = at < 0 ? '' : text.slice(at + name.length + 2).trimStart().charAt(0);
    return next !== '' && next.toLowerCase() !== next.toUpperCase();
  };

  // Earlier contacts, told to the business ("you") or to someone else (the card issuer).
  const contactSentence = (contact: ResolvedCase['contacts'][number], to: 'you' | 'them') => {
    // A document signed at the handover ("lettre de voiture", "Übergabeschein", "albarán") or the
    // official complaint form ("hoja de reclamaciones"), where the catalogue knows them: not a letter written to the business.
    const paper = paperChannel(contact.channel, words);
    // A place typed with its preposition, where the catalogue knows the form ("en la clínica", "en destino"): a visit there.
    const placeStart = words['contact.visit.placeStart'];
    const place = paper === undefined && placeStart ? new RegExp(placeStart, 'iu').exec(clause(contact.channel ?? ''))?.[1] : undefined;
    const channel: Channel = paper?.kind ?? (place !== undefined ? 'visit' : channelOf(contact.channel));
    // Another business than the one written to ("DHL", "Hermes Germany GmbH"): the writer got in
    // touch with it, not with the reader ("habe ich DHL telefonisch kontaktiert").
    const other = contact.who !== undefined ? otherBusiness(clause(contact.who)) : undefined;
    if (other !== undefined) {
      to = 'them';
      contact = { ...contact, who: undefined };
    }
    // The person the letter is written to is "you" ("je vous ai téléphoné"), not named in the third
    // person; unless what came of it speaks of them so ("Elle a reconnu…"), which needs them named.
    // A business named after the person written to ("Talleres García e Hijos", a landlord by name) is them too.
    const addressee = to === 'you' && (contact.who !== undefined ? isAddressee(contact.who, c.recipient.contact) : readerNamesCompany);
    // What they said of themselves is said to them, where the catalogue knows the words ("Il a dit" -> "Vous avez dit").
    // What came back typed without its subject ("m'a dit que…", "hat mir gesagt…"): said of the
    // reader when it was them, else of "on"/"man" (a language that needs no subject gives none).
    // Someone named who said it, where the language joins them with a relative ("et parlé à M. Laurent, qui m'a dit…").
    let relative = false;
    let saidByReader = false;
    // What came back, starting with the name of the person just named ("hablé con la señora García.
    // La señora García me dijo…"): said without the name again ("Me dijo…", "…, qui m'a dit…", "Sie sagte…").
    if (!addressee && contact.who !== undefined && contact.result !== undefined) {
      const said = withoutSpeakerNamed(contact.result.trim(), contact.who);
      if (said !== undefined) contact = { ...contact, result: said };
    }
    if (contact.result !== undefined) {
      const bare = contact.result.trim();
      const toThem = addressee ? saidToReader(bare, words['contact.noSubjectToReader'] || undefined) : undefined;
      const impersonal = toThem === undefined ? saidToReader(bare, words['contact.noSubject'] || undefined) : undefined;
      relative = impersonal !== undefined && !addressee && contact.who !== undefined && words['contact.whoRelative'] !== undefined;
      const given = relative ? undefined : (toThem ?? impersonal);
      if (given !== undefined) contact = { ...contact, result: given };
      saidByReader = toThem !== undefined;
    }
    let toReader = addressee && contact.result !== undefined ? (saidToReader(contact.result.trim(), words['contact.toReader']) ?? presentToReader(contact.result.trim(), words)) : undefined;
    // "Ils m'ont dit…", "sie haben gesagt…", "ellos dijeron…": the business's people, told to the business.
    // Their "they" later in what they said ("qu'ils rappelleraient") is said to the reader too, by the
    // story's rule (theyToReader); where one stays "they" (it may be someone else), the writer's
    // words are kept, so that the letter never says both of the same people.
    const heard = `${contact.channel ?? ''} ${contact.who ?? ''}`;
    const startedByThey = toReader === undefined && to === 'you' && contact.result !== undefined;
    if (startedByThey) toReader = saidToReader(contact.result!.trim(), words['contact.theyToReader']);
    // What they said of themselves, in the clause they said it in: "vous m'avez dit qu'il était débordé" -> "que vous étiez débordé".
    // Said by "them", only a plural is themselves: "ils m'ont dit qu'il passerait" speaks of someone else (a technician).
    const saidByThem = startedByThey && toReader !== undefined;
    if ((toReader !== undefined || saidByReader) && words['contact.reportedLead']) toReader = reportedToReader(toReader ?? contact.result!, saidByThem ? theyReported(words) : words) ?? toReader;
    if (toReader !== undefined) {
      const whole = theyToReader(toReader, words, heard);
      toReader = startedByThey && keepsThey(whole, words) ? undefined : whole;
    }
    if (toReader !== undefined) contact = { ...contact, result: toReader };
    // "They" inside what came back ("la secrétaire m'a dit qu'ils n'étaient pas responsables"): the business, told to it, where the story's rule says so.
    else if (to === 'you' && contact.result !== undefined) {
      let said = theyToReader(contact.result, words, heard);
      // What someone of the business reported of "them" ("il m'a dit qu'ils ne pouvaient rien
      // faire", "me dijo que ellos no eran responsables") is of the business, as what it said of itself is.
      if (keepsThey(said, words) && !namesOthers(`${heard} ${said}`, words)) {
        const reported = reportedToReader(said, theyReported(words));
        if (reported !== undefined && !keepsThey(reported, words)) said = reported;
      }
      if (said !== contact.result) contact = { ...contact, result: said };
    }
    // Said to the reader, their business's "leur intervention" is "votre intervention" (where the catalogue knows the words).
    if ((saidByReader || toReader !== undefined) && contact.result !== undefined && words['contact.theirsToReader']) {
      contact = { ...contact, result: wordsReplaced(contact.result, words['contact.theirsToReader'], words['contact.theirsNotBefore']) };
    }
    const spokenOf = addressee && toReader === undefined && contact.result !== undefined && startsWith(words, 'contact.thirdPerson')?.test(contact.result.trim()) === true;
    // "Hr. Brenner jun.": a dot that ends a word cut short after a name keeps it.
    const who = contact.who && (!addressee || spokenOf) ? withArticle(nameClause(titleInLanguage(contact.who, language))) : '';
    // Only a letter, an e-mail or a form is addressed to someone; on any other way, the writer spoke with them.
    const spoke = channel === 'phone' || channel === 'visit' || channel === 'chat' || channel === 'social' || channel === 'other';
    // Inside the brackets of "(zu Händen von …)", the writer's own brackets become commas: "Büro, Frau Yilmaz".
    const whoText = !who
      ? ''
      : paper !== undefined
        ? t('contact.whoPresent', { who: mark(who) })
        : t(spoke ? 'contact.whoSpoke' : 'contact.whoWrote', { who: mark(spoke ? who : who.replace(/\s*\(([^()]*)\)/g, ', $1')) });
    const intro = contact.date ? t('contact.intro.date', { date: date(contact.date) }) : t('contact.intro.none');
    const channelText = channel === 'other' ? (contact.channel ? t('contact.channel', { channel: clause(contact.channel) }) : '') : clause(contact.channel ?? '');
    // Told to the business: "je vous ai écrit", not "j'ai écrit à votre service client" (a service the writer never named).
    const introYou = contact.date ? t('contact.introYou.date', { date: date(contact.date) }) : t('contact.introYou.none');
    const [otherAcc, otherDat] = other === undefined ? [] : language === 'de' ? germanNames(other, words).slice(1) : [markName(other), markName(other)];
    const values = { intro, introYou, company: otherAcc ?? companyAfter, companyDat: otherDat ?? companyDat, name: other ?? company, who: whoText, channel: channelText, by: '', medium: '', to: mark(who), yours: mark(who), document: paper?.document ?? '', online: '', place: '' };
    let key = `contact.${channel}.${to}`;
    if (channel === 'letter') values.by = t(`by.${letterKind(contact.channel ?? '')}`);
    // An online way the writer names ("espace client", "Kontaktformular"), said so to the business ("via mon espace client").
    if (channel === 'form') {
      const typed = folded(clause(contact.channel ?? '').toLowerCase(), words);
      const named = to === 'you' ? pairsOf(words['contact.form.named'] ?? '').find(([word]) => typed.startsWith(folded(word, words)) && !/\p{L}/u.test(typed.charAt(word.length)))?.[1] : undefined;
      values.online = named ?? t('contact.form.online');
    }
    if (channel === 'text') values.medium = t(`medium.${textMedium(contact.channel ?? '')}`, { channel: clause(contact.channel ?? '') });
    // Where the person is named in the sentence itself ("j'ai envoyé un SMS à M. Garcia", "hablé con…");
    // met in person somewhere the channel does not say was the business's ("in person": the fitter may
    // have come to the writer), where the catalogue words it so ("persönlich mit Ihrem Monteur gesprochen").
    if (who && words[`${key}Who`] !== undefined && !(channel === 'visit' && namesBusinessPlace(contact.channel ?? ''))) {
      key += 'Who';
      values.yours = mark(yoursWho(who));
    }
    // The reader spoken to, where the language says it differently from the business ("hablé con usted por teléfono").
    else if (addressee && !spokenOf && words[`contact.${channel}.addressee`] !== undefined) {
      // Not said to be them who answered: "le llamé", not "hablé con usted".
      key = contact.who === undefined && words[`contact.${channel}.addressee.unnamed`] !== undefined ? `contact.${channel}.addressee.unnamed` : `contact.${channel}.addressee`;
    }
    // A visit to a place the writer names ("en la clínica"): said with the place, and whom they spoke to there.
    if (place !== undefined && to === 'you' && !(addressee && !spokenOf)) {
      values.place = place;
      const placed = who ? 'contact.visit.youWhoPlace' : 'contact.visit.youPlace';
      if (words[placed] !== undefined) key = placed;
    }
    // A name after a role, set off by a comma ("die Reiseleitung vor Ort, Frau Kostas"), is closed by one where the sentence goes on ("…, Frau Kostas, gesprochen").
    if (/,\s/.test(who)) {
      if (goesOn(keyFor(key), 'to')) values.to = mark(`${who},`);
      if (goesOn(keyFor(key), 'yours')) values.yours = mark(`${yoursWho(who)},`);
      if (spoke && goesOn('contact.whoSpoke', 'who')) values.who = t('contact.whoSpoke', { who: mark(`${who},`) });
    }
    const told = capitalFirst(t(key, values).replace(/\s{2,}/g, ' ').replace(NAME_SUFFIX_STOP, '$1'));
    if (!contact.result) return told;
    if (relative) return `${told.replace(/\.$/, '')}, ${words['contact.whoRelative']} ${clause(withContrast(contact.result.trim(), words))}.`;
    // What came back told as a sentence of its own when it reads as one ("On m'a promis un rappel.",
    // "Me dijeron que…", "Man sagte mir…"); else after a label, as a note ("Résultat : aucune réponse.").
    const result = withContrast(clause(contact.result), words);
    // A verb that says who did it by its ending ("abrieron una incidencia", "dijeron que…") starts a sentence too.
    const endings = words['contact.clauseEndings']?.split(' ');
    const firstWord = /^\p{L}+/u.exec(result)?.[0].toLowerCase() ?? '';
    if (startsWith(words, 'contact.clauseStart')?.test(result) || (endings && firstWord.length > 5 && endings.some((ending) => firstWord.endsWith(ending))) || hasOwnSubject(result, words)) {
      return `${told} ${capitalFirst(result)}${/[.!?…]["»”’)]*$/.test(result) ? '' : '.'}`;
    }
    // "pas de réponse", "keine Antwort", "sin respuesta": what did not come, said as a sentence, not after a label.
    const noReply = words['contact.noReply.words'];
    if (noReply && noReply.split('|').some((said) => folded(said, words) === folded(result.trim().replace(/[.!\s]+$/, '').toLowerCase(), words))) return `${told}${t('contact.noReply')}`;
    return `${told}${t('contact.result', { result: inline(result) })}`;
  };

  // The request.
  const { request } = c;
  const periodic = p.period !== undefined;
  const refund = request.amount;
  const paidOnce = periodic ? undefined : p.amount;
  const refundText = refund === undefined ? '' : paidOnce !== undefined && refund < paidOnce ? t('paidPart', { refund: money(refund), paid: money(paidOnce) }) : money(refund);
  // Steps typed as a list are asked for in one sentence: "remplacer le tissu et changer le pied".
  const correctionSteps = request.correction ? typedListItems(request.correction) : undefined;
  const correction = request.correction ? inline(clause(correctionSteps ? formatList(correctionSteps, locale) : request.correction)) : '';
  const costTotal = request.costs.reduce((sum, cost) => sum + Math.round(cost.amount * 100), 0) / 100;
  const total = money(costTotal);
  // A security deposit is given back, not refunded: "restituer", "zurückzahlen", "devolver".
  const securityDeposit = kindKey === 'deposit.security' && (request.remedy === 'refund' || request.remedy === 'partial-refund');
  // A reason that says what the money is for or stands for ("pour les 12 heures", "correspondant
  // à la 2e journée", "für das Bleaching", "por las dos noches": the catalogue's
  // `request.reasonWithAmount`) goes with the amount; another is given after it ("Motif : …").
  const typedReason = request.reason ? inline(clause(request.reason)) : '';
  const forAmount = startsWith(words, 'request.reasonWithAmount', '|');
  const asClause = startsWith(words, 'request.reasonClause', '|');
  // "Für den kaputten Stuhl", "Porque solo funcionó la mitad": inside the sentence that asks, its first word takes a small letter.
  const reason = typedReason && (forAmount?.test(typedReason) || asClause?.test(typedReason)) ? typedReason.charAt(0).toLowerCase() + typedReason.slice(1) : typedReason;
  // A reason that is a clause of its own ("weil die Arbeiten nicht beauftragt waren", "parce
  // que…", "porque…") ends the sentence that asks; another follows it ("Begründung: …").
  const withReason = (sentence: string) =>
    !reason
      ? sentence
      : asClause?.test(reason)
        ? `${sentence.replace(/\.$/, '')}, ${reason}.`
        : // Inside the sentence that asks, where the language says so ("…, por el siguiente motivo: …"): a word group or a sentence alike.
          words['request.reasonInside'] !== undefined
          ? `${sentence.replace(/\.$/, '')}${t('request.reasonInside', { reason: afterColon(language, reason) })}`
          : `${sentence} ${t('request.reason', { reason })}`;
  // A reason for the amount, inside the sentence that asks ("mir 40 € für die vier Monate, in
  // denen …, zu erstatten"): a clause within it closes with a comma before the sentence goes on.
  const forTheAmount = (key: string, extra: Record<string, string> = {}) => {
    const inside = !/\{reason\}\.$/.test(words[key] ?? '');
    return t(key, { ...extra, amount: refundText, reason: inside && reason.includes(',') ? `${reason},` : reason });
  };
  // A reason that names costs with its article ("die Kosten für die Heizlüfter", "les frais de
  // dépannage"): the amount is those costs, asked back as such, never said to be part of what was
  // paid (the case cannot tell costs caused from costs charged; the command line points to request.costs).
  const costsReason = reason !== '' && !securityDeposit && reasonNamesCostsIn(reason, words);
  const forTheCosts = (key: string, extra: Record<string, string> = {}) => {
    const after = (words[key] ?? '').split('{reason}')[1] ?? '';
    // A clause inside the reason closes with a comma where the sentence goes on without one ("…, in Höhe von").
    const closed = reason.includes(',') && /^\s\p{L}/u.test(after) ? `${reason},` : reason;
    return t(key, { ...extra, amount: refund === undefined ? '' : money(refund), reason: closed.charAt(0).toLowerCase() + closed.slice(1) });
  };
  const refundRequest = (key: string) => {
    if (costsReason && refund !== undefined) return forTheCosts('request.refundCosts');
    if (reason && forAmount?.test(reason)) return forTheAmount(securityDeposit ? 'request.returnDepositFor' : 'request.refundFor');
    return withReason(t(securityDeposit ? 'request.returnDeposit' : key, { amount: refundText }));
  };
  let requestText = '';
  switch (request.remedy) {
    case 'correction':
      requestText = t('request.correction', { correction });
      break;
    case 'refund':
      requestText = refundRequest('request.refund');
      break;
    case 'either':
      // Where an amount less than the price comes from is said, as for a refund.
      requestText =
        refund === undefined
          ? t('request.either', { correction, amount: refundText })
          : costsReason && words['request.eitherCosts'] !== undefined
            ? forTheCosts('request.eitherCosts', { correction })
            : reason && forAmount?.test(reason) && words['request.eitherFor'] !== undefined
            ? forTheAmount('request.eitherFor', { correction })
            : withReason(t('request.either', { correction, amount: refundText }));
      break;
    case 'partial-refund':
      requestText = refundRequest('request.partial');
      break;
    case 'compensation':
      // What would put it right, when the writer says so, is asked for with the costs.
      if (correction) requestText = t('request.correction', { correction });
      break;
  }
  // Something to put right as well as a refund: both are asked for.
  if ((request.remedy === 'refund' || request.remedy === 'partial-refund') && correction) requestText += ` ${t('request.also', { correction })}`;
  const costs = request.costs.map((cost) => t('cost', { what: clause(cost.what), amount: money(cost.amount) }));
  const only = request.remedy === 'compensation';
  const costsAlone = only && !correction;
  const costsIntro = costs.length === 0 ? '' : t(`costs.${costsAlone ? 'only' : ''}${costs.length === 1 ? (costsAlone ? 'One' : 'one') : costsAlone ? 'Many' : 'many'}`, { total });
  const refundPart = request.remedy === 'refund' || request.remedy === 'partial-refund' ? refund : undefined;
  const totalText = costs.length > 0 && refundPart !== undefined ? t('total', { total: money(Math.round((refundPart + costTotal) * 100) / 100) }) : '';
  // The subject names the deposit once: where what was bought starts with its noun ("dépôt de garantie de l'appartement", "Mietkaution"), the ask does not say it too.
  const depositNamed = securityDeposit && itemStartsWith(bareItem, words['kind.deposit.security.noun'], language);
  const depositAsk = `${request.remedy === 'refund' ? 'ask.returnDeposit' : 'ask.returnDepositPart'}${depositNamed && words['ask.returnDeposit.named'] !== undefined ? '.named' : ''}`;
  let ask = t(securityDeposit ? depositAsk : `ask.${request.remedy}`);
  const askedKey = securityDeposit ? 'asked.returnDeposit' : `asked.${request.remedy}`;
  let asked = t(askedKey, { amount: refund !== undefined ? money(refund) : '', total });
  // Said after the purchase sentence (reminders and final letters): the amount it has just named
  // is "that sum" ("de me rembourser cette somme"), so each fact is said once.
  let askedAgain = refund !== undefined && purchaseAmount === money(refund) && words['asked.thatSum'] !== undefined ? t(askedKey, { amount: t('asked.thatSum'), total }) : asked;
  if (costs.length > 0 && !only) {
    // A catalogue may join the costs to one remedy's ask in its own way ("Réclamation et demande d'indemnisation").
    ask = t(words[`ask.withCosts.${request.remedy}`] !== undefined ? `ask.withCosts.${request.remedy}` : 'ask.withCosts', { ask });
    askedAgain = t('asked.costsToo', { asked: askedAgain, total });
    asked = t('asked.costsToo', { asked, total });
  }

  // The card dispute.
  const charge = only ? total : refund !== undefined ? money(refund) : paidOnce !== undefined && request.remedy !== 'partial-refund' ? money(paidOnce) : '';
  const cardRequest = only
    ? t('cardRequest.costs', { amount: total })
    : refund !== undefined && paidOnce !== undefined && refund < paidOnce
      ? t('cardRequest.part', { refund: money(refund), paid: money(paidOnce) })
      : refund !== undefined && periodic
        ? // Part of a recurring fee, or several of its payments, is no single charge: the amount alone is true.
          t('cardRequest.amount', { amount: money(refund) })
        : charge
        ? t(c.purchase.paidWith === 'debit-card' ? 'cardRequest.full.debit' : 'cardRequest.full', { amount: charge })
        : t(c.purchase.paidWith === 'debit-card' ? 'cardRequest.unknown.debit' : 'cardRequest.unknown');

  // Earlier letters, by date; those of one year with the year once ("des 2 et 17 novembre 2026").
  const oneYear = words['previous.oneYear'] === undefined ? undefined : datesOfOneYear(c.letter.previous, date, locale);
  const previous =
    c.letter.previous.length === 0
      ? t('previous.none')
      : oneYear !== undefined
        ? t('previous.oneYear', { dates: oneYear })
        : t(c.letter.previous.length === 1 ? 'previous.one' : 'previous.many', {
            dates: formatList(c.letter.previous.map((d) => t('previous.item', { date: date(d) })), locale),
          });

  // Next steps: the pack's (infinitive phrases in the letter's language), then the writer's own,
  // whose wording is theirs, so the letter introduces them as steps it considers.
  const ownSteps = c.letter.nextSteps.length > c.citedSteps.length;
  const steps = c.letter.nextSteps.map(clause);
  // The bank is asked to reverse a card payment only when the card scheme's rules could still
  // allow it (cardReversalPlausible); a private landlord is no matter for a consumer body.
  const generic = cardReversalPlausible(c)
    ? 'nextStep.card'
    : p.paidWith === 'paypal' && c.request.remedy !== 'compensation'
      ? 'nextStep.paypal'
      : privateLandlord(c) && words['nextStep.landlord'] !== undefined
        ? 'nextStep.landlord'
        : 'nextStep.other';

  let toThirdParty: string[] | undefined;
  const refused = c.replied?.kind === 'refusal';
  return {
    greeting,
    signOff,
    item,
    itemRef,
    about,
    company,
    purchase,
    purchaseAgain: purchase,
    customer,
    // The writer's expectations read as promised or agreed when they hold a word of the catalogue's `story.promiseWords` (word starts).
    // What the law gives (the catalogue's `story.lawWords`: "gesetzliche Gewährleistung", "plazo de desistimiento") was owed, not
    // agreed: there only the words of a promise itself (`story.promiseWords.strong`: "versprochen", "acordado") make it one.
    promised:
      words['story.promiseWords'] &&
      c.story.expectations.some((text) =>
        storyWords(words, 'story.lawWords')?.test(text) ? storyWords(words, 'story.promiseWords.strong')?.test(text) === true : promiseWords(words).test(text) || namesDayOrTime(text),
      )
        ? 'yes'
        : '',
    customerLine: c.sender.customerId ? (hasOwnLabel(c.sender.customerId) ? c.sender.customerId.trim() : t('customerNumber', { id: c.sender.customerId.trim() })) : '',
    contacts: c.contacts.map((contact) => contactSentence(contact, 'you')),
    // Only a letter to a third party (the card issuer) tells them: made when a template asks.
    get contactsToThirdParty() {
      return (toThirdParty ??= c.contacts.map((contact) => contactSentence(contact, 'them')));
    },
    // The head of a postal address: "Herrn Dr. Max Huber", "Madame Claire Martin"; a team as typed.
    get addressedTo() {
      const typed = dispute ? undefined : c.recipient.contact?.trim();
      if (!typed) return [];
      // A person written to in place of a business (a private landlord) is named once, as typed.
      if (typed === company) return [company];
      // A function greeted by it is addressed so too: "Monsieur le Directeur", typed "le directeur".
      return known ? [t(`address.${known.form}`, { name: known.full })] : functionGreeting ? [functionGreeting] : [typed.charAt(0).toLocaleUpperCase(language) + typed.slice(1)];
    },
    impact: c.story.impact ? shortened(c.story.impact, Number.POSITIVE_INFINITY) : '',
    impactShort: c.story.impact ? shortened(c.story.impact) : '',
    request: requestText,
    costsIntro,
    costs,
    total: totalText,
    ask,
    asked,
    askedAgain,
    charge,
    // What the business offered, as the language writes the sum (the templates of these languages say what it was).
    offered: c.replied?.amount !== undefined ? money(c.replied.amount) : '',
    // The templates of these languages tell the note as typed; these are for a user's own template.
    offeredNote: c.replied?.text ? clause(c.replied.text) : '',
    offer: c.reply?.amount !== undefined ? money(c.reply.amount) : '',
    offerNote: c.reply?.text ? clause(c.reply.text) : '',
    // The templates in these languages give the writer's reason as typed ({{sentence reply.reason}}).
    replyReason: '',
    // A letter is signed with the name alone; the title is for the reader's reply.
    // The name alone, without "Mme"; but a surname alone keeps its title ("Mme Leroy"), as does a couple ("M. et Mme Laurent").
    signedName: ((name) => (/\s/.test(name.replace(COURTESY_TITLE, '')) ? name.replace(COURTESY_TITLE, '') : name))(c.sender.name.trim()),
    // The reason a refusal gave, in the writer's words and in brackets, as an offer's note is; then the writer's answer to it.
    refusal: refused && c.replied!.text ? ` (${clause(c.replied!.text)})` : '',
    refusalToThirdParty: refused && c.replied!.text ? ` (${clause(c.replied!.text)})` : '',
    // A reply that was neither an offer nor a refusal, in the writer's words and in brackets.
    repliedOther: c.replied?.kind === 'other' && c.replied.text ? ` (${clause(c.replied.text)})` : '',
    repliedOtherToThirdParty: c.replied?.kind === 'other' && c.replied.text ? ` (${clause(c.replied.text)})` : '',
    // The templates of these languages tell an offer to put things right with its words themselves.
    correctionOffered: '',
    correctionOffer: '',
    // An offer whose note names it with its sum ("un bon de réduction de 100 €") is told in those words, not as money and a note.
    offerNamed: c.replied?.amount !== undefined && c.replied.text && namesSum(c.replied.text, c.replied.amount) ? clause(c.replied.text) : '',
    offerAnswer: c.replied && c.replied.kind !== 'refusal' && c.replied.kind !== 'other' && c.replied.reason?.trim() ? t('offerAnswer', { reason: clause(c.replied.reason) }) : '',
    refusalAnswer: !refused ? '' : c.replied!.reason?.trim() ? t('refusalAnswer', { reason: clause(c.replied!.reason) }) : c.replied!.text ? t('refusalAnswer.plain') : '',
    cardRequest,
    nextStep: t(generic),
    dateLine,
    // The recipient's block a letter in these countries opens with: whom it is for, the business (the bank, for a card dispute), its address.
    get recipientBlock() {
      return recipientBlock(this.addressedTo, addressee(c)).join('\n');
    },
    subjectLabel: t('subjectLabel'),
    topic,
    topicItem: topicWithItem(language, words, saleKey, topic, itemRef, t),
    withYou: words.withYou === undefined ? '' : t('withYou'),
    previous,
    steps,
    ownSteps,
    // The reason follows what went wrong, so a payment taken after cancelling is never "not provided".
    cardText: t('card.default', {
      company: companyAfter,
      last4: c.card.last4 ? t('card.last4', { last4: c.card.last4 }) : '',
      // A German sentence after a colon starts with a capital ("…: Die Krämer GmbH hat…").
      // Part of what was paid for, not provided: "Ein Teil der bezahlten Leistung…".
      reason: (language === 'de' ? capitalFirst : String)(
        t(cardReasonKey(c), { company: companyNom }),
      ),
    }),
    companyAcc: companyAfter,
    companyDat,
    storyYouMeans: c.letter.stage === 'card-dispute' && storySpeaksToBusiness(c, words) ? t('card.storyYouMeans', { company: companyNom }) : '',
    cardSubject: `${c.cardRoute?.subject ?? t('card.subject')} – ${charge ? `${charge} – ` : ''}${company}${c.card.last4 ? t('card.subjectLast4', { last4: c.card.last4 }) : ''}`,
  };
}

/**
 * Two dates or more of one year, its year said once and a month once for the days of it in a
 * row: "2 et 17 novembre 2026", "28 octobre et 17 novembre 2026", "2. und 17. November 2026",
 * "2 y 17 de noviembre de 2026". Undefined for dates of several years, or a locale that does
 * not write a date as day, month, year.
 */
function datesOfOneYear(isos: readonly string[], written: (iso: string) => string, locale: string): string | undefined {
  const year = isos[0]?.slice(0, 4);
  if (isos.length < 2 || isos.some((iso) => !iso.startsWith(`${year}-`))) return undefined;
  const parts: { day: string; month: string; year: string }[] = [];
  const dayMonthYear = new RegExp(`^(\\d{1,2}(?:er|\\.)?)(\\s.+?)(\\s+(?:de\\s+)?${year})$`);
  for (const iso of isos) {
    const m = dayMonthYear.exec(written(iso));
    if (!m) return undefined;
    parts.push({ day: m[1]!, month: m[2]!, year: m[3]! });
  }
  const days = parts.map((part, i) => (i < parts.length - 1 && parts[i + 1]!.month === part.month ? part.day : `${part.day}${part.month}`));
  return `${formatList(days, locale)}${parts[0]!.year}`;
}

/** Words that make a deposit part of a price paid in advance (acompte, Anzahlung, señal). */
const ADVANCE = onFirstUse(() => /(?<!\p{L})(acomptes?|arrhes|anzahlung\p{L}*|vorauszahlung\p{L}*|vorkasse|angeld|señal|senal|anticipos?|adelantos?)(?!\p{L})/iu);
/** Words that make a deposit money held as security and to be returned (caution, Kaution, fianza), or a tenancy's. */
const SECURITY = onFirstUse(() => /(?<!\p{L})(cautions?|dépôt de garantie|depot de garantie|garantie locative|\p{L}*kaution|mietsicherheit|fianzas?|depósito|deposito|garantía|garantia|loyers?|bail|locataire|propriétaire|\p{L}*miete\p{L}*|mietverh(?:ä|ae)ltnis|vermieter\p{L}*|wohnung|alquiler|arrendamiento|arrendador\p{L}*|inquilin\p{L}*)(?!\p{L})/iu);

/**
 * Which deposit the case is about: part of a price paid in advance (a price is given, or the
 * writer calls it an acompte, Anzahlung, señal), money held as security (a rent deposit, or the
 * writer's words say so), or, when nothing tells, a sum paid (said without naming it).
 */
/** A service one books rather than commissions (a course, lessons, an event), where the language words them apart: `stems`, the catalogue's word starts. */
function bookedService(item: string, stems: string | undefined, words: Catalogue): boolean {
  if (!stems) return false;
  const found = bookedStems.get(stems) ?? bookedStems.set(stems, new RegExp(`(?<![\\p{L}])(?:${spellings(stems, words)})`, 'iu')).get(stems)!;
  return found.test(item);
}

const bookedStems = new Map<string, RegExp>();

/** Whether the case shows the goods were ordered: the catalogue's `kind.goods.orderWords` (word starts) in what was bought, its reference or the story. */
function ordered(c: ResolvedCase, words: Catalogue): boolean {
  const list = words['kind.goods.orderWords']!;
  const found = orderStems.get(list) ?? orderStems.set(list, new RegExp(`(?<![\\p{L}])(?:${spellings(list, words)})`, 'iu')).get(list)!;
  const { purchase, story } = c;
  return [purchase.item, purchase.reference, story.circumstances, ...story.expectations, ...story.outcome].some((text) => text !== undefined && found.test(text));
}

const orderStems = new Map<string, RegExp>();

/**
 * Whether the story tells that a service took place on its date: a clause of it names the day
 * ("am 24.10.", "le 9 et 10 octobre", "el 26 de septiembre") and no word of the contract or the
 * payment (the catalogue's `purchase.service.contractWords`: "j'ai signé le devis le 2 septembre").
 */
function serviceOnDay(story: string, iso: string, written: string, words: Catalogue): boolean {
  const list = words['purchase.service.contractWords'];
  if (!list || !/\d/.test(story)) return false;
  const contract = contractStems.get(list) ?? contractStems.set(list, new RegExp(`(?<![\\p{L}])(?:${spellings(list, words)})`, 'iu')).get(list)!;
  const [, day, month] = /^(\d{1,2})\S*\s+(?:de\s+)?(\p{L}+)/u.exec(written) ?? [];
  const dayAndMonth = day !== undefined && month !== undefined ? new RegExp(`(?<!\\d)0?${day}(?!\\d)[^.;]*?(?<!\\p{L})${month}(?!\\p{L})`, 'iu') : undefined;
  const clauses = story.split(/[;()\n,]|[.!?](?=\s+\p{L}|\s*$)/u);
  const named = clauses.find((text) => namesDayOf(text, written, iso) || dayAndMonth?.test(text));
  return named !== undefined && !contract.test(named);
}

const contractStems = new Map<string, RegExp>();

/** A folding catalogue's `who.article.*`, by the folded word ("geschaeftsleitung" -> "die"), made once for the catalogue. */
function foldedArticles(words: Catalogue): ReadonlyMap<string, string> {
  let found = articlesFolded.get(words);
  if (!found) {
    found = new Map();
    for (const key in words) if (key.startsWith('who.article.')) found.set(foldedGerman(key.slice('who.article.'.length)), words[key]!);
    articlesFolded.set(words, found);
  }
  return found;
}

const articlesFolded = new WeakMap<Catalogue, Map<string, string>>();

function depositKey(c: ResolvedCase, catalogueWords: Catalogue): 'deposit' | 'deposit.security' | 'deposit.sum' | 'deposit.named' {
  const p = c.purchase;
  const words = [p.item, c.story.circumstances].join('\n');
  // A deposit the language's law gives a name of its own, where the writer uses it (French "arrhes", not "acompte").
  const own = catalogueWords['kind.deposit.named.words'];
  if (own && new RegExp(`(?<!\\p{L})(?:${own})(?!\\p{L})`, 'iu').test(words)) return 'deposit.named';
  if (ADVANCE().test(words) || (p.price !== undefined && p.amount !== undefined && p.amount < p.price)) return 'deposit';
  if (SECURITY().test(words) || c.recipient.sector === 'property') return 'deposit.security';
  return 'deposit.sum';
}

type Channel = 'phone' | 'email' | 'letter' | 'visit' | 'text' | 'chat' | 'form' | 'social' | 'other' | 'document' | 'complaintForm';

/**
 * A channel that is a paper the writer filled in or signed, by the catalogue's words: a document
 * of the handover (`contact.document.words`, "lettre de voiture=la": the word and its article, the
 * problem noted on it) or the official complaint form (`contact.complaintForm.words`). The typed
 * channel starts with the word; `document` is it with its article ("la lettre de voiture").
 */
function paperChannel(typed: string | undefined, words: Catalogue): { kind: 'document' | 'complaintForm'; document: string } | undefined {
  const text = clause(typed ?? '');
  if (text === '') return undefined;
  const lower = folded(text.toLowerCase(), words);
  const starts = (word: string) => lower.startsWith(word) && !/\p{L}/u.test(lower.charAt(word.length));
  if ((words['contact.complaintForm.words'] ?? '').split('|').some((word) => word && starts(folded(word, words)))) return { kind: 'complaintForm', document: text };
  for (const [word, article] of pairsOf(words['contact.document.words'] ?? '')) {
    if (!starts(folded(word, words))) continue;
    const noun = words['who.nounCapital'] === 'yes' ? text.charAt(0).toLocaleUpperCase() + text.slice(1) : text;
    return { kind: 'document', document: /['’]$/.test(article) ? `${article}${noun}` : `${article} ${noun}` };
  }
  return undefined;
}

/** A reason that names what the money was for: "pour…", "für…", "por…" (a cause, "parce que…", stays a reason). */
/** The expression of each language's words for payments that stopped, made once. */
const endedStems = new Map<string, RegExp>();
const ownSubjects = new Map<string, RegExp>();

/**
 * What came back, told with a subject of its own before its verb ("l'hôtesse m'a dit que…",
 * "der Mitarbeiter hat gesagt…", "la encargada me dijo…"): a sentence, not a note after a label.
 */
function hasOwnSubject(result: string, words: Readonly<Record<string, string>>): boolean {
  const articles = words['contact.subjectArticles'];
  const verbs = words['contact.subjectVerbs'];
  if (!articles || !verbs) return false;
  const pattern = remembered(ownSubjects, `${articles}\n${verbs}`, () => new RegExp(`^(?:${articles})\\s*\\p{L}[\\p{L}-]*(?:\\s+\\p{L}[\\p{L}-]*)?\\s+(?:${spellings(verbs, words)})(?!\\p{L})`, 'iu'), 10);
  return pattern.test(result.trim());
}

/** Any of `words` as whole words, letters of any script counting as part of a word ("visite" is not "site"). */
const words = (alternatives: string) => new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternatives})(?![\p{L}\p{N}])`, 'iu');

// Stems take their endings with \p{L}* ("téléphoné", "telefonisch", "llamadas"). Made when
// first needed: Unicode expressions are slow to make, and an English letter needs none of them.
let channels: [Channel, RegExp][] | undefined;
const channelPatterns = (): [Channel, RegExp][] => (channels ??= [
  ['phone', words(String.raw`phone\p{L}*|call\p{L}*|t[ée]l[ée]phon\p{L}*|t[ée]l|appel\p{L}*|telefon\p{L}*|anruf\p{L}*|angerufen|\p{L}*hotline|llamad\p{L}*|llam[ée]|tel[ée]fono|telf|tlf|tlfno|tfno|tfn|m[óo]vil`)],
  ['email', words(String.raw`e-?mails?|mails?|courriels?|m[ée]l|courriers? [ée]lectroniques?|correo electr[óo]nico|correo-e`)],
  ['text', words(String.raw`sms|whatsapp|imessage|telegram|textnachricht\p{L}*|kurznachricht\p{L}*|mensajes? de texto|texto|text message|texts?`)],
  ['chat', words(String.raw`chat\p{L}*|live-?chat|tchat|messenger|messagerie\p{L}*|chatbot`)],
  ['form', words(String.raw`form\p{L}*|\p{L}+formular\p{L}*|espace (?:client|abonn[ée]|adh[ée]rent|personnel)|mon compte|kundenkonto|kundenbereich|[áa]rea (?:de )?clientes?|mi cuenta|site web|site internet|website|webseite|web|online|en ligne|portal|portail|app|appli\p{L}*|ticket|p[áa]gina web|p[áa]gina|kundenportal`)],
  ['social', words(String.raw`twitter|x|facebook|instagram|linkedin|tiktok|social media|r[ée]seaux? sociaux?|r[ée]seau social|red(?:es)? social(?:es)?|soziale\p{L}* (?:medien|netzwerk\p{L}*)`)],
  ['letter', words(String.raw`letter|post|poste|courriers?|lettres?|brief\p{L}*|schreiben|einschreiben|cartas?|correo postal|burofax|recommand[ée]e?s?|certificad[ao]s?|lrar|(?:tele)?fax`)],
  ['visit', words(String.raw`in person|person|personne|visit\p{L}*|sur place|sur site|store|shop|magasin|boutique|agence|guichet|comptoir|accueil|filiale|laden|gesch(?:ä|ae)ft|vor ort|pers(?:ö|oe)nlich|schalter|werkstatt|rezeption|empfang|tresen|theke|tienda|establecimiento|oficina|persona|presencial\p{L}*|mostrador|taller|recepci[óo]n|r[ée]ception|en destino|concession\p{L}*|cabinet|clinique|autohaus|praxis|cl[íi]nica|concesionario|consulta`)],
]);

/** How the person got in touch, from what they wrote in any of the four languages. */
export function channelOf(text: string | undefined): Channel {
  const t = (text ?? '').trim();
  if (t === '') return 'other';
  // A number alone ("3900", "1004", "0800 123 456") is the line the writer called.
  if (/^\+?\d[\d\s./-]{2,}$/.test(t)) return 'phone';
  // A batch names the same few channels thousands of times.
  return remembered(channelsNamed, t, () => channelPatterns().find(([, pattern]) => pattern.test(t))?.[0] ?? 'other', 1000);
}

const channelsNamed = new Map<string, Channel>();

let sms: RegExp | undefined;

/** A text message's kind, for the catalogue's `medium.*`: an SMS, a WhatsApp message, or another kind named as written. */
function textMedium(text: string): 'sms' | 'whatsapp' | 'other' {
  return /whatsapp/i.test(text) ? 'whatsapp' : (sms ??= words('sms|texto|text message|texts?|textnachricht\\p{L}*|kurznachricht\\p{L}*|mensajes? de texto')).test(text) ? 'sms' : 'other';
}

let postKinds: { fax: RegExp; burofax: RegExp; receipt: RegExp; registered: RegExp } | undefined;

/** A letter's kind, for the catalogue's `by.*`: plain, registered, registered with a receipt, or a burofax. */
function letterKind(text: string): 'plain' | 'registered' | 'registeredReceipt' | 'burofax' | 'fax' {
  const kinds = (postKinds ??= {
    fax: words(String.raw`(?:tele)?fax`),
    burofax: words('burofax'),
    receipt: words(String.raw`ar|a\.r\.?|lrar|accusé de réception|avis de réception|r(?:ü|ue)ckschein|acuse de recibo`),
    registered: words(String.raw`recommand[ée]e?s?|einschreiben|registered|recorded|certificad[ao]s?`),
  });
  if (kinds.burofax.test(text)) return 'burofax';
  if (kinds.fax.test(text)) return 'fax';
  if (kinds.receipt.test(text)) return 'registeredReceipt';
  return kinds.registered.test(text) ? 'registered' : 'plain';
}

/** The impact, cut to its first sentences when long (follow-up letters). */
function shortened(text: string, max = 300): string {
  const whole = capitalFirst(text);
  return shortenedSentences(/[.!?…]["'’”)\]»]*$/.test(whole) ? whole : `${whole}.`, max);
}

/** A business's legal form at the end of its name ("Hermes Germany GmbH", "Transportes Ruiz S.L.", "Colis Express SARL"). */
const LEGAL_FORM_AT_END = /\s(?:GmbH|AG|KG|OHG|SE|eG|GbR|KGaA|UG|S\.\s?L\.?U?|SL|SLU|S\.\s?A\.?U?|SA|SAU|SARL|SAS|SASU|EURL|SNC|Ltd|Inc|LLC|BV|NV)\.?$/;
const LEGAL_FORM_AT_END_LOWER = /\s(?:gmbh|ag|kg|ohg|se|eg|gbr|kgaa|ug|s\.\s?l\.?u?|sl|slu|s\.\s?a\.?u?|sa|sau|sarl|sas|sasu|eurl|snc|ltd|inc|llc|bv|nv)\.?$/;
/** An article before a person's title ("la señora García", "der Monteur"). */
const ARTICLES = new Set(['la', 'el', 'le', "l'", 'l’', 'der', 'die', 'das', 'ein', 'eine']);

/** Whether a word says who is meant is a woman, a man or (German) a neuter noun: "Frau", "Herr", "la", "der"… */
function genderOf(word: string): 'f' | 'm' | 'n' | undefined {
  const lower = word.toLowerCase();
  if (FEMALE.test(word) || lower === 'die' || lower === 'eine' || lower === 'la') return 'f';
  if (MALE.test(word) || lower === 'der' || lower === 'ein' || lower === 'el' || lower === 'le') return 'm';
  return lower === 'das' ? 'n' : undefined;
}

/** A date in figures: "12.10.", "12/10/2026". */
const NUMERIC_DATE = /(?<!\d)\d{1,2}[./]\d{1,2}[./](?:\d{2,4})?(?!\d)/;

/** A leading article the writer typed before the item ("la fianza del piso"), in any of the languages. */
const LEADING_ARTICLE = /^(?:(?:el|la|los|las|le|les|der|die|das|meine?|mi|ma|mon)\s+|l['’])/iu;

/**
 * The topic and the item as one phrase. When the item starts with the noun of its kind
 * ("fianza del piso", "Buchung Hotel Adler"), the catalogue's `kind.<kind>.named` puts the item
 * in the noun's place ("la fianza del piso"), so the noun is not said twice (`kind.<kind>.named.<noun>`
 * for a noun of another gender: "el contrato de luz"); else the topic,
 * then the item after a colon ("la siguiente reserva: hotel en Sevilla").
 */
function topicWithItem(language: Language, words: Catalogue, kindKey: string, topic: string, itemRef: string, t: (key: string, values?: Record<string, string>) => string): string {
  const nouns = words[`kind.${kindKey}.noun`];
  if (nouns !== undefined && words[`kind.${kindKey}.named`] !== undefined) {
    const item = itemRef.replace(LEADING_ARTICLE, '');
    const first = /^\p{L}+/u.exec(item)?.[0];
    if (first !== undefined && nouns.split('|').some((noun) => noun.toLocaleLowerCase(language) === first.toLocaleLowerCase(language))) {
      // German nouns keep their capital; elsewhere the noun is in the middle of a sentence now.
      const named = language === 'de' ? item : first.toLocaleLowerCase(language) + item.slice(first.length);
      // A noun of another gender than the kind's own has its own phrase ("el contrato de luz", not "la").
      const own = `kind.${kindKey}.named.${first.toLocaleLowerCase(language)}`;
      return t(words[own] !== undefined ? own : `kind.${kindKey}.named`, { item: named });
    }
  }
  const article = itemArticle(itemRef, kindKey, words, language);
  return t('topicItem', { topic, item: article === undefined ? itemRef : `${article}${itemRef.charAt(0).toLocaleLowerCase(language)}${itemRef.slice(1)}` });
}

/** A catalogue's nouns and endings of each gender, read once per catalogue. */
/** Masculine, feminine, plural, and (where the article says so) feminine plural. */
type Gender = 'm' | 'f' | 'p' | 'pf';
interface Genders {
  nouns: Map<string, Gender>;
  endings: Array<[string, 'm' | 'f']>;
  articles: Record<'definite' | 'indefinite', Partial<Record<Gender | 'elided', string>>>;
  /** First letters before which the article is elided ("l'abonnement"), and those before which it may or may not be ("h"). */
  elision?: string;
  elisionUnknown?: string;
  /** The endings of a plural noun ("[^s]s|x"). */
  plural?: RegExp;
  /** Words that already say which one: an article, a possessive, a number ("mon", "deux"). */
  determiners: Set<string>;
}
const gendersRead = new WeakMap<Catalogue, Genders | null>();
const accentless = (word: string) => word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

function gendersOf(words: Catalogue): Genders | null {
  let read = gendersRead.get(words);
  if (read !== undefined) return read;
  read = null;
  if (words['item.article']) {
    const nouns = new Map<string, Gender>();
    for (const gender of ['m', 'f', 'p', 'pf'] as const) for (const noun of (words[`item.nouns.${gender}`] ?? '').split('|')) if (noun) nouns.set(accentless(noun), gender);
    const endings = (['m', 'f'] as const).flatMap((gender) => (words[`item.endings.${gender}`] ?? '').split('|').filter(Boolean).map((ending) => [accentless(ending), gender] as [string, 'm' | 'f']));
    endings.sort((a, b) => b[0].length - a[0].length);
    const articles = (key: string) => Object.fromEntries(pairsOf(words[`item.articles.${key}`] ?? ''));
    read = { nouns, endings, articles: { definite: articles('definite'), indefinite: articles('indefinite') }, elision: words['item.elision'], elisionUnknown: words['item.elisionUnknown'], ...(words['item.pluralEndings'] && { plural: new RegExp(`(?:${words['item.pluralEndings']})$`) }), determiners: new Set((words['item.determiners'] ?? '').split('|').map(accentless)) };
  }
  gendersRead.set(words, read);
  return read;
}

/**
 * The article that goes before what was bought after a colon ("la commande suivante : un
 * lampadaire", "el siguiente pedido: una lavadora"), by the catalogue's `item.article` (which
 * article for which kind), `item.nouns.*` and `item.endings.*` (the gender of the first noun),
 * `item.articles.*`; undefined where the item has a determiner or a number of its own, starts
 * with a name ("iPhone 15", "Box Max"), or its first word's gender is not known: it is then
 * given as typed.
 */
function itemArticle(item: string, kindKey: string, words: Catalogue, language: Language): string | undefined {
  const genders = gendersOf(words);
  if (!genders) return undefined;
  // Only the kinds the catalogue names: after "la somme suivante, versée à titre de dépôt de garantie :" comes what the sum was for, not a thing bought.
  const which = pairsOf(words['item.article']!).find(([kind]) => kind === kindKey)?.[1];
  if (which !== 'definite' && which !== 'indefinite') return undefined;
  const first = /^[\p{L}'’]+(?:-[\p{L}]+)*/u.exec(item)?.[0];
  if (first === undefined || /['’]/.test(first)) return undefined;
  // A name: a capital inside the word ("iPhone"), or a word in capitals.
  if (first.slice(1) !== first.slice(1).toLocaleLowerCase(language)) return undefined;
  const word = accentless(first);
  if (genders.determiners.has(word)) return undefined;
  let gender = genders.nouns.get(word);
  // A capital word that is no noun the catalogue knows, before a model's number ("Peugeot 308", "Dyson V15"): a make, given as typed.
  if (gender === undefined && first !== first.toLocaleLowerCase(language) && /^\s+\p{L}{0,3}\d/u.test(item.slice(first.length))) return undefined;
  const ofEnding = (noun: string) => genders.endings.find(([ending]) => noun.length > ending.length && noun.endsWith(ending))?.[1];
  if (gender === undefined && genders.plural?.test(word)) {
    // The plural's gender is its singular's ("lavadoras" -> "unas"), where the article says it.
    const singular = [word.slice(0, -1), word.slice(0, -2)].map((noun) => genders.nouns.get(noun) ?? ofEnding(noun)).find((found) => found !== undefined);
    gender = singular === 'f' ? 'pf' : 'p';
  }
  gender ??= ofEnding(word);
  if (gender === undefined) return undefined;
  const forms = genders.articles[which];
  const singular = gender === 'm' || gender === 'f';
  if (singular && forms.elided !== undefined && genders.elisionUnknown?.includes(word.charAt(0))) return undefined;
  const elided = singular && genders.elision?.includes(word.charAt(0)) ? forms.elided : undefined;
  const article = elided ?? forms[gender] ?? (gender === 'pf' ? forms.p : undefined);
  if (article === undefined) return undefined;
  return /['’]$/.test(article) ? article : `${article} `;
}

/** Whether the item's first word (after an article) is one of the catalogue's nouns ("dépôt|depot"), or a compound that ends in one ("Mietkaution"). */
function itemStartsWith(item: string, nouns: string | undefined, language: Language): boolean {
  if (!nouns) return false;
  const first = /^\p{L}+/u.exec(item.replace(LEADING_ARTICLE, ''))?.[0].toLocaleLowerCase(language);
  return first !== undefined && nouns.split('|').some((noun) => first.endsWith(noun.toLocaleLowerCase(language)));
}

const notFollowedAfterComma = new Map<string, RegExp>();

/**
 * What did not follow set against what was said, by the catalogue's words: "il a promis de
 * revenir, personne n'est venu" -> "…, mais personne n'est venu"; the same for "niemand kam"
 * and "nadie vino". A comma already followed by the conjunction is left as it is.
 */
function withContrast(result: string, words: Record<string, string>): string {
  const list = words['contact.notFollowed'];
  const but = words['contact.but'];
  if (!list || !but) return result;
  let pattern = notFollowedAfterComma.get(list);
  if (!pattern) notFollowedAfterComma.set(list, (pattern = new RegExp(`,\\s+(?=(?:${spellings(list, words)})(?![\\p{L}]))`, 'iu')));
  return result.replace(pattern, `, ${but} `);
}

/** `result` said to the person it speaks of, by the catalogue's pairs ("il a=vous avez|…"); undefined when no pair starts it. */
/** A catalogue's "before=after" pairs, read once per catalogue text. */
const pairsRead = new Map<string, Array<[string, string]>>();

/** A catalogue's "from=to|from=to" list as pairs, read once per list. */
function pairsOf(pairs: string): Array<[string, string]> {
  let read = pairsRead.get(pairs);
  if (!read) pairsRead.set(pairs, (read = pairs.split('|').filter((pair) => pair.includes('=')).map((pair) => pair.split('=') as [string, string])));
  return read;
}

/**
 * `text` with each word of the catalogue's pairs ("leur=votre|leurs=vos") replaced, outside
 * quotation marks, except before a word of `notBefore` ("je leur ai dit": a pronoun there).
 */
function wordsReplaced(text: string, pairs: string, notBefore: string | undefined): string {
  const read = pairsOf(pairs);
  const byWord = new Map(read);
  const stop = notBefore ? new RegExp(`^(?:${notBefore.split('|').map((word) => word.replace(/\*$/, '\\p{L}*')).join('|')})$`, 'iu') : undefined;
  return text
    .split(/(«[^»]*»|"[^"]*"|“[^”]*”)/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/(?<![\p{L}'’])(\p{L}+)(?![\p{L}'’])(?=(\s+\p{L}+)?)/gu, (word: string, _w: string, next: string | undefined) =>
            byWord.has(word) && !(next && stop?.test(next.trim())) ? byWord.get(word)! : word,
          ),
    )
    .join('');
}

/**
 * The writer's words about the person the letter is written to, said to them: "herr huber hat mir
 * … gegeben" -> "Sie haben mir … gegeben", "mme garnier m'a appelée" -> "vous m'avez appelée", in
 * a letter to Herr Huber or Mme Garnier. Only where their title and name are followed by a verb the
 * catalogue knows (`contact.toReader`, said of `contact.thirdPerson`'s first word); anywhere else
 * the name stays as typed.
 */
export function namedReaderToReader(text: string, contact: string | undefined, language: Exclude<Language, 'en'>, words: Catalogue): string {
  // "Dr. Jonas Wirth": greeted without a name where the language needs to know whether a man or a woman (German), but still "Sie" in the story.
  const known = reader(contact, language) ?? (contact !== undefined && ACADEMIC.test(contact.trim().split(/\s+/)[0]!) ? reader(`${COURTESY[language].m} ${contact.trim()}`, language) : undefined);
  const pairs = words['contact.toReader'];
  const pronoun = (words['contact.thirdPerson'] ?? '').split(' ')[0];
  if (!known || !pairs || !pronoun) return text;
  const surname = known.full.split(/\s+/).at(-1)!;
  if (!text.toLowerCase().includes(surname.toLowerCase())) return text;
  const read = pairsOf(pairs);
  const given = new Set(known.full.split(/\s+/).slice(0, -1).map((word) => word.toLowerCase()));
  const isTitle = (word: string) => MALE.test(word) || FEMALE.test(word) || MAITRE.test(word);
  const named = new RegExp(`(?<![\\p{L}])((?:[\\p{L}]+\\.?\\s+){1,4})${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}'’-])`, 'giu');
  let out = '';
  let done = 0;
  for (let m = named.exec(text); m; m = named.exec(text)) {
    // The words before the surname: a title ("herr", "Mme", "Sr."), perhaps an academic title and the given name, perhaps an article.
    const lead = m[1]!.trim().split(/\s+/);
    let first = lead.length;
    while (first > 0 && (isTitle(lead[first - 1]!) || ACADEMIC.test(lead[first - 1]!) || given.has(lead[first - 1]!.toLowerCase()))) first--;
    // A title says it is them: "Mme", "herr", or a doctor's ("le dr masson m'a posé…").
    if (!lead.slice(first).some((word) => isTitle(word) || ACADEMIC.test(word))) continue;
    if (first > 0 && /^(?:el|la|le|der|die)$/i.test(lead[first - 1]!)) first--;
    // After a preposition the name is no subject: "entregué las llaves al sr ortega", "parlé avec M. Caron a plusieurs reprises".
    const wordBefore = first > 0 ? lead[first - 1]! : /(\p{L}+)\s*$/u.exec(text.slice(0, m.index))?.[1];
    if (wordBefore !== undefined && notAfter(words)?.test(wordBefore)) continue;
    let start = m.index;
    for (let i = 0; i < first; i++) start += /^\S+\s+/.exec(text.slice(start))![0].length;
    const end = m.index + m[0].length;
    const rest = text.slice(end);
    const spoken = `${pronoun}${rest}`.toLowerCase();
    const pair = read.find(([from]) => spoken.startsWith(from) && /^(?:[\s,;:.!?]|$)/.test(spoken.slice(from.length)));
    if (!pair) {
      // German puts the verb before its subject ("am 20.9. hat Dr. Wirth sie nachgezogen"): "haben Sie".
      const verbFirst = words['contact.toReaderInverted'] !== undefined ? /(?<![\p{L}])(\p{L}+)(\s+)$/u.exec(text.slice(done, start)) : null;
      const said = verbFirst ? invertedVerbs(words).get(verbFirst[1]!.toLowerCase()) : undefined;
      if (!verbFirst || said === undefined || !verbSecond(text.slice(0, done + verbFirst.index), words)) continue;
      const verbAt = done + verbFirst.index;
      out += text.slice(done, verbAt) + capitalLike(verbFirst[1]!, said) + verbFirst[2]! + words['contact.toReaderInverted']!;
      done = end;
      named.lastIndex = done;
      continue;
    }
    const sentenceStart = /(?:^|[.!?]\s+)$/.test(text.slice(0, start));
    const to = sentenceStart ? pair[1].charAt(0).toLocaleUpperCase() + pair[1].slice(1) : pair[1];
    out += text.slice(done, start) + to;
    done = end + pair[0].length - pronoun.length;
    // What they said of themselves, in their own pronoun: "mme perrin m'a dit qu'elle attendait" -> "que vous attendiez".
    const clauseEnd = text.slice(done).search(/[.!?;]/);
    const clause = clauseEnd < 0 ? text.slice(done) : text.slice(done, done + clauseEnd);
    // A second verb of the same subject says it to them too: "und ist nicht gekommen" -> "und sind nicht gekommen".
    const joined = withJoinedVerbsToReader(clause, words);
    const reported = words['contact.reportedLead'] ? reportedToReader(joined, ownReported(words, known.form)) : undefined;
    if (reported !== undefined || joined !== clause) {
      out += reported ?? joined;
      done += clause.length;
    }
    named.lastIndex = done;
  }
  return done === 0 ? text : out + text.slice(done);
}

/**
 * A clause after the reader's verb with a second verb of theirs, joined by a word of
 * `contact.toReaderAnd` ("und", "et"), said in their person too: "und ist nicht gekommen" ->
 * "und sind nicht gekommen", "et n'est pas venu" -> "et n'êtes pas venu".
 */
function withJoinedVerbsToReader(clause: string, words: Catalogue): string {
  const joiners = words['contact.toReaderAnd'];
  if (!joiners) return clause;
  const verbs = invertedVerbs(words);
  const joined = new RegExp(`(?<![\\p{L}])((?:${joiners})\\s+(?:ne\\s+|n['’])?)(\\p{L}+)(?![\\p{L}'’])`, 'giu');
  return clause.replace(joined, (found, lead: string, verb: string) => {
    const said = verbs.get(verb.toLowerCase());
    return said === undefined ? found : lead + said;
  });
}

const invertedMade = new WeakMap<Catalogue, ReadonlyMap<string, string>>();

/** The verbs said of the reader before their name, by `contact.toReader` ("er hat=Sie haben": hat -> haben) and `contact.toReaderPresent`. */
function invertedVerbs(words: Catalogue): ReadonlyMap<string, string> {
  let found = invertedMade.get(words);
  if (!found) {
    const pronoun = (words['contact.thirdPerson'] ?? '').split(' ')[0];
    const pairs = pairsOf(words['contact.toReader'] ?? '')
      .map(([from, to]) => [from.split(' '), to.split(' ')] as const)
      .filter(([from, to]) => from.length === 2 && from[0] === pronoun && to.length === 2)
      .map(([from, to]) => [from[1]!, to[1]!] as [string, string]);
    invertedMade.set(words, (found = new Map([...pairsOf(words['contact.toReaderPresent'] ?? ''), ...pairs])));
  }
  return found;
}

/** `said` with a first capital where `typed` has one. */
function capitalLike(typed: string, said: string): string {
  return /^\p{Lu}/u.test(typed) ? said.charAt(0).toLocaleUpperCase() + said.slice(1) : said;
}

/**
 * A reply told in the present of the person written to, said to them: French "Elle annule la
 * location et promet le remboursement" -> "Vous annulez la location et promettez le
 * remboursement". The catalogue gives the verbs that change otherwise (`contact.toReaderPresent`)
 * and the ending regular ones take (`contact.toReaderEnding`: "e=ez").
 */
function presentToReader(result: string, words: Catalogue): string | undefined {
  const irregular = words['contact.toReaderPresent'];
  // Endings tried in order: French "e=ez" (annule -> annulez), German "et=en|t=en" (bietet -> bieten, sagt -> sagen).
  const endings = pairsOf(words['contact.toReaderEnding'] ?? '');
  const you = words['contact.toReader']?.split('|')[0]?.split('=')[1]?.split(' ')[0];
  if ((!irregular && endings.length === 0) || !you) return undefined;
  const pronouns = (words['contact.toReaderPronouns'] ?? words['contact.thirdPerson'] ?? '').split(' ');
  const verbs = new Map(pairsOf(irregular ?? ''));
  const regularly = (verb: string) => {
    if (verb.length <= 3 || /^même$/i.test(verb)) return undefined;
    const ending = endings.find(([from]) => verb.endsWith(from));
    return ending && `${verb.slice(0, verb.length - ending[0].length)}${ending[1]}`;
  };
  const said = (verb: string, regular: boolean) => verbs.get(verb.toLowerCase()) ?? (regular ? regularly(verb) : undefined);
  const m = /^(\p{L}+)\s+((?:(?:ne|me|nous|lui|leur|le|la|les|y|en)\s+|(?:n|m|l)['’])*)(\p{L}+)(?=[\s,.;:!?]|$)/u.exec(result);
  if (!m || !pronouns.includes(m[1]!.toLowerCase())) return undefined;
  const verb = said(m[3]!, true);
  if (verb === undefined) return undefined;
  // A second verb joined by "and" ("… et promet le remboursement", "… und bietet nichts an") is theirs too, where the catalogue knows it.
  const joined = new RegExp(`(\\s+${words.listAnd ?? 'et'}\\s+)(\\p{L}+)(?=[\\s,.;:!?]|$)`, 'u');
  const rest = result.slice(m[0].length).replace(joined, (whole: string, and: string, next: string) => {
    const also = verbs.get(next.toLowerCase());
    return also === undefined ? whole : `${and}${also}`;
  });
  return `${you} ${m[2]}${verb}${rest}`;
}

/**
 * The clause a business's person reported of themselves, said to the reader: the catalogue's
 * `contact.reportedLead` ("qu'il=que vous", "que ellos=que", "gesagt, er=gesagt, Sie") starts
 * it, and its verb takes the reader's form by `contact.reportedPresent` and
 * `contact.reportedEnding` ("était" -> "étiez", "schickt" -> "schicken"); a language whose
 * verb stays (Spanish "usted") gives neither. Undefined when nothing changes, or the verb is not known.
 */
const impersonalStarts = new Map<string, RegExp>();

function reportedToReader(result: string, words: Catalogue): string | undefined {
  const lower = result.toLowerCase();
  // Only the first clause reported ("qu'il était débordé"): a later one may be of someone named in between ("que sa femme…, et qu'elle…").
  const firstThat = words['contact.reportedFirst'] ? new RegExp(`(?<![\\p{L}])(?:${words['contact.reportedFirst'].split(' ').join('|')})`, 'u').exec(lower)?.index : undefined;
  for (const [from, to] of pairsOf(words['contact.reportedLead']!)) {
    const at = lower.indexOf(from);
    if (at < 0 || (at > 0 && /\p{L}/u.test(lower.charAt(at - 1))) || !/^\s/.test(result.slice(at + from.length))) continue;
    if (firstThat !== undefined && at !== firstThat) continue;
    const rest = result.slice(at + from.length);
    if (!words['contact.reportedEnding'] && !words['contact.reportedPresent']) return `${result.slice(0, at)}${to}${rest}`;
    // Words between the subject and its verb ("ne", "me", "se": a reflexive is the reader's too).
    // An impersonal "il" ("qu'il fallait attendre", "qu'il y avait un retard") is nobody: kept as typed.
    const impersonal = words['contact.reportedImpersonal'];
    if (impersonal && remembered(impersonalStarts, impersonal, () => new RegExp(`^\\s+(?:n['’]|ne\\s+)?(?:${impersonal})(?![\\p{L}'’])`, 'iu'), 10).test(rest)) return undefined;
    const m = /^(\s+(?:(?:ne|me|se|lui|leur|nous|le|la|les|y|en)\s+|(?:n|m|s|l)['’])*)(\p{L}+)(?=[\s,.;:!?]|$)/u.exec(rest);
    if (!m) return undefined;
    const verb = m[2]!;
    const irregular = new Map(pairsOf(words['contact.reportedPresent'] ?? ''));
    const ending = pairsOf(words['contact.reportedEnding'] ?? '').find(([end]) => verb.length > end.length + 1 && verb.endsWith(end));
    const said = irregular.get(verb.toLowerCase()) ?? (ending ? `${verb.slice(0, verb.length - ending[0].length)}${ending[1]}` : undefined);
    if (said === undefined) return undefined;
    // A pronoun that is also "she" (German "sie") is "they" only with a plural verb, which already has the reader's form.
    const plural = (words['contact.reportedPlural'] ?? '').split(' ').includes(from.split(/[\s,]+/).at(-1)!);
    if (plural && said.toLowerCase() !== verb.toLowerCase() && !verb.endsWith('en')) return undefined;
    const between = m[1]!.replace(/(^|\s)se(?=\s)/, '$1vous').replace(/(^|\s)s['’]/, '$1vous ');
    return `${result.slice(0, at)}${to}${between}${said}${rest.slice(m[0].length)}`;
  }
  return undefined;
}

const notAfterMade = new WeakMap<Catalogue, RegExp | null>();

/** The catalogue's `contact.toReaderNotAfter`: the prepositions after which a name is no subject. */
function notAfter(words: Catalogue): RegExp | null {
  let found = notAfterMade.get(words);
  if (found === undefined) notAfterMade.set(words, (found = words['contact.toReaderNotAfter'] ? new RegExp(`^(?:${words['contact.toReaderNotAfter']})$`, 'iu') : null));
  return found;
}

const ownReportedMade = new WeakMap<Catalogue, Map<ReaderForm, Catalogue>>();

/** The catalogue with only the reported clauses whose subject is the reader's own pronoun ("qu'elle" for a woman): another may be someone else. */
function ownReported(words: Catalogue, form: ReaderForm): Catalogue {
  let byForm = ownReportedMade.get(words);
  if (!byForm) ownReportedMade.set(words, (byForm = new Map()));
  let found = byForm.get(form);
  if (!found) {
    // A doctor or a lawyer greeted by their title alone may be either: no pronoun is surely theirs.
    const own = form === 'f' ? (words['contact.thirdPerson'] ?? '').split(' ')[1] : form === 'm' ? (words['contact.thirdPerson'] ?? '').split(' ')[0] : undefined;
    // German "sie" is also "they" and its verb must change: said as typed.
    const plural = (words['contact.reportedPlural'] ?? '').split(' ');
    const lead = pairsOf(words['contact.reportedLead'] ?? '').filter(([from]) => {
      const subject = from.split(/[\s,'’]+/).at(-1)!.toLowerCase();
      return own !== undefined && subject === own && !plural.includes(subject);
    });
    byForm.set(form, (found = { ...words, 'contact.reportedLead': lead.map(([from, to]) => `${from}=${to}`).join('|') }));
  }
  return found;
}

const theyReportedMade = new WeakMap<Catalogue, Catalogue>();

/** The catalogue with only the reported clauses whose subject is "they" (`story.they`): "qu'ils", not "qu'il", who may be someone else. */
function theyReported(words: Catalogue): Catalogue {
  let found = theyReportedMade.get(words);
  if (!found) {
    const they = (words['story.they'] ?? '').split('|').filter(Boolean);
    const lead = pairsOf(words['contact.reportedLead'] ?? '').filter(([from]) => they.includes(from.split(/[\s,'’]+/).at(-1)!.toLowerCase()));
    theyReportedMade.set(words, (found = { ...words, 'contact.reportedLead': lead.map(([from, to]) => `${from}=${to}`).join('|') }));
  }
  return found;
}

function saidToReader(result: string, pairs: string | undefined): string | undefined {
  if (pairs === undefined) return undefined;
  const lower = result.toLowerCase();
  const read = pairsOf(pairs);
  for (const [from, to] of read) {
    if (!lower.startsWith(from) || !/^(?:[\s,;:]|$)/.test(result.slice(from.length))) continue;
    // A word with a capital and a colon is a label ("Bot: …", "Antwort: …"), not a verb without its subject.
    if (result.charAt(from.length) === ':' && /^\p{Lu}/u.test(result)) continue;
    return `${to}${result.slice(from.length)}`;
  }
  return undefined;
}

/** The note names the sum offered: "un bon de réduction de 100 €", "Gutschein über 100,00 €". */
function namesSum(text: string, sum: number): boolean {
  for (const m of text.matchAll(/\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d{1,2})?/g)) {
    const figure = m[0].replace(/[\u00a0\u202f ]/g, '');
    const cents = figure.search(/[.,]\d{1,2}$/);
    const whole = (cents >= 0 ? figure.slice(0, cents) : figure).replace(/[.,]/g, '');
    if (Number(cents >= 0 ? `${whole}.${figure.slice(cents + 1)}` : whole) === sum) return true;
  }
  return false;
}

/** Why the charge is disputed, in the catalogue's words: goods are delivered, or faulty, where a service is not provided. */
function cardReasonKey(c: ResolvedCase): string {
  const { problem } = c.story;
  const key = `card.reason.${problem === undefined || problem === 'other' ? 'unknown' : problem}${problem === 'not-provided' && c.request.remedy === 'partial-refund' ? '.part' : ''}`;
  return c.purchase.kind === 'goods' && (problem === 'not-provided' || problem === 'poor-quality') ? `${key}.goods` : key;
}

/** Whether the story told to the business says "you" to it, by the catalogue's words for the polite "you". */
function storySpeaksToBusiness(c: ResolvedCase, words: Catalogue): boolean {
  const forms = words['card.storyYou'];
  if (!forms) return false;
  const { story } = c;
  // Not a word's end after a hyphen: "rendez-vous" speaks to no one.
  const pattern = new RegExp(`(?<![\\p{L}-])(?:${forms})(?!\\p{L})`, 'u');
  // An answer is written with a first capital: German "sie sagen …" (they) reads as "Sie sagen …" (you), as a result of a contact does.
  const asWritten = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);
  return [story.circumstances, ...story.expectations, ...story.outcome, story.impact, ...c.contacts.map((contact) => contact.result)].some((text) => text !== undefined && pattern.test(asWritten(text.trimStart())));
}
