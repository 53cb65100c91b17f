// One place that turns a validated Case into finished output: defaults, template, format.
// The wizard, `draft` and `batch` all come through here, so a letter is the same whichever way it was asked for.
import { resolveCase, type LetterSettings, type ResolvedCase, withSettings } from '../case/resolve.js';
import type { Case } from '../case/schema.js';
import type { Problem } from '../case/validate.js';
import { withRights } from '../rights/cite.js';
import { formatLetter, type OutputFor } from './formats.js';
import { sentByLine, type Paper } from './layout.js';
import { renderLetter, templateFor, tidiedCase, type Format, type Letter } from './render.js';

export interface ProduceOptions<F extends Format = Format> {
  format: F;
  template?: string;
  userTemplateDirs?: string[];
  /** Folders of the user's own rights packs. */
  userRightsDirs?: string[];
  settings?: LetterSettings;
  /** 'override': settings beat the case's own values (draft); 'default': the case wins (batch). */
  settingsMode?: 'override' | 'default';
  /** Paper for a PDF and the HTML page's print layout (default: the writer's country's). */
  paper?: Paper;
}

/** `builtIn`: the letter comes from a built-in template as shipped, whose own words are known to pass the tone check. */
export type Produced<F extends Format = Format> = { ok: true; letter: Letter; output: OutputFor<F>; builtIn: boolean } | { ok: false; problems: Problem[] };

export function produceLetter<F extends Format>(value: Case, options: ProduceOptions<F>): Produced<F> {
  const withOptions = options.settings ? withSettings(value, options.settings, options.settingsMode ?? 'override') : value;
  const resolved = resolveCase(withOptions, options.settings?.envLanguage);
  return resolved.ok ? produceResolved(resolved.value, options) : resolved;
}

/** produceLetter for a case whose defaults are filled in already (a batch may do that in another thread). */
function produceResolved<F extends Format>(resolved: ResolvedCase, options: Omit<ProduceOptions<F>, 'settings' | 'settingsMode'>): Produced<F> {
  const prepared = preparedCase(resolved, options.userRightsDirs);
  return prepared.ok ? producePrepared(prepared.value, options) : prepared;
}

/**
 * A resolved case made ready for its template: the rights it cites added, and the writer's
 * answers tidied (tidiedCase). A batch may do this in the thread that reads the file.
 */
export function preparedCase(resolved: ResolvedCase, userRightsDirs?: readonly string[]): { ok: true; value: ResolvedCase } | { ok: false; problems: Problem[] } {
  const cited = withRights(resolved, userRightsDirs);
  // A card issuer reverses a card payment; only a claim under section 75 also covers the costs a problem caused.
  if (cited.letter.stage === 'card-dispute' && cited.request.remedy === 'compensation' && cited.cardRoute?.kind !== 'section-75') {
    return {
      ok: false,
      problems: [
        {
          path: 'request.remedy',
          message:
            'is compensation, and a card issuer can reverse a card payment, or part of it, but not pay the costs a problem caused you. To ask your card issuer for your money back, set request.remedy to refund or partial-refund; to claim the costs, write the final letter to the business instead (--stage final)',
        },
      ],
    };
  }
  // A regular payment asked to be put right names no one charge to reverse: the issuer must be told which, and how much.
  if (cited.letter.stage === 'card-dispute' && (cited.request.remedy === 'correction' || cited.request.remedy === 'either') && cited.purchase.period !== undefined && cited.request.amount === undefined) {
    return {
      ok: false,
      problems: [
        {
          path: 'request.remedy',
          message: `is ${cited.request.remedy}, and a card issuer can only reverse payments, not put things right. For a regular payment it needs to know how much to credit back: set request.remedy to partial-refund with request.amount (the sum you were overcharged, say), or refund with request.amount for the payments to reverse`,
        },
      ],
    };
  }
  return { ok: true, value: tidiedCase(cited) };
}

/** The letter of a prepared case (preparedCase), in the format asked for. */
export function producePrepared<F extends Format>(prepared: ResolvedCase, options: Omit<ProduceOptions<F>, 'settings' | 'settingsMode'>): Produced<F> {
  const source = templateFor(prepared, options.template, options.userTemplateDirs ?? []);
  const letter = renderLetter(prepared, source);
  return { ok: true, letter, output: withSubjectLabel(formatLetter(letter, source, options.format, { paper: options.paper }), letter), builtIn: source.builtIn };
}

/**
 * Text and Markdown letters start with the subject after an English label; a letter in
 * another language takes its own ("Objet : ", "Asunto: ", none in German), and a French
 * mise en demeure says above it that it goes by registered post. The place and date such a
 * letter opens with come first, above the subject, as these countries set a letter out.
 */
function withSubjectLabel<O extends { content: unknown }>(output: O, letter: Letter): O {
  const { subjectLabel: label, dateLine, recipientBlock } = letter.case.phrases as { subjectLabel?: string; dateLine?: string; recipientBlock?: string };
  const content = output.content;
  if (label === undefined || typeof content !== 'string') return output;
  const sentBy = sentByLine(letter);
  // The body's first paragraphs, when they are the recipient's block and the place and date: moved above the subject.
  const head = dateLine === undefined ? 0 : recipientBlock && letter.body.startsWith(`${recipientBlock}\n\n${dateLine}\n\n`) ? 2 : letter.body.startsWith(`${dateLine}\n\n`) ? 1 : 0;
  const first = (text: string) => {
    let end = 0;
    for (let i = 0; i < head; i++) end = text.indexOf('\n\n', end) + 2;
    return text.slice(0, end);
  };
  if (content.startsWith('Subject: ')) {
    const [subject, body] = splitAt(content.slice('Subject: '.length));
    const date = first(body);
    return { ...output, content: `${date}${sentBy ? `${sentBy}\n` : ''}${label}${subject}\n\n${body.slice(date.length)}` };
  }
  if (content.startsWith('**Subject:** ')) {
    const [subject, body] = splitAt(content.slice('**Subject:** '.length));
    const date = first(body);
    return { ...output, content: `${date}${sentBy ? `${sentBy}\n\n` : ''}${label ? `**${label.trim()}** ${subject}` : `**${subject}**`}\n\n${body.slice(date.length)}` };
  }
  return output;
}

/** The subject line and the body after it. */
function splitAt(content: string): [string, string] {
  const end = content.indexOf('\n\n');
  return end < 0 ? [content, ''] : [content.slice(0, end), content.slice(end + 2)];
}
