// `redress reply CASE`: records the business's reply in the case file (history.replies),
// or, with only --accept or --reject, the writer's answer to the offer already recorded.
// In a terminal without flags it asks; the file keeps its comments and layout.
import { statSync } from 'node:fs';
import '../case/one-at-a-time.js';
import { isCalendarDate, today as localToday } from '../case/dates.js';
import { CaseFileError, parseCaseWithPositions } from '../case/load.js';
import { amountAsked, fullOfferTurnedDownUnexplained, letterStyle } from '../case/resolve.js';
import { ambiguousForDecimalComma, localeWritesDecimalComma, readAmount, unpayableAmount } from '../case/input-rules.js';
import { MAX_AMOUNT, MAX_LIST, type Case } from '../case/schema.js';
import { recordReply, updateReply, type Entry, type ReplyRecord } from '../dispute/edit.js';
import { lettersSent, openOffer } from '../dispute/history.js';
import { caseStatus } from '../dispute/status.js';
import { EXIT_INTERRUPTED, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, UserError } from '../errors.js';
import { readTextFile } from '../io/read.js';
import { safeForTerminal } from '../io/terminal.js';
import { editFileAtomic } from '../io/write.js';
import { formatDate, formatMoney } from '../letter/format-values.js';

export interface ReplyOptions {
  date?: string;
  offer?: string;
  correction?: string;
  refused?: boolean;
  other?: string;
  text?: string;
  by?: string;
  accept?: boolean;
  reject?: boolean;
  /** With --accept or --reject alone: the writer means to change the answer recorded before. */
  change?: boolean;
  reason?: string;
  notes?: string;
  input?: boolean;
}

/** A reply the file records already: the same fields, with the same values. */
function sameReply(recorded: NonNullable<NonNullable<Case['history']>['replies']>[number], reply: ReplyRecord): boolean {
  const keys = ['date', 'kind', 'amount', 'text', 'by', 'answer', 'reason', 'notes'] as const;
  const norm = (value: unknown) => (value === undefined || value === null ? '' : String(value).trim());
  return keys.every((key) => norm((recorded as Record<string, unknown>)[key]) === norm(reply[key]));
}

/** "50", "£50", "1,200.50", "50 EUR" -> the number; undefined when it is not an amount. */
/** An amount as a case file reads one: 50, 49.99, 39,90, £1,200, 1.200,50 €. */
export function parseAmount(text: string): number | undefined {
  const read = readAmount(text);
  return read.ok && read.value > 0 && read.value <= MAX_AMOUNT ? read.value : undefined;
}

function checkDate(option: string, value: string | undefined): void {
  if (value !== undefined && !isCalendarDate(value)) {
    throw new UserError(`${option} must be a real date written as YYYY-MM-DD, for example 2026-12-03 (got ${JSON.stringify(safeForTerminal(value))}).`);
  }
}

const canPrompt = (options: { input?: boolean }) => options.input !== false && Boolean(process.stdin.isTTY) && !process.env.CI;

/** The questions, one at a time; undefined when the person stops (Ctrl-D). */
async function askReply(c: Case, today: string): Promise<ReplyRecord | undefined> {
  const [{ createPlainPrompter }, { Interrupted }] = await Promise.all([import('../wizard/plain-prompter.js'), import('../wizard/prompter.js')]);
  try {
    return await ask(c, today, createPlainPrompter({ output: process.stderr }));
  } catch (error) {
    if (error instanceof Interrupted) return undefined;
    throw error;
  }
}

/** The currency an amount is written in ("£50": GBP), when it is not the case's own; undefined for a plain figure. */
function otherCurrency(typed: string, currency: string): string | undefined {
  const read = readAmount(typed);
  return read.ok && read.currencies && !read.currencies.includes(currency) ? read.currencies.join(' or ') : undefined;
}

/**
 * An amount the case's currency cannot pay (below its smallest coin, or finer than it), said of
 * the amount as typed: the problem is the amount given here, not a line of the case file.
 */
