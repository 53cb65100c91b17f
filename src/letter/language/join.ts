// Where a preposition of the letter meets the writer's own words in French, German or
// Spanish: the article the writer began with is contracted or declined as the preposition
// needs ("à le" -> "au", "de Air" -> "d'Air", "mit Herr" -> "mit Herrn", "de el" -> "del"),
// and a capital that only starts the answer is lowered ("con Un agente" -> "con un agente").
// The writer's words are marked where they are put in (`mark`); `joinMarked` fixes each
// preposition before a marked phrase and takes the marks away, so nothing else of the
// writer's text is touched ("essayer de le réparer" stays as written). A business's name is
// marked as a name (`markName`): the article it starts with contracts even with its capital
// ("à Les Jardins du Midi" -> "aux Jardins du Midi", "de El Corte Inglés" -> "del Corte
// Inglés"), which a person's surname never does ("à Le Roux").
import type { Language } from './names.js';
import { onFirstUse } from '../../util/on-first-use.js';

const START = '\uE010';
const NAME_START = '\uE012';
const END = '\uE011';

/** The writer's phrase, marked as such for `joinMarked`. */
export const mark = (phrase: string): string => (phrase === '' ? phrase : `${START}${phrase}${END}`);

/** A business's name, marked for `joinMarked`: its own article contracts with the preposition before it. */
export const markName = (name: string): string => {
  const plain = name.replace(/[\uE010-\uE012]/gu, '');
  return plain === '' ? plain : `${NAME_START}${plain}${END}`;
};

const MARKED = onFirstUse(() => /(?:([\p{L}]+)([ \u00A0]+))?([\uE010\uE012])([^\uE011]*)\uE011/gu);

/** The text with each marked phrase joined to the preposition before it, and no marks left. */
export function joinMarked(language: Exclude<Language, 'en'>, text: string): string {
  if (!text.includes(START) && !text.includes(NAME_START)) return text;
  const join = JOIN[language];
  return text.replace(MARKED(), (_, before: string | undefined, space: string | undefined, start: string, phrase: string) => {
    const name = start === NAME_START;
    if (before === undefined) return join('', phrase, name);
    const lower = before.toLowerCase();
    const joined = join(lower, phrase, name);
    // The word before keeps its own spelling and capital ("À le…" -> "Au…").
    if (joined.startsWith(`${lower} `)) return `${before}${space}${joined.slice(lower.length + 1)}`;
    return before.charAt(0) !== lower.charAt(0) ? joined.charAt(0).toUpperCase() + joined.slice(1) : joined;
  });
}

/**
 * `preposition` (lower case, '' for none) and the phrase as the language writes them together;
 * for none, the phrase alone. `name`: the phrase is a business's name, whose article contracts
 * whatever its capital.
 */
type Join = (preposition: string, phrase: string, name?: boolean) => string;

/** The first word, and the word after it. */
const firstWords = (phrase: string) => /^(\S+)(?:\s+(\S+))?/u.exec(phrase) ?? [];

/** A capital on a determiner that only starts the answer: "Un agente", "Le responsable" (not "Le Bon Marché", "El Corte Inglés"). */
function lowerDeterminer(phrase: string, determiners: RegExp, always = false): string {
  const [, first = '', next = ''] = firstWords(phrase);
  if (!determiners.test(first) || first.charAt(0) === first.charAt(0).toLowerCase()) return phrase;
  if (!always && next !== '' && next.charAt(0) !== next.charAt(0).toLowerCase()) return phrase;
  return phrase.charAt(0).toLowerCase() + phrase.slice(1);
}

// --- French ---------------------------------------------------------------------------------

