// The kind of business a case is about, read from the business's own name when the case does
// not say (recipient.sector): the sector decides some rights and escalation routes (a cancelled
// flight, the energy and telecoms ombudsmen). Only names that leave no doubt are read, and
// redress says on the terminal what it took the business to be.
import type { Sector } from './schema.js';

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

/** The sector the business's name shows, given what was bought and what happened; undefined when it does not show one. */
export function sectorFromName(company: string, about: string): Sector | undefined {
  for (const entry of SECTOR_NAMES) {
    if (!entry.name.test(company)) continue;
    if (entry.story && !entry.story.test(about)) continue;
    if (entry.unless && (entry.unless.test(about) || entry.unless.test(company))) continue;
    return entry.sector;
  }
  return undefined;
}
