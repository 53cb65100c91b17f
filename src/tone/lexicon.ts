// Word families the kindness rules are built from. Patterns use the readable
// syntax of text.ts: a space matches any whitespace, ' matches ’ too.
import { any } from './text.js';

const WORD = String.raw`[a-z\u00C0-\u024F][\w'’\u00C0-\u024F-]*`;

/** People and organisations a letter might insult. */
export const PEOPLE = any([
  'staff', 'teams?', 'people', 'persons?', 'employees?', 'agents?', 'managers?', 'management', 'supervisors?', 'reps?',
  'representatives?', 'advis[oe]rs?', 'operators?', 'workers?', 'technicians?', 'engineers?', 'drivers?', 'couriers?',
  'installers?', 'builders?', 'fitters?', 'plumbers?', 'electricians?', 'mechanics?', 'contractors?', 'cleaners?', 'crew',
  'colleagues?', 'boss(?:es)?', 'owners?', 'ceos?', 'directors?', 'executives?', 'company', 'companies', 'firm', 'business',
  'shop', 'store', 'outfit', 'organi[sz]ations?', 'department', 'dept', 'bank', 'airline', 'agency', 'landlords?',
  'sales(?:m[ae]n|people|person|team|staff)?', "call[- ]?cent(?:re|er)s?(?: staff| agents?| people)?",
  'customer (?:service|services|care|support)(?: (?:team|staff|department|desk|agents?|people|reps?))?',
  'support(?: (?:team|staff|desk|agents?|people))?', 'help ?desk', 'service desk', 'receptionists?', 'waiters?',
  'waitress(?:es)?', 'chefs?', 'clerks?', 'cashiers?', 'guys', 'lads', 'folks', 'experts?', 'specialists?',
  'professionals?', 'consultants?', 'officers?', 'person', 'man', 'men', 'woman', 'women', 'guy', 'girl', 'lady', 'bloke',
]);

/** Words that may sit between "your" and a people word: "your customer service team". */
export const PEOPLE_MODIFIER = any([
  'customer', 'client', 'technical', 'tech', 'sales', 'support', 'service', 'services', 'call', 'billing', 'complaints?',
  'booking', 'delivery', 'repair', 'returns?', 'accounts?', 'front', 'desk', 'phone', 'office', 'warehouse', 'head',
  'senior', 'junior', 'store', 'shop', 'branch', 'local', 'so-called', 'entire', 'whole', 'new', 'other', 'useless', 'call-centre', 'call-center',
]);

/** Someone the writer is talking to or about: "you", "you guys", "your staff", "the manager", "they". */
export const SUBJECT = any([
  "you(?: (?:guys|lot|people|folks|lads|two|all|lots))?",
  "y'all",
  `(?:your|the|this|that|these|those|their|his|her)(?: ${PEOPLE_MODIFIER}){0,2} ${PEOPLE}`,
  'he',
  'she',
  `every(?:one|body)(?: (?:there|(?:at|in|on|from) (?:${WORD} ){0,2}?${WORD}))?`,
  'every(?: last)? one of you',
  'all of you',
  'the (?:whole )?lot of you',
  'each (?:and every )?one of you',
  'none of you',
  '(?:some|most|half|many|one) of (?:you|your (?:staff|people|team|employees))',
]);

/** "are", "were", "'re", "seem to be", "act like" … */
export const COPULA = any([
  "'re",
  "'s",
  "'m",
  ' (?:are|is|were|was|am|be|been|being|seem(?:s|ed)?(?: to be)?|appear(?:s|ed)?(?: to be)?|look(?:s|ed)? like|sound(?:s|ed)? like|act(?:s|ed|ing)? like|behave(?:s|d)? like|must be|must have been|have been|has been|had been|are being|remain(?:s|ed)?|became|become|proved(?: to be)?|turned out to be)',
]);

