// People type in a hurry: "didnt", "2 wks", "appt w/ the engineer", a story without its "I".
// A letter spells these out, as the writer would in a letter they took care over; the words
// themselves are kept.
import type { ResolvedCase } from '../../case/resolve.js';
import { loweredTest } from '../../util/lowered.js';
import { remembered } from '../../util/remember.js';
import { outsideQuotes } from './words.js';

/** Words typed without their apostrophe, where the word without it is not English itself ("wont", "cant" and "ill" are) nor German ("im"). */
const APOSTROPHE: Readonly<Record<string, string>> = {
  dont: "don't",
  didnt: "didn't",
  doesnt: "doesn't",
  isnt: "isn't",
  wasnt: "wasn't",
  werent: "weren't",
  arent: "aren't",
  hasnt: "hasn't",
  havent: "haven't",
  hadnt: "hadn't",
  couldnt: "couldn't",
  wouldnt: "wouldn't",
  shouldnt: "shouldn't",
  wouldve: "would've",
  couldve: "could've",
  ive: "I've",
  youre: "you're",
  theyre: "they're",
  theyve: "they've",
  theyd: "they'd",
  youve: "you've",
  thats: "that's",
  theres: "there's",
  hes: "he's",
  shes: "she's",
  whats: "what's",
  youd: "you'd",
  youll: "you'll",
  theyll: "they'll",
  shouldve: "should've",
  hed: "he'd",
  weve: "we've",
  wont: "won't",
  cant: "can't",
  mustve: "must've",
  whos: "who's",
};

/** Shorthand that means one thing only in a complaint, typed in small letters ("HR" is a department). */
const SPELLED_OUT: Readonly<Record<string, string>> = {
  wks: 'weeks',
  wk: 'week',
  hrs: 'hours',
  hr: 'hour',
  mins: 'minutes',
  yrs: 'years',
  yr: 'year',
  mths: 'months',
  mth: 'month',
  mnths: 'months',
  msg: 'message',
  msgs: 'messages',
  appt: 'appointment',
  appts: 'appointments',
  approx: 'approximately',
  ppl: 'people',
  pls: 'please',
  plz: 'please',
  thru: 'through',
  tho: 'though',
  mgr: 'manager',
  mgmt: 'management',
  dept: 'department',
  govt: 'government',
  bday: 'birthday',
  pics: 'photos',
  pic: 'photo',
  bc: 'because',
  cos: 'because',
  coz: 'because',
  tbh: 'to be honest',
  tbf: 'to be fair',
  u: 'you',
  rn: 'right now',
  imo: 'in my opinion',
  btw: 'by the way',
  asap: 'as soon as possible',
  abt: 'about',
  nxt: 'next',
  mos: 'months',
  accom: 'accommodation',
  ok: 'OK',
  // Days written short ("out thurs"); "mon", "wed", "sat" and "sun" are words of their own.
  tues: 'Tuesday',
  weds: 'Wednesday',
  thur: 'Thursday',
  thurs: 'Thursday',
  fri: 'Friday',
  'b/c': 'because',
  'w/o': 'without',
  'w/': 'with',
};

/** What kind of pay or leave time is owed in: "9 days annual leave", "two weeks sick pay". */
const LEAVE_KIND = '(?:annual|paid|unpaid|sick|holiday|extra|full|basic|lost|statutory|parental|maternity|paternity|compassionate|bereavement|notice|back)';

// Plain (not Unicode) expressions: this runs on every English letter, and a Unicode one costs
// milliseconds to compile.
const WORD = /(?<![\w'’/])(b\/c|w\/o|w\/|[a-z]+)(?![\w'’]|\/[a-z])/gi;
/**
 * A quick test for any of the words above, so that most texts are looked at once: the single
 * words looked up among the text's words, the rest in one expression (a long alternation of
 * words takes V8 longer to make than the look-up takes).
 */
