// A Prompter that answers from a script, for unit tests of the question flow.
// Each entry names (part of) the question it expects, so a test fails clearly when the
// flow asks something else. Text answers behave like the terminal: an empty answer takes
// the default (or the answer being changed); validation runs on every answer.
import { checkAnswer, Interrupted, type CheckboxQuestion, type ConfirmQuestion, type Prompter, type SelectQuestion, type TextQuestion } from '../../src/wizard/prompter.js';

/** Esc: skips an optional question (keeps the answer being changed). */
export const ESC = Symbol('Esc');
/** Ctrl-C. */
export const STOP = Symbol('Ctrl-C');
/** Backspace on the empty line, then Enter: an empty answer even when there is a default. */
export const CLEAR = Symbol('clear');

export type Answer = string | boolean | unknown[] | typeof ESC | typeof STOP | typeof CLEAR | { tries: string[] } | { value: unknown };
export type Entry = [match: string | RegExp, answer: Answer];

export interface Asked {
  kind: 'text' | 'confirm' | 'select' | 'checkbox';
  message: string;
  question: TextQuestion | ConfirmQuestion | SelectQuestion<unknown> | CheckboxQuestion<unknown>;
}

export interface ScriptedPrompter extends Prompter {
  /** Everything shown with say(), in order. */
  said: string[];
  /** Every question asked, in order. */
  asked: Asked[];
  /** Validation messages shown for rejected answers. */
  errors: string[];
  /** Entries not used yet. */
  remaining(): Entry[];
}

function matches(match: string | RegExp, message: string): boolean {
  return typeof match === 'string' ? message.includes(match) : match.test(message);
}

export function scripted(entries: Entry[]): ScriptedPrompter {
  const queue = [...entries];
  const said: string[] = [];
  const asked: Asked[] = [];
  const errors: string[] = [];

  const next = (kind: Asked['kind'], question: Asked['question']): Answer => {
    asked.push({ kind, message: question.message, question });
    const entry = queue.shift();
    if (!entry) throw new Error(`The script ran out at ${kind} question: ${JSON.stringify(question.message)}`);
    const [match, answer] = entry;
    if (!matches(match, question.message)) {
      throw new Error(`Expected a question matching ${String(match)}, but the ${kind} question was: ${JSON.stringify(question.message)}`);
    }
    if (answer === STOP) throw new Interrupted();
    return answer;
  };

  const textAnswer = (question: TextQuestion, raw: string | typeof CLEAR): string => {
    const value = raw === CLEAR ? '' : raw === '' ? (question.initial ?? question.default ?? '') : raw;
    const verdict = checkAnswer(question, value);
    if (verdict !== true) {
      errors.push(verdict);
      throw new Error(`The answer ${JSON.stringify(value)} to ${JSON.stringify(question.message)} was rejected: ${verdict}`);
    }
    return value.trim();
  };

  return {
    said,
    asked,
    errors,
    remaining: () => [...queue],
    async text(question) {
      const answer = next('text', question);
      if (answer === ESC) {
        if (!question.optional) throw new Error(`Esc does nothing at the required question ${JSON.stringify(question.message)}`);
        return question.initial ?? '';
      }
      if (typeof answer === 'object' && answer !== null && 'tries' in answer) {
        const tries = [...answer.tries];
        const last = tries.pop()!;
        for (const attempt of tries) {
          const verdict = checkAnswer(question, attempt);
          if (verdict === true) throw new Error(`Expected ${JSON.stringify(attempt)} to be rejected at ${JSON.stringify(question.message)}`);
          errors.push(verdict);
        }
        return textAnswer(question, last);
      }
      if (typeof answer !== 'string' && answer !== CLEAR) throw new Error(`A text answer is needed for ${JSON.stringify(question.message)}`);
      return textAnswer(question, answer);
    },
    async confirm(question) {
      const answer = next('confirm', question);
      if (answer === '') return question.default ?? false;
      if (typeof answer !== 'boolean') throw new Error(`A yes/no answer is needed for ${JSON.stringify(question.message)}`);
      return answer;
    },
    async select<T>(question: SelectQuestion<T>): Promise<T> {
      const answer = next('select', question as SelectQuestion<unknown>);
      if (answer === '') {
        if (question.default !== undefined) return question.default;
        return question.choices[0]!.value;
      }
      const wanted = typeof answer === 'object' && answer !== null && 'value' in answer ? answer.value : answer;
      const choice = question.choices.find((item) => item.value === wanted || item.name === wanted);
      if (!choice) throw new Error(`No choice ${String(wanted)} at ${JSON.stringify(question.message)}: ${question.choices.map((item) => String(item.value)).join(', ')}`);
      return choice.value;
    },
    async checkbox<T>(question: CheckboxQuestion<T>): Promise<T[]> {
      const answer = next('checkbox', question as CheckboxQuestion<unknown>);
      if (answer === '') return question.choices.filter((item) => item.checked).map((item) => item.value);
      if (!Array.isArray(answer)) throw new Error(`A list of choices is needed for ${JSON.stringify(question.message)}`);
      return answer.map((wanted) => {
        const choice = question.choices.find((item) => item.value === wanted || item.name === wanted);
        if (!choice) throw new Error(`No choice ${String(wanted)} at ${JSON.stringify(question.message)}`);
        return choice.value;
      });
    },
    say(text) {
      said.push(text);
    },
  };
}