/** Intensifiers, articles and lists of adjectives that may come before the insult itself. */
export const FILLER = any([
  'an?', 'the', 'such(?: an?)?', 'so', 'all', 'just', 'really', 'truly', 'totally', 'completely', 'utterly', 'absolutely',
  'clearly', 'obviously', 'simply', 'nothing but', 'the most', 'most', 'some', 'complete', 'total', 'utter', 'absolute',
  'bloody', 'right', 'proper', 'real', 'incredibly', 'unbelievably', 'ridiculously', 'thoroughly', 'entirely', 'beyond',
  'very', 'quite', 'pretty', 'downright', 'genuinely', 'frankly', 'basically', 'literally', 'honestly', 'actually',
  'deliberately', 'now', 'still', 'always', 'being', 'more', 'even', 'also', 'too', 'equally', 'both', 'like', 'as',
  '(?:bunch|pack|load|band|gang|shower|lot|set|collection|group|team|herd|circus|crowd|nest|den|troupe) of',
  `${WORD}(?:,| and| or|, and)`,
]);

/** Names that are insults wherever they appear. */
export const INSULT_ALWAYS_NOUN = [
  'idiots?', 'idiocy', 'morons?', 'imbeciles?', 'cretins?', 'half-?wits?', 'dim-?wits?', 'nit-?wits?', 'numpt(?:y|ies)',
  'buffoons?', 'dunces?', 'numb?skulls?', 'nincompoops?', 'bozos?', 'dumbass(?:es)?', 'dumbos?', 'dipsticks?', 'scumbags?',
  'scum', 'dirtbags?', 'sleaze-?bags?', 'slime-?balls?', 'low-?lifes?', 'low-?lives', 'douche(?:bag)?s?', 'bellends?',
  'tossers?', 'wankers?', 'knobheads?', 'pillocks?', 'plonkers?', 'twits', 'gits', 'muppets?', 'dolts?', 'simpletons?',
  'ignoramus(?:es)?', 'cowards?', 'thugs?', 'stupidity', 'incompetence', 'good-?for-?nothings?', 'bottom[- ]feeders?',
  'blood-?suckers?',
];

/** Insulting adjectives, wherever they appear. */
export const INSULT_ALWAYS_ADJ = [
  'idiotic', 'moronic', 'imbecilic', 'cretinous', 'half-?witted', 'dim-?witted', 'cowardly', 'brainless', 'gormless',
  'witless', 'spineless', 'gutless', 'pathetic', 'stupid', 'stoopid', 'dumb', 'incompetent(?:ly)?', 'despicable',
  'contemptible', 'blood-?sucking', 'sub-?human', 'jumped-?up',
];

/** Insulting idioms, wherever they appear. */
export const INSULT_ALWAYS_PHRASE = [
  'waste(?:s)? of (?:space|oxygen|skin|air|a salary)', 'half a brain', 'brain (?:of|the size of) an? (?:pea|goldfish|gnat|sheep)', '(?:a single|one|two|three|few) brain cells?', 'brain cells? between',
  'brains? of an? [a-z]+', 'no brains?', '(?:grubby|greedy|thieving|sticky|grasping) (?:little )?(?:hands|paws|mitts|fingers)', 'lowest of the low', '(?:thick|dumb|stupid) as (?:two short planks|a brick|a plank|mince)',
];

export const INSULT_ALWAYS = [...INSULT_ALWAYS_NOUN, ...INSULT_ALWAYS_ADJ, ...INSULT_ALWAYS_PHRASE];

/** Names that are insults when aimed at people ("you clowns", "a bunch of amateurs"). */
export const INSULT_NOUN = [
  'clowns?', 'fools?', 'jokers?', 'amateurs?', 'cowboys?', 'losers?', 'jerks?', 'goons?', 'sods', 'git', 'twit', 'prats?',
  'lunatics?', 'maniacs?', 'nutters?', 'psychos?', 'hypocrites?', 'bull(?:y|ies)', 'chancers?', 'cheapskates?', 'wasters?',
  'layabouts?', 'slackers?', 'jobsworths?', 'robots', 'zombies', 'dummies', 'hacks', 'incompetents', 'menaces?', 'wonders',
];

