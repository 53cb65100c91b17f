// Tone rules for letters in German. Messages stay English (the CLI is); each suggestion is a
// calmer German wording. Lawful next steps (Schlichtungsstelle, Anwalt, rechtliche Schritte,
// Mahnbescheid, Rückbuchung) and plain words of complaint (mangelhaft, nicht hinnehmbar,
// unwirksam) are never in these lists: a firm letter needs them.
import type { LanguageRules } from './types.js';

/** One word of a sentence. */
const W = "[a-zà-ÿß][a-zà-ÿß'’-]*";
/** What a group of people can be called a pack of: "eine Bande von Dieben", "Haufen Versager". */
const PACK = '(?:Haufen|Bande|Truppe|Horde|Verein|Sauhaufen)';
/** Praise said through the teeth: "super", "ganz toll". */
const PRAISE = '(?:super|toll|klasse|prima|spitze|großartig|genial|fantastisch|wunderbar|herrlich|bravo|ausgezeichnet)';
/** The same mishap once more: "schon wieder", "zum dritten Mal". */
const AGAIN = `(?:schon wieder|wieder einmal|wieder mal|wieder|erneut|zum (?:${W} )?Mal)`;
/** What anyone can do: asking whether the reader can is contempt. */
const SKILL = '(?:(?:richtig|vernünftig|Deutsch) )?(?:lesen|schreiben|rechnen|zählen)';
/** How much trouble: "noch jede Menge Ärger", "gewaltigen Ärger". */
const MORE = '(?:(?:noch|richtig|richtigen|gewaltig|gewaltigen|mächtig|mächtigen|großen|jede Menge|eine Menge|gehörig|gehörigen|ganz schön) )*';
/** Who could do anyone's job: said of the reader's work, contempt ("sogar ein Kind hätte das verstanden"). */
const SIMPLETON = '(?:Kind|Kleinkind|Affe|Schimpanse|Schulkind|Erstklässler|Grundschüler)';
/** Where a sentence or clause ends. */
const END = '(?=\\s*(?:[.!?,;…]|$))';

