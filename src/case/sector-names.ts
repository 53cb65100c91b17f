// The kind of business a case is about, read from the business's own name when the case does
// not say (recipient.sector): the sector decides some rights and escalation routes (a cancelled
// flight, the energy and telecoms ombudsmen). Only names that leave no doubt are read, and
// redress says on the terminal what it took the business to be.
import type { Sector } from './schema.js';
import { remembered } from '../util/remember.js';

interface SectorName {
  sector: Sector;
  /** Words of the business's name. */
  name: RegExp;
  /** Words the purchase or the story must hold as well, when the name alone could mislead. */
  story?: RegExp;
  /** Words that show another trade with the same words in its name (an installer of solar panels). */
  unless?: RegExp;
}

const SECTOR_NAMES: readonly SectorName[] = [
  { sector: 'airline', name: /\b(?:airlines?|air\s+lines|airways|líneas\s+aéreas|compagnie\s+aérienne|fluggesellschaft)\b/i },
  { sector: 'airline', name: /^(?:air|aer)\s+\p{L}+$|\s(?:air|aer)$/iu, story: /\b(?:flights?|vols?|flug|flüge|vuelos?)\b/i },
  { sector: 'energy', name: /\b(?:energy|énergie|energie|energía)\b/i, story: /\b(?:bills?|tariffs?|meters?|supply|supplier|direct\s+debit|electricity|gas|factures?|rechnung|abschlag|strom|factura)\b/i, unless: /\b(?:solar|panels?|install\w*|heat\s+pumps?|boilers?|insulation)\b/i },
  { sector: 'telecoms', name: /\b(?:broadband|telecoms?|telecommunications|telekom|télécom|telecomunicaciones)\b/i },
];

const namesRead = new Map<string, SectorName[]>();

/**
 * The sector the business's name shows, given what was bought and what happened (`about`, a
 * text or what makes it: most names show none, and need no text put together); undefined when
 * it does not show one.
 */
export function sectorFromName(company: string, about: string | (() => string)): Sector | undefined {
  let story: string | undefined;
  const told = () => (story ??= typeof about === 'string' ? about : about());
  // A batch writes to the same businesses again and again: their names are read once.
  for (const entry of remembered(namesRead, company, () => SECTOR_NAMES.filter((candidate) => candidate.name.test(company)), 1000)) {
    if (entry.story && !entry.story.test(told())) continue;
    if (entry.unless && (entry.unless.test(told()) || entry.unless.test(company))) continue;
    return entry.sector;
  }
  return undefined;
}
