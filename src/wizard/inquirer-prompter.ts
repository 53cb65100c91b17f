// The terminal front end of the question flow. This is the only module that imports
// @inquirer; everything else talks to the small Prompter interface.
import { styleText } from 'node:util';
import { checkbox, confirm, input, select } from '@inquirer/prompts';
import { t, type MessageKey } from './i18n.js';
import { checkAnswer, Interrupted, type Prompter, type TextQuestion } from './prompter.js';
import { joinPasted, keepPastedLines } from './paste.js';
import { wrapText } from './wrap.js';

export interface InquirerPrompterOptions {
  input?: NodeJS.ReadStream;
  output?: NodeJS.WriteStream;
  /** false: no colour or other styling at all (NO_COLOR, --no-color, TERM=dumb, no terminal). */
  color: boolean;
}

interface Key {
  name?: string;
  ctrl?: boolean;
}

const identity = (text: string) => text;

// Inquirer styles with node:util styleText, which older Node versions apply whatever
// NO_COLOR says; without colour every style is replaced by plain text.
const plainStyle = {
  answer: identity,
  message: identity,
  error: (text: string) => `> ${text}`,
  defaultAnswer: (text: string) => `(${text})`,
  help: identity,
  highlight: identity,
  key: (text: string) => `<${text}>`,
  disabled: identity,
  description: identity,
  keysHelpTip: (keys: [string, string][]) => localKeys(keys).map(([key, action]) => `${key} ${action}`).join(' • '),
  confirmDefault: (text: string) => text.toUpperCase(),
};

const plainTheme = {
  prefix: { idle: '?', done: '✔' },
  spinner: { interval: 80, frames: ['-', '\\', '|', '/'] },
  style: plainStyle,
  icon: { cursor: '❯', checked: '◉', unchecked: '◯', disabledChecked: '◎', disabledUnchecked: '-' },
};

/** The key help under a choice ("↑↓ navigate • ⏎ select") in the wizard's language. */
function localKeys(keys: [string, string][]): [string, string][] {
  const words: Record<string, MessageKey> = { navigate: 'prompt.keys.navigate', select: 'prompt.keys.select', submit: 'prompt.keys.submit', all: 'prompt.keys.all', invert: 'prompt.keys.invert' };
  return keys.map(([key, action]) => [key, words[action] ? t(words[action]) : action]);
}

/** Inquirer's own styling, with the key help in the wizard's language. */
const colorKeysHelpTip = (keys: [string, string][]) =>
  localKeys(keys)
    .map(([key, action]) => `${styleText('bold', key)} ${styleText('dim', action)}`)
    .join(styleText('dim', ' • '));

/** Yes and No in the wizard's language (y and n are always understood too). */
function keywords() {
  const yes = t('prompt.yes');
  const no = t('prompt.no');
  return { yes, no, error: (words: { yes: string; no: string }) => t('prompt.yesNoError', words) };
}

function named(error: unknown, name: string): boolean {
  return error instanceof Error && error.name === name;
}

export function createInquirerPrompter(options: InquirerPrompterOptions): Prompter {
  const stdin = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const theme = options.color ? undefined : plainTheme;
  /** Choices show key help, which is said in the wizard's language. */
  const listTheme = options.color ? { style: { keysHelpTip: colorKeysHelpTip } } : plainTheme;

  /**
   * Runs one prompt. Ctrl-C ends the run (Interrupted); so does Ctrl-D, which would otherwise
   * close the input under the prompt and leave it waiting for ever. Esc skips an optional
   * question: `onEscape` gives the answer to use.
   */
  async function ask<T>(
    run: (context: { input: NodeJS.ReadStream; output: NodeJS.WriteStream; signal: AbortSignal }) => Promise<T>,
    onEscape?: () => T,
    typed: () => string = () => '',
  ): Promise<T> {
    const controller = new AbortController();
    let reason: 'escape' | 'end' | undefined;
    const onKey = (_: unknown, key: Key | undefined) => {
      if (!key || reason) return;
      // Esc skips only an empty answer: what someone typed is never thrown away.
      if (key.name === 'escape' && onEscape && typed().trim() === '') reason = 'escape';
      else if (key.ctrl && key.name === 'd') reason = 'end';
      else return;
      controller.abort();
    };
    stdin.on('keypress', onKey);
    try {
      return await run({ input: stdin, output, signal: controller.signal });
    } catch (error) {
      if (named(error, 'ExitPromptError')) throw new Interrupted();
      if (named(error, 'AbortPromptError')) {
        if (reason === 'escape' && onEscape) {
          output.write(`  ${t('prompt.skipped')}\n`);
          return onEscape();
        }
        throw new Interrupted();
      }
      throw error;
    } finally {
      stdin.removeListener('keypress', onKey);
    }
  }

  /** The message wrapped at word boundaries to the terminal's width ("? " comes before it). */
  const fit = (message: string) => wrapText(message, (output.columns || 80) - 1, 2);

  return {
    async text(question: TextQuestion) {
      let typed = question.initial ?? '';
      const raw = await keepPastedLines(stdin, output, () =>
        ask(
          (context) =>
            input(
              {
                message: fit(question.message),
                ...(question.initial !== undefined ? { default: question.initial, prefill: 'editable' as const } : {}),
                ...(question.initial === undefined && question.default !== undefined ? { default: question.default } : {}),
                validate: (value: string) => checkAnswer(question, joinPasted(value).text),
                transformer: (value: string) => {
                  typed = value;
                  return value;
                },
                ...(theme && { theme }),
              },
              context,
            ),
          question.optional ? () => question.initial ?? '' : undefined,
          () => typed,
        ),
      );
      const { text, lines } = joinPasted(raw);
      if (lines > 1) output.write(`${fit(`  ${t('prompt.pasted', { count: lines })}`)}\n`);
      return text;
    },
    async confirm(question) {
      const confirmTheme = options.color ? { keywords: keywords() } : { ...plainTheme, keywords: keywords() };
      return ask((context) => confirm({ message: fit(question.message), default: question.default ?? false, theme: confirmTheme }, context));
    },
    async select(question) {
      return ask((context) =>
        select(
          {
            message: fit(question.message),
            choices: question.choices.map((choice) => ({ value: choice.value, name: choice.name, ...(choice.description && { description: choice.description }) })),
            ...(question.default !== undefined && { default: question.default }),
            pageSize: 10,
            theme: listTheme,
          },
          context,
        ),
      );
    },
    async checkbox(question) {
      return ask((context) =>
        checkbox(
          {
            message: fit(question.message),
            choices: question.choices.map((choice) => ({
              value: choice.value,
              name: choice.name,
              checked: choice.checked ?? false,
              ...(choice.description && { description: choice.description }),
            })),
            pageSize: 10,
            theme: listTheme,
          },
          context,
        ),
      );
    },
    say(text: string) {
      const wrapped = wrapText(text, (output.columns || 80) - 1);
      output.write(wrapped.endsWith('\n') ? wrapped : `${wrapped}\n`);
    },
  };
}
