// "kitchen was fitted in september", "flight was delayed 6 hours": the thing bought, typed as
// the subject of a statement without its article, as people write notes. A letter writes "the
// kitchen", "the flight". Only a word of what was bought counts (the letter is about it, so it is
// definite), typed in small letters there (not a name), and only where a verb follows it.
import type { ResolvedCase } from '../../case/resolve.js';
import { isCommonWord } from './common-words.js';
import { caseWordUse, FUNCTION_WORD, sameWordUse, VERB } from './words.js';
import { remembered } from '../../util/remember.js';
import { pronounFor } from './money.js';
import { onFirstUse } from '../../util/on-first-use.js';

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

// --- Any noun typed as a clause's bare subject --------------------------------------------------

/**
 * People and businesses a story speaks of by their job, typed without "the" ("dentist said",
 * "driver just said"): never a first name (no "porter", "cook", "baker"), nor someone of the
 * writer's own ("partner", "boss").
 */
const ROLE_NOUN =
  /^(?:driver|dentist|hygienist|nurse|doctor|vet|surgeon|optician|pharmacist|manager|supervisor|engineer|technician|tech|mechanic|plumber|electrician|builder|fitter|installer|contractor|decorator|painter|roofer|tiler|carpenter|joiner|locksmith|gardener|cleaner|courier|postman|receptionist|cashier|waiter|waitress|chef|bartender|barman|hostess|pilot|captain|steward|stewardess|conductor|agent|representative|salesman|saleswoman|salesperson|assistant|clerk|concierge|valet|instructor|trainer|coach|tutor|photographer|florist|caterer|stylist|hairdresser|barber|therapist|surveyor|architect|inspector|landlord|landlady|owner|operator|dispatcher|foreman|crew|staff|chatbot|company|shop|store|hotel|airline|garage|firm|restaurant|venue|agency|insurer|seller|retailer|website|clinic|office|practice|surgery)$/;
/** Relatives typed without "my" ("husband was so disappointed"); "mum", "dad", "nan" are said as names, and stay. */
const KIN_NOUN = /^(?:husband|wife|son|daughter|partner|boyfriend|girlfriend|fiance|fiancee|brother|sister|stepson|stepdaughter|grandson|granddaughter|kids|children|sons|daughters|grandchildren|grandkids)$/;
/** Words a determiner may come before that are no nouns a clause starts with ("the next", "the whole", "the rest"). */
const NEVER_SUBJECT = /^(?:next|last|whole|rest|entire|following|previous|real|best|worst|right|wrong|very|actual|main|original|final|only|same|other|first|second|third|new|old|day|time|way|end|lot|bit|thing|things|one|ones|most|least|more|less|kind|sort|type|point|fact|case|problem|issue|reason|mean|moment|least)$/;
/** An adverb the writer may put between a subject and its verb: "driver just said". */
const BETWEEN = 'just|then|also|still|never|only|even|already|eventually|finally|apparently|simply|actually|later|again|clearly|basically|literally|immediately|suddenly|obviously|initially|originally|now|allegedly';
/** A clause's start, then its first word, then (past an adverb) the next: "coach broke", ". driver just said", "and dentist said". */
const CLAUSE_START = onFirstUse(() => new RegExp(String.raw`(^|[.!?]["'’”)]*\s+|[:;]\s+|,?\s(?:and|but|because|when|then|so|until|after|before|since|while|said|says|told me|told us|claimed|insisted)\s+)([A-Za-z]{3,}|[A-Z]{2})(?=\s+(?:(?:${BETWEEN})\s+)?([a-z'’]+|\())`, 'g'));
/**
 * What may stand between a noun and its verb, then a word that may be that verb: a place
 * (" next to the sink has", " on the left door is"), a note in brackets (" (Dr Okafor) said"), or
 * a clause of who did something to it (" you left blew", " they fitted has").
 */
