// The countries redress knows by name, with what a letter from each takes by default: the
// locale its dates and money are written in, its currency, and the regions where the law
// differs. Any other ISO 3166-1 code is accepted too (its name comes from Intl, loaded only
// then); such a letter simply cites no rights.
import { closest } from '../util/suggest.js';

export interface Region {
  /** ISO 3166-2 code, e.g. GB-SCT, US-CA. */
  code: string;
  name: string;
  /** Other ways people write it ("Scot", "Calif."), lower-case. */
  aliases?: readonly string[];
}

export interface CountryInfo {
  code: string;
  name: string;
  /** Other names, lower-case ("uk", "britain"). */
  aliases: readonly string[];
  locale: string;
  currency: string;
  /** Where the law differs by region; a case may name one. */
  regions?: readonly Region[];
  /** Postal paper size (for printed letters). */
  paper: 'a4' | 'letter';
  /** How a postcode is written where it comes before the town ("69003 Lyon"): an expression's source. */
  postcodeBeforeTown?: string;
  /**
   * A postcode before the town that, in a letter in the country's language, shows the country
   * without the currency: no other country where people write that language writes its postcodes
   * so (German: Austria, Switzerland and Luxembourg write four digits), or only a few do (French:
   * Monaco and the overseas collectivities, 98xxx, are left out; Morocco and Algeria remain, so
   * the writer is told). Spanish has none: Mexico and much of Latin America write five digits too.
   */
  postcodeAloneInLanguage?: string;
  /** How a postcode is written where it follows the town and no region is written ("Auckland 0622"): an expression's source. */
  postcodeAfterTown?: string;
}

/**
 * The countries of the European Consumer Centres Network (the EU's, Iceland and Norway), with
 * their names in the letters' languages, in small letters: an address abroad ends "Pays-Bas",
 * "Niederlande". Written out, as Intl's names of every country take milliseconds to make.
 */
const ECC_NET_NAMES = new Map(
  (
    'AT austria|autriche|österreich;BE belgium|belgique|belgien|bélgica;BG bulgaria|bulgarie|bulgarien;CY cyprus|chypre|zypern|chipre;' +
    'CZ czechia|czech republic|tchéquie|tschechien|chequia;DE germany|allemagne|deutschland|alemania;DK denmark|danemark|dänemark|dinamarca;' +
    'EE estonia|estonie|estland;ES spain|espagne|spanien|españa;FI finland|finlande|finnland|finlandia;FR france|frankreich|francia;' +
    'GR greece|grèce|griechenland|grecia;HR croatia|croatie|kroatien|croacia;HU hungary|hongrie|ungarn|hungría;IE ireland|irlande|irland|irlanda;' +
    'IS iceland|islande|island|islandia;IT italy|italie|italien|italia;LT lithuania|lituanie|litauen|lituania;LU luxembourg|luxemburg|luxemburgo;' +
    'LV latvia|lettonie|lettland|letonia;MT malta|malte;NL netherlands|the netherlands|pays-bas|niederlande|países bajos|holland;' +
    'NO norway|norvège|norwegen|noruega;PL poland|pologne|polen|polonia;PT portugal;RO romania|roumanie|rumänien|rumanía;' +
    'SE sweden|suède|schweden|suecia;SI slovenia|slovénie|slowenien|eslovenia;SK slovakia|slovaquie|slowakei|eslovaquia'
  )
    .split(';')
    .flatMap((entry) => {
      const code = entry.slice(0, 2);
      return entry.slice(code.length + 1).split('|').map((name): [string, string] => [name, code]);
    }),
);
const ECC_NET = new Set(ECC_NET_NAMES.values());

/** Whether a writer in `country` has a European Consumer Centre (the only route that asks where the business is). */
export function inEccNet(country: string): boolean {
  return ECC_NET.has(country.slice(0, 2));
}

/**
 * Where the business stands for the writer's complaint bodies: in the writer's own country, in
 * another of the European Consumer Centres' countries (both in it), or elsewhere. Undefined when
 * the case does not say where the business is.
 */
export function traderPlace(writerCountry: string, businessCountry: string | undefined): 'home' | 'eu' | 'elsewhere' | undefined {
  if (businessCountry === undefined) return undefined;
  const [writer, business] = [writerCountry.slice(0, 2), businessCountry.slice(0, 2)];
  if (writer === business) return 'home';
  return ECC_NET.has(writer) && ECC_NET.has(business) ? 'eu' : 'elsewhere';
}

