// Kindness rules written as patterns over word families: insults, accusations,
// threats, sarcasm and wishing harm. Each family has a plain message and a calmer
// way to say the same thing.
import {
  ACCUSE_NOUN,
  ANIMAL_NOUN,
  COPULA,
  FILLER,
  FRAUD_ALWAYS,
  INSULT_ADJ,
  INSULT_ALWAYS,
  INSULT_ALWAYS_ADJ,
  INSULT_ALWAYS_NOUN,
  INSULT_NOUN,
  LIE_ALWAYS,
  PEOPLE,
  PEOPLE_MODIFIER,
  SUBJECT,
} from './lexicon.js';
import { GatedPatterns, Pattern, TextIndex } from './prefilter.js';
import { any, wordPattern } from './text.js';
import type { KindnessRule, RawFinding } from './types.js';

/** Patterns that can only match when one of the `needs` words is in the text. */
interface Gated {
  needs: readonly string[];
  patterns: string[];
}

interface Family {
  rule: KindnessRule;
  patterns: Array<string | Gated>;
  message: (text: string) => string;
  suggestion: string;
}

const WORD = String.raw`[a-z\u00C0-\u024F][\w'’\u00C0-\u024F-]*`;
/** Who could do anyone's job: said of the reader's work, contempt ("even a child could have"). */
const SIMPLETON = 'child|kid|toddler|baby|monkey|chimp|chimpanzee|hamster|goldfish|schoolchild|schoolboy|schoolgirl|(?:\\d{1,2}|[a-z]+)[- ]year[- ]old';
/** Words for a whole affair run as a farce ("this circus"). */
const SHAMBLES = 'circus|farce|charade|shambles|pantomime|clown ?show|sideshow|freak ?show|shit ?show|comedy of errors';
/** What follows a real circus or joke, not a figure of speech: "the circus tickets", "a joke I told". */
const REAL_SHOW = "tickets?|acts?|performers?|performances?|tent|ring|shows?|trip|visit|school|i|we|he|she|they|my|our|his|her|about|that|which|who|told|'s|’s";
const ATTRIB_ADJ = INSULT_ADJ.filter((adj) => !adj.includes(' ') && !['trash', 'garbage', 'rubbish', 'thick', 'dense'].includes(adj));
const YOU_ADJ = any([...ATTRIB_ADJ, ...INSULT_ALWAYS_ADJ, 'thieving', 'lying', 'cheating', 'absolute', 'complete', 'total', 'utter', 'bloody', 'right', 'proper', 'little', 'sorry']);
const NAME = any([...INSULT_NOUN, ...INSULT_ALWAYS_NOUN]);
const NAME_OR_ANIMAL = any([...INSULT_NOUN, ...INSULT_ALWAYS_NOUN, ...ANIMAL_NOUN]);
/** Names for people that are insults pointed at them ("the jokers at head office"), never what they are by trade or by choice (clowns, cowboys, amateurs). */
const CALLED_NAMES = ['jokers', 'losers', 'jerks', 'goons', 'sods', 'prats', 'lunatics', 'maniacs', 'nutters', 'psychos', 'hypocrites', 'chancers', 'cheapskates', 'wasters', 'layabouts', 'slackers', 'jobsworths', 'incompetents', 'fools'];
const CALLED_NOT_JOBS = any(CALLED_NAMES);
/** Names for a group of people that are insults pointed at them ("these clowns"); never a thing ("these robots", "these hacks"). */
const PEOPLE_CALLED = any(['clowns', 'cowboys', 'amateurs', ...CALLED_NAMES]);
/** What someone can be called after "you are": "a joke", "clueless", "clowns", "a lazy good-for-nothing". */
const PREDICATE = `(?:${any([...INSULT_ADJ, ...INSULT_ALWAYS_ADJ, 'a disgrace', 'an embarrassment', 'a joke', 'a shambles', 'shambles'])}(?:,? (?:and |or )?(?:(?:utterly|completely|totally|absolutely|so|very|really|just|thoroughly) )?${any([...INSULT_ADJ, ...INSULT_ALWAYS_ADJ])}){0,3}(?: ${NAME_OR_ANIMAL})?|${NAME_OR_ANIMAL})`;
const FILLERS = `(?:${FILLER} ){0,6}?`;
const PERSONISH = any([PEOPLE, ...INSULT_NOUN, ...INSULT_ALWAYS_NOUN, ...ANIMAL_NOUN]);
/** "you", "your staff", "they" – someone who could lie, steal or cheat. */
const ACTOR = any(['you(?: (?:guys|lot|people|all))?', `your(?: ${PEOPLE_MODIFIER}){0,2} ${PEOPLE}`, 'they', 'he', 'she', 'this company', 'the company', 'this firm', 'this business']);
const ADVERB = '(?: (?:just|basically|literally|effectively|simply|deliberately|knowingly|clearly|obviously|blatantly|then|also|again|repeatedly|constantly|always|still|now|actually|really|routinely))*';
/** "you stole", "you have cheated" – never "was robbed", which is the other way round. */
const DID = `(?:'ve|'d| have| has| had)?${ADVERB}`;
/** "you are stealing", "they have been lying". */
const DOING = `(?:'re|'ve been| are| is| were| was| have been| has been| had been| keep| kept| continue to| continued to)?${ADVERB}`;
const VICTIM = any([
  'me', 'us', 'people', 'customers', 'your customers', 'consumers', 'everyone', 'everybody', 'the public', 'pensioners',
  'the elderly', 'elderly people', 'vulnerable people', 'honest people', 'hard-?working people', 'innocent people',
  'hundreds', 'thousands', 'them', 'him', 'her',
  'my (?:elderly )?(?:mother|father|mum|mom|dad|parents|gran\\w*|grand\\w+|family|wife|husband|partner|son|daughter)',
]);
const THING_OF_THEIRS = `(?:your|their|this|the) (?:${WORD} ){0,2}?(?:charges?|fees?|polic(?:y|ies)|practices?|business(?: model)?|company|scheme|warranty|offer|contract|behaviou?r|conduct|system|pricing|terms|billing|subscription|service|checkout|website|operation|outfit|firm|deal|guarantee|refund policy)`;
const IT = any(['this', 'that', 'it', 'which', "what you(?:'ve| have)? (?:did|done|are doing)", 'the whole (?:thing|business|company|operation)', THING_OF_THEIRS]);
const NOT_A_DEPARTMENT = '(?! (?:offen[cs]es?|records?|complaints?|investigations?|department|dept|team|unit|prevention|protection|alerts?|reports?|proceedings|charges?|case|law|lawyers?|solicitors?|justice|warnings?|e-?mails?|calls?|texts?|messages?|squad|office|division|checks?|claims?|specialists?|hotline|line))';
const NOT_WONDERING = '(?<!(?:worried|thought|wondered|whether|if|suspected|feared|unsure|sure|checking|check) (?:that )?)';
const POSSESSIONS = any(['face', 'head', 'neck', 'legs?', 'arms?', 'teeth', 'nose', 'knees?', 'office', 'offices', 'shop', 'store', 'place', 'premises', 'building', 'house', 'home', 'windows?', 'vans?', 'cars?', 'lorr(?:y|ies)', 'trucks?', 'depot', 'warehouse', 'headquarters', 'hq']);
const BUSINESS = any(['business', 'company', 'firm', 'shop', 'store', 'reputation', 'career', 'life', 'lives', 'name', 'brand', 'livelihood', 'family', 'website', 'reviews', 'ratings?']);
/** Only at the start of a sentence: "Get lost." is abuse, "parcels get lost" is not. */
const SENTENCE_START = '(?<=^|[.!?,;:]\\s*|\\n\\s*)';
const ME = `(?:i|we|my (?:${WORD} )?${WORD})`;
const MODAL = "(?:(?:'ll| will) make it my (?:mission|life's work|goal|business) to|'ll|'d| will| would| shall| am going to|'m going to| are going to|'re going to| is going to|'s going to| gonna| could| can| want to| wanna| am gonna|'m gonna| intend to| plan to| mean to| promise to| swear i'll| swear i will| might)";
const NEG = "(?:not|never|no|don't|doesn't|won't|didn't|can't|cannot|isn't|aren't|wouldn't|do|does|did)";
const HARM = any([
  '(?:go(?:es)?|going|went) (?:bankrupt|bust|broke|under|out of business|to the wall|down the (?:drain|pan|toilet|tubes))',
  'rots?', 'burns?(?: down| to the ground)?', 'dies?', 'suffers?', 'chokes?', 'starves?', 'perish(?:es)?', 'drowns?',
  'fails?', 'collapses?', 'crumbles?', 'crash(?:es)? and burns?', 'close(?:s|d)? down', 'shuts? down',
  '(?:get|gets|are|is|be) (?:shut|closed) down', 'gets? sued(?: into the ground)?', "gets? what (?:you|they|he|she|it|is|'s) (?:deserves?|coming)",
  'gets? (?:fired|sacked|the sack|hurt|ill|sick|food poisoning)', 'loses? (?:your|their|his|her|its|every|all) (?:[a-z\\u00C0-\\u024F]+ )?(?:jobs?|business|customers|livelihood|house|home|licen[cs]e|shirt|everything)',
  'never (?:gets?|has|have|sees?|sleeps?|works?) (?:another|again|a)', 'goes? to hell', 'burns? in hell',
  'floods?', '(?:leaves?|deserts?|abandons?|boycotts?|dumps?) (?:you|your (?:company|business|shop|store|firm))', 'catch(?:es)? fire', 'go(?:es)? up in flames', 'explodes?', 'blows? up', 'falls? (?:apart|down)', 'gets? (?:robbed|hacked|burgled|flooded)',
  '(?:is|are|gets?) (?:destroyed|burned down|burnt down|wiped out|ruined)',
]);
const WISHED = any([
  "you(?: all| guys| lot| people)?",
  'all of you',
  `(?:every|each|all)(?: one| last one| single one)? of (?:you|your(?: ${WORD}){1,2}?)`,
  'they',
  'he',
  'she',
  `your(?: ${WORD}){1,3}?`,
  `(?:this|that|the) (?:${WORD} ){0,2}?${PEOPLE}`,
  `(?:the|that|whoever|whichever)(?: (?!${NEG}\\b)${WORD}){1,6}?`,
]);

