// One place that turns a validated Case into finished output: defaults, template, format.
// The wizard, `draft` and `batch` all come through here, so a letter is the same whichever way it was asked for.
import { resolveCase, type LetterSettings, withSettings } from '../case/resolve.js';
import type { Case } from '../case/schema.js';
import type { Problem } from '../case/validate.js';
import { withRights } from '../rights/cite.js';
import { formatLetter, type Output } from './formats.js';
import { renderLetter, templateFor, type Format, type Letter } from './render.js';

export interface ProduceOptions {
  format: Format;
  template?: string;
  userTemplateDirs?: string[];
  /** Folders of the user's own rights packs. */
  userRightsDirs?: string[];
  settings?: LetterSettings;
  /** 'override': settings beat the case's own values (draft); 'default': the case wins (batch). */
  settingsMode?: 'override' | 'default';
}

/** `builtIn`: the letter comes from a built-in template as shipped, whose own words are known to pass the tone check. */
export type Produced = { ok: true; letter: Letter; output: Output; builtIn: boolean } | { ok: false; problems: Problem[] };

export function produceLetter(value: Case, options: ProduceOptions): Produced {
  const withOptions = options.settings ? withSettings(value, options.settings, options.settingsMode ?? 'override') : value;
  const resolved = resolveCase(withOptions);
  if (!resolved.ok) return resolved;
  const cited = withRights(resolved.value, options.userRightsDirs);
  const source = templateFor(cited, options.template, options.userTemplateDirs ?? []);
  const letter = renderLetter(cited, source);
  return { ok: true, letter, output: formatLetter(letter, source, options.format), builtIn: source.builtIn };
}
