import { UserError } from '../errors.js';
import { safeForTerminal } from '../io/terminal.js';
import { addDays, daysBetween, isCalendarDate, today } from './dates.js';
import { isKnownLocale, type Case, type Remedy, type Stage } from './schema.js';
import type { Problem } from './validate.js';

/** A Case with every default filled in: what templates see. */
export interface ResolvedCase {
  sender: Case['sender'];
  recipient: Case['recipient'];
  purchase: Case['purchase'] & { currency: string };
  story: { circumstances: string; expectations: string[]; outcome: string[]; impact?: string };
  contacts: NonNullable<Case['contacts']>;
  evidence: string[];
  card: NonNullable<Case['card']>;
  request: {
    remedy: Remedy;
    correction?: string;
    amount?: number;
    deadline: string;
    deadlineDays: number;
  };
  letter: { stage: Stage; date: string; previous: string[]; nextSteps: string[]; locale: string };
  custom: Record<string, unknown>;
}

/** Values chosen on the command line; whether they beat the case's own is the caller's choice. */
export interface LetterSettings {
  stage?: Stage;
  date?: string;
  locale?: string;
}

/** The command line's --stage, --date and --locale, checked. */
export function settingsFrom(options: { stage?: Stage; date?: string; locale?: string }): LetterSettings {
  if (options.date !== undefined && !isCalendarDate(options.date)) {
    throw new UserError(`--date must be a real date written as YYYY-MM-DD, for example 2026-11-16 (got ${JSON.stringify(safeForTerminal(options.date))}).`);
  }
  if (options.locale !== undefined && !isKnownLocale(options.locale)) {
    throw new UserError(`--locale ${JSON.stringify(safeForTerminal(options.locale))} is not a locale I know. Use one such as en-US, en-GB or de-DE.`);
  }
  return { stage: options.stage, date: options.date, locale: options.locale };
}

export const DEFAULT_DEADLINE_DAYS = 14;

/** Applies settings over (draft) or under (batch) the case's own `letter` values. */
export function withSettings(value: Case, settings: LetterSettings, mode: 'override' | 'default'): Case {
  const given = Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined));
  const letter = mode === 'override' ? { ...value.letter, ...given } : { ...given, ...value.letter };
  return { ...value, letter };
}

export function resolveCase(value: Case): { ok: true; value: ResolvedCase } | { ok: false; problems: Problem[] } {
  const date = value.letter?.date ?? today();
  const deadlineDays = value.request.deadlineDays ?? DEFAULT_DEADLINE_DAYS;
  const deadline = value.request.deadline ?? addDays(date, deadlineDays);
  const problems: Problem[] = [];
  if (deadline <= date) {
    problems.push({
      path: 'request.deadline',
      message: `(${deadline}) is not after the letter date (${date}); choose a later date, or use request.deadlineDays instead`,
    });
  }
  (value.letter?.previous ?? []).forEach((previous, index) => {
    if (previous > date) problems.push({ path: `letter.previous[${index}]`, message: `(${previous}) is after the letter date (${date})` });
  });
  if (problems.length > 0) return { ok: false, problems };
  const remedy = value.request.remedy;
  const amount = value.request.amount ?? (remedy === 'refund' || remedy === 'either' ? value.purchase.amount : undefined);
  const asList = (v: string | string[]) => (Array.isArray(v) ? v : [v]);
  return {
    ok: true,
    value: {
      sender: value.sender,
      recipient: value.recipient,
      purchase: { ...value.purchase, currency: value.purchase.currency ?? 'USD' },
      story: {
        circumstances: value.story.circumstances,
        expectations: asList(value.story.expectations),
        outcome: asList(value.story.outcome),
        ...(value.story.impact !== undefined && { impact: value.story.impact }),
      },
      contacts: value.contacts ?? [],
      evidence: value.evidence ?? [],
      card: value.card ?? {},
      request: {
        remedy,
        ...(value.request.correction !== undefined && { correction: value.request.correction }),
        ...(amount !== undefined && { amount }),
        deadline,
        deadlineDays: daysBetween(date, deadline),
      },
      letter: {
        stage: value.letter?.stage ?? 'first',
        date,
        previous: [...(value.letter?.previous ?? [])].sort(),
        nextSteps: value.letter?.nextSteps ?? [],
        locale: value.letter?.locale ?? 'en-US',
      },
      custom: value.custom ?? {},
    },
  };
}