const INSULT_TRIGGER = [...INSULT_ADJ.map((entry) => entry.replace(/^an? /, '')), ...INSULT_ALWAYS_ADJ, ...INSULT_ALWAYS_NOUN, ...INSULT_NOUN, ...ANIMAL_NOUN, 'shambles'];
const ACCUSE_TRIGGER = [
  'fraud\\w*', 'thief', 'thieves', 'crook\\w*', 'criminals?', 'cheat\\w*', 'liars?', 'scam\\w*', 'con', 'racket', 'swindle',
  'gangsters?', 'mafia', 'cartel', 'corrupt', 'dishonest', 'robber\\w*', 'bandits?', 'pirates?', 'extortion\\w*', 'profiteers?',
  'predat\\w*', 'theft', 'stealing', 'rigged', 'rip', 'ripoff', 'sharks?',
];
const THEFT_TRIGGER = [
  'stole', 'stolen', 'steal\\w*', 'rob', 'robs', 'robb\\w*', 'swindl\\w*', 'conn(?:ed|ing)', 'cheat\\w*', 'scam\\w*', 'fleec\\w*',
  'embezzl\\w*', 'pocket\\w*', 'pinch\\w*', 'nick\\w*', 'defraud\\w*', 'extort\\w*', 'rip', 'ripp\\w*', 'diddl\\w*',
];
const ACCUSE_OR_THEFT_TRIGGER = [...ACCUSE_TRIGGER, ...THEFT_TRIGGER, 'purpose', 'deliberately'];
const LIE_TRIGGER = ['lie', 'lies', 'lied', 'lying', 'liars?', 'dishonest', 'deceitful', 'misled', 'mislead\\w*', 'dup(?:ed|ing)', 'diddl\\w*'];
const THREAT_TRIGGER = [
  'kill', 'hurt', 'harm', 'beat', 'batter', 'punch', 'smack', 'slap', 'thump', 'strangle', 'stab', 'shoot', 'knock', 'deck',
  'kick', 'headbutt', 'throttle', 'thrash', 'smash', 'break', 'burn', 'torch', 'firebomb', 'bomb', 'wreck', 'trash',
  'vandali[sz]e', 'key', 'slash', 'tear', 'set', 'ruin', 'destroy', 'bury', 'sink', 'finish', 'crush', 'annihilate',
  'obliterate', 'bankrupt', 'cripple', 'end', 'business', 'shut',
];
const WISH_TRIGGER = ['hope', 'wish', 'pray', 'trust', 'deserves?', 'wait', 'may', 'should', 'ought', 'needs?'];

/** The start of a sentence or clause, looking back a few spaces at most (the text may be long). */
const CLAUSE_START = String.raw`(?<=^|[.!?,;:]\s{0,3}|\n\s{0,3})`;
/** What comes after a word that ends a sentence: "Grow up." "Do your job!" */
const ENDS = String.raw`(?=\s*(?:[.!?,;…]|$))`;
/** The people a letter is written to, as the object of a verb: "you", "your engineer", "this company". */
const READER = any([
  'you(?: (?:all|lot|people|guys|two|both))?',
  '(?:the (?:whole )?lot|all|both|each|every(?: last| single)?(?: one)?) of you',
  `your(?: ${PEOPLE_MODIFIER}){0,2} ${PEOPLE}`,
  `(?:this|that|the|your) (?:(?!(?:the|a|an|this|that|your|my|our) )${WORD} )?(?:company|firm|business|shop|store|bank|airline|outfit|garage)`,
]);
/** Adjectives said of how people behave: one of them paired with an insult is name-calling ("rude and useless"). */
const RUDE = any(['rude', 'arrogant', 'condescending', 'patroni[sz]ing', 'smug', 'obnoxious', 'surly', 'insolent', 'ignorant', 'lazy', 'obstructive']);
const INSULT_WORD = any([...ATTRIB_ADJ, ...INSULT_ALWAYS_ADJ]);
const AND = "(?:,| and| &|, and|, &| but also|, but also) (?:(?:so|very|really|utterly|completely|totally|absolutely|just|thoroughly|downright|plain|frankly|equally) )?";
/** "cowboy" of people and their work ("cowboy builders", "a cowboy job"), never a hat, a film or a restaurant. */
const COWBOY_WORK = any([
  'builders?', 'traders?', 'tradesm[ae]n', 'tradespeople', 'roofers?', 'plumbers?', 'electricians?', 'mechanics?', 'contractors?',
  'installers?', 'fitters?', 'landlords?', 'letting agents?', 'firms?', 'compan(?:y|ies)', 'operators?', 'operations?', 'garages?',
  'workm[ae]n', 'workers?', 'engineers?', 'technicians?', 'removal(?:s| firms?| men| compan(?:y|ies))?', 'decorators?', 'gardeners?',
  'locksmiths?', 'joiners?', 'carpenters?', 'plasterers?', 'tilers?', 'drivers?', 'dealers?', 'dealerships?', 'business(?:es)?',
  'jobs?', 'work', 'workmanship', 'repairs?', 'installations?', 'practices?', 'crews?', 'staff', 'outfits? (?:like|such as) (?:yours|you)',
]);
const NOT_DRESS = '(?! (?:hats?|boots?|outfits?|costumes?|fancy|dress|clothes|wear|shirts?|jerseys?|jackets?|jeans|belts?|gloves?|films?|movies?|westerns?|shows?|party|parties|night|themed?|songs?|toys?|figures?|games?|fans?|teams?|players?|tickets?|match(?:es)?|stadium|ranch|rodeo|museum|restaurants?|bars?|grill|diner|steakhouse|saloon))';
/** Where the people written to work: "your company", "the branch". */
const WORKPLACE = `(?:your|this|the)(?: ${PEOPLE_MODIFIER}){0,2} (?:${PEOPLE}|branch|office|place)`;
/** Hating the people written to: "I hate this company", "we despise you". */
const HATE = "(?:hate|hates|hated|loathe|loathes|loathed|despise|despises|despised|detest|detests|detested|(?:can't|cannot|can not|couldn't|could not) stand)";
/** Words a legal threat or a threat of the police needs (see the threat families below). */
const LEGAL_TRIGGER = ['sue', 'suing', 'sued', 'courts?', 'judge'];
const POLICE = '(?:the )?(?:police|cops|old bill|fraud squad)';
const POLICE_TRIGGER = ['police', 'cops', 'bill', 'squad', 'charges', 'arrested', 'prosecuted', 'jailed', 'locked', 'jail', 'prison', 'bars'];
/** "your job", "your bloody job". */
const YOUR_JOB = '(?:your|ur|yer)(?: (?:bloody|damn|damned|flaming|flipping|effing|sodding|actual|own|fricking|freaking|frigging))? jobs?(?! (?:sheets?|cards?|numbers?|references?|refs?|logs?|lists?|tickets?|descriptions?|titles?|applications?|interviews?|offers?|adverts?|ads?|centres?|centers?|search(?:es)?))';
/** Words before an order to the reader: "Just do your job", "How about doing your job", "Could you do your job". */
const ORDER_LEAD = any([
  'just', 'now', 'please', 'so', 'then', 'and', 'maybe', 'perhaps', 'kindly', 'simply', 'actually', 'go', 'go and', 'try', 'try and', 'try to',
  'start', 'learn to', 'learn how to', 'how about', 'why not', "why don't you", "why can't you", "why won't you", 'could you', 'can you',
  'would you', 'will you', 'when will you', 'when are you going to', 'for once',
]);

