// Firmness: does the letter ask for something concrete, with an amount, a date and a
// reference, without apologising for asking? Findings here are warnings.
//
// The questions "is there a request / an amount / a date / a reference?" are asked of
// each form separately (a date written out, a numeric date, …): a match of the whole
// alternation is a match of one of its forms, and each form is a small expression that is
// only compiled when a text gets through its gate (prefilter.ts).
import { Pattern, TextIndex } from './prefilter.js';
import { wordPattern } from './text.js';
import type { RawFinding } from './types.js';
import { allMatches } from '../util/matches.js';

const OUTCOME = String.raw`(?:refund\w*|repa(?:y|id|yment)|reimburs\w*|money back|replace\w*|repair\w*|fix\w*|correct\w*|credit\w*|compensat\w*|exchange\w*|cancel\w*|reverse|reversal|revers(?:ed|ing)|waive\w*|remov\w*|resend|re-?send|re-?deliver\w*|deliver\w*|return\w*|collect\w*|rebook\w*|amend\w*|honou?r\w*|reinstat\w*|restor\w*|reconnect\w*|discount\w*|voucher|goodwill|pay(?:ment)?|send|sent|issue|process|arrange|put (?:this|it|things|matters|that) right|make (?:this|it) good|close (?:my|the) account|stop (?:charging|billing|taking)|take (?:back|away)|complete (?:the|my)|finish (?:the|my)|visit|attend)`;

const REQUEST_PATTERNS = [
  `(?:please|kindly) (?:[a-z\\u00C0-\\u024F'’-]+ ){0,4}?${OUTCOME}`,
  `i (?:would like|'d like|want|need|expect|require|request|am requesting|'m requesting|am asking(?: for| you to)?|'m asking(?: for| you to)?|ask(?: for| you to| that)?|am seeking|seek|insist|am entitled to|am claiming|claim|would be grateful|'d be grateful|would appreciate|'d appreciate|must ask|look forward to (?:receiving|getting))(?: [a-z0-9\\u00C0-\\u024F$£€.,'’-]+){0,8}? ${OUTCOME}`,
  `(?:could|can|will|would) you (?:please )?(?:[a-z\\u00C0-\\u024F'’-]+ ){0,2}?${OUTCOME}`,
  `(?:an?|the|full|partial|my) (?:full |partial )?(?:refund|replacement|repair|correction|credit|reimbursement|compensation|exchange)(?: [^.!?\\n]{0,80}?)? would (?:put|make|resolve|settle|be)`,
  `my (?:request|ask|claim) (?:is|:)`,
  `request(?:ing)?(?: (?:for|of))? (?:an?|the|full|partial) (?:full |partial )?(?:refund|replacement|repair|correction|credit|reimbursement|compensation|exchange)`,
  `(?:refund|replacement|repair|correction|credit|reimbursement) request`,
];
// A request may also be a bullet or line of its own: "- refund the $240.00 I paid".
const BULLET_REQUEST = String.raw`^[ \t]*(?:[-*•–]|\d+[.)])?[ \t]*(?:please[ \t]+)?${OUTCOME}\b`;
const REQUESTS = [
  ...REQUEST_PATTERNS.map((source, k) => new Pattern(`firmness.request.${k}`, source, () => wordPattern([source], 'i'))),
  new Pattern('firmness.request.bullet', BULLET_REQUEST, () => new RegExp(BULLET_REQUEST, 'im')),
];

const REFUND_ASK_SOURCE = String.raw`\b(?:refund\w*|reimburs\w*|repay\w*|money back|compensation|goodwill payment|partial refund)\b`;
const REFUND_ASK = new Pattern('firmness.refund-ask', REFUND_ASK_SOURCE, () => new RegExp(REFUND_ASK_SOURCE, 'i'));

