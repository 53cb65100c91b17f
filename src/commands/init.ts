// `redress init [FILE]` and `redress init --batch [FILE]`: a commented file to fill in.
// Every field says what it is for and whether it is required. Fields are left empty:
// an empty optional field is simply not used, and an empty required one is reported with
// its line and column, so the file works as it is written once the blanks are filled in.
// The first line points editors (YAML language server) at the JSON Schema, kept next to
// the file, so it works offline: `redress schema > redress.schema.json`.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT_OK, UserError } from '../errors.js';
import { namesOwnStream } from '../io/read.js';
import { quoteValue, safeForTerminal } from '../io/terminal.js';
import { writeFileAtomic } from '../io/write.js';
import { writeStdout } from '../io/stdout.js';
import { asInvoked } from '../util/invocation.js';

export const CASE_SCHEMA_FILE = 'redress.schema.json';
export const BATCH_SCHEMA_FILE = 'redress-batch.schema.json';

export const CASE_TEMPLATE = `# yaml-language-server: $schema=./${CASE_SCHEMA_FILE}
# A complaint for redress: fill in the blanks after the colons, then run
#   redress draft --from case.yaml
# Fields marked "required" must be filled in; leave any other field empty if it does not apply.
# Dates are written YYYY-MM-DD, e.g. 2026-11-16. Text with ": " or " #" in it (Order #1234), or starting with "#", goes in quotes.
# For completion and checks in your editor, run once in this folder:
#   redress schema > ${CASE_SCHEMA_FILE}

sender:                 # required: you, the person writing
  name:                 # required: your full name, as the business knows you
  email:                # optional: your e-mail address (needed for --format eml)
  phone:                # optional: your phone number, in quotes: "+1 555 0142"
  address:              # optional: your postal address
  customerId:           # optional: your customer or account number with the business
  customerSince:        # optional: since when you have been their customer: a year (2019) or a date
  country:              # optional: where you live: GB, IE, US, CA, AU, NZ, FR, DE, ES… (or its name); decides the
                        #   rights the letter cites, the next steps, and how dates and money are written
  region:               # optional: where the law differs: a UK nation (Scotland), US state (MA),
                        #   Canadian province (Ontario) or Australian state (NSW)

recipient:              # required: the business you are writing to
  company:              # required: its name, e.g. Brightline Carpet Care
  contact:              # optional: a person or team, e.g. Ms Dana Price, or Member Services team
  email:                # optional: its e-mail address (needed for --format eml)
  address:              # optional: its postal address
  sector:               # optional: energy, water, telecoms, financial, insurance, travel, airline, rail,
                        #   building, property, furniture, motor, legal, postal, retail, health or other
  country:              # optional: where the business is, if not in your country, e.g. NL

purchase:               # required: what you bought or booked
  item:                 # required: what it was, e.g. deep cleaning of three rooms
  kind:                 # optional: goods, service, subscription, booking, deposit or other
  date:                 # optional: when you bought, booked or paid for it (YYYY-MM-DD)
  reference:            # optional: order, booking or invoice number
  amount:               # optional: what you have paid, as a number, e.g. 240 or 79.98
                        #   (for a subscription: each payment, with period below)
  price:                # optional: the agreed total price, when it differs from what you have paid
  period:               # optional: for a recurring fee: week, fortnight, month, quarter or year
  currency:             # optional: three-letter currency code, e.g. GBP, EUR, USD (default: your country's)
  paidWith:             # optional: credit-card, debit-card, bank-transfer, cash, paypal, direct-debit or other

story:                  # required: what happened
  circumstances:        # required: the facts, in order, e.g. I booked a deep clean for 2 November.
  expectations:         # required: what you were promised or could reasonably expect:
                        #   one line, or a list of points, each on its own line starting with "- "
  outcome:              # required: what actually happened, point by point (one line, or a list)
  impact:               # optional: how it affected you, in one sentence
  problem:              # optional: what went wrong: poor-quality, not-provided, charged-after-cancelling,
                        #   overcharged, deposit-not-returned or other (decides the law cited)

contacts:               # optional: earlier attempts to resolve it, each starting with "- ", e.g.
#  - date: 2026-11-03   #   optional: when you contacted them (YYYY-MM-DD)
#    channel: phone     #   optional: how: phone, e-mail, chat, in person…
#    who: Dana          #   optional: whom you spoke to
#    result: she promised a call back within two days   # optional: what came of it

evidence:               # optional: what you enclose, each starting with "- ", e.g.
#  - booking confirmation BCC-004471
#  - photos of the room that was not cleaned

card:                   # optional: the card you paid with, for a card-dispute letter
  issuer:               # optional: your card issuer, e.g. First Bank Visa
  address:              # optional: its address for billing disputes (on your statement), for a letter by post
  last4:                # optional: the last four digits of the card, in quotes: "0042"
  statementDate:        # optional: date of the statement that shows the charge (YYYY-MM-DD)

request:                # required: what you are asking for
  remedy:               # required: correction, refund, either (a correction or a refund), partial-refund,
                        #   or compensation (costs the problem caused you)
  correction:           # required for correction and either: what exactly would put it right
  amount:               # required for partial-refund: how much; for refund and either it defaults to purchase.amount
                        #   (never more than you paid: costs it caused you go under costs)
  reason:               # optional: why you ask for this amount back, e.g. for the two rooms that were not cleaned
  costs:                # optional (required for compensation): costs it caused you, each starting with "- ", e.g.
#    - what: a night in a hotel   #   required: what the cost was
#      amount: 120                #   required: what it cost you, as a number
  deadline:             # optional: reply-by date (YYYY-MM-DD); or use deadlineDays, not both
  deadlineDays:         # optional: days they have to reply, from the letter date (default 14)

letter:                 # optional: about this letter
  stage:                # optional: first (the default), reminder, final or card-dispute
  date:                 # optional: the letter date (YYYY-MM-DD, default today)
  previous:             # optional: dates of your earlier letters, for a reminder or final letter, e.g.
#    - 2026-10-01
  nextSteps:            # optional: lawful next steps a final letter states, each starting with "- ", e.g.
#    - dispute the charge with my card issuer
  countrySteps:         # optional: include (the default: your country's next steps are added to yours)
                        #   or leave-out (only your own nextSteps)
  locale:               # optional: how dates and money are written, e.g. en-GB (default: from your country)
  greeting:             # optional: your own greeting, e.g. Dear Ms Okafor (default: chosen for the reader)
  signOff:              # optional: your own closing words, e.g. Best wishes (default: chosen for the greeting)

history:                # optional: the dispute so far; redress draft --record and redress reply fill it in
  letters:              # optional: the letters you have sent, each starting with "- ", e.g.
#    - date: 2026-11-16 #   required: when you sent it (YYYY-MM-DD)
#      stage: first     #   optional: which letter: first, reminder, final, card-dispute, accept-offer, answer-offer or offer-reminder
#      format: eml      #   optional: how it was written or sent, e.g. text, eml, html or post
  replies:              # optional: the replies you have had from the business, each starting with "- ", e.g.
#    - date: 2026-12-03 #   required: when they replied (YYYY-MM-DD)
#      kind: offer      #   required: what they said: offer (money), correction (to put it right), refusal or other
#      amount: 50       #   optional (needed for an offer of money): the amount they offered
#      text: as a credit on my account   # optional: what they said or offered, in your words
#      by: 2026-12-20   #   optional: when they said they would pay or do it (YYYY-MM-DD)
#      answer: rejected #   optional: your answer to an offer: accepted, rejected or undecided (the default)
#      reason: it is a fifth of what I paid   # optional: why their offer or refusal does not put things right
#      notes: they called on 4 December       # optional: your own notes, never in a letter

custom:                 # optional: your own values, for your own templates
`;

