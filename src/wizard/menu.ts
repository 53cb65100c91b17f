// The letter is shown, then the person chooses what to do with it: copy it, open it in
// the mail app, save it, print it, keep the answers as a case file, change an answer.
import { resolve } from 'node:path';
import { today } from '../case/dates.js';
import type { Case } from '../case/schema.js';
import { UserError } from '../errors.js';
import { produceLetter } from '../letter/produce.js';
import type { Output, TextOutput } from '../letter/formats.js';
import { attachEnclosures, howToSendByPost } from '../letter/post.js';
import type { Format, Letter } from '../letter/render.js';
import { copyToClipboard } from '../io/clipboard.js';
import { openInMailApp } from '../io/mail.js';
import { expandHome } from '../io/home-path.js';
import { quoteValue, safeForTerminal } from '../io/terminal.js';
import { FileExistsError, writeFileAtomic } from '../io/write.js';
import { asInvoked } from '../util/invocation.js';
import { caseYaml } from './case-yaml.js';
import type { FlowContext } from './context.js';
import { getText } from './data.js';
import { changeable, changeAnswer, settle, type FlowHooks } from './flow.js';
import type { Choice } from './prompter.js';
import { keptNotes, useCalmerWording } from './tone.js';
import { t } from './i18n.js';
import { stepLabel } from './steps.js';
import type { CopyResult } from '../io/clipboard.js';
import type { MailResult } from '../io/mail.js';

export interface MenuOptions {
  format: Format;
  /** --out: save the letter there straight away. */
  out?: string;
  force?: boolean;
  /** --copy / --mail: do that straight away. */
  copy?: boolean;
  mail?: boolean;
}

export interface MenuIO {
  /** Standard output, for "print". */
  stdout: NodeJS.WritableStream;
  /** The terminal, for OSC 52 when no clipboard tool works. */
  terminal?: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Called after the letter went somewhere (the draft is then cleared). */
  delivered(): Promise<void>;
}

type Action = 'calm' | 'copy' | 'mail' | 'save' | 'print' | 'case' | 'change' | 'quit';