const NUM = String.raw`\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const SYMBOL = String.raw`[$£€¥￥₹₩₽₺₪₫₴₦₱฿]|(?:US|AU|A|C|CA|NZ|HK|S|R|MX)\$|Rs\.?|kr\.?|zł|Fr\.?`;
const ISO = 'USD|EUR|GBP|CAD|AUD|NZD|CHF|JPY|CNY|INR|SEK|NOK|DKK|PLN|CZK|HUF|ZAR|BRL|MXN|SGD|HKD|RON|TRY|ILS|KRW|AED';
const MONEY_FORMS = [
  String.raw`(?:${SYMBOL})\s?(?:${NUM})`,
  String.raw`(?<![A-Za-z\u00C0-\u024F])(?:${ISO})\s?(?:${NUM})`,
  String.raw`(?:${NUM})\s?(?:${SYMBOL}|(?:${ISO}|dollars?|pounds?|euros?|quid|bucks|pence|cents?|francs?|kronor|krona|kroner|yen|rupees?)(?![A-Za-z\u00C0-\u024F]))`,
];
const MONEY = MONEY_FORMS.map((source, k) => new Pattern(`firmness.money.${k}`, source, () => new RegExp(source, 'i')));

/** Month names in English and in the languages of common locales (a date may be formatted for the letter's locale). */
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?` +
  String.raw`|januar|jänner|februar|märz|mai|oktober|dezember|janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre` +
  String.raw`|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre` +
  String.raw`|januari|februari|maart|mei|augustus|janeiro|fevereiro|março|marco|maio|junho|julho|setembro|outubro|novembro|dezembro)\.?`;
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|er|º|\.)?`;
const DATE_FORMS = [
  String.raw`${DAY}(?: of| de)? ${MONTH}(?:,? (?:de )?\d{4})?`,
  String.raw`${MONTH} ${DAY}(?:,? \d{4})?`,
  String.raw`\d{4}-\d{1,2}-\d{1,2}`,
  String.raw`\d{4}[/.]\d{1,2}[/.]\d{1,2}`,
  String.raw`\d{1,2}[/.]\d{1,2}[/.]\d{2,4}`,
  String.raw`\d{1,2}-\d{1,2}-\d{4}`,
  String.raw`\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日`,
  String.raw`\d{4}년 \d{1,2}월 \d{1,2}일`,
  String.raw`(?:the )?end of ${MONTH}(?: \d{4})?`,
];
const WEEKDAY = String.raw`(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?`;
const DEADLINE_WORDS = String.raw`(?:by|before|until|till|no later than|not later than|on or before|at the latest by|latest|deadline(?: for [A-Za-z\u00C0-\u024F ]{1,30}?)?(?: is| of|:)?|due(?: by| on)?|expires? on)`;
// A time the law sets, counted from when the reader receives the letter ("you must acknowledge
// it within 30 days of receiving it"): the writer cannot know that day, so it has no calendar date.
const TIME_FROM_RECEIPT = String.raw`(?:you|the (?:card )?issuer|the bank) (?:must|are required to|is required to|have to|has to)[^.!?\n]{0,80}?within (?:\d+|[a-z]+) (?:calendar |working |business )?days of (?:receiving|receipt)`;
const DEADLINES = [
  ...DATE_FORMS.map((form, k) => {
    const source = `${DEADLINE_WORDS} (?:the )?(?:${WEEKDAY} )?(?:the )?(?:${form})`;
    return new Pattern(`firmness.deadline.${k}`, source, () => wordPattern([source], 'i'));
  }),
  new Pattern('firmness.deadline.from-receipt', TIME_FROM_RECEIPT, () => wordPattern([TIME_FROM_RECEIPT], 'i')),
];
const WITHIN_SOURCE =
  '(?:reply|respond|response|hear from you|refund\\w*|resolved?|put (?:this|it) right|correct\\w*|repair\\w*|replace\\w*|deliver\\w*|pay|paid)[^.!?\\n]{0,60}?(within (?:\\d+|[a-z]+) (?:calendar |working |business )?(?:days|weeks))';
const WITHIN = new Pattern('firmness.within', WITHIN_SOURCE, () => wordPattern([WITHIN_SOURCE], 'i'));

const REF_KEY = String.raw`(?:order|booking|invoice|account|acct|reference|ref|case|ticket|claim|policy|customer|membership|member|confirmation|tracking|receipt|transaction|contract|reservation|complaint|consignment|parcel|shipment|serial|loan|agreement|job|incident|return|rma|pnr|flight|subscription|meter|application|quote|estimate|booking ref|client|patient|student|bill of sale|bill|trip|ride|job card|job sheet|work order|repair order|unit|plot|registration|reg|tenancy|lease|warranty|guarantee|voucher|certificate|permit|licen[cs]e|passenger|seat|room|table|pass|id)`;
const REFERENCE_FORMS: Array<[string, string]> = [
  [
    // After a colon, a word may name what the reference is: "Merchant reference: trip 8F2K-99QX".
    String.raw`(?<![A-Za-z\u00C0-\u024F])${REF_KEY}(?:\s+(?:no\.?|number|num|nr\.?|id|code|ref(?:erence)?))?(?:\s*:\s*(?:[A-Za-z\u00C0-\u024F]+\s+)?|\s*#?\s*)(?=[A-Za-z0-9\u00C0-\u024F/-]*\d)[A-Za-z0-9\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F/-]{2,}`,
    'i',
  ],
  [String.raw`#\d{3,}`, 'i'],
  // A code of capitals and digits, both: "8F2K-99QX", "X7K2M".
  [String.raw`(?<![A-Za-z0-9\u00C0-\u024F])(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9][A-Z0-9-]{4,}(?![A-Za-z0-9\u00C0-\u024F])`, ''],
  // A number of any kind named as one: "patient no. 88142", "membership number 4471".
  [String.raw`(?<![A-Za-z\u00C0-\u024F])(?:no\.|nr\.|number)\s*:?\s*\d[A-Za-z0-9/-]{2,}`, 'i'],
  // A reference on its own: "HV-55120", "PF 20931".
  [String.raw`(?<![A-Za-z0-9\u00C0-\u024F])(?!(?:${ISO})\b)[A-Z]{1,6}[-/ ]?\d{3,}[A-Z0-9-]*(?![A-Za-z0-9\u00C0-\u024F])`, ''],
];
const REFERENCES = REFERENCE_FORMS.map(([source, flags], k) => new Pattern(`firmness.reference.${k}`, source, () => new RegExp(source, flags)));

