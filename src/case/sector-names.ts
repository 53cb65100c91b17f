// The kind of business a case is about, read from the business's own name when the case does
// not say (recipient.sector): the sector decides some rights and escalation routes (a cancelled
// flight, the energy and telecoms ombudsmen). Only names that leave no doubt are read, and
// redress says on the terminal what it took the business to be.
import type { Sector } from './schema.js';
import { loweredTest } from '../util/lowered.js';
import { remembered } from '../util/remember.js';

interface SectorName {
  sector: Sector;
  /** Words of the business's name. */
  name: RegExp;
  /** Words the purchase or the story must hold as well, when the name alone could mislead. */
  story?: RegExp;
  /** Words that show another trade with the same words in its name (an installer of solar panels). */
  unless?: RegExp;
  /** Words of the name alone that show another trade ("Smile Beauty Clinic"). */
  namedOtherwise?: RegExp;
}

// Latin letters, not Unicode classes, in these expressions: every letter reads the business's
// name with all of them, and a Unicode expression that ignores case takes milliseconds to make.
const SECTOR_NAMES: readonly SectorName[] = [
  { sector: 'airline', name: /\b(?:airlines?|air\s+lines|airways|líneas\s+aéreas|compagnie\s+aérienne|fluggesellschaft)\b/i },
  { sector: 'airline', name: /^(?:air|aer)\s+[A-Za-z\u00C0-\u024F]+$|\s(?:air|aer)$/i, story: /\b(?:flights?|vols?|flug|flüge|vuelos?)\b/i },
  { sector: 'energy', name: /(?<![A-Za-z\u00C0-\u024F])(?:energy|énergie|energie|energía|stadtwerke)(?![A-Za-z\u00C0-\u024F])/i, story: /\b(?:bills?|tariffs?|meters?|supply|supplier|direct\s+debit|electricity|gas|factures?|rechnung|abschlag|strom|factura)\b/i, unless: /\b(?:solar|panels?|install\w*|heat\s+pumps?|boilers?|insulation)\b/i },
  { sector: 'telecoms', name: /\b(?:broadband|telecoms?|telecommunications|telekom|télécom|telecomunicaciones)\b/i },
  // "VoxMobile UK", "Northern Wireless": a phone or internet provider when the story is about a line, a SIM or a plan.
  {
    sector: 'telecoms',
    name: /mobile\b|\b(?:wireless|cellular|móvil|mobilfunk)\b/i,
    story: /\b(?:sim|signal|data|airtime|contract|plan|tariff|pac|network|coverage|roaming|router|wi-?fi|handset|line|top-?up|minutes)\b/i,
    unless: /\b(?:valet\w*|car\s+wash|mechanic|tyres?|tires?|hairdress\w*|groom\w*|massage|catering|coffee|food|van)\b/i,
  },
  // Letting and estate agents, property managers: only ever about homes and their deposits.
  {
    sector: 'property',
    name: /(?<![A-Za-z\u00C0-\u024F])(?:lettings?|letting\s+agents?|estate\s+agents?|estate\s+agency|property\s+management|property\s+managers?|realty|realtors?|agence\s+immobili[èe]re|immobili(?:[èe]re|er)s?|agence\s+immo|gestion\s+locative|immobilien|hausverwaltung|vermietung|inmobiliarias?|administraci[oó]n\s+de\s+fincas)(?![A-Za-z\u00C0-\u024F])/i,
  },
  // "Harbour Properties", "Northside Homes": a landlord when the story is about renting, not building or selling.
  { sector: 'property', name: /\b(?:propert(?:y|ies)|homes|housing|landlords?)\b/i, story: /\b(?:rent(?:ed|ing|al)?|tenan(?:t|ts|cy|cies)|landlord|landlady|lease|letting)\b/i },
  // A dental practice, a physiotherapist, an optician: care given by health professionals to a
  // patient (some complaint routes leave it out). A clinic is one only when it treats people.
  {
    sector: 'health',
    name: /(?<![A-Za-z\u00C0-\u024F])(?:dental|dentists?|dentistry|orthodont[A-Za-z\u00C0-\u024F]*|physio[A-Za-z\u00C0-\u024F]*|chiropract[A-Za-z\u00C0-\u024F]*|osteopath[A-Za-z\u00C0-\u024F]*|podiatr[A-Za-z\u00C0-\u024F]*|opticians?|optometr[A-Za-z\u00C0-\u024F]*|audiolog[A-Za-z\u00C0-\u024F]*|medical|clinics?|surgery|doctors|hospital|cabinet\s+(?:dentaire|médical)|(?:centre|clinique)\s+(?:dentaire|médical)|dentiste|zahnklinik|zahnzentrum|kiné[A-Za-z\u00C0-\u024F]*|ostéopath[A-Za-z\u00C0-\u024F]*|zahnarzt[A-Za-z\u00C0-\u024F]*|zahnärzt[A-Za-z\u00C0-\u024F]*|zahnmedizin|arztpraxis|physiotherapie|klinik|clínica|dentista|odontolog[A-Za-z\u00C0-\u024F]*|fisioterap[A-Za-z\u00C0-\u024F]*|centro\s+médico)(?![A-Za-z\u00C0-\u024F])/i,
    namedOtherwise: /(?<![A-Za-z\u00C0-\u024F])(?:beauty|aesthetics?|cosmetic|hair|nails?|tattoo|car|cars|auto|motors?|garage|computers?|tech|phones?|pc|bikes?|cycles?|pets?|animals?|vets?|veterinary|dogs?|cats?|equine|tree|plant|lawn|supplies|supply|equipment|uniforms?|tyres?|tires?|body\s*shop|panel|roof[A-Za-z\u00C0-\u024F]*|drains?|gutters?|carpets?|sofas?|dents?|boilers?|plumb[A-Za-z\u00C0-\u024F]*)(?![A-Za-z\u00C0-\u024F])/i,
  },
];