const r = (code: string, name: string, ...aliases: string[]): Region => ({ code, name, ...(aliases.length > 0 && { aliases }) });

export const COUNTRIES: readonly CountryInfo[] = [
  {
    code: 'GB',
    name: 'United Kingdom',
    aliases: ['uk', 'u.k.', 'united kingdom', 'great britain', 'britain', 'england', 'wales', 'scotland', 'northern ireland', 'gb', 'gbr'],
    locale: 'en-GB',
    currency: 'GBP',
    paper: 'a4',
    regions: [r('GB-ENG', 'England'), r('GB-WLS', 'Wales', 'cymru'), r('GB-SCT', 'Scotland'), r('GB-NIR', 'Northern Ireland', 'ni', 'n. ireland')],
  },
  { code: 'IE', name: 'Ireland', aliases: ['ireland', 'republic of ireland', 'eire', 'éire', 'roi', 'irl'], locale: 'en-IE', currency: 'EUR', paper: 'a4' },
  {
    code: 'US',
    name: 'United States',
    aliases: ['us', 'u.s.', 'usa', 'u.s.a.', 'united states', 'united states of america', 'america'],
    locale: 'en-US',
    currency: 'USD',
    paper: 'letter',
    regions: [
      r('US-AL', 'Alabama'), r('US-AK', 'Alaska'), r('US-AZ', 'Arizona'), r('US-AR', 'Arkansas'), r('US-CA', 'California', 'calif.', 'cal.'),
      r('US-CO', 'Colorado'), r('US-CT', 'Connecticut'), r('US-DE', 'Delaware'), r('US-DC', 'District of Columbia', 'washington dc', 'washington, d.c.', 'd.c.'),
      r('US-FL', 'Florida'), r('US-GA', 'Georgia'), r('US-HI', 'Hawaii'), r('US-ID', 'Idaho'), r('US-IL', 'Illinois'), r('US-IN', 'Indiana'),
      r('US-IA', 'Iowa'), r('US-KS', 'Kansas'), r('US-KY', 'Kentucky'), r('US-LA', 'Louisiana'), r('US-ME', 'Maine'), r('US-MD', 'Maryland'),
      r('US-MA', 'Massachusetts', 'mass.'), r('US-MI', 'Michigan'), r('US-MN', 'Minnesota'), r('US-MS', 'Mississippi'), r('US-MO', 'Missouri'),
      r('US-MT', 'Montana'), r('US-NE', 'Nebraska'), r('US-NV', 'Nevada'), r('US-NH', 'New Hampshire'), r('US-NJ', 'New Jersey'),
      r('US-NM', 'New Mexico'), r('US-NY', 'New York', 'new york state'), r('US-NC', 'North Carolina'), r('US-ND', 'North Dakota'), r('US-OH', 'Ohio'),
      r('US-OK', 'Oklahoma'), r('US-OR', 'Oregon'), r('US-PA', 'Pennsylvania'), r('US-RI', 'Rhode Island'), r('US-SC', 'South Carolina'),
      r('US-SD', 'South Dakota'), r('US-TN', 'Tennessee'), r('US-TX', 'Texas'), r('US-UT', 'Utah'), r('US-VT', 'Vermont'), r('US-VA', 'Virginia'),
      r('US-WA', 'Washington', 'washington state'), r('US-WV', 'West Virginia'), r('US-WI', 'Wisconsin'), r('US-WY', 'Wyoming'),
      r('US-PR', 'Puerto Rico'),
    ],
  },
  {
    code: 'CA',
    name: 'Canada',
    aliases: ['canada', 'can'],
    locale: 'en-CA',
    currency: 'CAD',
    paper: 'letter',
    regions: [
      // With the abbreviations Canadians write (Canada Post's older ones): "Alta.", "Ont.", "Que.".
      r('CA-AB', 'Alberta', 'alta'), r('CA-BC', 'British Columbia'), r('CA-MB', 'Manitoba', 'man'), r('CA-NB', 'New Brunswick'),
      r('CA-NL', 'Newfoundland and Labrador', 'newfoundland', 'nfld', 'nfld and labrador'), r('CA-NS', 'Nova Scotia'), r('CA-NT', 'Northwest Territories', 'nwt'), r('CA-NU', 'Nunavut'),
      r('CA-ON', 'Ontario', 'ont'), r('CA-PE', 'Prince Edward Island', 'pei'), r('CA-QC', 'Quebec', 'québec', 'que', 'qué'), r('CA-SK', 'Saskatchewan', 'sask'), r('CA-YT', 'Yukon', 'yukon territory'),
    ],
  },
  {
    code: 'AU',
    name: 'Australia',
    aliases: ['australia', 'aus', 'oz'],
    locale: 'en-AU',
    currency: 'AUD',
    paper: 'a4',
    regions: [
      r('AU-NSW', 'New South Wales'), r('AU-VIC', 'Victoria'), r('AU-QLD', 'Queensland'), r('AU-WA', 'Western Australia'),
      r('AU-SA', 'South Australia'), r('AU-TAS', 'Tasmania'), r('AU-ACT', 'Australian Capital Territory', 'canberra'), r('AU-NT', 'Northern Territory'),
    ],
  },
  { code: 'NZ', name: 'New Zealand', aliases: ['new zealand', 'aotearoa', 'aotearoa new zealand', 'nzl'], locale: 'en-NZ', currency: 'NZD', paper: 'a4', postcodeAfterTown: String.raw`\d{4}` },
  { code: 'FR', name: 'France', aliases: ['france', 'fra'], locale: 'fr-FR', currency: 'EUR', paper: 'a4', postcodeBeforeTown: String.raw`\d{5}`, postcodeAloneInLanguage: String.raw`(?:[0-8]\d|9[0-5])\d{3}|97[1-6]\d{2}` },
  { code: 'DE', name: 'Germany', aliases: ['germany', 'deutschland', 'deu', 'ger'], locale: 'de-DE', currency: 'EUR', paper: 'a4', postcodeBeforeTown: String.raw`(?:D-)?\d{5}`, postcodeAloneInLanguage: String.raw`(?:D-)?\d{5}` },
  { code: 'ES', name: 'Spain', aliases: ['spain', 'españa', 'espana', 'esp'], locale: 'es-ES', currency: 'EUR', paper: 'a4', postcodeBeforeTown: String.raw`\d{5}` },
];

