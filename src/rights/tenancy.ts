// Whether a deposit is a rented home's. Without recipient.sector, the case takes a deposit
// whose story speaks of renting to be held by a landlord or a letting agent (sector property,
// src/case/sector-names.ts), and the rights and routes for tenancies follow: a tenancy deposit
// scheme, a tenancy tribunal. But "rental" and "hire" are said of a hall, a venue, a car or a
// marquee as much as of a flat. A deposit is a tenancy's only when the case shows a tenancy: a
// word only tenancies use (tenant, landlord, letting agent), or a home that was let to live in
// (a flat rented, the bond for an apartment), and not a holiday let or an event.
import { foldForMatching } from './fold.js';

// Folded words (small letters, accents left off, ä ö ü ß written out: see fold.ts), whole words.
const word = (alternatives: string) => new RegExp(String.raw`(?<![a-z0-9])(?:${alternatives})(?![a-z0-9])`);

/** Words only a tenancy uses, in English, French, German and Spanish. */
const TENANCY_ONLY = word(
  [
    String.raw`tenan(?:t|ts|cy|cies|ted)`,
    'sub-?tenants?',
    'landlords?',
    'landlady',
    String.raw`letting\s+agen(?:t|ts|cy)`,
    'lodgers?',
    'flatmates?',
    'housemates?',
    String.raw`deposit\s+protection`,
    String.raw`rent(?:al)?\s+bond`,
    String.raw`rent\s+(?:was|is)\s+(?:paid|due|late)`,
    String.raw`(?:my|our|monthly|weekly)\s+rent`,
    String.raw`months?(?:'s|s')?\s+rent`,
    'loyers?',
    'locataires?',
    'bailleur',
    String.raw`etat\s+des\s+lieux`,
    String.raw`bail\s+(?:de\s+location|d'habitation)`,
    'mieter(?:in|innen)?',
    'vermieter(?:in)?',
    'mietvertrag',
    'mietwohnung',
    'mietkaution',
    'mietverhaeltnis',
    'wohnungsuebergabe',
    'inquilin[oa]s?',
    'arrendador(?:a|es)?',
    'arrendatari[oa]s?',
    String.raw`contrato\s+de\s+arrendamiento`,
    String.raw`ley\s+de\s+arrendamientos`,
    'caser[oa]',
  ].join('|'),
);

/** A home: somewhere one lives, not a hall, a venue, a car or equipment. */
const HOME = word(
  [
    'flats?',
    'apartments?',
    'apt',
    'houses?',
    'bedsits?',
    'maisonettes?',
    'condos?',
    'townhouses?',
    String.raw`student\s+(?:room|house|flat|accommodation|housing)`,
    String.raw`halls\s+of\s+residence`,
    String.raw`(?:rented|rental|let)\s+(?:home|property|room|accommodation)`,
    String.raw`room\s+in\s+(?:a|the|our|my)\s+(?:shared\s+)?(?:house|flat|apartment)`,
    'appartements?',
    'logements?',
    'maison',
    'wohnung(?:en)?',
    'pisos?',
    'vivienda',
    'apartamentos?',
  ].join('|'),
);

/**
 * Letting a home: with a home, what shows it was rented. Not moving out or having lived there,
 * which a removal firm's or a buyer's story says as well.
 */
const LET = word(
  [
    'rent',
    'rents',
    'rented',
    'renting',
    'rental',
    'leased?',
    'sublet',
    String.raw`check-?out\s+inspection`,
    'louee?s?',
    'louer',
    'location',
    'gemietet',
    'miete',
    'alquiler',
    'alquilad[oa]',
    'alquile',
    'arrendamiento',
  ].join('|'),
);

/** A deposit held as security, as a rented home's is: with a home, what shows it was rented. */
const SECURITY = word([String.raw`security\s+deposit`, String.raw`damage\s+deposit`, 'bond', 'caution', String.raw`depot\s+de\s+garantie`, 'kaution', 'fianza'].join('|'));

/** A stay or an event, not a home to live in: a holiday let, a party, a booking's deposit. */
const NOT_LIVED_IN = word(
  [
    'holidays?',
    'vacations?',
    'airbnb',
    'vrbo',
    String.raw`short[-\s](?:let|stay|term)`,
    'weekend',
    String.raw`\d+\s+nights?`,
    'party',
    'wedding',
    'reception',
    'events?',
    'arrhes',
    'acompte',
    'vacances',
    'gite',
    'saisonniere',
    'urlaub',
    'ferienwohnung',
    'vacaciones',
    'vacacional',
    'turistico',
  ].join('|'),
);

