import { readFileSync, realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import '../case/one-at-a-time.js';
import { formatDate, today } from '../case/dates.js';
import { EXAMPLE_CASE_YAML } from '../case/example.js';
import { CaseFileError, loadCaseFile, locateProblems, parseCaseWithPositions, type LoadedCase } from '../case/load.js';
import { settingsFrom } from '../case/resolve.js';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, UserError } from '../errors.js';
import { formatProblem } from '../case/validate.js';
import { isOfferLetter } from '../case/schema.js';
import { assertFormat, assertFormatFitsName, assertWritableName, EXTENSIONS, formatOfFile } from '../letter/formats.js';
import { assertPaper } from '../letter/layout.js';
import { produceLetter, type Produced } from '../letter/produce.js';
import { userTemplateDirs } from '../letter/template-files.js';
import { userRightsDirs } from '../rights/index.js';
import { namesOwnStream, readTextFile } from '../io/read.js';
import { safeForTerminal } from '../io/terminal.js';
import { assertWritable, editFileAtomic, writeFileAtomic } from '../io/write.js';
import { cutValueNote, parseYaml } from '../case/yaml.js';
import { fieldsWithEmoji, templateFor, type Letter } from '../letter/render.js';
import type { Output } from '../letter/formats.js';
import { writeStdout } from '../io/stdout.js';
import type { WizardOptions } from '../wizard/index.js';

/** `redress draft`'s options: the wizard's (it runs when no case file is given) and the case file's own. */
export interface DraftOptions extends Omit<WizardOptions, 'format'> {
  /** Not given: from the --out file's name, else text. */
  format?: string;
  from?: string;
  /** A folder of the user's own rights packs. */
  rights?: string;
  example?: boolean;
  next?: boolean;
  record?: boolean;
  /** Write the dispute's dates (reply-by, escalation) to this iCalendar file. */
  ics?: string;
  input?: boolean;
  keepWords?: boolean;
  /** Paper for a PDF (and the HTML page's print layout): a4 or letter. */
  paper?: string;
}

export function canPrompt(options: { input?: boolean }): boolean {
  return options.input !== false && Boolean(process.stdin.isTTY) && !process.env.CI;
}

/** Whether two paths name one file: the same path, or links to the same file. */
function sameFile(a: string, b: string): boolean {
  const real = (path: string) => {
    try {
      return realpathSync(path);
    } catch {
      return resolve(path);
    }
  };
  return resolve(a) === resolve(b) || real(a) === real(b);
}

/** --next: the stage after the letters already sent; refuses when the ladder is finished. */
async function nextStep(loaded: LoadedCase, options: DraftOptions) {
  if (options.stage) throw new UserError('Use either --next or --stage, not both: --next picks the stage for you.');
  const { nextLetter } = await import('../letter/ladder.js');
  const { asOf, lettersAfter } = await import('../dispute/history.js');
  const date = options.date ?? today();
  // Letters dated after today are not counted: said here, naming where the file has them.
  // --next follows the letters sent: a letter.stage written in the file further up the ladder is a conflict, said as --next --stage is.
  const asked = asOf(loaded.value, date);
  const { stage: fileStage, ...letter } = asked.letter ?? {};
  const step = nextLetter(fileStage ? { ...asked, letter } : asked, date);
  const { LADDER } = await import('../letter/ladder.js');
  if (fileStage && step.stage && LADDER.indexOf(fileStage) > LADDER.indexOf(step.stage)) {
    const file = safeForTerminal(loaded.file);
    const sent = step.sent.length === 0 ? 'no letter sent yet' : `${step.sent.length} ${step.sent.length === 1 ? 'letter' : 'letters'} sent`;
    throw new UserError(
      `letter.stage in ${file} is ${fileStage}, but its record has ${sent}, so the next letter is the ${step.stage} one. --next follows the letters you have sent: record the earlier ones (in history.letters) or remove letter.stage from ${file}, and run this again. To write the ${fileStage} letter anyway, use --stage ${fileStage} instead of --next.`,
      EXIT_USAGE,
    );
  }
  const later = lettersAfter(loaded.value, date);
  if (later.length > 0) {
    const { formatDate } = await import('../letter/format-values.js');
    const { englishLocale } = await import('../letter/ladder.js');
    const { letterStyle } = await import('../case/resolve.js');
    const when = (iso: string) => formatDate(iso, englishLocale(letterStyle(loaded.value).locale));
    const fields = [...new Set(later.map((l) => l.field))].join(' and ');
    const one = later.length === 1;
    step.notes.unshift(
      `${fields} in ${safeForTerminal(loaded.file)} has ${one ? 'a letter' : 'letters'} dated ${later.map((l) => when(l.date)).join(' and ')}, after ${options.date ? `the letter date (${when(date)})` : `today (${when(date)})`}, so ${one ? 'it was' : 'they were'} not counted. If ${one ? 'that date is' : 'those dates are'} wrong, correct ${one ? 'it' : 'them'} there; if ${one ? 'it is' : 'they are'} right, check this computer's date and time zone.`,
    );
  }
  if (!step.stage) {
    throw new UserError(
      // The notes say why (the letters sent, and whether a card dispute could follow).
      `There is no next letter for this case.${step.notes.length ? `\n${step.notes.join('\n')}` : ''}`,
      EXIT_PROBLEMS,
    );
  }
  // Recording a letter moves the dispute on: not before the last letter's reply-by date (a
  // second run of the same command would otherwise record the next step the same day).
  if (step.waitUntil && options.record) {
    const file = safeForTerminal(loaded.file);
    throw new UserError(
      `Nothing was written or recorded. ${step.notes.at(-1)}\n` +
        `If they have already said no, record it first (redress reply ${file} --refused) and run this again. To see the ${step.stage} letter without recording it, leave out --record.`,
      EXIT_PROBLEMS,
    );
  }
  return step;
}