const FR_DETERMINERS = onFirstUse(() => /^(le|la|les|l['’]\p{L}*|un|une|des|du|mon|ma|mes|ton|ta|tes|son|sa|ses|notre|nos|votre|vos|leur|leurs|ce|cet|cette|ces)$/iu);
/** Words whose h is aspirated: no elision before them ("de Hollande", "de haut"). */
const H_ASPIRE = /^(ha(?:ut|ll|ngar|sard|che|mpe|meau|ie|ine|lte|ndicap|ricot|reng|rdi|rpe|sch)|hé(?:ros|risson)|ho(?:nte|llande|ckey|rs|mard|uille|ublon)|hu(?:it|blot|tte|rle)|hâte)/i;

const FIRST_WORD = onFirstUse(() => /^(\p{L}+)[ \u00A0]+(?=\S)/u);

/** The phrase after its first word when that word is `article` ("le"), or for a name also "Le" or "LE" ("Le Petit Four"). */
function afterArticle(words: string, article: string, name: boolean): string | undefined {
  const found = FIRST_WORD().exec(words);
  const first = found?.[1];
  if (first === undefined) return undefined;
  const written = first === article || (name && (first === article.toUpperCase() || first === article.charAt(0).toUpperCase() + article.slice(1)));
  return written ? words.slice(found![0].length) : undefined;
}

/**
 * A business named after a surname that starts with Le ("Le Goff SARL", "Le Gall Plomberie",
 * "Le Roux & Fils"): one name, then its legal form or its trade. Its Le is part of the
 * surname and does not contract ("à Le Goff SARL"), unlike an article before an adjective
 * ("au Petit Four SARL", "au Bon Garage").
 */
const SURNAME_BUSINESS = onFirstUse(() => /^Le\s+(?!(?:Petit|Grand|Bon|Beau|Bel|Vieux|Nouveau|Joli|Vrai|Premier|Meilleur|Gros|Haut|Jeune)\s)\p{Lu}[\p{Ll}'’-]+\s+(?:SARL|SAS|SASU|SA|EURL|SNC|SCI|EI|&|et\s+Fils|Frères|Plomberie|Chauffage|Électricité|Electricité|Menuiserie|Maçonnerie|Couverture|Peinture|Carrelage|Construction|Rénovation|Immobilier|Transports?|Déménagements?|Automobiles?|Garage|Traiteur|Boulangerie|Optique|Assurances?|Services?)(?![\p{L}])/u);

/** A business named by what it is ("Garage du Centre", "Salle Forme Plus", "Hôtel du Lac"): the noun takes its article, as French says it ("au Garage du Centre"). */
const FR_BUSINESS_M = /^(garage|pressing|cabinet|restaurant|camping|centre|studio|magasin|salon|supermarché|hypermarché|spa|club|laboratoire)$/iu;
const FR_BUSINESS_F = /^(salle|boutique|pharmacie|boulangerie|clinique|librairie|crèche|résidence|laverie|parfumerie|bijouterie)$/iu;
const FR_BUSINESS_VOWEL = /^(hôtel|hotel|atelier|institut|agence|auto-école|école|académie|animalerie|épicerie)$/iu;

export function frenchJoin(preposition: string, phrase: string, name = false): string {
  const words = lowerDeterminer(phrase, FR_DETERMINERS());
  if (name && SURNAME_BUSINESS().test(words)) name = false;
  const [, first = '', next = ''] = firstWords(words);
  if (name && next !== '' && /^\p{Lu}/u.test(first)) {
    const article = FR_BUSINESS_M.test(first) ? 'le ' : FR_BUSINESS_F.test(first) ? 'la ' : FR_BUSINESS_VOWEL.test(first) ? "l'" : undefined;
    if (article !== undefined) {
      if (article === 'le ' && preposition === 'à') return `au ${words}`;
      if (article === 'le ' && preposition === 'de') return `du ${words}`;
      return `${preposition === '' ? '' : `${preposition} `}${article}${words}`;
    }
  }
  const le = afterArticle(words, 'le', name);
  const les = afterArticle(words, 'les', name);
  if (preposition === 'à') {
    if (le !== undefined) return `au ${le}`;
    if (les !== undefined) return `aux ${les}`;
  } else if (preposition === 'de') {
    if (le !== undefined) return `du ${le}`;
    if (les !== undefined) return `des ${les}`;
    if (/^[aeiouyàâäéèêëîïôöùûüœæ]/iu.test(words) || (/^h/i.test(words) && !H_ASPIRE.test(words))) return `d'${words}`;
  }
  return preposition === '' ? words : `${preposition} ${words}`;
}

// --- Spanish --------------------------------------------------------------------------------

const ES_DETERMINERS = /^(el|la|los|las|un|una|unos|unas|mi|mis|su|sus|nuestro|nuestra|nuestros|nuestras|este|esta|estos|estas|ese|esa|esos|esas|aquel|aquella)$/iu;
/** Titles that take the article when one speaks of the person: "la Sra. Martínez", "el Dr. Ruiz" (not Don, Doña). */
const ES_TITLE_F = /^(sra\.?|señora|srta\.?|señorita|dra\.?|doctora|profa?\.?|profesora)$/iu;
const ES_TITLE_M = /^(sr\.?|señor|dr\.?|doctor|prof\.?|profesor)$/iu;

/** A business named by what it is ("Clínica Dental Sonrisa", "Taller Pérez"): the noun takes its article, as Spanish says it. */
const ES_BUSINESS_F = /^(cl[ií]nica|peluquer[ií]a|academia|tienda|farmacia|inmobiliaria|agencia|autoescuela|gestor[ií]a|escuela|empresa|compa[ñn][ií]a|aseguradora|residencia|lavander[ií]a|tintorer[ií]a|[óo]ptica|librer[ií]a|panader[ií]a|carpinter[ií]a|cerrajer[ií]a|fontaner[ií]a|consultor[ií]a|asesor[ií]a|guarder[ií]a|cl[ií]nica)$/iu;
const ES_BUSINESS_M = /^(taller|hotel|hostal|restaurante|gimnasio|centro|estudio|despacho|concesionario|supermercado|colegio|consultorio|laboratorio|almac[ée]n|bufete|hospital|club|instituto|camping|aparcamiento)$/iu;

export function spanishJoin(preposition: string, phrase: string, name = false): string {
  let words = lowerDeterminer(phrase, ES_DETERMINERS);
  const [, first = '', next = ''] = firstWords(words);
  if (ES_TITLE_F.test(first)) words = `la ${words}`;
  else if (ES_TITLE_M.test(first)) words = `el ${words}`;
  else if (name && next !== '' && ES_BUSINESS_F.test(first)) words = `la ${words}`;
  else if (name && next !== '' && ES_BUSINESS_M.test(first)) words = `el ${words}`;
  const el = afterArticle(words, 'el', name);
  if (preposition === 'a' && el !== undefined) return `al ${el}`;
  if (preposition === 'de' && el !== undefined) return `del ${el}`;
  return preposition === '' ? words : `${preposition} ${words}`;
}

// --- German ---------------------------------------------------------------------------------

const DE_DETERMINERS = /^(der|die|das|ein|eine|mein|meine|dein|deine|sein|seine|ihr|ihre|unser|unsere|euer|eure|dieser|diese|dieses)$/iu;
/** The polite "Ihr" (the reader's), which keeps its capital anywhere: "mit Ihrem Monteur". */
const POLITE_YOUR = /^Ihr(?:e|es|er|em|en)?\s/;
/** A capital determiner lowered, unless it is the polite "Ihr". */
const germanDeterminerLowered = (phrase: string) => (POLITE_YOUR.test(phrase) ? phrase : lowerDeterminer(phrase, DE_DETERMINERS, true));
const DATIVE = /^(mit|von|bei|zu|aus|nach|seit|gegenüber)$/;
const ACCUSATIVE = /^(an|für|durch|gegen|um|ohne)$/;

/**
 * A feminine noun, for "die" -> "der" in the dative: a woman ("Mitarbeiterin", "Frau"), or a
 * noun of a feminine ending ("die Hotline", "die Rezeption", "die Buchhaltung", "die Zentrale").
 */
const FEMININE_NOUN = onFirstUse(() => /^(\p{L}{2,}(?:in|ung|heit|keit|schaft|ion|tät|ei|ik|ie|line|ale)|[Ff]rau|[Dd]ame|[Pp]erson)$/u);

export function germanJoin(preposition: string, phrase: string): string {
  // "zu Händen" takes the genitive: "zu Händen der Zentrale", "zu Händen des Kundendienstes"; a name, "von": "zu Händen von Frau Yilmaz".
  if (preposition === 'händen') return `händen ${germanGenitive(germanDeterminerLowered(phrase))}`;
  // German nouns have capitals; a capital determiner only starts the answer.
  let words = germanDeterminerLowered(phrase);
  const dative = DATIVE.test(preposition);
  const accusative = ACCUSATIVE.test(preposition);
  if (dative || accusative) {
    const [, first = '', next = ''] = firstWords(words);
    const rest = words.slice(first.length);
    let declined = first;
    // "Hr." and "Hrn." are "Herr" typed short: the letter writes the word, declined.
    if (first === 'Herr' || first === 'Hr.' || first === 'Hrn.' || first === 'Hr') declined = 'Herrn';
    else if (dative) {
      if (first === 'der' || first === 'das') declined = 'dem';
      else if (first === 'die' && FEMININE_NOUN().test(next)) declined = 'der';
      else if (first === 'ein') declined = 'einem';
      else if (/^(ein|mein|dein|sein|ihr|Ihr|unser|eur)e$/u.test(first)) declined = `${first.slice(0, -1)}er`;
      else if (/^(mein|dein|sein|ihr|Ihr|unser)$/u.test(first)) declined = `${first}em`;
      // "Herr" after a determiner: "dem Herr Müller" -> "dem Herrn Müller".
    } else {
      if (first === 'der') declined = 'den';
      else if (first === 'ein') declined = 'einen';
    }
    words = declined + rest;
    // "Herr" before a name is declined wherever it stands: "dem Herr Müller", "dem Werkstattmeister Herr Brandt".
    // A name given after "namens" stays as it is named: "einem Mitarbeiter namens Herr Özdemir".
    words = words.replace(/(?<=\s)(?<!(?:namens|genannt)\s)Herr(?=\s+(?:(?:Dr|Prof)\.\s+)?\p{Lu})/gu, 'Herrn');
    if (/^(dem|den|einem|einen|der) Herr\b/u.test(words)) words = words.replace(/^(\S+) Herr\b/u, '$1 Herrn');
  }
  return preposition === '' ? words : `${preposition} ${words}`;
}

/**
 * A phrase in the genitive, where its article shows it: "die Zentrale" -> "der Zentrale", "eine
 * Mitarbeiterin" -> "einer Mitarbeiterin", "der Kundendienst" -> "des Kundendienstes", "ein
 * Mitarbeiter" -> "eines Mitarbeiters"; anything else after "von", in the dative ("von Herrn Becker").
 */
function germanGenitive(words: string): string {
  const [, first = '', next = ''] = firstWords(words);
  const rest = words.slice(first.length);
  if (first === 'die' || first === 'eine') return `${first === 'die' ? 'der' : 'einer'}${rest}`;
  // A noun right after the article, with its capital and ending in a letter (not "der freundliche Mitarbeiter"); or before a comma
  // and a name, which is in the genitive too ("des Büros, Frau Yilmaz", "des Monteurs, Herrn Brandt").
  const bare = next.replace(/,$/, '');
  const last = bare.slice(-1);
  const noun = bare.length > 1 && bare.charAt(0) !== bare.charAt(0).toLowerCase() && bare.slice(1) === bare.slice(1).toLowerCase() && last.toLowerCase() !== last.toUpperCase();
  if ((first === 'der' || first === 'das' || first === 'ein') && noun) {
    const after = rest.slice(bare.length + 1).replace(/^(,\s+)(?:Herr|Hr\.?)(?=\s)/u, '$1Herrn');
    return `${first === 'ein' ? 'eines' : 'des'} ${genitiveNoun(bare)}${after}`;
  }
  return germanJoin('von', words);
}

/** A masculine or neuter noun's genitive: "Kundendienstes", "Monteurs", "Kollegen", "Assistenten"; "Service" (a loanword) as it is. */
function genitiveNoun(noun: string): string {
  if (/(?:s|ß|x|z|sch|st|tz)$/.test(noun)) return `${noun}es`;
  if (noun.endsWith('ice')) return noun;
  if (noun.endsWith('e')) return `${noun}n`;
  return /(?:ant|ent|ist)$/.test(noun) ? `${noun}en` : `${noun}s`;
}

const JOIN: Record<Exclude<Language, 'en'>, Join> = { fr: frenchJoin, de: germanJoin, es: spanishJoin };

// --- After a colon in the middle of a sentence ---------------------------------------------

/** Closed-class words (articles, pronouns, prepositions, conjunctions, numbers): never names. */
const FUNCTION_WORDS: Partial<Record<Language, RegExp>> = {
  fr: /^(l['’]|d['’]|j['’]|n['’]|qu['’]|s['’]|c['’]|le|la|les|un|une|des|du|de|ce|cet|cette|ces|mon|ma|mes|ton|ta|tes|son|sa|ses|notre|nos|votre|vos|leur|leurs|il|elle|ils|elles|on|je|nous|vous|rien|aucun|aucune|personne|pas|ne|ni|et|ou|mais|donc|car|en|au|aux|à|dans|sur|sous|pour|par|avec|sans|selon|depuis|après|avant|lors|quand|qui|que|quoi|tout|toute|tous|toutes|plusieurs|chaque|quelques|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|seulement|toujours|jamais|encore|déjà|plus|moins|très|trop|bien|mal|être|avoir|faire)$/iu,
  es: /^(el|la|los|las|lo|un|una|unos|unas|mi|mis|su|sus|tu|tus|nuestro|nuestra|nuestros|nuestras|este|esta|estos|estas|ese|esa|esos|esas|me|te|se|le|les|nos|yo|él|ella|ellos|ellas|nosotros|usted|ustedes|nada|nadie|ningún|ninguna|ninguno|no|ni|y|o|pero|que|en|a|de|del|al|con|sin|por|para|según|desde|tras|cuando|todo|toda|todos|todas|varios|varias|cada|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|solo|sólo|siempre|nunca|todavía|aún|ya|más|menos|muy|bien|mal|ser|estar|haber|tener|hacer)$/iu,
};

/** Endings of common nouns, adjectives and participles ("Déménagement", "Réparation", "Recibido", "Devolución"). */
const COMMON_ENDINGS: Partial<Record<Language, RegExp>> = {
  fr: /(ment|tion|sion|age|ité|eur|euse|ure|ance|ence|ique|isme|oire|é|ée|és|ées)$/u,
  es: /(ción|sión|miento|dad|tad|aje|ura|ncia|ismo|orio|ido|ida|idos|idas|ado|ada|ados|adas)$/u,
};

/** What the writer's answers say about a word: written as a name mid-sentence, or in small letters. */
export interface WordUseLike {
  names: { has(word: string): boolean };
  common: { has(word: string): boolean };
}

/**
 * The writer's answer after a colon in the middle of a sentence: its first capital lowered
 * when it only starts the answer ("Convenu : L'équipe…" -> "l'équipe", "Resultado: Me dijeron"
 * -> "me dijeron", "Vereinbart war: Eine Lieferung…" -> "eine Lieferung"), kept for a name or an
 * acronym ("Marta", "SFR", "iPhone"), and in German for nouns and for a whole sentence, which
 * German starts with a capital after a colon. `use`: the case's word use.
 */
export function afterColon(language: Language, text: string, use?: WordUseLike): string {
  if (language === 'de') return germanAfterColon(text, use);
  const functionWords = FUNCTION_WORDS[language];
  const endings = COMMON_ENDINGS[language];
  if (!functionWords || !endings) return text;
  const first = /^(\p{L}+['’]|\p{L}+)/u.exec(text)?.[0] ?? '';
  // Only a capital followed by small letters can be a sentence's start: SFR, iPhone, McDonald stay.
  if (!/^\p{Lu}[\p{Ll}'’]*$/u.test(first)) return text;
  const lowered = text.charAt(0).toLocaleLowerCase(language) + text.slice(1);
  const lower = first.toLocaleLowerCase(language);
  if (functionWords.test(lower)) return lowered;
  if (use?.names.has(lower) && !use.common.has(lower)) return text;
  if (use?.common.has(lower)) return lowered;
  // Title Case ("Canapé Modèle Oslo") reads as a product's name.
  const long = text.split(/\s+/).filter((word) => /^\p{L}/u.test(word) && word.length > 3);
  if (long.length > 1 && long.every((word) => /^\p{Lu}/u.test(word))) return text;
  return endings.test(lower) && lower.length > 3 ? lowered : text;
}

// --- German after a colon -----------------------------------------------------------------

/** The endings of German adjectives and participles before a noun ("gelieferte", "defekten"). */
const DE_ADJECTIVE = /(e|en|er|es|em)$/u;

/** The German word lists, made the first time a German letter needs them (an English letter never does). */
let germanLists: GermanLists | undefined;
interface GermanLists { BEFORE_NOUN: Set<string>; CLOSED: Set<string>; RELATIVE: Set<string>; PAST_PLURAL: Set<string>; FINITE: Set<string>; PRONOUNS: Set<string>; SUBORDINATORS: Set<string>; ADVERBS: Set<string> }
function de(): GermanLists {
  if (germanLists) return germanLists;
  // Words a noun follows (articles, determiners, prepositions, numbers): a word after them ending in -en is a noun ("die drei abbuchungen"), not a verb.
  const DE_BEFORE_NOUN = new Set(
  (
    'der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner keines ' +
    'mein meine meinen meinem meiner meines dein deine deinen deinem deiner sein seine seinen seinem seiner seines ' +
    'unser unsere unseren unserem unserer euer eure euren eurem eurer ' +
    'dieser diese dieses diesen diesem jener jene jenes jeder jede jedes jeden jedem alle allen aller beide beiden einige mehrere viele wenige ' +
    'am an auf aus bei beim bis durch für gegen im in innerhalb außerhalb mit nach ohne seit statt über um unter vom von vor während wegen zu zum zur ab ' +
    'laut gemäß trotz samt inklusive inkl zuzüglich zzgl abzüglich dank entlang mangels ' +
    'zwei drei vier fünf sechs sieben acht neun zehn'
  ).split(' '),
);
  const DE_CLOSED = new Set([...DE_BEFORE_NOUN, ...'nur noch nicht erst schon bereits auch sehr etwa ca fast kaum rund mindestens höchstens ganz weder und oder aber sowie'.split(' ')]);

  // Words that open a relative clause.
  const DE_RELATIVE = new Set(['der', 'die', 'das', 'den', 'dem', 'deren', 'dessen', 'denen', 'welche', 'welcher', 'welches', 'welchen', 'welchem', 'wo', 'womit', 'wofür', 'worauf']);
  // Finite forms ending in -en that are not also infinitives.
  const DE_PAST_PLURAL = new Set(['sind', 'wurden', 'waren', 'kamen', 'gaben', 'gingen', 'blieben', 'lagen', 'standen', 'fanden', 'sahen', 'ließen', 'fielen', 'liefen', 'brachen']);
  // Finite forms common in what writers tell: the auxiliaries, the modals and frequent verbs.
  const DE_FINITE = new Set(
  (
    'ist sind war waren wurde wurden wird werden hat haben hatte hatten habe kann können konnte konnten soll sollen sollte sollten ' +
    'muss müssen musste mussten darf dürfen durfte durften will wollen wollte wollten würde würden wäre wären ' +
    'kam kamen kommt kommen gab gaben gibt ging gingen geht blieb blieben bleibt lag lagen liegt stand standen steht fand fanden ' +
    'sah sahen hieß ließ ließen fiel fielen lief liefen läuft brach brachen passte passten passt fehlt fehlte fehlten dauert dauerte dauerten ' +
    'funktioniert funktionierte funktionierten meldete meldeten antwortete antworteten reagierte reagierten erschien erschienen'
  ).split(' '),
);



  // Pronouns that start a sentence as its subject ("es gab keine Antwort").
  const DE_PRONOUNS = new Set('ich du er es sie wir man niemand nichts jemand keiner alles'.split(' '));

  // Conjunctions that start a clause which is not a sentence by itself ("dass er nie kam").
  const DE_SUBORDINATORS = new Set('dass weil da als wenn ob nachdem obwohl bevor sobald damit'.split(' '));

  // Adverbs that often start a phrase after a comma: never a verb.
  const DE_ADVERBS = new Set('spätestens frühestens sofort heute gestern morgen leider dann danach wieder jetzt inzwischen trotzdem also'.split(' '));

  germanLists = { BEFORE_NOUN: DE_BEFORE_NOUN, CLOSED: DE_CLOSED, RELATIVE: DE_RELATIVE, PAST_PLURAL: DE_PAST_PLURAL, FINITE: DE_FINITE, PRONOUNS: DE_PRONOUNS, SUBORDINATORS: DE_SUBORDINATORS, ADVERBS: DE_ADVERBS };
  return germanLists;
}

// "Mbit/s", "km/h": a unit with a slash is one word.
const germanWords = (text: string) => text.match(/[\p{L}\p{N}][\p{L}\p{N}.\-/]*/gu) ?? [];
const GERMAN_WORD = onFirstUse(() => /[\p{L}\p{N}][\p{L}\p{N}.\-]*/u);
/** A word that can be a finite verb: small letters, and not an article, a preposition, a pronoun, an adverb or a number. */
const verbLike = (word: string | undefined) =>
  word !== undefined && word.length > 1 && /^\p{Ll}/u.test(word) && !de().CLOSED.has(word) && !de().PRONOUNS.has(word) && !de().ADVERBS.has(word);

/**
 * Duden (D 34, D 35): after a colon a whole sentence starts with a capital, a word group with
 * a small letter unless it starts with a noun or a title. The writer's answer after a colon
 * is set so when its first word tells: a word that is never a noun (an article, a
 * preposition, "keine", "nur") starting a word group ("Eine Lieferung bis zum 5. Mai", "Die
 * Maschine kostenlos reparieren") is lowered; such a word or a pronoun starting a sentence
 * ("der Tisch wurde nie geliefert", "es gab keine Antwort") is raised. Nouns, names,
 * the polite Sie and Ihr, and answers that start otherwise are kept as written.
 */
function germanAfterColon(text: string, use?: WordUseLike): string {
  const first = GERMAN_WORD().exec(text)?.[0] ?? '';
  const lower = first.toLowerCase();
  if (/^\p{Ll}+$/u.test(first)) {
    // "sie" stays small: with a capital it reads as the polite Sie, the reader ("Sie bricht jedes Programm ab").
    if (first === 'sie' || (!de().CLOSED.has(first) && !de().PRONOUNS.has(first) && !de().SUBORDINATORS.has(first))) return text;
    return isGermanSentence(text) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
  }
  if (!/^\p{Lu}\p{Ll}+$/u.test(first) || !(de().CLOSED.has(lower) || de().SUBORDINATORS.has(lower))) return text;
  // A title the writer spells with its capital elsewhere too ("bei Der Spiegel") keeps it.
  if (use?.names.has(lower)) return text;
  return isGermanSentence(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** True when the text reads as a sentence: a finite verb after its subject, or after a clause set off by commas. */
function isGermanSentence(typed: string): boolean {
  // An aside in brackets ("(laut Angebot 450 €)") holds no verb of the sentence's own.
  const text = typed.replace(/\s*\([^()]*\)/gu, '').trim() || typed;
  // A comma inside a number ("1.843,20 €") separates no clauses.
  const clauses = text.split(/,(?!\d)|[;–—]/u);
  const words = germanWords(clauses[0]!);
  const first = (words[0] ?? '').toLowerCase();
  // "Der Techniker, der kommen sollte, erschien nicht"; "als ich anrief, sagte man mir…".
  if (clauses.length > 1 && verbLike(germanWords(clauses[clauses.length - 1]!)[0])) return true;
  if (de().SUBORDINATORS.has(first)) return false;
  // A verb that can only be finite, in a part that is not a relative or other subordinate clause:
  // "Im Juli, August und September wurden … abgebucht", not "Die Lieferung, die … zugesagt war".
  const mainVerb = (clause: string, i: number) => {
    const clauseWords = germanWords(clause);
    const opening = (clauseWords[0] ?? '').toLowerCase();
    if (de().SUBORDINATORS.has(opening) || (i > 0 && de().RELATIVE.has(opening))) return false;
    return clauseWords.some((word) => de().FINITE.has(word) && (!/en$/u.test(word) || /ten$/u.test(word) || de().PAST_PLURAL.has(word)));
  };
  if (clauses.some(mainVerb)) return true;
  // A pronoun's verb follows it, in a verb's form ("es gab", "er wartet"; not "nichts davon").
  if (de().PRONOUNS.has(first)) return de().FINITE.has(words[1] ?? '') || (verbLike(words[1]) && /(t|te|ten|st)$/u.test(words[1]!));
  if (words.some((word) => de().FINITE.has(word))) return true;
  const noun = words.findIndex((word, i) => i > 0 && /^\p{Lu}/u.test(word));
  // A determiner with no noun after it stands for one: "Das dauerte zu lange". Nouns typed in
  // small letters ("Die arbeiten bis Freitag fertigstellen") leave a request's infinitive at the end.
  if (noun < 0) {
    const tail = words[words.length - 1]!;
    if (words.length > 3 && /^\p{Ll}/u.test(tail) && /(?:en|ern|eln)$/u.test(tail)) return false;
    return words.slice(1).some((word, i) => verbLike(word) && !DE_ADJECTIVE.test(word) && !de().BEFORE_NOUN.has(words[i]!.toLowerCase()));
  }
  const verb = words.slice(noun + 1).find((word) => verbLike(word) && !/^\d/u.test(word));
  if (verb === undefined) return false;
  // A request ends in its infinitive ("kostenlos reparieren oder ersetzen"); a sentence rarely does without an auxiliary.
  const last = words[words.length - 1]!;
  return !(/^\p{Ll}/u.test(last) && /(en|ern|eln)$/u.test(last));
}
