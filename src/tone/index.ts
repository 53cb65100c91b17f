// The tone guard: notices an insult before the business does, and a letter too
// timid to get results.
//
//   kindness (errors):  profanity, insult, accusation, threat, shouting,
//                       exclamation, sarcasm, wish-harm
//   firmness (warnings, with { letter: true }): no-request, no-amount,
//                       no-deadline, no-reference, hedging
//
// Everything is compiled once, on first use (about 30 ms), and large patterns
// only when the words they need appear; after that a 3 KB letter takes about 1.5 ms.
import { findFirmness, letterBody, looksLikeLetter } from './firmness.js';
import { findPatterns } from './kindness.js';
import { findProfanity } from './profanity.js';
import { findExclamation, findShouting } from './shouting.js';
import { Positions } from './text.js';
import type { Finding, RawFinding } from './types.js';

export type { Finding, Severity } from './types.js';
export { looksLikeLetter };

export interface CheckToneOptions {
  /** Also run the firmness rules (request, amount, deadline, reference, hedging). */
  letter?: boolean;
}

/** Findings for `text`, sorted by line and column. */
export function checkTone(text: string, options: CheckToneOptions = {}): Finding[] {
  const raw: RawFinding[] = [];
  findProfanity(text, raw);
  findPatterns(text, raw);
  const body = letterBody(text);
  findShouting(text, raw, body.from, body.to);
  findExclamation(text, raw);
  if (options.letter) findFirmness(text, raw);
  return toFindings(text, dedupe(raw));
}

/** One finding per place and rule: a match inside a longer one of the same rule is dropped. */
function dedupe(raw: RawFinding[]): RawFinding[] {
  raw.sort((a, b) => a.start - b.start || b.end - a.end || a.rule.localeCompare(b.rule));
  const kept: RawFinding[] = [];
  const lastEnd = new Map<string, number>();
  for (const finding of raw) {
    const end = lastEnd.get(finding.rule);
    if (end !== undefined && finding.start < end) continue;
    kept.push(finding);
    lastEnd.set(finding.rule, Math.max(end ?? 0, finding.end));
  }
  return kept;
}

function toFindings(text: string, raw: RawFinding[]): Finding[] {
  const positions = new Positions(text);
  return raw.map((r) => {
    const { line, column } = positions.at(r.start);
    const finding: Finding = { rule: r.rule, severity: r.severity, line, column, text: text.slice(r.start, r.end), message: r.message };
    if (r.suggestion !== undefined) finding.suggestion = r.suggestion;
    return finding;
  });
}