/** Before an insulting word, what makes it the writer's feeling about themselves ("made me feel stupid", "felt like an idiot"). */
const NOT_FELT = String.raw`(?<!\b(?:feel|feels|felt|feeling|look|looks|looked|looking|sound|sounded)\s+(?:(?:so|really|very|quite|pretty|a bit|a little|completely|totally|like)\s+)*(?:an?\s+)?)`;

const FAMILIES: Family[] = [
  {
    rule: 'insult',
    patterns: [
      { needs: INSULT_TRIGGER, patterns: [
        // "you lazy sods", "you absolute clowns", "you useless lot"
        `you(?: (?:guys|lot|people|all|two))?,? (?:${YOU_ADJ},? (?:and )?){0,3}${NAME_OR_ANIMAL}`,
        `you(?: (?:guys|lot|people|all|two))?,? (?:${YOU_ADJ},? (?:and )?){1,3}(?:lot|bunch|shower|people|crowd|mob|rabble)`,
        // "your staff are clowns", "you are a bunch of amateurs", "your team are completely hopeless"
        `${SUBJECT}${COPULA} ${FILLERS}${PREDICATE}`,
        // "are you thick?"
        `(?:are|is|were|was) (?:you(?: (?:lot|people|guys|two))?|he|she|they|your (?:${WORD} ){0,2}?${PEOPLE})(?: (?:all|just|really|seriously|actually|being|deliberately|so|that|this|completely|totally|simply|genuinely|always))* (?:an? (?:${WORD} )?)?${PREDICATE}`,
        // "a bunch of clowns", "run by monkeys", "such dimwits"
        `(?:bunch|pack|load|band|gang|shower|herd|crowd|troupe|circus|nest|den) of (?:${YOU_ADJ} ){0,3}${NAME_OR_ANIMAL}`,
        `(?:run|staffed|managed|operated|owned|led|populated|manned) by (?:an? )?(?:${FILLER} ){0,3}${NAME_OR_ANIMAL}`,
        `(?:such|what an?|what) (?:${YOU_ADJ} ){0,2}${NAME}`,
        // "your useless staff", "that lazy engineer", "greedy parasites"
        `${any(ATTRIB_ADJ)}(?:,? (?:and )?${YOU_ADJ}){0,2} (?:${PEOPLE_MODIFIER} ){0,2}${PERSONISH}`,
        `they(?:'re| are| were) ${FILLERS}${NAME_OR_ANIMAL}`,
        `${any(INSULT_ALWAYS_ADJ)}(?:,? (?:and )?${YOU_ADJ}){0,2} (?:${PEOPLE_MODIFIER} ){0,2}${PERSONISH}`,
        `${NAME_OR_ANIMAL},? (?:the (?:whole )?lot of you|all of you|every (?:last )?one of you)`,
        // "these clowns replaced my pump", "those cowboys left a mess": people pointed at and named so.
        `(?:these|those) (?:${YOU_ADJ} ){0,2}${PEOPLE_CALLED}${NOT_DRESS}`,
        // "the jokers at head office", "the cowboys who fitted it"
        // (not "the clowns at the party" or "the amateurs in the league", who may be just that)
        `the (?:${YOU_ADJ} ){0,2}${CALLED_NOT_JOBS}(?= (?:at|in|from|on|who|that|running|behind)\\b)`,
        // "that clown of a manager", "a joke of a company"
        `${NAME} of an? (?:${WORD} )?(?:${PEOPLE}|company|business|firm|shop|outfit|service)`,
      ] },
      // A behaviour word paired with an insult, with or without a subject: "rude and useless", "useless, lazy".
      `${RUDE}${AND}${INSULT_WORD}(?:${AND}(?:${RUDE}|${INSULT_WORD})){0,2}`,
      `${INSULT_WORD}${AND}${RUDE}(?:${AND}(?:${RUDE}|${INSULT_WORD})){0,2}`,
      // "cowboy builders", "a right cowboy", "sent cowboys": of tradespeople, not of a hat or a costume.
      `cowboy ${COWBOY_WORK}${NOT_DRESS}`,
      `(?:absolute|complete|total|utter|right|bloody|typical|proper) cowboys?${NOT_DRESS}`,
      `(?:sent|send|sends|sending|hired|hire|hires|hiring|employ|employs|employed|employing|use|uses|used|using) (?:(?:a (?:bunch|load|gang|pack|couple) of|some|two|three|more) )?cowboys${NOT_DRESS}`,
      `(?:behav\\w*|act|acts|acted|acting|operat\\w*|work|works|worked|working|run|runs|ran|running) like (?:(?:a (?:bunch|load|gang|pack) of|a|some) )?cowboys?${NOT_DRESS}`,
      // Idioms of incompetence and contempt
      `(?:useless|poor|pathetic|sorry|pitiful|lame|feeble|miserable) excuse for an? (?:${WORD} )?(?:${PEOPLE}|human being|human|service|apology)`,
      "(?:couldn't|could not|can't|cannot) (?:organi[sz]e|run|find|manage) (?:an?|their|your|his|her) (?:own )?(?:piss-up|p\\*ss-up|booze-up|bake sale|way out of a paper bag|backsides?|arses?|behinds?|bums?|butts?|asses?)",
      'jerk(?:ing|ed|s)? (?:me|us|people|customers|everyone|everybody) (?:around|about)',
      // "didn't have a clue", "had no idea what he was doing": of someone else, never the writer.
      "(?<!\\b(?:i|we)(?: [a-z]+)? )(?:didn't|did not|doesn't|does not|don't|do not|hasn't|has not|haven't|have not|hadn't|had not)(?: even)?(?: have| got)? (?:a|the (?:slightest|faintest|first)) clue",
      "(?<!\\b(?:i|we)(?: [a-z]+)? )(?:has|had|have|got) no (?:clue|idea) what (?:he|she|they|you)(?:'s|'re| was| were| is| are)? doing",
      // Disgust at how the writer was treated, or as a verdict on its own.
      '(?:disgusting|vile|revolting|sickening) (?:customer )?(?:service|treatment|behaviou?r|attitude|conduct|manner|company|business|practices?|way (?:to treat|of treating|you treat|they treat))',
      `${SENTENCE_START}(?:absolutely |utterly |truly |just |simply |frankly )?(?:disgusting|disgraceful|pathetic|shameful)(?=\\s*(?:[.!]|$))`,
      // Dismissive abuse
      `${SENTENCE_START}(?:just |now |oh |so )?(?:shut up|get lost|get (?:a )?(?:real )?(?:brain|clue|life)|bite me|kiss my|up yours|get stuffed|sod off|naff off|do one|jog on)`,
      `(?:stick|shove) (?:it|them|your (?:${WORD} ){0,3}?${WORD}) (?:up|where)`,
      // Not the writer's own feeling: "I was made to feel stupid", "I felt like an idiot".
      ...INSULT_ALWAYS.map((word) => `${NOT_FELT}${word}`),
    ],
    message: (t) => `"${t}" is name-calling. It makes the person reading defensive and less willing to help you. Describe what happened, not what you think of the people.`,
    suggestion: 'the people I dealt with were not able to solve the problem',
  },
  {
    rule: 'insult',
    patterns: [
      // Hatred aimed at the people written to, not at a task ("I hate to ask", "I hate having to chase").
      `(?:i|we|every(?:one|body))(?:'ve| have| had)?(?: (?:really|absolutely|truly|genuinely|honestly|just|now|always|simply|utterly|completely|totally|so|actually|still|already|come to|grown to|learned to|learnt to))* ${HATE} (?:${READER}|(?:this|that) place|every(?:one|body) (?:(?:at|in|from) ${WORKPLACE}|who works (?:for you|(?:at|for|in) ${WORKPLACE})))(?![a-z\\u00C0-\\u024F'’-])(?! to (?:think|feel|believe|get|have|be|know|worry))`,
    ],
    message: (t) => `"${t}" tells the people reading that you hate them. It is about your feelings towards them, not about what went wrong, and it makes them less willing to help you. Say what went wrong and how it has affected you.`,
    suggestion: 'I am very unhappy with how this has been handled',
  },
  {
    rule: 'accusation',
    patterns: [
      // Lying
      { needs: LIE_TRIGGER, patterns: [
        `${ACTOR}${DOING} lying(?= (?:to|about|through|again|constantly|all the time)|\\s*[.,!?;]|$)`,
        `${ACTOR}${ADVERB} (?:lie|lies)(?= (?:to|about|through|again|constantly|all the time|every time)|\\s*[.,!?;]|$)`,
      ] },
      '(?:stop|quit|caught you|admit|admitted|admit to) lying',
      { needs: LIE_TRIGGER, patterns: [`${SUBJECT}${COPULA} ${FILLERS}(?:liars?|lying|dishonest|deceitful)`, `you (?:${YOU_ADJ} ){0,2}liars?`] },
      ...LIE_ALWAYS,
      'lying (?:to|through) ',
      { needs: LIE_TRIGGER, patterns: [
        `lying (?:${WORD} )?(?:${PERSONISH}|scum\\w*|cheats?|crooks?|thieves|bast\\w+|toads?|liars?|company|business|firm|outfit|salesm[ae]n)`,
      ] },
      '(?:your|their|his|her|more|such|blatant|outright|complete|total|utter|nothing but|full of|all|these|those|the usual|same old) lies',
      '(?:told|tell|telling|tells|feeding|fed|spreading|spread|spouting|spouted)(?: (?:me|us|customers|people|everyone))? (?:a )?(?:pack of |bunch of )?(?:lies|lie)',
      { needs: LIE_TRIGGER, patterns: [
        `${ACTOR}${DID} (?:misled|mislead|duped|diddled)(?= (?:me|us|customers|people|everyone|them|him|her|my))`,
        `${ACTOR}${DOING} (?:misleading|duping|diddling) (?:me|us|customers|people|everyone|them|him|her|my)`,
      ] },
    ],
    message: (t) => `"${t}" accuses someone of lying. Even if you feel cheated, an accusation makes people defend themselves instead of fixing the problem. Stick to the facts — what you paid, what you were told, what you received — and let them speak for themselves.`,
    suggestion: 'the information I was given was not accurate',
  },
  {
    rule: 'accusation',
    patterns: [
      // Fraud, scams, theft
      { needs: ACCUSE_TRIGGER, patterns: [
        `${SUBJECT}${COPULA} ${FILLERS}(?:${any(ACCUSE_NOUN)})${NOT_A_DEPARTMENT}`,
        `they(?:'re| are| were) ${FILLERS}(?:${any(ACCUSE_NOUN)})${NOT_A_DEPARTMENT}`,
        // Not a payment the writer did not make: "the charge appears to be fraudulent" is how a card dispute is worded.
        `${NOT_WONDERING}(?!(?:the|this|that) (?:${WORD} ){0,2}?(?:charges?|payments?|transactions?|debits?|withdrawals?|purchases?)${COPULA} ${FILLERS}fraudulent)${IT}${COPULA} ${FILLERS}(?:${any(ACCUSE_NOUN)})${NOT_A_DEPARTMENT}`,
      ] },
      '(?:committing|commit|committed|commits|guilty of|engaged in|engaging in|accuse (?:you|them) of|nothing (?:short of|but|less than)|tantamount to|amounts? to|outright|blatant|pure|total|complete|absolute|plain|clear|obvious|corporate|systematic|deliberate|legali[sz]ed) (?:fraud|theft|robbery|extortion|scam|stealing|daylight robbery)',
      '(?:your|their|his|her) fraudulent',
      'fraudulent (?:company|business|firm|outfit|practices?|scheme|operation|behaviou?r|conduct|billing|sales|claims?|advertising)',
      '(?:total|complete|absolute|massive|huge|utter|blatant|obvious|outright|such an?|what an?) (?:scam|con|racket|swindle|rip(?:-|\\s)?off)',
      `criminal (?:behaviou?r|conduct|practices?|enterprise|organi[sz]ation|gang|operation|outfit|company|business|firm)`,
      { needs: THEFT_TRIGGER, patterns: [
        `${ACTOR}${DID} (?:stole|steal|steals|robbed|rob|robs|swindled|conned|cheated|cheat|cheats|scam|scams|scammed|fleeced|fleece|embezzled|pocketed|pinched|nicked|defraud|defrauded|extorted|ripped (?:${WORD} )?off|rip (?:${WORD} )?off)(?![a-z\\u00C0-\\u024F])`,
        `${ACTOR}(?:'ve| have| has| had)${ADVERB} stolen`,
        `${ACTOR}${DOING} (?:stealing|robbing|swindling|conning|cheating|scamming|fleecing|pocketing|defrauding|extorting|ripping (?:${WORD} )?off)`,
        `(?:stealing|steal|stole|robbing|robbed|rob|cheating|cheated|cheat|fleecing|fleeced|fleece|swindling|scamming|conning|defrauding|defraud(?:ed)?|diddling|diddled|extorting)(?: (?:money|cash) from)? ${VICTIM}`,
        `(?:ripping|ripped|rip) ${VICTIM} off`,
      ] },
      '(?:been|was|were|get|got|getting|feel|felt|being) ripped off',
      '(?:is|it\'s|this is|that\'s|that is|was|absolute|pure|outright|legali[sz]ed) robbery',
      '(?:is|are|was|were|been|\'s|\'re) (?:[a-z\\u00C0-\\u024F]+ )?rigged', 'rigged (?:to|against|so)',
      { needs: ACCUSE_OR_THEFT_TRIGGER, patterns: [
        `(?:you|your (?:${WORD} ){0,2}?${PEOPLE}|they) (?:did|do|does|have done|did all) (?:this|it|that) on purpose`,
        'deliberately (?:lied|lying|misled|misleading|deceiv\\w*|overcharg\\w*|cheat\\w*|scam\\w*|stole|steal\\w*|hid|hiding|ignor\\w*|withh[oe]ld\\w*|sabotag\\w*)',
        `you (?:${YOU_ADJ} ){0,2}(?:thieves|thief|crooks?|criminals?|cheats?|frauds?|scammers?|gangsters?|robbers?|bandits?|pirates?|sharks?)`,
        `(?:bunch|pack|load|band|gang|den|nest) of (?:${YOU_ADJ} ){0,2}(?:thieves|crooks|criminals|cheats|frauds|scammers|gangsters|robbers|bandits|pirates|sharks|crooks)`,
        `(?:thieves|crooks|criminals|cheats|frauds|scammers),? (?:the (?:whole )?lot of you|all of you|every (?:last )?one of you)`,
      ] },
      'cheats',
      ...FRAUD_ALWAYS,
    ],
    message: (t) => `"${t}" accuses the business of fraud, cheating or stealing. Even if you feel cheated, an accusation makes people defend themselves instead of fixing the problem. Stick to the facts — what you paid, what you were told, what you received — and let them speak for themselves.`,
    suggestion: 'I have been charged for something I did not receive, and I would like this put right',
  },
  {
    rule: 'threat',
    patterns: [
      'or else',
      "or (?:you'll|you will) (?:see|regret|be sorry|pay)",
      "(?:you|you'll|you will|you're going to|you are going to|you're gonna|you'd|you would)(?: (?:soon|really|definitely|certainly|all))? (?:live to )?regret",
      "you(?:'ll| will| are going to| 're going to)(?: (?:soon|really|definitely|certainly|all))? be sorry",
      "you(?:'ll| will| are going to| 're going to)(?: (?:soon|really|definitely|certainly|all))? pay for (?:this|that|it)",
      'make (?:sure )?(?:you|them|him|her) (?:all )?pay for',
      '(?:make|making) (?:your|their|his|her) (?:life|lives|job|days|working life|existence)(?: an?)?(?: living)? (?:hell|misery|nightmare|hell on earth|unbearable|miserable)',
      `i know where (?:you|your (?:${WORD} )?${WORD}|he|she|they|the (?:${WORD} )?${WORD}) (?:live|lives|work|works|are|is|sleeps?|goes?)`,
      'watch (?:your|yer) back', 'watch (?:yourself|yourselves)', 'better watch out', "you(?:'d| had) better watch",
      `(?:ruin|destroy|wreck|bury|sink|finish|crush|trash|bankrupt|cripple|take down|bring down) your (?:${WORD} )?(?:business|company|firm|shop|store|reputation|career|livelihood|brand|name)(?![a-z\\u00C0-\\u024F])`,
      { needs: THREAT_TRIGGER, patterns: [
        `${ME}${MODAL}${ADVERB}(?: come (?:down|round|over|in)(?: there| here)? and)? (?:ruin|destroy|wreck|bury|sink|finish|crush|annihilate|obliterate|trash|bankrupt|cripple|end) (?:you|your (?:${WORD} )?${BUSINESS}|this (?:${WORD} )?(?:company|business|firm|shop|store)|the (?:company|business|firm|shop|store)|him|her|them)(?![a-z\\u00C0-\\u024F])`,
        `${ME}${MODAL}${ADVERB} (?:put (?:you|them|him|her|your (?:${WORD} )?${WORD}) out of business|shut (?:you|them|your (?:${WORD} )?${WORD}) down)`,
        `${ME}${MODAL}${ADVERB}(?: come (?:down|round|over|in)(?: there| here)? and)? (?:kill|hurt|harm|beat|batter|punch|smack|slap|thump|strangle|stab|shoot|knock|deck|kick|headbutt|throttle|thrash|(?:beat|kick|knock|smash) (?:the (?:hell|crap|living daylights) )?out of) (?:you|him|her|them|someone|somebody|the (?:${WORD} )?(?:manager|driver|engineer|owner|boss|ceo|technician|agent|person|guy|man|woman))(?![a-z\\u00C0-\\u024F])`,
        `${ME}${MODAL}${ADVERB}(?: come (?:down|round|over|in)(?: there| here)? and)? (?:break|smash|burn|torch|firebomb|bomb|wreck|trash|vandali[sz]e|key|slash|burn down|tear|shoot|set fire to) (?:up )?(?:your|his|her|their|the|this|that) (?:${WORD} )?${POSSESSIONS}(?: (?:up|down|to the ground))?`,
      ] },
      { needs: ['hurt', 'harmed', 'injured'], patterns: [
        `(?:you|one of you|your (?:${WORD} ){0,2}?${PEOPLE}|(?:someone|somebody|people) (?:at|in|from) your (?:${WORD} )?${WORD})(?: ${WORD}){0,2}? (?:is|are|'s|'re|will|'ll|gonna|going to) (?:going to |gonna )?(?:get|be) (?:hurt|harmed|injured)`,
      ] },
      // Harm to the reader's things or person, with or without a subject ("burn your shop down" as a next step).
      `(?:burn|torch|firebomb|petrol[- ]bomb|fire[- ]bomb|smash|vandali[sz]e|set fire to|burn down|smash up|kick in|kick down) (?:up |down |in )?your (?:${WORD} )?${POSSESSIONS}`,
      `${ME}${MODAL}${ADVERB} (?:find|hunt down|track down|come for|come after) (?:you|him|her|them)(?![a-z\\u00C0-\\u024F])(?! (?:a|an|the|some|your|my|back|on|in|at|by)\\b)`,
      `${ME}${MODAL}${ADVERB} (?:come|turn up|show up|be waiting|wait) (?:to|at|round|outside|around) (?:to )?your (?:${WORD} )?(?:house|home|door|doorstep|flat|family|kids|children)`,
      "(?:i(?:'ve| have)(?: got)?|i've got|i got|i own|i carry) (?:a |my )?(?:gun|knife|weapon|shotgun|rifle|pistol|machete|baseball bat)(?! (?:block|set|sharpener|drawer|rack|case|safe|licen[cs]e|cabinet|holder|display|mount)s?\\b)(?![a-z\\u00C0-\\u024F])",
      `(?:post|publish|share|leak|put|spread|dox)(?:ing)? (?:your|his|her|their|the (?:${WORD} )?(?:owner|manager|staff)(?:'s)?) (?:home |private |personal )?(?:address|addresses|phone numbers?|numbers|details|photos?|pictures?) (?:online|on (?:facebook|twitter|x|instagram|tiktok|reddit|social media|the internet|every))`,
      // Written with the apostrophe or without it, as people type: "Dont make me come down there."
      "(?:don'?t|do not) make me (?:come|do|get|go|lose|find)",
      '(?:coming|come) (?:for|after) (?:you|them|him|her)',
      `pay(?:ing)? (?:you|it|your (?:${WORD} )?${WORD}|them|him|her) an? (?:little |personal |surprise |friendly )?visit`,
      '(?:sending|send|bring|bringing|sent) (?:some |a few |my )?(?:friends|mates|lads|boys|people|guys|cousins|brothers) (?:round|over|down|to see you)',
      "or (?:you'll |you will )?see what happens", '(?:ignore|try|test|cross|push|keep ignoring) (?:me|this)(?: (?:again|once more|one more time|any longer|anymore|any more))?,? (?:and )?(?:see|watch) what happens',
      // What will happen, left unsaid: "you will find out what happens". Not "you will see what happens when the filter is full".
      "you(?:'ll| will| are going to|'re going to|'re gonna| are gonna)(?: (?:soon|quickly|then))? (?:find out|see|learn|discover) what (?:happens|will happen|i(?:'m| am) capable of|i can do)(?! (?:when|if|to|next|after|with)(?![a-z\\u00C0-\\u024F]))",
      'see where (?:it|that|this|ignoring me) (?:gets|will get|lands) you',
      "you (?:won't|will not|are not going to|aren't going to|'re not going to) like (?:it|what happens|what i do|what comes next|the consequences)",
      "you(?:'d| had) better (?:pray|hope|watch)",
      "(?:i'll|i will|i'm going to|i am going to|i'm gonna) have (?:your|his|her|their) jobs?",
      `(?:make sure|ensure) (?:you|he|she|they|your (?:${WORD} )?${WORD}) never (?:work|get|sell|trade|do business|see|find)`,
      "(?:i'll|i will|i'm going to|i am going to|i'm gonna|before i|or i'll|or i will) (?:lose it|lose my (?:temper|rag|cool|shit)|snap|go mad|go crazy|kick off|go ballistic|blow my top|lose the plot)",
      "(?:i'm|i am|this is me) warning you", "(?:don'?t|do not) (?:test|push|try) me", "you(?:'ve| have) been warned",
      'consider (?:yourself|yourselves|this) (?:warned|an? (?:final |last )?warning)', "(?:this is|here is|here's|this is now) (?:your|my|the) (?:last|final) warning",
      "(?:there will|there'll|there is going to|there's going to) be (?:[a-z\\u00C0-\\u024F]+ )?consequences", 'face the consequences', 'hell to pay', '(?:cost|costs|costing) you dearly',
      "what(?:'s| is) coming to (?:you|them|him|her)", "you(?:'ll| will) (?:get|receive) what(?:'s| is) coming",
      `sue (?:you|your (?:${WORD} )?${WORD}|them|the company)(?: ${WORD}){0,3}? (?:for every (?:penny|cent|dollar|pound)|for everything|into (?:the ground|oblivion|bankruptcy|next week))`,
      '(?:bleed|drain|take) (?:you|them|your (?:[a-z\\u00C0-\\u024F]+ )?[a-z\\u00C0-\\u024F]+) (?:dry|to the cleaners|for everything)',
      'see you in court',
      // Shaming in public, as pressure: "I will name and shame you", "I'll expose you".
      'name,? and shame',
      // "I'll drag your name through the mud."
      "drag (?:your|their|his|her|the company's|this company's) (?:${WORD} )?(?:name|reputation|brand) through the (?:mud|dirt|gutter)",
      `${ME}${MODAL}${ADVERB} (?:expose|publicly shame|shame) (?:you|your (?:${WORD} )?(?:company|business|firm|shop|store)|them|this company)`,
      // A call to shun the reader, as pressure: "I'll be telling everyone I know to avoid you". An honest review is not one.
      { needs: ['avoid', 'stay away', 'steer clear', 'boycott', 'never use', 'never to use', 'not to use'], patterns: [
        `${ME}${MODAL}${ADVERB} (?:be )?(?:tell|telling|warn|warning|advise|advising|urge|urging|encourage|encouraging) (?:everyone|everybody|anyone|people|others|all (?:of )?(?:my|our) ${WORD}|my (?:${WORD} )?(?:friends|family|followers|neighbou?rs|colleagues|contacts))(?: (?:that )?(?:i|we) know| i can| online| on (?:${WORD} )?${WORD})? (?:to )?(?:avoid|stay away from|steer clear of|boycott|never (?:to )?use|not to use) (?:you|your|this (?:${WORD} )?(?:company|business|firm|shop|store)|the (?:company|business|firm|shop|store))(?![a-z\u00C0-\u024F])`,
      ] },
      `(?:get|have) (?:you|him|her|them|the (?:${WORD} )?${WORD}|your (?:${WORD} )?${WORD}) (?:fired|sacked|the sack)`,
      "(?:make sure|ensure) (?:you|he|she|they|the (?:[a-z\\u00C0-\\u024F]+ )?[a-z\\u00C0-\\u024F]+) (?:lose|loses) (?:your|his|her|their) jobs?",
      '(?:cost|lose) (?:you|him|her|them) (?:your|his|her|their) jobs?',
    ],
    message: (t) => `"${t}" reads as a threat. Businesses may refuse to deal with threats, and one can weaken your case. If you plan a next step, state a lawful one calmly as a fact: disputing the charge with your card issuer, a complaint to a regulator or consumer-protection office, or small-claims court.`,
    suggestion: 'If this is not resolved by [date], I will take the matter further, for example with a complaint to a consumer-protection office',
  },
  // A legal step as a threat at the people reading: they are the object of a blunt legal verb
  // ("I will sue you", "take you to court", "have you arrested", "report you to the police").
  // The step itself, stated as a fact, is not a threat: "I will start a claim in the County
  // Court", "I will issue proceedings against you", "I reported the theft to the police".
  {
    rule: 'threat',
    patterns: [
      { needs: LEGAL_TRIGGER, patterns: [
        `${ME}(?:${MODAL}(?: be)?|'m|'re| am| are)${ADVERB} (?:sue|suing)(?: the (?:pants|socks|shirt|backside|arse|ass|trousers) off)? ${READER}(?![a-z\\u00C0-\\u024F'’-])`,
        `${ME}${MODAL}${ADVERB} sue(?=\\s*(?:[.!?;]|$)| (?:if|unless)(?![a-z\\u00C0-\\u024F]))`,
        `${ME}(?:${MODAL}(?: be)?|'m|'re| am| are)${ADVERB} (?:(?:take|taking) ${READER} to (?:court|the courts)|(?:drag|dragging|haul|hauling) ${READER} (?:(?:to|through|into|before) (?:the )?(?:[a-z]+ )?courts?|(?:before|in front of) (?:a |the )?judge))(?![a-z\\u00C0-\\u024F])`,
        `(?:you|your(?: ${PEOPLE_MODIFIER}){0,2} ${PEOPLE})(?:'ll| will| are going to|'re going to| is going to|'s going to)(?: (?:soon|definitely|certainly|all))? be (?:sued|taken to court|dragged (?:through|into|to) (?:the )?courts?)(?![a-z\\u00C0-\\u024F])`,
      ] },
    ],
    message: (t) => `"${t}" is a threat aimed at the people reading. Put this way, a legal step sounds like anger, and it puts them on the defensive. If you plan to go to court, say so calmly as a fact, with a date: "I will start a claim in the small claims court".`,
    suggestion: 'If this is not resolved by [date], I will start a claim in the small claims court',
  },
  {
    rule: 'threat',
    patterns: [
      { needs: POLICE_TRIGGER, patterns: [
        // "report" as a plan or a threat, never "reported" (what the writer did is a fact).
        `(?:${ME}${MODAL}${ADVERB} (?:be )?)?(?:report|reporting|shop|shopping|turn|turning) ${READER}(?: in)? to ${POLICE}(?![a-z\\u00C0-\\u024F])`,
        `(?:${ME}${MODAL}${ADVERB} (?:be )?)?(?:call|calling|phone|phoning|ring|ringing|get|getting|set|setting|send|sending) the (?:police|cops|old bill) (?:on|onto|after|round to) ${READER}(?![a-z\\u00C0-\\u024F'’-])`,
        `${ME}${MODAL}${ADVERB} (?:have|get|see|make sure|ensure) ${READER} (?:(?:is|are|gets?) )?(?:arrested|locked up|prosecuted|jailed|thrown in (?:jail|prison)|put (?:in|behind) (?:jail|prison|bars)|sent to (?:jail|prison)|in (?:jail|prison)|behind bars)(?![a-z\\u00C0-\\u024F])`,
        `(?:${ME}${MODAL}${ADVERB} (?:be )?)?(?:press|pressing) (?:criminal )?charges against ${READER}(?![a-z\\u00C0-\\u024F'’-])`,
        `(?:you|your(?: ${PEOPLE_MODIFIER}){0,2} ${PEOPLE})(?:'ll| will| are going to|'re going to| is going to|'s going to)(?: (?:soon|definitely|certainly|all))? be (?:reported to ${POLICE}|arrested|prosecuted)(?![a-z\\u00C0-\\u024F])`,
      ] },
    ],
    message: (t) => `"${t}" threatens the people reading with the police. A threat reads as intimidation, and a dispute about a purchase is a civil matter. If a crime was committed, report it and state that as a fact ("I have reported the theft to the police; the crime number is …"); otherwise say calmly what lawful step you will take next.`,
    suggestion: 'If this is not resolved by [date], I will take the matter further, for example with a complaint to a consumer-protection office',
  },
  {
    rule: 'sarcasm',
    patterns: [
      { needs: ['clearly', 'obviously', 'evidently'], patterns: [
        `(?:clearly|obviously|evidently),? (?:you|your (?:${WORD} ){0,2}?${PEOPLE}|nobody|no one|no-one|none of you|they)(?![a-z\\u00C0-\\u024F])`,
      ] },
      "apparently,? you(?:'re| are)? (?:think|thinks|believe|expect|can't|cannot|don't|do not|have no|are unable)",
      'what an? (?:[a-z\\u00C0-\\u024F]+ )?(?:joke|farce|surprise|shock|shocker|circus|shambles|disgrace|con|sham|laugh|clown show|[a-z\\u00C0-\\u024F]*show|travesty|pantomime|comedy of errors)',
      // "was a joke", but not a real one: "a joke I told my son", "a joke about the weather".
      `(?:is|are|was|were|'s|'re) (?:an?|such an?|one big|just an?|nothing but an?|nothing short of an?) (?:[a-z\\u00C0-\\u024F]+ )?(?:joke|farce|laughing ?stock|sham|circus|clown show|travesty|pantomime)(?! (?:${REAL_SHOW})(?![a-z\\u00C0-\\u024F]))`,
      // Contempt for the whole affair: "this circus", "this whole charade", "a joke of a company".
      `(?<!(?:tickets? (?:for|to)|booked|book|booking|visited|visit|saw|see|watched|watch|went to|go to|going to|taken to|took (?:${WORD} ){0,2}to|at) )(?:this|that|the whole|the entire|your whole|their whole)(?: (?:whole|entire|complete|utter|absolute|total|sorry|bloody|ridiculous))? (?:${SHAMBLES})(?![a-z\\u00C0-\\u024F'’-])(?! (?:${REAL_SHOW})(?![a-z\\u00C0-\\u024F]))`,
      `(?:joke|circus|farce|shambles|clown ?show|sham|pantomime|travesty|laughing ?stock|disgrace) of an? ${WORD}`,
      // "What kind of clown show are you running?"
      `what (?:kind|sort|type) of (?:an? )?(?:${SHAMBLES}|joke|sham|travesty)(?![a-z\\u00C0-\\u024F'’-])(?! (?:${REAL_SHOW})(?![a-z\\u00C0-\\u024F]))`,
      // Mock praise as a form of address: "Thanks, genius." "Well done, Einstein!"
      '(?<=[a-z\\u00C0-\\u024F],\\s?)(?:genius(?:es)?|einsteins?|sherlock|mastermind|bright sparks?|rocket scientists?|smart ?(?:ass|arse)s?|legends?|champs?)(?=\\s*(?:[.!?,…]|$))',
      '(?:complete|total|absolute|bad|sick|cruel|sorry|utter|running|bloody) joke', 'joke of an? ', 'laughable', 'laughing ?stock',
      '(?:thanks?|cheers|ta) (?:you )?(?:so much |very much |a lot |a bunch |a million |again )?for (?:absolutely )?nothing', 'no thanks to you',
      // "Useless doesn't even begin to describe your team."
      "(?:doesn't|does not|don't|do not) (?:even )?(?:begin to|come close to) (?:describe|cover) (?:you|your|them|this (?:company|firm|outfit|lot))(?![a-z\\u00C0-\\u024F])",
      // "Is there a single competent person in your company?" Not "Is there anyone who can help?"
      '(?:is there|are there|isn\'t there|is there even) (?:a single|one single|even one|one|any|anyone|anybody)(?: (?:competent|intelligent|sensible|capable|literate|functioning))(?: (?:person|human|adult|brain|soul|one|people))?',
      "(?:wouldn't|would not|couldn't|could not) (?:know|recogni[sz]e|spot) (?:[a-z\\u00C0-\\u024F]+ ){1,4}?if it (?:hit|bit|slapped|smacked|kicked) (?:them|you|him|her)",
      // "Bet you think this is funny." "You must think I was born yesterday."
      "(?:bet|guess|suppose) you(?: all)? (?:think|find) (?:this|it|that)(?:'s| is)? (?:funny|amusing|hilarious|a joke)",
      "you(?: must| probably| obviously| clearly)? think (?:this|it|that)(?:'s| is) (?:funny|amusing|hilarious|a joke)", 'born yesterday', "(?:don't|do not|stop|quit) insult(?:ing)? (?:my|our) intelligence",
      '(?<=^|[.!?]\\s+)(?:just |go )?(?:grow|buy yourselves?|buy|get yourselves?) (?:a|some) (?:brains?|brain cells?|backbone|spine)(?![a-z])',
      "(?:nice|good|great|lovely) to (?:know|see)(?: that)? (?:you|your (?:[a-z]+ ){0,2}?(?:company|firm|business|staff|team)|how much you) (?:really |truly |clearly |so )?(?:value|care about|respect|appreciate) (?:your |loyal |its |their )?(?:customers|clients|me)",
      // "Do me a favour and actually read my email." Not "Could you do me a favour and resend it?"
      '(?<=^|[.!?]\\s+)(?:just )?do (?:me|us) a favou?r(?:,| and)',
      '(?:favou?r and|please|just|try to|could you|would you|can you|for once) actually (?:read|listen to|look at)',
      "(?:sawdust|cotton wool|straw|nothing but air|rocks) (?:in|between) (?:your|their|his|her) (?:heads?|ears)",
      'thank(?:s| you)(?: so much| very much| a lot| again)? for (?:ruining|wasting|destroying|wrecking|spoiling|ignoring|the runaround|letting me down|nothing|making (?:my|this|our) (?:[a-z\\u00C0-\\u024F]+ )?(?:hell|miserable|worse|harder|a nightmare))',
      'congratulations', 'congrats',
      '(?<=^|[.!?]\\s+|\\n\\s*)(?:well done|bravo|great job|good job|nice job|nice going|nice work|nice one|brilliant work|top marks|gold star|hats off)(?:,? (?:guys|team|everyone|all|you|folks))?(?=\\s*[,!.…])',
      // Praise as a sentence of its own after what went wrong: "Six weeks for a refund. Amazing work." "Wow. Just wow."
      '(?<=[.!?]\\s+)(?:(?:really|truly|just) )?(?:amazing|stellar|outstanding|fantastic|superb|brilliant|terrific|first-class|world-class) (?:work|job|effort)(?=\\s*[.!…])',
      '(?<=^|[.!?]\\s+)just wow(?=\\s*[.!…]|$)',
      // Mock praise opening a sentence: "Wow, great service." Not "Wow, great service last time, thank you".
      '(?<=^|[.!?]\\s+|\\n\\s*)(?:wow|oh wow|gee|gosh|well),? (?:great|brilliant|wonderful|fantastic|lovely|perfect|amazing|excellent|superb|stellar|top-notch|first-class|world-class) (?:customer service|service|job|work|effort)(?!\\s*[,!.]?\\s*(?:thank|thanks|cheers)(?![a-z]))(?=\\s*(?:[,!.…?]|$))',
      // "Are you kidding me?" asked of the reader.
      "(?<=^|[.!?]\\s+|\\n\\s*)(?:are you|you(?:'re| are)) (?:kidding|joking|having a laugh|serious)(?: me)?(?=\\s*[?!]|\\s*$)",
      '(?:well done|bravo|great job|good job|nice job|nice going|nice work|brilliant work)(?:,? (?:guys|team|everyone|all|you|folks))?,? (?:on |for )?(?:losing|ruining|wasting|breaking|messing|ignoring|cancelling|canceling|forgetting|dropping|screwing|destroying|damaging|overcharging|misplacing)',
      { needs: ['even'], patterns: [
        `(?:do|does|did|can|could|are|is) (?:you|anyone|anybody|any of you|they|he|she|your (?:${WORD} ){0,2}?${PEOPLE})(?: (?:there|at all|at (?:${WORD} )?${WORD}|lot|guys|people))? even`,
      ] },
      'how (?:hard|difficult) (?:can|could|is|was) (?:it|that)',
      // Asking whether the reader can read at all: "Is anyone there capable of reading?" Not "Is anyone able to help?"
      `(?:is|are) (?:anyone|anybody|any of you|you|your (?:${WORD} )?${PEOPLE})(?: (?:there|at all|over there|in your (?:${WORD} )?${WORD}))? (?:capable of|able to) (?:read(?:ing)?|listen(?:ing)?|count(?:ing)?|spell(?:ing)?)(?: (?:english|plain english|an? (?:simple |basic )?(?:email|e-mail|letter|request)))?(?=\\s*\\?)`,
      // "Oh brilliant, another 'we'll call you back'": mock delight at what went wrong, opening a sentence.
      '(?<=^|[.!?]\\s+|\\n\\s*)(?:oh|ah)(?: (?:yes|yeah|wow|how))?,? (?:great|brilliant|wonderful|fantastic|lovely|perfect|marvell?ous|super|splendid|terrific|fabulous)(?=\\s*[,!](?! thank))',
      "(?:is|was) (?:it|that) (?:really )?(?:too much|so hard|that hard|so difficult|that difficult) (?:to ask|for you)",
      "(?:is|was) (?:it|that|this) (?:really )?asking (?:too much|a lot)", 'comedy of errors',
      // "Absolute clown show." as a verdict, not the clown show booked for a party.
      '(?:absolute|complete|total|utter|proper|real|right|bloody|such an?|one big) clown ?show',
      '(?<=^|[.!?]\\s+|\\n\\s*)clown ?show(?=\\s*(?:[.!…,]|$| from start| all round| all around))',
      "(?<!not |n't |n’t |isn't |isn’t )too much to ask",
      // "What are you, five?" "Are you all asleep at the wheel?" "Who taught you to read?"
      `what (?:are|is) (?:you|they|he|she|your (?:${WORD} ){0,2}?${PEOPLE}),? (?:two|three|four|five|six|seven|eight|ten|twelve|\\d{1,2}|stupid|blind|deaf|thick|serious)(?=\\s*\\?)`,
      '(?:you|you all|you lot|you people|you guys)(?: (?:are|were|all))* asleep at the wheel',
      // "What is your problem?" "Are you paid to do nothing?"
      "what(?:'s| is) (?:your|their|his|her) (?:actual |real )?problem(?=\\s*\\?)",
      // "Call yourselves professionals?" "You call this a service?"
      `(?:you )?call (?:yourselves|yourself) (?:an? )?(?:${WORD} ){0,2}?${WORD}(?=\\s*\\?)`,
      `(?:you )?call (?:this|that|it) an? (?:${WORD} ){0,2}?${WORD}(?=\\s*\\?)`,
      '(?:paid|pay you|pays you|paying you) (?:to|for) (?:do|doing|sit|sitting) (?:nothing|sod all|bugger all|fuck all|around|about)',
      'who (?:taught|teaches|trained) (?:you|your (?:[a-z]+ ){0,2}?(?:staff|people|team|agents?))(?: how)? to (?:read|write|count|spell|listen)(?![a-z])',
      '(?<=^|[.!?]\\s+|\\n\\s*)nice try', 'surprise,? surprise', 'shock,? horror', '(?:big|huge) surprise', '(?:yeah|yea),? right', 'oh wait', 'who knew',
      "who (?:would have|would've|could have|could've) (?:thought|guessed)", 'colou?r me (?:surprised|shocked)', '(?:heaven|god|lord) forbid',
      "i'?m sure (?:you(?:'re| are)|you(?: all| lot| guys)? (?:are|were)|they(?:'re| are))(?: all)? (?:very |really |terribly |extremely |so |incredibly |awfully )?(?:busy|swamped|overworked|run off (?:your|their) feet)",
      '(?:some|what|which|whatever|a real|real) (?:bright spark|genius|einstein|rocket scientist|brain surgeon|mastermind|brainiac|wizard)s?',
      "(?:it's|it is|this is|this isn't|it isn't|it's not|it is not|hardly|not exactly) (?:not )?(?:rocket science|brain surgery)",
      // Typed with a hyphen or without: "your so called engineer".
      `(?:your|their|his|her|this|these|those|our) so[- ]called`,
      `the so[- ]called (?:${WORD} )?(?:${PEOPLE}|service|support|help|guarantee|warranty|express|premium|deluxe|luxury|repair|apology)`,
      'so[- ]called(?= ["“‘\'])', 'you people',
      // Contempt for the reader as a kind of person: "people like you", "the likes of you". Not "people like you and me".
      `(?:(?:people|folk|folks|types|outfits) like|the likes of) (?:you|yours)(?![a-z\\u00C0-\\u024F'’-])(?! (?:and|&) (?:me|i|us|mine)(?![a-z]))`,
      `you(?: (?:lot|people|guys|all))? (?:shouldn't|should not|ought not to|oughtn't to) be allowed (?:to|near|anywhere near|in|within)(?![a-z\\u00C0-\\u024F])`,
      // A lowest rating called too high: "Zero stars would be generous." "Calling it a service is generous."
      `(?:zero|no|0|one|1|a single|half an?|negative|minus) (?:stars?|points?)(?: out of (?:five|ten|5|10))?,? (?:${WORD} ){0,3}?(?:generous|flattering|charitable|a compliment|too (?:much|many|good|high|kind))`,
      `(?:calling|to call) (?:it|this|that|them|you|your (?:${WORD} )?${WORD}) (?:an? )?(?:${WORD} ){1,2}?(?:would be|is|'s)(?: (?:being|very|too|more than|rather|quite|a bit|extremely))* (?:generous|flattering|charitable|a stretch|an overstatement)`,
      // "How do you sleep at night?"
      `how (?:do|can|could|does) (?:you|they|he|she|your (?:${WORD} ){0,2}?${PEOPLE})(?: (?:people|lot|guys|all))?(?: (?:even|actually|honestly|possibly))? (?:sleep at night|live with (?:yourselves|yourself|themselves|himself|herself)|look (?:yourselves|yourself|themselves|himself|herself) in the mirror)`,
      // Anyone could do the reader's job better: "Even a child could have sorted this", "A trained monkey could do a better job".
      // Not an advert's claim that a thing is easy ("so simple even a child can use it").
      `even an? (?:${WORD} )?(?:${SIMPLETON}) (?:could|would|knows|understands|gets)(?:'ve| have)?(?! (?:use|operate|assemble|open|install|set|ride|play)(?![a-z]))(?![a-z\\u00C0-\\u024F'’-])`,
      `(?:an?|any|my) (?:${WORD} )?(?:${SIMPLETON})(?: ${WORD})? (?:could|would|can)(?:'ve| have)? (?:do(?:ne)?|run|manage[d]?|handle[d]?|sort(?:ed)?)(?: ${WORD}){0,4}? better`,
      // Scare quotes round what the business did or is: 'came and "fixed" the boiler', 'your "engineer"'. Not a word reported as shown or said.
      '(?<!(?:marked|status|labell?ed|shows?|showed|shown|displayed|reads?|said|says|called|named|tagged|set to|changed to|closed as|listed as|as|option|button|word|words|term) (?:it |as |the (?:[a-z]+ )?)?)["“](?:fixed|repaired|cleaned|serviced|finished|completed|sorted|resolved|helpful|help|professional|professionals|expert|experts|engineer|technician|service|support|apology|solution|quality|customer service)["”]',
      '(?:should|ought to) be (?:so |very |really |thoroughly )?(?:ashamed|embarrassed)', 'shame on (?:you|your|them|him|her)',
      'ashamed of (?:yourself|yourselves|himself|herself|themselves)',
      "(?:hope|trust) (?:you|they) (?:enjoy|enjoyed|like|liked) (?:spending|wasting|my|our|the) (?:[a-z\\u00C0-\\u024F]+ )?(?:money|cash|pounds|dollars|euros)",
      '(?:this|that|such|total|complete|utter|absolute|more|your|the usual|pure|load of|bunch of|full of) (?:b\\.s\\.|bs)',
      '(?:b\\.s\\.|bs) (?:excuses?|answers?|reasons?|polic(?:y|ies)|charges?|fees?|story|stories|lines?|responses?|replies|emails?)',
    ],
    message: (t) => `"${t}" sounds sarcastic or contemptuous. Sarcasm is easy to misread and puts people on the defensive. Say plainly what went wrong and what you want.`,
    suggestion: 'I am disappointed that this has still not been put right',
  },
  {
    rule: 'sarcasm',
    patterns: [
      // Orders that talk down to the reader, said to them: "Do your job." "Just do your job and
      // refund me." "Learn to read." Not "doing his job", "to do your job", "do your best".
      `${CLAUSE_START}(?:${ORDER_LEAD} ){0,2}(?:do|doing|learn|start doing|get on with) ${YOUR_JOB}(?![a-z\\u00C0-\\u024F'’-])`,
      `(?:and|so|now) (?:just |actually |please )?(?:do|learn) ${YOUR_JOB}(?=\\s*(?:[.!?;…]|$)| properly| right| for once)`,
      `(?:do|doing) ${YOUR_JOB} for once`,
      `${CLAUSE_START}(?:${ORDER_LEAD} ){0,2}(?:learn (?:how )?to (?:read|spell|count|listen)|use your (?:brains?|head|common sense|eyes)|grow up)${ENDS}`,
      `${CLAUSE_START}(?:${ORDER_LEAD} ){0,2}(?:learn (?:how )?to (?:read|spell|count|listen)|use your (?:brains?|head|common sense)) (?:for once|next time|and|properly|before)(?![a-z\\u00C0-\\u024F])`,
      `${CLAUSE_START}(?:${ORDER_LEAD} ){0,2}(?:get|sort) (?:your|yer) (?:act|acts|house|houses) (?:together|in order)`,
      // "Pull your finger out." "Get off your backside and answer my emails."
      `${CLAUSE_START}(?:${ORDER_LEAD} ){0,2}(?:pull|get) (?:your|yer) (?:fingers?|thumbs?|digits?) out`,
      `${CLAUSE_START}(?:${ORDER_LEAD} ){0,2}get (?:off )?(?:your|yer) (?:lazy |fat |idle )?(?:backsides?|arses?|asses?|butts?|bums?|behinds?)`,
    ],
    message: (t) => `"${t}" sounds contemptuous: it orders the people reading about and talks down to them, and they will defend themselves rather than help. Say plainly what went wrong, what you want done, and by when.`,
    suggestion: 'Please put this right by [date]',
  },
  {
    rule: 'wish-harm',
    patterns: [
      { needs: WISH_TRIGGER, patterns: [
        `(?:i |we )?(?:hope|wish|pray|trust)(?: that)? ${WISHED}(?: (?!${NEG}\\b)${WORD}){0,4}? ${HARM}`,
        `(?:${WISHED}) deserves? to (?:${HARM}|be (?:shut down|closed(?: down)?|fired|sacked|sued|punished|jailed|locked up|struck off|ruined|destroyed|run out of business)|go (?:bankrupt|bust|under|out of business))`,
        `(?:can't|cannot) wait (?:for|until|till|to see) ${WISHED}(?: ${WORD}){0,3}? ${HARM}`,
        `may (?:you|your (?:${WORD} ){0,2}?${PEOPLE}) ${HARM}`,
        `(?:${WISHED}) (?:all )?(?:should|ought to|need to|needs to)(?: all)? be (?:fired|sacked|jailed|locked up|shut down|closed down|put out of business|run out of town|strung up|horsewhipped)`,
      ] },
      '(?:should|ought to|deserves? to|needs? to) be (?:locked up|jailed|strung up|horsewhipped|shot|thrown in jail|behind bars|in prison|hanged)',
      '(?:rot|burn) in hell', 'drop dead', '(?:go|went) to hell', 'go (?:and )?die', 'curse (?:you|your)',
      'die in (?:a|the) (?:fire|ditch|hole|gutter)', '(?:go |just |please )?kill (?:yourself|yourselves)', 'kys', 'neck yourself',
    ],
    message: (t) => `"${t}" wishes harm on the business or its people. Leave it out: it will not get you what you are owed, and it may get your letter set aside.`,
    suggestion: 'I would still like this resolved quickly',
  },
];

