// The built-in templates, precompiled when the package is built (scripts/build.js replaces
// this module), so drafting a letter with a built-in template skips parsing, checking and
// compiling it. Without a build (tests of the sources) the templates are compiled as usual.

/** A Handlebars template spec, as `Handlebars.precompile` writes it. */
export type TemplateSpec = object;

export interface PrecompiledTemplate {
  /** The texts the specs were made from; a template whose text differs is compiled instead. */
  body: string;
  subject: string | undefined;
  partialTexts: Record<string, string>;
  plain: { body: TemplateSpec; subject: TemplateSpec; partials: Record<string, TemplateSpec> };
  html: { body: TemplateSpec; partials: Record<string, TemplateSpec> };
}

export const BUILTIN_SPECS: Record<string, PrecompiledTemplate> | undefined = undefined;