const BY_CODE = new Map(COUNTRIES.map((c) => [c.code, c]));

export function countryInfo(code: string | undefined): CountryInfo | undefined {
  return code === undefined ? undefined : BY_CODE.get(code);
}

const squash = (text: string) => text.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');

let otherNames: Map<string, string> | undefined;

/** Every ISO 3166-1 alpha-2 region Intl can name, by code and by lower-cased English name. */
function intlCountries(): Map<string, string> {
  if (otherNames) return otherNames;
  otherNames = new Map();
  try {
    const names = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        const name = names.of(code);
        // Intl also names reserved codes (EU, UN, QO…) and deleted ones; those are not countries.
        if (name && !['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ', 'AA', 'XK'].includes(code)) {
          otherNames.set(code.toLowerCase(), code);
          otherNames.set(squash(name), code);
        }
      }
    }
  } catch {
    // Without ICU names, only the countries above are known.
  }
  return otherNames;
}

export type Lookup<T> = { ok: true; value: T } | { ok: false; suggestion?: string };

/** "UK", "united kingdom", "gb", "Great Britain" -> "GB"; an ISO code Intl knows -> itself. */
/** The country a business's address ends with ("…, 1015 Amsterdam, Netherlands"; a UK postcode), if it names one. */
export function countryOfAddress(address: string | undefined): string | undefined {
  const last = address?.split(/[,\n]/).map((part) => part.trim().replace(/\.$/, '')).filter(Boolean).at(-1);
  if (last === undefined) return undefined;
  // A last part without digits may be a country ("1015 Amsterdam" is not): one redress knows, or one of the European Consumer Centres'.
  if (!/\d/.test(last) && last.length <= 40) {
    const key = squash(last).replace(/^the /, '');
    const known = COUNTRIES.find((country) => country.aliases.includes(key) || squash(country.name) === key)?.code ?? ECC_NET_NAMES.get(key);
    if (known !== undefined) return known;
  }
  return countryFromAddress(address)?.country;
}

export function findCountry(input: string): Lookup<string> {
  const key = squash(input).replace(/^the /, '');
  if (key === '') return { ok: false };
  for (const country of COUNTRIES) {
    if (country.code.toLowerCase() === key || country.aliases.includes(key) || squash(country.name) === key) return { ok: true, value: country.code };
  }
  const european = ECC_NET_NAMES.get(key);
  if (european !== undefined) return { ok: true, value: european };
  const other = intlCountries().get(key);
  if (other !== undefined) return { ok: true, value: other };
  return { ok: false, suggestion: closest(key, COUNTRIES.flatMap((c) => [c.name, c.code])) };
}

