// Shouting: runs of capital-letter words, and repeated ! or ?!.
// Acronyms (USD, BBB, FTC, UK, ID, PDF) and references (HV-55120) are not shouting.
import type { RawFinding } from './types.js';
import { allMatches } from '../util/matches.js';
import { onFirstUse } from '../util/on-first-use.js';

/** Common acronyms that contain a vowel (those without one, like BBB or PDF, are recognised anyway). */
export const ACRONYMS: ReadonlySet<string> = new Set([
  'ID', 'UK', 'US', 'USA', 'EU', 'EEA', 'UAE', 'UN', 'OK', 'IT', 'AI', 'UI', 'OS', 'IOS', 'ISP', 'ISA', 'IBAN', 'SWIFT', 'BIC',
  'SEPA', 'ACH', 'ATM', 'PIN', 'VAT', 'GST', 'HST', 'PAYE', 'IRS', 'HMRC', 'DVLA', 'DVSA', 'NHS', 'GP', 'CEO', 'CFO', 'COO',
  'CTO', 'HR', 'PR', 'VIP', 'FAQ', 'ETA', 'ASAP', 'RSVP', 'AKA', 'FYI', 'NB', 'PS', 'RE', 'FW', 'FWD', 'AM', 'PM', 'GMT',
  'UTC', 'EST', 'EDT', 'PST', 'PDT', 'CET', 'BST', 'AEST', 'USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'CHF', 'JPY', 'INR',
  'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'ZAR', 'BRL', 'MXN', 'SGD', 'HKD', 'CNY', 'ILS', 'AED', 'TRY', 'LTD', 'PLC',
  'INC', 'LLC', 'LLP', 'CORP', 'CO', 'GMBH', 'AG', 'SA', 'SARL', 'BV', 'NV', 'AB', 'OY', 'SPA', 'SRL', 'PTY', 'BBB', 'FTC',
  'CFPB', 'FCA', 'FOS', 'CMA', 'ICO', 'ASA', 'OFGEM', 'OFCOM', 'OFWAT', 'ORR', 'CAA', 'FAA', 'DOT', 'FCC', 'CPSC', 'ADR',
  'ODR', 'ABTA', 'ATOL', 'IATA', 'UPS', 'USPS', 'DHL', 'DPD', 'EVRI', 'TNT', 'GLS', 'AO', 'EE', 'BT', 'TUI', 'IKEA', 'ASOS',
  'ASDA', 'AVIVA', 'AXA', 'AIG', 'AT', 'TV', 'DVD', 'USB', 'HDMI', 'LED', 'LCD', 'OLED', 'GPS', 'SIM', 'SMS', 'MMS', 'APP',
  'IMEI', 'VIN', 'MOT', 'SKU', 'UPC', 'EAN', 'ISBN', 'RMA', 'PO', 'POA', 'COD', 'ETD', 'PNR', 'EU261', 'UK261', 'ATOL',
  'API', 'URL', 'HTML', 'PDF', 'JPEG', 'JPG', 'PNG', 'ZIP', 'CSV', 'XLS', 'DOC', 'DOCX', 'ISO', 'ANSI', 'IEEE', 'AC', 'DC',
  'NASA', 'NATO', 'UNESCO', 'UNICEF', 'AARP', 'AAA', 'RAC', 'AA', 'USAA', 'EA', 'ESA', 'PIP', 'UC', 'DWP', 'IVA', 'CCJ',
  'OBE', 'MBE', 'MA', 'BA', 'BSC', 'MSC', 'PHD', 'MD', 'DDS', 'RN', 'ESQ', 'JR', 'SR', 'II', 'III', 'IV', 'VI', 'VII',
  'VIII', 'IX', 'XI', 'XII', 'EULA', 'GDPR', 'CCPA', 'HIPAA', 'DSAR', 'SAR', 'POS', 'EFT', 'EFTPOS', 'AMEX', 'VISA', 'OTP',
  'SSN', 'NI', 'NINO', 'DOB', 'ADA', 'EOE', 'HOA', 'ISA', 'ISP', 'EV', 'SUV', 'RV', 'AV', 'IVF', 'ICU', 'ER', 'AE', 'AANDE',
]);