export const rules: LanguageRules = {
  language: 'de',
  words: [
    {
      rule: 'profanity',
      words: [
        'scheiß*', 'beschiss*', 'kacke*', 'arsch*', 'fick*', 'fotze*', 'wichser*', 'hure*', 'hurensohn*', 'verdammt*', 'mist', 'mistkerl*',
        'dreck', 'drecks*', 'dreckladen*', 'kotzen', 'pisser*', 'verpiss*', 'angepisst*', 'fuck*', 'shit',
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
        // Swiss and Austrian: "Tubel", "Gaggl".
        'tubel*', 'hirni*', 'gaggl*', 'erbärmlich*', 'armselig*', 'veräppel*', 'verschaukel*', 'vergackeier*', 'spatzenhirn*', 'erbsenhirn*', 'chaotenhaufen*', 'chaoten', 'blutsauger*', 'schmarotzer*',
      ],
      suggestion: 'die Mitarbeiter, mit denen ich gesprochen habe, konnten das Problem nicht lösen',
    },
    {
      rule: 'accusation',
      words: [
        // Not "betrügerisch": a "betrügerische E-Mail" with the business's logo is something to report to it.
        'betrüger', 'betrügerin', 'betrügerinnen', 'betrügerbande', 'betrügerfirma', 'betrügerladen', 'betrügerverein', '*betrüger',
        'abzock*', 'abgezockt', 'lügner*', '*lügner', 'lügen', 'lügt', 'lügst', 'gelogen', 'belogen', 'angelogen', 'lüge', 'lügerei',
        'anlüg*', 'anzulüg*', 'belügen', 'belügt', 'zu belügen',
        'dieb', 'diebe', 'dieben', 'diebesbande*', 'gauner*', 'verbrecher*', 'kriminelle', 'krimineller', 'kriminellen', 'halsabschneider*',
        'schwindler*', 'mafia*', 'ganove*', 'ganoven', 'beutelschneider*', 'nepp', 'nepper*',
      ],
      suggestion: 'ich habe für eine Leistung bezahlt, die ich nicht erhalten habe, und die Angaben, die man mir gemacht hat, waren nicht zutreffend',
    },
  ],
  patterns: [
    {
      rule: 'profanity',
      // "Leck mich" only opening a sentence: "das Leck" is a leak.
      patterns: ['(?<=^|[.!?]\\s{0,8})(?:leck|leckt|lecken Sie) mich', `(?:ihr könnt|Sie können|du kannst) mich (?:mal|kreuzweise)${END}`],
      suggestion: 'ich bin über diese Situation sehr verärgert',
    },
    {
      rule: 'insult',
      patterns: [
        `${PACK} (?:von )?(?:${W} )?(?:Versagern?|Idioten|Dilettanten|Dieben|Betrügern|Gaunern|Amateuren|Clowns|Affen|Chaoten|Stümpern|Trotteln|Deppen)`,
        `(?:ihr|Sie|du) (?:${W} )?(?:Affen|Witzfiguren|Schweine|Ratten|Pfeifen|Nieten|Amateure|Hampelmänner|Knalltüten)`,
        '(?:ihr seid|Sie sind|du bist) (?:(?:echt|doch|wirklich|ja|alle|nur|solche|totale|komplette|echte|absolute) ){0,3}(?:Affen|Witzfiguren|Schweine|Ratten|Pfeifen|Nieten|Amateure|Hampelmänner|Knalltüten|Stümper|Versager|Clowns|Dilettanten|Trottel)(?![a-zäöüß])',
        '(?:Stroh|Sägemehl|nichts|Watte) im (?:Kopf|Hirn|Schädel)',
        // "Ihr Chef ist ein Waschlappen." Not the hotel's washcloths ("es gab keine Waschlappen").
        `(?:ist|sind|bist|seid) (?:ein|eine|solche|echte|totale|richtige) (?:${W} )?(?:Waschlappen|Weichei|Weicheier|Schlappschwanz|Schlappschwänze|Niete|Nieten|Null|Nullen)${END}`,
        '(?:gehen|geht|gehst) (?:mir|uns) (?:(?:gewaltig|tierisch|echt|total|so|langsam|mächtig) )*auf den (?:Sack|Senkel|Keks|Zeiger|Wecker)',
        '(?:halt|haltet|halten Sie) (?:die|Ihre|eure|deine) (?:Klappe|Schnauze|Fresse|Maul)', "halt's Maul", 'Schnauze halten',
        `(?:sind|seid|ist|bist) (?:${W} )?faul`, 'faule[rn]? (?:Mitarbeiter|Bande|Säcke|Sack|Hund|Hunde|Truppe|Haufen)',
        'zu (?:blöd|dumm|doof)', 'der letzte Dreck',
        // Calling the reader mad: "Sie haben sie doch nicht mehr alle", not "Sie haben sie nicht alle geliefert".
        `(?:haben|habt|hast) (?:(?:sie|die|se|doch|wohl|ja|echt|wirklich|eigentlich) )*nicht mehr alle${END}`,
        'alle Tassen im Schrank', 'alle Latten am Zaun', 'einen an der Waffel', 'einen Sprung in der Schüssel',
        // "Ihr habt doch alle einen Knall." Not "der Motor hat einen Knall gemacht".
        `(?:habt|haben|hast) (?:(?:Sie|ihr|du|doch|wohl|ja|echt|alle|eigentlich|denn) )*(?:einen|'nen|nen) (?:Knall|Vogel|Dachschaden|Sockenschuss|Hau|Klaps)${END}`,
        `(?:Sie sind|ihr seid|du bist|(?:Ihr|Ihre|euer|eure) (?:${W} )?(?:ist|sind)) (?:(?:echt|wirklich|doch|ja|einfach|absolut|wohl) )*das (?:aller)?letzte${END}`,
        // Told where to put it: "Steckt euch euren Gutschein sonst wohin."
        `(?:steck|steckt|stecken Sie)(?: (?:euch|sich|dir|ihn|es|den|die|das|eure[nmrs]?|Ihre[nmrs]?|deine[nmrs]?|${W}))?(?: ${W}){0,3}? (?:sonst ?wohin|an den Hut|in den Arsch|wohin die Sonne nicht scheint)`,
        `(?:können|könnt|kannst) (?:Sie|ihr|du) (?:sich|euch|dir) (?:${W} ){0,3}?(?:sonst ?wohin|an den Hut|in den Arsch) stecken`,
        `(?:sind|seid|bist) (?:(?:Sie|ihr|du|doch|wohl|ja|echt) )*nicht (?:ganz |mehr )?(?:bei Trost|bei Sinnen|zurechnungsfähig)`,
        '(?:Sie|ihr|du) (?:spinnen|spinnt|spinnst) (?:doch|wohl|ja|total|komplett|völlig)', '(?:spinnen Sie|spinnt ihr|spinnst du)(?: (?:jetzt|eigentlich|komplett|total))*(?=\\s*[?!])',
        "bei (?:Ihnen|euch|dir) (?:piept|hakt)(?: es|['’]s)",
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
        `(?:zeige|zeigen|werde) (?:Sie|euch|dich|Ihre Firma|Ihr Unternehmen) (?:${W} ){0,3}?wegen (?:Betrugs?|Diebstahls?|Unterschlagung|Wuchers?)`, 'Strafanzeige gegen (?:Sie|euch|dich|Ihre|Ihren|Ihr)\\b', 'über den Tisch gezogen', 'das Handwerk (?:legen|gelegt)', '(?:Sie|ihr) betrügen', '(?:Sie|ihr) lügen',
      ],
      suggestion: 'ich habe für eine Leistung bezahlt, die ich nicht erhalten habe, und die Angaben, die man mir gemacht hat, waren nicht zutreffend',
    },
    {
      rule: 'threat',
      patterns: [
        '(?:mache|mach|machen|werde) (?:euch|Sie|dich|ihn|sie) (?:noch )?fertig', // "fertigmachen" in one word: apart, "fertig machen" is to finish ("sie bis Freitag fertig machen").
        `(?:werde|werden|mache|machen) (?:ich )?(?:Sie|euch|dich) (?:${W} ){0,4}?fertig(?:zu)?machen`, `(?:mache|mach|machen|werde) (?:ich )?(?:euch|Sie|dich) (?:überall|öffentlich|(?:in|im|auf|bei) (?:${W} ){0,2}?${W})(?: ${W})? fertig`, `(?:mache|machen|werde) (?:euch|Sie|dich) (?:${W} ){0,3}?(?:so|richtig|völlig|komplett) fertig`, '(?:werdet|werden|wirst) (?:(?:Sie|ihr|du|das|es|mir|noch|bitter|schwer|alle|schon|dafür) ){1,4}bereuen', '(?:das|es) (?:wird|werden) (?:Ihnen|euch|dir) noch (?:bitter |sehr )?leid\\s?tun', '(?:das|dafür) (?:werden|werdet|wirst) (?:Sie|ihr|du) (?:mir )?(?:noch )?(?:bitter )?büßen', 'das wird (?:für Sie |für euch )?(?:noch )?Konsequenzen haben', '(?:wird|kommt|werden) (?:Sie|euch|dich) (?:noch )?(?:sehr )?teuer zu stehen',
        // Consequences, unsaid: "... und das wird Ihnen nicht gefallen."
        'das wird (?:Ihnen|euch|dir) (?:gar )?nicht gefallen(?=\\s*(?:[.!…]|$))',
        "(?:dann )?knallt(?: es|['’]s)", '(?:können|könnt|kannst) (?:Sie|ihr|du) (?:was|etwas) erleben', 'ich weiß, wo (?:Sie|ihr|Ihr|Ihre|du|er|sie)',
        `(?:Ihren|euren|Ihre|eure|deinen|Ihr|euer) (?:${W} ){0,3}?(?:zerstören|ruinieren|plattmachen|kaputtmachen|fertigmachen)`,
        `dafür sorgen, dass (?:${W} ){0,4}?(?:dichtmachen|pleite|zumachen|schließen muss|ruiniert)`,
        '(?:eins|was) auf die (?:Fresse|Nase|Mütze)', 'Namen durch den (?:Dreck|Schmutz|Kakao)', '(?:Fresse|Maul) polieren', '(?:Sie|ihr) werdet schon sehen', 'Sie werden schon sehen',
        // What will happen, left unsaid: "Sie werden sehen, was passiert." Not "... was passiert ist".
        '(?:Sie werden|ihr werdet|du wirst|dann sehen Sie|dann seht ihr|dann siehst du) (?:(?:schon|noch|dann|gleich|ja) )*sehen,? was (?:dann |hier )?(?:passiert|geschieht|passieren wird)(?! ist| war)',
        `(?:Sie|euch|dich|ihn|die) (?:${W} ){0,2}?(?:büßen|bluten) lassen`,
        'pass(?:t|en Sie)? bloß auf',
        // Warning the reader of unnamed consequences: "Ich warne Sie, das hat Konsequenzen." Not a warning of a danger ("Ich warne Sie vor dem Netzteil").
        'ich warne (?:Sie|euch|dich)(?! (?:(?:ausdrücklich|eindringlich|hiermit) )?(?:vor|davor))', `(?:Sie sind|ihr seid|seien Sie|seid) (?:hiermit )?gewarnt${END}`,
        `(?:das|dies|es) (?:hat|wird|haben) (?:(?:für Sie|für euch|noch|ernste|ernsthafte|böse|üble|gewaltige|massive|schwere) )*(?:Konsequenzen|Folgen)(?: haben)?(?=\\s*(?:[.!;…]|$))`,
        '(?:das|dies|es) (?:bleibt|wird) nicht ohne (?:Folgen|Konsequenzen)(?! für (?:mich|uns|die|den|das|meine|meinen|unsere))',
        // Trouble announced, and friends in high places: "Sie werden Ärger bekommen", "Ich kenne Leute beim Ordnungsamt".
        `(?:Sie|ihr|du) (?:werden|werdet|wirst) ${MORE}(?:Ärger|Probleme|Stress) (?:bekommen|kriegen)`,
        `(?:Sie|ihr|du) (?:werden|werdet|wirst) ${MORE}Ärger haben`,
        `(?:bekommen|kriegen|kriegt) (?:Sie|ihr|du) ${MORE}Ärger`,
        `(?:das|dann) gibt(?: es|['’]s)? ${MORE}Ärger(?! (?:mit|für|bei) (?!(?:mir|uns)(?![a-zäöüß])))`,
        `(?:ich kenne|wir kennen) (?:(?:da|dort|ein paar|einige|genug|gewisse|die richtigen|wichtige|einflussreiche) )*Leute (?:bei|beim|im|in|vom|von|auf) (?:(?:der|dem|den|die|das) )?${W}`,
        `(?:ich habe|ich hab|wir haben) (?:(?:gute|beste|einflussreiche|da|so|meine) )*(?:Kontakte|Beziehungen) (?:zu|zum|zur|bei|beim|im|in die|ins) ${W}`,
        // Making the reader's life hell: "Ich werde Ihnen das Leben zur Hölle machen". Not the writer's own ("hat mir das Leben schwer gemacht").
        '(?:Ihnen|euch|dir) (?:(?:noch|so|richtig|ab jetzt|ab sofort) )*(?:das Leben|den Alltag) (?:(?:so|richtig|noch) )*(?:zur Hölle|zum Albtraum|zum Alptraum|zur Qual)',
        '(?:Ihnen|euch|dir) (?:(?:noch|so|richtig|ab jetzt|ab sofort) )*(?:das Leben|den Alltag) (?:(?:so|richtig|noch) )*(?:schwer|sauer|unerträglich) (?:machen|gestalten)',
      ],
      suggestion: 'sollte das Problem bis dahin nicht gelöst sein, werde ich die Schlichtungsstelle anrufen',
    },
    {
      rule: 'wish-harm',
      patterns: [
        `(?:hoffe|wünsche|hoffentlich)(?:,)?(?: ${W},?){0,8}? (?:pleite|bankrott|insolvent|weglaufen|zugrunde|krepier\\w*|verreck\\w*|dichtmachen|(?:seinen|ihren|euren|Ihren|den) Job|gefeuert|rausgeworfen|rausgeschmissen|rausfliegen|Insolvenz|Konkurs)`,
        '(?:wünsche|wünschen) (?:${W} ){1,4}?(?:an den Hals|die Pest|die Krätze)',
        '(?:bekommen|kriegen|kriegt|bekommt),? was (?:Sie|ihr|er|sie|die) (?:verdienen|verdient)',
        '(?:fahrt|fahren Sie|fahr) zur Hölle', 'zur Hölle mit', 'verreckt', 'krepiert',
      ],
      suggestion: 'ich wünsche mir vor allem, dass das Problem schnell gelöst wird',
    },
    {
      rule: 'sarcasm',
      patterns: [
        'danke für nichts', '(?:toll|super|großartig|klasse|prima) gemacht', 'na (?:super|toll|prima|klasse|bravo)',
        '(?:wirklich |echt |ganz )?(?:großartige|tolle|hervorragende|super|reife|starke) Leistung', '(?:herzlichen )?(?:Glückwunsch|Gratulation)(?=\\s*[.!,]|$)',
        '(?:ganz )?schlauer Kopf', '(?:ist|sind|war) (?:doch |ja |echt |wirklich )*ein (?:(?:schlechter|einziger|reiner|absoluter|totaler|großer|schlechter) )?Witz',
        '(?:den )?Schuss nicht gehört',
        '(?:wer|wo) hat (?:Ihnen|euch|dir|Ihren (?:Leuten|Mitarbeitern)) (?:(?:eigentlich|denn|überhaupt) )*(?:das )?(?:Lesen|Schreiben|Rechnen|Zuhören) beigebracht',
        'schämen Sie sich', 'schämt euch', '(?:solltet|sollten|sollte) (?:euch|sich|dich) schämen',
        `wie kann man nur so (?:${W} )?(?:inkompetent|dumm|blöd|unfähig|dämlich) sein`,
        // Mock praise for a mishap: "Super, schon wieder ein Termin abgesagt", "... erneut storniert, ganz toll", "danke auch".
        `${PRAISE}\\s*[,!] (?:(?:jetzt|dann|da|und) )?${AGAIN}`,
        `${AGAIN}[^.!?\\n]{1,80}?, (?:(?:ganz|echt|wirklich|einfach|wie) )?${PRAISE}(?=\\s*(?:[.!…]|$))`,
        '(?:vielen |herzlichen |besten )?Dank(?:e)? auch(?=\\s*(?:[.!…]|$))',
        // Asking whether the reader can read: "Können Sie überhaupt lesen?" Not "Können Sie bitte lesen, was ich schrieb".
        `(?:können|könnt|kannst) (?:Sie|ihr|du) (?:(?:denn|eigentlich|etwa|auch) )?überhaupt ${SKILL}`,
        `(?:können|könnt|kannst) (?:Sie|ihr|du) (?:(?:denn|eigentlich|etwa) )?nicht ${SKILL}(?=\\s*[?!]| oder)`,
        'ist (?:das|es) (?:(?:wirklich|denn|echt|etwa|so) )*zu viel verlangt',
        '(?:kaufen Sie sich|kauft euch|kauf dir|besorgen Sie sich|besorgt euch) (?:mal )?ein (?:Hirn|Gehirn)',
        '(?:welche|was für eine|so eine) Überraschung(?=\\s*(?:[.!…]|$))', '(?:machen|tun) (?:Sie|ihr) das (?:(?:etwa|eigentlich|denn) )?(?:absichtlich|mit Absicht|extra)',
        // The lowest rating called too high: "Null Sterne wären noch großzügig."
        '(?:null|0|ein|einen|1|einen einzigen|einen halben|halben) Sterne?n?,? (?:(?:wären|wäre|ist|sind|noch|schon|zu|viel|immer|eigentlich|echt) ){1,4}(?:großzügig|geschmeichelt|zu viel|zu gut)',
        // Mock praise for what went wrong: "Super Service, drei Wochen keine Antwort, echt toll."
        `${PRAISE}(?:e|er|es)? (?:Service|Kundenservice|Kundendienst|Leistung|Arbeit|Support|Firma|Laden)\\s*[,!] (?:${W} ){0,4}?(?:keine|keinen|kein|nicht|nie|niemand|nichts)(?![a-zäöüß])`,
        `(?:keine|keinen|kein|nicht|nie|niemand|nichts) (?!Problem)[^.!?\\n]{1,60}?, (?:(?:echt|ganz|wirklich|einfach|sehr) )${PRAISE}(?=\\s*(?:[.!…]|$))`,
        // Orders that talk down to the reader: "Machen Sie einmal Ihren Job." Not "Sie machen Ihren Job gut".
        '(?<=^|[.!?,;:]\\s{0,3})(?:(?:jetzt|dann|also|bitte|und) )?(?:machen|tun|erledigen) Sie (?:(?:endlich|einfach|mal|einmal|gefälligst|doch|bitte|jetzt|auch|nur|wenigstens) )*(?:Ihren|Ihre) (?:Job|Arbeit)',
        '(?<=^|[.!?,;:]\\s{0,3})(?:(?:jetzt|dann|also|und) )?(?:mach|macht|erledigt) (?:(?:endlich|einfach|mal|einmal|gefälligst|doch|jetzt|nur|wenigstens) )*(?:deinen|euren|deine|eure) (?:Job|Arbeit)',
        // "Wie können Sie nachts schlafen?" Not "wie kann man bei dem Lärm schlafen".
        'wie (?:können|könnt|kannst) (?:Sie|ihr|du) (?:(?:nachts|noch|eigentlich|überhaupt|denn|da|so|bloß|nur|ruhig) )*(?:schlafen|in den Spiegel (?:schauen|sehen|blicken))',
        // Anyone could do the reader's job: "Das hätte sogar ein Kind verstanden."
        `(?:sogar|selbst) (?:ein|mein|jedes) (?:${W} )?${SIMPLETON}(?: ${W})? (?:hätte|könnte|würde|kann|versteht|weiß|verstünde|schafft|kapiert)`,
        `(?:hätte|könnte|würde|kann) (?:(?:das|es|dies) )?(?:sogar|selbst) (?:ein|mein|jedes) (?:${W} )?${SIMPLETON}`,
        `(?:ein|jeder|jedes) (?:${W} )?${SIMPLETON} (?:hätte|könnte|würde) (?:(?:das|es|den Job|Ihren Job|Ihre Arbeit) )?(?:besser|schneller)`,
        // Contempt for the reader as a kind of person: "Leute wie Sie".
        '(?:Leute|Menschen|Typen|Gestalten) wie (?:Sie|euch|ihr|dich|du)(?![a-zäöüß])', '(?:Ihres|eures|deines)gleichen',
        '(?<=^|[.!?,;:]\\s{0,3})(?:(?:dann|also|und) )?(?:lernen Sie|lernt|lern) (?:(?:erst|erstmal|erst mal|mal|doch|endlich|gefälligst|zuerst) )*(?:richtig )?(?:lesen|schreiben|rechnen|zuhören)',
        '(?:fürs|für das|für) Nichtstun bezahlt', 'bezahlt,? (?:um )?nichts zu tun',
        'was ist (?:(?:eigentlich|denn|bloß|nur) )*(?:Ihr|euer|dein) Problem(?=\\s*\\?)',
        '(?:faule|faulen|billige|billigen|lahme|lahmen|dumme|dummen) Ausreden',
        `(?:Sie|ihr|du) (?:können|könnt|kannst) (?:(?:wohl|anscheinend|offenbar|offensichtlich|scheinbar|nicht einmal|nicht mal) )+(?:nicht )?${SKILL}`,
        `(?:kann|können) (?:bei Ihnen|bei euch|dort|da) (?:denn )?(?:niemand|keiner) ${SKILL}`,
        '(?:Lesen|Rechnen|Zuhören) (?:ist|war) (?:wohl|offenbar|anscheinend) nicht (?:Ihre|eure|deine) Stärke',
      ],
      suggestion: 'ich bedauere, dass das Problem noch immer nicht gelöst ist',
    },
    {
      // Indignation ("Das ist eine Frechheit!") is a verdict on the reader, as "Disgraceful." is in English: not sarcasm.
      rule: 'insult',
      patterns: ['(?:eine|was für eine|so eine|bodenlose) (?:Frechheit|Unverschämtheit|Schande)'],
      suggestion: 'ich halte dieses Vorgehen für nicht hinnehmbar',
    },
  ],
  allowed: [
    // A theft reported to the police, or a bank looking into fraud, is a fact, not an accusation.
    '(?:Diebstahl|Betrug)(?:s)? (?:bei der Polizei|angezeigt|gemeldet)', 'Betrugsverdacht\\w*',
    // "idiotensicher" is foolproof; the English "deep" (a "Deep-Learning-Kurs", "deep cleaning") is no "Depp".
    'idiotensicher\\w*', 'deep(?:-[\\wäöüß]+)*',
    // What someone called the writer is a fact of the complaint, not the writer's accusation:
    // "der Filialleiter hat mich einen Lügner genannt", "mir wurde vorgeworfen, ich hätte gelogen".
    `(?:hat|haben|hatte|hatten) (?:mich|uns) (?:${W} ){0,3}(?:genannt|bezeichnet|beschimpft|hingestellt)`,
    `(?:ich wurde|wir wurden|wurde ich|wurden wir) (?:${W} ){0,3}(?:genannt|bezeichnet|beschimpft|hingestellt)`,
    `(?:mir|uns) (?:${W} ){0,2}(?:vorgeworfen|unterstellt),? (?:ich|wir|dass ich|dass wir) (?:${W} ){0,3}${W}`,
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