function slug(text: string | undefined): string {
  const base = (text ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return base || 'letter';
}

/** A file name as one word for a POSIX shell: as it is when plain, else in single quotes. */
export function shellWord(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

export function preview(ctx: FlowContext, letter: Letter): void {
  const rule = ctx.c.dim('─'.repeat(60));
  ctx.prompter.say(`\n${ctx.c.bold(t('menu.yourLetter'))}\n${rule}\n${safeForTerminal(`${t('menu.subject', { subject: letter.subject })}\n\n${letter.body}`)}\n${rule}`);
}

/** Asks for a file name and writes `content` there; never replaces a file without asking. */
async function saveAs(ctx: FlowContext, io: MenuIO, content: string | Uint8Array, suggested: string, what: string): Promise<string | undefined> {
  let name = suggested;
  for (;;) {
    const answer = await ctx.prompter.text({ message: t('menu.saveAs', { what }), default: name, optional: true });
    if (answer === '') return undefined;
    // "~/letters/x.txt" is in the home folder, as on the command line (no shell reads the answer).
    const file = resolve(io.cwd, expandHome(answer));
    try {
      await writeFileAtomic(file, content);
      return answer;
    } catch (error) {
      if (error instanceof FileExistsError) {
        const replace = await ctx.prompter.confirm({ message: t('menu.exists', { file: quoteValue(answer, 100) }), default: false });
        if (replace) {
          try {
            await writeFileAtomic(file, content, { force: true });
            return answer;
          } catch (again) {
            if (!(again instanceof UserError)) throw again;
            ctx.prompter.say(ctx.c.yellow(again.message));
          }
        }
        name = answer.replace(/(\.[^./\\]+)?$/, (ext) => `-2${ext}`);
        continue;
      }
      if (error instanceof UserError) {
        ctx.prompter.say(ctx.c.yellow(error.message));
        continue;
      }
      throw error;
    }
  }
}

/** The letter in the chosen format for a file; to copy or print, a PDF's letter is given as text. */
function output(value: Case, options: MenuOptions, hooks: FlowHooks, ctx: FlowContext, use: 'file'): Output | undefined;
function output(value: Case, options: MenuOptions, hooks: FlowHooks, ctx: FlowContext): TextOutput | undefined;
function output(value: Case, options: MenuOptions, hooks: FlowHooks, ctx: FlowContext, use?: 'file'): Output | undefined {
  try {
    const produced = produceLetter(value, { format: use === 'file' || options.format !== 'pdf' ? options.format : 'text', template: hooks.template, userTemplateDirs: hooks.userTemplateDirs ?? [] });
    if (!produced.ok) return undefined;
    return produced.output;
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    ctx.prompter.say(ctx.c.yellow(error.message));
    return undefined;
  }
}

/** What became of a copy, in the wizard's language (describeCopy says it in English for the command line). */
function copyMessage(result: CopyResult): string {
  if (!result.ok) return t('copy.failed', { tried: result.tried.length > 0 ? t('copy.tried', { tools: result.tried.join(', ') }) : '' });
  if (result.via === 'terminal') return t('copy.terminal');
  return t('copy.done', { tool: result.method });
}

/** What became of opening the mail app, in the wizard's language (as describeMail says it). */
function mailLines(result: MailResult): string[] {
  const lines: string[] = [];
  if (result.opened.ok) lines.push(t('mail.opened', { tool: result.opened.method }));
  else lines.push(t('mail.failed'), result.url);
  if (!result.bodyInUrl) {
    if (result.copied?.ok) lines.push(result.copied.via === 'terminal' ? t('mail.longTerminal') : t('mail.longCopied', { tool: result.copied.method }));
    else lines.push(t('mail.longFailed'));
  }
  return lines;
}

/** Copies the letter: 'tool' when a clipboard program took it, 'terminal' when sent as OSC 52 (which nothing confirms). */
async function copy(ctx: FlowContext, io: MenuIO, content: string): Promise<'tool' | 'terminal' | false> {
  const result = await copyToClipboard(content, { env: io.env, ...(io.terminal && { terminal: io.terminal }) });
  ctx.prompter.say(copyMessage(result));
  if (!result.ok) {
    ctx.prompter.say(safeForTerminal(content));
    return false;
  }
  if (result.via === 'terminal') ctx.prompter.say(ctx.c.dim(t('copy.terminalCheck')));
  return result.via;
}

async function mail(ctx: FlowContext, io: MenuIO, letter: Letter): Promise<boolean> {
  const result = await openInMailApp(
    { ...(letter.case.recipient.email && { to: letter.case.recipient.email }), subject: letter.subject, body: letter.body },
    { env: io.env, ...(io.terminal && { terminal: io.terminal }) },
  );
  ctx.prompter.say(mailLines(result).join('\n'));
  sayAttachEnclosures(ctx, letter);
  return result.opened.ok;
}

/** An e-mail carries only the letter: the documents the case lists to enclose are attached by the writer, as draft says. */
function sayAttachEnclosures(ctx: FlowContext, letter: Letter): void {
  if (!attachEnclosures(letter.case)) return;
  const listed = letter.case.evidence.filter((item) => item.trim()).length;
  ctx.prompter.say(listed === 1 ? t('menu.attach.one') : t('menu.attach.many', { count: listed }));
}

/**
 * Shows the letter and runs the menu until the person is done.
 * Returns whether the letter went anywhere since the answers last changed.
 */
export async function previewAndChoose(ctx: FlowContext, hooks: FlowHooks, options: MenuOptions, io: MenuIO): Promise<boolean> {
  let deliveredNow = false;
  /** Copied since the answers last changed: a clipboard is not a safe place, so the answers stay until the person says so. */
  let copiedNow = false;
  /** Files saved with the letter or the answers, which a changed answer makes out of date. */
  const savedFiles = new Map<string, 'letter' | 'case'>();
  let changed = false;
  let first = true;
  const save = hooks.save;
  const watched: FlowHooks = {
    ...hooks,
    async save() {
      deliveredNow = false;
      copiedNow = false;
      changed = true;
      await save();
    },
  };
  const done = async () => {
    deliveredNow = true;
    await io.delivered();
  };
  const copied = (how: 'tool' | 'terminal' | false) => {
    if (how) copiedNow = true;
  };
  /** The letter's own record, for a case file: its date, its stage, and (once it has gone out) the letters sent. */
  const recorded = (value: Letter['case']) => {
    const data = structuredClone(ctx.data);
    const letter = { ...((data.letter as Record<string, unknown> | undefined) ?? {}) };
    letter.date = value.letter.date;
    letter.stage = value.letter.stage;
    if (deliveredNow || copiedNow) {
      const previous = Array.isArray(letter.previous) ? (letter.previous as string[]) : [];
      if (!previous.includes(value.letter.date)) letter.previous = [...previous, value.letter.date].sort();
    }
    data.letter = letter;
    return data;
  };
  for (;;) {
    const { value, produced } = await settle(ctx, watched);
    const letter = produced.letter;
    const company = getText(ctx.data, 'recipient.company');
    preview(ctx, letter);
    if (changed && savedFiles.size > 0) {
      const list = [...savedFiles].map(([file, what]) => `${quoteValue(file, 100)} (${what === 'letter' ? t('menu.outOfDate.letter') : t('menu.outOfDate.case')})`).join(', ');
      ctx.prompter.say(ctx.c.yellow(t('menu.outOfDate', { files: list })));
      savedFiles.clear();
    }
    changed = false;
    if (first) {
      first = false;
      if (options.out) {
        const made = output(value, options, hooks, ctx, 'file');
        if (made) {
          try {
            await writeFileAtomic(resolve(io.cwd, options.out), made.content, { force: options.force });
            ctx.prompter.say(t('menu.savedLetter', { file: quoteValue(options.out, 200) }));
            if (options.format === 'pdf') ctx.prompter.say(howToSendByPost(letter.case).join('\n'));
            if (options.format === 'eml') sayAttachEnclosures(ctx, letter);
            await done();
          } catch (error) {
            if (!(error instanceof UserError)) throw error;
            ctx.prompter.say(ctx.c.yellow(error.message));
          }
        }
      }
      if (options.copy) {
        const made = output(value, options, hooks, ctx);
        if (made) copied(await copy(ctx, io, made.content));
      }
      if (options.mail && (await mail(ctx, io, letter))) await done();
    }
    const extension = options.format === 'text' ? 'txt' : options.format === 'markdown' ? 'md' : options.format;
    // Words the person chose to keep are shown once more, now that the whole letter is there.
    const kept = keptNotes(ctx.data);
    const calmer = kept.filter((note) => note.suggestion !== undefined);
    if (kept.length > 0) {
      const lines = [ctx.c.yellow(t('menu.keptWords'))];
      for (const note of kept) {
        lines.push(`  ${ctx.c.yellow('!')} ${quoteValue(note.text, 60)}: ${safeForTerminal(note.message)}`);
        if (note.suggestion !== undefined) lines.push(`    ${ctx.c.dim(t('menu.keptCalmer'))} ${quoteValue(note.suggestion, 200)}`);
      }
      ctx.prompter.say(lines.join('\n'));
    }
    const choices: Choice<Action>[] = [
      ...(calmer.length > 0 ? [{ value: 'calm' as const, name: t('menu.calm'), description: calmer.length === 1 ? t('menu.calm.one') : t('menu.calm.many', { count: calmer.length }) }] : []),
      { value: 'copy', name: t('menu.copy') },
      { value: 'mail', name: t('menu.mail'), description: letter.case.recipient.email ? t('menu.mail.to', { email: safeForTerminal(letter.case.recipient.email) }) : t('menu.mail.noAddress') },
      { value: 'save', name: t('menu.save'), description: t('menu.save.description', { format: options.format }) },
      { value: 'print', name: t('menu.print'), description: t('menu.print.description') },
      { value: 'case', name: t('menu.case'), description: asInvoked(t('menu.case.description'), io.env) },
      { value: 'change', name: t('menu.change') },
      { value: 'quit', name: deliveredNow || copiedNow ? t('menu.done') : t('menu.quit') },
    ];
    let again = false;
    while (!again) {
      const action = await ctx.prompter.select({ message: t('menu.ask'), choices, default: deliveredNow || copiedNow ? 'quit' : calmer.length > 0 ? 'calm' : 'copy' });
      switch (action) {
        case 'calm':
          if (useCalmerWording(ctx.data, calmer) > 0) await watched.save();
          again = true;
          break;
        case 'copy': {
          const made = output(value, options, hooks, ctx);
          if (made) copied(await copy(ctx, io, made.content));
          break;
        }
        case 'mail':
          if (await mail(ctx, io, letter)) await done();
          break;
        case 'save': {
          const made = output(value, options, hooks, ctx, 'file');
          if (!made) break;
          const file = await saveAs(ctx, io, made.content, `${slug(company)}-${t('menu.fileSuffix.letter')}.${extension}`, t('menu.saveAs.letter'));
          if (file) {
            ctx.prompter.say(t('menu.savedLetter', { file: quoteValue(file, 200) }));
            if (options.format === 'pdf') ctx.prompter.say(howToSendByPost(letter.case).join('\n'));
            if (options.format === 'eml') sayAttachEnclosures(ctx, letter);
            savedFiles.set(file, 'letter');
            await done();
          }
          break;
        }
        case 'print': {
          const made = output(value, options, hooks, ctx);
          if (made) {
            io.stdout.write(made.content);
            await done();
          }
          break;
        }
        case 'case': {
          const comment = asInvoked(`A case written by redress on ${today()}.\nIt records this letter (its date and stage; once sent, under letter.previous).\nWrite it again with: redress draft --from THIS-FILE\nWrite the next one (a reminder, then a final letter) with: redress draft --from THIS-FILE --next --record`, io.env);
          const file = await saveAs(ctx, io, caseYaml(recorded(letter.case), comment), `${slug(company)}-${t('menu.fileSuffix.case')}.yaml`, t('menu.saveAs.case'));
          if (file) savedFiles.set(file, 'case');
          if (file) ctx.prompter.say(asInvoked(t('menu.savedCase', { file: quoteValue(file, 200), command: safeForTerminal(shellWord(file)) }), io.env));
          break;
        }
        case 'change': {
          const list = changeable(ctx);
          const picked = await ctx.prompter.select<string>({
            message: t('menu.whichAnswer'),
            choices: [...list.map(({ step, summary }) => ({ value: step.id, name: `${stepLabel(step)}: ${summary}` })), { value: '', name: t('menu.goBack') }],
          });
          const step = list.find((item) => item.step.id === picked)?.step;
          if (step) {
            await changeAnswer(ctx, step, watched);
            again = true;
          }
          break;
        }
        case 'quit':
          if (!deliveredNow && copiedNow) {
            // The letter is only on the clipboard: keep the answers unless the person is sure it is safe.
            const sent = await ctx.prompter.confirm({ message: t('menu.clipboardOnly'), default: false });
            if (sent) await done();
          }
          return deliveredNow;
      }
      choices[choices.length - 1]!.name = deliveredNow || copiedNow ? t('menu.done') : t('menu.quit');
    }
  }
}
