// Tone rules for letters in French. Messages stay English (the CLI is); each suggestion is a
// calmer French wording. Lawful next steps (mise en demeure, médiateur, tribunal, opposition,
// rétrofacturation) and plain words of complaint (défectueux, inacceptable, abusif) are
// never in these lists: a firm letter needs them.
import type { LanguageRules } from './types.js';

/** One word of a sentence (letters, apostrophes and hyphens). */
const W = "[a-zà-ÿœæ][a-zà-ÿœæ'’-]*";
/** Who a letter might call names: "vous", "votre livreur", "ces gens". */
const THEY = `(?:vous|vs|ils|elles|t'es|tu es|ce sont|(?:votre|vos|ce|cette|ces|le|la|les|l') (?:${W} ){0,2}?(?:sont|est|êtes))`;
/** Names that insult only when aimed at people: "vous êtes nuls", "une bande de pourris". */
/** Praise said through the teeth: "super", "génial". */
const PRAISE = '(?:super|génial|géniale|formidable|fantastique|magnifique|merveilleux|bravo|chapeau|top|excellent)';
/** The same mishap once more: "encore un", "pour la troisième fois"; not "merci encore", "encore merci". */
const AGAIN = `(?:(?<!merci\\s)encore(?! (?:une fois )?merci)|de nouveau|à nouveau|une (?:fois|énième fois) de plus|pour la (?:${W} )?fois)`;
/** What anyone can do: asking whether the reader can is contempt. */
const SKILL = '(?:lire|écrire|compter)';
/** Who could do anyone's job: said of the reader's work, contempt ("même un enfant aurait compris"). */
const SIMPLETON = '(?:enfant|gamin|gamine|gosse|singe|bébé|élève|écolier|collégien)';
const AIMED = '(?:lavettes?|nuls?|nulles?|incapables?|bons? à rien|bras cassés|clowns?|amateurs|rigolos|pourris|requins|charlots|nazes|manches|branques|guignols?|pigeons?|vautours|sangsues|parasites|rapaces)';

