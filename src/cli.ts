// Commander wiring only. Each command's module is imported when that command runs,
// so `redress --help` loads nothing it does not need.
import { Command, CommanderError, Option } from 'commander';
import { EXIT_PROBLEMS, EXIT_USAGE, UserError } from './errors.js';
import { packageVersion } from './util/paths.js';

type Action = (...args: unknown[]) => Promise<number | void>;

function run(load: () => Promise<Action>) {
  return async (...args: unknown[]) => {
    const action = await load();
    const code = await action(...args);
    if (typeof code === 'number') process.exitCode = code;
  };
}

const program = new Command();
program.exitOverride();

program
  .name('redress')
  .description('Write a firm but kind letter to a business that let you down, and get it put right.')
  .version(packageVersion(), '-v, --version', 'show the version number')
  .helpOption('-h, --help', 'show help')
  .option('--no-color', 'never use colour (NO_COLOR and TERM=dumb work too)')
  .option('--debug', 'show technical details when something goes wrong')
  .showHelpAfterError('(run with --help to see what you can do)')
  .configureHelp({ sortSubcommands: false })
  .hook('preAction', (command) => {
    const opts = command.optsWithGlobals();
    if (opts.color === false) process.env.NO_COLOR = '1';
  })
  .addHelpText(
    'after',
    `
Examples:
  $ redress                              answer a few questions and get a letter
  $ redress draft --example              see a sample letter
  $ redress init case.yaml               start a case file to fill in
  $ redress draft --from case.yaml       turn a case file into a letter
  $ redress draft --from case.yaml --format eml --out letter.eml
  $ redress batch cases.yaml --out letters
  $ redress check letter.txt             check the tone of any letter

Exit codes: 0 done, 1 done with problems, 2 bad usage or input, 130 stopped with Ctrl-C.`,
  );

program
  .command('draft', { isDefault: true })
  .description('write a letter: by answering questions, or from a case file (the default command)')
  .option('-f, --from <file>', 'read the case from a YAML file ("-" for standard input)')
  .option('--example', 'use a built-in sample case, to see what a letter looks like')
  .addOption(new Option('--format <format>', 'text, markdown, html, eml or json').default('text'))
  .option('-o, --out <file>', 'save the letter to a file instead of printing it')
  .option('--force', 'replace the --out file if it already exists')
  .option('-t, --template <name|path>', 'use another template (see `redress templates list`)')
  .option('--templates <dir>', 'a folder of your own templates (or set REDRESS_TEMPLATES)')
  .addOption(new Option('--stage <stage>', 'first, reminder, final or card-dispute').choices(['first', 'reminder', 'final', 'card-dispute']))
  .option('--date <yyyy-mm-dd>', 'the letter date (default today)')
  .option('--locale <locale>', 'how dates and money are written, e.g. en-GB, de-DE')
  .option('--next', 'write the next letter in the ladder (first, reminder, final, card-dispute)')
  .option('--record', 'with --next: add today to letter.previous in the case file')
  .option('--copy', 'copy the letter to the clipboard')
  .option('--mail', 'open the letter in your mail app')
  .option('--resume', 'carry on with the answers you saved last time')
  .option('--no-input', 'never ask questions (also when stdin is not a terminal or CI is set)')
  .option('--strict', 'treat tone warnings as errors (exit 1, no letter written)')
  .addHelpText(
    'after',
    `
Examples:
  $ redress draft --example
  $ redress draft --from case.yaml
  $ redress draft --from case.yaml --format html --out letter.html
  $ redress draft --from case.yaml --stage reminder --date 2026-12-01`,
  )
  .action(run(async () => (await import('./commands/draft.js')).runDraft as Action));

program
  .command('batch')
  .description('write many letters from one YAML file of cases')
  .argument('<file>', 'batch file ("-" for standard input)')
  .action(run(async () => (await import('./commands/unavailable.js')).notAvailable('batch') as Action));

program
  .command('check')
  .description('check the tone of a letter: firm, but kind')
  .argument('[file]', 'letter or text file ("-" for standard input)')
  .option('--json', 'print findings as JSON')
  .option('--strict', 'exit 1 on any finding, warnings included')
  .option('--letter', 'also check firmness (request, amount, deadline, reference)')
  .action(run(async () => (await import('./commands/unavailable.js')).notAvailable('check') as Action));

program
  .command('templates')
  .description('list, show and copy letter templates')
  .argument('[action]', 'list, show NAME or eject NAME [DIR]')
  .argument('[args...]')
  .action(run(async () => (await import('./commands/unavailable.js')).notAvailable('templates') as Action));

program
  .command('init')
  .description('write a commented case file to fill in')
  .argument('[file]', 'where to write it', 'case.yaml')
  .action(run(async () => (await import('./commands/unavailable.js')).notAvailable('init') as Action));

program
  .command('schema')
  .description('print the JSON Schema of the case file (for editors)')
  .action(run(async () => (await import('./commands/schema.js')).runSchema as Action));

function fail(error: unknown): void {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
    return;
  }
  if (error instanceof UserError) {
    void import('./io/report.js').then(({ reportError }) => reportError(error.message));
    process.exitCode = error.exitCode;
    return;
  }
  const debug = process.argv.includes('--debug');
  process.stderr.write(
    `redress ran into an unexpected problem: ${String((error as Error)?.message ?? error).split('\n')[0]}\n` +
      (debug ? `${(error as Error)?.stack ?? ''}\n` : 'Run the same command with --debug for details, and please report it.\n'),
  );
  process.exitCode = EXIT_PROBLEMS;
}

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

program.parseAsync(process.argv).catch(fail);
