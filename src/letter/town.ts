// The writer's town, for the place before a letter's date ("Lyon, le 5 mars 2026"), read
// from the postcode and town of their address. People add to the town what the post needs
// or what they are used to writing: an arrondissement ("Lyon 2e"), a province ("Madrid
// (Madrid)"), a CEDEX, a city's district ("München-Altstadt", "Musterdorf OT Neuhaus"); the
// place line names the town alone. When what follows the postcode does not read as a town,
// there is no place: a date alone is better than a wrong place.
import { onFirstUse } from '../util/on-first-use.js';

/** Each comma-separated part or line of an address, last first (the town is near the end). */
function partsFromLast(address: string): string[] {
  return address
    .split(/\r?\n|,/)
    .map((part) => part.trim())
    .filter(Boolean)
    .reverse();
}

/**
 * A postcode and what follows it: five digits anywhere in a part ("Calle Mayor 5 28013
 * Madrid"); four digits (with the Dutch letters, "1012 AB"), the Polish "00-950", the
 * Portuguese "1000-001" or the Czech "110 00" only at a part's start (a house number can have
 * four digits); an optional country letter ("D-80331", "F-69002") and a dash after the code.
 */
const POSTCODE_AND_TOWN =
  /^(?:[A-Z]{1,2}-)?(?:\d{4}(?:\s?[A-Z]{2}(?=\s))?|\d{2}-\d{3}|\d{4}-\d{3}|\d{3}\s\d{2})\s*[-–]?\s+(.+)$|(?:^|\s)(?:[A-Z]{1,2}-)?\d{5}\s*[-–]?\s+(.+)$/u;

/** What follows a town and is not part of its name. */
const TRAILERS: RegExp[] = [
  /\s+cedex\b.*$/iu, // "Paris Cedex 08"
  /\s*\([^)]*\)\s*$/u, // a province or region: "Madrid (Madrid)", "Halle (Saale)" reads as Halle
  /\s+\d{1,2}\s*(?:e|er|ère|ème|eme|è)?(?:\s+arr(?:\.|ondissement)?)?$/iu, // an arrondissement: "Lyon 2e", "Paris 15ème", "PARIS 15"
  /\s+OT\s+.+$/u, // a German Ortsteil: "Musterdorf OT Neuhaus"
  /\s+(?:[-–]\s+)?(?:France|Frankreich|Francia|Deutschland|Germany|Allemagne|Alemania|España|Spain|Espagne|Spanien|Österreich|Austria|Autriche|Schweiz|Suisse|Suiza|Belgique|Belgien|Bélgica|Luxembourg|Luxemburg)$/iu, // the country, on the same line
];

/**
 * Cities whose districts are written after a hyphen ("München-Altstadt", "Berlin-Kreuzberg"):
 * other hyphenated names are towns of their own ("Garmisch-Partenkirchen", "Aix-en-Provence").
 */
const CITY_WITH_DISTRICT = onFirstUse(() => /^(Berlin|Hamburg|München|Köln|Frankfurt(?: am Main)?|Stuttgart|Düsseldorf|Leipzig|Dortmund|Essen|Bremen|Dresden|Hannover|Nürnberg|Duisburg|Bochum|Wuppertal|Bielefeld|Bonn|Münster|Mannheim|Karlsruhe|Augsburg|Wiesbaden|Wien|Zürich)\s*[-–]\s*\p{Lu}/u);

/** Words inside a town's name that keep small letters: "Aix-en-Provence", "Frankfurt am Main", "Villeneuve-d'Ascq". */
const SMALL_WORDS = /^(en|sur|sous|lès|les|le|la|de|du|des|d'|l'|am|an|im|in|der|bei|ob|del|y)$/u;

/** A town written in capitals, as French addresses often are ("SAINT-ÉTIENNE"), in the letters of its name. */
function fromCapitals(town: string): string {
  return town.replace(/[\p{L}]+['’]?/gu, (word, offset: number) => {
    const lower = word.toLocaleLowerCase();
    if (offset > 0 && SMALL_WORDS.test(lower.replace('’', "'"))) return lower;
    return lower.charAt(0).toLocaleUpperCase() + lower.slice(1);
  });
}

/** The town as it starts a place line, or undefined when the words do not read as a town's name. */
function cleanTown(written: string): string | undefined {
  let town = written.trim();
  for (const trailer of TRAILERS) town = town.replace(trailer, '').trim();
  // An Italian province's code ("Roma RM") after a town written in small letters.
  if (/\p{Ll}/u.test(town)) town = town.replace(/\s+\p{Lu}{2}$/u, '');
  // A town's name is letters, spaces, hyphens, apostrophes and abbreviating stops ("St. Gallen"); a few words at most.
  if (!/^\p{L}[\p{L}\p{M}'’. -]*\p{L}\.?$/u.test(town) || town.split(/\s+/).length > 5) return undefined;
  // Typed all in capitals or all in small letters: written as a town is.
  if (!/\p{Ll}/u.test(town) || !/\p{Lu}/u.test(town)) town = fromCapitals(town);
  return CITY_WITH_DISTRICT().exec(town)?.[1] ?? town;
}

/**
 * A street's own word opening what follows a number: "1200 rue Sherbrooke Est", "1234 Main
 * Street" is a house number and a street, not a four-digit postcode and a town.
 */
const STREET_WORD = onFirstUse(() => /^(?:rue|avenue|av|boulevard|bd|boul|chemin|ch|allée|impasse|place|route|quai|cours|rang|montée|côte|calle|c|avenida|avda|paseo|plaza|carrer|camino|carretera|rúa|strasse|straße|str|weg|gasse|platz|allee|street|st|road|rd|drive|dr|lane|ln|way|court|ct|crescent|cres|close|terrace|highway|hwy)(?![\p{L}\p{N}])\.?/iu);

/** A street's own word ending it: "1234 Main Street", "88 Hauptstraße" (a whole word: "Köln" does not end with "ln", lane). */
const STREET_WORD_LAST = onFirstUse(() => /(?:(?<![\p{L}\p{N}])(?:street|st|road|rd|drive|dr|lane|ln|avenue|ave|way|court|ct|crescent|close|terrace|boulevard|blvd|highway|hwy|parkway|pkwy)|straße|strasse|weg|gasse|platz|allee)\.?$/iu);

/** A Canadian town before its province and postcode: "Montréal QC H2L 1M1", "Gatineau (QC) J8X 3X7". */
const CANADIAN_TOWN = onFirstUse(() => /^(.+?)\s+\(?[A-Z]{2}\)?\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d$/u);
const CANADIAN_PROVINCE_AND_POSTCODE = onFirstUse(() => /^\(?[A-Z]{2}\)?\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d$/u);

/** The town of an address, from its postcode and town: "12 rue X, 69002 Lyon 2e" -> Lyon; none when unsure. */
export function townOf(address: string | undefined): string | undefined {
  if (!address) return undefined;
  const parts = partsFromLast(address);
  for (const [at, part] of parts.entries()) {
    // "…, Montréal, QC H2L 1M1": the province and postcode stand alone after the town.
    if (CANADIAN_PROVINCE_AND_POSTCODE().test(part)) return parts[at + 1] === undefined ? undefined : cleanTown(parts[at + 1]!);
    const canadian = CANADIAN_TOWN().exec(part);
    if (canadian) return cleanTown(canadian[1]!);
    const match = POSTCODE_AND_TOWN.exec(part);
    const written = match?.[1] ?? match?.[2];
    if (written !== undefined && !STREET_WORD().test(written) && !STREET_WORD_LAST().test(written)) return cleanTown(written);
  }
  return undefined;
}
