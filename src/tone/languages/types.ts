// The shape of a language's tone rules. The rules themselves are data (fr.ts, de.ts, es.ts),
// so a person who speaks the language can extend them without reading the engine.
import type { KindnessRule } from '../types.js';

/** Languages with tone rules of their own; English keeps the rules of src/tone/. */
export type ToneLanguage = 'fr' | 'de' | 'es';

/** Rules a language states in words (shouting and exclamation marks are found alike in every language). */
export type WordRule = Exclude<KindnessRule, 'shouting' | 'exclamation'>;

export interface WordFamily {
  rule: WordRule;
  /**
   * Words that are unkind wherever they stand, matched even when disguised (c0nnard,
   * B e t r ü g e r, m*rde, abruuuti): written in lower case; accents, repeated letters and
   * look-alike digits do not matter. A trailing `*` lets the word go on ("arnaqu*":
   * arnaque, arnaqueurs, arnaqué).
   */
  words: readonly string[];
  /** A calmer wording, in the letter's language. */
  suggestion: string;
}

export interface PatternFamily {
  rule: WordRule;
  /**
   * Readable patterns (src/tone/text.ts: a space matches any whitespace, ' matches ’ too),
   * matched as whole words whatever the case and whatever the accents ("êtes" finds "etes").
   */
  patterns: readonly string[];
  /** A calmer wording, in the letter's language. */
  suggestion: string;
}

export interface LanguageRules {
  language: ToneLanguage;
  words: readonly WordFamily[];
  patterns: readonly PatternFamily[];
  /**
   * Stretches never reported, though a word of them is in a list: lawful next steps and
   * plain words of complaint ("plainte pour vol", "Betrugsverdacht").
   */
  allowed: readonly string[];
  /**
   * Plain words of this language that the English swear-word list, also run (English curses
   * are borrowed everywhere), would take for English ones: "retard" (a delay), "dick" (thick).
   * Written as in `words`.
   */
  notEnglishSwearing: readonly string[];
  shouting: {
    /** Abbreviations written in capitals that are not shouting (TVA, SAV, GmbH, OCU). */
    acronyms: readonly string[];
    /** Single words that are shouting even alone (JAMAIS, SOFORT, YA). */
    emphasis: readonly string[];
  };
  /** Where a letter's body starts (after the greeting) and ends (at the closing), as readable patterns. */
  letter: { greeting: string; closing: string };
}
