// The built-in templates, precompiled when the package is built (scripts/build.js replaces
// this module), so drafting a letter with a built-in template skips parsing, checking and
// compiling it. Without a build (tests of the sources) the templates are compiled as usual.

import type { DirectFactory, DirectFactorySource } from './direct.js';

/** A Handlebars template spec, as `Handlebars.precompile` writes it. */
export type TemplateSpec = object;

/** The plain-text template and its partials as plain functions (direct.ts): their sources at build time… */
export interface DirectSources {
  body: DirectFactorySource;
  subject: DirectFactorySource;
  partials: Record<string, DirectFactorySource>;
}

/** …and as code in the built package. */
export interface DirectCode {
  body: DirectFactory;
  subject: DirectFactory;
  partials: Record<string, DirectFactory>;
}

export interface PrecompiledTemplate {
  /**
   * The texts the specs were made from: a template file whose text differs is compiled
   * instead. (Its partials, files beside it in the package, are taken as shipped: a changed
   * template belongs in a folder of your own, `redress templates eject`.)
   */
  body: string;
  subject: string | undefined;
  /** The file's whole text and its front matter as read at build time: the same text need not be read again. */
  file?: { text: string; meta: Record<string, unknown>; body: string; bodyLine: number; subjectAt?: { line: number; column: number; exact: boolean } };
  /** Absent when `direct` is given: plain-text letters come from it. */
  plain?: { body: TemplateSpec; subject: TemplateSpec; partials: Record<string, TemplateSpec> };
  html: { body: TemplateSpec; partials: Record<string, TemplateSpec> };
  /** Absent when some part of the template cannot be written as a plain function. */
  direct?: DirectCode;
}

export const BUILTIN_SPECS: Record<string, PrecompiledTemplate> | undefined = undefined;

/** Other languages' built-ins, precompiled (none without a build). */
export function languageSpecs(_language: string): Record<string, PrecompiledTemplate> | undefined {
  return undefined;
}