/** Animal names: insults only in the strongest contexts ("you are pigs", "you greedy parasites"). */
export const ANIMAL_NOUN = [
  'monkeys?', 'donkeys?', 'animals?', 'pigs?', 'snakes?', 'rats?', 'weasels?', 'vultures?', 'sharks?', 'sheep', 'dogs?',
  'cows?', 'apes?', 'chimps?', 'baboons?', 'dinosaurs?', 'vermin', 'leeches', 'parasites?', 'cockroaches', 'vipers?',
];

/** Adjectives that insult when aimed at people ("your useless staff", "you are clueless"). */
export const INSULT_ADJ = [
  'useless', 'hopeless', 'clueless', 'lazy', 'inept', 'worthless', 'ignorant', 'arrogant', 'greedy', 'heartless',
  'shameless', 'disgusting', 'vile', 'thick', 'dense', 'slimy', 'sleazy', 'pig-?headed', 'bone-?headed', 'small-?minded',
  'slow-?witted', 'two-?faced', 'money-?grabbing', 'money-?grubbing', 'feckless', 'bumbling', 'blithering', 'brain-?dead',
  'clown-?like', 'amateurish', 'a disgrace', 'a joke', 'an embarrassment', 'a waste of time', 'trash', 'garbage', 'rubbish',
];

/** Accusations of lying that stand on their own: "liars", "you lied", "a pack of lies". */
export const LIE_ALWAYS = [
  'liars?', 'lied', 'dishonest(?:y|ly)?', 'deceit(?:ful)?', 'deceiv(?:ed|ing)', 'hoodwink(?:ed|ing)?',
  '(?:pack|bunch|load|web|tissue|string) of lies', 'lies,? (?:and )?(?:more )?lies', 'lies after lies',
  "(?:an?|that's|that is|that was|it's|it is|another|total|complete|big|flat|utter|outright|blatant|bare-?faced|downright) lie(?=[\\s.,!?;:]|$)",
  '(?:outright|blatant|bare-?faced|downright|barefaced|complete|total|utter) lies',
];

/** Accusations of fraud or theft that stand on their own: "scammers", "rip-off", "daylight robbery". */
export const FRAUD_ALWAYS = [
  'scammers?', 'scammed', 'scamming', 'scammy', 'fraudsters?', 'frauds', 'swindl(?:e|ed|er|ers|es|ing)', 'con[- ]?artists?',
  '(?:scam|fraud|rip-?off)[- ]?artists?', 'rip-?off merchants?', 'con[- ]?m[ae]n', 'conned', 'conning', 'crooks', 'thieving', 'rip-offs?', 'ripoffs?', '(?:daylight|highway) robbery',
  'extort(?:ion|ing|ed|s)?', 'racketeers?', 'racketeering', 'shysters?', 'charlatans?', 'embezzl(?:e|ed|ing|ement)',
];

/** What a person or company can be accused of being: "you are thieves", "this is fraud". */
export const ACCUSE_NOUN = [
  'frauds?', 'fraudulent', 'thieves', 'thief', 'crooks?', 'crooked', 'criminals?', 'criminal', 'cheats?', 'cheaters?',
  'scammers?', 'an? (?:scam|con|racket|swindle)', 'con (?:artists?|m[ae]n)', 'gangsters?', 'mafia', 'cartel',
  'corrupt', 'robbers?', 'bandits?', 'pirates?', 'extortionists?', 'profiteers?', 'predators?', 'predatory',
  'fraud', 'theft', 'robbery', 'scam', 'extortion', 'stealing', 'legali[sz]ed theft', 'rigged', 'an? rip(?:-|\\s)?off',
];
