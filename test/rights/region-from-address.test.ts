// Where the writer lives decides some next steps (a state's demand letter, a province's
// tribunal). An address that ends with its state or province and postcode says so without
// doubt; redress takes it from there and says what it assumed, through the built CLI.
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { redress, tempDir } from '../support/cli.js';

const tmp = tempDir('redress-region-');
afterAll(() => tmp.cleanup());

let n = 0;
/** Writes `text` as a case file and drafts its letter, which must succeed. */
function draftCase(text: string) {
  const file = tmp.path(`case-${++n}.yaml`);
  writeFileSync(file, text);
  const r = redress(['draft', '--from', file], { env: { REDRESS_TODAY: '2026-11-20' } });
  expect(r.code, r.stderr).toBe(0);
  return r;
}

function draft(country: string | undefined, address: string, currency: string | undefined) {
  return draftCase(
    `sender:\n  name: Sam Lee\n  email: sam@example.com\n  address: "${address}"\n${country ? `  country: ${country}\n` : ''}recipient:\n  company: Brightline Carpet Care\npurchase:\n  item: carpet cleaning\n  kind: service\n  amount: 240\n${currency ? `  currency: ${currency}\n` : ''}story:\n  problem: poor-quality\n  circumstances: The crew cleaned two of the three rooms.\n  expectations: three rooms cleaned\n  outcome: one room was left as it was\nrequest:\n  remedy: refund\nletter:\n  stage: final\n  date: 2026-11-20\n  previous: [2026-10-20]\n`,
  );
}

describe('the region from the end of an address', () => {
  it.each([
    ['US', '2210 Elm St, Springfield, IL 62704', 'USD', 'Illinois', 'IL 62704'],
    ['US', '350 Fifth Avenue, New York, NY 10118-0110, USA', 'USD', 'New York', 'NY 10118-0110'],
    ['US', '1 Monument Circle, Indianapolis, in 46204', 'USD', 'Indiana', 'IN 46204'],
    ['CA', '100 Queen St W, Toronto, ON M5H 2N2, Canada', 'CAD', 'Ontario', 'ON M5H 2N2'],
    ['CA', '1200 Rue Sainte-Catherine, Montréal QC H3B1K9', 'CAD', 'Quebec', 'QC H3B1K9'],
    ['AU', 'Unit 4, 12 George St, Sydney NSW 2000', 'AUD', 'New South Wales', 'NSW 2000'],
    ['AU', '5 Hay St, Perth WA 6000 Australia', 'AUD', 'Western Australia', 'WA 6000'],
  ])('%s: "%s" (%s) shows the region, and the writer is told', (country, address, currency, region, shown) => {
    const r = draft(country, address, currency);
    expect(r.stderr).toContain(`I took you to live in ${region}, from the end of your address, "${shown}". If that is wrong, set sender.region in the case file.`);
  });

  it('a Massachusetts address brings the state\'s 30-day demand letter, as sender.region would', () => {
    const r = draft('US', '12 Main St, Boston MA 02110', 'USD');
    expect(r.stdout).toContain('Massachusetts General Laws chapter 93A');
    expect(r.stdout).toContain('Please reply by December 21, 2026');
  });

  it.each([
    ['US', '4 Oak Ln, Portland, OR', 'USD'],
    ['US', 'IL 62704 is my ZIP, 2210 Elm St, Springfield', 'USD'],
    ['AU', 'Flat 2, 10 George St, Sydney 2000', 'AUD'],
    ['CA', '100 Queen St W, Toronto', 'CAD'],
  ])('%s: "%s" shows no region without doubt, so none is assumed', (country, address, currency) => {
    const r = draft(country, address, currency);
    expect(r.stderr).not.toContain('I took you to live in');
  });

  it('a New Zealand town and postcode with amounts in NZD show the country; in another currency they do not', () => {
    const nz = draft(undefined, '5 Kauri Lane, Takapuna, Auckland 0622', 'NZD');
    expect(nz.stderr).toContain('I took you to live in New Zealand, from your town and postcode, "Auckland 0622", with amounts in NZD.');
    expect(nz.stdout).toContain('Consumer Guarantees Act 1993');
    expect(draft(undefined, '5 Kauri Lane, Takapuna, Auckland 0622', 'AUD').stderr).not.toContain('I took you to live in');
  });

  it('a New Zealand town and postcode with no currency, from an e-mail address in .nz, show the country; from one elsewhere they do not', () => {
    const text = (email: string) =>
      `sender:\n  name: Aroha Ngata\n  email: ${email}\n  address: "15 Aro St, Aro Valley, Wellington 6021"\nrecipient:\n  company: FibreNet\npurchase:\n  item: fibre broadband\n  kind: subscription\n  amount: 79\n  period: month\nstory:\n  circumstances: I was charged $109 a month from May.\n  expectations: $79 a month\n  outcome: charged $109\nrequest:\n  remedy: refund\n  amount: 150\nletter:\n  date: 2026-11-20\n`;
    const nz = draftCase(text('aroha@example.co.nz'));
    expect(nz.stderr).toContain('I took you to live in New Zealand, from your town and postcode, "Wellington 6021", and your e-mail address, …@example.co.nz.');
    expect(nz.stdout).toMatch(/Yours faithfully|Consumer Guarantees Act/);
    expect(draftCase(text('aroha@example.com')).stderr).not.toContain('I took you to live in');
  });

  it('a UK postcode still shows the nation', () => {
    expect(draft('GB', '3 Rose Street, Edinburgh EH2 2PR', 'GBP').stderr).toContain('I took you to live in Scotland, from your postcode EH2 2PR.');
  });
});

