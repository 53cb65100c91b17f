// What the question flow needs from a front end. The flow never talks to a terminal
// library itself: the terminal front end (inquirer-prompter.ts, the only module that
// imports @inquirer) implements this, and tests drive the flow with a scripted one.

import { t } from './i18n.js';
export interface TextQuestion {
  message: string;
  /** Taken when the person just presses Enter; shown in brackets. */
  default?: string;
  /** The answer starts as this text, ready to edit (used when changing an earlier answer). */
  initial?: string;
  /** An optional question accepts an empty answer (or Esc), which skips it. */
  optional?: boolean;
  /** Checks a non-empty, trimmed answer; returns a friendly message when it will not do. */
  validate?: (value: string) => string | undefined;
}

export interface Choice<T> {
  value: T;
  name: string;
  description?: string;
}

export interface SelectQuestion<T> {
  message: string;
  choices: readonly Choice<T>[];
  default?: T;
}

export interface CheckboxQuestion<T> {
  message: string;
  choices: readonly (Choice<T> & { checked?: boolean })[];
}

export interface ConfirmQuestion {
  message: string;
  default?: boolean;
}

export interface Prompter {
  /** Resolves to the trimmed answer; '' means skipped (optional questions only). */
  text(question: TextQuestion): Promise<string>;
  confirm(question: ConfirmQuestion): Promise<boolean>;
  select<T>(question: SelectQuestion<T>): Promise<T>;
  checkbox<T>(question: CheckboxQuestion<T>): Promise<T[]>;
  /** Shows text to the person (already made safe for the terminal). */
  say(text: string): void;
}

/** The person pressed Ctrl-C (or closed the input): stop at once. */
export class Interrupted extends Error {
  constructor() {
    super('Stopped by the user');
    this.name = 'Interrupted';
  }
}

/** The check every text answer goes through, shared by all front ends. */
export function checkAnswer(question: TextQuestion, raw: string): string | true {
  const value = raw.trim();
  if (value === '') return question.optional ? true : t('check.required');
  return question.validate?.(value) ?? true;
}