/** The region of `country` written as its ISO 3166-2 code ("GB-SCT", "SCT"), its name or an alias. */
export function findRegion(country: string, input: string): Lookup<string> {
  const regions = countryInfo(country)?.regions;
  if (!regions) return { ok: false };
  const typed = squash(input);
  const prefix = `${country.toLowerCase()}-`;
  // An abbreviation may be typed with its dots: "B.C.", "N.S.W.".
  for (const key of typed.includes('.') ? [typed, typed.replace(/\./g, '')] : [typed]) {
    for (const region of regions) {
      const code = region.code.toLowerCase();
      if (key === code || prefix + key === code || squash(region.name) === key || region.aliases?.includes(key)) return { ok: true, value: region.code };
    }
  }
  const key = typed;
  return { ok: false, suggestion: closest(key, regions.flatMap((region) => [region.name, region.code.slice(3)])) };
}

export function regionName(code: string | undefined): string | undefined {
  if (code === undefined) return undefined;
  const country = countryInfo(code.slice(0, 2));
  return country?.regions?.find((region) => region.code === code)?.name;
}

/** The country's name as it reads inside a sentence: "the United Kingdom", "Canada". */
export function countryInSentence(code: string): string {
  const name = countryName(code);
  return /^(United|Netherlands|Philippines|Czech Republic|Dominican Republic|Bahamas|Gambia)\b/.test(name) ? `the ${name}` : name;
}

