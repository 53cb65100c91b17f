// Whether what the writer says happened is that what they paid for never came: the goods were
// never delivered, the crew never turned up, the course never took place. A case that does
// not name its problem (story.problem) is then taken to be about something not provided, so
// the letter does not cite the law on faulty goods or work, which is beside the point there;
// the writer is told, and can set story.problem. Only plain statements count, and never one
// about something else that did not come (a refund, a reply, a call back, a second visit).

import type { Language } from '../letter/language/names.js';

interface NeverCameWords {
  /** What never came: a negation, then a verb of arriving or taking place. */
  said: RegExp;
  /** Words `said` needs: a statement without them is not read with it (a long expression, slow to compile). */
  mayBeSaid?: RegExp;
  /** What the business called off ("the flight was cancelled"): read in the circumstances too (made when they speak of cancelling). */
  calledOff?: () => RegExp;
  /** A statement that starts with the business calling it off, its subject left out ("cancelled, rebooked…"). */
  bareCalledOff?: RegExp;
  /** Words for a thing a business calls off ("flight"), which what was bought may name ("return flights"). */
  itemCalledOff?: ReadonlySet<string>;
  /** Something else that did not come, which says nothing about what was paid for. */
  other: RegExp;
  /**
   * What was paid for came, and is faulty or badly done ("two doors were damaged on delivery",
   * "the boiler leaks"): a "nobody came" then speaks of a visit to put it right, not of the purchase.
   */
  came: RegExp;
}

/** What a business calls off, so that it never takes place (not a membership or contract, which the writer ends). */
const CALLED_OFF_EN = 'flight|course|class|event|concert|show|performance|tour|trip|holiday|cruise|booking|reservation|appointment|session|lesson|workshop|gig|festival|match|wedding|party|ceremony';