function unpayableOffer(amount: number, currency: string, typed: string): string | undefined {
  const problem = unpayableAmount(amount, currency);
  if (problem === undefined) return undefined;
  // "is less than 0.01 GBP…", or "10.5 has a fraction of a unit…" (the amount, read).
  return problem.startsWith('is ') ? `${typed} ${problem}` : `${typed}${problem.slice(problem.indexOf(' '))}`;
}

/**
 * Words of a reply that go into the next letter (--reason, and what they said or offered), checked
 * as draft checks them in the case file: unkind words would only stop that letter later. The
 * finding as draft words it; undefined when the words are fine. `language`: the letter's (its rules loaded).
 */
function unkindWords(text: string | undefined, language: string): string | undefined {
  if (text === undefined || text.trim() === '' || !toneCheck) return undefined;
  // The letter writes "!!!" and English capitals calmly itself: draft does not refuse them.
  const finding = toneCheck(text, { language, words: true }).find((f) => f.severity === 'error' && f.rule !== 'exclamation' && !(f.rule === 'shouting' && language === 'en'));
  return finding && `${finding.message}${finding.suggestion ? ` Try: "${finding.suggestion}".` : ''}`;
}
let toneCheck: typeof import('../tone/index.js').checkTone | undefined;

async function loadToneCheck(language: string): Promise<void> {
  const [{ checkTone }, { loadReviewLanguage }] = await Promise.all([import('../tone/index.js'), import('../tone/review.js')]);
  await loadReviewLanguage(language);
  toneCheck = checkTone;
}

/** Refuses words for the next letter that draft would refuse, before anything is recorded. */
function assertKindWords(words: readonly (readonly [option: string, text: string | undefined])[], language: string, file: string): void {
  for (const [option, text] of words) {
    const problem = unkindWords(text, language);
    if (problem) {
      throw new UserError(
        `${option}: ${problem}\nNothing was recorded: ${option} goes into your next letter, and redress draft would refuse to write it with these words. Say it in other words and run the command again (your own thoughts can go in --notes, which no letter shows). Or add it to ${safeForTerminal(file)} yourself and write the letter with --keep-words.`,
        // As draft's refusal of the same words: the words were read and checked, and found unkind (exit 1), not given wrongly.
        EXIT_PROBLEMS,
      );
    }
  }
}

/** The purchase's date, when the case file gives a real one. */
function purchaseDate(c: Case): string | undefined {
  const date: unknown = c.purchase?.date;
  return typeof date === 'string' && isCalendarDate(date) ? date : undefined;
}

