// What the writer typed about the business, in a letter to the business: "they never turned
// up" is said to the reader as "you never turned up". Only a promise or an event that starts
// with "they" doing something only a business does is changed ("they arrived damaged" may be
// the goods, "they were rude" anyone); the letter to a card issuer keeps the writer's words,
// told as what they said to the merchant.
import { onFirstUse } from '../../util/on-first-use.js';
import type { ResolvedCase } from '../../case/resolve.js';
import { remembered } from '../../util/remember.js';
import { addressedTo, addresseeName } from './people.js';
import { isCommonWord } from './common-words.js';
import { outsideQuotes, QUOTED, ROLE_WORDS, TEAM_WORDS, TITLES, YOU_AGREE } from './words.js';

/** Words between "they" and its verb: "they never", "they would not", "they still haven't". */
const BETWEEN = String.raw`(?:(?:never|only|just|also|still|now|then|even|always|already|later|finally|eventually|simply|repeatedly|again|would|will|could|should|did|do|does|had|have|has|didn['’]t|don['’]t|doesn['’]t|hadn['’]t|haven['’]t|hasn['’]t|wouldn['’]t|won['’]t|couldn['’]t|can['’]t|cannot|can|not|n['’]t)\s+)*`;
/** Verbs of what a business does (and its people), never of goods. */
const BUSINESS_VERB = String.raw`(?:said|say|says|refuses|denies|insists|keeps|ignores|blames|tells|wants|continues|admits|agrees|told|tell|promised|promise|agreed|agree|refused|refuse|charged|charge|took|take|kept|keep|cancel+ed|cancel|ignored|ignore|sent|send|turned\s+up|turn\s+up|showed\s+up|show\s+up|came|come|left|leave|forgot|forget|missed|miss|failed|fail|offered|offer|quoted|quote|replied|reply|responded|respond|called|call|rang|ring|e-?mailed|e-?mail|texted|text|stopped|stop|changed|change|increased|increase|raised|raise|gave|give|booked|book|confirmed|confirm|claimed|claim|blamed|blame|denied|deny|insisted|insist|fixed|fix|repaired|repair|installed|install|cleaned|clean|finished|finish|completed|complete|delivered|deliver|refunded|refund|answered|answer|contacted|contact|apologi[sz]ed|apologi[sz]e|explained|explain|paid|pay|serviced|service|fitted|fit|replaced|replace|collected|collect|returned|return|checked|check|inspected|inspect|treated|treat|closed|close|moved|move|escalated|escalate|lied|overcharged|overcharge|debited|debit|billed|bill|invoiced|invoice|sold|sell|ordered|order|arranged|arrange|rescheduled|reschedule|postponed|postpone|assured|assure|guaranteed|guarantee|advertised|advertise|stated|state|wrote|write|hung\s+up|put\s+me|put\s+us|scratched|damaged|dented|stained|smashed|dropped|spilled|spilt|been\s+(?:back|in\s+touch|round|out)|got\s+back|come\s+back|came\s+back)`;
const CONTRACTION = String.raw`(?:['’](?:ve|d|ll|re))?`;
/** "they are still taking £142", "they keep saying": what a business goes on doing. */
const DOING = String.raw`(?:still\s+|now\s+|just\s+|only\s+|always\s+)?(?:taking|charging|saying|telling|promising|ignoring|refusing|sending|blaming|claiming|insisting|debiting|billing|asking|offering|quoting|trying|making|giving|quoting|advertising|selling|holding|withholding|keeping|estimating|overcharging|delaying|stalling|avoiding|using)`;
const GOING_ON = String.raw`(?:are|were|keep|kept|is|been)\s+${DOING}`;
/** More of what a business does: "they put it up", "they found another fault", "they lost my parcel". */
const MORE_BUSINESS_VERBS = String.raw`did|signed\s+for|received|receive|rebooked|rebook|disappeared|vanished|abandoned|provided|provide|supplied|supply|budge|budged|admitted|admit|removed|remove|put|found|find|assigned|assign|lost|lose|ruined|ruin|messed\s+up|wanted|want|wants|suggested|suggest|proposed|propose|advised|advise|recommended|recommend|switched|switch|transferred|transfer|recruited|recruit|honou?red|honou?r|owe|owed|owes|accepted|accept|processed|process|handled|handle|withheld|withhold|deducted|deduct`;
/** The business's own papers, which speak of it as "they": "the warranty says they retreat for free". */
const PAPERS = String.raw`(?:warranty|guarantee|contract|terms|policy|website|invoice|receipt|quote|quotation|advert|listing|confirmation|brochure|agreement|paperwork)`;
/**
 * "They" (or "they've", "they'd"…) then, perhaps after "never" or "would not", a business's verb;
 * or after "you said", the business speaking of itself ("you said they have no other instructor").
 */
const THEY_VERB = String.raw`(?<=\b(?:you|they)\s+(?:said|say|told\s+(?:me|us)|promised|claimed|insisted|assured\s+(?:me|us)|explained|confirmed|admitted|replied)\s+(?:that\s+)?)they(?=${CONTRACTION}\s)|(?<=\b${PAPERS}(?:,?\s+(?:which|that))?\s+(?:says|said|states|stated|promises|promised|guarantees|guaranteed)\s+(?:that\s+)?)they(?=${CONTRACTION}\s)|\bthey(?=${CONTRACTION}\s+["“]?(?:${BETWEEN}(?:${BUSINESS_VERB}|${MORE_BUSINESS_VERBS})\b|${GOING_ON}\b)|${CONTRACTION}\s+(?:are|were|is)\s+["“][a-z]+ing\b|['’]re\s+["“]?${DOING}\b)`;
/** "you said (that) " just before a "they". */
const YOU_SAID_BEFORE = /\byou\s+(?:said|say|told\s+(?:me|us)|promised|claimed|insisted|assured\s+(?:me|us)|explained|confirmed|admitted|replied)\s+(?:that\s+)?$/i;
/** "they said (that) " just before a "they": the second is the first speaking of itself. */
const THEY_SAID_BEFORE = /\bthey\s+(?:said|say|told\s+(?:me|us)|promised|claimed|insisted|assured\s+(?:me|us)|explained|confirmed|admitted|replied)\s+(?:that\s+)?$/i;
/** "the marks they photographed were there": "they" did something to the thing named just before, the people who did it. */
const THEY_DID_TO_IT = String.raw`|\bthey(?=\s+[a-z]{3,}ed\s+(?:was|were|is|are|had|has|wasn['’]t|weren['’]t)\b)`;
const THEY_DID_TO_IT_AFTER = /^\s+[a-z]{3,}ed\s+(?:was|were|is|are|had|has|wasn['’]t|weren['’]t)\b/;
/** A thing named just before "they": "the marks", "the parts". */
const THING_JUST_BEFORE = /\b(?:the|my|our|these|those|all|some|any)\s+(?:[a-z-]+\s+){0,2}$/i;
/** For a service, the business is who arrives: "they arrived at 11", "they would arrive 3 hours late". */
/**
 * "they pulled 3 teeth", "they recemented it", "they packed and wrapped everything": "they" then
 * a verb in the past with what it was done to (never a word that only links or describes, "they
 * looked new", "they lasted a week"); "they were supposed to finish"; "they need my OK".
 */