/**
 * The words of `told` (what was bought and the story) that show a tenancy, or undefined: a
 * word only a tenancy uses, or a home rented or held a security deposit for, unless
 * it was a holiday or an event.
 */
export function tenancyShown(told: string): string | undefined {
  const text = foldForMatching(told);
  const only = TENANCY_ONLY.exec(text);
  if (only) return only[0];
  const home = HOME.exec(text);
  if (!home || NOT_LIVED_IN.test(text)) return undefined;
  return LET.test(text) || SECURITY.test(text) ? home[0] : undefined;
}

/**
 * Words of a business's name (folded, whole words) that show a company, an agent or a landlord
 * in business: a legal form, a letting or managing agent, a housing company. A name without them
 * (a person's, "Thomas Brenner") is not shown to be one.
 */
const BUSINESS_WORDS = new Set(
  (
    'gmbh ag kg ug ohg gbr ek ev eg mbh sarl sas sasu sa sci eurl snc sl slu sll scp ltd limited llc llp inc plc co corp company ' +
    'immobilien hausverwaltung verwaltung verwaltungen wohnen wohnbau wohnungsbau wohnungsgesellschaft wohnungsbaugesellschaft genossenschaft baugenossenschaft vermietung ' +
    'agence immobiliere immo gestion fonciere habitat habitations logement logements bailleur residences office hlm opac ' +
    'inmobiliaria inmobiliarias fincas administracion gestiones alquileres viviendas promociones patrimonio ' +
    'properties property lettings letting estates estate homes housing rentals management agency agents group holdings trust association council ' +
    // Trades: "Forth Heating Services", "Apex Roofing" name a business, never a person.
    'services service heating plumbing plumbers roofing cleaning cleaners repairs motors garage builders building construction electrical electrics ' +
    'solutions systems supplies solar windows kitchens bathrooms flooring carpets removals storage transport travel tours studio studios'
  ).split(' '),
);

/** A person's name in place of a business's: two to four words, every one a name, none a business's. */
function namedAsPerson(recipient: { company: string; contact?: string }): boolean {
  const company = recipient.company.trim();
  // Named with a courtesy title ("M. Jean Dupuis", "Frau Sabine Wolff"): the case reads that person as the reader.
  if (recipient.contact !== undefined && recipient.contact.trim() === company) return true;
  const words = company.split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  return words.every((w) => /^\p{Lu}[\p{Ll}'’-]*\.?$/u.test(w) && !BUSINESS_WORDS.has(foldForMatching(w).replace(/[.'’-]/g, '')));
}

/** What of a case tells whether it is about a rented home, and who let it. */
type TenancyFacts = {
  recipient: { company: string; contact?: string; sector?: string };
  purchase: { item?: string; kind?: string };
  story: { circumstances?: string; expectations: readonly string[]; outcome: readonly string[] };
};

/** Whether what was bought or the story shows a tenancy (see tenancyShown). */
export function tenancyInCase(c: Pick<TenancyFacts, 'purchase' | 'story'>): boolean {
  return tenancyShown([c.purchase.item ?? '', c.story.circumstances ?? '', ...c.story.expectations, ...c.story.outcome].join('\n')) !== undefined;
}

/** Whether the case shows a rented home: a deposit a landlord or letting agent holds, or a tenancy in what was bought or the story. */
function rentedHome(c: TenancyFacts): boolean {
  return (c.purchase.kind === 'deposit' && c.recipient.sector === 'property') || tenancyInCase(c);
}

/**
 * Whether the business let the writer the home the case is about: a landlord or letting agent
 * (recipient.sector property), or a private landlord, of a rented home. A tradesperson sent by
 * the landlord ("a service record for my landlord") did not.
 */
export function homeLetByBusiness(c: TenancyFacts): boolean {
  return (c.recipient.sector === 'property' && rentedHome(c)) || privateLandlord(c);
}

/**
 * Whether the business is a private landlord: the case shows a rented home (a tenancy deposit
 * held by a landlord, or a tenancy in the story) and the business is named as a person. Consumer
 * bodies (a consumer mediator, a Schlichtungsstelle, an OMIC) deal with traders, not with them.
 */
export function privateLandlord(c: TenancyFacts): boolean {
  return namedAsPerson(c.recipient) && rentedHome(c);
}
