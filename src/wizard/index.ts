// `redress` / `redress draft` in a terminal: asks about what happened, shows the letter,
// and lets the person copy, mail or save it. Every answer is saved as it is given, so
// Ctrl-C never loses anything; the next run offers to carry on.
import { readFile } from 'node:fs/promises';
import { constants } from 'node:os';
import type { Case, Stage } from '../case/schema.js';
import { isCalendarDate } from '../case/dates.js';
import { isLanguage } from '../letter/language/names.js';
import type { Problem } from '../case/validate.js';
import { EXIT_INTERRUPTED, EXIT_OK } from '../errors.js';
import { assertFormat } from '../letter/formats.js';
import type { Format } from '../letter/render.js';
import { findTemplate, userTemplateDirs } from '../letter/template-files.js';
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
import { chooseLanguage, t, useLanguage, wizardLocale } from './i18n.js';
import { prepareTone } from './tone.js';
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
  /** --language: the language of the questions and of the letter (else LANG and the like). */
  language?: string;
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

const resumeHint = () => t('resume.hint');

function openSession(io: WizardIO, language?: string): Session {
  // The questions go to the terminal; when standard output is redirected (`redress > letter.txt`)
  // they go to standard error, and "print" still writes the letter to standard output.
  const terminal = io.terminal ?? (process.stdout.isTTY ? process.stdout : process.stderr);
  const env = io.env ?? process.env;
  // Chosen before anything is said: every message after this is in that language.
  const speaks = chooseLanguage(language, env);
  useLanguage(speaks);
  prepareTone(speaks);
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
  if (session.draftSaved) return asInvoked(`${t('stopped.saved', { resume: resumeHint() })}\n`, session.env);
  if (session.earlierDraft) return asInvoked(`${t('stopped.earlier', { resume: resumeHint() })}\n`, session.env);
  return `${t('stopped.nothing')}\n`;
}

/** Ctrl-C, a polite kill, and the terminal closing under the wizard. */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

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
  for (const signal of STOP_SIGNALS) process.on(signal, onSignal);
  process.once('beforeExit', onBeforeExit);
  return () => {
    for (const signal of STOP_SIGNALS) process.removeListener(signal, onSignal);
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
          ctx.prompter.say(ctx.c.yellow(t('draft.cannotSave', { error: safeForTerminal(String((error as Error).message ?? error)) })));
        }
      }
    },
  };
  ctx.checkpoint = () => hooks.save();
  return hooks;
}

/** --stage, --date, --locale and --language answer those questions. */
function applyFlags(ctx: FlowContext, options: { stage?: Stage; date?: string; locale?: string; language?: string }): void {
  if (options.stage !== undefined) {
    setAt(ctx.data, 'letter.stage', options.stage);
    ctx.asked.add('letter.stage');
  }
  if (options.date !== undefined && isCalendarDate(options.date)) setAt(ctx.data, 'letter.date', options.date);
  if (options.locale !== undefined) setAt(ctx.data, 'letter.locale', options.locale);
  const language = options.language?.trim().toLowerCase();
  if (isLanguage(language)) {
    setAt(ctx.data, 'letter.language', language);
    ctx.languageFixed = true;
  }
}

function savedWhen(savedAt: string): string {
  const date = new Date(savedAt);
  if (Number.isNaN(date.getTime())) return '';
  return t('draft.savedAt', { when: date.toLocaleString(wizardLocale(), { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }) });
}

async function startingPoint(session: Session, resume: boolean): Promise<{ data: CaseData; asked: string[] }> {
  const { prompter } = session;
  const c = colors(session.color);
  const draft = await loadDraft(session.places.draft);
  if (draft === 'unreadable') {
    const kept = await setAsideDraft(session.places.draft);
    prompter.say(c.yellow(kept ? t('draft.unreadableKept', { file: safeForTerminal(kept) }) : t('draft.unreadable')));
    return { data: {}, asked: [] };
  }
  if (!draft) {
    if (resume) prompter.say(t('draft.none'));
    return { data: {}, asked: [] };
  }
  session.earlierDraft = true;
  const company = getText(draft.data, 'recipient.company');
  const whom = company ? t('draft.to', { company: quoteValue(company, 60) }) : t('draft.toNobody');
  if (resume) {
    prompter.say(t('draft.carryingOn', { whom, when: savedWhen(draft.savedAt) }));
    session.draftSaved = true;
    return { data: draft.data, asked: draft.asked };
  }
  const choice = await prompter.select({
    message: t('draft.unfinished', { whom, when: savedWhen(draft.savedAt) }),
    choices: [
      { value: 'resume', name: t('draft.resume') },
      { value: 'new', name: t('draft.new'), description: t('draft.new.description') },
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
  const session = openSession(io, options.language);
  const release = guard(session);
  try {
    const { prompter } = session;
    const c = colors(session.color);
    prompter.say(`${t('welcome', { redress: c.bold('redress') })}\n${c.dim(t('welcome.keys'))}`);
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
    prompter.say(delivered ? t('end.done') : asInvoked(t('end.kept', { resume: resumeHint() }), session.env));
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
  language?: string;
}

/**
 * `draft --from case.yaml` in a terminal, when the file lacks answers the letter needs:
 * asks only for those, offers to add them to the file, and hands back the whole case.
 */
export async function fillMissing(request: FillRequest, io: WizardIO = {}): Promise<{ value: Case } | { code: number }> {
  const format = assertFormat(request.format);
  const session = openSession(io, request.language);
  const release = guard(session);
  try {
    const { prompter } = session;
    const ctx = flowContext(session, asCaseData(request.data), STEPS.map((step) => step.id), format);
    ctx.profile = await loadProfile(session.places.profile);
    applyFlags(ctx, request);
    const flagged = structuredClone(ctx.data);
    const count = request.problems.length;
    prompter.say(t(count === 1 ? 'fill.missingOne' : 'fill.missingMany', { file: quoteValue(request.file, 200) }));
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
      const yes = await prompter.confirm({ message: t('fill.add', { file: quoteValue(request.file, 200) }), default: true });
      if (yes) {
        try {
          const current = await readFile(request.file, 'utf8');
          if (current !== request.source) throw new Error(t('fill.changed'));
          await writeFileAtomic(request.file, addToCaseYaml(request.source, added), { force: true });
          prompter.say(t('fill.added', { file: quoteValue(request.file, 200) }));
        } catch (error) {
          prompter.say(colors(session.color).yellow(t('fill.cannotAdd', { error: safeForTerminal(String((error as Error).message)) })));
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