const PLACED_THEN_VERB = onFirstUse(
  () =>
    /^\s+(?:(?:next to|in|on|at|under|behind|above|below|near|by|beside|around|inside|outside)\s+(?:the|my|our|your|its)\s+(?:[a-z-]+\s+)?[a-z-]+|\([^()\n]{1,40}\)|(?:that\s+|which\s+)?(?:you|they|we|he|she)\s+(?:[a-z]+ed|left|put|sent|sold|gave|made|built|brought|took|fit|set|laid)(?:\s+(?:us|me|in|up|on|out|down|back))?)\s+([a-z'’]+)/,
);
/** A verb after a subject: in the past ("cracked", "broke"), an auxiliary, or one of the present the story uses ("says", "wants"). */
const SUBJECT_VERB = onFirstUse(
  () => new RegExp(String.raw`^(?:${VERB}|says|wants|claims|refuses|insists|keeps|thinks|reckons|needs|looks|seems|doesn['’]?t|isn['’]?t|won['’]?t|can['’]?t|didn['’]?t|wasn['’]?t|weren['’]?t|hasn['’]?t|hadn['’]?t|broke|fell|blew|ran|lost|began|stood|tore|burst|froze|bent|split|sank|grew|became|wore|shook|stopped|arrived|failed|leaked|cracked|died)$`),
);

/** What is done to a thing, which without an object after it is a passive typed without "was". */
export const DONE_TO = /^(?:fitted|installed|delivered|booked|ordered|bought|paid|charged|fixed|repaired|replaced|serviced|sent|done|made|cancel+ed|built|painted|cleaned|collected|dispatched|shipped|posted|returned|refunded|quoted|laid|supplied|put|set|finished|completed|started|moved|changed|checked|inspected|tested|closed|escalated|logged|raised|rejected|declined|approved|processed)$/;
/** An object after a verb: "fitted the wrong part", "sent me". */
const OBJECT_NEXT = /^\s+(?:the|a|an|my|our|your|his|her|their|its|this|that|these|those|some|it|them|me|us|him|you|everything|nothing|something|up|down|out|off|in|back)\b/;

/** "the night before", "that week", "in feb", "on Monday": a time after the verb, not its object. */
const TIME_NEXT =
  /^\s+(?:(?:the|this|that|same|next)\s+(?:night|day|morning|afternoon|evening|week|weekend|month|year|next|same|following|previous)\b|(?:in|on|at|by)\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|the\s+(?:morning|afternoon|evening|end|weekend|day|night|week|month|start)\b))/i;
/** A passive made above, then a day of the month without "on": "was fitted 10 june", "were delivered aug 3". */
const PASSIVE_THEN_DAY =
  /\b((?:was|were)\s+[a-z]+ed)\s+(?=\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b)/gi;
/** What is done to a thing that a thing may also do unaided ("the pain started", "the weather changed"): no passive is made of these. */
const PASSIVE_WHEN_BARE = /^(?!(?:started|finished|moved|changed|set|put)$)/;

/** Papers and screens that say what was promised ("listing said", "contract says"): a thing, and yet it says. */
const SAYS_THING = /^(?:listing|advert|advertisement|website|contract|email|invoice|receipt|label|brochure|description|booking|confirmation|leaflet|manual|app|message|notice|screen|display|tracking|packaging|catalogue|catalog|menu|voucher|ticket|warranty|guarantee|quote|estimate)$/;
/** What such a thing does: it says or shows, and promises nothing. */
const THING_SAYS = /^(?:said|says|stated|states|showed|shows|read|reads|listed|lists|promised)$/;
/** Things named by their letters ("AC never worked", "TV arrived cracked"): a thing, never a name. */
const THING_LETTERS = /^(?:AC|TV|PC|HVAC|SIM|DVD|GPS|ECU|PCB|ABS|EV)$/;

/** Verbs only a person (or a business) does: their subject must be a job's name. */
const SPEAKS = /^(?:said|says|told|tells|promised|claimed|claims|insisted|insists|refused|refuses|agreed|offered|replied|explained|admitted|apologi[sz]ed|laughed|shouted|asked|wants|reckons|thinks|thought|blamed|denied)$/;

/** Whether a clause of `text` may start with a noun typed bare (most texts have none: the expressions below run only for one that may). */
function mayHaveBareNoun(text: string): boolean {
  return /(?:^|[.!?:;]\s+|\s(?:and|but|because|when|then|so|until|after|before|since|while|said|says|told me|told us|claimed|insisted)\s+)(?:[A-Za-z]{3,}|[A-Z]{2})\s/.test(text);
}

/**
 * `text` with the determiner a noun typed as a clause's bare subject needs ("crown cracked on
 * 5 Sept" -> "the crown cracked…", "driver just said" -> "the driver just said"): only a word
 * `determiner` knows as a noun of this story, typed in small letters (or with the capital that
 * starts a sentence), before a verb.
 */
export function withNounsNamed(text: string, determiner: (word: string) => string | undefined, { passive = false }: { passive?: boolean } = {}): string {
  if (!mayHaveBareNoun(text)) return text;
  let madePassive = false;
  const withDeterminers = text.replace(CLAUSE_START(), (whole, start: string, word: string, next: string, at: number, all: string) => {
    const lower = word.toLowerCase();
    // "since AC never worked": a thing named by its letters is "the" one of the story.
    if (THING_LETTERS.test(word)) return SUBJECT_VERB().test(next.toLowerCase()) && !SPEAKS.test(next.toLowerCase()) && !/\b(?:the|my|our|your|a|an|new|old)\s+$/i.test(all.slice(0, at + start.length)) ? `${start}${/[.!?:;]/.test(start) || start === '' ? 'The' : 'the'} ${word}` : whole;
    // Mid-sentence, a capital is a name's.
    const sentenceStart = start === '' || /[.!?:;]/.test(start);
    if (word !== lower && (!sentenceStart || word !== lower.charAt(0).toUpperCase() + lower.slice(1))) return whole;
    const says = SAYS_THING.test(lower) && THING_SAYS.test(next.toLowerCase());
    // "Joint next to the sink has opened up": at a sentence's start, a noun placed by a phrase, then its verb.
    const placed = sentenceStart && !SUBJECT_VERB().test(next.toLowerCase()) && PLACED_THEN_VERB().exec(all.slice(at + whole.length));
    const placedVerb = placed ? SUBJECT_VERB().test(placed[1]!.toLowerCase()) : false;
    if (FUNCTION_WORD.test(lower) || NEVER_SUBJECT.test(lower) || (/(?:ed|ing|ly)$/.test(lower) && !says) || (!SUBJECT_VERB().test(next.toLowerCase()) && !says && !placedVerb)) return whole;
    // "boiler fitted 2nd sept": what was done to it, typed without "was"; "the boiler fitted" would say it fitted something.
    let wasDone = false;
    if (DONE_TO.test(next.toLowerCase())) {
      const rest = all.slice(at + whole.length);
      const after = rest.slice(rest.indexOf(next) + next.length);
      const noObject = !OBJECT_NEXT.test(after);
      if (noObject || TIME_NEXT.test(after)) {
        // In a statement of what happened, a thing's own (not a person's, who may do it unaided:
        // "driver returned at 5") is said as what was done to it; in what was expected ("brakes
        // replaced properly") it is a wish, never a statement that it was done. After "and" it
        // may be one of the things another verb has ("I had the screen and battery replaced").
        const said = passive && !/\b(?:and|or)\s+$/i.test(start) && !ROLE_NOUN.test(lower) && !KIN_NOUN.test(lower) && PASSIVE_WHEN_BARE.test(next.toLowerCase());
        if (said) wasDone = true;
        else if (noObject) return whole;
      }
    }
    // "Tarp you left blew off": a thing someone left, fitted or sold, whatever the story says of it elsewhere
    // (not one they sent or brought, which may be a person: "Dave you sent was great").
    const doneBy = placed && placedVerb && /^\s+(?:that\s+|which\s+)?(?:you|they|we|he|she)\s+(?:left|fit|fitted|installed|built|laid|put|sold|delivered|supplied|used|replaced|fixed|repaired|set|made|painted|poured|ordered)\b/.test(placed[0]);
    const the = determiner(lower) ?? (doneBy && isCommonWord(lower) && !NOT_COUNTED.test(lower) ? 'the' : undefined);
    // Only someone says or promises: a thing the story names ("the bill") never does, and "bill said" is a name's.
    if (the === undefined || (SPEAKS.test(next.toLowerCase()) && !ROLE_NOUN.test(lower) && !says)) return whole;
    const named = `${start}${word === lower ? the : the.charAt(0).toUpperCase() + the.slice(1)} ${lower}`;
    if (wasDone) madePassive = true;
    return wasDone ? `${named} ${/[^s]s$/.test(lower) ? 'were' : 'was'}` : named;
  });
  // "the crown was fitted 10 june": a day is "on" it, once the sentence is whole.
  return madePassive ? withDeterminers.replace(PASSIVE_THEN_DAY, '$1 on ') : withDeterminers;
}

/**
 * The determiner the story gives a word it uses as a noun: the one the writer types before it
 * elsewhere ("my crown" -> "my"; "the coach", "a crown" -> "the"), "the" for a job or a business
 * ("dentist", "driver") and for the thing bought; none for any other word (a name, "kyle said").
 */
function storyDeterminer(lowerText: string, item: ReadonlySet<string>, isName: (word: string) => boolean): (word: string) => string | undefined {
  const before = (det: string, word: string) => {
    const key = `${det} ${word}`;
    for (let at = lowerText.indexOf(key); at !== -1; at = lowerText.indexOf(key, at + 1)) {
      if (!/[a-z]/.test(lowerText.charAt(at - 1)) && !/[a-z'’-]/.test(lowerText.charAt(at + key.length))) return true;
    }
    return false;
  };
  return (word) => {
    // A word of what was bought ("worktops" of "kitchen worktops supply and fit") is a thing of the story, in any dictionary or none.
    if (isName(word) || (!isCommonWord(word) && !ROLE_NOUN.test(word) && !item.has(word))) return undefined;
    if (before('the', word)) return 'the';
    if (before('my', word)) return 'my';
    if (before('our', word)) return 'our';
    // "husband was so disappointed": a relative in the writer's story is the writer's own.
    // "Kids can't use the deck" in a story told as "we": "our kids".
    if (KIN_NOUN.test(word)) return /s$/.test(word) && /\b(?:we|our|us)\b/.test(lowerText) ? 'our' : 'my';
    if (ROLE_NOUN.test(word) || SAYS_THING.test(word) || item.has(word) || before('a', word) || before('an', word)) return 'the';
    // "pizza came 50 mins late", "screen went black": a thing counted (its plural is an everyday word), never a name.
    if (isCountedNoun(word)) return 'the';
    return undefined;
  };
}

/**
 * Words that are someone's own or a place one goes to without "the" ("dad", "home", "work"), first names that are
 * everyday words too ("john", "mark", "bill"), and words that are rarely a thing counted ("extra", "help", "place").
 */
const NOT_COUNTED =
  /^(?:mum|mom|mam|dad|nan|nana|gran|granny|grandma|grandad|grandpa|grandmother|grandfather|mother|father|wife|husband|partner|son|daughter|brother|sister|baby|kid|child|boyfriend|girlfriend|fiance|fiancee|family|friend|boss|neighbour|neighbor|home|work|school|church|college|uni|university|bed|town|hospital|court|prison|class|dinner|lunch|breakfast|tea|supper|extra|help|place|part|bit|loads|yes|please|thanks|sorry|okay|well|still|even|back|again|soon|later|now|then|once|twice|john|mark|bill|jack|rose|will|frank|ray|grant|pat|sue|bob|rob|nick|art|drew|gene|guy|joe|max|sandy|dawn|faith|hope|joy|grace|holly|ivy|lily|daisy|ruby|amber|jade|iris|heather|olive|carol|dean|victor|earl|duke|king|chase|cliff|glen|dale|wade|lance|harry|peter|paul|tom|tim|ted|ben|dick|don|ken|mike|sam|tony|taylor|tyler|cooper|baker|carter|porter|mason|parker|walker|turner|fisher|hunter|ward|marshall|miles|june|may|april|august|water|rain|snow|ice|wind|smoke|dust|mould|mold|damp|heat|steam|air|gas|oil|fuel|sand|mud|blood|fire|light|noise|traffic|weather|sewage)$/;

/** Whether `word` (small letters) is a singular noun of a thing counted: an everyday word whose plural is one too ("pizzas", "screens"). */
function isCountedNoun(word: string): boolean {
  if (word.length < 3 || /(?:s|ed|ing|ly)$/.test(word) || FUNCTION_WORD.test(word) || NEVER_SUBJECT.test(word) || NOT_COUNTED.test(word) || BETWEEN_WORDS().test(word) || !isCommonWord(word)) return false;
  const plural = /[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : /(?:sh|ch|x|z)$/.test(word) ? `${word}es` : `${word}s`;
  return isCommonWord(plural);
}
const BETWEEN_WORDS = onFirstUse(() => new RegExp(`^(?:${BETWEEN})$`));

/**
 * A verb of the writer's that takes a thing ("dropped car off", "hired roofer", "agreed quote of"), then the thing typed bare.
 * "in" is a particle only where the verb takes one ("booked in car"); elsewhere "in" and a bare noun is a phrase of its own ("cancelled in person").
 */
const WRITER_OBJECT =
  /(^|[.!?;:]\s+|\b(?:I|we|We)\s+|,\s+(?:and\s+|then\s+)?|\band\s+|(?=\bto\s))((?:(?:just|then|also|finally|eventually)\s+)?(?:[Dd]ropped|[Hh]ired|[Aa]greed|[Bb]ooked|[Oo]rdered|[Bb]ought|[Pp]urchased|[Rr]ented|[Rr]eserved|[Ss]igned|[Aa]ccepted|[Cc]ollected|[Cc]ancell?ed|[Cc]anceled|[Rr]eturned|[Pp]icked|[Cc]hose|[Ss]elected|[Bb]rought|[Tt]ook)\s+(?:(?:off|up|back)\s+|(?<=(?:[Bb]ooked|[Dd]ropped|[Bb]rought|[Tt]ook)\s+)in\s+)?|\bto\s+(?:fix|repair|replace|check|inspect|service|collect|deliver|install|fit|clean|remove|unblock|seal)\s+)([a-z]{3,})(?![\w'’-])/g;

/** `text` with "the" before a thing the writer dealt with, typed without it: "I dropped car off" -> "I dropped the car off", "Signed contract" -> "Signed the contract". */
export function withObjectsNamed(text: string, isName: (word: string) => boolean): string {
  if (!/(?:ed|ose|ect|ght|ook)\s+(?:(?:off|up|back|in)\s+)?[a-z]{3}|\bto\s+[a-z]+\s+[a-z]{3}/.test(text)) return text;
  return text.replace(WRITER_OBJECT, (whole, start: string, verb: string, word: string, at: number, all: string) => {
    // "rented flat 3", "booked room B", "rented unit b-114": a thing with its own number or name needs no "the".
    if (/^\s+(?:\d|[A-Z]\b|[A-Za-z]{1,2}-?\d|#|no\.?\s*\d)/.test(all.slice(at + whole.length))) return whole;
    // "I" at the start of the match is the writer; a capital "We" starts a sentence; only a verb after them is the writer's.
    if (isName(word) || !(ROLE_NOUN.test(word) ? !NOT_COUNTED.test(word) : isCountedNoun(word))) return whole;
    // "brought car in", "took car to the garage": a thing taken somewhere (not "took payment twice").
    if (/\b(?:brought|took)\b/i.test(verb) && !/^\s+(?:in|back|to|into|for|over|round|along|with)\b/.test(all.slice(at + whole.length)) && !/\s(?:in|back)\s+$/.test(verb)) return whole;
    return `${start}${verb}the ${word}`;
  });
}

/** What was booked or bought, typed without its article after the verb: "Booked party for my son's birthday" -> "Booked the party…". */
const BOUGHT_BARE = /(^|[.!?]\s+)((?:I\s+|we\s+)?(?:booked|ordered|bought|hired|reserved|rented|purchased)\s+)([a-z]{3,})(?=\s+(?:for|at|on|in|from|with|through|via|online|in-store|instore|direct|directly)\b|[.,;]|$)/gi;

function withBoughtNamed(text: string, item: ReadonlySet<string>, isName: (word: string) => boolean): string {
  if (!/\b(?:booked|ordered|bought|hired|reserved|rented|purchased)\s/i.test(text)) return text;
  return text.replace(BOUGHT_BARE, (whole, start: string, verb: string, word: string) =>
    item.has(word) && !word.endsWith('s') && !FUNCTION_WORD.test(word) && !isName(word) && isCommonWord(word) ? `${start}${verb}the ${word}` : whole,
  );
}

/** Jobs a contact's result names as "your" one ("agent said" -> "Your agent said", in contacts.ts): left for it. */
const CONTACT_ROLE = /^(?:staff|employee|tech|agent|rep|representative|advis[eo]r|manager|supervisor|technician|engineer|driver|receptionist|salesperson|operator|consultant|installer|fitter)$/;

/** The case with the thing bought named with its article where the writer's notes leave it out; the same object when nothing changes. */
export function withItemAsSubject<C extends ResolvedCase>(c: C): C {
  const words = itemWords(c.purchase.item);
  // A word of the business's name typed in small letters elsewhere ("Emerald Coach Tours", "the coach") is the writer's everyday word too.
  let people: ReadonlySet<string> | undefined;
  const isName = (word: string) => (caseWordUse(c).names.has(word) && !caseWordUse(c).common.has(word)) || (people ??= personWords(c)).has(word);
  let determiner: ((word: string) => string | undefined) | undefined;
  const nouns = (text: string, passive: boolean) => withNounsNamed(text, (word) => (determiner ??= storyDeterminer((caseWordUse(c).text ?? '').toLowerCase(), words, isName))(word), { passive });
  /** `told`: a statement of what happened, not of what was expected. */
  const fix = (text: string, told = true) => nouns(withObjectsNamed(withBoughtNamed(words.size === 0 ? text : withItemNamed(text, words, isName), words, isName), isName), told);
  // "ticket closed", "claim rejected": what came of a contact, done to a thing, is said so ("my ticket was closed").
  const contactNouns = (text: string) => withNounsNamed(text, (word) => (CONTACT_ROLE.test(word) ? undefined : (determiner ??= storyDeterminer((caseWordUse(c).text ?? '').toLowerCase(), words, isName))(word)), { passive: true });
  const contacts = c.contacts.map((contact) => (contact.result === undefined ? contact : { ...contact, result: contactNouns(contact.result) }));
  const contactsSame = contacts.every((contact, i) => contact.result === c.contacts[i]!.result);
  const { story } = c;
  const single = story.expectations.length === 1;
  const expectations = story.expectations.map((text) => asExpected(fix(text, false), single, c.purchase.item));
  const outcome = story.outcome.map((text) => fix(text));
  const circumstances = story.circumstances === undefined ? undefined : fix(story.circumstances);
  const impact = story.impact === undefined ? undefined : fix(story.impact);
  const same = (a: readonly string[], b: readonly string[]) => a.every((text, i) => text === b[i]);
  if (same(expectations, story.expectations) && same(outcome, story.outcome) && circumstances === story.circumstances && impact === story.impact && contactsSame) return c;
  const copy = { ...c, story: { ...story, expectations, outcome, ...(circumstances !== undefined && { circumstances }), ...(impact !== undefined && { impact }) }, ...(!contactsSame && { contacts }) };
  sameWordUse(copy, c);
  return copy;
}

/** The words of the names of the people in the case (whom the writer spoke to, the person written to): "mark", "bill". */
function personWords(c: ResolvedCase): ReadonlySet<string> {
  const names = [c.recipient.contact ?? '', ...c.contacts.map((contact) => contact.who ?? '')].join(' ').toLowerCase();
  return new Set(names.split(/[^a-z'’-]+/).filter((word) => word !== '' && !ROLE_NOUN.test(word)));
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