async function ask(c: Case, today: string, ask: import('../wizard/prompter.js').Prompter): Promise<ReplyRecord> {
  const language = letterStyle(c).language;
  const kind_ = (v: string) => unkindWords(v, language);
  const company = c.recipient.company;
  const firstLetter = lettersSent(c)[0]?.date;
  const bought = purchaseDate(c);
  const dateOk = (v: string) =>
    v === '' || isCalendarDate(v)
      ? v > today
        ? 'That is after today; give the day the reply came.'
        : firstLetter !== undefined && v !== '' && v < firstLetter
          ? `That is before your first letter (${firstLetter}); give the day their reply came.`
          : bought !== undefined && v !== '' && v < bought
            ? `That is before your purchase (${bought}); give the day their reply came.`
            : undefined
      : 'Write the date as YYYY-MM-DD, for example 2026-12-03.';
  const date = (await ask.text({ message: `When did ${company} reply? (YYYY-MM-DD)`, default: today, optional: true, validate: dateOk })) || today;
  const kind = await ask.select({
    message: 'What did they say?',
    choices: [
      { name: 'They offered money', value: 'offer' as const },
      { name: 'They offered to put it right', value: 'correction' as const },
      { name: 'They said no', value: 'refusal' as const },
      { name: 'Something else (they are looking into it, they asked for something)', value: 'other' as const },
    ],
  });
  const reply: ReplyRecord = { date, kind };
  if (kind === 'offer') {
    // "£50" on a case in dollars would be recorded as fifty dollars: asked again, as --offer refuses it.
    const { currency } = letterStyle(c);
    const amount = await ask.text({
      message: 'How much did they offer?',
      validate: (v: string) => {
        if (parseAmount(v) === undefined) return 'Write the amount as a number, for example 50 or 49.99.';
        const other = otherCurrency(v, currency);
        if (other) return `That is in ${other}, but this case's amounts are in ${currency}. Give the offer in ${currency}, as a number such as 50.`;
        const unpayable = unpayableOffer(parseAmount(v)!, currency, 'That');
        return unpayable && `${unpayable}.`;
      },
    });
    reply.amount = parseAmount(amount)!;
  }
  const textQuestion =
    kind === 'offer' ? 'Anything to add about the offer, e.g. "as a credit on my account"? (Enter to skip)' : kind === 'correction' ? 'What did they offer to do?' : 'What did they say, in a few words? (Enter to skip)';
  const text = await ask.text({ message: textQuestion, optional: kind !== 'correction', validate: kind_ });
  if (text.trim() !== '') reply.text = text.trim();
  if (kind === 'refusal') {
    const reason = await ask.text({ message: 'Why do you disagree? One or two sentences for your next letter (Enter to skip)', optional: true, validate: kind_ });
    if (reason.trim() !== '') reply.reason = reason.trim();
  }
  if (kind === 'offer' || kind === 'correction') {
    const by = await ask.text({ message: 'By when did they say they would do it? (YYYY-MM-DD, Enter to skip)', optional: true, validate: (v: string) => (v === '' || isCalendarDate(v) ? undefined : 'Write the date as YYYY-MM-DD.') });
    if (by !== '') reply.by = by;
    const answer = await ask.select({
      message: 'Do you accept it?',
      choices: [
        { name: 'Not yet: I will decide later', value: 'undecided' as const },
        { name: 'Yes: I will confirm it in writing', value: 'accepted' as const },
        { name: 'No: I will say why it does not put things right', value: 'rejected' as const },
      ],
    });
    if (answer !== 'undecided') reply.answer = answer;
    if (answer === 'rejected') {
      // An offer of all that was asked, turned down: the letter cannot say why unless the writer does.
      const all = fullOfferTurnedDownUnexplained({ ...reply, answer: 'rejected' }, amountAsked(c));
      const reason = await ask.text({
        message: all ? 'They offered all you asked for: why does it not put things right? One or two sentences for your letter (for example the conditions attached)' : 'Why does it not put things right? One or two sentences for your letter (Enter to skip)',
        optional: !all,
        validate: kind_,
      });
      if (reason.trim() !== '') reply.reason = reason.trim();
    }
  }
  return reply;
}