const HEDGES = [
  "if (?:it's|it is|that's|that is|this is) not too much (?:trouble|bother|to ask|of an? (?:bother|problem|hassle|inconvenience))",
  "if it (?:isn't|wouldn't be|is not|would not be) too much (?:trouble|bother|to ask)",
  "(?:maybe|perhaps) you (?:could|can|might|would)",
  "(?:maybe|perhaps) (?:it would be|it'd be|there is a way|there's a way|we could)",
  "i (?:was|am|'m) (?:just |kind of |sort of )?(?:wondering|hoping) (?:if|whether|that|you)",
  'i was (?:kind of|sort of) hoping',
  'if (?:at all )?possible',
  'sorry to (?:bother|trouble|be a (?:pain|nuisance|bother)|ask|complain|make a fuss|chase)',
  "i hate to (?:ask|bother|complain|be a [a-z\\u00C0-\\u024F]+|make a fuss|chase)",
  'would it be possible',
  'is there any (?:way|chance)',
  'any chance (?:you|of)',
  "if you (?:don't|do not) mind",
  'if you (?:get|have) (?:a|the) (?:chance|moment|minute)',
  '(?:when|whenever) you (?:get|have) (?:a|the) (?:chance|moment|minute|time)',
  'no (?:rush|hurry|pressure)',
  "i(?:'d| would) (?:understand|totally understand|completely understand) if (?:not|you (?:can't|cannot|couldn't))",
  '(?:just|only) a (?:small|little|tiny|quick) (?:request|favou?r|thing)',
  "i (?:don't|do not) want to be (?:a (?:bother|nuisance|pain)|difficult|demanding|pushy|any trouble)",
  "i (?:just )?thought i(?:'d| would| might) (?:ask|mention|check)",
  "if that(?:'s| is) (?:ok|okay|alright|all right)",
  'it would be nice if',
  "i (?:know|realise|realize) you(?:'re| are) (?:very |really |so )?busy",
  "(?:if|whenever) you(?:'re| are) (?:not too busy|able to find the time)",
];

const HEDGE = new Pattern('firmness.hedge', HEDGES.join('|'), () => wordPattern(HEDGES, 'gi'));

/** Whether `pattern` matches the text (through its gate first). */
function matches(pattern: Pattern, index: TextIndex): boolean {
  if (!index.allows(pattern)) return false;
  const [regex, subject] = index.prepared(pattern);
  regex.lastIndex = 0;
  return regex.test(subject);
}

const anyMatch = (forms: readonly Pattern[], index: TextIndex) => forms.some((form) => matches(form, index));

export function hasRequest(text: string, index = new TextIndex(text)): boolean {
  return anyMatch(REQUESTS, index);
}
export function hasMoney(text: string, index = new TextIndex(text)): boolean {
  return anyMatch(MONEY, index);
}
export function hasDeadline(text: string, index = new TextIndex(text)): boolean {
  return anyMatch(DEADLINES, index);
}
export function hasReference(text: string, index = new TextIndex(text)): boolean {
  return anyMatch(REFERENCES, index);
}

function missing(rule: RawFinding['rule'], message: string): RawFinding {
  return { rule, severity: 'warning', start: 0, end: 0, message };
}

export interface BuiltInLetter {
  /** Whether the case gives a reference (the letter then shows it). */
  hasReference: boolean;
  /** The writer's own answers, one after another: the only words of the letter that can hedge. */
  writersWords?: string;
}

/**
 * `builtIn`: the letter is a built-in template's, which always asks for something, states the
 * amount of a refund and gives a reply-by date; only whether it holds a reference (known from
 * the case when `hasReference` is true) and the writer's own hedging are left to find.
 */