export function countryName(code: string): string {
  const known = countryInfo(code);
  if (known) return known.name;
  try {
    return new Intl.DisplayNames('en', { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

// UK postcode areas wholly inside one nation; areas that cross a border (CH, SY, HR, TD, NP…)
// and the Crown Dependencies (JE, GY, IM) tell nothing.
const UK_POSTCODE = /\b([A-Z]{1,2})\d[A-Z\d]?\s*\d[A-Z]{2}\b/i;
const UK_AREAS: Readonly<Record<string, string>> = {
  BT: 'GB-NIR',
  ...Object.fromEntries(['AB', 'DD', 'DG', 'EH', 'FK', 'G', 'HS', 'IV', 'KA', 'KW', 'KY', 'ML', 'PA', 'PH', 'ZE'].map((a) => [a, 'GB-SCT'])),
  ...Object.fromEntries(['CF', 'LL', 'SA', 'LD'].map((a) => [a, 'GB-WLS'])),
};
const UK_BORDER_AREAS = new Set(['CH', 'SY', 'HR', 'TD', 'NP', 'GL', 'CA', 'NE', 'JE', 'GY', 'IM']);

/**
 * Where addresses end with the region's code and the postcode ("Springfield, IL 62704",
 * "Toronto ON M5V 2T6", "Sydney NSW 2000"): how that postcode is written.
 */
const REGION_BEFORE_POSTCODE: Readonly<Record<string, string>> = {
  US: String.raw`\d{5}(?:-\d{4})?`,
  CA: String.raw`[A-Z]\d[A-Z][ -]?\d[A-Z]\d`,
  AU: String.raw`\d{4}`,
};
const regionEndings = new Map<string, RegExp>();

/** An address's last part: a region code and a postcode, then at most the country's name. */
function regionEnding(country: string): RegExp | undefined {
  const postcode = REGION_BEFORE_POSTCODE[country];
  const regions = countryInfo(country)?.regions;
  if (!postcode || !regions) return undefined;
  let pattern = regionEndings.get(country);
  if (!pattern) {
    const codes = regions.map((region) => region.code.slice(country.length + 1)).sort((a, b) => b.length - a.length);
    pattern = new RegExp(String.raw`(?:^|[\s,])(${codes.join('|')})\.?,?\s+(${postcode})(?:[\s,]+[^,\d]*)?$`, 'i');
    regionEndings.set(country, pattern);
  }
  return pattern;
}

/**
 * The region a postal address shows without doubt (a UK postcode; a US, Canadian or
 * Australian address ending with its state or province and postcode), with what shows it.
 */
export function regionFromAddress(country: string, address: string | undefined): { region: string; because: string } | undefined {
  if (!address) return undefined;
  if (country !== 'GB') {
    const match = regionEnding(country)?.exec(address.trim());
    if (!match) return undefined;
    return { region: `${country}-${match[1]!.toUpperCase()}`, because: `the end of your address, "${match[1]!.toUpperCase()} ${match[2]!.toUpperCase()}"` };
  }
  const match = UK_POSTCODE.exec(address);
  if (!match) {
    const irish = irishPlaceAtEnd(address);
    return irish?.region ? { region: irish.region, because: `your address, which ends "${irish.written}"` } : undefined;
  }
  const area = match[1]!.toUpperCase();
  if (UK_BORDER_AREAS.has(area)) return undefined;
  return { region: UK_AREAS[area] ?? 'GB-ENG', because: `your postcode ${match[0].toUpperCase()}` };
}

/** A country named at the end of an address, by the names people write. */
const COUNTRY_AT_END: ReadonlyArray<readonly [RegExp, string]> = [
  // "Wales", not "New South Wales".
  [/(?:^|[\s,])(?:united kingdom|u\.?k\.?|great britain|england|scotland|(?<!south\s+)wales|northern ireland)\.?$/i, 'GB'],
  [/(?:^|[\s,])(?:ireland|éire|eire|republic of ireland)\.?$/i, 'IE'],
  [/(?:^|[\s,])(?:united states(?: of america)?|u\.?s\.?a\.?)$/i, 'US'],
  [/(?:^|[\s,])canada\.?$/i, 'CA'],
  [/(?:^|[\s,])australia\.?$/i, 'AU'],
  [/(?:^|[\s,])(?:new zealand|aotearoa)\.?$/i, 'NZ'],
];
const UK_POSTCODE_AT_END = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/i;

// The island of Ireland's 32 counties: the Republic's 26, and the six of Northern Ireland,
// which is in the United Kingdom. Irish addresses often end with the county ("Co. Cork",
// "Co Mayo", "County Kerry") or a Dublin postal district ("Dublin 8", "Dublin 6W") instead of
// an Eircode; a county's name alone may also be an English town's (Clare, Louth), so it counts
// only after "Co."/"County", and only the cities below count alone.
const NI_COUNTIES = ['antrim', 'armagh', 'down', 'fermanagh', 'londonderry', 'derry', 'tyrone'];
const IE_COUNTIES = [
  'carlow', 'cavan', 'clare', 'cork', 'donegal', 'dublin', 'galway', 'kerry', 'kildare', 'kilkenny', 'laois', 'leitrim', 'limerick',
  'longford', 'louth', 'mayo', 'meath', 'monaghan', 'offaly', 'roscommon', 'sligo', 'tipperary', 'waterford', 'westmeath', 'wexford', 'wicklow',
];
const IE_CITIES = ['dublin', 'cork', 'galway', 'limerick', 'waterford', 'kilkenny'];
const NI_CITIES = ['belfast', 'derry', 'londonderry'];
const IRISH_PLACE_AT_END = new RegExp(
  String.raw`(?:^|[\s,])((?:co\.?|county)\s+(${[...IE_COUNTIES, ...NI_COUNTIES].join('|')})|dublin\s+\d{1,2}w?|(${[...IE_CITIES, ...NI_CITIES].join('|')}))$`,
  'i',
);

/**
 * The county, Dublin postal district or city an address on the island of Ireland ends with,
 * with the country it is in (Northern Ireland's are in the United Kingdom).
 */
export function irishPlaceAtEnd(address: string): { country: 'IE' | 'GB'; region?: 'GB-NIR'; written: string } | undefined {
  const match = IRISH_PLACE_AT_END.exec(address.trim().replace(/[\s,.]+$/, ''));
  if (!match) return undefined;
  const name = (match[2] ?? match[3])?.toLowerCase();
  const northern = name !== undefined && (NI_COUNTIES.includes(name) || NI_CITIES.includes(name));
  return northern ? { country: 'GB', region: 'GB-NIR', written: match[1]! } : { country: 'IE', written: match[1]! };
}
const EIRCODE_AT_END = /\b[AC-FHKNPRTV-Y]\d{2}\s?[AC-FHKNPRTV-Y0-9]{4}$/i;

/**
 * The English-speaking country a postal address shows without doubt: its name at the end, a
 * UK postcode or an Irish Eircode at the end, or a US, Canadian or Australian region code and
 * postcode at the end; with what shows it.
 */
/** The country an e-mail address's domain names (".co.nz", ".ie"), for the countries redress writes letters for. */
export function countryOfEmail(email: string | undefined): string | undefined {
  const tld = /\.([a-z]{2})\s*$/i.exec(email ?? '')?.[1]?.toLowerCase();
  return tld === undefined ? undefined : EMAIL_COUNTRIES[tld];
}
const EMAIL_COUNTRIES: Readonly<Record<string, string>> = { uk: 'GB', ie: 'IE', us: 'US', ca: 'CA', au: 'AU', nz: 'NZ', fr: 'FR', de: 'DE', es: 'ES' };

/**
 * `email`: the writer's e-mail address, whose domain may back up what the address shows where
 * it is not enough alone (a town and four digits are written so in several countries).
 */
export function countryFromAddress(address: string | undefined, currency?: string, email?: string): { country: string; because: string } | undefined {
  const text = address?.trim().replace(/[\s,.]+$/, '');
  if (!text) return undefined;
  for (const [pattern, country] of COUNTRY_AT_END) {
    const match = pattern.exec(text);
    if (match) return { country, because: `your address, which ends "${match[0].replace(/^[\s,]+/, '')}"` };
  }
  const uk = UK_POSTCODE_AT_END.exec(text);
  if (uk) return { country: 'GB', because: `your postcode ${uk[0].toUpperCase()}` };
  const eircode = EIRCODE_AT_END.exec(text);
  if (eircode) return { country: 'IE', because: `your Eircode ${eircode[0].toUpperCase()}` };
  const irish = irishPlaceAtEnd(text);
  if (irish) return { country: irish.country, because: `your address, which ends "${irish.written}"` };
  for (const country of ['US', 'CA', 'AU']) {
    const match = regionEnding(country)?.exec(text);
    if (match) return { country, because: `the end of your address, "${match[1]!.toUpperCase()} ${match[2]!.toUpperCase()}"` };
  }
  // A town and a postcode written the country's way, when the writer also pays in its currency
  // (four digits after a town are written in several countries, so the postcode alone is not enough).
  const emailCountry = countryOfEmail(email);
  for (const info of COUNTRIES) {
    const byCurrency = currency === info.currency;
    if (!info.postcodeAfterTown || (!byCurrency && (currency !== undefined || emailCountry !== info.code))) continue;
    const match = new RegExp(String.raw`(?:^|,)\s*(\p{L}[\p{L}\s'’.-]*\s+(?:${info.postcodeAfterTown}))$`, 'u').exec(text);
    if (match) return { country: info.code, because: `your town and postcode, "${match[1]!}", ${byCurrency ? `with amounts in ${currency}` : `and your e-mail address, ${email!.trim().replace(/^.*@/, '…@')}`}` };
  }
  return undefined;
}

/**
 * For a letter in the language of a country whose people do not write in English (France,
 * Germany, Spain), that country as the address shows it: its name at the end ("…, Lyon,
 * France", "Deutschland"), or a postcode written its way before the town at the end ("69003
 * Lyon") when the writer also pays in its currency. Five digits before a town are written in
 * many countries, so the postcode alone is not enough; except where nothing says what money the
 * writer pays in (`currency` undefined) and the language's own country is the one that writes its
 * postcodes so (`postcodeAloneInLanguage`): a French letter from "69004 Lyon" is taken to be from
 * France, and the writer is told how it was chosen.
 */
export function countryOfLanguageFromAddress(address: string | undefined, language: string, currency: string | undefined): { country: string; because: string } | undefined {
  const text = address?.trim().replace(/[\s,.]+$/, '');
  if (!text) return undefined;
  const ofLanguage = COUNTRIES.filter((info) => info.locale.startsWith(`${language}-`));
  const last = text.split(/[,\n]/).pop()!.trim();
  const named = ofLanguage.find((info) => info.name.toLowerCase() === last.toLowerCase() || info.aliases.includes(last.toLowerCase()));
  if (named) return { country: named.code, because: `your address, which ends "${last}"` };
  const byPostcode = ofLanguage.flatMap((info) => {
    const shape = currency === undefined ? info.postcodeAloneInLanguage : currency === info.currency ? info.postcodeBeforeTown : undefined;
    if (!shape) return [];
    const match = new RegExp(String.raw`(?:^|[\s,])((?:${shape})\s+\p{L}[\p{L}\s'’.-]*)$`, 'u').exec(text);
    return match ? [{ country: info.code, written: match[1]!, name: info.name }] : [];
  });
  if (byPostcode.length !== 1) return undefined;
  const { country, written, name } = byPostcode[0]!;
  if (currency === undefined) return { country, because: `your postcode and town, "${written}", written as in ${name} (some other countries write them so too)` };
  return { country, because: `your postcode and town, "${written}", with amounts in ${currency}` };
}