export const rules: LanguageRules = {
  language: 'fr',
  words: [
    {
      rule: 'profanity',
      words: [
        'putain*', 'ptn', 'merde*', 'merdique*', 'emmerd*', 'bordel*', 'con', 'cons', 'conne', 'connes', 'connard*', 'connasse*',
        'couillon*', 'couille*', 'connerie*', 'enculé*', 'salaud*', 'salop*', 'foutre', 'fout*', 'chier', 'chiant*', 'enfoiré*', 'bâtard*',
        'pétasse*', 'pute', 'putes', 'nique', 'niquer', 'nique*', 'branleur*', 'branler', 'bite', 'fuck*', 'shit',
        // Québec's swearing: not "crisse" (brakes screech), nor "calice" or "tabernacle" (church words).
        'tabarn*', 'tabarouette', 'câlisse', 'câlisses', 'câliss', 'ostie', 'osti', 'esti', 'sacrament',
      ],
      suggestion: 'je suis très contrarié par cette situation',
    },
    {
      rule: 'insult',
      words: [
        'abruti*', 'crétin*', 'imbécile*', 'idiot', 'idiots', 'idiote', 'idiotes', 'débile*', 'incompéten*', 'guignol*', 'branquignol*',
        'minable*', 'nullard*', 'tocard*', 'bouffon*', 'ignare*', 'blaireau*', 'pignouf*', 'ordure*', 'raclure*', 'pourriture*',
        'fainéant*', 'feignant*', 'feignasse*', 'andouille*', 'crapule*', 'voyou*', 'baltringue*', 'stupide*', 'stupidité*',
        'gougnafier*', 'abrutis', 'pathétique*',
      ],
      suggestion: "les personnes que j'ai eues au téléphone n'ont pas pu régler le problème",
    },
    {
      rule: 'accusation',
      words: [
        'escroc*', 'escroqu*', 'arnaqu*', 'voleur*', 'voleuse*', 'menteur*', 'menteuse*', 'mensong*', 'mentez', 'mentent', 'menti',
        'charlatan*', 'truand*', 'filou*', 'magouill*', 'mafieu*', 'mafia*', 'fraudeur*', 'fraudeuse*', 'racketteur*', 'malhonnête*',
        'gangster*', 'brigand*', 'bobard*',
      ],
      suggestion: "j'ai payé pour un service que je n'ai pas reçu, et les informations qu'on m'a données n'étaient pas exactes",
    },
  ],
  patterns: [
    {
      rule: 'insult',
      patterns: [
        `${THEY} (?:${W} ){0,3}?${AIMED}`,
        `(?:vous n'êtes qu'|n'êtes que|ne sont que|vous êtes|sont)(?: une)? (?:bande|tas|ramassis|troupeau) d(?:e |')${W}`,
        `(?:bande|ramassis|troupeau) d(?:e |')(?!roulement|fréquences?)${W}`,
        `(?<!une\\s|cette\\s|l')espèce d(?:e |')${W}`,
        // The plural as a form of address ("Espèces de clowns !"), not money ("en espèces", "espèces de préférence") or species ("des espèces de poissons").
        `(?<=(?:^|[.!?,;:…]|\\s[-–—])\\s{0,8})espèces d(?:e |')[a-zà-ÿœæ-]+[sx](?![a-zà-ÿœæ'-])`,
        `(?:pris|prenez|prend|prennent|prendre) pour (?:des|un|une) (?:imbéciles?|idiots?|idiotes?|cons?|pigeons?|abrutis?|billes?|jambons?|buses?|andouilles?|bleus?)`,
        'ferme-la', 'fermez-la', '(?:ta|vos) gueules?', 'taisez-vous', 'trous? du cul', 'mon cul',
        `(?:quel|quelle|quels|quelles) (?:${W} )?(?:incapables|amateurs|guignols|clowns|bras cassés|bons à rien)`,
      ],
      suggestion: "les personnes que j'ai eues au téléphone n'ont pas pu régler le problème",
    },
    {
      rule: 'accusation',
      patterns: [
        // Also as typed in a hurry: "c tt simplement du vol".
        // "un vol" is also a flight ("c'est un vol direct"): theft only where the sentence stops on it; "du vol" is always theft.
        "(?:c'est|cest|c) (?:(?:tout|tt) simplement |(?:vraiment|juste|carrément|clairement|franchement) )?(?:(?:de la |du |une |un )(?:pure |véritable |vraie )?(?:fraude|racket|abus de confiance)|du (?:pur |véritable |vrai )?vol|un (?:pur |véritable |vrai )?vol(?=\\s*(?:[.!?,;:…]|$)))",
        'vol (?:caractérisé|pur et simple|manifeste|organisé|déguisé|qualifié|en bande organisée)',
        `(?:m'|nous |l'|les |me |leur )(?:avez|a|ont|aviez|avait|auriez) (?:${W} )?(?:volé|escroqué|arnaqué|roulé|berné|dupé|trompé|plumé|menti)`,
        "vous (?:me |nous |l' )?(?:volez|volé|plumez|trompez)",
        "(?:arrêtez|arrête|cessez|cesse) (?:donc )?de (?:me |nous |leur |lui )?mentir", '(?:me|nous) (?:mentir|mentiez|mentirez|mentiront)',
        'volé (?:mon|notre|leur|mes|nos|l\') (?:argent|fric|pognon|acompte)',
        '(?:pompe|machine) à (?:fric|pognon|fric pour pigeons)',
        `(?:plumer|plument|plumez|plume) (?:les|vos|ses|leurs) (?:${W} )?clients`,
        '(?:roulé|roulés|rouler) dans la farine',
      ],
      suggestion: "j'ai payé pour un service que je n'ai pas reçu, et les informations qu'on m'a données n'étaient pas exactes",
    },
    {
      // Customers milked like cattle: "Je ne suis pas votre vache à lait", "pas un distributeur de billets", "traire les clients".
      rule: 'accusation',
      patterns: [
        'vaches? à lait', `(?:pas|plus) (?:votre|un|une) (?:tiroir-caisse|distributeur (?:de billets|automatique)|poire)`,
        `(?:traire|traient|trayez|trait) (?:les|vos|ses|leurs) (?:${W} )?clients`,
      ],
      suggestion: 'je vous demande de ne me facturer que ce qui est prévu au contrat',
    },
    {
      rule: 'threat',
      patterns: [
        `je (?:vais|veux|compte) (?:vous |te |leur )?(?:pourrir|détruire|démolir|ruiner|couler|massacrer|défoncer|exploser|écraser|anéantir|faire (?:payer|regretter|fermer|couler))`,
        '(?:pourrir|gâcher|empoisonner) la vie',
        '(?:casser|péter|exploser|défoncer|refaire|éclater) (?:la gueule|la tête|la figure|le portrait)',
        "vous (?:allez|aller|allez me|allez vous) (?:le )?(?:regretter|payer cher|le payer)", 'vous le (?:regretterez|paierez)', 'vous allez me le payer',
        'ça (?:va|risque de) mal (?:finir|se passer|tourner)',
        'je sais où (?:vous|se trouve|est|sont|habite|habitez|travaille|travaillez)',
        '(?:faites|fais) (?:bien )?(?:attention|gaffe)(?: à (?:vous|toi))?(?=\\s*[.!,;]|$)', 'gare à vous',
        // What will happen, left unsaid: "vous verrez ce qui va se passer". Not "vous verrez sur la photo".
        "(?:vous verrez|vous allez voir|tu verras|tu vas voir) ce qu(?:i|'il) (?:va |vous |te |t')*(?:se passer|se passera|arriver|arrive(?:ra)?|attend)",
        "(?:vous verrez|vous allez voir|tu verras|tu vas voir) ce que je (?:vais faire|ferai|suis capable de faire|peux faire)",
        "avant que je (?:m'énerve|me fâche|perde patience|ne m'énerve)", 'vous ne savez pas à qui vous avez affaire',
        '(?:régler|réglerai) (?:ça|cela|le problème|l\'affaire|mes comptes) moi-même', 'vous aurez affaire à moi',
        'vous allez voir ce (?:que|qui)', 'vous allez entendre parler (?:de moi|du pays)',
        "(?:ça|cela|ceci) (?:va |risque de )?vous (?:coûter|coûtera) (?:très )?cher",
        // Consequences, unsaid: "... et ça ne va pas vous plaire." Not "je sais que cela ne va pas vous plaire, mais".
        '(?:ça|cela) ne (?:va pas vous plaire|vous plaira pas)(?=\\s*(?:[.!…]|$))',
        `(?:démolir|détruire|descendre|ruiner) (?:votre (?:réputation|entreprise|boutique|société|commerce)|sur (?:tous )?(?:les )?(?:forums|réseaux))`,
        'vous (?:aurez|allez avoir) des (?:gros )?ennuis',
        "traîner (?:votre|ton|leur|son) (?:nom|réputation|enseigne|marque) dans la (?:boue|fange)", '(?:je vais vous faire|je vous fais|je vous ferai) (?:une )?(?:très )?(?:mauvaise|sale) (?:pub|publicité|réputation)',
        'réputation (?:tellement |si )?(?:pourrie|désastreuse|détestable)',
        // Publicity "from hell", and the business's ruin foretold: "votre boutique va couler" (wishing it is wish-harm: "que votre boîte coule").
        "(?:faire|ferai|fais|fera|ferons) (?:une |de la |votre )?(?:pub|publicité|réputation) (?:d'enfer|de tous les diables|monstre|du tonnerre|mémorable)",
        `(?<!que\\s|qu')(?:votre|vos|ta|cette) (?:${W} )?(?:boutique|boîte|entreprise|société|commerce|magasin|enseigne|agence|garage|restaurant|hôtel)s? (?:va|vont|risque de|risquent de) (?:bientôt |vite |droit |directement )?(?:couler|sombrer|crever|disparaître|faire faillite|mettre la clé sous la porte|fermer boutique|y passer)`,
        // Warned, without saying of what: "Vous voilà prévenus."
        "(?:vous êtes|vous voilà|vous voici|je vous aurai) (?:(?:bien|dûment) )?(?:prévenue?s?|averti(?:e|es|s)?)(?=\\s*(?:[.!…]|$))",
      ],
      suggestion: "si le problème n'est pas réglé à cette date, je saisirai le médiateur de la consommation",
    },
    {
      rule: 'wish-harm',
      patterns: [
        `(?:j'espère|espérons|je souhaite|je vous souhaite|pourvu) (?:que |qu'|de )?(?:${W} ){0,6}?(?:faillite|crever|crève|crèvent|couliez|coule|coulent|au chômage|perdre tous|perdiez tous|perdent tous|brûle|brûlent|fermer boutique|ferme boutique|mettre la clé sous la porte|virés?|virées?|licenciés?|licenciées?|ruinés?|ruinées?|à la rue)`,
        "qu'(?:ils|il|elle|elles|vous) crève\\w*", 'crevez', 'allez crever',
        `que (?:votre|ta|leur) (?:${W} )?(?:boîte|boutique|entreprise|société|magasin|commerce) (?:va |aille |finisse par )?(?:coule|couler|ferme|fermer|brûle|brûler|fasse faillite|faire faillite|crève|crever|pourrisse)`,
        'allez au diable', '(?:allez|va) en enfer', '(?:pourrissez|brûlez|pourrir|brûler) en enfer',
        // Sent packing: "Allez vous faire voir avec vos excuses." Not "vous faire voir le devis".
        '(?:allez|va|aller) (?:vous|te|se) faire (?:voir|foutre|cuire un (?:œuf|oeuf)|mettre)(?! (?:le|la|les|un|une|des|mon|ma|mes|votre|vos|ce|cette|par)\\b)',
        '(?:méritez|mériteriez|mérite|méritent|mériterait|mériteraient) (?:de (?:fermer|couler|faire faillite|crever|perdre)|la prison|d\'être (?:virés?|licenciés?|fermés?|ruinés?))',
        '(?:finirez|finiront|finissiez) (?:tous )?au chômage',
      ],
      suggestion: 'je souhaite surtout que ce problème soit réglé rapidement',
    },
    {
      rule: 'sarcasm',
      patterns: [
        'merci pour rien', 'merci du cadeau',
        `merci (?:${W} ){0,2}?(?:de|pour) (?:m'|nous )avoir (?:fait (?:attendre|patienter|tourner en rond)|ignorée?s?|laissée?s? (?:tomber|sans nouvelles))`,
        '(?<=^|[.!?:;]\\s{0,8})(?:bravo|félicitations|chapeau)(?=\\s*[,!])', '(?:bravo|félicitations) (?:pour|encore|vraiment|à vous)',
        '(?:quel|quelle|sacré|un vrai) (?:génie|service exceptionnel|professionnalisme|efficacité|sens du service|rapidité)',
        '(?:réactivité|rapidité|efficacité|professionnalisme|sérieux|ponctualité) légendaire',
        '(?:sûrement|sans doute|certainement) (?:très )?occupés', 'à ne rien faire', 'de qui se moque-t-on', 'on croit rêver',
        "(?:c'est )?du (?:grand )?n'importe quoi", 'vous vous moquez (?:de moi|de nous|de vos clients|du monde|de qui)',
        // "Votre service client est une vaste blague": the reader's work called a joke, as "ist ein Witz" in German.
        "(?:est|sont|était|étaient|c'est) (?:(?:vraiment|franchement|juste|tout simplement|carrément) )*une (?:(?:vaste|sacrée|belle|mauvaise|véritable|vraie|grosse|triste) )?(?:blague|plaisanterie|farce|rigolade)",
        '(?:devriez|pourriez|devraient|devrait) avoir honte', 'honte à vous',
        "(?:achetez|achète|trouvez|trouve)(?:-vous|-toi)? (?:donc )?un (?:cerveau|neurone)", 'quelle surprise(?=\\s*(?:[.!…]|$))',
        "(?:vous le faites|le faites-vous|tu le fais) exprès",
        "(?:vous êtes|êtes-vous|t'es|tu es) (?:vraiment |sérieusement )?sérieu(?:x|se|ses)(?=\\s*[?!])", '(?<=^|[.!?]\\s{0,8})sans blague(?=\\s*[,!?])',
        "(?:à la place|en guise) (?:du cerveau|de (?:la )?cervelle)|(?:pas de|sans|petite) cervelle|cerveau (?:de|d'un|d'une) (?:moineau|poisson rouge|mouche|bulot|huître|limace)",
        // The lowest rating called too high: "Zéro étoile, c'est encore trop généreux."
        "(?:zéro|0|une|1|une seule|aucune|la moindre) étoiles?,? (?:(?:c'est|ce serait|serait|seraient|sont|est|déjà|encore|même|bien|trop|très) ){1,4}(?:généreux|généreuse|flatteur|flatteuse|beaucoup|cher payé)",
        // Orders that talk down to the reader: "Faites votre travail pour une fois." Not "vous faites votre travail".
        `(?<=^|[.!?,;:]\\s{0,3})(?:(?:alors|donc|enfin|juste|maintenant|et) )?(?:faites|fais) (?:(?:donc|enfin|juste|simplement|correctement|bien|au moins) )?(?:votre|ton|vos|tes) (?:travail|boulot|job|métier)`,
        '(?:votre|ton) (?:travail|boulot|job|métier) pour une fois',
        `(?<=^|[.!?,;:]\\s{0,3})(?:(?:alors|donc|et) )?(?:apprenez|apprends) (?:(?:donc|d'abord|déjà|enfin) )?à (?:lire|écrire|compter)`,
        "(?:on vous paie|on vous paye|vous êtes payée?s?|payée?s?) (?:à|pour) (?:ne )?rien faire",
        "(?:c'est quoi|quel est) (?:votre|ton|leur) problème(?=\\s*\\?)",
        '(?:excuses?|explications?|promesses?|réponses?|arguments?) (?:bidons?|à deux balles|à la con|foireuses?)',
        // "Comment vous faites pour dormir la nuit ?"
        "comment (?:vous faites|faites-vous|pouvez-vous|vous pouvez|arrivez-vous|vous arrivez|osez-vous|vous osez) (?:pour |à )?(?:dormir|vous regarder dans (?:la glace|le miroir|une glace))",
        // Anyone could do the reader's job: "Même un enfant de cinq ans aurait compris."
        `même (?:un|une|mon|ma) (?:${SIMPLETON})(?: de (?:\\d+|${W}) ans)? (?:l'|le |la |les |y )?(?:aurait|pourrait|saurait|comprendrait|ferait|sait|comprend|arriverait)`,
        `(?:un|une|mon|ma) (?:${W} )?(?:${SIMPLETON})(?: de (?:\\d+|${W}) ans)? (?:ferait|aurait fait|pourrait faire|ferait) (?:mieux|un meilleur travail)`,
        // Mock praise for a mishap: "Ah oui, super, encore un rendez-vous annulé, génial."
        `${PRAISE}\\s*[,!] (?:(?:et|voilà|donc) )?${AGAIN}(?! (?:une (?:chose|question|précision|remarque|information)|un (?:détail|point|mot)))`,
        `${AGAIN}[^.!?\\n]{1,80}?, (?:(?:vraiment|franchement|trop|c'est|quel) )?(?:génial|super|formidable|fantastique|magnifique|merveilleux|bravo|top)(?=\\s*(?:[.!…]|$))`,
        '(?:ah|oh)(?: (?:oui|ben|bah|là))?\\s*,? (?:(?:vraiment|trop) )?(?:super|génial|parfait|formidable|bravo|magnifique|top|merveilleux)',
        // Asking whether the reader can read: "On se demande si vous savez lire." Not "Pourriez-vous lire ma lettre".
        // Not about someone else ("ils ne savent pas lire"), nor about a thing to read ("vous ne savez pas lire le numéro").
        `(?:vous|personne|quelqu'un) (?:ne )?(?:savez|sait)(?: (?:pas|même pas|vraiment|seulement|au moins|donc|encore|plus))? ${SKILL}(?! (?:l'|(?:le|la|les|ce|cet|cette|ces|mon|ma|mes|notre|nos|votre|vos)(?![a-zà-ÿ])))`,
        `(?:savez|sait|savent)-(?:vous|on|ils|elles) (?:(?:seulement|vraiment|même|au moins) )?${SKILL}`,
      ],
      suggestion: 'je regrette que ce problème ne soit toujours pas réglé',
    },
    {
      // Indignation ("C'est une honte !") is a verdict on the reader, as "Disgraceful." is in English: not sarcasm.
      rule: 'insult',
      patterns: [
        '(?:une|quelle|la) honte(?! de vous (?:écrire|déranger))',
        "(?:vous n'avez|n'avez-vous|vous avez) (?:(?:vraiment|donc|aucune|pas de|pas la moindre|plus aucune|plus de|zéro) )+honte",
        '(?:vous vous croyez|vous pensez être|vous croyez être|vous vous pensez) au-dessus des lois',
      ],
      suggestion: 'je trouve cette situation inacceptable',
    },
  ],
  allowed: [
    // A complaint filed with the police is a fact, not an accusation: "plainte pour vol".
    `(?:porter|porté|déposer|déposé|dépôt de) plainte pour ${W}(?: ${W}){0,2}`,
    // The offence the law names: "publicité mensongère" (Code de la consommation).
    'publicités? mensongères?',
    // What someone called the writer is a fact of the complaint, not the writer's accusation:
    // "le gérant m'a traité de menteur", "on nous a accusés de mentir", "il a dit que je mentais".
    `(?:m'|nous )(?:a|ont|avait|avaient|aurait) (?:${W} )?(?:traité|traitée|traités|traitées|qualifié|qualifiée|qualifiés|accusé|accusée|accusés|accusées|pris|prise|pris) (?:de |d'|pour (?:une? |des )?)(?:${W} ){0,2}${W}`,
    `(?:a|ont|avait|avaient) (?:dit|insinué|laissé entendre|prétendu) que (?:je|j'|nous) (?:${W} ){0,2}${W}`,
  ],
  // "retard" is a delay, "retardé" delayed.
  notEnglishSwearing: ['retard*', 'assez', 'asseoi*', 'assey*', 'assied*', 'abo', 'abos', 'fagot*'],
  shouting: {
    acronyms: [
      'TVA', 'SAV', 'TTC', 'HT', 'SNCF', 'EDF', 'GDF', 'SARL', 'SAS', 'SASU', 'EURL', 'SA', 'DGCCRF', 'CGV', 'CGU', 'RIB', 'UFC', 'UFC-QUE',
      'CHOISIR', 'INC', 'ADIL', 'CNIL', 'RGPD', 'LRAR', 'AR', 'SIRET', 'SIREN', 'RCS', 'CB', 'CAF', 'CPAM', 'RATP', 'LCL', 'BNP', 'CIC', 'SFR',
      'FNAC', 'DARTY', 'AFNOR', 'DDPP', 'DREAL', 'OUIGO', 'TER', 'TGV', 'RER', 'SMS', 'PV', 'EI', 'SCI', 'SEL', 'ETI', 'PME', 'ANAH', 'CEE',
    ],
    emphasis: [
      'MAINTENANT', 'JAMAIS', 'RIEN', 'TOUJOURS', 'IMMÉDIATEMENT', 'ARGENT', 'REMBOURSEZ', 'REMBOURSEMENT', 'INACCEPTABLE', 'HONTE',
      'ESCROCS', 'VOLEURS', 'ARNAQUE', 'SCANDALEUX', 'SCANDALE', 'URGENT', 'ASSEZ', 'MARRE', 'NON', 'VITE', 'DÉJÀ', 'ENCORE', 'HONTEUX',
    ],
  },
  letter: {
    greeting: '(?:madame|monsieur|maître|cher|chère|bonjour)[^\\n]*[,:][ \\t]*$',
    closing: "(?:je vous prie d'agréer|veuillez agréer|veuillez recevoir|recevez|cordialement|bien cordialement|salutations)",
  },
};
