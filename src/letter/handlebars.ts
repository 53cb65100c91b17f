// Two parts of Handlebars. The runtime fills in templates that are already compiled (the
// built-in ones are, when the package is built). The compiler, several times the runtime's
// size, is loaded only when a template has to be read or compiled: a template of the user's,
// an edited built-in, or `templates` commands that check a template.
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { packageRoot } from '../util/paths.js';
import { runCompressed } from '../util/compressed.js';
import type HandlebarsModule from 'handlebars';
import Runtime from 'handlebars/runtime';

export type HandlebarsEnvironment = typeof HandlebarsModule;

/** The runtime: `create()`, `template()`, `escapeExpression()`. */
export const runtime = Runtime as unknown as HandlebarsEnvironment;

// Set by the build to the bundled compiler's file (relative to the bundle's chunks).
declare const __REDRESS_HANDLEBARS_COMPILER__: string | undefined;

let compilerModule: HandlebarsEnvironment | undefined;

/** The whole of Handlebars, compiler included: loaded the first time it is asked for. */
export function compiler(): HandlebarsEnvironment {
  if (!compilerModule) {
    const { createRequire } = process.getBuiltinModule('node:module');
    const load = createRequire(import.meta.url);
    const id = typeof __REDRESS_HANDLEBARS_COMPILER__ === 'string' ? __REDRESS_HANDLEBARS_COMPILER__ : 'handlebars';
    // The package ships the compiler compressed (it is read for a user's own template only, and
    // the package must stay small); the build writes it next to the bundles.
    const packed = typeof __REDRESS_HANDLEBARS_COMPILER__ === 'string' ? join(packageRoot(), 'dist', `${basename(id)}.br`) : undefined;
    compilerModule = (packed && existsSync(packed) ? runCompressed(packed, createRequire(packed)) : load(id)) as HandlebarsEnvironment;
  }
  return compilerModule;
}

