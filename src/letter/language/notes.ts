// What the command line says (never the letter) about a letter's language: answers that
// look English in a letter in another language, and rights written in another language.
import { clearlyIn, writtenIn, type ResolvedCase } from '../../case/resolve.js';
import { catalogue } from './index.js';
import { LANGUAGE_NAMES, looksEnglish, type Language } from './names.js';
import { typedInSmallLetters, unaccentedWords } from './answers.js';
import { reasonNamesCostsIn } from './phrases.js';
import { reasonNamesCosts } from '../english/money.js';

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
  // An English letter (the writer's country, or as asked) from answers written in another language.
  if (language === 'en') {
    const written = writtenIn(c);
    if (written !== undefined && written !== 'en' && clearlyIn(c, written)) {
      const name = LANGUAGE_NAMES[written];
      notes.push(`This letter is in English, but your answers look ${name}. They are kept as you wrote them, so the letter mixes languages. Write them in English, or write the whole letter in ${name} with --language ${written}.`);
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
  // Money asked back "for the costs of…" is asked for as costs the problem caused (heaters bought while
  // the boiler was down), not as money back of what was paid: only the writer knows which it is.
  const remedy = c.request.remedy;
  if (c.request.reason && c.request.amount !== undefined && (remedy === 'refund' || remedy === 'either' || remedy === 'partial-refund') && c.purchase.kind !== 'deposit' && namesCosts(c.request.reason, language)) {
    notes.push(
      `Your request.reason names costs ("${c.request.reason.trim()}"), so the letter asks for that amount as costs the problem caused you, not as money back of what you paid. If it is part of what you paid, say what it is for without calling it a cost (for example "for the two rooms not cleaned"). To show each cost with its amount, list them under request.costs (what and amount for each) and remove request.amount, with remedy correction to ask for the repair too, or compensation for the costs alone.`,
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

/** Whether the letter asks for the amount as costs the problem caused: the same rule the letter follows, in each language. */
function namesCosts(reason: string, language: Language): boolean {
  return language === 'en' ? reasonNamesCosts(reason) : reasonNamesCostsIn(reason, catalogue(language));
}