export function findFirmness(text: string, out: RawFinding[], index = new TextIndex(text), builtIn?: BuiltInLetter): void {
  if (builtIn) {
    if (!builtIn.hasReference && !hasReference(text, index)) out.push(missing('no-reference', NO_REFERENCE));
    // Only the writer's words can hedge: looking for hedges in them alone spares compiling the
    // hedge expression for the many letters whose template words let its gate through.
    if (builtIn.writersWords !== undefined) findHedges(builtIn.writersWords, out, new TextIndex(builtIn.writersWords), false);
    else findHedges(text, out, index);
    return;
  }
  if (!hasRequest(text, index)) {
    out.push(missing('no-request', 'The letter does not ask for anything specific. Say exactly what would put it right: a refund (with the amount), a repair, a replacement, or a correction — for example "Please refund the $120.00 I paid."'));
  }
  if (matches(REFUND_ASK, index) && !hasMoney(text, index)) {
    out.push(missing('no-amount', 'You ask for money back but do not say how much. Give the exact amount, for example "a refund of $120.00", so there is nothing to argue about.'));
  }
  if (!hasDeadline(text, index)) {
    const within = index.allows(WITHIN) ? WITHIN.regex.exec(text)?.[1] : undefined;
    out.push(
      missing(
        'no-deadline',
        within
          ? `"${within}" leaves room for doubt about when the time runs out. Give a calendar date instead, for example "Please reply by 30 November 2026."`
          : 'There is no date to reply by. Give a calendar date, for example "Please reply by 30 November 2026." Fourteen days from the letter date is usual.',
      ),
    );
  }
  if (!hasReference(text, index)) out.push(missing('no-reference', NO_REFERENCE));
  findHedges(text, out, index);
}

const NO_REFERENCE = 'There is no order, booking, invoice or account number. Add it so the business can find your case straight away.';

/** `located`: false when `text` is not the text checked, so a finding has no place in it. */
function findHedges(text: string, out: RawFinding[], index: TextIndex, located = true): void {
  if (!index.allows(HEDGE)) return;
  const [hedge, subject] = index.prepared(HEDGE);
  for (const m of allMatches(subject, hedge)) {
    const found = text.slice(m.index, m.index + m[0].length);
    out.push({
      rule: 'hedging',
      severity: 'warning',
      start: located ? m.index : 0,
      end: located ? m.index + m[0].length : 0,
      message: `"${found}" makes your request sound optional. You are entitled to ask: say it plainly and politely, for example "Please refund …" or "I ask you to …".`,
    });
  }
}

const GREETING_SOURCE = String.raw`^[ \t]*(?:dear\b|to whom it may concern|subject\s*:|re\s*:|hello\b|hi\b|good (?:morning|afternoon|evening)\b)`;
const GREETING = new Pattern('letter.greeting', GREETING_SOURCE, () => new RegExp(GREETING_SOURCE, 'im'));
const DEAR_SOURCE = String.raw`^[ \t]*(?:dear\b|to whom it may concern|hello\b|hi\b|good (?:morning|afternoon|evening)\b).*$`;
const DEAR = new Pattern('letter.dear', DEAR_SOURCE, () => new RegExp(DEAR_SOURCE, 'im'));
const SIGN_OFF_SOURCE = String.raw`^[ \t]*(?:yours(?: (?:sincerely|faithfully|truly|respectfully))?|sincerely(?: yours)?|(?:kind|best|warm|warmest|many|with kind|with best|with warm) (?:regards|wishes|thanks)|regards|with thanks|(?:thank you|thanks)(?: (?:so much|very much|again|in advance|for your (?:time|help|attention)))?|many thanks|respectfully(?: yours)?|cheers|best|all the best|warmly)[ \t]*[,.!]?[ \t]*(?:\r?\n|$)`;
const SIGN_OFF = new Pattern('letter.sign-off', SIGN_OFF_SOURCE, () => new RegExp(SIGN_OFF_SOURCE, 'gim'));

/** True when the text looks like a whole letter: an opening ("Dear", "Subject:") and a sign-off. */
export function looksLikeLetter(text: string, index = new TextIndex(text)): boolean {
  const opening = index.allows(GREETING) ? GREETING.regex.exec(text) : null;
  if (!opening || !index.allows(SIGN_OFF)) return false;
  const signOff = SIGN_OFF.regex;
  signOff.lastIndex = opening.index + opening[0].length;
  return signOff.test(text);
}

/** Where the body of a letter is: after the greeting line, before the sign-off (the whole text otherwise). */
export function letterBody(text: string, index = new TextIndex(text)): { from: number; to: number } {
  const dear = index.allows(DEAR) ? DEAR.regex.exec(text) : null;
  const from = dear ? dear.index + dear[0].length : 0;
  let to = text.length;
  if (!index.allows(SIGN_OFF)) return { from, to };
  const signOff = SIGN_OFF.regex;
  signOff.lastIndex = from;
  for (let m = signOff.exec(text); m; m = signOff.exec(text)) to = m.index;
  return { from, to };
}
