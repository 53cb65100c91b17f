import { isCalendarDate } from '../case/dates.js';
import { EXAMPLE_CASE_YAML } from '../case/example.js';
import { CaseFileError, loadCaseFile, locateProblems, parseCaseWithPositions, type LoadedCase } from '../case/load.js';
import type { LetterSettings } from '../case/resolve.js';
import { isKnownLocale, type Stage } from '../case/schema.js';
import { EXIT_OK, EXIT_USAGE, UserError } from '../errors.js';
import { assertFormat } from '../letter/formats.js';
import { produceLetter, type Produced } from '../letter/produce.js';
import { userTemplateDirs } from '../letter/templates.js';
import { safeForTerminal } from '../io/terminal.js';
import { writeFileAtomic } from '../io/write.js';

export interface DraftOptions {
  from?: string;
  example?: boolean;
  format: string;
  out?: string;
  force?: boolean;
  template?: string;
  templates?: string;
  stage?: Stage;
  date?: string;
  locale?: string;
  next?: boolean;
  record?: boolean;
  copy?: boolean;
  mail?: boolean;
  resume?: boolean;
  input?: boolean;
  strict?: boolean;
}

export function settingsFrom(options: { stage?: Stage; date?: string; locale?: string }): LetterSettings {
  if (options.date !== undefined && !isCalendarDate(options.date)) {
    throw new UserError(`--date must be a real date written as YYYY-MM-DD, for example 2026-11-16 (got ${JSON.stringify(safeForTerminal(options.date))}).`);
  }
  if (options.locale !== undefined && !isKnownLocale(options.locale)) {
    throw new UserError(`--locale ${JSON.stringify(safeForTerminal(options.locale))} is not a locale I know. Use one such as en-US, en-GB or de-DE.`);
  }
  return { stage: options.stage, date: options.date, locale: options.locale };
}

export function canPrompt(options: { input?: boolean }): boolean {
  return options.input !== false && Boolean(process.stdin.isTTY) && !process.env.CI;
}

export async function runDraft(options: DraftOptions): Promise<number> {
  const format = assertFormat(options.format);
  const settings = settingsFrom(options);
  if (options.from === undefined && !options.example) {
    if (!canPrompt(options)) {
      throw new UserError(
        'No case to write from, and I cannot ask questions here (no terminal, --no-input or CI).\n' +
          'Give a case file with `redress draft --from case.yaml`, start one with `redress init`, or write many with `redress batch FILE`.',
        EXIT_USAGE,
      );
    }
    const { runWizard } = await import('../wizard/index.js');
    return runWizard({ ...options, format });
  }
  const loaded: LoadedCase = options.example
    ? parseCaseWithPositions(EXAMPLE_CASE_YAML, 'example case')
    : await loadCaseFile(options.from!);
  const produced: Produced = produceLetter(loaded.value, {
    format,
    template: options.template,
    userTemplateDirs: userTemplateDirs(options.templates),
    settings,
  });
  if (!produced.ok) throw new CaseFileError(loaded.file, locateProblems(produced.problems, loaded.locate));
  const { output } = produced;
  if (options.out) {
    await writeFileAtomic(options.out, output.content, { force: options.force });
    process.stderr.write(`Saved the letter to ${safeForTerminal(options.out)}.\n`);
  } else {
    process.stdout.write(output.content);
  }
  return EXIT_OK;
}
