// What the command line says (never the letter) about a letter's language: answers that
// look English in a letter in another language, and rights written in another language.
import type { ResolvedCase } from '../../case/resolve.js';
import { catalogue } from './index.js';
import { LANGUAGE_NAMES, looksEnglish, type Language } from './names.js';
import { typedInSmallLetters, unaccentedWords } from './answers.js';

/** The person's own answers, by where they are in the case file. */
function answers(c: ResolvedCase): [string, string][] {
  const found: [string, string][] = [
    ['purchase.item', c.purchase.item],
    ['story.circumstances', c.story.circumstances],
    ...c.story.expectations.map((text, i): [string, string] => [c.story.expectations.length > 1 ? `story.expectations[${i}]` : 'story.expectations', text]),
    ...c.story.outcome.map((text, i): [string, string] => [c.story.outcome.length > 1 ? `story.outcome[${i}]` : 'story.outcome', text]),
  ];
  if (c.story.impact) found.push(['story.impact', c.story.impact]);
  if (c.request.correction) found.push(['request.correction', c.request.correction]);
  if (c.request.reason) found.push(['request.reason', c.request.reason]);
  c.contacts.forEach((contact, i) => contact.result && found.push([`contacts[${i}].result`, contact.result]));
  c.evidence.forEach((text, i) => found.push([`evidence[${i}]`, text]));
  return found;
}

export function languageNotes(c: ResolvedCase): string[] {
  const notes: string[] = [];
  const language = c.letter.language ?? 'en';
  if (language !== 'en') {
    const english = answers(c).filter(([, text]) => looksEnglish(text)).map(([where]) => where);
    if (english.length > 0) {
      const name = LANGUAGE_NAMES[language];
      notes.push(
        `This letter is in ${name}, but some of your answers look English (${english.join(', ')}). They are kept as you wrote them, so the letter mixes languages. Write them in ${name}, or write the whole letter in English with --language en.`,
      );
    }
  }
  // German writes every noun with a capital: answers typed all in small letters cannot be set right by rule.
  if (language === 'de') {
    const small = answers(c)
      .filter(([, text]) => !looksEnglish(text) && typedInSmallLetters(text))
      .map(([where]) => where);
    if (small.length > 0) {
      notes.push(
        `Some of your answers are typed in small letters (${small.join(', ')}). German writes nouns with a capital ("die Fliesen im Bad"), and the letter keeps your words as you typed them (it only starts each sentence with a capital): correct them in the case file before you send it.`,
      );
    }
  }
  // French and Spanish words typed without their accents are kept so: the letter cannot put back every one.
  if (language === 'fr' || language === 'es') {
    const found = answers(c)
      .filter(([, text]) => !looksEnglish(text))
      .map(([where, text]): [string, string[]] => [where, unaccentedWords(text, language)])
      .filter(([, words]) => words.length > 0);
    if (found.length > 0) {
      const examples = [...new Set(found.flatMap(([, words]) => words))].slice(0, 4).map((word) => `"${word}"`).join(', ');
      notes.push(
        `Some of your answers have words typed without their accents (${found.map(([where]) => where).join(', ')}: ${examples}). The letter keeps your words as you typed them: add the accents in the case file before you send it.`,
      );
    }
  }
  // Money asked back "for the costs of…" may be costs the problem caused (heaters bought while the
  // boiler was down): those are compensation, not money back of what was paid, and only the writer knows which.
  const remedy = c.request.remedy;
  if (c.request.reason && c.request.amount !== undefined && (remedy === 'refund' || remedy === 'either' || remedy === 'partial-refund') && namesCosts(c.request.reason, language)) {
    notes.push(
      `Your request.reason names costs ("${c.request.reason.trim()}"). If they are costs the problem caused you rather than part of what you paid, list them under request.costs (what and amount for each) and remove request.amount, with remedy correction to ask for the repair too, or compensation for the costs alone: the letter then asks for them as costs to be made good, with their parts and total, not as money back of the price.`,
    );
  }
  if (c.rightsLanguage !== undefined) {
    notes.push(
      `The letter cites none of your country's rights: redress has them in ${LANGUAGE_NAMES[c.rightsLanguage]} only, and this letter is in ${LANGUAGE_NAMES[language]}. To cite them, write the letter in ${LANGUAGE_NAMES[c.rightsLanguage]} (--language ${c.rightsLanguage}).`,
    );
  }
  // How the country's final letter is best sent, so its arrival can be proved (the catalogue's words, said in English).
  const sending = language !== 'en' && c.letter.stage === 'final' ? catalogue(language)['note.finalSending'] : undefined;
  if (sending) notes.push(sending);
  return notes;
}

const costsStart = new Map<string, RegExp>();

/** Whether a reason starts with a word for costs, after at most one small word ("the cost of…", "die Kosten für…", "les frais de…"). */
function namesCosts(reason: string, language: Language): boolean {
  let found = costsStart.get(language);
  if (!found) {
    const nouns = language === 'en' ? 'cost|costs|expenses|extra costs' : (catalogue(language)['request.costsNouns'] ?? '');
    if (!nouns) return false;
    // Latin letters, not a Unicode class: an expression with \p{L} that ignores case takes most of a millisecond to make, and an English letter with a reason makes it.
    costsStart.set(language, (found = new RegExp(`^(?:[A-Za-z\\u00C0-\\u024F]+\\s+)?(?:${nouns})(?![A-Za-z\\u00C0-\\u024F])`, 'i')));
  }
  return found.test(reason.trim());
}
