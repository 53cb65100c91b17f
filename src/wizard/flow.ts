// Runs the questions: every step that applies and has not been asked yet, saving after
// each answer; then checks the answers the way a case file is checked, and asks again
// about anything the letter cannot be written without.
import type { Case } from '../case/schema.js';
import { validateCase, type Problem } from '../case/validate.js';
import { UserError } from '../errors.js';
import { produceLetter, type Produced } from '../letter/produce.js';
import { safeForTerminal } from '../io/terminal.js';
import type { FlowContext } from './context.js';
import { getAt, setAt } from './data.js';
import { t } from './i18n.js';
import { sectionTitle, stepLabel, STEPS, type Step } from './steps.js';

export interface FlowHooks {
  /** Saves the answers so far (the draft); called after every answer. */
  save(): Promise<void>;
  /** Template choices for the letter (from --template / --templates). */
  template?: string;
  userTemplateDirs?: string[];
  /** Drop answers to questions that no longer apply (e.g. a correction after choosing a refund). */
  prune?: boolean;
}

const MAX_PASSES = 6;

function applies(step: Step, ctx: FlowContext): boolean {
  return step.applies ? step.applies(ctx) : true;
}

function prune(ctx: FlowContext, steps: Step[]): void {
  for (const step of steps) {
    if (applies(step, ctx)) continue;
    for (const path of step.paths) setAt(ctx.data, path, undefined);
    ctx.asked.delete(step.id);
  }
}

async function askStep(ctx: FlowContext, step: Step, hooks: FlowHooks, steps: Step[]): Promise<void> {
  await step.ask(ctx);
  ctx.asked.add(step.id);
  if (hooks.prune) prune(ctx, steps);
  await hooks.save();
}

/** Asks every question that applies and has not been asked yet, section by section. */
export async function askRemaining(ctx: FlowContext, hooks: FlowHooks, steps: Step[] = STEPS): Promise<void> {
  let section: string | undefined;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let asked = false;
    for (const step of steps) {
      if (ctx.asked.has(step.id) || !applies(step, ctx)) continue;
      if (step.section !== section) {
        section = step.section;
        ctx.prompter.say(`\n${ctx.c.bold(sectionTitle(step.section))}`);
      }
      await askStep(ctx, step, hooks, steps);
      asked = true;
    }
    if (!asked) return;
  }
}

/** Asks, in the order of the story, every needed question whose answer is missing (a case file with gaps). */
export async function askMissing(ctx: FlowContext, hooks: FlowHooks, steps: Step[] = STEPS): Promise<void> {
  for (const step of steps) {
    if (!applies(step, ctx) || !(step.required?.(ctx) ?? false)) continue;
    if (step.paths.length === 0 || !step.paths.every((path) => getAt(ctx.data, path) === undefined)) continue;
    await askStep(ctx, step, hooks, steps);
  }
}

/** Validation problems, then problems only the letter engine sees (a deadline before the letter date). */
export function findProblems(ctx: FlowContext, hooks: Pick<FlowHooks, 'template' | 'userTemplateDirs'>): { problems: Problem[]; value?: Case; produced?: Produced } {
  const result = validateCase(ctx.data);
  if (!result.ok) return { problems: result.problems };
  const produced = produceLetter(result.value, { format: 'text', template: hooks.template, userTemplateDirs: hooks.userTemplateDirs ?? [] });
  if (!produced.ok) return { problems: produced.problems };
  return { problems: [], value: result.value, produced };
}

function covers(stepPath: string, problemPath: string): boolean {
  return problemPath === stepPath || problemPath.startsWith(`${stepPath}.`) || problemPath.startsWith(`${stepPath}[`);
}

/** The questions that answer a problem: the one for that field, or the needed ones inside a missing group. */
export function stepsForProblem(ctx: FlowContext, problem: Problem, steps: Step[] = STEPS): Step[] {
  const direct = steps.find((step) => step.paths.some((path) => covers(path, problem.path)));
  if (direct) return [direct];
  return steps.filter((step) => step.paths.some((path) => problem.path === '' || path.startsWith(`${problem.path}.`)) && applies(step, ctx) && (step.required?.(ctx) ?? false));
}

function valueAt(ctx: FlowContext, path: string): unknown {
  return getAt(ctx.data, path.replace(/\[\d+\]/g, '').replace(/^\./, ''));
}

/**
 * Checks the answers and asks again about whatever stops the letter (a missing answer is
 * simply asked; a wrong one is asked again with what is wrong). Returns the valid case.
 */
export async function settle(ctx: FlowContext, hooks: FlowHooks, steps: Step[] = STEPS): Promise<{ value: Case; produced: Produced & { ok: true } }> {
  for (let round = 0; round < MAX_PASSES; round++) {
    await askRemaining(ctx, hooks, steps);
    const { problems, value, produced } = findProblems(ctx, hooks);
    if (problems.length === 0 && value && produced?.ok) return { value, produced };
    const todo = new Map<Step, string[]>();
    const unfixable: Problem[] = [];
    for (const problem of problems) {
      const found = stepsForProblem(ctx, problem, steps);
      if (found.length === 0) unfixable.push(problem);
      for (const step of found) {
        const messages = todo.get(step) ?? [];
        // A missing answer is just asked for; anything else says what is wrong with it.
        if (valueAt(ctx, problem.path) !== undefined) messages.push(problem.message);
        todo.set(step, messages);
      }
    }
    if (unfixable.length > 0 || todo.size === 0) throw cannotFix(unfixable.length > 0 ? unfixable : problems);
    // In the order of the story, whatever order the problems came in.
    const ordered = [...todo].sort(([a], [b]) => steps.indexOf(a) - steps.indexOf(b));
    for (const [step, messages] of ordered) {
      if (messages.length > 0) ctx.prompter.say(ctx.c.yellow(`${stepLabel(step)}: ${safeForTerminal(messages.join('; '))}`));
      await askStep(ctx, step, hooks, steps);
    }
  }
  const { problems } = findProblems(ctx, hooks);
  throw cannotFix(problems);
}

function cannotFix(problems: Problem[]): UserError {
  const lines = problems.slice(0, 10).map((problem) => `  ${problem.path ? `${problem.path}: ` : ''}${problem.message}`);
  return new UserError(
    safeForTerminal(t('cannotFix', { problems: lines.join('\n') })),
  );
}

/** Changes one earlier answer: the question starts from what was said. */
export async function changeAnswer(ctx: FlowContext, step: Step, hooks: FlowHooks, steps: Step[] = STEPS): Promise<void> {
  await askStep(ctx, step, hooks, steps);
}

/** The answers that can be changed from the menu, with what they say now. */
export function changeable(ctx: FlowContext, steps: Step[] = STEPS): { step: Step; summary: string }[] {
  return steps
    .filter((step) => step.summary && applies(step, ctx))
    .map((step) => ({ step, summary: step.summary!(ctx) ?? t('notGiven') }));
}