/** What only a telecoms provider sells: "home internet 500", "fibre broadband", "SIM-only plan" (Latin letters, not a Unicode class: this runs on every letter). */
const TELECOMS_ITEM = /(?<![A-Za-z\u00C0-\u024F])(?:broadband|(?:home|fib(?:re|er)|cable|satellite|mobile|wireless)\s+internet|internet\s+(?:service|plan|package|connection|contract|bundle|subscription)|^\s*internet|wi-?fi\s+(?:plan|package|service)|mobile\s+(?:phone\s+)?(?:plan|contract)|phone\s+(?:plan|contract|line)|cell\s*phone\s+plan|sim[-\s]only|landline|fibre\s+(?:line|plan|package)|fiber\s+(?:line|plan|package)|glasfaser\w*|dsl|festnetz\w*|handyvertrag|mobilfunkvertrag|fibra|ligne\s+fixe|forfait\s+mobile|box\s+internet|box\s+(?:fibre|adsl)|livebox|freebox|bbox|abonnement\s+(?:fibre|internet|adsl)|internetanschluss|dsl-anschluss|fibra\s+óptica)(?![A-Za-z\u00C0-\u024F])/i;

/** What only an electricity or gas supplier sells, in the words of French, German and Spanish letters: "contrat d'électricité", "Stromvertrag", "contrato de luz". */
const ENERGY_ITEM = /(?<![A-Za-z\u00C0-\u024F])(?:(?:contrat|abonnement|offre|fourniture)\s+(?:d['’]\s*|de\s+)?(?:électricité|electricite|gaz\s+naturel|gaz|énergie|energie)|(?:strom|gas|energie)(?:vertrag|tarif|lieferung|liefervertrag|versorgung|versorgungsvertrag)|contrato\s+de\s+(?:(?:la\s+)?luz|gas|electricidad|energía)|suministro\s+(?:de\s+)?(?:luz|gas|electricidad|eléctrico)|tarifa\s+de\s+(?:luz|gas))(?![A-Za-z\u00C0-\u024F])/i;

/** The sector what was bought shows whatever the business is called, or undefined. */
export function sectorFromItem(item: string): Sector | undefined {
  const lowered = item.toLowerCase();
  return telecomsItem(lowered) ? 'telecoms' : energyItem(lowered) ? 'energy' : undefined;
}

const telecomsItem = loweredTest(TELECOMS_ITEM);
const energyItem = loweredTest(ENERGY_ITEM);

/** A rented home, in the writer's words: with a deposit, what a landlord or letting agent holds. */
const TENANCY = /(?<![A-Za-z\u00C0-\u024F])(?:rent(?:ed|ing|al)?|tenan(?:t|ts|cy|cies)|landlord|landlady|lease|leased|letting|lodger|apartment|loyer|locataire|bail|bailleur|[ée]tat\s+des\s+lieux|appartement|logement|miete|mieter|mietvertrag|mietwohnung|wohnung|vermieter(?:in)?|wohnungsübergabe|alquiler|alquilad[oa]|inquilin[oa]|arrendador|arrendatari[oa]|arrendamiento|caser[oa]|piso|vivienda)(?![A-Za-z\u00C0-\u024F])/i;

/**
 * The sector a deposit shows when the business's name shows none: a deposit for a rented home
 * is held by a landlord or a letting agent (a private landlord is named as a person). The
 * words that show it, or undefined.
 */
export function tenancyWords(text: string): string | undefined {
  return TENANCY.exec(text)?.[0];
}

const namesRead = new Map<string, SectorName[]>();
const nameTests = SECTOR_NAMES.map((entry) => loweredTest(entry.name));

/** The entries whose words the business's name (lower-cased) holds. */
function namesIn(lowered: string): SectorName[] {
  return SECTOR_NAMES.filter((_, i) => nameTests[i]!(lowered));
}

/**
 * The sector the business's name shows, given what was bought and what happened (`about`, a
 * text or what makes it: most names show none, and need no text put together); undefined when
 * it does not show one.
 */
export function sectorFromName(company: string, about: string | (() => string)): Sector | undefined {
  let story: string | undefined;
  const told = () => (story ??= typeof about === 'string' ? about : about());
  // A batch writes to the same businesses again and again: their names are read once.
  for (const entry of remembered(namesRead, company, () => namesIn(company.toLowerCase()), 1000)) {
    if (entry.story && !entry.story.test(told())) continue;
    if (entry.unless && (entry.unless.test(told()) || entry.unless.test(company))) continue;
    if (entry.namedOtherwise?.test(company)) continue;
    return entry.sector;
  }
  return undefined;
}