export const BATCH_TEMPLATE = `# yaml-language-server: $schema=./${BATCH_SCHEMA_FILE}
# Many complaints at once for redress: one letter per case. Fill in the blanks after the
# colons, then run
#   redress batch cases.yaml --out letters
# defaults: holds what every case shares; each case under cases: has the fields of a case file
# (see \`redress init\` for all of them, each explained) and its own value always wins.
# Fields marked "required" must be filled in, here in defaults: or in each case.
# Dates are written YYYY-MM-DD, e.g. 2026-11-16. Text with ": " or " #" in it (Order #1234), or starting with "#", goes in quotes.
# For completion and checks in your editor, run once in this folder:
#   redress schema --batch > ${BATCH_SCHEMA_FILE}

defaults:               # optional: fields shared by every case below
  sender:               # required (here, or in each case): you, the person writing
    name:               # required: your full name, as the business knows you
    email:              # optional: your e-mail address (needed for --format eml)
    phone:              # optional: your phone number, in quotes: "+1 555 0142"
    address:            # optional: your postal address
    country:            # optional: where you live: GB, IE, US, CA, AU, NZ, FR, DE, ES… (or its name)
    region:             # optional: where the law differs: Scotland, MA, Ontario, NSW…
  request:              # optional: what every case asks for, where it is the same
    deadlineDays:       # optional: days each business has to reply (default 14)
  letter:               # optional: about every letter
    locale:             # optional: how dates and money are written, e.g. en-GB (default: from your country)

cases:                  # required: the cases, each starting with "- "
  - recipient:          # required: the business you are writing to
      company:          # required: its name, e.g. Northwind Airlines
      contact:          # optional: a person or team, e.g. Customer Relations
      email:            # optional: its e-mail address (needed for --format eml)
    purchase:           # required: what you bought or booked
      item:             # required: what it was, e.g. return flight, 12 to 19 May
      kind:             # optional: goods, service, subscription, booking, deposit or other
      date:             # optional: when you bought or booked it (YYYY-MM-DD)
      reference:        # optional: order, booking or invoice number
      amount:           # optional: what you have paid, as a number, e.g. 420
      currency:         # optional: three-letter currency code, e.g. GBP (default: your country's)
      paidWith:         # optional: credit-card, debit-card, bank-transfer, cash, paypal, direct-debit or other
    story:              # required: what happened
      circumstances:    # required: the facts, in order
      expectations:     # required: what you were promised (one line, or a list of "- " points)
      outcome:          # required: what actually happened, point by point
      impact:           # optional: how it affected you, in one sentence
    request:            # required: what you are asking for
      remedy:           # required: correction, refund, either, partial-refund or compensation
      correction:       # required for correction and either: what exactly would put it right
      amount:           # required for partial-refund: how much (refund and either default to purchase.amount)

  - recipient:          # a second case, with the same fields as the first (some left out here)
      company:          # required: the business's name
    purchase:           # required: what you bought or booked
      item:             # required: what it was
      amount:           # optional: what you paid
    story:              # required: what happened
      circumstances:    # required: the facts, in order
      expectations:     # required: what you were promised
      outcome:          # required: what actually happened
    request:            # required: what you are asking for
      remedy:           # required: correction, refund, either, partial-refund or compensation
      correction:       # required for correction and either: what exactly would put it right
`;

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Names of files of other kinds, which a YAML file with comments would not open as. */
const NOT_YAML = /\.(json|txt|text|md|markdown|pdf|html?|eml|docx?|odt|rtf|csv|xml|toml|ini)$/i;

