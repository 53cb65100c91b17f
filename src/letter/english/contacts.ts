// Earlier contacts told as a person would: by channel (phoned, e-mailed, wrote, visited,
// chatted), with whom, and what came of it, in the first person and to the right reader.
import { withProperNameCapitals } from './proper-names.js';
import { namesAPerson, toTheBusiness } from './reader.js';
import type { ResolvedCase } from '../../case/resolve.js';
import { FUNCTION_WORD, HAS_VERB, outsideQuotes, LEADING_YOUR, ROLE_LAST, ROLE_WORDS, TEAM_WORDS, TITLES, VERB, type WordUse, asSentence, clause, inSentence, quoted, speaksToReader, withoutBrackets, YOU_AGREE } from './words.js';
import { capitalisedName, roleThenName } from './people.js';
import { remembered } from '../../util/remember.js';
import { onFirstUse } from '../../util/on-first-use.js';

/** "sam (customer services)", "dave from sales", "priya at the front desk": a lower-case first word placed in a team. */
const NAME_IN_TEAM = /^([a-z\u00DF-\u00F6\u00F8-\u00FF][a-z\u00DF-\u00F6\u00F8-\u00FF'’-]+)(?=\s*\(|\s+(?:from|at|in|on)\s|,\s)/;

/** Words typed as the person spoken to that are not a name: "someone", "a guy", "the lady". */
const NOT_A_NAME = /^(?:someone|somebody|anyone|nobody|guy|bloke|lady|man|woman|girl|boy|lad|person|people|staff|boss|operator|reception|receptionist|tech|technician|engineer|driver|cashier|courier|installer|fitter|plumber|electrician|builder|foreman|assistant|salesman|saleswoman|salesperson|helpline|bot|chatbot)$/i;

function withPersonCapital(who: string): string {
  if (/[A-Z\u00C0-\u00DE]/.test(who)) return who;
  // A name typed in lower case ("dave", "dr mehta") is written as a name.
  const words = who.trim().split(/\s+/);
  const titled = words.length === 2 && TITLES.test(words[0]!);
  if ((words.length === 1 || titled) && /^[a-z\u00DF-\u00F6\u00F8-\u00FF][a-z\u00DF-\u00F6\u00F8-\u00FF'’-]+$/.test(words.at(-1)!)) {
    const last = words.at(-1)!;
    if (titled || !(FUNCTION_WORD.test(last) || ROLE_WORDS.test(last) || TEAM_WORDS.test(last) || BARE_ROLE.test(last) || NOT_A_NAME.test(last) || CHATBOT.test(last))) {
      return words.map((word) => capitalisedName(word)!).join(' ');
    }
  }
  const name = NAME_IN_TEAM.exec(who)?.[1];
  if (!name || FUNCTION_WORD.test(name) || ROLE_WORDS.test(name) || TEAM_WORDS.test(name) || BARE_ROLE.test(name) || NOT_A_NAME.test(name)) return who;
  return capitalisedName(name)! + who.slice(name.length);
}

const CHATBOT = /^(?:(?:the|a|an|their|your)\s+)?(?:chat\s?bot|bot|ai\s+(?:assistant|agent|bot)|virtual\s+(?:assistant|agent)|automated\s+(?:assistant|agent|chat))$/i;

type Channel = 'phone' | 'email' | 'letter' | 'visit' | 'chat' | 'text' | 'form' | 'social' | 'other';

/** A job without a determiner or a name before it: "manager", "tech", "the delivery driver" is not one (it has "the"). */
const BARE_ROLE = new RegExp(String.raw`^(?:${ROLE_WORDS.source.slice(3, -3)}|tech|technician|engineer|driver|receptionist|installer|fitter|salesman|saleswoman|salesperson|sales assistant|assistant|cashier|courier|plumber|electrician|builder|foreman|seamstress|tailor|stylist|hairdresser|barber|beautician|therapist|optician|optometrist|dentist|hygienist|nurse|vet|mechanic|decorator|painter|roofer|tiler|carpenter|joiner|locksmith|gardener|cleaner|chef|waiter|waitress|concierge|porter|surveyor|architect|photographer|florist|instructor|trainer|coach|tutor|pharmacist|steward|stewardess)\b`, 'i');
/** A result that starts with the business's person who spoke: "Dana, your service manager, who said…". */
const OWN_PERSON_SAID = /^[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?,\s+(?:your|their|the)\s+[a-z ]{2,40},\s+(?:who\s+)?(?:said|told|promised|explained|claimed)\b/;

/** "practice manager", "store manager": a job typed in small letters, without a determiner or a name, is one too. */
function bareRole(who: string): boolean {
  if (BARE_ROLE.test(who)) return true;
  const words = who.split(/\s+/);
  return !/[A-Z\u00C0-\u00DE]/.test(who) && words.length <= 3 && ROLE_LAST.test(who) && !FUNCTION_WORD.test(words[0]!) && !PERSON_AT.test(` ${who} `);
}

/** "offered a voucher, I said I wanted a refund": the writer's own part is a sentence of its own. */
const COMMA_SPLICE = /,\s+(I|we)\s+(?=(?:[a-z]+ed|said|told|asked|wanted|explained|refused|sent|made|went|rang|wrote|got|gave)\b)/g;
/** A message seen and not answered, as people type it. */
const READ_NO_REPLY = /^(?:left (?:me )?on read|(?:seen|read)[,;]?\s+(?:but\s+)?no (?:reply|response|answer)|blue ticks?[,;]?\s+(?:but\s+)?no (?:reply|response|answer))$/i;

/** Social networks by the names people type, as they write them. */
const SOCIAL_PLATFORMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/insta(?:gram)?\b|\big\b/i, 'Instagram'],
  [/facebook|\bfb\b/i, 'Facebook'],
  [/twitter|\bx\b/i, 'X (Twitter)'],
  [/linked\s?in/i, 'LinkedIn'],
  [/tik\s?tok/i, 'TikTok'],
];

/** "messaged him on instagram, seen but no reply": a direct message on a platform, then what came of it. */
const MESSAGED_ON = /^(?:i\s+)?(?:messaged|dm['’]?e?d|pm['’]?e?d|sent\s+(?:a\s+)?(?:dm|pm|direct message|message))\s+(?:(?:him|her|them|you|it)\s+)?(?:on|via|through)\s+([a-z]+(?:\s?[a-z]+)?)(?:\s*[,;.]\s*(.*))?$/i;

/** Messaging apps by the names people type, as the apps write them. */
const MESSAGING_APPS: ReadonlyArray<readonly [RegExp, string]> = [
  [/whats\s?app/i, 'WhatsApp'],
  [/messenger/i, 'Messenger'],
  [/telegram/i, 'Telegram'],
  [/signal/i, 'Signal'],
  [/viber/i, 'Viber'],
  [/wechat/i, 'WeChat'],
];

/** "walked in", "popped in", "dropped by": the writer went to the business, without naming the place. */
const WENT_IN = /^(?:walk(?:ed)?|went|popped|dropped|nipped|stopped|came|called)\s+(?:back\s+)?(?:in|by|round)$|^walk[- ]?in$/i;

function channelOf(text: string | undefined): Channel {
  const t = (text ?? '').toLowerCase();
  if (t === '') return 'other';
  if (WENT_IN.test(t.trim())) return 'visit';
  if (/phone|call|rang|ring|telephone|mobile|voicemail/.test(t)) return 'phone';
  if (/e-?mail|mail to/.test(t)) return 'email';
  if (/\b(text|texted|texts|texting|txt|txts|txted|txting|sms|imessage)\b|text message/.test(t)) return 'text';
  if (/chat|whats\s?app|messenger|telegram|signal|viber/.test(t)) return 'chat';
  if (/form|website|web site|online|portal|app\b|ticket/.test(t)) return 'form';
  if (/twitter|\bx\b|facebook|\bfb\b|insta(?:gram)?\b|linked\s?in|tik\s?tok|social|\bdm\b/.test(t)) return 'social';
  if (/letter|post|wrote|writing|recorded/.test(t)) return 'letter';
  if (/person|visit|store|shop|branch|office|showroom|desk|site|went|counter|face/.test(t)) return 'visit';
  return 'other';
}

/** A reply with no subject of its own starts with what was done: "promised…", "said…", "would call back", "never called". */
const STARTS_WITH_VERB = new RegExp(String.raw`^(${VERB}|never|only|just|still|also|again|then)\b`, 'i');
/** "re-cemented it", "resealed the window": a verb no list knows, known by its ending and its object. */
const PAST_VERB_AND_OBJECT = /^[a-z][a-z-]{2,}ed\s+(?:it|them|the|my|our|a|an|this|that|some|me|us)\b/;

/** A department's name ends with what it is: "customer service", "billing", "the complaints team". */
const DEPARTMENT = /\b(team|department|dept|desk|office|services?|support|claims|care|complaints|relations|resolution|disputes?|helpdesk|centre|center|unit|accounts|billing|sales|bookings|lettings|enquiries|inquiries)$/i;
/** "Dana at the front desk", "Mike from support": a person, placed in a team. */
const PERSON_AT = /\s(?:at|from|in|on|of|called|named)\s/i;
const VOICEMAIL = /voice ?mail|left (?:a )?message/i;
/** A reply written for everyone: "auto reply", "form reply", "a canned response", "standard email". */
const STOCK = String.raw`(?:auto(?:matic|mated)?|form|standard|generic|canned|templated?|stock|boilerplate|copy[- ]?(?:and[- ]?)?paste[d]?)`;
/** "got", "only got": the writer's receiving, before what they received. */
const GOT_FIRST = /^(?:only\s+|just\s+)?(?:got|received)\s+/i;
const AUTO_REPLY = new RegExp(String.raw`^(?:(?:only\s+|just\s+)?(?:got|received)\s+(?!(?:an?|the|one)\s))?(?:an?\s+)?${STOCK}[- ]?(?:reply|response|answer|email|e-mail|message|letter|acknowledg(?:e)?ment)\b`, 'i');
const WRITER_WAITING = /^(?:still\s+)?(?:waiting|awaiting|chasing)\b/i;

/** What only the writer does in a contact: "cancelled", "asked for a refund", "sent photos of the damage". */
const WRITER_ACT = /^(?:went (?:back )?(?:in(?:to)?|to|round|over)|(?:drove|walked|popped|nipped) (?:back )?(?:in(?:to)?|to|round|over|by)|waited|held|queued|hung on|submitted|filed|lodged|filled (?:in|out)|raised (?:a |an |the )?(?:complaint|claim|ticket|case|dispute)|was (?:put |kept |left )?on hold|got put on hold|gave up|cancel(?:l)?ed(?!\s+(?:again|(?:the|my|our)\s+(?:appointment|visit|engineer|fitting|installation|service\s+call|call-?out)s?)\b)|asked (?:for (?:a |my |the )?(?:refund|money back|compensation|replacement|repair|manager|supervisor|call ?back)|to (?:cancel|speak|be refunded))|requested|complained|chased|reported|disputed|queried|followed up|returned|left (?:(?:a|an|another|two|three|\d+)\s+)?(?:voice ?mails?|messages?|msgs?|notes?)|(?:sent|attached|forwarded|uploaded|emailed|gave|showed|posted|mailed)\s+(?:(?:them|you|him|her)\s+)?(?:(?:the|my|some|a|an|all|more|two|three|\d+)\s+)?(?:[a-z]+\s+)?(?:photos?|pictures?|videos?|video\s+links?|links?|screenshots?|evidence|receipts?|proof|copies|copy|documents?|invoices?|forms?|details|statements?|reports?|contracts?|appeals?|complaints?|claims?|letters?|requests?)|(?:got|received)\s+(?:(?:a|an|the|my)\s+)?(?:claim|case|ticket|reference|ref|complaint|confirmation|tracking)\b)\b/i;

/** "call dropped", "line went dead": how a call ended, after the writer waited on it. */
/** Going to a place of the business, which a visit tells by itself ("went to their office"). */
const GONE_TO = /^(?:went|drove|walked|popped|nipped) (?:back )?(?:in(?:to)?|to|round|over|by)\b/i;
const GONE_TO_THEIR = /^((?:went|drove|walked|popped|nipped) (?:back )?(?:in(?:to)?|to|round|over|by) )their\b/i;
/** What the writer found there, against their coming: closed, nobody in. */
const NOT_THERE = /\b(?:closed|shut|locked|empty|nobody|no one|no-one|not|never|n['’]t|no)\b/i;
const CALL_CUT_OFF = /^(?:the\s+)?(?:call|line|phone)\s+(?:was\s+|got\s+)?(?:dropped|cut off|disconnected|went dead|ended)\.?$/i;

/** "bounced back", "email bounced": the writer's email came back undelivered. */
const BOUNCED = /^(?:(?:the|my)\s+)?(?:e-?mail\s+|message\s+|it\s+)?(?:bounced(?:\s+back)?|was\s+returned\s+undelivered|undeliverable|could\s+not\s+be\s+delivered)\.?$/i;

/** ", refused refund", ", declined to help": a refusal after something else the person did. */
const REFUSAL_AFTER = /,\s+(refused|declined|denied)\s+(?:((?:full |partial )?(?:refund|replacement|repair|credit))\b)?/i;

/** "automatic confirmation" -> "an automatic confirmation": a thing received, with its article. */
function withArticle(thing: string): string {
  if (/^(?:(?:the|a|an|my|your|their|some|no)\b|\d)/i.test(thing) || /s$/i.test(thing.split(/\s+/)[0]!)) return thing;
  return `${/^[aeiou]/i.test(thing) ? 'an' : 'a'} ${thing}`;
}

/** A result that tells what the writer got rather than what the business did. */
/** "no ref given", "no refund offered": what the writer was not given. */
const NOT_GIVEN = /^no\s+(.+?)\s+(given|provided|offered|sent|issued)$/i;
const RECEIVED = /^(got|received|(?:was|were) (?:given|told|offered|sent|promised|asked|advised|refused)|heard)\b/i;

/** A result that starts with a pronoun as its subject ("she promised…", "Nobody called") is a sentence of its own. */
const PRONOUN_SUBJECT = /^(i|we|he|she|they|it|you|nobody|someone|somebody|everyone|there)\b/i;

/** A result that starts with a determiner is a sentence only when a verb follows ("the manager refused"). */
const DETERMINER = /^(the|a|an|my|your|their|his|her|this|that|these|those)\b/i;

/** Names in a "who" or a contact line, without titles and roles: "Ms Dana Price, owner" -> dana, price. */
function nameWords(text: string): readonly string[] {
  // Asked of the same names for every contact of every letter.
  return remembered(namesWords, text, () => nameWordsOf(text), 1000);
}

const namesWords = new Map<string, readonly string[]>();

function nameWordsOf(text: string): string[] {
  const [before, ...inside] = text.split('(');
  const words = (part: string) =>
    withoutBrackets(part.replace(/,|\s[-–—]\s/g, ' '))
      .toLowerCase()
      // "Lopez" typed for "López" is the same name.
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .split(/[\s.]+/)
      .filter((word) => word.length > 1 && !/^(mr|mrs|ms|miss|mx|dr|dra|prof|sir|dame|the|a|an|at|from|of|in|mme|mlle|mmes|me|maitre|herr|herrn|frau|sr|sra|srta|don|dona|dna|de|la|le|von|van|der)$/.test(word) && !TEAM_WORDS.test(word.toLowerCase()) && !ROLE_WORDS.test(word.toLowerCase()));
  const outside = words(before!);
  // "the office manager (Trish)": a role alone, and the name in the brackets after it.
  return outside.length > 0 || inside.length === 0 ? outside : words(inside.join('(').replace(/\).*$/, ''));
}

/** The contact spoken to is the person this letter is addressed to ("Dear Mr Hartley" … "Gary Hartley"). */
/** A person spoken of in the third person. */
const THIRD_PERSON = /\b(?:he|she|him|his|her|hers|himself|herself)(?:'[a-z]+|’[a-z]+)?\b/i;
/** A reply that starts with what "they" did or said: the business, when no one is named. */
const THEY_FIRST = /^they(?:'(?:d|ll|ve|re)|’(?:d|ll|ve|re))?(?=\s)/i;
/** "she was", "he'd", "she": a subject pronoun, with the verb that must agree with "you". */
const SHE_OR_HE = /\b(?:she|he)(?=['’](?:d|ll)\b|\b)(?:\s+(was|is|has|does|doesn't|wasn't|isn't|hasn't)\b)?/gi;

/** Every "they", "them" and "their" of a reply: the business, when the reply starts with it. */
const THEY_ANY = /\b(?:they(?:'(?:d|ll|ve|re)|’(?:d|ll|ve|re))?|them|their|theirs|themselves)\b/gi;
/** The replacement written with the capital the replaced word had. */
const matchCase = (was: string, word: string) => (/^[A-Z]/.test(was) ? word.charAt(0).toUpperCase() + word.slice(1) : word);
const THEY_TO_YOU: Readonly<Record<string, string>> = { them: 'you', their: 'your', theirs: 'yours', themselves: 'yourselves', they: 'you', "they'd": "you'd", "they'll": "you'll", "they've": "you've", "they're": "you're", 'they’d': 'you’d', 'they’ll': 'you’ll', 'they’ve': 'you’ve', 'they’re': 'you’re' };

/** The business's "they", "them", "their" said to it as "you", "your" (outside quotation marks). */
function theyToYou(text: string): string {
  return outsideQuotes(text, (part) => part.replace(THEY_ANY, (they: string) => matchCase(they, THEY_TO_YOU[they.toLowerCase()] ?? 'you')));
}

/** "promised a callback, none": a promise, then a word for what came of it. */
const CAME_OF_IT = /^(.*\b(?:promised|said|told me|agreed|offered|arranged|would)\b.*?),\s*(none|nothing|didn['’]t happen|did not happen|nobody did|no one did|still nothing|nothing since)\.?$/i;
const CAME: Record<string, string> = { none: 'but none came', nothing: 'but nothing came of it', 'nobody did': 'but nobody did', 'no one did': 'but no one did', 'still nothing': 'but nothing has come of it', 'nothing since': 'but nothing has come of it since' };

/** The result with what came of a promise told as a clause: "promised a callback, but none came". */
function withWhatCameOfIt(result: string): string {
  const m = CAME_OF_IT.exec(result.trim());
  if (!m) return result;
  const tail = m[2]!.toLowerCase().replace('’', "'");
  return `${m[1]}, ${CAME[tail] ?? 'but it never happened'}`;
}

/** "she" for a reader written to as Ms, Mrs or Miss, "he" for Mr; undefined when the title does not say. */
function addresseePronoun(addressee: string | undefined): 'he' | 'she' | undefined {
  const title = /^\s*(mr|mister|ms|mrs|miss)\b\.?/i.exec(addressee ?? '')?.[1]?.toLowerCase();
  return title === undefined ? undefined : title === 'mr' || title === 'mister' ? 'he' : 'she';
}

/** "Events Team", "Customer Services": a letter written to a team, whose name ends with what it is. */
const TEAM_ADDRESSEE = /\b(?:team|department|dept|desk|office|services?|support|centre|center|unit|group|staff|reception|complaints|care|relations)\s*$/i;

export function isAddressee(who: string, addressee: string | undefined): boolean {
  if (!addressee) return false;
  // "Siobhan, events co-ordinator" in a letter to the Events Team: a person, not the team written to.
  if (TEAM_ADDRESSEE.test(addressee) && namesAPerson(who)) return false;
  const named = nameWords(addressee);
  const theirs = new Set(named);
  const mine = nameWords(who);
  if (!mine.some((word) => theirs.has(word))) return false;
  // Two full names with the same surname and another first name are two people ("Tom
  // Askew-Barnes", the owner, in a letter to Mrs Gillian Askew-Barnes).
  return !(mine.length >= 2 && named.length >= 2 && mine[0] !== named[0] && !theirs.has(mine[0]!));
}

/** "(didnt give name)", "(no name given)": the writer's note that a name is missing, which the letter need not repeat. */
const NO_NAME_NOTE = /\s*\((?=[^()]*\b(?:no|not|didn'?t|didnt|wouldn'?t|wouldnt|never|refused|won'?t|unknown|forgot)\b)[^()]*\b(?:sur|last |full |first )?names?\b[^()]*\)/gi;
const NO_NAME_AFTER = /\s*(?:,|\s[-–—])\s*(?:(?:he|she|they)\s+)?(?:(?:would\s*n['’]?t|would not|did\s*n['’]?t|did not|won['’]?t|refused to|never)\s+(?:give|gave|say|said|tell|told)(?:\s+me)?\s+(?:a|his|her|their|the|any)?\s*(?:sur|last |full |first )?name|no\s+(?:sur|last |full |first )?name(?:\s+given)?|(?:sur|last |full |first )?name\s+(?:not\s+given|unknown))\s*$/i;
/** "Sam (branch manager)": a person, then their job at the business. */
const NAME_AND_ROLE = /^([A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'’-]*(?:\s+[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'’-]*)?)\s*\(\s*(?:the\s+|a\s+|an\s+)?([^()]+?)\s*\)$/;
/** How people speak of a man they did not know ("the guy at the counter"); a letter says "man". "Guy" alone is a name. */
const CASUAL_MAN = /\b(the|a|an|some|one|this|that|another)\s+(?:guy|bloke|fella|fellow|chap|dude)\b/gi;
/** "head office", "reception" named without a determiner after "at" or "from": the business's own. */
const BARE_PLACE_AFTER = /\b(at|from|in)\s+(head office|main office|reception|the office|front desk|(?:front |check-?in |service |customer service |returns |help )desk|counter|till|checkout)\b/i;

/** Someone not named, typed without an article: "lad on the front desk", "staff member", "girl at reception". */
const BARE_SOMEONE = /^(lad|guy|bloke|chap|fella|dude|girl|lady|woman|man|staff member|member of staff|employee|worker|person)\b(?=\s+(?:on|at|in|from|behind|who|that)\b|$)/i;
const BARE_SOMEONE_SAID: Record<string, string> = {
  lad: 'a young man', guy: 'a man', bloke: 'a man', chap: 'a man', fella: 'a man', dude: 'a man', girl: 'a young woman', 'staff member': 'a member of staff', employee: 'an employee',
};

/** "bot then Kevin", "chatbot -> agent": the chatbot first, then the person who answered, who is the one spoken to. */
const AFTER_CHATBOT = /^(.+?)\s*,?\s+(?:and\s+)?(?:then|->|>|→)\s+(?:to\s+)?(.+)$/i;

/** `who` without a chatbot that came before the person, nor quotation marks around a name ('"Kevin"'). */
function personAfterChatbot(who: string): string {
  const both = AFTER_CHATBOT.exec(who.trim());
  const person = both && CHATBOT.test(both[1]!.trim()) ? both[2]! : who;
  return person.trim().replace(/^["“'‘]([^"“”'‘’]+)["”'’]$/, '$1');
}

/** "Agent: Ciara", "Name: Tom": a form's label and its colon, as the writer copied them from a chat's header. */
const LABEL_AND_COLON = /^\s*([A-Za-z][A-Za-z &-]*?)\s*:\s*(?=\S)/;

/** `who` without a label's colon: "Agent: Ciara" -> "agent, Ciara" (a job, then the name), "Billing: Sarah" -> "billing (Sarah)", "Name: Tom" -> "Tom". */
function withoutLabelColon(who: string): string {
  const label = LABEL_AND_COLON.exec(who);
  if (!label) return who;
  const rest = who.slice(label[0].length);
  const lower = label[1]!.toLowerCase();
  if (/^(?:(?:agent|advis[eo]r|rep|first|full|their|his|her)\s+)?name$/.test(lower)) return rest;
  if (TEAM_OF_THE_BUSINESS.test(lower)) return `${lower} (${rest})`;
  return ROLE_WORDS.test(lower) || BARE_ROLE.test(lower) ? `${lower}, ${rest}` : who;
}

/** What the writer typed as the person spoken to, without notes to themselves. */
function tidiedWho(who: string, business: string): string {
  // "they", "him": no one in particular, so the contact is with the business.
  if (/^(?:they|them|he|she|him|her)$/i.test(who.trim())) return '';
  const owner = business === 'you' ? 'your' : 'their';
  const tidied = withoutLabelColon(who)
    .replace(NO_NAME_NOTE, '')
    // "agent, wouldn't give a name", "a guy - no name given": the same note after a comma or a dash.
    .replace(NO_NAME_AFTER, '')
    .replace(BARE_PLACE_AFTER, (_, at: string, place: string) => `${at} ${owner} ${place.replace(/^the\s+/i, '')}`)
    .replace(CASUAL_MAN, (_, determiner: string) => `${determiner} man`)
    // "lad on the front desk", "staff member": someone not named, typed without an article.
    .replace(BARE_SOMEONE, (_, who: string) => BARE_SOMEONE_SAID[who.toLowerCase()] ?? `a ${who.toLowerCase()}`)
    .replace(/\bdept\b\.?/gi, 'department')
    .replace(/\bmgr\b\.?/gi, 'manager')
    .replace(/\s+(?:on|over) the (?:phone|line)\b/i, '')
    // "his office manager": the owner's, so the business's own ("your office manager").
    .replace(/^(?:his|her)\s+(?=\p{Ll})/u, `${owner} `)
    .trim();
  // "Dave the manager": the name, then the job.
  // "kevin the manager" typed in small letters: a name too, when it is none of the words for someone unnamed.
  const lowerName = /^[a-z]/.test(tidied) ? /^([a-z\u00DF-\u00FF'’-]+)(\s+the\s+.*)$/.exec(tidied) : null;
  const nameThenJob = NAME_THE_JOB.exec(lowerName && !NOT_A_NAME.test(lowerName[1]!) && !FUNCTION_WORD.test(lowerName[1]!) ? `${lowerName[1]!.charAt(0).toUpperCase()}${lowerName[1]!.slice(1)}${lowerName[2]}` : tidied);
  if (nameThenJob && (ROLE_WORDS.test(nameThenJob[2]!.toLowerCase()) || BARE_ROLE.test(nameThenJob[2]!))) return `${nameThenJob[1]}, ${roleOf(nameThenJob[2]!.toLowerCase(), owner)}`;
  // "practice manager, Lisa", "site manager (darren)": the job, then the name.
  const jobFirst = JOB_THEN_NAME.exec(tidied);
  // "front desk (Jessica)": a desk of the business, then who was there in brackets ("front desk, Dundas" is where it is).
  if (jobFirst && /\(/.test(tidied) && /(?:desk|counter|reception)$/i.test(jobFirst[1]!) && /^\p{Lu}/u.test(jobFirst[2]!)) return `${jobFirst[2]} at ${owner} ${jobFirst[1]!.toLowerCase()}`;
  // "returns team (Jess)": someone in one of the business's teams.
  if (jobFirst && /\(/.test(tidied) && TEAM_OF_THE_BUSINESS.test(jobFirst[1]!) && /^\p{Lu}/u.test(jobFirst[2]!)) return `${jobFirst[2]} from ${owner} ${jobFirst[1]!.toLowerCase()}${TEAM_NOUN.test(jobFirst[1]!) ? '' : ' team'}`;
  if (jobFirst && (ROLE_WORDS.test(jobFirst[1]!.toLowerCase()) || BARE_ROLE.test(jobFirst[1]!))) {
    return `${jobFirst[2]!.replace(/(^|\s)([a-z\u00DF-\u00FF])/g, (_, space: string, letter: string) => space + letter.toUpperCase())}, ${roleOf(jobFirst[1]!.toLowerCase(), owner)}`;
  }
  const named = NAME_AND_ROLE.exec(tidied) ?? NAME_COMMA_PART.exec(tidied);
  if (named && (ROLE_WORDS.test(named[2]!.toLowerCase()) || BARE_ROLE.test(named[2]!))) return `${named[1]}, ${roleOf(named[2]!.toLowerCase(), owner)}`;
  // "Brandon, retention", "Sarah (billing)": someone in one of the business's teams.
  if (named && TEAM_OF_THE_BUSINESS.test(named[2]!)) return `${named[1]} from ${owner} ${named[2]!.toLowerCase()}${TEAM_NOUN.test(named[2]!) ? '' : ' team'}`;
  // "the manager Kev", "site foreman Dave": the job in small letters, then the name.
  const roleFirst = roleThenName(tidied);
  return roleFirst && (ROLE_WORDS.test(roleFirst.role) || BARE_ROLE.test(roleFirst.role)) ? `${roleFirst.name}, ${roleOf(roleFirst.role, owner)}` : tidied;
}

/** A name, then "the" and a job in small letters: "Dave the manager". */
const NAME_THE_JOB = /^([A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF'’-]+(?:\s+[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF'’-]+)?)\s+the\s+([a-z][a-z -]*[a-z])$/;
/** A job in small letters, then a name after a comma or in brackets: "practice manager, Lisa", "site manager (darren)". */
const JOB_THEN_NAME = /^(?:(?:the|your|their|a|an)\s+)?([a-z][a-z &-]*?)\s*(?:,\s*|\(\s*)([A-Za-z][a-z'’-]+(?:\s+[A-Z][A-Za-z'’-]*)?)\s*\)?$/;

/** "Brandon, retention": a name, a comma, then what they do or where they work. */
const NAME_COMMA_PART = /^([A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'’-]*(?:\s+[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'’-]*)?)\s*,\s*(?!(?:the|your|their|our)\s)(?:a\s+|an\s+)?([A-Za-z][A-Za-z &-]*?)\s*$/;
/** A team of the business, as people name it: "retention", "billing", "customer services". */
const TEAM_OF_THE_BUSINESS = /^(?:customer\s+)?(?:services?|support|claims|care|complaints|relations|resolution|disputes?|accounts|billing|sales|bookings|lettings|enquiries|inquiries|retention|loyalty|technical|tech support|collections|cancellations|returns|refunds|escalations)(?:\s+(?:team|department|dept|desk|office|centre|center|unit|line))?$/i;
const TEAM_NOUN = /\b(?:team|department|dept|desk|office|centre|center|unit|line)$/i;

/** A job one person holds in the whole business is "the owner", not "your owner"; others are "your manager". */
const ONE_HOLDER = /^(?:(?:co-?)?owner|proprietor|(?:co-?)?founder|(?:managing\s+)?director|ceo|chief executive|boss)$/i;

/** Jobs typed short, written out as the letter's own sentences write them ("tech" is "technician" there too). */
const ROLE_SPELLED_OUT: Readonly<Record<string, string>> = { tech: 'technician', techs: 'technicians', rep: 'representative', reps: 'representatives', mgr: 'manager', 'customer service rep': 'customer service representative', 'sales rep': 'sales representative' };

function roleOf(role: string, owner: string): string {
  return `${ONE_HOLDER.test(role) ? 'the' : owner} ${ROLE_SPELLED_OUT[role] ?? role}`;
}

/**
 * A place of the business typed as whom the writer spoke to ("baggage desk at Lisbon airport",
 * "the Leeds branch", "front desk, Dundas"): where they went, phoned or wrote, without its
 * determiner. A person placed there ("Dana at the front desk") is not a place.
 */
// Letters of Latin scripts, not Unicode classes: a Unicode expression is slow to compile, for every letter with contacts.
const PLACE = /^(?:(?:the|your|their|a)\s+)?((?:(?!(?:at|in|on|from|of)\b)[\w\u00C0-\u024F'’&.-]+\s+){0,3}(?:desk|counter|office|branch|store|shop|reception|showroom|depot|kiosk|helpdesk|outlet|warehouse|dealership|garage|site|line|hotline|helpline)\b)(?:\s+((?:at|in|on|near)\s+.+)|\s*,\s*(.+))?$/i;

function placeNamed(who: string): string | undefined {
  const m = PLACE.exec(who.trim());
  if (!m) return undefined;
  const [, place, where, aside] = m;
  return `${place}${where ? ` ${where}` : ''}${aside ? ` (${aside})` : ''}`;
}

/**
 * Someone on the writer's side, not the business: "my insurer (aviva)", "my bank", "my solicitor".
 * A contact with them is told as one with them, and what they said stays as typed.
 */
const THE_WRITERS_OWN =
  /^(?:my|our)\s+(?:own\s+)?(?:(?:home|car|travel|pet|contents|legal)\s+)?(?:insurer|insurance(?:\s+company)?|bank|building society|credit union|card (?:issuer|provider|company)|credit card(?:\s+(?:company|provider|issuer))?|solicitor|lawyer|attorney|accountant|broker|mortgage (?:broker|adviser|advisor)|landlord|letting agent|neighbou?r|partner|husband|wife|son|daughter|mum|mom|mother|dad|father|friend|gp|doctor|mp|councillor|union|legal (?:cover|team|helpline))\b/i;
/** Bodies a writer turns to for help, as they are written: "citizens advice" is "Citizens Advice". */
const OUTSIDE_BODIES: readonly (readonly [RegExp, string])[] = [
  [/^(?:the\s+)?citizens\s+advice(?:\s+bureau)?$/i, 'Citizens Advice'],
  [/^(?:the\s+)?(?:local\s+)?trading\s+standards$/i, 'Trading Standards'],
  [/^(?:the\s+)?action\s+fraud$/i, 'Action Fraud'],
  [/^(?:the\s+)?financial\s+ombudsman(?:\s+service)?$/i, 'the Financial Ombudsman Service'],
  [/^(?:the\s+)?(?:better\s+business\s+bureau|bbb)$/i, 'the Better Business Bureau'],
  [/^(?:the\s+)?(?:police|ombudsman|council|local\s+council)$/i, ''],
];

/** Someone other than the business, as the letter names them, or undefined for the business's people. */
function someoneElse(who: string, use: WordUse): string | undefined {
  const typed = who.trim();
  for (const [pattern, name] of OUTSIDE_BODIES) if (pattern.test(typed)) return name || `the ${typed.replace(/^the\s+/i, '').toLowerCase()}`;
  if (!THE_WRITERS_OWN.test(typed)) return undefined;
  // "my insurer (aviva)": the name in brackets is theirs, with its capitals.
  const named = inSentence(typed, use, false, true).replace(/\(([^()]+)\)/, (_, name: string) => `(${/[A-Z]/.test(name) ? name : name.replace(/\b[a-z]/g, (letter) => letter.toUpperCase())})`);
  return named.charAt(0).toLowerCase() + named.slice(1);
}

/** "asked them to cover it", "told them again": the writer turning to the business, in a note typed without "I". */
const WRITER_ASKED_THEM = /^(?:asked|told|begged|reminded|urged|chased|pushed)\s+them\b/i;

/** A name with a capital inside ("ParcelDash", "FedEx"): a firm's, never a person's. */
const FIRM_NAME = /^[A-Z][a-z]+[A-Z][A-Za-z]*$/;

/**
 * Another firm the writer contacted, typed as whom they spoke to ("ParcelDash" in a letter to
 * the shop that sent the parcel): its name, when it is a firm's name that is no part of the
 * business's. The letter then tells it as a contact with that firm, never "I phoned you and
 * spoke to ParcelDash".
 */
export function anotherFirm(who: string | undefined, company: string): string | undefined {
  const typed = who?.trim();
  if (typed === undefined || !FIRM_NAME.test(typed)) return undefined;
  return company.toLowerCase().split(/[^a-z0-9&'’-]+/).includes(typed.toLowerCase()) ? undefined : typed;
}

/** An e-mail address, whole or typed without its ending ("lettings@castlegate"). */
const EMAIL_ADDRESS = /^[\w.+'-]+@[\w-]+(?:\.[\w-]+)*$/;

/**
 * "brad said no refunds on parts" after speaking to "front desk (Brad)", "office manager said…"
 * after speaking to the office manager: the one spoken to, named again as the subject of what
 * they said, which the contact's sentence tells as theirs ("…, who said…").
 */
function withoutSpeakerAgain(typed: ResolvedCase['contacts'][number]): ResolvedCase['contacts'][number] {
  const { who, result } = typed;
  if (who === undefined || result === undefined) return typed;
  const lower = result.trimStart().toLowerCase();
  const whole = withoutBrackets(who).trim().toLowerCase().replace(/^(?:the|your|their|a|an)\s+/, '');
  const inBrackets = /\(([^()]+)\)/.exec(who)?.[1];
  const speaker = [whole, ...nameWords(who), ...(inBrackets === undefined ? [] : nameWords(inBrackets))].find((words) => words !== '' && lower.startsWith(`${words} `));
  if (speaker === undefined) return typed;
  const rest = result.trimStart().slice(speaker.length).trimStart();
  return VERB_FIRST.test(rest) ? { ...typed, result: rest } : typed;
}

export function contactSentence(asTyped: ResolvedCase['contacts'][number], business: string, date: (d: string) => string, use: WordUse, addressee?: string, withSomeoneElse = false, speakerTold = false): string {
  const typed = withoutSpeakerAgain(asTyped.who === undefined ? asTyped : { ...asTyped, who: personAfterChatbot(asTyped.who) });
  // Someone else the writer turned to: told as a contact with them, in their own words ("they" is them, "you" the reader).
  const other = typed.who === undefined || withSomeoneElse ? undefined : someoneElse(typed.who, use);
  if (other !== undefined) {
    const { who: _other, ...rest } = typed;
    return contactSentence(rest, other, date, use, undefined, true);
  }
  // "left voicemail for Service Manager" typed as whom the writer spoke to: what the writer did, for whom.
  const forWhom = typed.who === undefined ? null : VOICEMAIL_FOR.exec(typed.who.trim());
  if (forWhom) {
    const { who: _note, ...rest } = typed;
    const whom = forWhom[1]!.replace(/^(?:the|your|their)\s+/i, '');
    const result = `left a voicemail message for ${ROLE_WORDS.test(whom.toLowerCase()) ? `${business === 'you' ? 'your' : 'the'} ${whom}` : whom}${typed.result ? `, ${typed.result}` : ''}`;
    return contactSentence({ ...rest, result }, business, date, use, addressee);
  }
  // "spoke to duty manager, said no refund": whom the writer spoke to, typed first in the notes, then what they said.
  const spokeTo = typed.who === undefined && typed.result !== undefined ? SPOKE_TO_THEN.exec(typed.result.trim()) : null;
  if (spokeTo && !/^(?:you|them|him|her|someone|somebody|anyone|nobody|no one)$/i.test(spokeTo[1]!) && !FUNCTION_WORD.test(spokeTo[1]!.split(' ')[0]!.toLowerCase())) {
    const { result: _note, ...rest } = typed;
    return contactSentence({ ...rest, who: spokeTo[1]!, ...((spokeTo[2] ?? spokeTo[3]) !== undefined && { result: spokeTo[2] ?? spokeTo[3] }) }, business, date, use, addressee);
  }
  const channel = channelOf(typed.channel);
  // "membership@ironpeak": an address the writer wrote to, never a person, kept as typed.
  const address = typed.who === undefined ? undefined : EMAIL_ADDRESS.exec(typed.who.trim())?.[0];
  if (address !== undefined && (channel === 'email' || channel === 'other')) {
    const { who: _address, ...rest } = typed;
    const sentence = contactSentence({ ...rest, channel: channel === 'email' ? typed.channel : 'email' }, business, date, use, addressee);
    return sentence.replace(`I emailed ${business}`, `I emailed ${business} at ${address}`);
  }
  // Tidied once: what tidying gives is not tidied again (a loop on an odd answer would never end).
  const tidied = typed.who === undefined ? undefined : tidiedWho(typed.who, business);
  const typedResult = typed.result === undefined ? undefined : withSaidSubject(withWhatCameOfIt(sameAgain(typed.result)), use);
  const dated = typedResult === undefined || typed.date === undefined ? typedResult : fromThatDay(typedResult);
  // What the business's own person said of "they" ("she said they'd call back") is the business, said as "you";
  // a result that starts with "they" is the person or team spoken to ("they hung up on me"), kept.
  // "Dana, your service manager, who said…": a result that names the business's person who spoke is told as one with whom.
  const spoken = typed.who !== undefined || (dated !== undefined && OWN_PERSON_SAID.test(dated));
  const ownResult = withMessageOwned(business === 'you' ? possessorToReader(yoursInReportedSpeech(spoken && dated !== undefined && !THEY_FIRST.test(dated) ? toTheBusiness(dated) : dated), typed.who) : dated, business);
  const contact = tidied === typed.who && ownResult === typed.result ? typed : { ...typed, ...(ownResult !== undefined && { result: ownResult }), ...(tidied ? { who: tidied } : { who: undefined }) };
  if (contact.who !== undefined) {
    const who = contact.who;
    // Gone to, phoned or written to a place of the business: told as that place, and what came back as the business's.
    const place = channel === 'visit' || channel === 'phone' || channel === 'email' || channel === 'letter' ? placeNamed(who) : undefined;
    if (place) return placeSentence({ ...contact, who: undefined }, channel, place, business, date, use, addressee);
  }
  // Written to the person spoken to, the letter says "you" of them, as of the business.
  if (business === 'you' && contact.who && isAddressee(contact.who, addressee)) {
    const { who: spokenTo, ...rest } = contact;
    const named = nameWords(spokenTo).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    // "Ms Doyle": a "he" in what she said is someone else (her colleague, the writer's dog), never her.
    const own = addresseePronoun(addressee);
    const pronouns = own ?? 'he|she';
    const result = rest.result?.replace(new RegExp(`^(?:${pronouns}|they|${named.join('|')})\\s+(?=[a-z])`, 'i'), 'you ');
    const unquotedResult = (result ?? '').replace(/"[^"]*"|“[^”]*”/g, '');
    const someoneElse = own !== undefined && (own === 'she' ? /\b(?:he|him|his|himself)\b/i : /\b(?:she|her|hers|herself)\b/i).test(unquotedResult);
    // (`speakerTold`: who spoke is settled, the person written to; a "he" left in what they said is someone else.)
    if (result === undefined || !THIRD_PERSON.test(result) || someoneElse) return contactSentence({ ...rest, ...(result !== undefined && { result }) }, business, date, use, undefined, false, true);
    // What they said of themselves ("said she was behind", "said her editor quit") is said of
    // "you" too, when the reply speaks of one person only (a "he" and a "she" could be two people,
    // and keep the name).
    const unquoted = (rest.result ?? '').replace(/"[^"]*"|“[^”]*”/g, '');
    if (!(/\b(?:she|her|hers|herself)\b/i.test(unquoted) && /\b(?:he|him|his|himself)\b/i.test(unquoted))) {
      const spoken = saidOfReader(result);
      return contactSentence({ ...rest, result: spoken }, business, date, use, undefined, false, true);
    }
  }
  // Told to someone else, "your manager" is the business's: "their manager".
  // Someone named by their job alone ("manager (Paul?)", "tech") works for the business: "your manager".
  // "bot", "the chatbot": the business's own chatbot, not a person.
  const typedWho = contact.who && CHATBOT.test(contact.who.trim()) ? 'your chatbot' : contact.who && bareRole(contact.who.trim()) ? `your ${contact.who.trim()}` : contact.who;
  // A name typed in lower case ("bruce") has the capitals the writer gives it elsewhere, and a
  // first word placed in a team ("sam (customer services)", "dave from sales") is a name.
  // A name typed with its capital ("Dave") keeps it, however the writer types it elsewhere.
  const typedName = typedWho !== undefined && /^[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF'’-]/.test(typedWho.trim()) && !FUNCTION_WORD.test(typedWho.trim().split(/\s+/)[0]!.toLowerCase()) && !BARE_ROLE.test(typedWho.trim()) && !TEAM_WORDS.test(typedWho.trim().toLowerCase());
  const who = typedWho ? (typedName ? typedWho.trim() : withPersonCapital(inSentence(business !== 'you' ? typedWho.replace(LEADING_YOUR, 'their ') : typedWho, use, false, !/[A-Z\u00C0-\u00DE]/.test(typedWho)))) : undefined;
  const whom = who ?? business;
  // Written to a department ("customer service", "the complaints team"), it is the business's own
  // team: "I emailed your customer service team", not "customer service at your company".
  const team = who !== undefined && DEPARTMENT.test(who) && !ROLE_WORDS.test(who.toLowerCase()) && !PERSON_AT.test(who);
  const department = team ? who!.replace(/^(the|a|an|your|their)\s+/i, '') : '';
  const teamName = `${department}${/\b(team|department|dept|desk|office|centre|center|unit|group|staff|reception)$/i.test(department) ? '' : ' team'}`;
  // Spoken to after the business was just named: "I phoned Acme and spoke to their billing team".
  const spokenTo = team ? `${business === 'you' ? 'your' : 'their'} ${teamName}` : who;
  // "your practice manager" is the business's already.
  const owned = who !== undefined && /^(?:your|their)\s/i.test(who);
  // "Jess from your returns team" says already where they work.
  const at = who && !owned && !/\s(?:your|their)\s/i.test(who) ? ` at ${business === 'you' ? 'your company' : business}` : '';
  // Whom a message was sent to.
  const recipient = team
    ? `${possessive(business)} ${teamName}`
    : owned && business !== 'you'
      ? `${possessive(business)} ${who!.replace(/^(?:your|their)\s+/i, '')}`
      : `${who}${at}`;
  const when = contact.date ? `On ${date(contact.date)}, ` : '';
  const cameToWriter = channel === 'visit' && VISIT_TO_WRITER.test(contact.channel ?? '');
  let told: string;
  switch (channel) {
    case 'phone':
      told = who ? `I phoned ${business} and spoke to ${spokenTo}` : `I phoned ${business}${VOICEMAIL.test(contact.channel ?? '') ? ' and left a voicemail message' : ''}`;
      break;
    case 'email':
      told = who ? `I emailed ${recipient}` : `I emailed ${business}`;
      break;
    case 'letter':
      told = who ? `I wrote to ${recipient}` : `I wrote to ${business}`;
      break;
    case 'visit': {
      // A place the writer names ("baggage desk at Lisbon airport", "the Leeds branch") is where they went.
      // "popped into the shop", "went to the Leeds branch": the place is after the verb.
      const place = (contact.channel ?? '')
        .trim()
        .replace(/^(?:[a-z]+ed|went|came|dropped|called|stopped|walked|nipped|went back)\s+(?:in\s*to|into|to|in|at|by|round to|over to)\s+/i, '')
        .replace(/^(?:at|to|in)\s+/i, '')
        .replace(/^(?:the|a|an|your|their)\s+/i, '');
      const named = (place.includes(' ') || place !== (contact.channel ?? '').trim()) && !/^(?:in[- ]?person|visit(?:ed)?|went in|walk[- ]?in|face[- ]to[- ]face|in[- ]?(?:store|shop|branch|office|showroom))\b/i.test(place) && !/\b(?:person|visit)\b/i.test(place);
      // Unless the writer names a place they went to, the business may have come to them (an
      // engineer, a fitter, the crew): the letter says only that they spoke in person.
      // "walked in", "popped in": the writer went there, without saying where.
      const wentIn = WENT_IN.test((contact.channel ?? '').trim());
      // "site visit", "engineer call-out": the business came to the writer, who did not go anywhere.
      if (cameToWriter) {
        told = who ? `${spokenTo} visited` : `${business} visited`;
        const doer = contact.result === undefined ? null : ROLE_DID.exec(contact.result.trim());
        // "technician reset the inverter": the one who came, and what they did there.
        if (!who && doer && bareRole(doer[1]!)) {
          return `${when}${business === 'you' ? 'your' : possessive(business)} ${doer[1]!.toLowerCase()} visited and ${inSentence(withContrast(contact.result!.trim().slice(doer[0].length)), use)}.`.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());
        }
        break;
      }
      const where = named && !wentIn ? `I went to ${possessive(business)} ${inSentence(clause(place), use, true)}` : wentIn ? `I went in to see ${business}` : `I spoke to ${business} in person`;
      told = who ? (named || wentIn ? `${where} and spoke to ${spokenTo}` : `I spoke in person to ${spokenTo}`) : where;
      break;
    }
    case 'text':
      told = who ? `I sent a text message to ${recipient}` : `I sent ${business} a text message`;
      break;
    case 'chat': {
      const app = MESSAGING_APPS.find(([pattern]) => pattern.test(contact.channel ?? ''))?.[1];
      told = app
        ? who
          ? `I sent a ${app} message to ${recipient}`
          : `I sent ${business} a ${app} message`
        : who
          ? `I contacted ${business} through online chat and spoke to ${spokenTo}`
          : `I contacted ${business} through online chat`;
      break;
    }
    case 'form':
      told = `I contacted ${business} through ${business === 'you' ? 'your' : 'their'} ${/form/i.test(contact.channel ?? '') ? inSentence(clause(contact.channel!), use).replace(/^(the|a|an|your|their)\s+/i, '') : /\bapp\b/i.test(contact.channel ?? '') ? 'app' : 'website'}${who ? `, for the attention of ${who}` : ''}`;
      break;
    case 'social': {
      // "messaged him on instagram, seen but no reply": the message the notes tell of is the contact itself, and what
      // follows it what came of it.
      const sentOn = contact.result === undefined ? null : MESSAGED_ON.exec(contact.result.trim());
      if (sentOn && SOCIAL_PLATFORMS.some(([pattern]) => pattern.test(sentOn[1]!))) {
        const rest = sentOn[2]?.trim();
        return contactSentence({ ...contact, channel: `message on ${sentOn[1]}`, ...(rest ? { result: rest } : { result: undefined }) }, business, date, use, addressee);
      }
      // "dm on instagram", "fb message": a message on the platform, by its name; "social" alone is social media.
      const platform = SOCIAL_PLATFORMS.find(([pattern]) => pattern.test(contact.channel ?? ''))?.[1] ?? (/^social$/i.test(contact.channel ?? '') ? 'social media' : clause(contact.channel!));
      const message = /\b(?:dm|pm|direct message|message|messaged|inbox)\b/i.test(contact.channel ?? '');
      told = message
        ? who
          ? `I sent a direct message on ${platform} to ${recipient}`
          : `I sent ${business} a direct message on ${platform}`
        : `I contacted ${business} on ${platform}${who ? ` and spoke to ${who}` : ''}`;
      break;
    }
    default:
      told = contact.channel
        ? `I contacted ${whom === business ? business : recipient} (${inSentence(clause(contact.channel), use)})`
        : `I contacted ${who ? recipient : business}`;
  }
  if (!contact.result) return `${when}${told}.`;
  // Told to someone else, what the writer said to the business ("you said…") is quoted from the complaint.
  if (business !== 'you' && !withSomeoneElse && speaksToReader(contact.result)) return `${when}${told}. As I wrote in my complaint: ${quoted(asSentence(contact.result))}`;
  // "(engineer booked)": a note typed all in brackets is told as the note it is.
  const result = clause(/^\([^()]+\)\.?$/.test(contact.result.trim()) ? contact.result.trim().replace(/^\(|\)\.?$/g, '') : contact.result);
  // "engineer no show", "no-show": someone booked who did not come.
  const noShow = NO_SHOW.exec(result);
  if (noShow) {
    const whoFailed = noShow[1] === undefined ? 'nobody' : `${bareRole(noShow[1]) ? (business === 'you' ? 'your' : 'their') : 'the'} ${noShow[1].toLowerCase()}`;
    return `${when}${told}, but ${whoFailed} ${noShow[1] === undefined ? 'turned up' : 'did not turn up'}.`;
  }
  // "same answer, contact the manufacturer": the answer given before, and what it was.
  const same = SAME_ANSWER.exec(result);
  if (same) return `${when}${told}, and I received the same ${/^(?:thing|story)$/i.test(same[1]!) ? 'answer' : same[1]!.toLowerCase()}${same[2] ? `: “${same[2].replace(/^["“]|["”]$/g, '')}”` : ''}.`;
  // "engineer booked", "callback promised": a thing, and what was done with it.
  const done = THING_DONE.exec(result);
  if (done && !FUNCTION_WORD.test(done[1]!.split(' ')[0]!) && !/s$/.test(done[1]!)) return `${when}${told}, and ${withArticle(inSentence(done[1]!, use))} was ${done[2]!.toLowerCase()}.`;
  if (/^(nothing|none)$/i.test(result)) return `${when}${told}, but nothing came of it.`;
  if (NOTHING_BACK.test(result)) return `${when}${told}, ${noAnswerClause(result, channel) ?? 'but I received nothing back'}.`;
  if (READ_NO_REPLY.test(result)) return `${when}${told}, and my message was read but not answered.`;
  // "returned unclaimed": what became of the letter itself.
  const fate = MESSAGE_FATE.exec(result);
  if (fate && channel === 'letter') {
    return `${when}${told}, and it was ${inSentence(withContrast(result.replace(/^(?:was|got)\s+/i, '')), use)}.`;
  }
  // "fault ref FLT-77120, engineer booked": a reference the writer was given, and notes of what followed.
  const reference = referenceNotes(result, business === 'you' ? 'you' : 'they', channel, use, who === undefined ? ', and I was given' : typedWho === 'your chatbot' ? ', which gave me' : ', who gave me');
  if (reference !== undefined) return `${when}${told}${reference}.`;
  // A result that is all a quotation ("next week for sure") is what came back.
  // "'next week for sure'": in straight single quotation marks too, with apostrophes only inside words.
  if (/^["“‘][^"“”‘’]+["”’]$/.test(result) || ALL_IN_SINGLE_QUOTES().test(result)) {
    const words = result.slice(1, -1).trim();
    // Said on the phone or face to face by the one spoken to; in writing, the reply.
    if (channel !== 'phone' && channel !== 'visit') return `${when}${told}, and the reply was “${words}”.`;
    return `${when}${told}${who ? (typedWho === 'your chatbot' ? ', which' : ', who') : business === 'you' ? ', and you' : ', and they'} said “${words}”.`;
  }
  // "still waiting", "awaiting a reply": the writer's own state, now.
  if (WRITER_WAITING.test(result)) return `${when}${told}. I am ${inSentence(result, use)}.`;
  // "auto reply only": what the writer received.
  if (AUTO_REPLY.test(result) && !MESSAGE_SAYING.test(result.replace(GOT_FIRST, ''))) {
    // "got automated reply": what the writer received, said once.
    const received = result.replace(GOT_FIRST, '');
    // "form reply, "charge is final"": what it said, quoted after it.
    const quoted = /^([^"“]+?)\s*[,:;-]?\s*["“]([^"”]+)["”]\s*$/.exec(received);
    if (quoted) return `${when}${told}, and I received ${withArticle(inSentence(quoted[1]!.charAt(0).toLowerCase() + quoted[1]!.slice(1), use))}: “${quoted[2]!.trim()}”.`;
    // "automatic reply, nothing since": what did not follow is set against it.
    const reply = withContrast(received);
    return `${when}${told}, and I received ${withArticle(inSentence(reply.charAt(0).toLowerCase() + reply.slice(1), use))}.`;
  }
  // "email saying the deposit is non-refundable": a message from the business, which says what it said.
  const message = MESSAGE_SAYING.exec(result);
  if (message) {
    const [, stock, kind, typedSaid] = message;
    const from = who ? recipient : business;
    // "email saying they are looking into it", from the business written to: "you are looking into it".
    const said = from === 'you' ? theyToYou(typedSaid!) : typedSaid;
    const what = `${stock ? `${stock.toLowerCase()} ` : ''}${kind!.toLowerCase()}`;
    // A message of the contact's own kind is what came: "I received an email from you", whoever wrote first.
    if (MESSAGE_CHANNEL[kind!.toLowerCase().replace(/^e-mail$/, 'email').replace(/^text message$/, 'text')]?.includes(channel)) {
      return `${when}I received ${withArticle(what)} from ${from} saying ${inSentence(said!, use)}.`;
    }
    return stock ? `${when}${told}, and I received ${withArticle(what)} saying ${inSentence(said!, use)}.` : `${when}${told}, and the reply said ${inSentence(said!, use)}.`;
  }
  // "on hold 40 minutes, then cut off": what happened to the writer on the call.
  if (channel === 'phone' && ON_HOLD.test(result)) return `${when}${told}, and I was ${inSentence(result.replace(/^(?:was|got)\s+/i, ''), use)}.`;
  // "voicemail", "went to voicemail, left a message": nobody answered the call.
  if (channel === 'phone' && /^(?:went to |got |straight to )?voice ?mail\b/i.test(result)) {
    return `${when}${told}, but nobody answered${VOICEMAIL.test(result.replace(/^(?:went to |got |straight to )?voice ?mail\b/i, '')) ? ', so I left a voicemail message' : ''}.`;
  }
  // "rang them twice, on hold 50 minutes each time, gave up": the writer's own calls, and what came of them.
  const again = channel === 'phone' ? CALLED_AGAIN.exec(result) : null;
  if (again) {
    const count = again[1]!.replace(/^(\d+)\s*x$/i, '$1 times');
    const parts = again[2]!
      .split(/\s*[,;]\s*|\.\s+/)
      .map((part) => part.replace(/[.!]+$/, '').trim())
      .filter(Boolean)
      // "rang them twice, spoke to gary": whom the writer spoke to is said already.
      .filter((part) => !(who && SPOKE_TO.test(part) && nameWords(part.replace(SPOKE_TO, '')).some((word) => nameWords(who).includes(word))));
    return `${when}${told.replace(/^I phoned (\S+)/, (phoned: string) => `${phoned} ${count}`)}${joinedNotes(parts.map((part) => noAnswerClause(part, channel) ?? inSentence(part, use)))}.`;
  }
  // Only the main clause counts: "a reply saying my complaint had been logged" is a thing.
  const hasVerb = HAS_VERB.test(result.split(/\s(?:saying|that|which|who|whom|whose|where|when|because|after|before|until|to)\b|[,;(]/i)[0]!);
  // "No reply", "no response from anyone": what the writer did not get ("no one called back" says it itself).
  if (/^no\s/i.test(result) && (!hasVerb || NOT_GIVEN.test(result.split(/\s*[,;]\s*|\s+-\s+/)[0]!)) && !/^no\s+one\b/i.test(result)) {
    // "no answer, left voicemail": what the writer did next follows what they did not get.
    const [head, ...more] = result.split(/\s*[,;]\s*|\s+-\s+/);
    const rest = more.join(', ');
    // "no ref given", "no reason provided": what the writer was not given.
    const notGiven = NOT_GIVEN.exec(head!);
    const thing = (noun: string) => inSentence(noun.replace(/\b(?:ref|ref\.)$/i, 'reference').replace(/\bref\s+(?:no|number|#)\.?$/i, 'reference number'), use);
    const missed =
      channel === 'phone' && /^no\s+(answer|pick[- ]?up)$/i.test(head!)
        ? 'but nobody answered'
        : notGiven
          ? `but I was ${notGiven[2]!.toLowerCase() === 'provided' ? 'provided with' : notGiven[2]!.toLowerCase()} no ${thing(notGiven[1]!)}`
          : `but I received ${inSentence(head!, use)}`;
    const then = rest === '' ? '' : VOICEMAIL.test(rest) ? ', so I left a voicemail message' : ` (${inSentence(withoutBrackets(rest), use)})`;
    return `${when}${told}, ${missed}${then}.`;
  }
  // "it is in transit", "issue is being investigated": the state of things as the reply gave it, told as what was said then.
  const reported = channel !== 'letter' && (who === undefined || !team) ? PRESENT_REPORT.exec(result.replace(/^(it|this|that)['’]s\b/i, '$1 is')) : null;
  if (reported && !use.names.has(reported[2]!.toLowerCase())) {
    const [, determiner, noun, verb, rest] = reported;
    const subject = determiner ? `${determiner.toLowerCase() === 'your' ? 'my' : determiner.toLowerCase()} ${noun}` : /^(?:it|this|that)$/i.test(noun!) || !/^(?:is|isn['’]t|has|hasn['’]t|will|won['’]t|can|can['’]t|cannot)$/i.test(verb!) ? noun : `the ${noun}`;
    const spoken = channel === 'phone' || channel === 'visit';
    const teller = who ? (typedWho === 'your chatbot' ? ', which' : ', who') : business === 'you' ? ', and you' : ', and they';
    return `${when}${told}${teller} ${spoken ? 'told me' : 'replied'} that ${subject!.toLowerCase()} ${BACKSHIFT[verb!.toLowerCase().replace('’', "'")] ?? verb} ${inSentence(rest!, use)}.`;
  }
  // Someone not named, told of as "he" or "she" ("he said he'd send someone"): the one the writer
  // dealt with. Written to the business, or to a reader who may be that person, it is "you", as
  // "I sent you a text message" already says; else (the letter is to a woman, and "he" spoke; or
  // to a card issuer) it is "the person I spoke to", "the person who replied" to a message, or,
  // told to someone else, the business that did what was done.
  // "said she was behind": the one who spoke, of themselves, as "she said she was behind" tells it.
  const selfReported = who === undefined && business === 'you' && !speakerTold ? SAID_OF_SELF.exec(result) : null;
  const selfSaid = selfReported ? `${selfReported[1]!.toLowerCase()} ${result}` : result;
  const speaker = who === undefined ? SPEAKER_FIRST.exec(selfSaid) : null;
  if (speaker) {
    const own = addresseePronoun(addressee);
    const unquoted = selfSaid.replace(/"[^"]*"|“[^”]*”/g, '');
    const onePerson = !(/\b(?:she|her|hers|herself)\b/i.test(unquoted) && /\b(?:he|him|his|himself)\b/i.test(unquoted));
    const rest = selfSaid.slice(speaker[1]!.length);
    const met = channel === 'phone' || channel === 'visit';
    const said =
      business === 'you' && onePerson && (own === undefined || own === speaker[1]!.toLowerCase())
        ? saidOfReader(selfSaid)
        : met
          ? `The person I spoke to${rest}`
          : SAYING_VERB.test(rest.trimStart()) || business === 'you'
            ? `The person who replied${rest}`
            : `${business}${rest}`;
    return `${when}${told}. ${asSentence(writersNextAct(withContrast(said.replace(COMMA_SPLICE, '. $1 '))))}`;
  }
  // Written to the business, what "they" (the business) said is what "you" said.
  // The "they" that follows is the same business: "They said they'd call back. They never did."
  if (business === 'you' && !contact.who && THEY_FIRST.test(result)) {
    return `${when}${told}. ${asSentence(withContrast(theyToYou(result)))}`;
  }
  // "agent said the promo was for 2 months, could not remove the fees": the business's own agent.
  const role = ROLE_SUBJECT.exec(result);
  if (role) {
    const rest = result.slice(role[0].length).replace(/,\s+(?=(?:could not|couldn't|cannot|can't|would not|wouldn't|did not|didn't|refused|declined)\b)/i, ' and ');
    const job = role[1]!.toLowerCase();
    // "staff member refused…": someone not named, with the article a letter gives them.
    const subject = UNNAMED_STAFF[job] ?? `${business === 'you' ? 'Your' : 'Their'} ${job.replace(/\btech$/, 'technician').replace(/\bdept$/, 'department')}`;
    return `${when}${told}. ${asSentence(withContrast(`${subject} ${rest}`))}`;
  }
  // "girl on the phone said…", "some guy at the desk told me…": the person spoken to, as a letter names them.
  const casual = CASUAL_SUBJECT.exec(result);
  if (casual) return `${when}${told}. ${asSentence(withContrast(`The person I spoke to ${result.slice(casual[0].length)}`))}`;
  if (
    PRONOUN_SUBJECT.test(result) ||
    /^(no\s+one|nothing|none)\b/i.test(result) ||
    (DETERMINER.test(result) && hasVerb) ||
    /^[A-Z][a-z]+\s+(said|told|promised|agreed|refused|offered|replied|wrote|asked|confirmed|explained)\b/.test(result)
  ) {
    return `${when}${told}. ${asSentence(writersNextAct(withContrast(result.replace(COMMA_SPLICE, '. $1 '))))}`;
  }
  // "bounced back": nobody did anything; the writer's message came back.
  if (BOUNCED.test(result)) return `${when}${told}, but the message bounced back.`;
  // "promised a call back" has no subject: the person spoken to, or the business, did it.
  if (STARTS_WITH_VERB.test(result) || PAST_VERB_AND_OBJECT.test(result)) {
    // The first word is a verb, never a name: "Got an acknowledgement" reads in mid-sentence as "got".
    let done = result.charAt(0).toLowerCase() + result.slice(1);
    // What the writer did in the contact ("cancelled", "sent photos", "asked for a refund"): the writer did it;
    // what follows it is what came back ("got an automatic confirmation", "refused").
    if (WRITER_ACT.test(done)) {
      const they = business === 'you' ? 'you' : 'they';
      // "asked to cancel and refund. no answer": a piece of the same note after a full stop, in small letters.
      const [act, ...more] = done.split(/,\s+|\.\s+(?=[a-z])/).map((part) => part.replace(/\.$/, ''));
      const then = more
        .map((part) =>
          noAnswerClause(part, channel) !== undefined && !/^no (?:call ?back|callback)\b/i.test(part)
            ? `, ${noAnswerClause(part, channel)}`
            : /^(?:got|received)\s/i.test(part)
            ? `, and I received ${withArticle(part.replace(/^(?:got|received)\s+/i, ''))}`
            : CALL_CUT_OFF.test(part)
              ? ', and then the call was cut off'
            : BOUNCED.test(part)
              ? ', but the message bounced back'
            : /^no (?:reply|response|answer|call ?back)\b/i.test(part)
              ? `, but I received ${part.charAt(0).toLowerCase()}${part.slice(1)}`
              // "asked them to cover it": the writer asking the business, never the business asking "them".
              : WRITER_ASKED_THEM.test(part)
              ? `, and ${business === 'you' ? part.replace(/\bthem\b/i, 'you') : part}`
              : STARTS_WITH_VERB.test(part) && !WRITER_ACT.test(part)
              ? `, and ${they} ${part.charAt(0).toLowerCase()}${part.slice(1)}`
              // "chased again, they replied…": what the business did next, said to it.
              : THEY_FIRST.test(part)
                ? `, and ${business === 'you' ? theyToYou(part) : part}`
                : `, ${part}`,
        )
        .join('');
      // "sent them the video link": "them" is the business the letter is written to.
      const own = (business === 'you' ? act!.replace(/^(\S+\s+)them\b/i, '$1you').replace(GONE_TO_THEIR, '$1your') : act!)
        // "sent appeal with photos": one appeal, with its article.
        .replace(/^((?:sent|submitted|filed|lodged|mailed|posted|raised)\s+)(appeal|complaint|claim|letter|request|form|report|invoice|contract|statement|document|video|photo|screenshot|ticket)\b(?!s)/i, (_, verb: string, noun: string) => `${verb}${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`);
      // "went to their office, it was closed": the visit itself, and what the writer found; nobody was spoken to.
      if (channel === 'visit' && GONE_TO.test(act!)) {
        const found = more.length > 0 && more.every((part) => !STARTS_WITH_VERB.test(part) && !THEY_FIRST.test(part)) ? more.join(', ') : undefined;
        const after = found === undefined ? then : `, ${NOT_THERE.test(found) ? 'but' : 'and'} ${inSentence(found, use)}`;
        return `${when}I ${inSentence(own, use)}${after}.`;
      }
      return `${when}${told} and ${inSentence(own, use)}${then}.`;
    }
    // "told to wait", "told it was on the truck": told whom? The writer.
    done = done.replace(/^(told|asked|advised|instructed|assured|informed)\s+(?!(?:me|us|him|her|them|you)\b)/i, '$1 me ');
    // "acknowledged, said a contractor would be in touch": acknowledged what? The writer's complaint.
    done = done.replace(/^(acknowledged|acknowledge)(?=\s*(?:,|and\b|then\b|but\b|$))/i, '$1 my complaint');
    // "promised refund", "offered replacement": one of these things, with its article.
    done = done.replace(/^(promised|offered|arranged|booked)\s+((?:full |partial )?(?:refund|replacement|repair|call ?back|discount|voucher|visit|engineer|technician|new one|goodwill (?:gesture|payment))\b)/i, (_, verb: string, thing: string) => `${verb} ${/^[aeiou]/i.test(thing) ? 'an' : 'a'} ${thing}`);
    // "said would call back": who would? The one who said it.
    // "promised would be fixed": something would be done, "it".
    done = done.replace(/^(said|promised|claimed|told me)\s+(?=(?:would|will|could|can|might|should)\s+(\w+))/i, (_, verb: string, next: string) => `${verb} ${next.toLowerCase() === 'be' ? 'it' : who || business !== 'you' ? 'they' : 'you'} `);
    // "told me credit only", "said no refund": a few words without a verb are what was said, quoted.
    // A longer report, or one whose subject is followed by a verb ("the landlord wants $850"), is the writer's own telling.
    const saidWhat = /^(said|told me|replied)\s+(.+)$/i.exec(done);
    if (
      saidWhat &&
      // "said fully booked, maintenance tomorrow" is what was said, in notes; "said no, refused a refund" is two acts.
      saidWhat[2]!.split(/\s*,\s*/).slice(1).every((part) => !VERB_FIRST.test(part)) &&
      // A first word in -ed without a subject ("said delayed at warehouse") is a report's participle, not a verb of its own.
      // "chemical damage, not covered": a note ending in a participle of its own ("not covered") is a note too.
      (!HAS_VERB.test(` ${withoutNoteParticiples(saidWhat[2]!)}`) || (/^[a-z]+ed\b/i.test(participleFirst(saidWhat[2]!)) && !HAS_VERB.test(participleFirst(saidWhat[2]!).replace(/^\S+/, '')))) &&
      !/^(?:to|that|if|whether|it|they|he|she|you|we|i|there|nothing|someone|somebody|no one|nobody)\b/i.test(saidWhat[2]!) &&
      // A report that quotes words already ("the owner "is still reviewing"") is the writer's telling: never quoted around its quotation.
      !/["“”]/.test(saidWhat[2]!) &&
      saidWhat[2]!.split(/\s+/).length <= MAX_WORDS_QUOTED &&
      !SUBJECT_AND_VERB.test(saidWhat[2]!) &&
      // "head office deals with it": a word in -s before a small word is a verb with its subject, the writer's telling, never a quotation.
      !/^\S+(?:\s+\S+)*?\s+[a-z]+[^s\W]s\s+(?:with|to|for|it|them|that|on|in|at|about|of|up|out|back|me|us|you)\b/i.test(saidWhat[2]!)
    ) {
      done = `${saidWhat[1]} “${saidWhat[2]!.replace(/^["“‘']+|["”’']+$/g, '')}”`;
    }
    // "said issue is being investigated": a thing spoken of has its article.
    done = withSaidSubject(done, use);
    done = writersNextAct(withContrast(done));
    // "said they would find me another instructor": the business, spoken to, of itself.
    // Read with its speaker, "you", as the letter tells it: "said they were short staffed" is "said you were short staffed".
    if (!who && business === 'you') done = SAYING_FIRST.test(done.toLowerCase()) ? toTheBusiness(`you ${done}`).replace(/^you /, '') : toTheBusiness(done);
    // "refused repair, said it was accidental damage": two things the same person did.
    done = done.replace(/,\s+(said|told|claimed|promised|offered|explained|insisted|added|blamed|rebooked|booked|arranged|logged|raised|escalated|passed|transferred|cancelled|canceled|refunded)\b/i, ' and $1');
    // "said cancellations take 60 days, refused refund": after what was said, the refusal is an act of its own.
    done = done.replace(REFUSAL_AFTER, (_, verb: string, thing: string | undefined) => `, and ${verb.toLowerCase()} ${thing ? `a ${thing}` : ''}`);
    // "rebooked for 13 Oct and told it was a contractor issue": told the writer.
    done = done.replace(/\band (told|assured|informed|advised)\s+(?!(?:me|us|him|her|them|you)\b)/i, 'and $1 me ');
    // What the writer got ("got an automated reply", "was told to wait") was done to the writer.
    // "were told" by two writers is said of one ("and I was told"): a letter from two says "we were" (inWritersPlural).
    if (RECEIVED.test(done)) return `${when}${told}, and I ${inSentence(done.replace(/^were\b/i, 'was'), use)}.`;

    // The business just named is "they" the second time: "I phoned Coastal Furniture, and they hung up".
    // "your engineer visited and replaced the fan": the one who came did it.
    const subject = cameToWriter ? ' and' : who ? (typedWho === 'your chatbot' ? ', which' : ', who') : business === 'you' ? ', and you' : ', and they';
    return `${when}${told}${subject} ${inSentence(done.replace(COMMA_SPLICE, '. $1 '), use)}.`;
  }
  // Anything else ("message left at reception") is a note on the contact, kept as written.
  return `${when}${told} (${inSentence(withoutBrackets(result), use)}).`;
}

/** What one person said of themselves ("said she was behind", "he'd send someone", "her editor quit") said to them as "you". */
function saidOfReader(said: string): string {
  return outsideQuotes(said, (part) =>
    part
      .replace(/\b(?:he|she)['’]s\s+(been|got|had|done|gone|said|told|promised|sent|made|taken|given)\b/gi, (found: string, verb: string) => `${matchCase(found, 'you')}'ve ${verb}`)
      .replace(/\b(?:he|she)['’]s\b/gi, (found: string) => `${matchCase(found, 'you')}'re`)
      .replace(SHE_OR_HE, (pronoun: string, verb: string | undefined) => `${matchCase(pronoun, 'you')}${verb ? ` ${YOU_AGREE[verb.toLowerCase()] ?? verb}` : ''}`)
      .replace(/\b(?:himself|herself)\b/gi, (found: string) => matchCase(found, 'yourself'))
      .replace(/\b(?:hers)\b/gi, (found: string) => matchCase(found, 'yours'))
      // "her editor" is theirs; "call her back", "emailed her" is them.
      .replace(/\b(his|her)\b(?=(\s+[\p{L}\d]+)?)/giu, (found: string, _word: string, next: string | undefined, at: number, all: string) => {
        const after = next?.trim().toLowerCase();
        const object = found.toLowerCase() === 'her' && (!after || /^(?:and|or|but|to|that|about|back|again|up|down|on|off|in|out|at|for|with|by|from|if|when|so|too|yet|first|later|today|yesterday|twice|once|directly|myself|personally)$/.test(after) || /^[.,;:!?)]/.test(all.slice(at + found.length)));
        return matchCase(found, object ? 'you' : 'your');
      })
      .replace(/\bhim\b/gi, (found: string) => matchCase(found, 'you')),
  );
}

/** "said she was behind", "promised he would call": what an unnamed person said of themselves, without "he" or "she" before it. */
const SAID_OF_SELF = /^(?:said|says|told (?:me|us)|explained|claimed|insisted|replied|admitted|promised)\s+(?:that\s+)?(he|she)\b/i;

/** "he said…", "she adjusted them": an unnamed person's doing, told of them as "he" or "she". */
const SPEAKER_FIRST = /^(he|she)\s+(?=[a-z])/i;
/** "said", "promised": what the one who answered a message did; "adjusted them" was done by someone met, or by the business. */
const SAYING_VERB = /^(?:said|says|told|promised|agreed|refused|offered|replied|answered|wrote|asked|explained|claimed|insisted|confirmed|admitted|apologi[sz]ed|blamed|denied|accepted|assured|kept saying)\b/i;

/** What was said, told without its speaker: "said they were short staffed", "told me they would call". */
const SAYING_FIRST = /^(?:said|told (?:me|us)|explained|claimed|insisted|promised|replied|answered|confirmed|admitted|agreed|assured (?:me|us))\s/;

/**
 * "his assistant Kim", and "she said he was on site": "he" is the one whose assistant it was, the
 * person written to ("she said you were on site"); the one who spoke, first, is the assistant.
 */
function possessorToReader(result: string | undefined, who: string | undefined): string | undefined {
  const possessor = result === undefined ? undefined : /^(his|her)\s+\p{Ll}/iu.exec(who?.trim() ?? '')?.[1]?.toLowerCase();
  if (!possessor) return result;
  const first = /^\s*(?:he|she)\b/i.exec(result!)?.[0].length ?? 0;
  const rest = result!.slice(first);
  const changed =
    possessor === 'his'
      ? rest.replace(/\bhe\s+(was|is|has|does|wasn['’]t|isn['’]t|hasn['’]t|doesn['’]t)\b/gi, (_, verb: string) => `you ${YOU_AGREE[verb.toLowerCase()] ?? verb}`).replace(/\bhe\b/gi, 'you').replace(/\bhim\b/gi, 'you').replace(/\bhis\b/gi, 'your')
      : rest;
  return result!.slice(0, first) + changed;
}

/** "your" to the business, "Acme's" or "Brooks'" told to someone else. */
/** What the business said of itself: "said it wasn't their fault", which the letter tells as "you said". */
const SAID_OF_ITSELF = /^(?:said|told me|claimed|insisted|replied|explained|argued|maintained|kept saying)\b/i;
const THEIR_DOING = /\btheir (fault|problem|responsibility|mistake|error|issue|policy|concern|liability|job|doing)\b/gi;

/** "said it wasn't their fault" -> "said it wasn't your fault": in a letter to the business, its "their" is "your". */
function yoursInReportedSpeech(result: string | undefined): string | undefined {
  if (result === undefined) return result;
  // "refused, said it was nothing to do with them": the business, of itself, after what it did.
  const saidAt = SAID_OF_ITSELF.test(result.trim()) ? 0 : /^(?:refused|declined|denied|apologi[sz]ed)\b[^,.;]*?[,;]?\s+(?:and\s+)?(?=(?:said|told me|claimed|insisted)\b)/i.exec(result.trim())?.[0].length;
  if (saidAt === undefined) return result;
  return outsideQuotes(result, (part) =>
    // "said to contact Samsung as it's their fault": "their" is the other company named before it.
    part
      .replace(THEIR_DOING, (found: string, what: string, at: number) => (OTHER_PARTY_BEFORE.test(withProperNameCapitals(part.slice(0, at))) ? found : `your ${what}`))
      .replace(/\b(nothing to do with|not (?:down|up) to|none of)\s+them\b/gi, (found: string, words: string, at: number) => (OTHER_PARTY_BEFORE.test(withProperNameCapitals(part.slice(0, at))) ? found : `${words} you`)),
  );
}

/** Another party named (a name with its capital after the first word, or one by its trade): "their" may be theirs. */
const OTHER_PARTY_BEFORE =
  /\s(?!I\b)[A-Z][\w&'’-]*|\b(?:manufacturer|maker|supplier|courier|delivery\s+(?:company|firm)|warehouse|insurer|bank|landlord|seller|brand|distributor|importer|subcontractor|carrier|airline|hotel|council|factory|vendor|partner|third\s+party)s?\b/;

/** Days and weeks counted from the day of a contact, as a later letter tells them: "maintenance tomorrow" is the next day. */
const FROM_THAT_DAY: Readonly<Record<string, string>> = {
  tomorrow: 'the next day',
  yesterday: 'the day before',
  today: 'that day',
  tonight: 'that night',
  'next week': 'the following week',
  'this week': 'that week',
  'last week': 'the week before',
  'next month': 'the following month',
  'this month': 'that month',
};
const RELATIVE_DAY = /\b(?:tomorrow|yesterday|today|tonight|(?:next|this|last) week|(?:next|this) month)\b/gi;

/** A promise of a day to come: "would call back tomorrow", "promised someone next week". */
const PROMISED_FOR = /\b(?:would|will|['’]d|['’]ll|going to|promised|promise)\b/i;

/**
 * A contact's promise with days counted from its own date said so ("said they'd come tomorrow"
 * -> "the next day"). Only a promise: a short note of what was said ("fully booked, maintenance
 * tomorrow") is quoted as said, and words in quotation marks stay.
 */
function fromThatDay(result: string): string {
  // Words in single quotation marks are what was said, as said ('we'll get someone out next week').
  if (!/\b(?:tomorrow|yesterday|today|tonight|week|month)\b/i.test(result) || !PROMISED_FOR.test(result) || /(?:^|\s)['‘]\w/.test(result)) return result;
  return outsideQuotes(result, (part) => part.replace(RELATIVE_DAY, (found: string) => FROM_THAT_DAY[found.toLowerCase()] ?? found));
}

/** "left voicemail for the manager", "left a message with Dana": a note typed as whom the writer spoke to. */
/** What became of a letter sent: "returned unclaimed", "signed for by J. Smith". */
const MESSAGE_FATE = /^(?:was\s+)?(?:returned|sent back|undelivered|delivered|signed for|refused|unopened|unclaimed)\b/i;

const VOICEMAIL_FOR = /^left\s+(?:a\s+)?(?:voice\s*mail|vm|message|msg)\s+(?:message\s+)?(?:for|with)\s+(.+)$/i;


const possessive = (business: string) => (business === 'you' ? 'your' : /s$/i.test(business) ? `${business}'` : `${business}'s`);

/** A contact with a place of the business ("your baggage desk at Lisbon airport"): the sentence for the business alone, with the place put in. */
function placeSentence(contact: ResolvedCase['contacts'][number], channel: Channel, place: string, business: string, date: (d: string) => string, use: WordUse, addressee?: string): string {
  const plain = contactSentence({ ...contact, channel: CHANNEL_WORDS[channel] }, business, date, use);
  const there = `${possessive(business)} ${inSentence(clause(place), use, true)}`;
  const verb = PLACE_VERBS[channel as keyof typeof PLACE_VERBS];
  if (channel === 'visit' && plain.includes('I spoke in person to ')) return plain.replace('I spoke in person to ', `I went to ${there} and spoke to `);
  const atPlace = plain.replace(channel === 'visit' ? `I spoke to ${business} in person` : `I ${verb} ${business}`, `I ${verb} ${there}`);
  // In a letter to a named person, those at the reception or the office are not "you": "and they told me".
  return business === 'you' && namesAPerson(addressee) ? atPlace.replace(`${there}, and you `, `${there}, and they `) : atPlace;
}

const PLACE_VERBS = { visit: 'went to', phone: 'phoned', email: 'emailed', letter: 'wrote to' } as const;

const CHANNEL_WORDS: Readonly<Record<Channel, string>> = { visit: 'in person', phone: 'phone', email: 'email', letter: 'letter', chat: 'chat', text: 'text', form: 'form', social: 'social', other: 'other' };

/** A later sentence of the notes that starts with a message typed bare: "Sent photos. Reply said…". */
const BARE_MESSAGE_LATER = /([.!?]["”]?\s+)(Reply|Response|Answer)\s+(?=(?:said|says|stated|states|was|came|claimed|blamed)\b)/g;

/** "Sent photos. Reply said it is normal": the reply is the business's ("Your reply said"), or, from someone else, theirs. */
function withMessageOwned(text: string | undefined, business: string): string | undefined {
  if (text === undefined || !/[.!?]["”]?\s+(?:Reply|Response|Answer)\s/.test(text)) return text;
  return text.replace(BARE_MESSAGE_LATER, (_found, end: string, noun: string) => `${end}${business === 'you' ? 'Your' : 'Their'} ${noun.toLowerCase()} `);
}

/** "an email saying…", "reply said…": what a message from the business said. */
const MESSAGE_SAYING = new RegExp(String.raw`^(?:(?:an?|the|their|your)\s+)?(?:(${STOCK})[- ]?)?(e-?mail|reply|response|answer|letter|text message|text|message)\s+(?:back\s+)?(?:saying|said|stating|stated|to say|says|that said)\s+(.+)$`, 'i');
/** The contacts in which each kind of message comes. */
const MESSAGE_CHANNEL: Readonly<Record<string, readonly Channel[]>> = { email: ['email'], letter: ['letter'], text: ['text'], message: ['text', 'chat', 'social', 'form'] };
/** What happened to the writer on a call: "on hold 40 minutes", "cut off", "transferred three times". */
const ON_HOLD = /^(?:(?:was|got)\s+)?(?:(?:kept|put|left)\s+)?(?:on hold|cut off|disconnected|transferred|passed around|passed from)\b/i;

/** "rang them twice", "called 3x": the writer phoned more than once; what follows the count is theirs too. */
const CALLED_AGAIN = /^(?:rang|called|phoned|tried calling|tried to call)(?:\s+(?:them|you|back|again))?\s+(twice|\d+\s*(?:times|x)|three times|four times|five times|several times|many times|repeatedly)\b[,;]?\s*(.*)$/i;

/** "spoke to duty manager, said no refund": whom the writer spoke to (a few words in small letters, or a name), then what was said. */
const SPOKE_TO_THEN = /^(?:i\s+)?(?:spoke|talked|got through)\s+(?:to|with)\s+((?:[A-Za-z][a-z'’-]*)(?:\s+[A-Za-z][a-z'’-]*){0,2}?)(?:\s*$|\s*[,;]\s*(?:who\s+|and\s+|(?=(?:said|told|promised|refused|offered|claimed|insisted|agreed|explained)\b))(.+)$|\s+who\s+(.+)$)/;
/** "spoke to gary", "talked to the manager": whom the writer spoke to, typed in the notes. */
const SPOKE_TO = /^(?:spoke|talked|got through)\s+(?:to|with)\s+/i;

/**
 * A note that only says nothing came back ("no answer", "no reply", "no call back", "nothing",
 * "auto reply only"), as a clause set against what the writer did; undefined for any other note.
 */
/** "nothing back", "heard nothing back since": no reply to what the writer sent. */
const NOTHING_BACK = /^(?:(?:still\s+)?(?:heard|got|had)\s+)?nothing\s+back(?:\s+(?:yet|since|at all))?\b/i;

function noAnswerClause(note: string, channel: Channel): string | undefined {
  const t = note.trim().replace(/[.!]+$/, '').toLowerCase();
  if (/^no(?:body| one|-one)? (?:answer|answered|pick[- ]?up|picked up)$/.test(t)) return channel === 'phone' ? 'but nobody answered' : 'but I received no answer';
  if (/^no(?:body| one|-one)? (?:call ?back|callback|called back|rang back|phoned back|return call)(?: (?:yet|since|at all))?$/.test(t)) return 'but nobody called me back';
  const none = /^no (reply|response|answer)(?: (yet|since|at all|either))?$/.exec(t);
  // "no reply since": still none, now.
  if (none) return none[2] === 'since' || none[2] === 'yet' ? `but I have had no ${none[1]} ${none[2]}` : `but I received no ${none[1]}${none[2] === 'at all' ? ' at all' : ''}`;
  if (/^(?:nothing|none|still nothing|nothing since|nothing happened|nothing came of it)$/.test(t)) return t === 'nothing since' ? 'but nothing has come of it since' : 'but nothing came of it';
  // "rang 5 times, voicemail": nobody answered the phone.
  if (/^(?:(?:got|went to|went straight to|straight to|only got|just got|always|just|only)\s+)?(?:(?:a|the|your|their)\s+)?(?:voice ?mail|vm|answer ?phone|answering machine)(?:\s+(?:every time|each time|again|only))?$/.test(t)) return channel === 'phone' || channel === 'other' ? 'but the call went to voicemail' : 'but nobody answered';
  // "nothing back", "heard nothing back": no reply to what the writer sent.
  if (NOTHING_BACK.exec(t)?.[0] === t) return /\b(?:yet|since)$/.test(t) ? 'but I have had nothing back since' : 'but I received nothing back';
  if (/^(?:an? )?(?:auto(?:matic|mated)?[- ]?(?:reply|response|email|message))(?: only)?$/.test(t)) return 'but I received only an automatic reply';
  return undefined;
}

/** Notes after a contact: clauses of their own ("but nobody answered") after a comma, the others a list joined by "and". */
function joinedNotes(notes: readonly string[]): string {
  let joined = '';
  let plain: string[] = [];
  const flush = () => {
    if (plain.length > 0) joined += plain.length === 1 ? `, and ${plain[0]}` : `, ${plain.slice(0, -1).join(', ')}, and ${plain.at(-1)}`;
    plain = [];
  };
  for (const note of notes) {
    if (/^(?:but|so|and)\s/.test(note)) {
      flush();
      joined += `, ${note}`;
    } else plain.push(note);
  }
  flush();
  return joined;
}

/** "left voicemail", "left a msg", "gave up": what only the writer does, typed after what the business did, without its "I". */
const WRITERS_NEXT = /,\s+(?:and\s+|so\s+)?(left\s+(?:(?:a|an|another)\s+)?(?:voice ?mail|vm|message|msg)(?:\s+message)?|gave up|hung on|waited)\b(?=([^,]*)$)/i;

/**
 * "you didn't answer, left voicemail" -> "you didn't answer, so I left a voicemail": the writer's
 * own act after a comma, with its subject; "so" after what did not happen, "and" after anything else.
 */
function writersNextAct(text: string): string {
  const m = WRITERS_NEXT.exec(text);
  if (!m) return text;
  const act = m[1]!.toLowerCase().startsWith('left')
    ? `left ${/msg|message/i.test(m[1]!) && !/voice/i.test(m[1]!) ? 'a message' : 'a voicemail'}`
    : m[1]!.toLowerCase();
  const before = text.slice(0, m.index);
  const unanswered = /\b(?:not|never|no|didn['’]t|wasn['’]t|couldn['’]t|wouldn['’]t|hasn['’]t|haven['’]t|nobody|no one)\b/i.test(before.split(/,\s+/).at(-1)!);
  return `${before}, ${unanswered ? 'so' : 'and'} I ${act}${text.slice(m.index + m[0].length)}`;
}

/** The most words of a verbless report ("said no refund") taken as the words said. */
const MAX_WORDS_QUOTED = 5;
/** "fully booked, …", "still delayed": a participle after its adverb starts a note, not a sentence. */
/** Notes after the first that are a participle alone, with "not" or an adverb ("not covered", "already booked"): no verb of a sentence. */
const withoutNoteParticiples = (text: string) => text.replace(/,\s*(?:(?:not|already|fully|still|now)\s+)?[a-z]+ed\s*(?=,|$)/gi, '');
const participleFirst = (text: string) => text.replace(/^(?:fully|already|still|completely|totally|now|all|just)\s+(?=[a-z]+ed\b)/i, '');
/** A part that starts with a verb: another act, not more of what was said. */
const VERB_FIRST = new RegExp(String.raw`^(?:${VERB})\b`, 'i');
/** "the landlord wants", "my bag needs": a subject and a verb in the present, so a sentence. */
/** Someone at the business named casually as the subject: "girl on the phone said", "the guy at the desk told me". */
const CASUAL_SUBJECT = /^(?:(?:the|a|an|some|this|one)\s+)?(?:girl|guy|lady|bloke|lad|woman|man|fella|fellow|chap|dude|person|someone|somebody)(?:\s+(?:on the (?:phone|line)|at (?:the )?(?:desk|front desk|counter|reception|till)|in the (?:shop|store|office)|I spoke to|there))?\s+(?=(?:said|told|promised|agreed|refused|offered|replied|asked|confirmed|explained|claimed|insisted)\b)/i;
const SUBJECT_AND_VERB = /^(?:the|a|an|my|your|their|his|her|our|its|this|that)\s+[a-z-]+\s+[a-z]+(?:s|es)\b/i;

/**
 * What did not follow is set against what was said: "said he'd come round, never did" -> "…,
 * but that never happened"; "would send an engineer, never came" -> "…, but nobody came".
 */
function withContrast(text: string): string {
  return text
    // "said he'd call me back. never did": a piece of the same sentence after a full stop, in small letters.
    .replace(/\.\s+(?=(?:never|didn't|did not|nothing|nobody|no one|no (?:call|reply|response|answer))\b)/, ', ')
    .replace(/,\s+never\s+(came|arrived|showed up|turned up)\b/i, ', but nobody $1')
    // "said he'd come round, never did": he never did. "told me I would get a call, never did": the
    // one who "did" is not said, so what was promised never happened.
    .replace(/,\s+(?:but\s+)?never did\b\.?$/i, (whole: string, at: number, all: string) =>
      /\b(?:you|he|she|they|we)(?:['’]d|['’]ll|\s+would|\s+will|\s+were going to)\b/i.test(all.slice(0, at)) ? whole : ', but that never happened',
    )
    // "…, nothing since": what the writer has heard since.
    .replace(/,\s+(?:but\s+)?(?:(?:i(?:'ve| have)\s+)?heard\s+)?nothing\s+since(?:\s+then)?(?=[.!]?$)/i, ', but I have heard nothing since')
    .replace(/,\s+(never|didn't|did not|hasn't|has not|haven't|have not|still hasn't)\b/i, ', but $1')
    // "said it would be sorted in 5 days, nothing happened": what did not follow, as a whole sentence.
    .replace(/,\s+((?:nothing|nobody|no one)\s+(?:has\s+|had\s+)?(?:happened|been done|was done|changed|came of it|came|turned up|showed up|called(?: back)?|rang(?: back)?|phoned(?: back)?|got back(?: to me)?|replied|did))(?=[.!]?$)/i, ', but $1')
    // "said the fee would be reversed, it never was": what was said did not happen.
    .replace(/,\s+((?:it|they|he|she|that)\s+(?:never|still\s+(?:hasn't|hasn’t|has not|haven't|haven’t|have not))\s+(?:was|were|did|came|arrived|happened|been\s+\w+)?)(?=[.!]?$)/i, ', but $1')
    // "said they'd ring back, no call back": what did not follow.
    .replace(/,\s+(no\s+(?:call ?back|callback|call|reply|response|answer|follow[- ]up|engineer|visit))\b(?=[.!]?$)/i, ', but there was $1')
    // "promised a date, none given": what was promised did not come.
    .replace(/,\s+none\s+(given|sent|received|came|arrived|offered)(?=[.!]?$)/i, (_whole: string, verb: string) => `, but none ${/^(?:came|arrived)$/i.test(verb) ? verb.toLowerCase() : `was ${verb.toLowerCase()}`}`)
    // "said you would call me back, you didn't": the one who said it did not.
    .replace(/,\s+((?:you|he|she|they|it)\s+(?:didn['’]t|did not|never did|hasn['’]t|has not|haven['’]t|have not|wasn['’]t|weren['’]t|won['’]t))(?=[.!]?$)/i, ', but $1')
    // "said it would be refunded in 5 days, nothing": a last note that nothing came back.
    .replace(/,\s+([^,]+?)[.!]?$/, (whole: string, note: string) => {
      const clause = noAnswerClause(note, 'other');
      return clause === undefined || /^no (?:call ?back|callback)\b/i.test(note) ? whole : `, ${clause}`;
    });
}

/** A job at the business as the subject, without its article: "agent said…", "manager refused…". */
const ROLE_SUBJECT = /^((?:(?!(?:the|a|an|my|your|their|our|his|her|this|that|and|but|then|so|also|just|never|only|he|she|they|i|we|you|said|says|told|asked|promised|claimed|insisted|explained|confirmed|thought|reckoned|agreed)\s)[a-z]+\s+)?(?:staff member|member of staff|employee|tech|agent|rep|representative|advis[eo]r|manager|supervisor|technician|engineer|driver|receptionist|salesperson|sales rep|operator|consultant|installer|fitter|department|dept|team|office|desk|helpdesk|help desk|call cent(?:re|er)|customer services?|customer care))\s+(?=(?:said|told|promised|agreed|refused|declined|offered|replied|wrote|asked|confirmed|explained|claimed|insisted|could|couldn't|would|wouldn't|did|didn't|was|were|had|has)\b)/i;

/** A contact the business made at the writer's home: "site visit", "home visit", "engineer call-out". */
const VISIT_TO_WRITER = /\b(?:site|home|house|property|engineer|technician|tech|service|repair|installer|fitter|surveyor)\s+visit\b|\bcall[- ]?out\b|\bvisit(?:ed)?\s+(?:by|from)\b|\b(?:came|come)\s+(?:out|round|over)\b/i;
/** "technician reset the inverter": someone by their job, then what they did (a verb in the past). */
const ROLE_DID = /^(?:(?:the|your|their|a|an)\s+)?([a-z]+(?:\s+[a-z]+)?)\s+(?=(?:[a-z]{2,}ed|reset|set|put|took|came|went|left|gave|made|got|sent|brought|found|cut|fit|ran|did|checked|swapped)\b)/i;
/** "engineer no show", "no-show", "driver never showed": someone due who did not come. */
const NO_SHOW = /^(?:(?:the|your|their|a|an)\s+)?(?:([a-z]+(?:\s+[a-z]+)?)\s+)?(?:no[- ]?show(?:ed)?|did\s*n['’]?t\s+show(?:\s+up)?|never\s+showed(?:\s+up)?|never\s+turned\s+up|didn['’]?t\s+turn\s+up|did\s+not\s+(?:show|turn)\s+up)\.?$/i;
/**
 * "it is in transit", "the refund is being processed", "issue is being investigated": a state told
 * in the present, with no one saying it; what the writer still sees now ("still", "yet") is not one.
 */
const PRESENT_REPORT = /^(?!.*\b(?:still|yet|now)\b)(?:(the|my|our|your|this|that|its)\s+)?(?!(?:i|we|you|they|he|she|there|here|nobody|nothing|someone|somebody|everyone|everything|no|said|told|says)\b)([a-z][a-z-]+(?:\s+(?![a-z]+ed\b)[a-z][a-z-]+)?)\s+(is|are|isn['’]t|aren['’]t|will|won['’]t|has|have|hasn['’]t|haven['’]t|can|can['’]t|cannot)\s+(\S.*?)\.?$/i;
/** A verb of a reply, as said of a day gone by: "is" -> "was". */
const BACKSHIFT: Readonly<Record<string, string>> = { is: 'was', are: 'were', "isn't": "wasn't", "aren't": "weren't", will: 'would', "won't": "wouldn't", has: 'had', have: 'had', "hasn't": "hadn't", "haven't": "hadn't", can: 'could', "can't": "couldn't", cannot: 'could not' };
/** "said issue is being investigated": what was said, of a thing named without its article. */
/** "said part was on order", "said manager would call": what was said, its bare subject with its article ("the part", "a manager"). */
function withSaidSubject(text: string, use: WordUse): string {
  // Someone of a job, not yet known, is "a manager"; a thing is "the" one.
  return text.replace(SAID_BARE_SUBJECT, (found, lead: string, noun: string, modal: string | undefined) => (FUNCTION_WORD.test(noun.toLowerCase()) || NOT_A_THING.test(noun) || use.names.has(noun.toLowerCase()) ? found : `${lead}${modal !== undefined && ROLE_WORDS.test(noun.toLowerCase()) ? (/^[aeiou]/i.test(noun) ? 'an' : 'a') : 'the'} ${noun}`));
}

const SAID_BARE_SUBJECT = /^((?:said|told me|replied|explained|confirmed|claimed|insisted|wrote)\s+(?:that\s+)?)([a-z]{3,})(?=\s+(?:(?:is|was|has|had|isn['’]t|wasn['’]t|hasn['’]t|hadn['’]t|needs|needed)\s|(would|will|could|can|should|might)(?:\s+(?:not|never|definitely|probably))?\s+(?:call|ring|phone|contact|email|come|visit|sort|fix|look|get|be)\b))/i;
/** Words that stand alone as a subject, without an article. */
const NOT_A_THING = /^(?:nothing|everything|something|anything|someone|somebody|everyone|anyone|nobody|who|what|which|whoever|whatever|[a-z]+ing)$/i;

/** "'next week for sure'": all in straight single quotation marks, with apostrophes only inside words ("'we'll call'"). */
const ALL_IN_SINGLE_QUOTES = onFirstUse(() => /^'(?:[^'"“”‘’]|(?<=\p{L})'(?=\p{L}))+'$/u);

/** Someone not named, as the subject of what they did: "staff member refused…" -> "A member of staff refused…". */
const UNNAMED_STAFF: Readonly<Record<string, string>> = { 'staff member': 'A member of staff', 'member of staff': 'A member of staff', employee: 'An employee' };

/** "same again", "same thing, told me to…": what the business said before, said again. */
const SAME_AGAIN = /^(?:the\s+)?same(?:\s+(?:again|thing|answer|response|reply|story|as before|as last time))?(?:\s+again)?(?:\s*[,;:.-]\s*(.+))?$/i;

/**
 * "same again, told me to 'put it in writing'" -> "told me again to 'put it in writing'"; "same
 * thing" alone -> "was told the same thing". A note that goes on otherwise is kept as typed.
 */
function sameAgain(result: string): string {
  const m = SAME_AGAIN.exec(result.trim());
  if (!m) return result;
  const rest = m[1]?.trim();
  if (!rest) return 'was told the same thing';
  if (!STARTS_WITH_VERB.test(rest) || WRITER_ACT.test(rest)) return result;
  return rest.replace(/^(\S+(?:\s+(?:me|us))?)(?=\s|$)/i, '$1 again');
}

/** "fault ref FLT-77120", "claim no. CX-883012", "ref: 88231": a reference given, with its kind. */
const REFERENCE_NOTE = /^(?:(?:a|the|my|your|their)\s+)?((?:[a-z]+\s+){0,2}?)(ref(?:erence)?\.?(?:\s+(?:no\.?|number))?|no\.|number|#)\s*[:#]?\s*([A-Z0-9][A-Za-z0-9/-]*\d[A-Za-z0-9/-]*)(?:\s+(?:given|provided|issued|supplied))?$/i;
/** "same answer, contact the manufacturer", "got the same response": what was said before, said again. */
const SAME_ANSWER = /^(?:(?:got|received|gave me)\s+)?(?:the\s+)?same\s+(answer|response|reply|thing|story)(?:\s+again)?(?:\s*(?:[,:;]|\s-)\s*(?!(?:but|and|then|so)\b)(.+))?$/i;
/** "engineer booked", "callback arranged": a thing, then what the business did with it. */
const THING_DONE = /^([a-z]+(?:\s+[a-z]+)?)\s+(booked|arranged|scheduled|logged|raised|opened|issued|ordered|promised|offered)$/i;

/**
 * Notes that start with a reference: "fault ref FLT-77120, engineer booked" -> " and was given the
 * fault reference FLT-77120, and you booked an engineer". Undefined unless every note is known.
 */
function referenceNotes(result: string, they: 'you' | 'they', channel: Channel, use: WordUse, given: string): string | undefined {
  const [first, ...more] = result.split(/\s*[,;]\s*|\.\s+(?=[a-z])/).map((part) => part.trim().replace(/\.$/, ''));
  const ref = REFERENCE_NOTE.exec(first!);
  if (!ref || /^(?:said|told|gave|got|received|no|not)\b/i.test(ref[1]!)) return undefined;
  const notes: string[] = [];
  for (const note of more) {
    if (note === '') continue;
    const none = noAnswerClause(note, channel);
    const done = THING_DONE.exec(note);
    if (none !== undefined) notes.push(none);
    // "but nothing has come of it since": already a clause.
    else if (/^but\s/i.test(note)) notes.push(note);
    else if (done && !FUNCTION_WORD.test(done[1]!.split(' ')[0]!)) notes.push(`${they} ${done[2]!.toLowerCase()} ${withArticle(inSentence(done[1]!, use))}`);
    else return undefined;
  }
  const kind = ref[1]!.trim().toLowerCase();
  // "claim no. 123", "case #123" is a number; "ref" a reference.
  const word = /^ref/i.test(ref[2]!) ? (/\b(?:no|number)\b/i.test(ref[2]!) ? 'reference number' : 'reference') : 'number';
  return `${given} the ${kind ? `${kind} ` : ''}${word} ${ref[3]}${joinedNotes(notes)}`;
}

/** A contact that only says nothing came back. */
const NO_NEWS = /^(?:no (?:reply|response|answer)(?: at all| yet)?|nothing(?: back| came of it)?|none|ignored|still waiting|awaiting (?:a )?(?:reply|response))[.!]?$/i;

/**
 * The contacts a letter tells: a reminder or final letter already names the earlier letters by
 * date, so a letter or e-mail sent that day that only got no answer is not told twice.
 */
export function untold(c: ResolvedCase): ResolvedCase['contacts'] {
  if (c.letter.stage === 'first' || c.letter.previous.length === 0) return c.contacts;
  const sent = new Set(c.letter.previous);
  return c.contacts.filter(
    (contact) => !(contact.date && sent.has(contact.date) && /letter|post|wrote|writing|e-?mail/i.test(contact.channel ?? '') && (!contact.result || NO_NEWS.test(contact.result.trim()))),
  );
}