describe('the country from an address, when the case does not name one', () => {
  it.each([
    ['Flat 3, 22 Holloway Road, London N7 8JL', undefined, 'England, United Kingdom', 'your postcode N7 8JL', 'Consumer Rights Act 2015', '£240.00'],
    ['14 Mill Street, Mallow, Co. Cork P51 X2Y3', undefined, 'Ireland', 'your Eircode P51 X2Y3', 'Consumer Rights Act 2022', '€240.00'],
    ['7/12 Park St, Newtown NSW 2042', 'AUD', 'New South Wales, Australia', 'the end of your address, "NSW 2042"', 'Australian Consumer Law', '$240.00'],
    ['41 Kauri Road, Hamilton 3204, New Zealand', undefined, 'New Zealand', 'your address, which ends "New Zealand"', 'Consumer Guarantees Act 1993', '$240.00'],
    ['3 Church Road, Ballincollig, Co. Cork', undefined, 'Ireland', 'your address, which ends "Co. Cork"', 'Consumer Rights Act 2022', '€240.00'],
    ['The Quay, Westport, Co Mayo', 'EUR', 'Ireland', 'your address, which ends "Co Mayo"', 'Consumer Rights Act 2022', '€240.00'],
    ['Main Street, Kenmare, County Kerry.', undefined, 'Ireland', 'your address, which ends "County Kerry"', 'Consumer Rights Act 2022', '€240.00'],
    ['Flat 2, 40 South Circular Road, Dublin 8', undefined, 'Ireland', 'your address, which ends "Dublin 8"', 'Consumer Rights Act 2022', '€240.00'],
    ['12 Rathgar Avenue, Dublin 6W', undefined, 'Ireland', 'your address, which ends "Dublin 6W"', 'Consumer Rights Act 2022', '€240.00'],
    ['8 Shore Road, Carrickfergus, Co. Antrim', undefined, 'Northern Ireland, United Kingdom', 'your address, which ends "Co. Antrim"', 'Consumer Rights Act 2015', '£240.00'],
    ['21 Bishop Street, County Londonderry', 'GBP', 'Northern Ireland, United Kingdom', 'your address, which ends "County Londonderry"', 'Consumer Rights Act 2015', '£240.00'],
  ])('"%s" (%s): the letter follows %s, and says why', (address, currency, where, because, law, money) => {
    const r = draft(undefined, address, currency);
    expect(r.stderr).toContain(`I took you to live in ${where}, from ${because}. If that is wrong, set sender.country`);
    expect(r.stdout).toContain(law);
    expect(r.stdout).toContain(money);
    expect(r.stderr).not.toContain('does not say where you live');
  });

  it.each([
    ['a currency that is not the address\'s', '22 Holloway Road, London N7 8JL', 'USD'],
    ['no postcode or country at the end', '22 Holloway Road, London', undefined],
    ['a postcode in the middle', 'N7 8JL is the postcode, 22 Holloway Road', undefined],
    ['a state that ends like a nation', '4 George St, Sydney, New South Wales', undefined],
    ['a county of Ireland written without "Co.", also the name of an English town', '14 Mercer Row, Louth', undefined],
    ['a county of Northern Ireland with amounts in euros', '8 Shore Road, Carrickfergus, Co. Antrim', 'EUR'],
    ['an Irish county in the middle', 'Co. Cork is where I grew up, 5 Long Lane, Leeds', undefined],
  ])('%s: nothing is assumed', (_, address, currency) => {
    const r = draft(undefined, address, currency);
    expect(r.stderr).not.toContain('I took you to live in');
    expect(r.stderr).toContain('does not say where you live');
  });
});

