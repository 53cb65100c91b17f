// The wizard's window on the tone check: only the kindness findings (insults, swearing,
// shouting...) on one free-text answer, each with its calmer wording.
import { checkTone } from '../tone/index.js';
import { getAt, setAt, type CaseData } from './data.js';
import { wizardLanguage } from './i18n.js';

export interface ToneNote {
  /** The words found, as typed. */
  text: string;
  /** What is wrong and what to do, in plain words. */
  message: string;
  /** A calmer way to say it. */
  suggestion?: string;
}

/**
 * Starts loading the tone rules of the wizard's language (not English, which is built in),
 * without holding up the first question: the first answer checked comes several questions
 * later. Until they are there, answers are not checked.
 */
export function prepareTone(language: string): void {
  if (language === 'en') return;
  import('../tone/languages/index.js').then((rules) => rules.loadToneRules(language)).catch(() => {});
}

function findings(answer: string): ToneNote[] {
  let found;
  try {
    // The person answers in the language the wizard asks in: its rules, not English ones
    // (the French "retard" is a delay, not an insult).
    const language = wizardLanguage();
    found = checkTone(answer, language === 'en' ? {} : { language });
  } catch {
    return []; // the tone check is a help, never a reason to stop
  }
  return found
    .filter((finding) => finding.severity === 'error')
    .map((finding) => ({ text: finding.text, message: finding.message, ...(finding.suggestion !== undefined && { suggestion: finding.suggestion }) }));
}

export function kindnessNotes(answer: string): ToneNote[] {
  const notes = findings(answer);
  // Words inside another finding's words ("LIARS" in "You are LIARS") are covered by it.
  const kept = notes.filter((note) => !notes.some((other) => other !== note && other.text.length > note.text.length && other.text.includes(note.text) && other.suggestion));
  return kept.map((note) => {
    // "LIARS" -> "liars" is not calmer. When the lower-cased words are still unkind, offer
    // what the check says for those instead, or nothing.
    if (note.suggestion === undefined || note.suggestion.toLowerCase() !== note.text.toLowerCase()) return note;
    const still = findings(note.suggestion);
    if (still.length === 0) return note;
    const better = still.find((other) => other.suggestion !== undefined && other.suggestion.toLowerCase() !== other.text.toLowerCase());
    const { suggestion: _lowered, ...rest } = note;
    return better ? { ...rest, suggestion: better.suggestion } : rest;
  });
}

/** The free-text answers that go into the letter in the person's own words. */
const OWN_WORDS = ['story.circumstances', 'story.expectations', 'story.outcome', 'story.impact', 'request.correction', 'request.reason', 'letter.nextSteps'];

export interface KeptNote extends ToneNote {
  path: string;
}

/** Unkind words the person chose to keep, in every answer the letter quotes. */
export function keptNotes(data: CaseData): KeptNote[] {
  const out: KeptNote[] = [];
  for (const path of OWN_WORDS) {
    const value = getAt(data, path);
    const items = Array.isArray(value) ? value : [value];
    for (const item of items) if (typeof item === 'string') for (const note of kindnessNotes(item)) out.push({ ...note, path });
  }
  return out;
}

/** Puts each calmer wording in place of the words it is for; returns how many changed. */
export function useCalmerWording(data: CaseData, notes: KeptNote[]): number {
  let changed = 0;
  for (const note of notes) {
    if (note.suggestion === undefined) continue;
    const value = getAt(data, note.path);
    const swap = (text: string) => {
      if (!text.includes(note.text)) return text;
      changed++;
      return text.replace(note.text, note.suggestion!);
    };
    if (typeof value === 'string') setAt(data, note.path, swap(value));
    else if (Array.isArray(value)) setAt(data, note.path, value.map((item) => (typeof item === 'string' ? swap(item) : item)));
  }
  return changed;
}
