// The wizard's window on the tone check: only the kindness findings (insults, swearing,
// shouting...) on one free-text answer, each with its calmer wording.
import { checkTone } from '../tone/index.js';

export interface ToneNote {
  /** The words found, as typed. */
  text: string;
  /** What is wrong and what to do, in plain words. */
  message: string;
  /** A calmer way to say it. */
  suggestion?: string;
}

export function kindnessNotes(answer: string): ToneNote[] {
  let findings;
  try {
    findings = checkTone(answer);
  } catch {
    return []; // the tone check is a help, never a reason to stop
  }
  return findings
    .filter((finding) => finding.severity === 'error')
    .map((finding) => ({ text: finding.text, message: finding.message, ...(finding.suggestion !== undefined && { suggestion: finding.suggestion }) }));
}