// Each language's expressions are made when a letter in that language first needs them:
// Unicode expressions that ignore case take milliseconds to make, and a letter needs one language.
const WORDS: Readonly<Record<Language, () => NeverCameWords>> = {
  en: () => ({
    mayBeSaid: /\b(?:never|not|nothing|no|nobody|still|moved|pushed|postponed|put back|rescheduled)\b|n['’]t\b|cancel|called off|scrapped/i,
    calledOff: () =>
      new RegExp(
        [
          String.raw`\b(?:${CALLED_OFF_EN})s?\s+(?:(?:was|were|has been|have been|had been|got|is|been)\s+)?(?:cancell?ed|called off|scrapped)\b`,
          String.raw`\b(?:they|you|the airline|the venue|the organi[sz]ers?|the hotel|the school)\s+(?:cancell?ed|called off)\s+(?:(?:my|our|the)\s+)?(?:${CALLED_OFF_EN})`,
        ].join('|'),
        'i',
      ),
    bareCalledOff: /^\s*(?:(?:was|were|got)\s+)?(?:cancell?ed|called off|scrapped)\b/i,
    itemCalledOff: new Set(CALLED_OFF_EN.split('|')),
    said: new RegExp(
      [
        // "never delivered", "nothing arrived", "nobody turned up", "hasn't arrived", "the crew didn't show up".
        String.raw`(?:\b(?:never|not|nothing|no|nobody|no one|not yet|still not)|n['’]t)\s+(?:(?:has|have|had|was|were)\s+)?(?:(?:been|yet|even|ever|actually|once|get)\s+)?(?:delivered|arrived|arrive|turned up|turn up|showed up|show up|shown up|came|come|provided|received|shipped|dispatched)\b`,
        // "the windows were never fitted", "nothing has been installed", "the work was not done": work that never began
        // (not "not fitted properly", "not done on time", which say how it was done).
        String.raw`(?:\b(?:never|not|nothing|not yet|still not)|n['’]t)\s+(?:(?:has|have|had|was|were)\s+)?(?:(?:been|yet|even|ever|actually)\s+)?(?:fitted|installed|done|carried out|built|laid|put in)\b(?!\s+(?:properly|correctly|right|well|safely|securely|fully|completely|level|straight|as|to|according|in line|the way|how)\b)`,
        // "delivery date moved 3 times", "delivery postponed again": at the letter's date, it has not come.
        String.raw`\b(?:delivery|fitting|installation|start)(?:\s+dates?)?\s+(?:(?:was|were|has been|have been|had been|got|keeps?\s+(?:getting|being)|kept\s+(?:getting|being))\s+)?(?:moved|pushed back|postponed|put back|rescheduled)\b`,
        // "still waiting for it", "still no sign of the sofa" (not "still waiting for a refund": see other).
        String.raw`\bstill\s+(?:waiting|no sign)\s+(?:for|of)\s+(?:it|them|delivery|(?:the|my|our)\s+[a-z]+)\b`,
        // "the course never took place", "the sessions didn't happen".
        String.raw`(?:\b(?:never|not)|n['’]t)\s+(?:(?:even|ever|actually)\s+)?(?:took place|take place|happened|happen|started|start|ran|run|held)\b`,
        // "the flight was cancelled", "course cancelled", "they cancelled the concert": called off by the business, not by the writer.
        String.raw`\b(?:${CALLED_OFF_EN})s?\s+(?:(?:was|were|has been|have been|had been|got|is|been)\s+)?(?:cancell?ed|called off|scrapped)\b`,
        String.raw`\b(?:they|you|the airline|the venue|the organi[sz]ers?|the hotel|the school)\s+(?:cancell?ed|called off)\s+(?:(?:my|our|the)\s+)?(?:${CALLED_OFF_EN})`,
      ].join('|'),
      'i',
    ),
    came: /\b(?:(?:finally|eventually)\s+(?:arrived|came|turned up|showed up|delivered)|arrived\s+(?:\w+\s+)?(?:days?|weeks?|months?)\s+late|damaged|broken|broke|cracked|cracks?|faulty|defective|scratch(?:ed|es)?|dent(?:ed|s)?|leak(?:s|ed|ing)?|stopped working|(?:does|did|do)(?:n['’]t| not) work|not working|badly (?:done|fitted|installed|made)|(?<!(?:\bnever|\bnot|\bnothing|n['’]t)\s+(?:(?:has|have|had)\s+)?(?:been\s+)?)(?:was|were|got|been)\s+(?:delivered|fitted|installed|done|completed|finished|carried out))\b/i,
    other: /\b(?:refund\w*|money|reply|replies|replied|response|respond\w*|answer\w*|call\w*|rang|back|email\w*|e-mail\w*|message\w*|letter|replacement|voucher|credit|compensation|apolog\w*|confirmation|receipt|invoice|quote|update|news|word|contact\w*|again|second|rest|remaining|part|parts|some|one of|two of|three of|until|till|on time|in time|late|hours?|minutes?|window|after|since)\b/i,
  }),
  fr: () => ({
    said: /\b(?:jamais|pas|rien|toujours pas)\s+(?:(?:été|encore|du tout)\s+)?(?:livr\p{L}*|arriv\p{L}*|venu\p{L}*|fourni\p{L}*|exp[ée]di\p{L}*|re[çc]u\p{L}*|eu lieu|commenc\p{L}*)|\b(?:non\s+livr\p{L}*|pas\s+de\s+livraison|aucune\s+livraison)|\b(?:vol|cours|concert|spectacle|séjour|voyage|réservation|événement)s?\s+(?:(?:a été|ont été|été|est|sont)\s+)?annul[ée]\p{L}*|\b(?:ont|avez|a)\s+annulé\s+(?:le|la|les|mon|ma|mes|notre|nos)\s+(?:vol|cours|concert|spectacle|séjour|voyage|réservation|événement)|\bannulation\s+(?:du|de\s+(?:mon|ma|notre|nos|mes))\s+(?:vol|cours|concert|spectacle|séjour|voyage|réservation|événement)|\b(?:livraison|pose|installation)(?:\s+et\s+(?:la\s+)?(?:livraison|pose|installation))?\s+(?:(?:a été|ont été|été|est|sont)\s+)?(?:(?:encore|de nouveau|à nouveau)\s+)?(?:repouss|report|décal)[ée]\p{L}*/iu,
    came: /\b(?:endommag\p{L}*|cass[ée]\p{L}*|abîm\p{L}*|d[ée]fectueu\p{L}*|fissur\p{L}*|ray[ée]\p{L}*|fuit\p{L}*|fuite\p{L}*|ne fonctionne (?:pas|plus)|en panne|mal (?:pos[ée]\p{L}*|install[ée]\p{L}*|fait\p{L}*)|(?<!\b(?:jamais|pas)\s+(?:été\s+)?)(?:a été|ont été|été)\s+(?:livr|install|pos)\p{L}*)/iu,
    other: /\b(?:rembours\p{L}*|argent|r[ée]ponse\p{L}*|r[ée]pondu|rappel\p{L}*|appel\p{L}*|courriel\p{L}*|mail\p{L}*|message\p{L}*|lettre|avoir|geste|d[ée]dommag\p{L}*|confirmation|facture|devis|nouvelles|retour|revenu\p{L}*|reste|partie|certain\p{L}*)\b/iu,
  }),
  de: () => ({
    said: /\b(?:nie|niemals|nicht|nichts|noch nicht|immer noch nicht|bis heute nicht|keine)\s+(?:\p{L}+\s+){0,3}?(?:geliefert|angekommen|gekommen|erschienen|aufgetaucht|stattgefunden|erbracht|versandt|verschickt|begonnen|erhalten|bekommen)\b|\b(?:flug|kurs|konzert|veranstaltung|reise)\p{L}{0,3}\s+(?:\p{L}+\s+){0,3}?(?:annulliert|gestrichen|abgesagt)\b|\b(?:annullierung|absage|streichung)\s+(?:des|der|meines|meiner|unseres|unserer)\s+(?:flug|kurs|konzert|veranstaltung|reise)|\b(?:liefer|montage|einbau)(?:termin|datum|ung)\p{L}{0,2}\s+(?:\p{L}+\s+){0,4}?(?:verschoben|verlegt)\b/iu,
    came: /\b(?:beschädigt\p{L}*|kaputt\p{L}*|defekt\p{L}*|gerissen|riss\p{L}*|zerkratzt\p{L}*|undicht|tropft|funktioniert (?:nicht|nicht mehr)|mangelhaft\p{L}*|schlecht (?:eingebaut|montiert|verlegt|gemacht))|(?<!\b(?:nie|nicht)\s+)(?:wurde|wurden)\s+(?:(?!nie\b|niemals\b|nicht\b)\p{L}+\s+){0,3}?(?:geliefert|eingebaut|montiert|installiert)\b/iu,
    other: /\b(?:\p{L}*erstatt\p{L}*|geld|antwort\p{L}*|geantwortet|rückruf\p{L}*|anruf\p{L}*|e-?mail\p{L}*|nachricht\p{L}*|brief|gutschrift|entschädigung|bestätigung|rechnung|angebot|wieder|zurück|rest\p{L}*|teil\p{L}*|einige\p{L}*)\b/iu,
  }),
  es: () => ({
    said: /\b(?:nunca|no|nada|todav[ií]a no|a[uú]n no|jam[aá]s)\s+(?:(?:se|me|nos|ha|han|había|habían|lo|la|los|las)\s+){0,3}(?:entreg\p{L}*|lleg\p{L}*|vino|vinieron|venido|apareci\p{L}*|present\p{L}*|prest\p{L}*|envi\p{L}*|recib\p{L}*|celebr\p{L}*|empez\p{L}*|comenz\p{L}*|realiz\p{L}*)|\b(?:vuelo|curso|concierto|evento|viaje)s?\s+(?:(?:fue|ha sido|han sido|fueron|se(?:\s+(?:ha|han|había|habían))?)\s+)?(?:cancel|anul)\p{L}*|\b(?:(?:me|nos)\s+)?(?:cancelaron|anularon|(?:han|habían)\s+(?:cancelado|anulado))\s+(?:el|la|los|las|mi|mis|nuestro|nuestra|nuestros|nuestras)\s+(?:vuelo|curso|concierto|evento|viaje)|\b(?:entrega|instalación|instalacion|montaje)\s+(?:(?:se\s+)?(?:ha|han)\s+(?:sido\s+)?|fue\s+|se\s+)?(?:aplaz|retras|pospu)\p{L}*|\b(?:aplaz|retras|pospus)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:la\s+)?(?:entrega|instalación|instalacion|montaje)\b/iu,
    came: /\b(?:dañad\p{L}*|rot[oa]s?|defectuos\p{L}*|grieta\p{L}*|agrietad\p{L}*|rayad\p{L}*|fuga\p{L}*|gotea\p{L}*|no funciona|mal (?:instalad|montad|hech)\p{L}*)|(?<!\b(?:nunca|no)\s+)(?:fue|fueron)\s+(?:entregad|instalad|montad)\p{L}*/iu,
    other: /\b(?:reembols\p{L}*|devoluci[oó]n|dinero|respuesta\p{L}*|respond\p{L}*|llamad\p{L}*|llam\p{L}*|correo\p{L}*|mensaje\p{L}*|carta|vale|compensaci[oó]n|indemnizaci[oó]n|confirmaci[oó]n|factura|presupuesto|noticias|volvi\p{L}*|resto|parte|algun\p{L}*)\b/iu,
  }),
};
const made = new Map<Language, NeverCameWords>();