describe('the country from an address, in a letter in French, German or Spanish', () => {
  function draftIn(language: string, address: string, currency: string | undefined) {
    return draftCase(
      `sender:\n  name: Sam Lee\n  address: "${address}"\nrecipient:\n  company: Maison Confort\npurchase:\n  item: canapé trois places\n  kind: goods\n  amount: 890\n${currency ? `  currency: ${currency}\n` : ''}story:\n  problem: poor-quality\n  circumstances: Le canapé a été livré le 2 octobre.\n  expectations: un canapé en bon état\n  outcome: un pied est cassé\nrequest:\n  remedy: refund\nletter:\n  language: ${language}\n  date: 2026-11-20\n`,
    );
  }

  it.each([
    ['fr', '12 rue des Lilas, 69003 Lyon', 'EUR', 'France', 'your postcode and town, "69003 Lyon", with amounts in EUR'],
    ['de', 'Leopoldstraße 12, 80802 München', 'EUR', 'Germany', 'your postcode and town, "80802 München", with amounts in EUR'],
    ['es', 'Calle de Alcalá 45, 2º B, 28014 Madrid', 'EUR', 'Spain', 'your postcode and town, "28014 Madrid", with amounts in EUR'],
    ['fr', '8 place Bellecour, 69002 Lyon, France', undefined, 'France', 'your address, which ends "France"'],
    ['de', 'Leopoldstraße 12, 80802 München, Deutschland', undefined, 'Germany', 'your address, which ends "Deutschland"'],
  ])('%s: "%s" (%s) shows %s, and the writer is told', (language, address, currency, where, because) => {
    const r = draftIn(language, address, currency);
    expect(r.stderr).toContain(`I took you to live in ${where}, from ${because}. If that is wrong, set sender.country`);
    expect(r.stderr).not.toContain('does not say where you live');
  });

  it('counts amounts written in the answers ("1 240 €") as the currency, where the case gives none', () => {
    const r = draftCase(
      `sender:\n  name: Gérard Lemaire\n  address: 4 allée des Tilleuls, 38100 Grenoble\nrecipient:\n  company: Maison Confort\npurchase:\n  item: canapé trois places\n  kind: goods\n  amount: 890\nstory:\n  problem: poor-quality\n  circumstances: Le canapé a été livré le 2 octobre, j'ai payé 890 €.\n  expectations: un canapé en bon état\n  outcome: un pied est cassé\nrequest:\n  remedy: refund\nletter:\n  language: fr\n  date: 2026-11-20\n`,
    );
    expect(r.stderr).toContain('I took you to live in France, from your postcode and town, "38100 Grenoble", with amounts in EUR.');
  });

  it.each([
    ['es', 'Av. Paseo de la Reforma 222, 06600 Ciudad de México', 'MXN'],
    ['es', 'Av. Paseo de la Reforma 222, 06600 Ciudad de México', undefined],
    ['fr', 'Rue Neuve 10, 1000 Bruxelles', 'EUR'],
    ['de', 'Mariahilfer Straße 1, 1060 Wien', 'EUR'],
    ['de', '80802 München ist meine Postleitzahl, Leopoldstraße 12', 'EUR'],
  ])('%s: "%s" (%s) shows no country without doubt, so none is assumed, and the note names the countries to add', (language, address, currency) => {
    const r = draftIn(language, address, currency);
    expect(r.stderr).not.toContain('I took you to live in');
    expect(r.stderr).toContain(`does not say where you live. Add sender.country (for example ${{ fr: 'FR', de: 'DE', es: 'ES' }[language]})`);
  });
});
