// How redress starts (bin/redress.cjs): the command line itself is run with the code cache
// too, as `draft` is, so that `redress --help` or a letter does not wait for commander and
// the command line to be compiled again on every run.
import { loadBundle } from './code-cache.js';

declare const __REDRESS_CLI_BUNDLE__: string;

loadBundle(__dirname, __REDRESS_CLI_BUNDLE__);
