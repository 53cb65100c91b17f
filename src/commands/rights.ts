// `redress rights [COUNTRY [REGION]]`: what a country's rights pack holds, with the source
// and checked date of every entry, so a writer can see where a letter's words come from.
import { countryInfo, countryName, findCountry, findRegion, regionName } from '../case/countries.js';
import { UserError } from '../errors.js';
import { colorEnabled, colors } from '../io/color.js';
import { writeStdout } from '../io/stdout.js';
import { safeForTerminal } from '../io/terminal.js';
import { CARD_ROUTE_STAGES, NEXT_STEP_STAGES, RIGHT_STAGES, loadPack, packCountries, userRightsDirs } from '../rights/index.js';
import type { Entry, Pack } from '../rights/schema.js';

export interface RightsOptions {
  json?: boolean;
  rights?: string;
}

const NOT_ADVICE = 'This is general information, not legal advice. Check each source before you rely on it.';

function packsList(): string {
  return packCountries().join(', ');
}

function resolveCountry(input: string): string {
  const found = findCountry(input);
  if (!found.ok) {
    const guess = found.suggestion ? ` (did you mean "${found.suggestion}"?)` : '';
    throw new UserError(`"${safeForTerminal(input)}" is not a country redress knows${guess}.\nRun \`redress rights\` to see the countries with rights packs (${packsList()}).`);
  }
  return found.value;
}

function resolveRegion(country: string, input: string): string {
  const info = countryInfo(country);
  if (!info?.regions) {
    throw new UserError(`redress does not divide ${countryName(country)} into regions, so its pack is the same everywhere. Run \`redress rights ${country}\`.`);
  }
  const found = findRegion(country, input);
  if (!found.ok) {
    const guess = found.suggestion ? ` (did you mean "${found.suggestion}"?)` : '';
    const examples = info.regions.slice(0, 4).map((r) => `${r.code.slice(3)} (${r.name})`).join(', ');
    throw new UserError(`"${safeForTerminal(input)}" is not a region of ${info.name} that redress knows${guess}.\nUse a code or a name, for example ${examples}.`);
  }
  return found.value;
}

/** With a region, the entries for everywhere plus those for that region. */
const forRegion = <T extends Entry>(entries: readonly T[], region: string | undefined) =>
  region === undefined ? [...entries] : entries.filter((entry) => entry.regions === undefined || entry.regions.includes(region));

type FactConditions = Pick<Entry, 'regions' | 'kinds' | 'problems' | 'remedies' | 'sectors' | 'paidWith' | 'says' | 'traders' | 'agreedPrice' | 'privateLandlord' | 'tenancy'>;

const TRADER_WORDS = { home: 'the business is in your country', eu: 'the business is in another EU country, Iceland or Norway', elsewhere: 'the business is in a country outside the EU, Iceland and Norway' } as const;

/** The sentence of a final letter that a next step ends, in the pack's language, and how a step is shown after it. */
const STEP_LEADS = {
  en: ['If I have not heard from you by then, I will …', 'I will '],
  fr: ["À défaut de réponse satisfaisante dans ce délai, je me verrai dans l'obligation de …", '… '],
  de: ['Sollte ich bis dahin keine zufriedenstellende Antwort erhalten, werde ich …', '… '],
  es: ['Si no recibo una respuesta satisfactoria en ese plazo, procederé a …', '… '],
} as const;

function factParts(entry: FactConditions): string[] {
  const parts: string[] = [];
  if (entry.regions) parts.push(entry.regions.map((code) => regionName(code) ?? code).join(', '));
  if (entry.kinds) parts.push(`for ${entry.kinds.join(', ')}`);
  if (entry.problems) parts.push(`problem: ${entry.problems.join(', ')}`);
  if (entry.sectors) parts.push(`sector: ${entry.sectors.join(', ')}`);
  if (entry.paidWith) parts.push(`paid by ${entry.paidWith.join(' or ')}`);
  if (entry.says) parts.push(`the story says "${entry.says.slice(0, 2).join('" or "')}"${entry.says.length > 2 ? ' or the like' : ''}`);
  if (entry.remedies) parts.push(`asking for ${entry.remedies.join(' or ')}`);
  if (entry.traders) parts.push(entry.traders.includes('eu') && entry.traders.includes('elsewhere') && !entry.traders.includes('home') ? 'the business is in another country' : entry.traders.map((place) => TRADER_WORDS[place]).join(' or '));
  if (entry.agreedPrice) parts.push('a price was agreed');
  if (entry.privateLandlord) parts.push('the business is a private landlord');
  if (entry.tenancy) parts.push('the business let you your home');
  return parts;
}

function conditions(entry: Entry, defaultStages: readonly string[]): string {
  const parts = factParts(entry);
  if (entry.unless) parts.push(`not when ${(Array.isArray(entry.unless) ? entry.unless : [entry.unless]).map((u) => factParts(u).join(' and ')).join(', or when ')}`);
  if (entry.priceAbove !== undefined || entry.priceUpTo !== undefined) {
    const range = [entry.priceAbove !== undefined ? `more than ${entry.priceAbove}` : '', entry.priceUpTo !== undefined ? `up to ${entry.priceUpTo}` : ''].filter(Boolean).join(' and ');
    parts.push(`price ${range}${entry.currency ? ` ${entry.currency}` : ''}`);
  }
  if (entry.claimUpTo !== undefined) parts.push(`claims up to ${entry.claimUpTo}${entry.currency ? ` ${entry.currency}` : ''}`);
  if (entry.statementDays !== undefined) parts.push(`within ${entry.statementDays} days of the card statement`);
  if (entry.raisedWithinDays !== undefined) parts.push(`the problem raised within ${entry.raisedWithinDays} days of buying`);
  if (entry.raisedAfterDays !== undefined) parts.push(`the problem raised more than ${entry.raisedAfterDays} days after buying`);
  if (entry.chargedWithinDays !== undefined) parts.push(`a card payment made within ${entry.chargedWithinDays} days`);
  if (entry.chargedAbovePercent !== undefined) parts.push(`charged more than ${entry.chargedAbovePercent}% above the price agreed`);
  const stages = entry.stages ?? defaultStages;
  parts.push(`${stages.join(', ')} ${stages.length === 1 ? 'letter' : 'letters'}`);
  if (entry.group) parts.push(`alternatives "${entry.group}": the first that fits`);
  return parts.join('; ');
}