/**
 * --record writes into the case file (through a link, to the file it points to), so that
 * must be a regular file: a pipe or a device could not be read twice, nor replaced.
 */
function assertRecordable(file: string): void {
  let info;
  try {
    info = statSync(file);
  } catch {
    return; // reading it says what is wrong
  }
  if (!info.isFile()) {
    throw new UserError(`--record writes the letter date into the case file, but ${safeForTerminal(file)} is not a regular file (a pipe or a device?). Save the case as a file and give that to --from.`);
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** A letter as --record writes it: its reply-by date is the one it gave, which status and --next then count from. */
interface SentRecord {
  date: string;
  stage: string;
  format: string;
  replyBy?: string;
}

/** --record: adds the letter to history.letters (and its date to letter.previous) in the case file, keeping its comments. */
async function recordLetter(file: string, letter: SentRecord, first: string, delivered: string): Promise<void> {
  const { recordSentLetter } = await import('../dispute/edit.js');
  try {
    await editFileAtomic(file, () => readTextFile(file, { what: 'case file' }), (source) => recordSentLetter(source, letter), first);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    // The letter is out: say so, and that only the record is missing (exit 1, done with a problem).
    throw new UserError(`${delivered}, but it was not recorded in ${safeForTerminal(file)}: ${error.message}`, EXIT_PROBLEMS);
  }
  process.stderr.write(`Recorded this letter (${letter.date}, ${letter.stage}) in ${safeForTerminal(file)} under history.letters.\n`);
}

/** The case file's text, once it is known that the letter can be recorded in it; nothing is written. */
async function recordableSource(file: string, letter: SentRecord): Promise<string> {
  const { recordSentLetter } = await import('../dispute/edit.js');
  const source = await readTextFile(file, { what: 'case file' });
  try {
    recordSentLetter(source, letter);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    throw new UserError(`Nothing was written: --record could not record the letter in ${safeForTerminal(file)}. ${error.message}\nTo write the letter without recording it, leave out --record.`, error.exitCode);
  }
  return source;
}

/** --ics: the case's dates, with this letter counted as sent. */
async function writeCalendar(target: string, value: LoadedCase['value'], file: string, letter: SentRecord, force: boolean | undefined): Promise<void> {
  const { caseCalendar } = await import('../dispute/calendar.js');
  const sent = value.history?.letters?.some((l) => l.date === letter.date && l.stage === letter.stage) ? value : { ...value, history: { ...value.history, letters: [...(value.history?.letters ?? []), letter as never] } };
  const { text, count } = caseCalendar([{ value: sent, file }], letter.date);
  await writeFileAtomic(target, text, { force });
  process.stderr.write(`Saved ${count} ${count === 1 ? 'date' : 'dates'} for your calendar to ${safeForTerminal(target)}.\n`);
}

export async function runDraft(asked: DraftOptions): Promise<number> {
  // "--out -" is standard output, as "-" is for --from.
  if (asked.out !== undefined && asked.out.trim() === '') throw new UserError('--out needs a file name, such as --out letter.txt (or --out - to print the letter).');
  // So is a path to it (/dev/stdout), which may be a pipe or a terminal, never a file to replace.
  const options = asked.out === '-' || (asked.out !== undefined && namesOwnStream(asked.out, 1)) ? { ...asked, out: undefined } : asked;
  if (options.ics !== undefined && options.ics.trim() === '') throw new UserError('--ics needs the name of a calendar file to write, such as --ics dates.ics.');
  if (options.ics === '-') throw new UserError('--ics saves the dates in a calendar file, and "-" is not a file\'s name (standard output has the letter). Give a name such as --ics dates.ics.');
  if (options.example && options.from !== undefined) {
    throw new UserError('--example writes a sample letter, and --from your own case: give one of them. To see your letter: redress draft --from ' + safeForTerminal(options.from) + '.');
  }
  // "--out letters/" names a folder: the letter needs a file name in it.
  for (const [option, value, example] of [['--out', options.out, `letter.${EXTENSIONS[(options.format ?? 'text') as keyof typeof EXTENSIONS] ?? 'txt'}`], ['--ics', options.ics, 'dates.ics']] as const) {
    if (value !== undefined && /[\\/]$/.test(value)) {
      const folder = value.replace(/[\\/]+$/, '');
      const made = folder === '' || isFolder(folder) ? '' : ` The folder ${safeForTerminal(folder)} does not exist yet: make it first.`;
      throw new UserError(`${option} ${safeForTerminal(value)} names a folder (it ends with "${value.slice(-1)}"), and ${option} needs a file name, for example ${option} ${safeForTerminal(folder)}/${example}.${made}`, EXIT_USAGE);
    }
  }
  // "--out letter.pdf" asks for a PDF: a file's name is not given a letter of another format.
  assertWritableName(options.out, '--out');
  const format = assertFormat(options.format ?? formatOfFile(options.out) ?? 'text');
  if (options.format !== undefined) assertFormatFitsName(format, options.out);
  if (options.record && (options.from === undefined || options.from === '-')) {
    throw new UserError('--record writes the letter date into the case file, so it needs --from FILE (not standard input or --example).');
  }
  if (options.record) assertRecordable(options.from!);
  const settings = settingsFrom(options);
  const paper = options.paper === undefined ? undefined : assertPaper(options.paper);
  if (format === 'pdf') assertPdfDelivery(options);
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
  let loaded: LoadedCase;
  if (options.example) {
    loaded = parseCaseWithPositions(EXAMPLE_CASE_YAML, 'example case');
  } else {
    const found = await loadOrAsk(options, format);
    if (typeof found === 'number') return found;
    loaded = found;
  }
  if (options.ics !== undefined && options.out !== undefined && options.out !== '-' && sameFile(options.ics, options.out)) {
    throw new UserError(`--ics and --out both name ${safeForTerminal(options.out)}: the calendar would replace the letter. Give the calendar another name, such as dates.ics.`);
  }
  if (options.ics !== undefined && (options.from === undefined || options.from === '-')) {
    throw new UserError('--ics writes the dates of a case file to your calendar, so it needs --from FILE (not standard input or --example).');
  }
  // --next writes a new letter: a letter.date kept in the file from an earlier one is not its date.
  const stale = options.next && options.date === undefined ? (await import('../dispute/history.js')).staleLetterDate(loaded.value) : undefined;
  if (stale !== undefined) settings.date = today();
  // After an offer, --next writes the acceptance or the answer instead of the ladder's next letter.
  const offerLetter = options.next && !options.stage ? (await import('../dispute/next.js')).offerLetterNext(loaded.value, options.date ?? today(), loaded.file) : undefined;
  const step = options.next && !offerLetter ? await nextStep(loaded, options) : undefined;
  const template = options.template ?? offerLetter;
  if (isOfferLetter(template) && !(await import('../dispute/history.js')).openOffer(loaded.value)) {
    throw new UserError(`The ${template} letter answers an offer, and the case file records none. Record the business's reply first: \`redress reply ${safeForTerminal(loaded.file)} --date YYYY-MM-DD --offer AMOUNT\` (or --correction "…").`);
  }
  const produced: Produced = produceLetter(loaded.value, {
    format,
    template,
    userTemplateDirs: userTemplateDirs(options.templates),
    userRightsDirs: userRightsDirs(options.rights),
    settings: step ? { ...settings, stage: step.stage } : settings,
    ...(paper && { paper }),
  });
  if (!produced.ok) throw new CaseFileError(loaded.file, locateProblems(produced.problems, loaded.locate));
  const stage = isOfferLetter(template) ? template : produced.letter.case.letter.stage;
  // A card dispute is written to the bank, which keeps its own time.
  const sent: SentRecord = { date: produced.letter.case.letter.date, stage, format, ...(stage !== 'card-dispute' && { replyBy: produced.letter.case.request.deadline }) };
  if (options.record) refuseRecordedAgain(loaded, sent, options);
  const { reviewLetter, loadReviewLanguage, anyUnsoftened } = await import('../tone/review.js');
  await loadReviewLanguage(produced.letter.case.letter.language);
  const review = reviewLetter(loaded.value, loaded.locate, produced.letter.subject, produced.letter.body, produced.letter.case.letter.language, produced.builtIn);
  const { stageNotes } = await import('../letter/ladder.js');
  // An acceptance or answer cites no rights and starts no new step of the ladder: the ladder's notes are not about it.
  const notes = [...cutValueNotes(loaded), ...emojiNotes(loaded), ...(stale !== undefined ? [staleDateNote(loaded.file, stale, produced.letter.case.letter)] : []), ...(step?.notes ?? []), ...(isOfferLetter(template?.replace(/^[a-z]{2}\//, '')) ? [] : stageNotes(produced.letter.case, step ? undefined : loaded.value)), ...review.notes];
  // The reporting module (and chalk with it) loads only when there is something to say.
  if (review.warnings.length > 0 || notes.length > 0) {
    const { reportNote, reportWarning } = await import('../io/report.js');
    // Words no answer holds are the template's own: a template of the writer's is named, at its line.
    const own = !produced.builtIn && review.warnings.some((w) => w.path === '') ? templateFor(produced.letter.case, template, userTemplateDirs(options.templates)).file : undefined;
    for (const warning of review.warnings) reportWarning(own && warning.path === '' ? templateWarning(own, warning.message) : formatProblem(loaded.file, warning));
    // Every letter redress writes passes its own tone check, unless the writer says to keep their words.
    if (anyUnsoftened(review.warnings) && !options.keepWords) {
      const caseFile = loaded.file === '-' ? 'your answers' : safeForTerminal(loaded.file);
      const inCase = review.warnings.some((w) => !w.softened && (!own || w.path !== ''));
      const inTemplate = own !== undefined && review.warnings.some((w) => !w.softened && w.path === '');
      const where = inTemplate ? (inCase ? `${caseFile} and in the template ${safeForTerminal(own)}` : `the template ${safeForTerminal(own)}`) : caseFile;
      throw new UserError(
        `The letter was not written: the words above may read as unkind, and a business that feels attacked is less willing to help. Rephrase them in ${where} and run the command again (or add --keep-words to write the letter with them as they are).`,
        EXIT_PROBLEMS,
      );
    }
    for (const note of notes) reportNote(`Note: ${note}`);
  }
  // Every file this command writes is checked first: a wrong --ics path never leaves a letter recorded and no calendar.
  const inputs = options.from !== undefined && options.from !== '-' ? [options.from] : [];
  if (options.out) await assertWritable(options.out, { force: options.force, inputs });
  if (options.record) await assertWritable(options.from!, { force: true });
  if (options.ics !== undefined) await assertWritable(options.ics, { force: options.force, inputs });
  // The case file must take the record before the letter is written: a letter out and not recorded would be sent twice.
  const recordFrom = options.record ? await recordableSource(options.from!, sent) : undefined;
  await deliver(produced.output, produced.letter, options);
  if (recordFrom !== undefined) await recordLetter(options.from!, sent, recordFrom, options.out ? `The letter was saved to ${safeForTerminal(options.out)}` : 'The letter was written');
  if (options.ics !== undefined) await writeCalendar(options.ics, loaded.value, options.from!, sent, options.force);
  return EXIT_OK;
}

/**
 * --record of a letter the case file already records (the same day, the same stage): run again
 * without --next, it is the same letter, and a second entry would count as a letter of the next
 * stage (status would then skip one). Nothing is written.
 */
function refuseRecordedAgain(loaded: LoadedCase, sent: SentRecord, options: DraftOptions): void {
  const recorded = loaded.value.history?.letters ?? [];
  if (!recorded.some((letter) => letter.date === sent.date && (letter.stage === undefined || letter.stage === sent.stage))) return;
  const file = safeForTerminal(loaded.file);
  const next = options.next ? '' : ` To write the next letter of the dispute, add --next (redress draft --from ${file} --next --record).`;
  throw new UserError(`This letter (${sent.date}, ${sent.stage}) is already recorded in ${file} under history.letters, so nothing was written or recorded.${next} To see this letter again, leave out --record.`);
}

/**
 * A tone warning on the letter's own words (not an answer's), from a template of the writer's:
 * said of the template file, at the line that has the words when it has them as they are.
 */
function templateWarning(file: string, message: string): string {
  // "the letter (line 5, column 1, counting the Subject line as line 1): "You are idiots" is name-calling…"
  const said = /^the letter \(line \d+, column \d+, counting the Subject line as line 1\): (.*)$/s.exec(message)?.[1] ?? message;
  const words = /^"([^"]+)"/.exec(said)?.[1];
  let where = safeForTerminal(file);
  if (words) {
    let text = '';
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      // named without a line
    }
    const at = text.toLowerCase().indexOf(words.toLowerCase());
    if (at >= 0) {
      const before = text.slice(0, at);
      const line = before.split('\n').length;
      where += `:${line}:${at - (before.lastIndexOf('\n') + 1) + 1}`;
    }
  }
  return safeForTerminal(`${where} the template's own words: ${said} Change the template's words.`);
}

/** letter.date is an earlier letter's: say that this one is dated today, and how to choose. */
function staleDateNote(file: string, stale: string, letter: { date: string; locale: string }): string {
  const when = (iso: string) => formatDate(iso, letter.locale);
  return `letter.date in ${safeForTerminal(file)} (${when(stale)}) is not later than the letters and replies recorded there, so this letter is dated today, ${when(letter.date)}. To date it otherwise, give --date YYYY-MM-DD; to stop seeing this, remove letter.date from the case file.`;
}

/** "reference: Invoice #20817" is read as "Invoice": say so, and how to keep the number. */
function cutValueNotes(loaded: LoadedCase): string[] {
  return (loaded.cutValues ?? []).map((cut) => cutValueNote(loaded.file, cut));
}

/** Emoji say nothing to a business in a letter, so letters leave them out: say so, and where. */
function emojiNotes(loaded: LoadedCase): string[] {
  const fields = fieldsWithEmoji(loaded.value);
  if (fields.length === 0) return [];
  const named = fields.length > 3 ? [...fields.slice(0, 3), `${fields.length - 3} more`] : fields;
  const where = named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
  return [`The emoji in ${where} are left out of the letter. If one of them says something that matters, write it in words in ${safeForTerminal(loaded.file)}.`];
}

function valueAt(data: unknown, path: string): unknown {
  let value = data;
  for (const part of path.split(/\.|\[(\d+)\]/).filter(Boolean)) {
    if (value === null || typeof value !== 'object') return undefined;
    const key = Array.isArray(value) ? Number(part) : part;
    value = Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined;
  }
  return value;
}

/**
 * Loads the case file. In a terminal, a file that only lacks answers (every problem is a
 * missing field) is completed by asking for just those; returns an exit code if stopped.
 */
async function loadOrAsk(options: DraftOptions, format: string): Promise<LoadedCase | number> {
  const file = options.from!;
  try {
    return await loadCaseFile(file);
  } catch (error) {
    if (!(error instanceof CaseFileError) || file === '-' || !canPrompt(options)) throw error;
    const source = await readTextFile(file, { what: 'case file' });
    let parsed;
    try {
      parsed = parseYaml(source);
    } catch {
      throw error;
    }
    const data = parsed.data;
    const onlyMissing =
      data !== null && typeof data === 'object' && !Array.isArray(data) && error.problems.every((problem) => problem.path !== '' && valueAt(data, problem.path) === undefined);
    if (!onlyMissing) throw error;
    const { fillMissing } = await import('../wizard/index.js');
    const filled = await fillMissing({
      data,
      file,
      source,
      problems: error.problems,
      format,
      template: options.template,
      templates: options.templates,
      stage: options.stage,
      date: options.date,
      locale: options.locale,
    });
    if ('code' in filled) return filled.code;
    return { value: filled.value, file, locate: parsed.locate };
  }
}

/** A terminal to send the OSC 52 clipboard sequence to, if there is one. */
function terminalStream(): NodeJS.WriteStream | undefined {
  if (process.stderr.isTTY) return process.stderr;
  if (process.stdout.isTTY) return process.stdout;
  return undefined;
}

/**
 * A PDF is for printing and posting: it goes to a file (or a pipe), never to the terminal,
 * the clipboard or the mail app. Checked before any work is done.
 */
function assertPdfDelivery(options: DraftOptions): void {
  if ((options.copy || options.mail) && options.format === undefined) {
    const flag = options.copy ? '--copy' : '--mail';
    throw new UserError(`${flag} works with text, and ${safeForTerminal(options.out ?? '')} is saved as a PDF (from its name). Save the PDF without ${flag}, or use ${flag} with a text file such as --out letter.txt.`);
  }
  if (options.copy || options.mail) {
    throw new UserError(`--${options.copy ? 'copy' : 'mail'} works with text, and a PDF is not text. Save the PDF with --out letter.pdf, or leave out --format pdf to ${options.copy ? 'copy' : 'mail'} the letter as text.`);
  }
  if (!options.out && process.stdout.isTTY && (options.from !== undefined || options.example)) {
    throw new UserError('A PDF cannot be shown in the terminal. Save it to a file with --out letter.pdf (or send it to another program with a pipe).');
  }
}

/** After a PDF is written: how to print it and post it with proof, on the terminal (never in the letter). */
async function postingAdvice(letter: Letter): Promise<void> {
  const { howToSendByPost } = await import('../letter/post.js');
  for (const line of howToSendByPost(letter.case)) process.stderr.write(`${line}\n`);
}

/** A letter standard output cannot take can be saved as a file instead. */
const SAVE_INSTEAD = 'save the letter with --out FILE on a disk with room';

/** --out saves, --copy copies, --mail opens the mail app; with none of them the letter is printed. */
async function deliver(output: Output, letter: Letter, options: DraftOptions): Promise<void> {
  if (typeof output.content !== 'string') {
    if (options.out) await writeFileAtomic(options.out, output.content, { force: options.force });
    else writeStdout(output.content, SAVE_INSTEAD);
    process.stderr.write(`${options.out ? `Saved the letter to ${safeForTerminal(options.out)}` : 'Wrote the PDF letter to standard output'}.\n`);
    await postingAdvice(letter);
    return;
  }
  const content = output.content;
  let shown = false;
  if (options.out) {
    await writeFileAtomic(options.out, content, { force: options.force });
    process.stderr.write(`Saved the letter to ${safeForTerminal(options.out)}.\n`);
    shown = true;
  }
  if (options.copy) {
    const { copyToClipboard, describeCopy } = await import('../io/clipboard.js');
    const terminal = terminalStream();
    const result = await copyToClipboard(content, terminal ? { terminal } : {});
    process.stderr.write(`${describeCopy(result, { printing: !shown })}\n`);
    if (!result.ok && !shown) writeStdout(content, SAVE_INSTEAD);
    shown = true;
  }
  if (options.mail) {
    const { describeMail, openInMailApp } = await import('../io/mail.js');
    const { addressee } = await import('../letter/layout.js');
    const to = addressee(letter.case).email;
    const terminal = terminalStream();
    const result = await openInMailApp(
      { ...(to && { to }), subject: letter.subject, body: letter.body },
      terminal ? { terminal } : {},
    );
    const { lines, printBody } = describeMail(result);
    process.stderr.write(`${lines.join('\n')}\n`);
    if (printBody && !shown) writeStdout(content, SAVE_INSTEAD);
    shown = true;
  }
  if (!shown) writeStdout(content, SAVE_INSTEAD);
  if (output.format === 'eml' || options.mail) {
    const { attachEnclosures } = await import('../letter/post.js');
    const attach = attachEnclosures(letter.case);
    if (attach) process.stderr.write(`${attach}\n`);
  }
}