const SHORTHAND = [...Object.keys(APOSTROPHE), ...Object.keys(SPELLED_OUT).filter((word) => !word.includes('/')), 'its', 'im', 'id', 'ur'];
/** Words as `\b` reads them: runs of ASCII letters, digits and "_". */
const PLAIN_WORD = /^\w+$/;
const SHORTHAND_WORDS = new Set(SHORTHAND.filter((word) => PLAIN_WORD.test(word)));
const ANY = new RegExp(`\\s\\+\\s|\\b(?:by|at|before|until|till|from|since)\\s+(?:end|start|beginning|middle)\\s+of\\b|\\b(?:${[...SHORTHAND.filter((word) => !PLAIN_WORD.test(word)), 'as\\s+is', 'techs?', 'left\\s+(?:voicemail|vm|voice\\s*mail)'].join('|')})\\b|\\d\\s?(?:yo|y/o)\\b|\\b(?:b/c|w/)|\\d(?:wks?|hrs?|mins|yrs?|mths?)\\b|\\bincl\\b|\\b(?:mon|tues?|weds?|thu|thurs?|fri|sat|sun)\\.?\\s+\\d|(?:must|should|could|would|might|may)\\s+of\\s|(?:day|week|month|year|hour|night)s\\s+(?:${LEAVE_KIND}\\s+)?(?:pay|wages|salary|notice|leave|holiday|rent|wait|worth|income|earnings|work|pension|benefits?|allowance|budget)\\b`, 'i');
/** "there website", "there fault": "their", misspelt; "there" before a noun of theirs is never the place. */
const THERE_FOR_THEIR = /\b([Tt])here(?=\s+(?:own\s+)?(?:website|manager|managers|fault|email|e-mail|emails|office|staff|engineer|engineers|policy|policies|terms|team|boss|owner|shop|store|app|system|mistake|problem|responsibility|error|van|driver|drivers|crew|fitter|fitters|technician|technicians|records|helpline|number|contract|quote|invoice|receptionist|workers|men|lads|guys|warehouse|depot|branch|insurance|side)\b)/g;
/** "out of there 30 day return period": "their", before a period the business gives ("I was there 30 days" has "days"). */
const THERE_PERIOD = /\b([Tt])here(?=\s+\d{1,3}[- ]?(?:day|week|month|year)\s+(?:return|returns|refund|money[- ]back|cooling[- ]off|warranty|guarantee|trial|satisfaction|price|exchange|cancellation)\b)/g;
/** "tech came on the 14th", "the tech said": a technician, where a person's verb follows ("tech support" and "tech company" are no one). */
const TECH_PERSON = /\b([Tt])ech(s?)(?=\s+(?:(?:just|then|also|never|finally|eventually|only)\s+)?(?:came|come|said|says|told|arrived|left|looked|turned|showed|was|were|had|has|did|didn['’]t|never|reset|refused|put|took|quoted|rang|[a-z]+ed)\b)/g;
/** "left voicemail", "left vm": a message left is one ("left a voicemail"). */
const LEFT_MESSAGE = /\b(left)\s+(?:voicemail|vm|voice\s*mail)\b/gi;
/** A number and its unit written together: "2wks", "50mins". */
const NUMBER_UNIT = /\b(\d+)(wks?|hrs?|mins|yrs?|mths?)\b(?![-/\w])/g;

/** "sat 17 oct", "on wed 3rd": a short day before the day of the month is the day, however short ("we sat in the sun" stays). */
const DAY_BEFORE_DATE = /\b(mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)\.?(?=\s+(?:\d{1,2}(?:st|nd|rd|th)\b|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d{1,2}\/\d{1,2}\b))/gi;
const DAY_NAMES: Readonly<Record<string, string>> = { mon: 'Monday', tue: 'Tuesday', tues: 'Tuesday', wed: 'Wednesday', weds: 'Wednesday', thu: 'Thursday', thur: 'Thursday', thurs: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' };

/** "must of been", "would of had": "have" heard as "of" before a past participle ("could of course" is left alone). */
const OF_FOR_HAVE = /\b(must|should|could|would|might|may)\s+of(?=\s+(?:been|had|done|gone|known|seen|taken|given|got|gotten|told|made|paid|sent|left|come|thought|said|brought|bought|kept|lost|found|heard|meant|put|set|spent|[a-z]+ed|[a-z]+en)\b)/gi;

/** "a days pay", "two weeks notice": time owed or lost, with its apostrophe ("a day's pay", "two weeks' notice"). */
const TIME_OWED = new RegExp(`\\b(a|an|one|half a|[a-z]+|\\d+)\\s+(day|week|month|year|hour|night)(s)\\s+((?:${LEAVE_KIND}\\s+)?(?:pay|wages|salary|notice|leave|holiday|rent|wait|worth|income|earnings|work|pension|benefits?|allowance|budget))\\b`, 'gi');
const ONE = /^(?:a|an|one|half a|whole|full|entire)$/i;
const COUNT = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|many|some|couple of)$/i;

/**
 * "12 month warranty", "a 6 week wait", "3 bedroom house": a number and a unit in the singular
 * before a noun describe it, and are joined ("12-month warranty"). The singular after a number
 * above one says so: "12 months warranty" and "6 weeks later" are left alone, and so is a unit
 * followed by a word that cannot be what it describes ("2 day ago", "3 week in June").
 */
const MEASURE_BEFORE_NOUN =
  /(?<![£$€\d.,:/-])\b([2-9]|[1-9]\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|hundred)\s+(day|week|month|year|hour|minute|night|mile|star|seat|door|bedroom|man|person|piece|page|degree|inch|foot|gallon|litre|liter|metre|meter)\s+(?!(?:and|or|but|nor|to|of|in|on|at|for|by|with|from|into|ago|later|earlier|before|after|since|until|till|the|a|an|my|your|our|their|his|her|its|it|i|we|they|he|she|you|me|us|them|is|was|were|are|be|been|has|had|have|will|would|can|could|so|then|that|this|these|those|which|who|when|if|as|than|old|early|late|long|each|every|per|plus|not|no|more|less|left|now|only|too|worth|away|off|out|up|down|back|over|under|round|around|ahead|behind|overdue|late|running|straight|total|max|maximum|min|minimum|approx)\b)(?=[a-z])/gi;
/**
 * "a 6 year old on the back", "milo (5 year old lab)": an age in the singular ("year", not
 * "years") before a noun, or after "a", "my" or "the", is one word ("a 6-year-old", "5-year-old
 * lab"); "it is 3 year old." is left as typed.
 */
const AGE_COMPOUND = /(?<![£$€\d.,:/-])\b(\d{1,3})\s+(day|week|month|year)\s+old\b(?=(\s+[a-z]+)?)/gi;
const ARTICLE_BEFORE = /\b(?:a|an|my|our|his|her|their|your|the)\s+$/i;
const NOT_DESCRIBED = /^\s+(?:and|or|but|so|to|of|in|on|at|for|by|with|from|when|now|then|is|was|who|which|that)$/i;

/**
 * "the boiler kept tripping since june": what has gone on from a time until now is said in the
 * present perfect ("has kept tripping since June"). Only with its subject and a time after
 * "since" ("kept failing since the part was wrong" gives a reason, and is left).
 */
const KEPT_SINCE =
  /\b(it|he|she|i|we|they|you|(?:the|my|our|your|their|this|that)\s+[a-z]+)\s+kept\s+([a-z]{2,}ing)\s+(?=since\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*|\d|last|then|day one|the (?:start|beginning|first|day|week|end))\b)/gi;

/**
 * "I rented the unit since February", "we were without heating since June": what the writer has
 * done from a time until now is said in the present perfect ("I have rented", "we have been").
 * Only "I" or "we", a verb whose past is its participle, a few words before "since", and a time
 * after it ("I cancelled since it broke" gives a reason, and "since 2019 until 2024" is over).
 */
const DONE_SINCE =
  /\b(I|[Ww]e)\s+(was|were|had|paid|kept|owned|lived|rented|used|[a-z]{3,}ed)\b(?=((?:\s+(?!(?:and|but|or|when|because|which|that|who|then|so|until|till|after|before|since|ago|to)\b)[A-Za-z'’£$€\d.,-]+){0,5})\s+since\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*|(?:19|20)\d\d|last|then|day one|the (?:start|beginning|first|day)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b(?![^.;!?]*\b(?:until|till|ago)\b))/gi;

/** What is done once, not kept up until now: "I cancelled since June" is no "have cancelled". */
const ONE_OFF = /^(?:start|stopp|finish|end|happen|decid|agre|notic|realis|realiz|discover|mov|arriv|call|phon|email|cancel+|book|order|receiv|return|report|complain|ask|tri)ed$/i;

function doneSince(found: string, subject: string, done: string): string {
  return ONE_OFF.test(done) ? found : `${subject} have ${/^(?:was|were)$/i.test(done) ? 'been' : done.toLowerCase()}`;
}

/** Parts a number may count themselves before a plural ("two seat cushions", "3 door handles" are cushions and handles, counted). */
const COUNTED_PART = /^(?:seat|door|piece|page)$/i;
const joinedMeasure = (found: string, n: string, unit: string, at: number, all: string) =>
  unit === unit.toLowerCase() && !(COUNTED_PART.test(unit) && /^[a-z]+[^s\W]s\b/i.test(all.slice(at + found.length))) ? `${n}-${unit} ` : found;

/** Quick test for MEASURE_BEFORE_NOUN. */
const MAY_MEASURE = /\d\s+(?:day|week|month|year|hour|minute|night|mile|star|seat|door|bedroom|man|person|piece|page|degree|inch|foot|gallon|litre|liter|metre|meter)\s+[a-z]|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|hundred)\s+(?:day|week|month|year|hour|minute|night|mile|star|seat|door|bedroom|man|person|piece|page|degree|inch|foot|gallon)\s+[a-z]/i;

/** "sold as is": the trade's term for goods sold with their faults, "as-is". */
const SOLD_AS_IS = /\b(sold|bought|purchased|supplied|sale|offered|provided|accepted|taken)\s+as\s+is\b(?=\s*(?:[.,;:!?)"”]|$)|\s+(?:and|but|so|with|without|no|because|which|by|from)\b)/gi;
/**
 * "had eye test", "had hospital appointment": an event the writer had, a thing one has one of,
 * typed without its article; "had to test", "had tests" are no such thing.
 */
const HAD_EVENT = /\b([Hh]ad\s+)((?:[a-z]+\s+)?(?:test|appointment|interview|exam|operation|scan|check-?up|meeting|flight|wedding|funeral|procedure|lesson|class|shift|party|trip|match|session|consultation|hearing|viewing|x-ray|injection|vaccination))\b(?!['’-])/g;
/**
 * "had new combi boiler fitted": a thing the writer had work done on, typed without its article.
 * Only a single thing named in small letters ("had new tyres fitted", "had work done" and
 * "had flooring laid" need none) and only before what is done to it.
 */
const HAD_DONE = /\b([Hh]ad\s+)((?:[a-z]+\s+){0,3}[a-z]+)(?=\s+(?:fitted|installed|replaced|repaired|serviced|delivered|fixed|built|checked|inspected|cleaned|removed|upgraded|connected|tested|painted|surveyed|valued|put in|done)\b)/g;
/** Words that leave what follows "had" no thing: "had not fixed", "had they fixed". */
const NOT_A_THING = /^(?:not|being|still|i|we|you|he|she|they|there|then|finally|eventually|apparently|supposedly|and|or|but|so|if|when|[a-z]+ing)$/;
/** Things of which there is not "a": "had new software installed", "had equipment delivered". */
const NO_ARTICLE_THING = /^(?:software|hardware|furniture|equipment|work|insulation|glass|paint|turf|gravel|luggage|machinery|damp|electrics|plumbing|wiring|heating|guttering|cladding|decking|fencing|tiling|flooring|carpeting|glazing|it|them|him|her|me|us|one|all|both|everything|something|nothing|anything|stuff|nothing)$/;
/** Words before an event's name that make it no bare noun: "had to test", "had booked appointment", "had no appointment". */
const NOT_A_NOUN_BEFORE = /^(?:to|a|an|the|my|our|your|his|her|their|its|this|that|no|any|some|another|one|[a-z]+ed|[a-z]+ly|been|already|just|also|never|booked|got)$/;

/** Words that follow a subject and never "your": "ur not listening", "ur supposed to". */
const YOU_ARE_NEXT = /^(?:not|a|an|the|going|supposed|being|still|just|always|never|so|too|very|now|also|already|welcome|sure|able|unable|responsible|liable|entitled|obliged|meant|telling|saying|asking|refusing|trying|charging|ignoring|expecting|happy|aware|correct|in|on|at|out|back|there|here)$/;

/** "Im now told", "im not": "I'm" before a word in small letters; German "im Laden" has a noun in capitals after it. */
const IM_FOR_I_AM = /\b[Ii]m(?=\s+[a-z])/g;
/** "id like a refund", "id have expected": "I'd" before what the writer would do or had done (never an "ID" card). */
const ID_FOR_I_WOULD = /(?<!\b(?:my|your|his|her|their|our|the|a|an|this|that|photo|valid|user|customer|login|card|apple|email|face|touch|caller|voter|student|staff|tax|order|account|device)\s+)\b[Ii]d(?=\s+(?:like|love|prefer|rather|be|have|expect|expected|appreciate|hoped|hope|need|want|never|already|just|also|only|been|asked|paid|booked|ordered|told|sent|called|phoned|emailed|cancelled|canceled|given|made|taken|spoken|waited|think|thought|accept|settle|gladly|happily)\b)/g;

/** "its now", "its been", "its the", "its in": "it's", as no possessive "its" is followed by these words. */
const ITS_FOR_IT_IS =
  /\b([Ii])ts(?=\s+(?:now|been|not|still|a|an|the|going|gone|over|just|only|never|always|already|very|so|too|taking|getting|clear|obvious|impossible|unacceptable|ridiculous|in|on|at|from|with|about|because|all|my|your|their|our|his|her|what|there|here|supposed|meant|almost|nearly|also|really|actually|definitely|clearly|obviously|basically|literally)\b(?!-))/g;

/**
 * "until its finished", "its out of warranty", "now its black half the time": "it's" before a
 * state (a participle, or a word that says how a thing is) that ends the clause or is followed by
 * where, when or how long; "its cracked screen", "its black case" keep their possessive.
 */
const ITS_BEFORE_STATE =
  /\b([Ii])ts(?=\s+(?:[a-z]+ed|sold|paid|made|told|kept|lost|sent|built|bought|gone|taken|given|written|stolen|shown|held|broken|done|stuck|out|off|back|late|wrong|missing|dead|faulty|useless|unusable|black|blank|fine|ok|okay|worse|worthless|ruined|free|due|overdue|open|shut|empty|full|cold|wet|damp|loose|bent|torn|cracked)(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|but|or|so|now|again|yet|already|still|since|by|in|on|at|for|to|from|of|with|without|until|till|after|before|because|when|as|half|all|most|every|completely|totally|anyway|though)\b))/g;
/** "its november", "its Friday": "it's" before a month or a day (no thing owns one). */
const ITS_BEFORE_TIME = /\b([Ii])ts(?=\s+(?:[Jj]anuary|[Ff]ebruary|[Mm]arch|[Aa]pril|[Jj]une|[Jj]uly|[Aa]ugust|[Ss]eptember|[Oo]ctober|[Nn]ovember|[Dd]ecember|[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday|[Cc]hristmas|midnight|[Nn]ew [Yy]ear)\b)/g;
/**
 * "said its water damage from before", "its water damage, not his fault": "it's" before a noun
 * that ends what was said, where a sentence or what was said starts ("its screen was cracked"
 * has its verb after the noun, and "the laptop and its charger" no such start: both keep "its").
 */
const ITS_THEN_NOUN = /(^|[.!?;:]\s+|\b(?:said|says|told me|claimed|claims|insisted|insists|reckoned|reckons|apparently)\s+)([Ii])ts\s+([a-z]+(?:\s+[a-z]+){0,2})(?=\s*(?:[.;:!?)]|$)|,?\s+(?:from|not|caused|because|which)\b)/g;
/** A verb, or a word that is no noun, among the words after "its": then it is the possessive, or unsure. */
const NOT_NOUNS = /\b(?:[a-z]+ed|[a-z]+ing|[a-z]+ly|own|is|was|were|are|be|been|has|had|have|does|did|do|got|went|came|broke|fell|said|says|looks|seems|needs|will|would|can|could|should|may|might|must|and|or|but|the|a|an|of|to|in|on|at|for|with|by|my|your|his|her|their|our)\b/;

/** "Its money I need": "It's", where the sentence goes on with its own subject. */
const ITS_CLEFT = /(^|[.!?]\s+)([Ii])ts(?=\s+[a-z]+\s+(?:I|i|we)\s+[a-z])/g;

/**
 * "who said the fee is in your terms, I said we changed nothing": two reports of what was said,
 * run together with a comma, are two sentences; only after a report ("If it breaks, I said…" stays).
 */
const SAID_THEN_I_SAID = /(\b(?:said|says|told (?:me|us)|claimed|insisted|replied|explained)\b[^.!?;:(),"“”]*?[^\s,]),\s+(I|we)\s+(said|told|explained|replied|pointed out|answered)\b/g;

/**
 * "told Joan was on leave", "they told the part was on order": "told" with what was said but
 * nobody told is the writer told ("told me Joan was on leave"); "told Joan I was leaving" has its own.
 */
const TOLD_WITHOUT_WHOM = /\b(told)\s+(?=(?!(?:me|us|him|her|them|you|it|i|we|he|she|they|my|our|your|their|his|its|that|this|what|when|how|why|where|if|whether|to|not|no|nothing|everything|anyone|everyone|someone|somebody|everybody|anybody|nobody)\b)(?:the\s+|a\s+)?[A-Za-z][a-z'’-]*\s+(?:was|is|were|are|had|has|would|will|could|did|wasn['’]t|isn['’]t|wouldn['’]t|couldn['’]t|didn['’]t)\b)/gi;

/** A word spelled out from an abbreviation typed with its full stop, the sentence going on after it. */
const SPELLED_THEN_STOP = /\b(including|approximately|appointments?|message|messages)\.(?=\s+[a-z0-9£$€]|[)\],;:])/g;
/** "incl. VAT", "incl 2 nights": "including" only before what it includes ("postage incl." stays). */
const INCL_BEFORE = /\bincl\.?(?=\s+(?!(?:and|or|but|so|then|too|also|as|which|that|is|was|were|are)\b)[A-Za-z0-9£$€])/gi;
/** "7yo lab", "he is 6 y/o": an age typed short. */
const AGE_YO = /\b(\d{1,2})\s?(?:yo|y\/o)\b(?=(\s+[a-z])?)/gi;
/** "a 4yo", "my 7yo", "a 4yo and 7yo": an age named as the child itself, after a determiner or another such age, is one word ("a 4-year-old"). */
const AGE_AS_NOUN_AFTER = /(?:\b(?:a|an|the|my|our|his|her|their|your|each|every)|\d\s?(?:yo|y\/o|-year-old)\s*(?:,|and|or|&))\s+$/i;
/** "my 3 yrs old son": an age before a noun is one word ("3-year-old"). */
const AGE_BEFORE_NOUN = /\b(\d{1,2})\s*(?:yrs?|years?)\s+old\s+(?=(?:son|daughter|boy|girl|child|kid|baby|dog|cat|car|boiler|fridge|sofa|laptop|phone|house|flat|machine|van)s?\b)/gi;

/** "was 10 yr old", "a 10 yr old carpet": after "a" one word ("a 10-year-old carpet"), else "10 years old". */
const AGE_YR_OLD = /\b(an?\s+)?(\d{1,3})\s*yrs?\s+old\b/gi;

/**
 * "my brothers wedding", "my late dads watch", "our parents house": a relative's thing, with the
 * apostrophe typed without it ("my brother's wedding", "our parents' house"); never "my brothers
 * were there", where a verb or a small word follows.
 */
/** The relatives whose thing may be typed without its apostrophe: "my brothers wedding". */
const KIN_NAMES = 'brothers|friends|sisters|mums|moms|mothers|dads|fathers|grandmothers|grandfathers|grandmas|grannys|grandads|granddads|grandpas|nans|nanas|daughters|sons|grandsons|granddaughters|stepsons|stepdaughters|stepmums|stepmoms|stepmothers|stepdads|stepfathers|husbands|wifes|partners|boyfriends|girlfriends|fiances|fiancees|aunts|aunties|uncles|cousins|nieces|nephews|babys|childs|childrens|grandchildrens|kids|grandkids|(?:mother|father|sister|brother|son|daughter)s-in-law|(?:mother|father|sister|brother|son|daughter)-in-laws|parents|grandparents|in-laws';
const KIN_LEAD = '((?:my|our|his|her|their|your)\\s+(?:late\\s+|little\\s+|older\\s+|younger\\s+|elderly\\s+|eldest\\s+|youngest\\s+|best\\s+)?)';
const KIN_POSSESSIVE = new RegExp(`\\b${KIN_LEAD}(${KIN_NAMES})\\s+(?!(?:and|or|but|are|were|was|is|have|had|has|been|do|did|does|will|would|can|could|who|which|that|to|in|on|at|for|with|from|of|by|also|both|all|too|came|went|said|told|paid|live|lived|love|loves|hate|hates|need|needs|want|wants|get|gets|got|go|goes|ate|saw|felt|cry|like|likes|enjoy|enjoys|use|uses|think|thought|know|knew|say|says|see|make|made|take|took|give|gave|keep|kept|feel|feels|sleep|slept|play|plays|still|never|just|only|always|now|then|really|even|ever|already|often|usually|each|got|cannot|(?:ca|wo|do|did|does|is|are|was|were|have|has|had|would|could|should|must|need)n['’]?t|[a-z]{3,}ed)\\b)([a-z][a-z-]+|\\d{1,3}(?:st|nd|rd|th)\\b)`, 'gi');
/** "the bike is my daughters": a relative's, named alone after a thing's "is" or "was" where the clause ends ("they are my daughters" and "it was my parents" are people). */
const KIN_OWNS_ALONE = new RegExp(`(?<!\\b(?:it|that|this|which|who|what|there|here)\\s+)\\b((?:is|was)\\s+${KIN_LEAD})(${KIN_NAMES})(?=\\s*(?:[.,;!?)]|$)|\\s+(?:and|but|so|now|too)\\b)`, 'gi');
/** Quick test: a relative's name typed with an "s" (most texts hold none). */
const KIN_QUICK = /(?:ther|ter|dad|mum|mom|nan|na|son|band|ner|cle|sin|ece|hew|ent|aw|ma|pa|unt|ncee?|fe|nd|tie|aby|ild|ren|kid)s[\s-]|(?:is|was) (?:my|our|his|her|their|your) /i;
/** Relatives who are always more than one: their thing takes the apostrophe after the s. */
const KIN_PLURAL = /^(?:parents|grandparents|in-laws|kids|grandkids)$/i;

/** A relative's thing, with its apostrophe: "mothers" -> "mother's", "parents" -> "parents'", "childrens" -> "children's", "mother-in-laws" -> "mother-in-law's". */
function kinPossessive(kin: string): string {
  if (KIN_PLURAL.test(kin)) return `${kin}'`;
  if (/s-in-law$/i.test(kin)) return `${kin.replace(/s-in-law$/i, '-in-law')}'s`;
  if (/^babys$/i.test(kin)) return `${kin.slice(0, -1)}'s`;
  return `${kin.slice(0, -1)}'s`;
}

/** `text` with shorthand spelled out and apostrophes put back; the text itself when nothing changes. */
export function spelledOut(typed: string): string {
  // "there website": only a text with "there" before a word is looked at for it.
  const there = typed.includes('here ') && /\b[Tt]here\s/.test(typed) ? outsideQuotes(typed, (part) => part.replace(THERE_FOR_THEIR, '$1heir').replace(THERE_PERIOD, '$1heir')) : typed;
  // "had eye test": looked at only where "had" is typed (a quick test first: most texts have no such event).
  const text = there.includes('ad ') && /\b[Hh]ad\s/.test(there) ? outsideQuotes(there, withEventArticle) : there;
  const lowered = text.toLowerCase();
  if (!anyShorthand(lowered) && !kinQuick(lowered) && !mayMeasure(lowered) && !otherQuick(lowered)) return text;
  // A batch meets the same answers often (defaults, pasted paragraphs), and this depends on the text alone.
  return remembered(spelled, text, () => spelledOutNow(text), 4096);
}

const spelled = new Map<string, string>();
/** "oiled/sealed", "his/her": two words with a slash between them, as a sentence writes them ("oiled or sealed"); not a code, a unit, a web address or "and/or". */
const WORDS_SLASHED = /(?<![\w/.:@-])([a-z]{3,})\/([a-z]{3,})(?![\w/.@-])/gi;
// The quick tests, on the lower-cased text (see util/lowered.ts).
const anyOtherShorthand = loweredTest(ANY);
const NOT_WORD = /\W+/;
const anyShorthand = (lowered: string) => lowered.split(NOT_WORD).some((word) => SHORTHAND_WORDS.has(word)) || anyOtherShorthand(lowered);
const kinQuick = loweredTest(KIN_QUICK);
const mayMeasure = loweredTest(MAY_MEASURE);
const otherQuick = loweredTest(/\d\s+(?:day|week|month|year)\s+old\b|\skept\s+[a-z]+ing\s+since\b|,\s(?:i|we)\s(?:said|told|explained|replied|pointed|answered)\b|\btold\s+(?:the\s+|a\s+)?[a-z'’-]+\s+(?:was|is|were|are|had|has|would|will|could|did)|\b(?:i|we)\s[^.!?]{0,60}\ssince\s|[a-z]{3}\/[a-z]{3}|\s=\s*[£$€\d]|\bdrivers\s|\bno\s+[a-z]{3,}(?:\s+[a-z]{3,})?\s+(?:(?:ever|yet|since)\s+)?(?:sent|delivered|fitted|installed|done|made|issued|returned|refunded|booked|arranged|repaired|fixed|replaced)\b|\d\s?(?:%|per\s?cent|percent)\s+(?:deposit|down|upfront|advance)|\d\s?(?:am|pm)\b|,\sno\s(?:phone\s)?(?:call|warning|notice|explanation|apology|message|text|update|e-?mail)\b|,\s(?:it|that|this|they|he|she)\s(?:wasn|isn|weren|aren|didn|doesn|hasn|haven|was not|is not|were not|are not|did not|does not|has not|have not)/i);

function withEventArticle(text: string): string {
  return text
    .replace(HAD_DONE, (found: string, lead: string, words: string) => {
      const each = words.split(/\s+/);
      const thing = each[each.length - 1]!;
      // One thing: never a plural ("tyres", but "glass" is one), a mass noun or a word that is no noun before it.
      if ((/s$/.test(thing) && !/ss$/.test(thing)) || /ing$/.test(thing) || NO_ARTICLE_THING.test(thing)) return found;
      if (each.some((word) => NOT_A_NOUN_BEFORE.test(word) || NOT_A_THING.test(word))) return found;
      return `${lead}${/^[aeiou]/.test(words) ? 'an' : 'a'} ${words}`;
    })
    .replace(HAD_EVENT, (found: string, lead: string, words: string) => (words.split(/\s+/).slice(0, -1).some((word) => NOT_A_NOUN_BEFORE.test(word)) ? found : `${lead}${/^[aeiou]/i.test(words) ? 'an' : 'a'} ${words}`));
}

/** "benchtop + install": a plus between words is "and" (never in "C++", "6+", "+44"). */
const PLUS_AS_AND = /(?<=[A-Za-z)])\s+\+\s+(?=[A-Za-z(])/g;
/** "by end of July", "at start of the week": the article a letter writes. */
const END_OF = /\b(by|at|before|until|till|from|since)\s+(end|start|beginning|middle)\s+of\b/gi;

/** "lost 2 days work = £240": what something came to, typed with "=", in brackets after it ("lost 2 days' work (£240)"). */
const EQUALS_MONEY = /[ \t]{0,3}=[ \t]{0,3}((?:[£$€]\s?\d[\d,]*(?:\.\d{1,2})?|\d[\d,]*(?:\.\d{1,2})?\s?(?:€|euros?|pounds?|dollars?|quid|bucks)))(?=\s*(?:[.,;!?)]|$))/gi;

/** "the drivers door": the driver's side of a car, its apostrophe typed without it. */
const DRIVERS_SIDE = /\b([Dd]river)s\s+(door|side|seat|window|mirror|footwell|wing|sill|headlight|wiper)\b/g;
/** "he said it was there before, it wasnt": what was said, then the writer's denial of it, joined by "but". */
const SAID_THEN_DENIED = /(\b(?:said|says|claimed|claims|told me|insisted)\b[^.!?;,]{1,160}),\s+((?:it|that|this|they|he|she)\s+(?:wasn['’]?t|isn['’]?t|weren['’]?t|aren['’]?t|didn['’]?t|doesn['’]?t|hasn['’]?t|haven['’]?t|was not|is not|were not|are not|did not|does not|has not|have not)\b)/g;

/** "would arrive 8am", "turned up 11.15am": a time of day after coming, typed without "at". */
const ARRIVE_TIME = /\b((?:arrive|arrives|arrived|arriving|come|came|coming|turn up|turned up|show up|showed up|start|started|starting|be there|get there|got there|pick up|picked up|collect|collected|deliver|delivered|open|opened|leave|left))\s+(\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.))(?![\w-])/gi;
/** "No plan ever sent", "no refund issued": nothing done, typed without "was". */
const NONE_DONE = /(^|[.!?;]\s+|,\s+(?:and|but)\s+)([Nn]o)\s+((?!ever\b|yet\b|since\b|one\b|matter\b)[a-z]{3,}(?:\s+(?!ever\b|yet\b|since\b)[a-z]{3,})?)\s+((?:ever|yet|at all|since)\s+)?(sent|delivered|fitted|installed|done|made|issued|returned|refunded|booked|arranged|repaired|fixed|replaced)(?=\s*(?:[.,;!]|$|\s+(?:to|by|for|from|since|until|yet|at all)\b))/g;

/** "paid 50% deposit": a share paid as a deposit, typed without its article. */
const PAID_SHARE = /\b((?:paid|pay|paying|took|taken|asked for|requested|wanted|needed))\s+(\d{1,3}\s?(?:%|per\s?cent|percent)\s+(?:deposit|down payment|upfront payment|advance))\b/gi;
/** "over 3 hours late, no call to say so": what never came, set after a comma, is "with no" it. */
const NONE_AFTER_COMMA = /,\s+no\s+((?:warning|notice|explanation|apology|update)(?:\s+(?:whatsoever|at all|given|or (?:call|text|message|email|explanation|apology)))?|(?:phone\s+)?(?:call|message|text|email|e-mail)\s+(?:to say so|to explain|to let (?:me|us) know|to warn (?:me|us)|or (?:text|message|email|call|explanation|apology)|whatsoever|at all))(?=\s*(?:[.;!]|$))/gi;

function spelledOutNow(text: string): string {
  return outsideQuotes(text, (part) =>
    part
      .replace(OF_FOR_HAVE, (found: string, verb: string) => `${verb} have`)
      .replace(PLUS_AS_AND, ' and ')
      // Not inside brackets ("($640 + tax = $723.20)"), which would put brackets in brackets.
      .replace(EQUALS_MONEY, (found: string, money: string, at: number, all: string) => (all.lastIndexOf('(', at) > all.lastIndexOf(')', at) ? found : ` (${money})`))
      .replace(DRIVERS_SIDE, "$1's $2")
      .replace(ARRIVE_TIME, '$1 at $2')
      .replace(PAID_SHARE, '$1 a $2')
      .replace(NONE_DONE, (_found: string, start: string, no: string, thing: string, when: string | undefined, done: string) => `${start}${no} ${thing} ${/[^s]s$/i.test(thing) ? 'were' : 'was'} ${when ? `${when.trim()} ` : ''}${done}`)
      .replace(NONE_AFTER_COMMA, ', with no $1')
      .replace(SAID_THEN_DENIED, '$1, but $2')
      .replace(WORDS_SLASHED, (found: string, first: string, second: string) => (/^(?:and|or)$/i.test(first) || /^(?:and|or)$/i.test(second) ? found : `${first} or ${second}`))
      .replace(END_OF, '$1 the $2 of')
      .replace(DAY_BEFORE_DATE, (day: string) => DAY_NAMES[day.toLowerCase().replace('.', '')] ?? day)
      .replace(TIME_OWED, (found: string, before: string, unit: string, s: string, what: string) =>
        ONE.test(before) ? `${before} ${unit}'${s} ${what}` : COUNT.test(before) ? `${before} ${unit}${s}' ${what}` : found,
      )
      .replace(ITS_FOR_IT_IS, "$1t's")
      .replace(ITS_BEFORE_STATE, "$1t's")
      .replace(ITS_CLEFT, "$1$2t's")
      .replace(ITS_BEFORE_TIME, "$1t's")
      .replace(ITS_THEN_NOUN, (found: string, start: string, i: string, words: string) => (NOT_NOUNS.test(words) ? found : `${start}${i}t's ${words}`))
      .replace(SOLD_AS_IS, '$1 as-is')
      .replace(TOLD_WITHOUT_WHOM, '$1 me ')
      .replace(SAID_THEN_I_SAID, (_, said: string, who: string, verb: string) => `${said}. ${who === 'we' ? 'We' : 'I'} ${verb}`)
      .replace(IM_FOR_I_AM, "I'm")
      .replace(ID_FOR_I_WOULD, "I'd")
      .replace(KIN_POSSESSIVE, (_, before: string, kin: string, after: string) => `${before}${kinPossessive(kin)} ${after}`)
      .replace(KIN_OWNS_ALONE, (_, before: string, _lead: string, kin: string) => `${before}${kinPossessive(kin)}`)
      .replace(AGE_BEFORE_NOUN, '$1-year-old ')
      .replace(AGE_YR_OLD, (_, article: string | undefined, age: string) => (article ? `${article}${age}-year-old` : `${age} ${age === '1' ? 'year' : 'years'} old`))
      // Before what it describes it is one word ("7-year-old lab"); alone, "7 years old".
      .replace(AGE_YO, (_, age: string, next: string | undefined, at: number, all: string) => (next || AGE_AS_NOUN_AFTER.test(all.slice(Math.max(0, at - 30), at)) ? `${age}-year-old` : `${age} years old`))
      .replace(NUMBER_UNIT, (_, n: string, unit: string) => `${n} ${SPELLED_OUT[unit]}`)
      .replace(INCL_BEFORE, 'including')
      .replace(TECH_PERSON, (_, t: string, s: string) => `${t}echnician${s}`)
      .replace(LEFT_MESSAGE, '$1 a voicemail')
      .replace(WORD, (word: string, _typed: string, at: number, all: string) => {
        const lower = word.toLowerCase();
        // "u said": "you"; never a letter of a name or a part ("U-bend", "plan u-2", "Unit U").
        if (lower === 'u') return word === 'u' && !/[-.]/.test(all.charAt(at + 1)) && !/[-.]/.test(all.charAt(at - 1)) ? 'you' : word;
        // "ur agent", "ur not listening": "your" before a noun, "you're" where what follows can only follow a subject.
        if (lower === 'ur' && (word === 'ur' || (word === 'Ur' && /(?:^|[.!?]\s+)$/.test(all.slice(0, at))))) {
          const next = /^\s+([a-z]+)\b(?![-'’])/.exec(all.slice(at + 2));
          if (next === null) return word;
          // A capital is a name ("the Ur site"), but for the capital a sentence starts with.
          const said = YOU_ARE_NEXT.test(next[1]!) ? "you're" : 'your';
          return word === 'Ur' ? said.charAt(0).toUpperCase() + said.slice(1) : said;
        }
        // Only as typed in small letters or with a first capital: "IM" or "WONT" in capitals are something else, or shouting.
        const typedSo = word === lower || word === lower.charAt(0).toUpperCase() + lower.slice(1);
        const fixed = typedSo ? (APOSTROPHE[lower] ?? (word === lower ? SPELLED_OUT[lower] : undefined)) : undefined;
        if (fixed === undefined) return word;
        // "Didnt" at the start of a sentence keeps its capital; "I'm" always has one.
        return /^[A-Z]/.test(word) && !fixed.startsWith('I') ? fixed.charAt(0).toUpperCase() + fixed.slice(1) : fixed;
      })
      .replace(AGE_COMPOUND, (found: string, n: string, unit: string, next: string | undefined, at: number, all: string) =>
        unit === unit.toLowerCase() && n !== '1' && ((next !== undefined && !NOT_DESCRIBED.test(next)) || ARTICLE_BEFORE.test(all.slice(Math.max(0, at - 6), at))) ? `${n}-${unit}-old` : found,
      )
      .replace(DONE_SINCE, doneSince)
      .replace(KEPT_SINCE, (found: string, subject: string, doing: string) => `${subject} ${/^(?:i|we|they|you)$/i.test(subject) || /[^s]s$/i.test(subject) ? 'have' : 'has'} kept ${doing} `)
      // After the shorthand is spelled out: "2 wk wait" is "2-week wait".
      .replace(MEASURE_BEFORE_NOUN, joinedMeasure)
      // "incl. VAT", "approx. 2 hours": the abbreviation's full stop goes with it when the sentence goes on.
      .replace(SPELLED_THEN_STOP, '$1'),
  );
}

/**
 * "Dropped off my car for new brake pads.": a story that starts with what the writer did, typed
 * without "I", which a letter puts back. Only verbs of the writer's part (booking, paying,
 * bringing something in) count: "Arrived three hours late" is the business's doing.
 */
const WRITER_BEGAN = /^(?:(?:still\s+)?(?:never|haven['’]t|have\s+not|didn['’]t|did\s+not)\s+(?:(?:yet|even|ever)\s+)?(?:received?|heard|had\s+(?:a|an|any|the|my|our)|g[eo]t\s+(?:a|an|any|the|my|our|it|them|\d|[£$€]))\b|missed(?=[^.,;]*\b(?:my|our)\b)|cancel+ed(?=\s+(?:in person|online|by (?:phone|email|e-mail|letter)|over the phone|on \d|on (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d|(?:in|on|via|through|using) (?:the|your|their|my|our) (?:app|website|site|portal|online account)|(?:my|our|the) (?:membership|subscription|contract|account|plan|direct debit|policy))\b)|booked|ordered|bought|purchased|paid|hired|signed up|signed(?=\s+(?:a|an|the|my|our|up|contracts?|agreements?|leases?|for|on)\b)|subscribed|joined|reserved|rented|dropped off|dropped|brought|took(?!\s+(?:[£$€¥]|(?:\d+|a|an|over|about|almost|nearly|ages|forever|two|three|four|five|six|several|many|weeks|days|months|hours|another|more|extra|payments?|(?:my\s+|our\s+)?(?:money|deposit|payments?|fees?))\b))|left|sent|called|rang|phoned|emailed|contacted|visited|went(?!\s+(?:quiet|silent|dead|missing|wrong|downhill|on|off|bust|under|unanswered|ignored)\b)|arranged|agreed|chose|placed|asked|moved|drove|flew|noticed|didn['’]t notice|did not notice|realised|realized|found out|discovered|checked|tried|had to|got(?=\s+(?:a|an|the|my|our|another|\d+|[£$€]))|reported|complained|returned|collected|picked (?:(?:him|her|it|them)\s+)?up|was (?:told|promised|charged|quoted|given|sold|offered|advised))\b/i;
/** "Been without a working phone since…": the writer, for some time now. */
const BEEN_BEGAN =
  /^been\s+(?:without|unable|stuck|left|told|charged|given|sent|promised|quoted|offered|forced|refused|ignored|fobbed|(?!(?:happening|raining|snowing|pouring|dragging|sitting|lying|leaking|dripping|running|getting|building|growing|spreading|coming|falling|breaking|flooding|smelling|making|ongoing|during|nothing|something|anything|everything|bring)\b|going\s+on\b)[a-z]{2,}ing)\b/i;
/** "Had a crown fitted in August", "Had eye test", "Had to pay": what the writer had, or had done, typed without "I" ("Had I known" has its own; "Had no reply" may follow what "it" did). */
const HAD_BEGAN = /^had\s+(?!(?:i|we|you|he|she|it|they|there|no)\b)[a-z]/i;

/** What a charge was made without: "without asking me", "without telling us". */
const UNASKED = /\bwithout\s+(asking|consulting|checking with|telling|warning|informing|notifying|calling|phoning|ringing|contacting)\s+(me|us)\b/gi;

/** What only the business does in what happened, typed without its subject: "took 2 more payments", "lost my suitcase". */
const BUSINESS_DID =
  /^(?:took\s+(?:[£$€¥]|\d|(?:another|more|extra|two|three|four|five|six|my|our|the)\b(?=[^.,;]*\b(?:payments?|money|fees?|deposit|charges?|instal+ments?|debits?)\b))|kept\s+(?:(?:my|our|the)\s+(?:money|deposit|payments?|fees?|bond|cash|refund)\b|charging|taking|billing|debiting)|lost\s+(?:my|our)\s+(?:bags?|luggage|suitcases?|parcels?|packages?|booking|order|paperwork)\b|refused\s+to\b|ignored\b|damaged\b|scratched\b|dented\b|stained\b|stopped\s+answering\b|hung\s+up\b|overcharged\s+(?:me|us)\b|double[- ]charged\s+(?:me|us)\b|(?:hasn['’]t|has\s+not|never)\s+(?:(?:once|even|ever)\s+)?(?:replied|responded|answered|called\s+back|rung\s+back|got\s+back|refunded)\b)/i;

/**
 * What the writer did about what happened, typed without "I" in a point of it: "went back twice",
 * "had to buy clothes". Only what the business never does ("sent the wrong size" may be its doing).
 */
const WRITER_DID_NEXT = /^(?:(?:still\s+)?(?:never|haven['’]t|have\s+not|didn['’]t|did\s+not)\s+(?:(?:yet|even|ever)\s+)?(?:received?|heard|had\s+(?:a|an|any|the|my|our)|g[eo]t\s+(?:a|an|any|the|my|our|it|them|\d|[£$€]))\b|missed(?=[^.,;]*\b(?:my|our)\b)|had\s+to|went\s+back|reported|complained|rang|phoned|emailed|called|contacted|waited|tried|asked|spent|got\s+(?:it|them|(?:my|our|the)\s+[a-z]+)\s+back|picked\s+(?:it|them)\s+up|collected\s+(?:it|them|my|our|the)\b)\b/i;

/** ", still charged", ", then billed again": a charge told after the writer's doing, typed without its subject. */
const CHARGED_AFTER = /,\s+(?:(still|then|again|also)\s+)?(charged|billed|debited)\b/i;

/** What was done to the writer's money, typed without "I was": "Charged $59.99 on Oct 1". */
const CHARGED_BEGAN = /^(?:(?:still|then|also|again|yet)\s+)?(?:charged|billed|debited|invoiced|overcharged|double[- ]charged|charged twice)\b/i;

/** What was done to the writer as a passenger or guest, typed without "we were": "Rebooked 2 days later", "downgraded to economy". */
const MOVED_BEGAN = /^(?:rebooked|re-booked|re-routed|rerouted|bumped|downgraded|offloaded|denied\s+boarding|(?:moved|put)\s+(?:on|to|in|into)\s+(?:(?:a|an|another|the)\s+)?(?:[a-z-]+\s+){0,2}?(?:room|flight|seat|hotel|cabin|plane|bus|coach|train|table|economy|class)\b|transferred\s+to\b)/i;

/** How the problem affected the writer, typed without "I": "Threw away about £120 of food", "Had to take a day off". */
const LOSS_BEGAN = /^(?:threw|lost|had|use|need|rely|have to|can['’]t|cannot|missed|spent|wasted|waited|couldn['’]t|could not|was unable|were unable|suffered|needed|ended up|felt|was left|have had to|have lost|have been|have spent|have missed)\b/i;

/** "Left me short on rent", "Cost me a day's pay": what the problem did to the writer, typed without "it". */
const DONE_TO_WRITER = /^(?:(?:left|cost|took|made|forced|caused|kept|meant|put|gave|set|got|had)\s+(?:me|us)|(?:ruined|spoiled|spoilt|wrecked|disrupted)\s+(?:me|us|my|our))\b/i;
/** "Lost 2 days of our holiday": the writer speaks for a household, and the sentence says "We". */
const OURS = /\b(?:our|ours|us|ourselves)\b/i;
const MINE = /\b(?:my|mine|me|myself)\b/i;

/** "I", or "We" for a sentence that speaks of "our" or "us" and not of "my" or "me". */
function writerIn(sentence: string): 'I' | 'We' {
  return OURS.test(sentence) && !MINE.test(sentence) ? 'We' : 'I';
}
/** A verb with "me" after it is not the writer's own doing: "left me short" is not "I left me short". */
const TO_ME_NEXT = /^\S+(?:\s+(?:off|up|in|on))?\s+(?:me|us|myself|ourselves)\b/i;

/** The writer's account of what it cost them, with its "I" (or "It") put back. */
function withWriterFirstInImpact(text: string): string {
  return eachSentence(text, (sentence) => {
    if (DONE_TO_WRITER.test(sentence)) return `It ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`;
    // "Having to get 2 buses to work": what the writer has to do now.
    if (/^having\s+to\b/i.test(sentence)) return `${writerIn(sentence) === 'We' ? 'We are' : 'I am'} ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`;
    if (!LOSS_BEGAN.test(sentence) || TO_ME_NEXT.test(sentence)) return writerFirst(sentence);
    const rest = `${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`;
    return writerIn(sentence) === 'We' ? `We ${rest.replace(/^was\b/, 'were')}` : `I ${rest}`;
  });
}

function withWriterFirst(text: string): string {
  return eachSentence(text, (sentence) => {
    const told = writerFirst(sentence);
    // "rented unit B-114 since feb": with its "I" back, what has gone on until now is said so too.
    return told !== sentence && /\ssince\s/i.test(told) ? told.replace(DONE_SINCE, doneSince) : told;
  });
}

/** Each sentence of a text typed a sentence at a time: "Signed up in April. Been without a pump since May." */
function eachSentence(text: string, change: (sentence: string) => string): string {
  // Latin capitals, not a Unicode class: the expression is compiled for every letter.
  if (!/[.!?]\s+[A-Za-z\u00C0-\u00DE]/.test(text)) return change(text);
  // A sentence typed in small letters is one too ("kids cant use it. been chasing for weeks"); not after an abbreviation ("approx. 3", "Mr. smith").
  return text.split(/(?<=(?<!\b(?:[A-Za-z]|mr|mrs|ms|dr|st|no|approx|vs|etc|e\.g|i\.e|incl))[.!?])(\s+)(?=[A-Za-z\u00C0-\u00DE])/).map((part, i) => (i % 2 === 0 ? change(part) : part)).join('');
}

/**
 * The words the three expressions above can start with: a sentence that starts with none of
 * them is left as it is without running them (each takes a fraction of a millisecond to
 * compile, which a single letter pays). Keep it in step with them.
 */
const WRITER_FIRST_WORDS = new Set(
  (
    'been cancelled canceled charged billed debited invoiced overcharged double double-charged booked ordered bought purchased paid hired signed subscribed joined reserved ' +
    "rented dropped brought took left sent called rang phoned emailed contacted visited went arranged agreed chose placed asked moved drove flew noticed didn't didn’t did " +
    "realised realized found discovered checked tried reported complained returned collected picked was had got missed never still haven't haven’t have rebooked re-booked re-routed rerouted bumped downgraded offloaded denied put transferred"
  ).split(' '),
);
const FIRST_WORD = /^[A-Za-z'’-]+/;

function writerFirst(text: string): string {
  const first = FIRST_WORD.exec(text)?.[0].toLowerCase();
  if (first === undefined || !WRITER_FIRST_WORDS.has(first)) return text;
  if (TO_ME_NEXT.test(text)) return text;
  const rest = `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
  const we = writerIn(text) === 'We';
  // "charged £330 over quote without asking me": passive, the one who did not ask is no longer named.
  if (MOVED_BEGAN.test(text)) return `${we ? 'We were' : 'I was'} ${rest}`;
  if (CHARGED_BEGAN.test(text)) return `${we ? 'We were' : 'I was'} ${rest.replace(UNASKED, (_, verb: string, who: string) => (/^(?:ask|consult|check)/i.test(verb) ? `without ${/^us$/i.test(who) ? 'our' : 'my'} agreement` : /^(?:call|phon|ring|contact)/i.test(verb) ? `without anyone contacting ${who.toLowerCase()}` : 'without being told'))}`;
  if (BEEN_BEGAN.test(text)) return `${we ? 'We' : 'I'} have ${rest}`;
  if (HAD_BEGAN.test(text)) return `${we ? 'We' : 'I'} ${rest}`;
  if (!WRITER_BEGAN.test(text)) return text;
  // "Cancelled in the app, still charged": the charge that follows is told with its own subject.
  const told = rest.replace(CHARGED_AFTER, (_, still: string | undefined, charged: string) => `, ${/^still$/i.test(still ?? '') ? 'but' : 'and'} ${we ? 'we were' : 'I was'} ${still ? `${still.toLowerCase()} ` : ''}${charged}`);
  return we ? `We ${told.replace(/^was\b/, 'were')}` : `I ${told}`;
}

/** What was bought, typed as the writer's sentence: "I bought a fridge freezer", "we booked two nights". */
const BOUGHT_BEFORE_ITEM = /^(?:i|we)\s+(?:(?:have|had|recently|just)\s+)?(?:bought|purchased|ordered|booked|paid for|hired|rented|got|signed up for|subscribed to|took out|reserved)\s+(?=\S)/i;

/** "I bought a fridge freezer from you" -> "a fridge freezer from you": the thing, which a letter names in its own sentence. */
function itemWithoutPurchaseVerb(item: string): string {
  const bought = BOUGHT_BEFORE_ITEM.exec(item.trim());
  return bought ? item.trim().slice(bought[0].length).replace(/[.\s]+$/, '') : item;
}

/** The case with the writer's own sentences (story, contacts, request and its costs) spelled out; the same object when nothing changes. */
const WITH_IN_NAME = /(?<![\w/])[Ww]\/[Oo](?![\w/])|(?<![\w/])[Ww]\/(?=\s)/g;

export function withShorthandSpelledOut<C extends ResolvedCase>(c: C): C {
  const list = (items: string[]) => {
    const out = items.map(spelledOut);
    return out.every((item, i) => item === items[i]) ? items : out;
  };
  const one = <T extends string | undefined>(text: T): T => (text === undefined ? text : (spelledOut(text) as T));
  // What happened, point by point: "Charged $59.99 on Oct 1" is what was done to the writer.
  // "was charged €720", "was told to wait": done to the writer, who is its subject.
  const doneToWriter = (item: string) => CHARGED_BEGAN.test(item) || MOVED_BEGAN.test(item) || /^(?:was|were)\s+(?:told|promised|charged|quoted|given|sold|offered|advised)\b/i.test(item);
  // "took 2 more payments", "lost my bag": what happened, typed without its subject, was the business's doing.
  // "Hasn't replied since 20 Sept": said of "you", the verb agrees ("You haven't replied").
  const byBusiness = (item: string) => (BUSINESS_DID.test(item) && !TO_ME_NEXT.test(item) ? `You ${item.charAt(0).toLowerCase()}${item.slice(1)}`.replace(/^You has(n['’]t|\s+not)\b/, 'You have$1') : item);
  const charges = (items: string[]) => (items.some((item) => doneToWriter(item) || BUSINESS_DID.test(item)) ? items.map((item) => (doneToWriter(item) ? withWriterFirst(item) : byBusiness(item))) : items);
  // "went back twice", "had to buy clothes": what the writer did about it, typed without "I".
  const writersOwn = (items: string[]) => {
    const out = items.map((item) => (WRITER_DID_NEXT.test(item) && !TO_ME_NEXT.test(item) ? `${writerIn(item)} ${item.charAt(0).toLowerCase()}${item.slice(1)}` : item));
    return out.every((item, i) => item === items[i]) ? items : out;
  };
  const story = {
    ...c.story,
    circumstances: withWriterFirst(one(c.story.circumstances)),
    expectations: list(c.story.expectations),
    outcome: writersOwn(charges(list(c.story.outcome))),
    ...(c.story.impact !== undefined && { impact: withWriterFirstInImpact(one(c.story.impact)) }),
  };
  const contacts = c.contacts.map((contact) => (contact.result === undefined ? contact : { ...contact, result: one(contact.result) }));
  const costs = c.request.costs.map((cost) => ({ ...cost, what: spelledOut(cost.what) }));
  const request = {
    ...c.request,
    ...(c.request.correction !== undefined && { correction: one(c.request.correction) }),
    ...(c.request.reason !== undefined && { reason: one(c.request.reason) }),
    costs: costs.every((cost, i) => cost.what === c.request.costs[i]!.what) ? c.request.costs : costs,
  };
  // What they replied and the writer's answer to it, as the letters after a reply tell them.
  const replyOf = <R extends { text?: string; reason?: string } | undefined>(reply: R): R => {
    if (!reply) return reply;
    const text = reply.text === undefined ? undefined : spelledOut(reply.text);
    const reason = reply.reason === undefined ? undefined : spelledOut(reply.reason);
    return text === reply.text && reason === reply.reason ? reply : { ...reply, ...(text !== undefined && { text }), ...(reason !== undefined && { reason }) };
  };
  const reply = replyOf(c.reply);
  const replied = replyOf(c.replied);
  // What was bought is a name: of its shorthand, only "w/" and "w/o" are spelled out ("cedar deck w/ stairs"),
  // a plus between words said ("benchtop + install" -> "benchtop and install"), and a measure before a noun joined ("12 month plan" -> "12-month plan").
  const named = itemWithoutPurchaseVerb(c.purchase.item).replace(WITH_IN_NAME, (found: string) => (found.length > 2 ? 'without' : 'with')).replace(PLUS_AS_AND, ' and ');
  const item = MAY_MEASURE.test(named) ? named.replace(MEASURE_BEFORE_NOUN, joinedMeasure) : named;
  const same =
    item === c.purchase.item &&
    story.circumstances === c.story.circumstances &&
    story.expectations === c.story.expectations &&
    story.outcome === c.story.outcome &&
    story.impact === c.story.impact &&
    contacts.every((contact, i) => contact.result === c.contacts[i]!.result) &&
    request.correction === c.request.correction &&
    request.reason === c.request.reason &&
    request.costs === c.request.costs &&
    reply === c.reply &&
    replied === c.replied;
  return same
    ? c
    : { ...c, ...(item !== c.purchase.item && { purchase: { ...c.purchase, item } }), story, contacts, request, ...(reply && { reply }), ...(replied && { replied }) };
}
