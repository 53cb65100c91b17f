// What every question sees while the flow runs, and the small helpers they share.
import type { ChalkInstance } from 'chalk';
import { today } from '../case/dates.js';
import type { Format } from '../letter/render.js';
import { quoteValue, safeForTerminal } from '../io/terminal.js';
import { getText, type CaseData } from './data.js';
import type { Prompter, TextQuestion } from './prompter.js';
import type { Profile } from './store.js';
import { likelyLocale } from './money-place.js';
import { countryInfo } from '../case/countries.js';
import { isLanguage, LANGUAGE_LOCALE, languageOfCountry, languageOfLocale } from '../letter/language/names.js';
import { t, wizardLanguage } from './i18n.js';
import { kindnessNotes } from './tone.js';

export interface FlowContext {
  prompter: Prompter;
  /** The answers so far, as case data. */
  data: CaseData;
  /** Questions already asked (answered or skipped). */
  asked: Set<string>;
  /** Styling for the flow's own text; plain when colour is off. */
  c: ChalkInstance;
  format: Format;
  /** The remembered sender details, if the person agreed to keep them. */
  profile?: Profile;
  /** Saves the person's details for next time (they agreed). */
  rememberProfile(sender: Profile['sender']): Promise<void>;
  /** Where the profile is kept, to tell the person. */
  profilePlace: string;
  /** Saves the answers so far in the middle of a question (a list half given, an answer before its tone check). */
  checkpoint(): Promise<void>;
  /** The environment, for defaults taken from the system (LANG: the country). */
  env?: NodeJS.ProcessEnv;
  /** --language chose the letter's language: the wizard's own language does not change it. */
  languageFixed?: boolean;
}

export function letterDate(ctx: FlowContext): string {
  return getText(ctx.data, 'letter.date') ?? today();
}

/** How the letter will write dates and money, chosen as the letter engine chooses it (src/case/resolve.ts). */
export function letterLocale(ctx: FlowContext): string {
  const locale = getText(ctx.data, 'letter.locale');
  if (locale !== undefined) return locale;
  const country = getText(ctx.data, 'sender.country')?.slice(0, 2);
  const own = getText(ctx.data, 'letter.language');
  const language = isLanguage(own) ? own : (languageOfCountry(country) ?? wizardLanguage());
  if (language === 'en') return likelyLocale(country);
  const info = countryInfo(country);
  return info && languageOfLocale(info.locale) === language ? info.locale : LANGUAGE_LOCALE[language];
}

export interface AskText extends TextQuestion {
  /** Run the tone check on the answer and offer to rephrase it. */
  tone?: boolean;
}

/**
 * Asks a free-text question; with `tone`, shows kindness findings and lets the person keep
 * or rephrase. `keep` stores each answer as soon as it is given, and it is saved at once.
 */
export async function askText(ctx: FlowContext, question: AskText, keep?: (answer: string) => void): Promise<string> {
  const { tone, ...plain } = question;
  const given = async (value: string) => {
    if (!keep) return value;
    keep(value);
    await ctx.checkpoint();
    return value;
  };
  let answer = await given(await ctx.prompter.text(plain));
  while (tone && answer !== '') {
    const notes = kindnessNotes(answer);
    if (notes.length === 0) break;
    const lines = [ctx.c.yellow(t('tone.intro'))];
    for (const note of notes) {
      lines.push(`  ${ctx.c.yellow('!')} ${safeForTerminal(note.message)}`);
      if (note.suggestion) lines.push(`    ${ctx.c.dim(t('tone.calmer'))} ${quoteValue(note.suggestion, 200)}`);
    }
    ctx.prompter.say(lines.join('\n'));
    const choice = await ctx.prompter.select({
      message: t('tone.ask'),
      choices: [
        { value: 'rephrase', name: t('tone.rephrase') },
        { value: 'keep', name: t('tone.keep') },
      ],
      default: 'rephrase',
    });
    if (choice === 'keep') break;
    answer = await given(await ctx.prompter.text({ ...plain, default: undefined, initial: answer }));
  }
  return answer;
}

/** "(for example "x")" hints and the like, kept in one style. */
export function example(text: string): string {
  return t('hint.example', { text });
}
