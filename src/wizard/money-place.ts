// Where the person lives and what money they paid in, guessed from what they already gave
// (their system's language settings, the symbol they typed) so the questions can offer it.
import { countryInfo } from '../case/countries.js';
import { isKnownCurrency } from '../case/schema.js';

/** en_GB.UTF-8 -> GB: the region of LC_ALL, else LC_MESSAGES, else LANG. */
export function countryFromEnv(env: NodeJS.ProcessEnv): string | undefined {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const value = env[name];
    if (!value || value === 'C' || value === 'POSIX' || value.startsWith('C.')) continue;
    const match = /^[a-z]{2,3}[_-]([A-Z]{2})\b/i.exec(value);
    return match ? match[1]!.toUpperCase() : undefined;
  }
  return undefined;
}

const DOLLAR_COUNTRIES: Record<string, string> = { US: 'USD', CA: 'CAD', AU: 'AUD', NZ: 'NZD', SG: 'SGD', HK: 'HKD', MX: 'MXN' };
const SYMBOLS: Record<string, string> = { '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₹': 'INR', '₩': 'KRW', '₺': 'TRY', '₪': 'ILS', zł: 'PLN', 'kr': 'SEK', 'r$': 'BRL', 'a$': 'AUD', 'c$': 'CAD', 'nz$': 'NZD', 'us$': 'USD', 'hk$': 'HKD' };

/**
 * The currency an amount was written in: "£2,400" -> GBP, "240 EUR" -> EUR, "$240" -> the
 * dollar of the person's country (USD when that is not a dollar country). Undefined when
 * the amount names none.
 */
export function currencyTyped(input: string, country?: string): string | undefined {
  const text = input.trim().replace(/\s+/g, '');
  const code = /^([A-Za-z]{3})(?=[\d.,])|(?<=[\d.,])([A-Za-z]{3})$/.exec(text);
  if (code) {
    const found = (code[1] ?? code[2])!.toUpperCase();
    if (isKnownCurrency(found)) return found;
  }
  const symbol = /^([A-Za-z]{0,2}\p{Sc}|\p{Sc}|zł|kr)|(\p{Sc}|zł|kr)$/iu.exec(text);
  if (!symbol) return undefined;
  const written = (symbol[1] ?? symbol[2])!.toLowerCase();
  if (written === '$') return DOLLAR_COUNTRIES[country ?? ''] ?? 'USD';
  return SYMBOLS[written];
}

/** The currency the person most likely paid in, for the currency question's default. */
export function likelyCurrency(country: string | undefined): string {
  return countryInfo(country?.slice(0, 2))?.currency ?? 'USD';
}

/** The locale a letter from `country` is written in when no --locale is given (as the letter itself does). */
export function likelyLocale(country: string | undefined): string {
  const info = countryInfo(country?.slice(0, 2));
  if (!info) return 'en-US';
  return info.locale.startsWith('en-') ? info.locale : 'en-GB';
}