const DID_TO_SOMETHING = String.raw`|\bthey(?=\s+${BETWEEN}["“]?(?!(?:arrived|departed|landed|happened|occurred|looked|seemed|appeared|smelled|tasted|sounded|felt|lasted|weighed|measured|needed|started|ended|worked|used|cracked|broke|leaked|faded|peeled|snapped|melted|rusted|wobbled|squeaked|rattled|matched|fitted|suited|contained|included|required|caused|costed|reached|passed|exceeded|covered|turned|jammed|shattered|tore|crashed|froze|overheated)\b)[a-z]{3,}ed(?:\s+and\s+[a-z]{3,}ed)?\s+(?!\d+\s*(?:mins?|minutes|hours?|hrs?|days?|weeks?|wks?|months?|years?|yrs?)\b)(?:it|them|me|us|him|her|my|our|the|a|an|\d|everything|extra|more|another|rear|front|both|all|some|three|two|four|five)\b|\s+(?:were|are)\s+(?:supposed|meant|due|contracted)\s+to\s+(?:${BUSINESS_VERB}|start|do|build|be\s+(?:here|there|back))\b|\s+(?:need|needed|needs)\s+(?:my|our)\s+(?:ok|okay|permission|consent|approval|authori[sz]ation|agreement|go-ahead)\b)`;
/** "a 3rd repair is all they can do", "the best they could offer": the business's own limits, said by it or of it. */
const ALL_THEY_CAN = String.raw`|(?<=\b(?:all|the\s+(?:best|most|least|only\s+thing)|nothing\s+(?:more|else)|anything\s+(?:more|else))\s+)they(?=\s+(?:can|could|will|would)\s+(?:do|offer)\b)`;
const SERVICE_ARRIVES = String.raw`|\bthey(?=\s+${BETWEEN}arrived?\s+(?:at|on|late|early|between|after|before|around|about|an?|\d|one|two|three|four|five|six|several|hours|over|nearly|almost|well|just)\b)`;
/** "their" said of the business when the sentence, or one before it in the same answer, said "you" for "they". */
const THEIR = /\b(their|theirs)\b/gi;
// Made when a text holds "they": compiling it costs milliseconds, which most letters need not pay.
let eachThey: RegExp | undefined;
let eachTheyForService: RegExp | undefined;
const ANY_THEIR = /\b(?:they|them|their|theirs|themselves|themself)\b/i;
/** Someone the writer turned to, or a third party named, before "they": "they" may be them. */
const SOMEONE_ELSE = /\b(?:called|contacted|asked|rang|phoned|e-?mailed|wrote to|spoke to|went to|took it to|told)\s+(?:my|the|a|an|our)\s|\b(?:bank|insurer|landlord|council|courier|police|neighbou?rs?|manufacturer|supplier|card issuer|friends?|family|parents|kids|children|sons?|daughters?|husband|wife|partner|guests?|mum|mam|mom|mother|dad|father|brother|sister|grandma|grandmother|gran|granny|nan|nana|grandad|grandpa|aunt|uncle|cousin)\b/i;
/**
 * Of those, a group or another firm ("my bank", "the courier", "my parents"): "they" anywhere
 * after it in the answer may be them. One person of the writer's own ("my son", "my husband")
 * is "they" only in the sentence that names them or the next ("My mam cried, they can't…").
 */
