// The front end for a terminal that cannot move the cursor (TERM=dumb: an editor's shell
// buffer, a serial console): plain line-by-line questions, no escape codes at all. The
// terminal's own line editing is used; choices are picked by number.
import { createInterface } from 'node:readline';
import { checkAnswer, Interrupted, type Choice, type Prompter, type TextQuestion } from './prompter.js';
import { t } from './i18n.js';
import { wrapText } from './wrap.js';

/** "Sí" -> "si": answers compared without case or accents. */
const plain = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

export interface PlainPrompterOptions {
  input?: NodeJS.ReadStream;
  output?: NodeJS.WriteStream;
}

export function createPlainPrompter(options: PlainPrompterOptions = {}): Prompter {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const width = () => (output.columns || 80) - 1;
  const write = (text: string) => output.write(`${wrapText(text, width())}`);

  /** One line from the person; Ctrl-D (end of input) stops like Ctrl-C. */
  function readLine(prompt: string): Promise<string> {
    write(prompt);
    return new Promise((resolve, reject) => {
      const rl = createInterface({ input, terminal: false });
      let answered = false;
      rl.once('line', (line) => {
        answered = true;
        rl.close();
        // A lone Esc (the terminal passes it on as a character) skips, as Enter does.
        resolve(line.replace(/^\x1b$/, ''));
      });
      rl.once('close', () => {
        if (!answered) reject(new Interrupted());
      });
    });
  }

  function numbered<T>(choices: readonly Choice<T>[], marks?: boolean[]): string {
    return choices
      .map((choice, index) => {
        const mark = marks ? (marks[index] ? '[x] ' : '[ ] ') : '';
        return `  ${index + 1}) ${mark}${choice.name}${choice.description ? ` - ${choice.description}` : ''}`;
      })
      .map((line) => wrapText(line, width()))
      .join('\n');
  }

  return {
    async text(question: TextQuestion) {
      const shown = question.initial ?? question.default;
      const hint = shown !== undefined && shown !== '' ? ` [${question.initial !== undefined ? t('prompt.plain.now') : ''}${shown}; ${t('prompt.plain.keep')}]` : '';
      for (;;) {
        const line = (await readLine(`? ${question.message}${hint}\n> `)).trim();
        const value = line === '' ? (shown ?? '') : line;
        const check = checkAnswer(question, value);
        if (check === true) return value.trim();
        write(`! ${check}\n`);
      }
    },
    async confirm(question) {
      const fallback = question.default ?? false;
      for (;;) {
        // y and n always work; so do the words of the wizard's language and their first letters (o/n, j/n, s/n).
        const yes = plain(t('prompt.yes'));
        const no = plain(t('prompt.no'));
        const [y, n] = [yes.charAt(0), no.charAt(0)];
        const line = plain((await readLine(`? ${question.message} (${fallback ? `${y.toUpperCase()}/${n}` : `${y}/${n.toUpperCase()}`}) `)).trim());
        if (line === '') return fallback;
        if (['y', 'yes', y, yes].includes(line)) return true;
        if (['n', 'no', n, no].includes(line)) return false;
        write(`! ${t('prompt.plain.yesNoError', { yes: y, no: n })}\n`);
      }
    },
    async select<T>(question: { message: string; choices: readonly Choice<T>[]; default?: T }) {
      const start = Math.max(0, question.choices.findIndex((choice) => choice.value === question.default));
      for (;;) {
        const line = (await readLine(`? ${question.message}\n${numbered(question.choices)}\n${t('prompt.plain.number', { number: start + 1 })}`)).trim();
        const index = line === '' ? start : Number(line) - 1;
        const choice = Number.isInteger(index) ? question.choices[index] : undefined;
        if (choice) return choice.value;
        write(`! ${t('prompt.plain.numberError', { count: question.choices.length })}\n`);
      }
    },
    async checkbox<T>(question: { message: string; choices: readonly (Choice<T> & { checked?: boolean })[] }) {
      const marks = question.choices.map((choice) => choice.checked ?? false);
      for (;;) {
        const line = (await readLine(`? ${question.message}\n${numbered(question.choices, marks)}\n${t('prompt.plain.numbers')}`)).trim();
        if (line === '') return question.choices.filter((_, index) => marks[index]).map((choice) => choice.value);
        if (line === '0') return [];
        const picked = line.split(/[\s,]+/).map((word) => Number(word) - 1);
        if (picked.every((index) => Number.isInteger(index) && question.choices[index] !== undefined)) {
          return question.choices.filter((_, index) => picked.includes(index)).map((choice) => choice.value);
        }
        write(`! ${t('prompt.plain.numbersError', { count: question.choices.length })}\n`);
      }
    },
    say(text: string) {
      write(text.endsWith('\n') ? text : `${text}\n`);
    },
  };
}
