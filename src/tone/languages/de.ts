// Tone rules for letters in German. Messages stay English (the CLI is); each suggestion is a
// calmer German wording. Lawful next steps (Schlichtungsstelle, Anwalt, rechtliche Schritte,
// Mahnbescheid, Rückbuchung) and plain words of complaint (mangelhaft, nicht hinnehmbar,
// unwirksam) are never in these lists: a firm letter needs them.
import type { LanguageRules } from './types.js';

/** One word of a sentence. */
const W = "[a-zà-ÿß][a-zà-ÿß'’-]*";
/** What a group of people can be called a pack of: "eine Bande von Dieben", "Haufen Versager". */
const PACK = '(?:Haufen|Bande|Truppe|Horde|Verein|Sauhaufen)';

export const rules: LanguageRules = {
  language: 'de',
  words: [
    {
      rule: 'profanity',
      words: [
        'scheiß*', 'beschiss*', 'kacke*', 'arsch*', 'fick*', 'fotze*', 'wichser*', 'hure*', 'hurensohn*', 'verdammt*', 'mist', 'mistkerl*',
        'dreck', 'drecks*', 'dreckladen*', 'kotzen', 'pisser*', 'fuck*', 'shit',
      ],
      suggestion: 'ich bin über diese Situation sehr verärgert',
    },
    {
      rule: 'insult',
      words: [
        'idiot*', '*idiot', '*idioten', 'trottel*', '*trottel', 'depp', 'deppen', 'deppert*', 'vollpfosten*', 'dilettant*', 'versager*',
        'stümper*', 'pfuscher*', 'penner*', 'faulpelz*', 'schnösel*', 'blödmann*', 'dummkopf*', 'dumm', 'dumme', 'dummen', 'dummer', 'dummes', 'dummheit*',
        'blöd*', 'bescheuert*', 'verarsch*', 'doof', 'doofe', 'doofen', 'inkompeten*', 'unfähig*', 'witzfigur*', 'hanswurst*', 'schwachkopf*', 'hohlkopf*',
        'nichtsnutz*', 'lusche*', 'schwachmat*', 'lackaffe*', 'saftladen*', 'sauhaufen*', 'sauladen*', 'aasgeier*', 'kretin*',
        'spaten', 'honk', 'honks', 'lauch', 'clown', 'clowns',
      ],
      suggestion: 'die Mitarbeiter, mit denen ich gesprochen habe, konnten das Problem nicht lösen',
    },
    {
      rule: 'accusation',
      words: [
        // Not "betrügerisch": a "betrügerische E-Mail" with the business's logo is something to report to it.
        'betrüger', 'betrügerin', 'betrügerinnen', 'betrügerbande', 'betrügerfirma', 'betrügerladen', 'betrügerverein', '*betrüger',
        'abzock*', 'abgezockt', 'lügner*', '*lügner', 'lügen', 'lügt', 'lügst', 'gelogen', 'belogen', 'angelogen', 'lüge', 'lügerei',
        'dieb', 'diebe', 'dieben', 'diebesbande*', 'gauner*', 'verbrecher*', 'kriminelle', 'krimineller', 'kriminellen', 'halsabschneider*',
        'schwindler*', 'mafia*', 'ganove*', 'ganoven', 'beutelschneider*', 'nepp', 'nepper*',
      ],
      suggestion: 'ich habe für eine Leistung bezahlt, die ich nicht erhalten habe, und die Angaben, die man mir gemacht hat, waren nicht zutreffend',
    },
  ],
  patterns: [
    {
      rule: 'insult',
      patterns: [
        `${PACK} (?:von )?(?:${W} )?(?:Versagern?|Idioten|Dilettanten|Dieben|Betrügern|Gaunern|Amateuren|Clowns|Affen|Chaoten|Stümpern|Trotteln|Deppen)`,
        `(?:ihr|Sie|du) (?:${W} )?(?:Affen|Witzfiguren|Schweine|Ratten|Pfeifen|Nieten|Amateure|Hampelmänner|Knalltüten)`,
        '(?:halt|haltet|halten Sie) (?:die|Ihre|eure|deine) (?:Klappe|Schnauze|Fresse|Maul)', "halt's Maul", 'Schnauze halten',
        `(?:sind|seid|ist|bist) (?:${W} )?faul`, 'faule[rn]? (?:Mitarbeiter|Bande|Säcke|Sack|Hund|Hunde|Truppe|Haufen)',
        'zu (?:blöd|dumm|doof)', 'der letzte Dreck',
      ],
      suggestion: 'die Mitarbeiter, mit denen ich gesprochen habe, konnten das Problem nicht lösen',
    },
    {
      rule: 'accusation',
      patterns: [
        '(?:ist|das ist|sind|war|wäre|reiner|reinster|glatter|purer|eiskalter|offener|dreister) (?:doch |nichts als |nichts anderes als )?(?:Betrug|Diebstahl|Beschiss|Wucher|Nepp)',
        '(?:Betrug|Diebstahl) am Kunden', 'Betrug,? nichts anderes', 'kriminelle Machenschaften',
        `(?:haben|habt|hat) (?:mich|uns|mir|mein ${W}|unser ${W}) (?:${W} )?(?:geklaut|gestohlen|betrogen|beschissen|abgezockt|ausgenommen|angelogen|belogen)`,
        '(?:mein|unser) Geld (?:geklaut|gestohlen)', 'Strafanzeige wegen (?:Betrugs?|Diebstahls?|Unterschlagung)',
        `(?:zeige|zeigen|werde) (?:Sie|euch|dich|Ihre Firma|Ihr Unternehmen) (?:${W} ){0,3}?wegen (?:Betrugs?|Diebstahls?|Unterschlagung|Wuchers?)`, 'Strafanzeige gegen (?:Sie|euch|dich|Ihre|Ihren|Ihr)\\b', 'über den Tisch gezogen', '(?:Sie|ihr) betrügen', '(?:Sie|ihr) lügen',
      ],
      suggestion: 'ich habe für eine Leistung bezahlt, die ich nicht erhalten habe, und die Angaben, die man mir gemacht hat, waren nicht zutreffend',
    },
    {
      rule: 'threat',
      patterns: [
        '(?:mache|mach|machen|werde) (?:euch|Sie|dich|ihn|sie) (?:noch )?fertig', `(?:mache|mach|machen|werde) (?:ich )?(?:euch|Sie|dich) (?:überall|öffentlich|(?:in|im|auf|bei) (?:${W} ){0,2}?${W})(?: ${W})? fertig`, `(?:mache|machen|werde) (?:euch|Sie|dich) (?:${W} ){0,3}?(?:so|richtig|völlig|komplett) fertig`, '(?:werdet|werden|wirst) (?:das|es) (?:noch )?(?:bitter )?bereuen', '(?:das|dafür) (?:werden|werdet|wirst) (?:Sie|ihr|du) (?:mir )?(?:noch )?(?:bitter )?büßen', 'das wird (?:für Sie |für euch )?(?:noch )?Konsequenzen haben',
        "(?:dann )?knallt(?: es|['’]s)", '(?:können|könnt|kannst) (?:Sie|ihr|du) (?:was|etwas) erleben', 'ich weiß, wo (?:Sie|ihr|Ihr|Ihre|du|er|sie)',
        `(?:Ihren|euren|Ihre|eure|deinen|Ihr|euer) (?:${W} ){0,3}?(?:zerstören|ruinieren|plattmachen|kaputtmachen|fertigmachen)`,
        `dafür sorgen, dass (?:${W} ){0,4}?(?:dichtmachen|pleite|zumachen|schließen muss|ruiniert)`,
        '(?:eins|was) auf die (?:Fresse|Nase|Mütze)', '(?:Fresse|Maul) polieren', '(?:Sie|ihr) werdet schon sehen', 'Sie werden schon sehen',
        'pass(?:t|en Sie)? bloß auf',
      ],
      suggestion: 'sollte das Problem bis dahin nicht gelöst sein, werde ich die Schlichtungsstelle anrufen',
    },
    {
      rule: 'wish-harm',
      patterns: [
        `(?:hoffe|wünsche|hoffentlich)(?:,)?(?: ${W},?){0,8}? (?:pleite|bankrott|insolvent|weglaufen|zugrunde|krepier\\w*|verreck\\w*|dichtmachen|(?:seinen|ihren|euren|Ihren|den) Job)`,
        '(?:bekommen|kriegen|kriegt|bekommt),? was (?:Sie|ihr|er|sie|die) (?:verdienen|verdient)',
        '(?:fahrt|fahren Sie|fahr) zur Hölle', 'zur Hölle mit', 'verreckt', 'krepiert',
      ],
      suggestion: 'ich wünsche mir vor allem, dass das Problem schnell gelöst wird',
    },
    {
      rule: 'sarcasm',
      patterns: [
        'danke für nichts', '(?:toll|super|großartig|klasse|prima) gemacht', 'na (?:super|toll|prima|klasse|bravo)',
        '(?:wirklich |echt |ganz )?(?:großartige|tolle|hervorragende|super|reife|starke) Leistung', '(?:herzlichen )?Glückwunsch(?=\\s*[.!,]|$)',
        '(?:ganz )?schlauer Kopf', '(?:ist|sind|war) (?:doch |ja |echt |wirklich )*ein (?:schlechter )?Witz', '(?:eine|was für eine|so eine|bodenlose) (?:Frechheit|Unverschämtheit|Schande)',
        'schämen Sie sich', 'schämt euch', '(?:solltet|sollten|sollte) (?:euch|sich|dich) schämen',
        `wie kann man nur so (?:${W} )?(?:inkompetent|dumm|blöd|unfähig|dämlich) sein`,
      ],
      suggestion: 'ich bedauere, dass das Problem noch immer nicht gelöst ist',
    },
  ],
  allowed: [
    // A theft reported to the police, or a bank looking into fraud, is a fact, not an accusation.
    '(?:Diebstahl|Betrug)(?:s)? (?:bei der Polizei|angezeigt|gemeldet)', 'Betrugsverdacht\\w*',
    // "idiotensicher" is foolproof; the English "deep" (a "Deep-Learning-Kurs", "deep cleaning") is no "Depp".
    'idiotensicher\\w*', 'deep(?:-[\\wäöüß]+)*',
  ],
  // "dick" is thick, "Ass" an ace, "Fagott" a bassoon.
  notEnglishSwearing: ['dick*', 'ass', 'asse', 'fagot*', 'abo', 'abos', 'wanken', 'wankt', 'wankte*', 'wankel*'],
  shouting: {
    acronyms: [
      'AG', 'KG', 'OHG', 'BGB', 'HGB', 'UWG', 'DSGVO', 'AGB', 'AGBS', 'MWST', 'UST', 'ADAC', 'DB', 'ICE', 'IC', 'SCHUFA', 'TÜV', 'ARD', 'ZDF',
      'VZBV', 'EG', 'ZPO', 'BGH', 'AZ', 'NR', 'PLZ', 'AOK', 'TK', 'BAFIN', 'EEG', 'DSL', 'LTE', 'WLAN', 'UG', 'EK', 'GEZ', 'ÖPNV', 'BVG',
      'HVV', 'MVV', 'VBB', 'KFZ', 'PKW', 'LKW', 'USB', 'OTTO', 'IKEA', 'MEDIA', 'MARKT', 'SATURN', 'ALDI', 'EDEKA', 'REWE',
    ],
    emphasis: [
      'SOFORT', 'NIE', 'NIEMALS', 'NICHTS', 'IMMER', 'JETZT', 'GELD', 'ZURÜCK', 'ENDLICH', 'UNVERSCHÄMT', 'FRECHHEIT', 'BETRUG',
      'BETRÜGER', 'SCHANDE', 'DRINGEND', 'KEINE', 'KEIN', 'NEIN', 'SOFORTIGE', 'LÜGNER', 'ABZOCKE',
    ],
  },
  letter: {
    greeting: '(?:sehr geehrte|sehr geehrter|liebe|lieber|hallo|guten tag)[^\\n]*,[ \\t]*$',
    closing: '(?:mit freundlichen grüßen|freundliche grüße|viele grüße|beste grüße|hochachtungsvoll)',
  },
};