const OTHER_GROUP = /\b(?:called|contacted|asked|rang|phoned|e-?mailed|wrote to|spoke to|went to|took it to|told)\s+(?:my|the|a|an|our)\s|\b(?:bank|insurer|landlord|council|courier|police|neighbou?rs|manufacturer|supplier|card issuer|friends|family|parents|kids|children|sons|daughters|guests)\b/i;
/** "themselves" of a "they" said as "you". */
const THEMSELVES = /\bthemsel(?:ves|f)\b/gi;
/** Things named before "they" ("the parts", "my new shelves", "3 boxes"): "they" may be them. */
const PLURAL_BEFORE = /\b(?:the|my|our|these|those|both|all|some|two|three|four|five|\d+)\s+(?:(?!(?:your|their)\b)[a-z'’-]+\s+){0,2}(?!(?:was|has|does|says|goes|gets|makes|takes|comes|seems|looks|needs|means|plus|thus|this|his|is|its|yes|gas|bus|us|as|years|months|weeks|days|hours|minutes|times|nights|mins|hrs|yrs)\b)[a-z]*[a-rt-z]s\b/i;
/** What only people do (speak, promise, charge): things named before "they" cannot be the ones who did it. */
const PEOPLE_ONLY = new RegExp(String.raw`^(?:['’](?:ve|d|ll|re))?\s+["“]?${BETWEEN}(?:said|say|says|told|tell|promised|promise|agreed|agree|refused|refuse|charged|charge|quoted|quote|replied|reply|responded|respond|claimed|claim|blamed|blame|denied|deny|insisted|insist|refunded|refund|apologi[sz]ed|apologi[sz]e|explained|explain|assured|assure|guaranteed|guarantee|advertised|billed|bill|invoiced|invoice|overcharged|overcharge|debited|owe|owed|owes|honou?red|honou?r|offered|offer|ignored|ignore|lied)\b`, 'i');
/** "the engineer said they would call": someone else speaking of themselves, "they" is that person ("their manager said they would" is the business's own, of the business). */
const SOMEONE_SAID_THEY = /(?<!\b(?:their|your)\s+)\b(?!(?:you|they|he|she|I|we|and|but|or|then|so|also|just|only|never|still|even|later|first|finally|had|has|have|was|were|who|which|that|it)\b)[a-z]+(?:\s+\([^()]*\))?\s+(?:said|told\s+(?:me|us)|promised|claimed|insisted|assured\s+(?:me|us))\s+(?:that\s+)?they\b/i;
/** "their engineer", "their website": the business's own people and things, said to it as "your". */
const THEIR_OWN = /\btheir(?=\s+(?:(?:own|new|head|main|customer|online|senior|regional|local|faulty|poor|shoddy|botched|substandard|original|first|previous|latest|last|written|standard|free|prepaid|pre-paid)\s+)?(?:\d{1,3}[- ]?(?:day|week|month|year)s?[- ]+(?:return|returns|refund|money[- ]back|cooling[- ]off|warranty|guarantee|trial|exchange|cancellation)|(?:return|returns|refund|cancellation|exchange)s?\s+(?:period|policy|window)|engineers?|technicians?|staff|office|website|site|app|terms|policy|policies|manager|team|system|shop|store|warehouse|drivers?|crew|fitters?|installers?|contractors?|records|email|e-mail|phone|number|helpline|hotline|line|call\s+centre|call\s+center|complaints?|service|services|support|depot|branch|van|quote|invoice|estimate|price|prices|fees?|charges?|contract|booking|system|rep|representative|agents?|receptionist|boss|owner|director|supervisor|colleagues?|apprentice|mechanic|dentist|surgeon|vet|tutor|coach|instructor|photographer|editor|checklist|guarantee|warranty|advert|advertisement|listing|brochure|catalogue|catalog|receipt|confirmation|quotation|work|workmanship|workshop|chat|live\s+chat|chatbot|bot|repairers?|return\s+label|returns?\s+(?:label|portal|address|department)|trucks?|lorry|lorries|vans|movers|packers|premises|yard|paperwork|form|forms|estimate\s+form|portal|inbox|voicemail)\b)/gi;
/** "I told them", "I emailed them": the writer turning to the business, said as "you" (never "I sent them", which may be goods). */
const WRITER_TO_THEM = /\b((?:I|we)\s+(?:(?:have|had|then|also|again|already|just)\s+)*(?:called|rang|phoned|e-?mailed|texted|messaged|told|asked|paid|contacted|chased|reminded|hired|engaged|employed|wrote\s+to|spoke\s+to|complained\s+to|explained\s+to)|(?:I|we|and|then)\s+(?:gave|sent|showed|handed|forwarded)(?=\s+them\s+(?:a|an|the|my|our|all|copies|photos|pictures|proof|details|evidence|receipts?|readings?|\d)\b))\s+them\b/gi;

/**
 * `text` said to the business where it says what "they" (the business) did ("they never
 * turned up" -> "you never turned up", "in Aug they put it up" -> "in Aug you put it up"),
 * with "their engineer" and "I told them" said to it too; else as typed. A text that speaks
 * of "them" in any other way ("they said they would replace them") is kept as typed: "them"
 * may be something else.
 */
export function toTheBusiness(text: string, { service = false }: { service?: boolean } = {}): string {
  const firstThem = ANY_THEIR.exec(text);
  if (!firstThem) return text;
  // "I called my bank. They said…": "they" after someone else the writer turned to may be them.
  if (firstThem.index > 0 && OTHER_GROUP.test(text.slice(0, firstThem.index))) return text;
  // Sentence by sentence: one that speaks of "them" in another way is kept as typed, the others said to the business.
  const sentences = text.split(/(?<=[.!?])(\s+)/);
  let changed = false;
  // Once "they" is said as "you" in an answer, its "their" is the business's too, unless someone or something else is named first.
  let toldAsYou = false;
  const theyVerb = service ? (eachTheyForService ??= new RegExp(THEY_VERB + DID_TO_SOMETHING + THEY_DID_TO_IT + ALL_THEY_CAN + SERVICE_ARRIVES, 'gi')) : (eachThey ??= new RegExp(THEY_VERB + DID_TO_SOMETHING + THEY_DID_TO_IT + ALL_THEY_CAN, 'gi'));
  for (let i = 0; i < sentences.length; i += 2) {
    const sentence = sentences[i]!;
    if (!ANY_THEIR.test(sentence)) continue;
    // "the engineer said they would call": "they" is that person, in this sentence; the others are read on their own.
    if (SOMEONE_SAID_THEY.test(sentence)) continue;
    // One person of the writer's named in this sentence, or in the one before this sentence that starts with "they": "they" may be them.
    if (SOMEONE_ELSE.test(sentence.slice(0, ANY_THEIR.exec(sentence)!.index)) || (i >= 2 && SOMEONE_ELSE.test(sentences[i - 2]!) && /^\W*(?:they|them|their)\b/i.test(sentence))) continue;
    // "they" is found in the whole sentence (what they did may be in quotation marks: they'd "had to"), and changed only outside them.
    const quoted = [...sentence.matchAll(QUOTED)].map((m) => [m.index, m.index + m[0].length] as const);
    const inQuotes = (at: number) => quoted.some(([from, to]) => at > from && at < to);
    const before = i >= 2 ? sentences[i - 2]! : '';
    let lastSaid = -1;
    let youHere = false;
    let said = sentence.replace(theyVerb, (they: string, at: number) => {
      const prefix = sentence.slice(0, at);
      // "they said they would…": the second "they" is the first's, and is said as it was.
      const speaker = THEY_SAID_BEFORE.exec(prefix);
      // "the marks they photographed were there": the things just named are what "they" did something to, never "they".
      // 'they "adjusted the frame"': what they did, in their own words, is what people say of their work.
      const doneToThing = (THEY_DID_TO_IT_AFTER.test(sentence.slice(at + they.length)) && THING_JUST_BEFORE.test(prefix)) || /^\s+["“]/.test(sentence.slice(at + they.length));
      const keep = speaker
        ? // "the legs never arrived, they said they were on back order": things named before may be the second "they".
          speaker.index !== lastSaid || inQuotes(at) || PLURAL_BEFORE.test(`${before} ${prefix}`)
        : // "The parts were wrong, they didn't fit": things named just before are what "they" are.
          // After "you said", the business speaks of itself: only things named in the same sentence may be "they".
          inQuotes(at) || (!doneToThing && !PEOPLE_ONLY.test(sentence.slice(at + they.length)) && PLURAL_BEFORE.test(`${YOU_SAID_BEFORE.test(prefix) ? '' : before} ${prefix}`));
      if (keep) return they;
      lastSaid = at;
      youHere = true;
      return they.charAt(0) === 'T' ? 'You' : 'you';
    });
    if ((youHere || toldAsYou) && !SOMEONE_ELSE.test(sentence)) {
      const quotedSaid = [...said.matchAll(QUOTED)].map((m) => [m.index, m.index + m[0].length] as const);
      said = said.replace(THEIR, (their: string, _word: string, at: number) => {
        const prefix = said.slice(0, at);
        if (quotedSaid.some(([from, to]) => at > from && at < to) || PLURAL_BEFORE.test(`${youHere ? '' : before} ${prefix}`)) return their;
        const yours = their.length === 6 ? 'yours' : 'your';
        return their.charAt(0) === 'T' ? `Y${yours.slice(1)}` : yours;
      });
    }
    if (youHere) said = outsideQuotes(said, (part) => part.replace(THEMSELVES, (word: string) => (word.toLowerCase().endsWith('f') ? 'yourself' : 'yourselves')));
    said = outsideQuotes(said, (part) => part.replace(THEIR_OWN, (their: string) => (their.charAt(0) === 'T' ? 'Your' : 'your')).replace(WRITER_TO_THEM, '$1 you'));
    // A "they" or "them" left (outside quotation marks) may be someone or something else.
    let left = false;
    outsideQuotes(said, (part) => {
      left ||= ANY_THEIR.test(part);
      return part;
    });
    if (!left && said !== sentence) {
      sentences[i] = said;
      changed = true;
      toldAsYou ||= youHere;
    }
  }
  return changed ? sentences.join('') : text;
}

/** "I booked them to service the boiler": those hired to do something are the business itself. */
const HIRED_THEM_TO = /\b(I|we)\s+(booked|hired|asked|paid|engaged|contracted|used|called|rang|phoned|emailed|contacted|got)\s+them\s+to\s+(?=[a-z])/gi;

/** The writer's own account with the business they hired said to it: "I booked you to service…". */
function hiredToTheBusiness(text: string): string {
  return text.includes('them') ? outsideQuotes(text, (part) => part.replace(HIRED_THEM_TO, '$1 $2 you to ')) : text;
}

// --- The person the letter is written to, named in the story -------------------------------

/** One word of a person's name: "Evans", "O'Neill", "McDonald", "Smith-Jones". */
const NAME_WORD = /^(?:Ma?c)?[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF]*(?:['’-][A-Z\u00C0-\u00DE]?[a-z\u00DF-\u00FF]+)*$/;

/** The first word of a surname of two: "Ó Briain", "Ní Bhriain", "Mac Giolla", "de la", "van", "von". */
const SURNAME_PARTICLE = /^(?:Ó|O|Ní|Nic|Mac|Mag|Uí|Ua|de|De|del|della|di|Di|da|Da|dos|van|Van|von|Von|le|Le|la|La|ter|ten|bin|ibn|al|El|el|St\.?)$/;

/** Whether the person written to is a person named ("Dr Aoife O'Neill", "Mark Evans"), not a team or a role. */
export function namesAPerson(contact: string | undefined): boolean {
  return contact !== undefined && addresseeForms(contact, 'en-GB').length > 0;
}

/** How a story names the person written to: "Mark Evans", "Mark", "Mr Evans" (longest first). */
function addresseeForms(contact: string, locale: string): readonly string[] {
  return remembered(formsOfAddressees, `${locale}\n${contact}`, () => formsOf(contact, locale), 1000);
}

const formsOfAddressees = new Map<string, readonly string[]>();

function formsOf(contact: string, locale: string): readonly string[] {
  // "The Bursar", "the owner": a role, whatever word it is, never a person's name ("the manager Sarah" has one).
  if (/^\s*the\s+\S+\s*$/i.test(contact)) return [];
  const greeted = addresseeName(contact, locale);
  if (!greeted) return [];
  const words = greeted.split(/\s+/);
  const titled = TITLES.test(words[0]!);
  const named = titled ? words.slice(1) : words;
  // "Seán Ó Briain", "Mick O Sullivan": a surname of two words, its first a particle.
  const particleSurname = named.length === 3 && SURNAME_PARTICLE.test(named[1]!);
  // A person's name, not a team's or a role's ("Customer Services team", "Store Manager").
  if (named.length === 0 || (named.length > 2 && !particleSurname) || named.some((word, i) => (!NAME_WORD.test(word) && !(particleSurname && i === 1)) || ROLE_WORDS.test(word.toLowerCase()) || TEAM_WORDS.test(word.toLowerCase()))) return [];
  if (titled) {
    const withTitle = [greeted, greeted.includes('.') ? greeted.replace('.', '') : greeted.replace(/^(\S+)/, '$1.')];
    // "Mr Gary Pike": the story may call him "Gary Pike" or "Gary" too.
    const full = addressedTo(contact, locale)[0]?.split(/\s+/) ?? [];
    const given = TITLES.test(full[0] ?? '') ? full.slice(1) : [];
    // "Mr Seán Ó Briain": a surname of two words, its first a particle, is still given name and surname.
    const twoWordSurname = given.length === 3 && SURNAME_PARTICLE.test(given[1]!);
    const ofName = (given.length === 2 || twoWordSurname) && given.every((word) => NAME_WORD.test(word) || SURNAME_PARTICLE.test(word)) ? [given.join(' '), given[0]!] : [];
    return [full.join(' '), ...withTitle, ...ofName].filter((form, i, all) => form !== '' && all.indexOf(form) === i).sort((a, b) => b.length - a.length);
  }
  // Only a first name with a surname is the person alone: "Evans" may be "Evans Building".
  return named.length >= 2 ? [named.join(' '), named[0]!] : named;
}

/** Words between the name and its verb, and the verbs a person at a business does (as for "they"); "Shane and an apprentice installed" too. */
const NAME_VERB = String.raw`(?=(?:\s+and\s+(?:(?:an?|the|my|two|three)\s+)?[\p{L}'’-]+)?\s+${BETWEEN}(?:${BUSINESS_VERB}|did|does|made|lost|performed|examined|handled|signed|accepted|approved|assessed|diagnosed|operated|was|wasn['’]t|is|isn['’]t|would|will|could|can|has|had|hasn['’]t|hadn['’]t|won['’]t|wouldn['’]t|couldn['’]t|can['’]t|didn['’]t|never|[a-z]{2,}ed)\b)`;
/** Verbs of the writer's that take the person as their object: "I called Mark", "I paid Mark", "spoke to Mark". */
const WRITER_TO = String.raw`\b(?:called|rang|phoned|e-?mailed|texted|messaged|told|asked|paid|booked|hired|engaged|met|contacted|chased|reminded|showed|gave|sent|spoke\s+to|wrote\s+to|talked\s+to|complained\s+to|explained\s+to|with|by)\s+`;
/** A role before the name: "the manager Sarah". */
const ROLE_BEFORE = String.raw`(?:the\s+(?:${ROLE_WORDS.source.replace(/^\\b\(|\)\\b$/g, '')})\s+)?`;
/** After "Mark's": words that make it "Mark is" or "Mark has", not something of Mark's. */
const NOT_POSSESSED = /^(?:been|got|gone|not|never|just|still|already|going|coming|doing|done|a|an|the|very|so|too|also|always|back|off|out|on|in|now|since|said|told|left)$/;
/** "you said he would", "you promised she was": the person speaking of themselves. */
const SAID_OF_SELF = /\b(you\uE020?\s+(?:said|told me|told us|promised|claimed|insisted|assured me|assured us|agreed)\s+(?:that\s+)?)(he|she)\b(?:\s+(was|is|has|does|wasn['’]t|isn['’]t|hasn['’]t|doesn['’]t)\b)?/gi;
/** "you said he was" -> "you said you were": what they said of themselves, said to them. */
const saidOfSelf = (text: string) => text.replace(SAID_OF_SELF, (_found, lead: string, _pronoun: string, verb: string | undefined) => `${lead}you${verb ? ` ${YOU_AGREE[verb.toLowerCase()] ?? verb}` : ''}`);
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const addresseePatterns = new Map<string, { subject: RegExp; object: RegExp; possessive: RegExp }>();

/**
 * The story said to the person the letter is written to, where it names them ("Mark quoted
 * £11,200" -> "You quoted £11,200", "Mark's labourer" -> "your labourer", "I called Mark" ->
 * "I called you", in a letter to Mark Evans). `forms`: how the story may name them.
 */
export function toTheAddressee(text: string, forms: readonly string[]): string {
  if (forms.length === 0 || !forms.some((form) => text.toLowerCase().includes(form.toLowerCase()))) return text;
  const key = forms.join('|');
  let patterns = addresseePatterns.get(key);
  if (!patterns) {
    const name = `(?:${forms.map(escaped).join('|')})`;
    patterns = {
      subject: new RegExp(`(?<![\\p{L}'’])${name}(?![\\p{L}'’])${NAME_VERB}(\\s+)([\\p{L}'’]+)`, 'giu'),
      object: new RegExp(`(${WRITER_TO})${ROLE_BEFORE}${name}(?![\\p{L}'’])`, 'giu'),
      // The name typed in small letters too ("bruce's garage"); what follows it in small letters, not a firm's name ("Bruce's Garage Ltd").
      possessive: new RegExp(`(?<![\\p{L}'’])(?:${forms.map((form) => `[${form.charAt(0).toUpperCase()}${form.charAt(0).toLowerCase()}]${escaped(form.slice(1))}`).join('|')})['’]s\\s+(?=([\\p{Ll}\\d]+))`, 'gu'),
    };
    addresseePatterns.set(key, patterns);
  }
  const { subject, object, possessive } = patterns;
  // A sentence that named them before a quotation goes on after it: 'She said Mick was "aware", but he never did.'
  let named = false;
  // "Brad came out… and said he'd": "he'd" and "he'll" of the person named are "you'd" and "you'll".
  const you = (pronoun: string) => (pronoun.charAt(0) === 'H' || pronoun.charAt(0) === 'S' ? 'You' : 'you');
  const youAfter = (text: string) =>
    text
      .replace(SHE_AFTER, (_found, pronoun: string, verb: string | undefined) => `${you(pronoun)}${verb ? ` ${YOU_AGREE[verb.toLowerCase()] ?? verb}` : ''}`)
      .replace(SHE_SHORT, (found: string, short: string) => `${you(found)}${short}`);
  return outsideQuotes(text, (typed) => {
    let part = typed;
    if (named) {
      const end = /[.!?](?=\s|$)/.exec(part);
      part = end ? youAfter(part.slice(0, end.index)) + part.slice(end.index) : youAfter(part);
      named = !end;
    }
    const atStart = (at: number) => /^\s*$|[.!?]["'’”)]?\s+$/.test(part.slice(0, at));
    // The word after the name agrees with "you": "Mark was" -> "you were", "Mark has quoted" -> "you have quoted".
    // Each "you" put for the name is marked, so that a "she" after it in the same sentence is said to them too.
    let said = part.replace(subject, (_found, space: string, next: string, at: number) => `${atStart(at) ? 'You' : 'you'}${SAID_TO}${space}${YOU_AGREE[next.toLowerCase()] ?? next}`);
    // Not where the name goes on with another capitalised word ("Mark Evans Ltd").
    said = said.replace(object, (found, verb: string, at: number, whole: string) => (/^\s+[A-Z]/.test(whole.slice(at + found.length)) ? found : `${verb}you${SAID_TO}`));
    said = said.replace(possessive, (found, next: string, at: number) => (NOT_POSSESSED.test(next) ? found : `${atStart(at) ? 'Your' : 'your'} `));
    said = saidOfSelf(said);
    if (!said.includes(SAID_TO)) return said;
    // "did the inspection with Jess and she said it looked fine": "she" is Jess, in the sentence that named her.
    const sentences = said.split(/((?<=[.!?])\s+)/);
    // "Sam replaced my battery. He said…": a sentence that starts with "he" or "she" after one
    // that named them, with nobody else named in between (in it or in a sentence between), goes on about them.
    let carried = false;
    const told = sentences
      .map((sentence) => {
        if (carried && /^(?:he|she)\b/i.test(sentence)) sentence = SAID_TO + sentence;
        const at = sentence.indexOf(SAID_TO);
        if (at === -1) {
          if (sentence.trim() !== '') carried &&= !ANOTHER_PERSON.test(sentence);
          return sentence;
        }
        const after = youAfter(sentence.slice(at));
        carried = !ANOTHER_PERSON.test(saidOfSelf(after).replaceAll(SAID_TO, ''));
        // "Pat said he would be back": the "you" put for the name is before the mark, so the whole sentence is read.
        return saidOfSelf(sentence.slice(0, at) + after);
      });
    // A sentence about them that goes on after a quotation: its "he" is still theirs.
    const last = told.at(-1)!;
    if (last.includes(SAID_TO) && !/[.!?]\s*$/.test(last)) named = true;
    return told.join('').replaceAll(SAID_TO, '');
  });
}

// --- The business written to, named in the story -----------------------------------------------

/** What a business is, as its name may say and a story call it: "the studio" of "Black Harbour Tattoo Studio". */
const KIND_OF_BUSINESS = /^(?:studio|venue|shop|store|garage|salon|clinic|practice|surgery|agency|kennels|cattery|gym|hotel|school|academy|company|firm|restaurant|cafe|café|bakery|pharmacy|dealership|centre|center|spa|nursery|daycare|college|airline|insurer|bank|builders?|removals|movers|cleaners|plumbers?|electricians?|roofers?|installers?|opticians?|dentists?|vets?|laundry|launderette|dry\s+cleaners?|workshop|showroom|warehouse|marina|resort|park|theatre|theater|cinema|club)$/i;
const LEGAL_TAIL = /,?\s+(?:inc|incorporated|llc|ltd|limited|plc|corp|corporation|co|company|pty(?:\s+ltd)?|llp|lp|gmbh|sarl|sl|sa)\.?$/i;

/**
 * How a story names the business written to: its name ("SunPeak Solar"), a word of it no other
 * business would have ("SunPeak"), and "the studio" when the name says it is one (longest first).
 */
function businessForms(company: string): { readonly forms: readonly string[]; readonly first?: string } {
  return remembered(formsOfBusinesses, company, () => {
    const name = company.trim().replace(/\s*\([^()]*\)\s*$/, '').replace(LEGAL_TAIL, '').trim();
    const words = name.split(/\s+/);
    const forms = new Set<string>();
    if (name.length >= 3) forms.add(name);
    for (const word of words.slice(1)) if (KIND_OF_BUSINESS.test(word)) forms.add(`the ${word.toLowerCase()}`);
    // "SunPeak", "Northwind": a first word with a capital, long enough to be a name (whether it is no ordinary word is asked only of a story that holds it).
    const first = words.length > 1 && /^[A-Z][\w'’&-]{3,}$/.test(words[0]!) ? words[0] : undefined;
    return { forms: [...forms].sort((a, b) => b.length - a.length), ...(first !== undefined && { first }) };
  }, 1000);
}

const formsOfBusinesses = new Map<string, { readonly forms: readonly string[]; readonly first?: string }>();
const businessPatterns = new Map<string, { subject: RegExp; object: RegExp; possessive: RegExp }>();

/**
 * The story said to the business it is written to, where it names the business doing
 * something ("SunPeak installed 18 panels" -> "You installed 18 panels", "SunPeak's fix" ->
 * "your fix", "cancelled by the studio" -> "cancelled by you").
 */
export function toTheBusinessNamed(text: string, company: string, kinds?: RegExp): string {
  const named = businessForms(company);
  const lower = text.toLowerCase();
  // The common-word list is read only for a story that names the business by its first word.
  // A capital inside the word ("U-Lock", "SunPeak") makes it a name, whatever its parts mean.
  const own = named.first !== undefined && text.includes(named.first) && (/^.\P{Lu}*\p{Lu}/u.test(named.first) || !isCommonWord(named.first.toLowerCase())) ? [...named.forms, named.first] : named.forms;
  const forms = kinds !== undefined && lower.includes('the ') ? withKindNamed(own, lower, kinds) : own;
  if (forms.length === 0 || !forms.some((form) => lower.includes(form.toLowerCase()))) return text;
  const key = forms.join('|');
  const patterns = remembered(businessPatterns, key, () => {
    // A name is matched as written (its capitals); "the studio" in any case.
    const name = `(?:${forms.map((form) => (form.startsWith('the ') ? `[Tt]he\\s+${escaped(form.slice(4))}` : escaped(form))).join('|')})`;
    return {
      // Not after a word that makes it part of something else: "no one from SkyLark was there".
      // "Evri and ParcelDash lost it" may be two firms; ", and ParcelDash lost it" starts a clause of its own.
      subject: new RegExp(`(?<![\\p{L}'’])(?<!\\b(?:from|at|of|with|to|for|in|on|by|than|about|like|against|into|via)\\s+)(?<![^,;\\s]\\s*\\s(?:and|or)\\s+)${name}(?![\\p{L}'’&-])${NAME_VERB}(\\s+)([\\p{L}'’]+)`, 'gu'),
      object: new RegExp(`(${WRITER_TO})${name}(?![\\p{L}'’&-])(?!\\s+[A-Z])`, 'gu'),
      // Its thing may be in quotation marks ('SunPeak's "fix"'): the part ends where they begin.
      possessive: new RegExp(`(?<![\\p{L}'’])${name}['’]s\\s+(?=(\\p{Ll}+)|$)`, 'gu'),
    };
  }, 1000);
  const { subject, object, possessive } = patterns;
  return outsideQuotes(text, (part) => {
    const atStart = (at: number) => /^\s*$|[.!?]["'’”)]?\s+$/.test(part.slice(0, at));
    return withSecondVerbAgreed(part
      .replace(subject, (_found, space: string, next: string, at: number) => `${atStart(at) ? 'You' : 'you'}${BUSINESS_SAID}${space}${YOU_AGREE[next.toLowerCase()] ?? next}`))
      .replace(object, (_found, verb: string) => `${verb}you${BUSINESS_SAID}`)
      .replace(possessive, (found, next: string | undefined, at: number) => (next !== undefined && NOT_POSSESSED.test(next) ? found : `${atStart(at) ? 'Your' : 'your'} `))
      .replace(THEIR_AFTER_YOU, (found, between: string, their: string) => (PLURAL_BEFORE.test(between) || SOMEONE_ELSE.test(between) ? found : `${between}${their.charAt(0) === 'T' ? 'Your' : 'your'}`))
      .replaceAll(BUSINESS_SAID, '');
  });
}

/** "with you next day, with their £500 cover": a "their" after the business was said as "you", in the same sentence. */
const THEIR_AFTER_YOU = /\uE021([^.!?\uE021]*?)\b(their|Their)\b/g;

/** Words for any business, which a story uses of the one it is about: "The shop is now saying…", "the agency is proposing…". */
const ANY_BUSINESS = /\bthe\s+(company|firm|business|shop|store|agency|(?:(?:letting|lettings|estate|travel|booking)\s+)?agents?|retailer|seller|trader)\b/g;
/** The same word for another business: "another shop", "a different agency", "the other company". */
const ANOTHER_OF_KIND = /\b(?:a|an|another|other|different|second|new|local|independent|one|my|our|his|her|their)\s+(?:[a-z-]+\s+)?(company|firm|business|shop|store|agency|agents?|retailer|seller|trader)\b/g;

/** The business's forms, with "the shop" where the story calls it so, the word fits it (`fits`) and the story names no other shop. */
function withKindNamed(forms: readonly string[], lower: string, fits: RegExp): readonly string[] {
  const kinds = [...lower.matchAll(ANY_BUSINESS)].map((m) => m[1]!).filter((kind) => fits.test(kind));
  if (kinds.length === 0) return forms;
  const others = new Set([...lower.matchAll(ANOTHER_OF_KIND)].map((m) => m[1]!));
  // "another agent" is another of "the letting agent" too.
  const added = kinds.filter((kind, i) => !others.has(kind) && !others.has(kind.split(' ').at(-1)!) && kinds.indexOf(kind) === i && !forms.includes(`the ${kind}`)).map((kind) => `the ${kind}`);
  return added.length === 0 ? forms : [...forms, ...added].sort((a, b) => b.length - a.length);
}

/** Marks a "you" said for the business's name (a private-use character, never in a letter). */
const BUSINESS_SAID = '\uE021';
/** "IronWorks kept billing me and says…": a second verb of the same sentence, joined by "and", said to "you" too. */
const SECOND_VERB = new RegExp(String.raw`${BUSINESS_SAID}([^.!?${BUSINESS_SAID}]*?\band\s+(?:then\s+|also\s+|now\s+|still\s+|just\s+)?)([a-z]+s|doesn['’]t)\b`, 'g');
const ADVERB_THEN_VERB = new RegExp(String.raw`${BUSINESS_SAID}(\s+(?:(?:now|still|also|just|only|never|then|always|even|again|repeatedly)\s+)+)([a-z'’]+)`, 'g');
const ONLY_VERBS = new Set(['says', 'refuses', 'denies', 'insists', 'keeps', 'ignores', 'blames', 'tells', 'continues', 'wants', 'expects', 'argues', 'admits', 'agrees', 'accepts']);

/** "You said out of their 30 day return period": what the business said of itself, its "their" said to it as "your". */
const SAID_OF_ITSELF = onFirstUse(() => new RegExp(String.raw`${BUSINESS_SAID}(\s+(?:said|say|told\s+me|claimed|claim|insisted|insist|replied|explained)\b[^.!?"“${BUSINESS_SAID}]*)`, 'g'));

function withSecondVerbAgreed(text: string): string {
  if (!text.includes(BUSINESS_SAID)) return text;
  return text
    .replace(SAID_OF_ITSELF(), (found, said: string) => `${BUSINESS_SAID}${said.replace(THEIR_OWN, 'your')}`)
    // "TixHub now says" -> "You now say": the verb after a word of time agrees too.
    .replace(ADVERB_THEN_VERB, (found, between: string, verb: string) => (YOU_AGREE[verb.toLowerCase()] ? `${BUSINESS_SAID}${between}${YOU_AGREE[verb.toLowerCase()]}` : found))
    .replace(SECOND_VERB, (found, between: string, verb: string) => {
      if (verb === 'doesn’t' || verb === "doesn't") return `${BUSINESS_SAID}${between}${YOU_AGREE[verb]}`;
      // Only verbs that are never plural nouns: "and charges" may be "and charges of £50".
      return ONLY_VERBS.has(verb) ? `${BUSINESS_SAID}${between}${YOU_AGREE[verb] ?? verb.replace(/ies$/, 'y').replace(/(?<=[^aeiouy])s$|(?<=e)s$/, '')}` : found;
    });
}

/** Marks a "you" said for the name of the person written to (a private-use character, never in a letter). */
const SAID_TO = '\uE020';
/** "he" or "she" doing something, after the person written to was named in the same sentence. */
const SHE_AFTER = new RegExp(String.raw`\b(he|she)(?=\s+${BETWEEN}(?:${BUSINESS_VERB}|did|does|looked|seemed|was|wasn['’]t|is|isn['’]t)\b|\s+(?:never\s+)?(?:didn['’]t|did(?:\s+not)?|hasn['’]t|has\s+not|wasn['’]t|won['’]t|couldn['’]t|never)\s*(?:[.,;:!?]|$))(?:\s+(was|is|has|does|wasn['’]t|isn['’]t|hasn['’]t|doesn['’]t|says|refuses|denies|insists|keeps|ignores|blames|tells|wants|continues|admits|agrees)\b)?`, 'gi');

const SHE_SHORT = /\b(?:he|she)(['’](?:d|ll))\b/gi;

/** Someone other than the person written to, named after them in a sentence: "he" or "she" after it may be them. */
const ANOTHER_PERSON = new RegExp(
  String.raw`(?<!^|[.!?]\s+)\b(?!I\b|You\b|Your\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\b)[A-Z][a-z'’]+\b|\b(?:he|she|him|her|his)\b|\b(?:man|woman|guy|lady|engineer|technician|fitter|driver|crew|someone|somebody|colleague|boss|husband|wife|partner|son|daughter|mum|dad|mother|father|friend|neighbou?r|landlord|agent|installer|plumber|electrician|builder|mechanic|courier|owner|manager|supervisor|receptionist|staff|assistant|nurse|doctor|dentist)s?\b`,
);

/** "they said", "she told me that": someone reporting, before what they said. */
const REPORTED = /^(?:they|he|she|(?:the|a|an)\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:said|told\s+(?:me|us)|explained|informed\s+(?:me|us))\s+(?:that\s+)?(?=\S)/i;

/**
 * "they said tanya was out", at the front desk, in a letter to Tanya: someone else spoke of the
 * reader, so the letter says "I was told that you were out", never "you said you were out".
 */
function toldOfTheReader(result: string, who: string | undefined, forms: readonly string[]): string {
  if (forms.length === 0) return result;
  const reported = REPORTED.exec(result.trim());
  if (!reported) return result;
  const said = result.trim().slice(reported[0].length);
  const lower = said.toLowerCase();
  const ofReader = forms.some((form) => new RegExp(`(?<![\\p{L}])${escaped(form.toLowerCase())}(?![\\p{L}])`, 'u').test(lower));
  // Told by the reader themselves, it stays theirs.
  const byReader = who !== undefined && forms.some((form) => who.toLowerCase().includes(form.split(/\s+/).at(-1)!.toLowerCase()));
  return ofReader && !byReader ? `I was told that ${said}` : result;
}

/**
 * How the writer's story is said to the business in a letter to it: also what a card dispute
 * quotes as "what I wrote" (`opening`: the circumstances, where "I booked them" is the business hired).
 */
export function storyToTheBusiness(c: ResolvedCase): (text: string, opening?: boolean) => string {
  const forms = c.recipient.contact ? addresseeForms(c.recipient.contact, c.letter.locale) : [];
  const service = c.purchase.kind === 'service';
  const kinds = kindsOfBusiness(c);
  return (text, opening = false) => toTheBusinessNamed(toTheAddressee(toTheBusiness(opening ? hiredToTheBusiness(text) : text, { service }), forms), c.recipient.company, kinds);
}

/**
 * The words for any business that may name the one written to: "the company", "the firm", "the
 * business" always; "the shop", "the store", "the seller" for one that sold the writer goods;
 * "the agency" for a letting or travel agent. Never for a courier, bank or insurer, of whom the
 * story's shop is another business.
 */
function kindsOfBusiness(c: ResolvedCase): RegExp {
  const sector = c.recipient.sector;
  if (sector === 'postal' || sector === 'financial' || sector === 'insurance') return NO_KIND;
  const sold = c.purchase.kind === undefined || c.purchase.kind === 'goods' || c.purchase.kind === 'deposit' || c.purchase.kind === 'other';
  const agentByName = /\b(?:lettings?|letting|estate|agents?|agency|travel|holidays|recruitment)\b/.test(c.recipient.company.toLowerCase());
  const agent = sector === 'property' || sector === 'travel' || agentByName;
  // "the agent" is the business only when its name says it is one: a landlord's story may speak of their agent.
  if (!agentByName) return sold ? (agent ? ANY_KIND_BUT_AGENT : SELLER_KINDS) : agent ? AGENCY_KINDS : COMPANY_KINDS;
  return sold ? ANY_KIND : AGENT_KINDS;
}
const AGENCY_KINDS = /^(?:company|firm|business|agency)$/;
const ANY_KIND_BUT_AGENT = /^(?:company|firm|business|shop|store|retailer|seller|trader|agency)$/;
const NO_KIND = /^$/;
const COMPANY_KINDS = /^(?:company|firm|business)$/;
const SELLER_KINDS = /^(?:company|firm|business|shop|store|retailer|seller|trader)$/;
/** An agency's own word for itself in a story: "the agent wants to keep £480", "the letting agents never replied" (never "the agent" of an airline or a shop, who is a person there). */
const AGENT_KINDS = /^(?:company|firm|business|agency|(?:(?:letting|lettings|estate|travel|booking)\s+)?agents?)$/;
const ANY_KIND = /^(?:company|firm|business|shop|store|retailer|seller|trader|agency|(?:(?:letting|lettings|estate|travel|booking)\s+)?agents?)$/;

/** The case with its promises and what happened said to the business, for a letter to it; the same object when nothing changes. */
export function withStoryToTheBusiness<C extends ResolvedCase>(c: C): C {
  if (c.letter.stage === 'card-dispute') return c;
  const forms = c.recipient.contact ? addresseeForms(c.recipient.contact, c.letter.locale) : [];
  const company = c.recipient.company;
  const toReader = storyToTheBusiness(c);
  const expectations = c.story.expectations.map((text) => toReader(text));
  const outcome = c.story.outcome.map((text) => toReader(text));
  const circumstances = c.story.circumstances === undefined ? undefined : toReader(c.story.circumstances, true);
  const impact = c.story.impact === undefined ? undefined : toReader(c.story.impact);
  // What someone else said of the person written to ("said dr menon would call me back") is said of them as "you".
  // (Contacts tell "they" of the business themselves: contacts.ts.)
  const kinds = kindsOfBusiness(c);
  const results = c.contacts.map((contact) => (contact.result === undefined ? undefined : toTheBusinessNamed(toTheAddressee(toldOfTheReader(contact.result, contact.who, forms), forms), company, kinds)));
  const same = (a: readonly (string | undefined)[], b: readonly (string | undefined)[]) => a.every((text, i) => text === b[i]);
  const contactsSame = same(results, c.contacts.map((contact) => contact.result));
  // The request is said to the business too: "the 10 per cent they say they allow", "repair of their faulty work".
  const r = c.request;
  const reason = r.reason === undefined ? undefined : toReader(r.reason);
  const correction = r.correction === undefined ? undefined : toReader(r.correction);
  const costs = r.costs?.map((cost) => ({ ...cost, what: toReader(cost.what) }));
  const requestSame = reason === r.reason && correction === r.correction && (costs === undefined || same(costs.map((cost) => cost.what), r.costs!.map((cost) => cost.what)));
  if (same(expectations, c.story.expectations) && same(outcome, c.story.outcome) && circumstances === c.story.circumstances && impact === c.story.impact && contactsSame && requestSame) return c;
  return {
    ...c,
    ...(!requestSame && { request: { ...r, ...(reason !== undefined && { reason }), ...(correction !== undefined && { correction }), ...(costs !== undefined && { costs }) } }),
    story: { ...c.story, expectations, outcome, ...(circumstances !== undefined && { circumstances }), ...(impact !== undefined && { impact }) },
    ...(!contactsSame && { contacts: c.contacts.map((contact, i) => (results[i] === contact.result ? contact : { ...contact, result: results[i] })) }),
  };
}