/** Single capitalised words that are almost always emphasis, not names. */
const EMPHASIS = new Set([
  'NEVER', 'NOTHING', 'NOBODY', 'NONE', 'ALWAYS', 'AGAIN', 'STILL', 'TWICE', 'IMMEDIATELY', 'TODAY', 'NOW', 'REFUND',
  'MONEY', 'PLEASE', 'STOP', 'WRONG', 'BROKEN', 'EVERY', 'EVER', 'REALLY', 'SERIOUSLY', 'UNACCEPTABLE', 'RIDICULOUS',
  'DISGUSTING', 'TERRIBLE', 'HORRIBLE', 'AWFUL', 'WORST', 'MUST', 'DEMAND', 'LIES', 'LIARS', 'HOURS', 'WEEKS', 'MONTHS',
  'YEARS', 'ONCE', 'SINGLE', 'ACTUALLY', 'THREE', 'FOUR', 'FIVE', 'TIMES', 'PROMISED', 'PAID', 'WANT', 'NEED', 'EXPECT',
  'WHERE', 'WHEN', 'WHAT', 'ABSOLUTELY', 'COMPLETELY', 'TOTALLY', 'ENTIRE', 'WHOLE', 'ANYTHING', 'ANYONE', 'EVERYONE',
  'EVERYTHING', 'NOBODY', 'LATE', 'FINAL', 'LAST', 'FULL', 'SICK', 'TIRED', 'USELESS', 'FURIOUS', 'ANGRY', 'UPSET',
  'DISGRACE', 'DISGRACEFUL', 'SHOCKING', 'APPALLING', 'OUTRAGEOUS', 'OUTRAGED', 'LIVID', 'INSANE', 'CRAZY', 'JOKE',
  'SCAM', 'FRAUD', 'THIEVES', 'CROOKS', 'HELLO', 'ANSWER', 'LISTEN', 'READ', 'LIED',
  // Negations and auxiliaries stressed in capitals ("I did NOT agree", "it WAS delivered").
  'NOT', 'DID', 'DIDNT', 'DOES', 'DOESNT', 'DONT', 'WAS', 'WASNT', 'WERE', 'WERENT', 'IS', 'ISNT', 'CANT', 'CANNOT',
  'WONT', 'WOULDNT', 'COULDNT', 'SHOULDNT', 'HAVENT', 'HASNT', 'HADNT', 'HAVE', 'HAD', 'HAS',
  // Quantities and sizes stressed in capitals ("SIX weeks", "the SECOND time", "a HUGE mess").
  'TWO', 'SIX', 'SEVEN', 'EIGHT', 'NINE', 'TEN', 'ZERO', 'SECOND', 'THIRD', 'FOURTH', 'FIFTH', 'HUGE', 'MASSIVE', 'ENORMOUS',
  'VERY', 'ONLY', 'ALL', 'ANY', 'YOU', 'YOUR', 'MY', 'MINE',
  // Joining and pointing words stressed in capitals ("on 1 October AND 1 November", "there was NO hot water", "THEY cancelled").
  'AND', 'BUT', 'NOR', 'BOTH', 'ALSO', 'TOO', 'EVEN', 'THEN', 'BEFORE', 'AFTER', 'WITHOUT', 'MORE', 'NO', 'THEY', 'THEM', 'THEIR',
  'THIS', 'THAT', 'WE', 'OUR', 'HE', 'SHE', 'HIS', 'HER',
]);