interface Entry {
  family: Family;
  pattern: Pattern;
  needs?: readonly string[];
}

// One regular expression per pattern: V8 finds a simple pattern's first letters very
// quickly, which one alternation of all of them would lose. Each is compiled only the first
// time a text gets through its gate (prefilter.ts), so checking a kind letter stays quick
// from the start; patterns that still need a long list of words check for them first.
const ENTRIES: Entry[] = [];
for (const family of FAMILIES) {
  for (const entry of family.patterns) {
    const sources = typeof entry === 'string' ? [entry] : entry.patterns;
    for (const source of sources) {
      const pattern = new Pattern(`kindness.${ENTRIES.length}`, source, () => wordPattern([source]));
      ENTRIES.push(typeof entry === 'string' ? { family, pattern } : { family, pattern, needs: entry.needs });
    }
  }
}

const GATED = new GatedPatterns(ENTRIES, (entry) => entry.pattern);
const triggers = new Map<readonly string[], RegExp>();

export function findPatterns(text: string, out: RawFinding[], index = new TextIndex(text)): void {
  // Whether each trigger matches the text as it is, and the text lower-cased.
  const present = new Map<readonly string[], { text?: boolean; lower?: boolean }>();
  for (const { family, pattern, needs } of GATED.passing(index)) {
    const [regex, subject] = index.prepared(pattern);
    if (needs) {
      // The trigger looks where the pattern will look (the text, or the lower-cased text its
      // caseless copy runs on), with `i` as the patterns have it: whatever the pattern
      // matches holds one of the words it needs, there.
      let trigger = triggers.get(needs);
      if (!trigger) triggers.set(needs, (trigger = wordPattern(needs, 'i')));
      const which = subject === text ? 'text' : 'lower';
      let answers = present.get(needs);
      if (!answers) present.set(needs, (answers = {}));
      const found = (answers[which] ??= trigger.test(subject));
      if (!found) continue;
    }
    regex.lastIndex = 0;
    for (let match = regex.exec(subject); match; match = regex.exec(subject)) {
      if (match[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      let start = match.index;
      let end = start + match[0].length;
      // Trim whitespace and trailing commas the pattern carried with it.
      while (end > start && /[\s,;:]/.test(text[end - 1]!)) end--;
      while (start < end && /\s/.test(text[start]!)) start++;
      if (end <= start) continue;
      const found = text.slice(start, end);
      out.push({ rule: family.rule, severity: 'error', start, end, message: family.message(found), suggestion: family.suggestion });
    }
  }
}

/** The kindness families and their patterns, for tests. */
export const kindnessFamilies: ReadonlyArray<{ rule: KindnessRule; patterns: readonly string[] }> = FAMILIES.map((family) => ({
  rule: family.rule,
  patterns: family.patterns.flatMap((entry) => (typeof entry === 'string' ? [entry] : entry.patterns)),
}));