export async function runReply(file: string, options: ReplyOptions): Promise<number> {
  // "--other --no-input": the words were left out, and the next option was taken for them.
  for (const [name, value] of [['--other', options.other], ['--correction', options.correction], ['--text', options.text], ['--reason', options.reason], ['--notes', options.notes], ['--offer', options.offer]] as const) {
    if (typeof value === 'string' && /^--?[a-z]/i.test(value.trim()) && !/^-\d/.test(value.trim())) {
      throw new UserError(`${name} needs its words, and "${safeForTerminal(value)}" looks like another option. For example: ${name === '--offer' ? '--offer 50' : `${name} "they said they would call back"`}.`, EXIT_USAGE);
    }
    // Words given empty, or too long for the case file: said of the option, not of a line the file does not have yet.
    if (typeof value === 'string' && value.trim() === '') {
      const example: Record<string, string> = { '--offer': '50', '--reason': '"It is a fifth of what I paid."', '--correction': '"an engineer will replace the part on Monday"', '--text': '"as a credit on my account"' };
      throw new UserError(`${name} is empty: give its words, for example ${name} ${example[name] ?? '"they said they would call back"'}, or leave the option out.`, EXIT_USAGE);
    }
    const most = name === '--reason' ? 1000 : 2000;
    if (typeof value === 'string' && name !== '--offer' && value.trim().length > most) {
      throw new UserError(`${name} is too long (${value.trim().length.toLocaleString('en-US')} characters; at most ${most.toLocaleString('en-US')}): say it in a few sentences, and keep the rest in your own notes or the documents you send.`, EXIT_USAGE);
    }
  }
  checkDate('--date', options.date);
  checkDate('--by', options.by);
  // The date they promised to pay or act by comes after their reply.
  if (options.by !== undefined && options.date !== undefined && options.by < options.date) {
    throw new UserError(`--by (${options.by}) is before --date (${options.date}), the day they replied: --by is when they said they would pay or put it right. Check the two dates.`);
  }
  if (options.accept && options.reject) throw new UserError('Use either --accept or --reject, not both.');
  if (options.change && !options.accept && !options.reject) throw new UserError('--change goes with --accept or --reject: it changes the answer to their offer you recorded before. For example: redress reply case.yaml --reject --change --reason "why"');
  const kinds = [options.offer !== undefined && '--offer', options.correction !== undefined && '--correction', options.refused && '--refused', options.other !== undefined && '--other'].filter(Boolean);
  if (kinds.length > 1) throw new UserError(`Use one of ${kinds.join(', ')}: a reply is one of them. Record a second reply with a second command.`);
  if ((options.refused || options.other !== undefined) && (options.accept || options.reject)) {
    throw new UserError('--accept and --reject answer an offer; a refusal or another reply has nothing to accept.');
  }
  let amount: number | undefined;
  if (options.offer !== undefined) {
    amount = parseAmount(options.offer);
    if (amount === undefined) throw new UserError(`--offer needs the amount they offered, such as 50, 49.99 or 39,90 (got ${JSON.stringify(safeForTerminal(options.offer))}).`);
  }
  if (file === '-') {
    throw new UserError('reply records the business\'s reply in the case file, so the case must be a file, not standard input. Save it as a file and give its name, for example: redress reply case.yaml --refused', EXIT_USAGE);
  }
  try {
    if (!statSync(file).isFile()) throw new UserError(`${safeForTerminal(file)} is not a regular file. Give the case file the reply belongs to.`);
  } catch (error) {
    if (error instanceof UserError) throw error;
  }
  const read = () => readTextFile(file, { what: 'case file', hint: 'Give the case file of the dispute (see `redress status`).' });
  const source = await read();
  const loaded = parseCaseWithPositions(source, file);
  const c = loaded.value;
  const today = localToday();
  const date = options.date ?? today;
  if (date > today) throw new UserError(`--date ${date} is after today. Give the day the reply came.`);
  // Without --date the reply is recorded as today's: a --by before it means it came earlier.
  if (options.by !== undefined && options.date === undefined && options.by < date) {
    throw new UserError(`--by (${options.by}) is before today (${date}), the day this reply is recorded as, since no --date is given: --by is when they said they would pay or put it right. If they replied earlier, give that day with --date. Nothing was recorded.`);
  }
  // Words for the next letter are checked now, as draft would check them.
  const language = letterStyle(c).language;
  await loadToneCheck(language);
  assertKindWords([['--reason', options.reason], ['--correction', options.correction], ['--other', options.other], ['--text', options.text]], language, file);

  // What to change in the file's text; made again from the file as it is if it changed meanwhile.
  let edit: (text: string) => string;
  let said: string;
  const { locale, currency } = letterStyle(c);
  // "--offer 1,500" from a writer whose decimals take a comma: 1,5 or 1500, asked as a case file's amount is.
  const commaGrouped = options.offer !== undefined && localeWritesDecimalComma(locale) ? ambiguousForDecimalComma(options.offer) : undefined;
  if (commaGrouped) throw new UserError(`--offer ${JSON.stringify(safeForTerminal(options.offer!))} ${commaGrouped.replace('write it as', 'give it as --offer').replace(', or as ', ', or as --offer ')}.`);
  // "--offer £50" on a case in dollars: the figure alone would be recorded as fifty dollars.
  const other = options.offer === undefined ? undefined : otherCurrency(options.offer, currency);
  if (other) {
    throw new UserError(
      `--offer ${JSON.stringify(safeForTerminal(options.offer!))} is in ${other}, but this case's amounts are in ${currency}. Give the offer in ${currency}, as a number such as --offer ${amount}, or set purchase.currency in ${safeForTerminal(file)} if the case is in ${other}.`,
    );
  }
  if (amount !== undefined) {
    const unpayable = unpayableOffer(amount, currency, `--offer ${safeForTerminal(options.offer!)}`);
    if (unpayable) throw new UserError(`${unpayable}. Nothing was recorded.`);
  }
  // What redress says here is English: its dates are written the English way whatever the letter's language.
  const dateLocale = locale.startsWith('en') ? locale : 'en-GB';
  const money = (n: number) => formatMoney(n, currency, locale);
  // A reply answers a letter: it cannot come before the first one.
  const firstLetter = lettersSent(c)[0]?.date;
  if (options.date !== undefined && firstLetter !== undefined && date < firstLetter) {
    throw new UserError(
      `--date ${date} is before your first letter to ${safeForTerminal(c.recipient.company)} (${formatDate(firstLetter, dateLocale)}), so it cannot be their reply to it. Nothing was recorded.\nCheck the date and run the command again, with the day their reply came. If they said something before you wrote (on the phone, say), add it to contacts: in ${safeForTerminal(file)} instead.`,
    );
  }
  // Nor, with no letter recorded yet, before what the complaint is about was bought.
  const bought = purchaseDate(c);
  if (options.date !== undefined && bought !== undefined && date < bought) {
    throw new UserError(
      `--date ${date} is before your purchase from ${safeForTerminal(c.recipient.company)} (${formatDate(bought, dateLocale)}, purchase.date in ${safeForTerminal(file)}), so it cannot be their reply to your complaint. Nothing was recorded.\nCheck the date and run the command again, with the day their reply came (or correct purchase.date, if that is the wrong one).`,
    );
  }

  if (kinds.length === 0 && (options.accept || options.reject)) {
    // An answer to the offer already recorded.
    const offer = openOffer(c);
    if (!offer) {
      throw new UserError(`${safeForTerminal(file)} records no offer to ${options.accept ? 'accept' : 'reject'}. Record their reply first, e.g. \`redress reply ${safeForTerminal(file)} --offer 50\`.`);
    }
    const answer = options.accept ? 'accepted' : 'rejected';
    const offerDate = formatDate(offer.date, dateLocale);
    const before = offer.answer === 'accepted' || offer.answer === 'rejected' ? offer.answer : undefined;
    // Answered before: the same answer is not recorded again, and another replaces it only when asked to.
    if (before === answer && options.reason === undefined && options.notes === undefined) {
      const status = caseStatus(c, today, { file });
      process.stderr.write(`Already recorded in ${safeForTerminal(file)} under history.replies: you ${answer === 'accepted' ? 'accept' : 'do not accept'} their offer of ${offerDate}. Nothing was changed.\nNext: ${safeForTerminal(status.next.text)}.\n`);
      return EXIT_OK;
    }
    if (before !== undefined && before !== answer && !options.change) {
      const sent = lettersSent(c).find((l) => l.date >= offer.date && l.stage === (before === 'accepted' ? 'accept-offer' : 'answer-offer'));
      throw new UserError(
        `You already ${before === 'accepted' ? 'accepted' : 'turned down'} their offer of ${offerDate} (answer: ${before}, under history.replies in ${safeForTerminal(file)}). Nothing was changed.\n` +
          (sent ? `Your letter of ${formatDate(sent.date, dateLocale)} told them so: if you change your mind, tell them too.\n` : '') +
          `If you have changed your mind, run it again with --change: redress reply ${safeForTerminal(file)} --${options.accept ? 'accept' : 'reject'} --change${options.reason !== undefined ? ` --reason ${JSON.stringify(safeForTerminal(options.reason))}` : options.reject ? ' --reason "why it does not put things right"' : ''}`,
      );
    }
    const changes: Entry = [['answer', answer], ['reason', options.reason], ['notes', options.notes]];
    edit = (text) => {
      const now = text === source ? c : parseCaseWithPositions(text, file).value;
      const offerNow = now === c ? offer : openOffer(now);
      if (!offerNow) throw new UserError(`${safeForTerminal(file)} no longer records an offer to answer. Nothing was recorded.`);
      return updateReply(text, (now.history?.replies ?? []).indexOf(offerNow), changes);
    };
    said = `that you ${before !== undefined && before !== answer ? 'now ' : ''}${options.accept ? 'accept' : 'do not accept'} their offer of ${offerDate}${before !== undefined && before !== answer ? ` (the answer recorded before, ${before}, is replaced)` : ''}`;
    if (options.reason !== undefined && offer.reason !== undefined && offer.reason.trim() !== options.reason.trim()) said += ' (your new reason replaces the one recorded before)';
  } else {
    let reply: ReplyRecord;
    if (kinds.length === 0) {
      if (!canPrompt(options)) {
        throw new UserError(
          `Say what they replied: --offer AMOUNT, --correction "what they will do", --refused or --other "what they said" (with --date YYYY-MM-DD, default today; --accept or --reject for an offer).\nFor example: redress reply ${safeForTerminal(file)} --date ${today} --offer 50`,
          EXIT_USAGE,
        );
      }
      const asked = await askReply(c, today);
      if (!asked) {
        process.stderr.write('\nStopped. Nothing was recorded.\n');
        return EXIT_INTERRUPTED;
      }
      reply = asked;
    } else {
      const kind = options.offer !== undefined ? 'offer' : options.correction !== undefined ? 'correction' : options.refused ? 'refusal' : 'other';
      const text = options.correction ?? options.other ?? options.text;
      reply = {
        date,
        kind,
        ...(amount !== undefined && { amount }),
        ...(text !== undefined && text.trim() !== '' && { text: text.trim() }),
        ...(options.by !== undefined && { by: options.by }),
        ...((options.accept || options.reject) && { answer: options.accept ? 'accepted' : 'rejected' }),
        ...(options.reason !== undefined && { reason: options.reason }),
        ...(options.notes !== undefined && { notes: options.notes }),
      };
    }
    const recorded = reply;
    edit = (text) => recordReply(text, recorded);
    said =
      reply.kind === 'offer'
        ? `their offer${reply.amount !== undefined ? ` of ${money(reply.amount)}` : ''}`
        : reply.kind === 'correction'
          ? 'their offer to put it right'
          : reply.kind === 'refusal'
            ? 'that they said no'
            : 'their reply';
    said += ` (${formatDate(reply.date, dateLocale)})`;
    const replies = c.history?.replies ?? [];
    // The same command run twice records the reply once.
    if (replies.some((r) => sameReply(r, recorded))) {
      const status = caseStatus(c, today, { file });
      process.stderr.write(`Already recorded in ${safeForTerminal(file)} under history.replies: ${said}. Nothing was added.\nNext: ${safeForTerminal(status.next.text)}.\n`);
      return EXIT_OK;
    }
    if (replies.length >= MAX_LIST) {
      throw new UserError(
        `Nothing was recorded: ${safeForTerminal(file)} already records ${replies.length} replies, the most a case file holds. Move the oldest replies out of history.replies (into a note of your own, or a copy of the file) and run this again; the letters use only the latest replies.`,
      );
    }
  }
  // The edited file must still be a valid case (an offer needs an amount, dates must be dates).
  // The case as saved: read once, from the text that was written.
  const saved: { value?: Case } = {};
  const checked = (text: string) => {
    const edited = edit(text);
    try {
      saved.value = parseCaseWithPositions(edited, file).value;
    } catch (error) {
      if (error instanceof CaseFileError) throw new UserError(`Nothing was recorded: the reply would leave ${safeForTerminal(file)} with a problem.\n${error.message}`);
      throw error;
    }
    return edited;
  };
  await editFileAtomic(file, read, checked, source);
  const after = saved.value!;
  const status = caseStatus(after, today, { file });
  const offerNow = openOffer(after);
  const unexplained = fullOfferTurnedDownUnexplained(offerNow, amountAsked(after))
    ? `Their offer of ${money(offerNow!.amount!)} is all you asked for, so your next letter needs to say why you turn it down (for example the conditions they attached, or that the money never came): redress reply ${safeForTerminal(file)} --reject --reason "why".\n`
    : '';
  process.stderr.write(`Recorded ${said} in ${safeForTerminal(file)} under history.replies.\n${unexplained}Next: ${safeForTerminal(status.next.text)}.\n`);
  return EXIT_OK;
}
