// `redress` / `redress draft` in a terminal: asks about what happened, shows the letter,
// and lets the person copy, mail or save it. Every answer is saved as it is given, so
// Ctrl-C never loses anything; the next run offers to carry on.
import { readFile } from 'node:fs/promises';
import { constants } from 'node:os';
import type { Case, Stage } from '../case/schema.js';
import { isCalendarDate } from '../case/dates.js';
import type { Problem } from '../case/validate.js';
import { EXIT_INTERRUPTED, EXIT_OK } from '../errors.js';
import { assertFormat } from '../letter/formats.js';
import type { Format } from '../letter/render.js';
import { findTemplate, userTemplateDirs } from '../letter/templates.js';
import { colorEnabled, colors } from '../io/color.js';
import { quoteValue, safeForTerminal } from '../io/terminal.js';
import { writeFileAtomic } from '../io/write.js';
import { asInvoked } from '../util/invocation.js';
import { addToCaseYaml } from './case-yaml.js';
import type { FlowContext } from './context.js';
import { asCaseData, getAt, getText, setAt, type CaseData } from './data.js';
import { askMissing, settle, type FlowHooks } from './flow.js';
import { createInquirerPrompter } from './inquirer-prompter.js';
import { createPlainPrompter } from './plain-prompter.js';
import { previewAndChoose } from './menu.js';
import { Interrupted, type Prompter } from './prompter.js';
import { STEPS } from './steps.js';
import { clearDraft, loadDraft, loadProfile, places, saveDraft, saveProfile, setAsideDraft, type Places } from './store.js';

export { Interrupted } from './prompter.js';
export type { Prompter } from './prompter.js';

export interface WizardOptions {
  format: string;
  out?: string;
  force?: boolean;
  template?: string;
  templates?: string;
  stage?: Stage;
  date?: string;
  locale?: string;
  copy?: boolean;
  mail?: boolean;
  resume?: boolean;
}

/** Where the wizard talks and writes; everything defaults to the real terminal. */
export interface WizardIO {
  prompter?: Prompter;
  /** Standard output: "print" writes the letter here. */
  stdout?: NodeJS.WritableStream;
  /** Where the one-line Ctrl-C message goes. */
  stderr?: NodeJS.WritableStream;
  /** The terminal the questions are shown on (also used for OSC 52). */
  terminal?: NodeJS.WriteStream;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  color?: boolean;
  /** Catch Ctrl-C outside the questions too (off in unit tests). */
  handleSignals?: boolean;
}

interface Session {
  prompter: Prompter;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  terminal?: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
  color: boolean;
  places: Places;
  /** A draft file exists with this session's (or the resumed) answers. */
  draftSaved: boolean;
  /** An earlier draft is still on disk (the person chose to start afresh, and nothing new is saved yet). */
  earlierDraft: boolean;
  handleSignals: boolean;
}

const RESUME_HINT = 'run `redress draft --resume` to carry on';

function openSession(io: WizardIO): Session {
  // The questions go to the terminal; when standard output is redirected (`redress > letter.txt`)
  // they go to standard error, and "print" still writes the letter to standard output.
  const terminal = io.terminal ?? (process.stdout.isTTY ? process.stdout : process.stderr);
  const env = io.env ?? process.env;
  const color = io.color ?? colorEnabled(terminal);
  return {
    // A terminal that cannot move the cursor gets plain line-by-line questions.
    prompter: io.prompter ?? (env.TERM === 'dumb' ? createPlainPrompter({ output: terminal }) : createInquirerPrompter({ output: terminal, color })),
    stdout: io.stdout ?? process.stdout,
    stderr: io.stderr ?? process.stderr,
    terminal,
    env,
    cwd: io.cwd ?? process.cwd(),
    color,
    places: places(env),
    draftSaved: false,
    earlierDraft: false,
    handleSignals: io.handleSignals ?? io.prompter === undefined,
  };
}

function stoppedLine(session: Session): string {
  if (session.draftSaved) return asInvoked(`Stopped. Your answers are saved: ${RESUME_HINT}.\n`, session.env);
  if (session.earlierDraft) return asInvoked(`Stopped. Your earlier answers are still saved: ${RESUME_HINT} with them.\n`, session.env);
  return 'Stopped. Nothing was saved.\n';
}

/**
 * Ctrl-C outside a question (while a file is written or a program runs) arrives as a signal;
 * and if the input closes under a question, nothing is left to wait for. Both end the run
 * like Ctrl-C at a question: one line, exit code 130.
 */
