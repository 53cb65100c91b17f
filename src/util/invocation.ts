// Hints name a command to run next. Someone who started redress with `npx redress` may not
// have `redress` on their PATH, so every hint is written the way they started it.

/** "npx redress" when started through npx (or `npm exec`), else "redress". */
export function invokedAs(env: NodeJS.ProcessEnv = process.env): string {
  // npx runs its command with npm_command=exec and the command line in npm_lifecycle_script;
  // a program started by npx that runs redress itself (a test runner) leaves them behind,
  // so only a command line that starts with redress counts (npm quotes it: 'redress').
  return env.npm_command === 'exec' && /^['"]?(?:\S*\/)?redress['"]?(\s|$)/.test(env.npm_lifecycle_script ?? '') ? 'npx redress' : 'redress';
}

// `redress draft …`, "Usage: redress [options]", "$ redress init" — but not the word redress
// in a sentence ("redress asks about…") nor a hint already written as npx redress.
const COMMAND = /(?<![\w-]|npx )redress(?= (?:draft|init|batch|check|templates|schema|--|\[|<|-[a-z])|`)/g;

/** The text with each `redress …` command written as the person started redress. */
export function asInvoked(text: string, env: NodeJS.ProcessEnv = process.env): string {
  const name = invokedAs(env);
  return name === 'redress' ? text : text.replace(COMMAND, name);
}
