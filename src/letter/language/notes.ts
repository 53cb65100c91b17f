// What the command line says (never the letter) about a letter's language: answers that
// look English in a letter in another language, and rights written in another language.
import type { ResolvedCase } from '../../case/resolve.js';
import { catalogue } from './index.js';
import { LANGUAGE_NAMES, looksEnglish } from './names.js';

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
        `Some of your answers are typed in small letters (${small.join(', ')}). German writes nouns with a capital ("die Fliesen im Bad"), and the letter keeps your words as you typed them: correct them in the case file before you send it.`,
      );
    }
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

/** Four words or more, none after the first with a capital, and a noun after its article in small letters: "fliesen im bad verlegen lassen". */
function typedInSmallLetters(text: string): boolean {
  const words = text.match(/\p{L}+/gu) ?? [];
  return words.length >= 4 && words.slice(1).every((word) => word === word.toLowerCase()) && ARTICLE_THEN_SMALL.test(text);
}

/** An article or a preposition joined with one, then a word in small letters: where German has a noun. */
const ARTICLE_THEN_SMALL = /(?:^|\s)(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|im|am|zum|zur|vom|beim|ins|meine|meinen|meinem|meiner|keine|keinen)\s+\p{Ll}/iu;