function guard(session: Session): () => void {
  if (!session.handleSignals) return () => {};
  const onSignal = (signal: NodeJS.Signals) => {
    session.stderr.write(`\n${stoppedLine(session)}`);
    process.exit(signal === 'SIGINT' ? EXIT_INTERRUPTED : 128 + (constants.signals[signal] ?? 15));
  };
  const onBeforeExit = () => {
    session.stderr.write(stoppedLine(session));
    process.exitCode = EXIT_INTERRUPTED;
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.once('beforeExit', onBeforeExit);
  return () => {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    process.removeListener('beforeExit', onBeforeExit);
  };
}

function flowContext(session: Session, data: CaseData, asked: Iterable<string>, format: Format): FlowContext {
  return {
    prompter: session.prompter,
    data,
    asked: new Set(asked),
    c: colors(session.color),
    format,
    profilePlace: session.places.profile,
    rememberProfile: (sender) => saveProfile(session.places.profile, sender),
    checkpoint: async () => {},
    env: session.env,
  };
}

function hooksFor(session: Session, ctx: FlowContext, options: { template?: string; templates?: string }, prune: boolean): FlowHooks {
  let warned = false;
  const hooks: FlowHooks = {
    prune,
    ...(options.template !== undefined && { template: options.template }),
    userTemplateDirs: userTemplateDirs(options.templates),
    async save() {
      try {
        await saveDraft(session.places.draft, ctx.data, ctx.asked);
        session.draftSaved = true;
      } catch (error) {
        // Never stop someone's letter because the draft could not be kept.
        if (!warned) {
          warned = true;
          ctx.prompter.say(ctx.c.yellow(`I could not save your answers as you go (${safeForTerminal(String((error as Error).message ?? error))}); carry on, but Ctrl-C would lose them.`));
        }
      }
    },
  };
  ctx.checkpoint = () => hooks.save();
  return hooks;
}

/** --stage, --date and --locale answer those questions. */
function applyFlags(ctx: FlowContext, options: { stage?: Stage; date?: string; locale?: string }): void {
  if (options.stage !== undefined) {
    setAt(ctx.data, 'letter.stage', options.stage);
    ctx.asked.add('letter.stage');
  }
  if (options.date !== undefined && isCalendarDate(options.date)) setAt(ctx.data, 'letter.date', options.date);
  if (options.locale !== undefined) setAt(ctx.data, 'letter.locale', options.locale);
}

function savedWhen(savedAt: string): string {
  const date = new Date(savedAt);
  if (Number.isNaN(date.getTime())) return '';
  return ` (saved ${date.toLocaleString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' })})`;
}

async function startingPoint(session: Session, resume: boolean): Promise<{ data: CaseData; asked: string[] }> {
  const { prompter } = session;
  const c = colors(session.color);
  const draft = await loadDraft(session.places.draft);
  if (draft === 'unreadable') {
    const kept = await setAsideDraft(session.places.draft);
    const where = kept ? `; I kept it as ${safeForTerminal(kept)}` : '';
    prompter.say(c.yellow(`Your saved answers could not be read (the file may be damaged)${where}, so let us start a new letter.`));
    return { data: {}, asked: [] };
  }
  if (!draft) {
    if (resume) prompter.say('There are no saved answers to carry on with, so let us start a new letter.');
    return { data: {}, asked: [] };
  }
  session.earlierDraft = true;
  const company = getText(draft.data, 'recipient.company');
  const whom = company ? `to ${quoteValue(company, 60)}` : '(not addressed to anyone yet)';
  if (resume) {
    prompter.say(`Carrying on with your letter ${whom}${savedWhen(draft.savedAt)}.`);
    session.draftSaved = true;
    return { data: draft.data, asked: draft.asked };
  }
  const choice = await prompter.select({
    message: `You have an unfinished letter ${whom}${savedWhen(draft.savedAt)}.`,
    choices: [
      { value: 'resume', name: 'Carry on with it' },
      { value: 'new', name: 'Start a new letter', description: 'the saved answers will be replaced' },
    ],
    default: 'resume',
  });
  if (choice === 'resume') {
    session.draftSaved = true;
    return { data: draft.data, asked: draft.asked };
  }
  return { data: {}, asked: [] };
}

export async function runWizard(options: WizardOptions, io: WizardIO = {}): Promise<number> {
  const format = assertFormat(options.format);
  const dirs = userTemplateDirs(options.templates);
  if (options.template !== undefined) findTemplate(options.template, dirs); // a wrong name is said now, not after every question
  const session = openSession(io);
  const release = guard(session);
  try {
    const { prompter } = session;
    const c = colors(session.color);
    prompter.say(
      `${c.bold('redress')} asks about what happened and writes a calm, firm letter for you.\n` +
        c.dim('Questions marked "Enter to skip" are optional (Esc skips too). Ctrl-C stops at any time; your answers are kept.'),
    );
    const start = await startingPoint(session, options.resume === true);
    const ctx = flowContext(session, start.data, start.asked, format);
    ctx.profile = await loadProfile(session.places.profile);
    applyFlags(ctx, options);
    const hooks = hooksFor(session, ctx, options, true);
    const delivered = await previewAndChoose(
      ctx,
      hooks,
      { format, ...(options.out !== undefined && { out: options.out }), force: options.force, copy: options.copy, mail: options.mail },
      {
        stdout: session.stdout,
        ...(session.terminal && { terminal: session.terminal }),
        env: session.env,
        cwd: session.cwd,
        delivered: async () => {
          await clearDraft(session.places.draft);
          session.draftSaved = false;
          session.earlierDraft = false;
        },
      },
    );
    prompter.say(delivered ? 'All done. I hope they put it right quickly.' : asInvoked(`Your answers are kept: ${RESUME_HINT} with this letter.`, session.env));
    return EXIT_OK;
  } catch (error) {
    if (error instanceof Interrupted) {
      session.stderr.write(stoppedLine(session));
      return EXIT_INTERRUPTED;
    }
    throw error;
  } finally {
    release();
  }
}

export interface FillRequest {
  /** The case file's data (parsed YAML), valid apart from missing answers. */
  data: unknown;
  file: string;
  /** The case file's text, to add the answers to if the person wants. */
  source?: string;
  problems: Problem[];
  format: string;
  template?: string;
  templates?: string;
  stage?: Stage;
  date?: string;
  locale?: string;
}

/**
 * `draft --from case.yaml` in a terminal, when the file lacks answers the letter needs:
 * asks only for those, offers to add them to the file, and hands back the whole case.
 */
export async function fillMissing(request: FillRequest, io: WizardIO = {}): Promise<{ value: Case } | { code: number }> {
  const format = assertFormat(request.format);
  const session = openSession(io);
  const release = guard(session);
  try {
    const { prompter } = session;
    const ctx = flowContext(session, asCaseData(request.data), STEPS.map((step) => step.id), format);
    ctx.profile = await loadProfile(session.places.profile);
    applyFlags(ctx, request);
    const flagged = structuredClone(ctx.data);
    const count = request.problems.length;
    prompter.say(
      `${quoteValue(request.file, 200)} is missing ${count === 1 ? 'an answer' : 'some answers'} the letter needs. I will ask for ${count === 1 ? 'it' : 'them'}; Ctrl-C stops.`,
    );
    const hooks = hooksFor(session, ctx, request, false);
    await askMissing(ctx, hooks);
    const { value } = await settle(ctx, hooks);
    // Offer to keep the new answers in the case file, so they are not asked again.
    const added: Record<string, unknown> = {};
    for (const step of STEPS) {
      for (const path of step.paths) {
        const now = getAt(ctx.data, path);
        if (now !== undefined && JSON.stringify(now) !== JSON.stringify(getAt(flagged, path))) added[path] = now;
      }
    }
    if (request.source !== undefined && Object.keys(added).length > 0) {
      const yes = await prompter.confirm({ message: `Add your answers to ${quoteValue(request.file, 200)}, so you are not asked again?`, default: true });
      if (yes) {
        try {
          const current = await readFile(request.file, 'utf8');
          if (current !== request.source) throw new Error('the file changed while you answered');
          await writeFileAtomic(request.file, addToCaseYaml(request.source, added), { force: true });
          prompter.say(`Added your answers to ${quoteValue(request.file, 200)}.`);
        } catch (error) {
          prompter.say(colors(session.color).yellow(`I could not add them to the file (${safeForTerminal(String((error as Error).message))}); the letter is written anyway.`));
        }
      }
    }
    await clearDraft(session.places.draft);
    session.draftSaved = false;
    return { value };
  } catch (error) {
    if (error instanceof Interrupted) {
      session.stderr.write(stoppedLine(session));
      return { code: EXIT_INTERRUPTED };
    }
    throw error;
  } finally {
    release();
  }
}
