// How much one rendering of a template may write and loop, counted while it runs: far beyond
// any letter, small enough that a hostile template cannot hang or fill memory. The compiled
// templates (templates.ts), and the plain functions made of the built-ins (direct.ts), spend
// from it as they write; a rendering that goes over, or fails, becomes a message about its file.
import { UserError } from '../errors.js';
import { safeForTerminal } from '../io/terminal.js';

/** Rendering budget: far beyond any letter, small enough that a hostile template cannot hang or fill memory. */
export const MAX_ITERATIONS = 200_000;
export const MAX_OUTPUT_CHARS = 20_000_000;
let iterations = 0;
let written = 0;

class RenderLimit extends Error {}

/** Counts what a template writes (characters) and its turns through a loop against the budget. */
export function spend(chars: number, loops = 0): void {
  written += chars;
  iterations += loops;
  if (written > MAX_OUTPUT_CHARS || iterations > MAX_ITERATIONS) throw new RenderLimit('render budget exceeded');
}

/** Runs a template within the render budget; any failure becomes a message about the template. */
export function withinBudget(file: string, template: (context: object) => string): (context: object) => string {
  return (context) => {
    iterations = 0;
    written = 0;
    try {
      return template(context);
    } catch (error) {
      if (error instanceof UserError) throw error;
      if (error instanceof RenderLimit || error instanceof RangeError) {
        throw new UserError(
          `${safeForTerminal(file)}: this template writes far more than a letter needs for this case (lists inside lists, or a part repeated too often). Simplify the template and run the command again.`,
        );
      }
      const message = safeForTerminal(String((error as Error)?.message ?? error).split('\n')[0]!);
      throw new UserError(`${safeForTerminal(file)}: the template could not be filled in (${message}). Fix the template and run the command again.`);
    }
  };
}