const TOKEN = onFirstUse(() => /[\p{L}\p{N}]+(?:['’.&/-][\p{L}\p{N}]+)*/gu);
const MAYBE_CAPITALS = /[A-Z\u0080-\uffff]{2}/;
const HAS_LOWER = onFirstUse(() => /\p{Ll}/u);
const HAS_DIGIT = onFirstUse(() => /\p{N}/u);
const VOWEL = /[AEIOUY]/;

/** 'short': two or three capitals, neither counted as shouting nor breaking a run of it. */
type Kind = 'shout' | 'short' | 'acronym' | 'neutral' | 'other';

/**
 * Words a language other than English has: its own abbreviations, and its words that are
 * shouting even alone, which take the place of the English ones ("IS", "MY" and "ALL" stressed
 * in capitals are English; in a Spanish letter "IS 3821" is a flight).
 */
export interface ShoutingWords {
  acronyms: ReadonlySet<string>;
  emphasis: ReadonlySet<string>;
}
const stressed = (bare: string, words?: ShoutingWords) => (words ? words.emphasis.has(bare) : EMPHASIS.has(bare));

function classify(token: string, words?: ShoutingWords): Kind {
  if (HAS_DIGIT().test(token)) return 'neutral'; // HV-55120, 2026, A1
  if (HAS_LOWER().test(token) || !/\p{Lu}/u.test(token)) return 'other';
  const letters = token.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2) return 'neutral'; // I, A
  const bare = token.replace(/['’]/g, '');
  // A reference or code joined by a slash ("OMH/WED") is not words.
  if (ACRONYMS.has(bare) || words?.acronyms.has(bare) || /[.&/]/.test(token) || !VOWEL.test(letters)) return 'acronym';
  // Two or three capitals are a code far more often than a shouted word ("PIR TFN IB", a
  // baggage claim): only words known to be stressed so ("NOT", "ALL", "YOU") count.
  if (letters.length <= 3 && !stressed(bare, words)) return 'short';
  return 'shout';
}

function lowerCase(text: string, words?: ShoutingWords): string {
  return text.replace(new RegExp(TOKEN().source, 'gu'), (token, at: number) => {
    const kind = classify(token, words);
    if (kind === 'shout' || kind === 'short') return token.toLowerCase();
    // In a shouted run, "IT BROKE" and "CHARGED US" are the words, not the acronyms.
    if (EVERYDAY_WORDS.has(token) && (SHOUTED_VERB().test(text.slice(at + token.length).trimStart()) || OBJECT_AFTER().test(text.slice(0, at)))) return token.toLowerCase();
    return token;
  });
}

const SHOUT_MESSAGE = (t: string) =>
  `"${t}" is in capital letters, which reads as shouting. Write it in normal letters; your facts are strong enough on their own.`;

/** Shouting inside [from, to): the letter's body, so addresses and names in capitals are left alone. */
export function findShouting(text: string, out: RawFinding[], from = 0, to = text.length, words?: ShoutingWords): void {
  // Two capital letters in a row are needed; the cheap test (any letter beyond ASCII may be
  // one) spares most texts the Unicode one.
  if (!MAYBE_CAPITALS.test(text) || !/\p{Lu}{2}/u.test(text)) return;
  TOKEN().lastIndex = from;
  let run: { start: number; end: number; shouts: number; first?: string } | undefined;
  const flush = () => {
    if (!run) return;
    const found = text.slice(run.start, run.end);
    const first = run.first?.replace(/['’]/g, '');
    // A company's registered name is often written in capitals ("BRIGHTLINE CARPET CARE LTD"): a name, not shouting.
    if (LEGAL_FORM_END.test(found)) {
      run = undefined;
      return;
    }
    if (run.shouts >= 2 || (run.shouts === 1 && stressed(first!, words))) {
      out.push({ rule: 'shouting', severity: 'error', start: run.start, end: run.end, message: SHOUT_MESSAGE(found), suggestion: lowerCase(found, words) });
    }
    run = undefined;
  };
  let lastEnd = from;
  for (let m = TOKEN().exec(text); m && m.index < to; m = TOKEN().exec(text)) {
    const token = m[0];
    const end = m.index + token.length;
    const kind = classify(token, words);
    if (run && /\n/.test(text.slice(lastEnd, m.index))) flush();
    lastEnd = end;
    if (kind === 'other') {
      flush();
      continue;
    }
    if (kind === 'neutral' || kind === 'short') continue;
    if (!run) run = { start: m.index, end, shouts: 0 };
    run.end = end;
    if (kind === 'shout') {
      run.shouts++;
      run.first ??= token;
    }
  }
  flush();
}

/** The legal form a company's name ends with. */
const LEGAL_FORM_END = /\s(?:LTD|LIMITED|PLC|LLP|LLC|INC|CORP|CO|GMBH|AG|KG|UG|SARL|SAS|SA|SL|SLU|BV|NV|PTY(?:\s+LTD)?|DAC|CIC)\.?$/;

const CALENDAR_WORD = /\b(?:january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|easter)\b/g;
/** Two capitals in a row: the cheap sign that a text may shout. */
const MAY_SHOUT = onFirstUse(() => /\p{Lu}{2}/u);
/** Acronyms that are everyday words too ("IT" and "it", "US" and "us"). */
const EVERYDAY_WORDS = new Set(['IT', 'US', 'AM', 'AT']);
/** A shouted run that starts with a verb: "BROKE AFTER…", "WAS NEVER…", "KEEPS…". */
const SHOUTED_VERB = onFirstUse(() => /^(?:WAS|WASN'?T|IS|ISN'?T|HAS|HASN'?T|HAD|DID|DIDN'?T|DOES|DOESN'?T|NEVER|STILL|JUST|ONLY|ALSO|WILL|WON'?T|WOULD|CAN|CAN'?T|COULD|SHOULD|MUST|KEEPS|KEPT|CAME|WENT|TOOK|BROKE|\p{Lu}+ED)\b/u);
/** A verb in capitals just before: "CHARGED US", "TOLD US", "CALL US". */
const OBJECT_AFTER = onFirstUse(() => /\b(?:\p{Lu}+ED|TOLD|SENT|GAVE|LET|CALL|TELL|SEND|GIVE|ASK|HELP|OWE|OWES|PAY|SHOW|LEFT|KEPT|CHARGE|CONTACT|EMAIL|REFUND)\s+$/u);
/** A short word in capitals just before a shouted run ("THE", "MY"), written as the run is. */
const SHORT_BEFORE = onFirstUse(() => /(?:^|[^\p{L}])(\p{Lu}{1,3})\s+$/u);

/** Short words that only a sentence has, never a name: a run with one of them is shouted words. */
const SENTENCE_WORDS = new Set([
  'THE', 'A', 'AN', 'AND', 'OR', 'BUT', 'SO', 'OF', 'TO', 'IN', 'ON', 'AT', 'FOR', 'WITH', 'FROM', 'BY', 'AS', 'IT', 'ITS',
  'I', 'ME', 'WE', 'US', 'HE', 'SHE', 'THEY', 'THEM', 'HIS', 'HER', 'OUR', 'THIS', 'THAT', 'NO', 'BE', 'BEEN', 'AM', 'ARE',
  'IF', 'UP', 'OUT', 'OFF', 'GOT', 'GET', 'SAY', 'SAID', 'CAME', 'WENT', 'CAN', 'WILL', 'WHY', 'HOW', 'WHO',
]);

/** What a case says about its words, for writing what it shouts in normal letters. */
export interface CalmingWords {
  /** Words the writer types in small letters somewhere: ordinary words, not names. */
  common: { has(word: string): boolean };
  /** Names as the writer writes them elsewhere, by their lower-case form ("acme kitchens" -> "Acme Kitchens"). */
  written?: () => ReadonlyMap<string, string>;
}

/** A sentence's end inside a shouted run ("CRACKED. JOHN SMITH"): each sentence is judged alone. */
const SENTENCE_END = /(?<=[.!?]["'’”)]?)\s+/;

/**
 * Whether a shouted part of a sentence may be a name typed in capitals ("JOHN SMITH", "ACME
 * KITCHENS"): at most three words, none stressed so (NEVER, TWO), none a word only sentences
 * have (THE, OF), none typed in small letters elsewhere in the case.
 */
function mayBeName(part: string, words?: CalmingWords): boolean {
  const tokens = part.match(TOKEN()) ?? [];
  const shouted = tokens.filter((token) => classify(token) === 'shout');
  if (shouted.length === 0 || shouted.length > 3) return false;
  return tokens.every((token) => {
    const bare = token.replace(/['’]/g, '');
    return !EMPHASIS.has(bare) && !SENTENCE_WORDS.has(bare) && !words?.common.has(token.toLowerCase());
  });
}

/** Names the case writes with capitals elsewhere, put back where the calmed text has them in small letters. */
function withNamesWritten(calm: string, typed: string, words?: CalmingWords): string {
  const written = words?.written?.();
  if (!written || written.size === 0) return calm;
  let out = calm;
  for (const [lower, name] of written) {
    for (let at = out.indexOf(lower); at !== -1; at = out.indexOf(lower, at + name.length)) {
      const whole = !/[\p{L}\p{N}]/u.test(out[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(out[at + lower.length] ?? '');
      // Only where the writer typed the name in capitals, not an ordinary word the name shares.
      if (whole && typed.slice(at, at + lower.length) === lower.toUpperCase()) out = out.slice(0, at) + name + out.slice(at + lower.length);
    }
  }
  return out;
}

/**
 * `text` with what it shouts in capitals written in normal letters, as a letter says it ("THE
 * BRAKES STARTED GRINDING" -> "The brakes started grinding"); acronyms and references stay, and
 * so does what may be a name ("JOHN SMITH"), unless the case writes it elsewhere ("ACME KITCHENS"
 * -> "Acme Kitchens" for a business written "Acme Kitchens Ltd"). The same string when it shouts nothing.
 */
export function calmed(text: string, words?: CalmingWords): string {
  // The cheap test first (any letter beyond ASCII may be a capital), as findShouting does.
  if (!MAYBE_CAPITALS.test(text) || !MAY_SHOUT().test(text)) return text;
  const found: RawFinding[] = [];
  findShouting(text, found);
  if (found.length === 0) return text;
  let out = '';
  let at = 0;
  for (const finding of found) {
    let start = finding.start;
    const typedRun = text.slice(finding.start, finding.end);
    let prefix = '';
    const before = SHORT_BEFORE().exec(text.slice(at, start));
    if (before && !ACRONYMS.has(before[1]!)) {
      start -= before[0].length - before[0].indexOf(before[1]!);
      prefix = text.slice(start, finding.start);
    }
    const typed = prefix + typedRun;
    let calm = '';
    let offset = 0;
    for (const part of typed.split(SENTENCE_END)) {
      const from = typed.indexOf(part, offset);
      calm += typed.slice(offset, from);
      offset = from + part.length;
      const sentenceStart = from > 0 || /^\s*$|[.!?:]["'’”)]?\s+$/.test(text.slice(0, start));
      if (mayBeName(part, words)) {
        calm += words?.written?.().get(part.toLowerCase()) ?? part;
        continue;
      }
      // Months and days keep their capitals ("until 20 October").
      let written = withNamesWritten(lowerCase(part).replace(CALENDAR_WORD, (word) => word.charAt(0).toUpperCase() + word.slice(1)), part, words);
      // A sentence that starts with the run starts with its capital.
      if (sentenceStart) written = written.charAt(0).toUpperCase() + written.slice(1);
      calm += written;
    }
    out += text.slice(at, start) + calm;
    at = finding.end;
  }
  return out + text.slice(at);
}

const PUNCTUATION = /[!?‼⁇⁈⁉！？]{2,}/gu;

export function findExclamation(text: string, out: RawFinding[]): void {
  for (const m of allMatches(text, PUNCTUATION)) {
    const found = m[0];
    const bangs = /[!‼⁈⁉！]/u.test(found);
    if (!bangs && [...found].length < 3) continue; // "??" on its own is let through
    const question = /[?⁇⁈⁉？]/u.test(found);
    out.push({
      rule: 'exclamation',
      severity: 'error',
      start: m.index,
      end: m.index + found.length,
      message: `"${found}": repeated ${question && bangs ? 'question and exclamation marks read' : bangs ? 'exclamation marks read' : 'question marks read'} as shouting. One ${question ? 'question mark' : 'full stop'} is enough.`,
      suggestion: question ? '?' : '.',
    });
  }
}