function describePack(pack: Pack, region: string | undefined, fromUser: Set<string>, userFiles: string[]): string {
  const c = colors(colorEnabled(process.stdout));
  const lines: string[] = [];
  const title = `${pack.name} (${pack.country})${region ? ` — ${regionName(region) ?? region}` : ''}`;
  lines.push(c.bold(safeForTerminal(title)), c.dim(NOT_ADVICE));
  if (userFiles.length > 0) lines.push(c.dim(`Includes your own entries from ${userFiles.map(safeForTerminal).join(', ')}.`));
  const section = <T extends Entry>(heading: string, entries: T[], defaultStages: readonly string[], body: (entry: T) => string[]) => {
    lines.push('', c.bold(heading));
    if (entries.length === 0) {
      lines.push('  (none yet)');
      return;
    }
    for (const entry of entries) {
      const own = fromUser.has(entry.id) ? ' (your own)' : '';
      lines.push(`  ${c.bold(safeForTerminal(entry.id))}${own} — ${safeForTerminal(conditions(entry, defaultStages))}`);
      for (const line of body(entry)) lines.push(`    ${safeForTerminal(line)}`);
      lines.push(`    Source: ${safeForTerminal(entry.source)} (checked ${safeForTerminal(entry.checked)})`);
    }
  };
  section('Rights a letter may cite', forRegion(pack.rights, region), RIGHT_STAGES, (e) => [e.text, `Law: ${e.law}`]);
  const [stepSentence, stepLead] = STEP_LEADS[pack.language ?? 'en'];
  section(`Next steps (after "${stepSentence}")`, forRegion(pack.nextSteps, region), NEXT_STEP_STAGES, (e) => [
    `${stepLead}${e.text}.`,
    ...(e.when ? [`When: ${e.when}.`] : []),
    ...(e.paragraph ? [e.paragraph] : []),
    ...(e.minDays ? [`Allow at least ${e.minDays} days for a reply.`] : []),
    ...(e.terminalNote ? [`Note: ${e.terminalNote}`] : []),
  ]);
  section('Card disputes (the first that fits is used)', forRegion(pack.cardRoutes, region), CARD_ROUTE_STAGES, (e) => [
    `Subject: ${e.subject}`,
    e.text,
    ...(e.reasons ?? []).map((r) => `Reason (${factParts(r).join('; ') || 'otherwise'}): ${r.text}`),
    ...(e.terminalNote ? [`Note: ${e.terminalNote}`] : []),
  ]);
  return `${lines.join('\n')}\n`;
}

function listCountries(json: boolean): number {
  const codes = packCountries();
  const entries = codes.map((code) => {
    const info = countryInfo(code);
    return { code, name: info?.name ?? countryName(code), regions: (info?.regions ?? []).map((r) => ({ code: r.code, name: r.name })) };
  });
  if (json) {
    writeStdout(`${JSON.stringify({ countries: entries }, null, 2)}\n`);
    return 0;
  }
  const c = colors(colorEnabled(process.stdout));
  const lines = [c.bold('Countries with rights packs'), ...entries.map((e) => `  ${e.code}  ${e.name}`)];
  lines.push('', `Run \`redress rights GB\` to see a pack, or \`redress rights GB Scotland\` for one region.`, c.dim(NOT_ADVICE));
  writeStdout(`${lines.join('\n')}\n`);
  return 0;
}

export async function runRights(country: string | undefined, region: string | undefined, options: RightsOptions = {}): Promise<number> {
  const userDirs = userRightsDirs(options.rights);
  if (country === undefined) return listCountries(Boolean(options.json));
  // "redress rights United Kingdom", "rights New Zealand": a country's name of two words typed without quotes.
  if (region !== undefined && !findCountry(country).ok && findCountry(`${country} ${region}`).ok) {
    country = `${country} ${region}`;
    region = undefined;
  }
  const code = resolveCountry(country);
  const regionCode = region === undefined ? undefined : resolveRegion(code, region);
  const loaded = loadPack(code, userDirs);
  if (!loaded) {
    throw new UserError(`redress has no rights pack for ${countryName(code)} yet: its letters can still be written, but cite no law.\nCountries with packs: ${packsList()}. To add your own, see "Rights packs" in the README.`);
  }
  const { pack, fromUser, userFiles } = loaded;
  if (options.json) {
    const shown = {
      country: pack.country,
      name: pack.name,
      ...(regionCode !== undefined && { region: regionCode, regionName: regionName(regionCode) }),
      notice: NOT_ADVICE,
      rights: forRegion(pack.rights, regionCode),
      nextSteps: forRegion(pack.nextSteps, regionCode),
      cardRoutes: forRegion(pack.cardRoutes, regionCode),
      yourOwn: [...fromUser],
    };
    writeStdout(`${JSON.stringify(shown, null, 2)}\n`);
    return 0;
  }
  writeStdout(describePack(pack, regionCode, fromUser, userFiles));
  return 0;
}