/**
 * The first of the writer's statements that says what they paid for never came, if one does:
 * in what happened, or (a thing the business called off) in the circumstances. `item`: what
 * was bought, the subject of a statement that leaves it out ("cancelled, rebooked on 12 Aug").
 */
export function neverProvided(outcome: readonly string[], language: Language, item = '', circumstances = ''): string | undefined {
  let words = made.get(language);
  if (!words) made.set(language, (words = WORDS[language]()));
  const { bareCalledOff, itemCalledOff } = words;
  // Read only once a statement says something never came (most stories say nothing of the kind).
  const cameFaulty = () => words.came.test(circumstances) || outcome.some((text) => words.came.test(text));
  const namesCalledOff = (text: string) => itemCalledOff !== undefined && text.toLowerCase().split(/[^a-z]+/).some((word) => itemCalledOff.has(word) || itemCalledOff.has(word.replace(/s$/, '')));
  for (const text of outcome) {
    // Each part of a statement on its own: "nothing delivered, 3 dates missed".
    for (const part of parts(text)) {
      const said = (words.mayBeSaid?.test(part) ?? true) && (words.said.test(part) || (bareCalledOff?.test(part) && namesCalledOff(item)));
      if (said && !words.other.test(part)) return cameFaulty() ? undefined : part.trim();
    }
  }
  if (words.calledOff && CANCELLING.test(circumstances) && namesCalledOff(circumstances)) {
    const calledOff = (madeCalledOff ??= words.calledOff());
    for (const part of parts(circumstances)) if (calledOff.test(part) && !words.other.test(part)) return cameFaulty() ? undefined : part.trim();
  }
  return undefined;
}

/** Circumstances that speak of cancelling a thing a business calls off (most do not): only they are read for it. */
const CANCELLING = /cancel|called off|scrapped/i;
let madeCalledOff: RegExp | undefined;

const parts = (text: string) => text.split(/[.;!?]+|,\s+(?=\p{L})/u);