export async function runInit(file: string | undefined, options: { batch?: boolean; force?: boolean }): Promise<number> {
  const content = options.batch ? BATCH_TEMPLATE : CASE_TEMPLATE;
  const name = options.batch ? 'cases.yaml' : 'case.yaml';
  if (file !== undefined && file.trim() === '') {
    throw new UserError(`The file name is empty. Give the name of the ${options.batch ? 'batch' : 'case'} file to write, such as \`redress init ${options.batch ? '--batch ' : ''}${name}\` (or leave it out for ${name}; - prints it).`);
  }
  // "-", or a path to standard output (/dev/stdout), prints it.
  if (file === '-' || namesOwnStream(file ?? '', 1)) {
    writeStdout(content, `write it to a file instead: redress init ${options.batch ? '--batch ' : ''}${name}`);
    return EXIT_OK;
  }
  const target = file === undefined ? name : isDirectory(file) ? join(file, name) : file;
  const other = NOT_YAML.exec(target);
  if (other) {
    const yaml = `${target.slice(0, other.index)}.yaml`;
    throw new UserError(
      `${quoteValue(target)} is named as a .${other[1]} file, but init writes a YAML ${options.batch ? 'batch' : 'case'} file with comments. Name it ${quoteValue(yaml)}: redress init ${options.batch ? '--batch ' : ''}${safeForTerminal(yaml)}`,
    );
  }
  await writeFileAtomic(target, content, { force: options.force });
  const shown = safeForTerminal(target);
  const run = options.batch ? `redress batch ${shown} --out letters` : `redress draft --from ${shown}`;
  const schema = options.batch ? `redress schema --batch > ${BATCH_SCHEMA_FILE}` : `redress schema > ${CASE_SCHEMA_FILE}`;
  process.stderr.write(
    asInvoked(`Wrote ${shown}. Fill in the blanks (the comments say what each field is for), then run:\n` +
      `  ${run}\n` +
      `For completion and checks in your editor, also run once in the same folder:\n` +
      `  ${schema}\n`),
  );
  return EXIT_OK;
}
