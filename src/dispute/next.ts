// What `draft --next` writes when the business has replied with an offer: an acceptance
// once the writer has accepted it, an answer once they have turned it down. Before they
// decide, no letter: redress does not guess which they want.
import type { Case, OfferLetter } from '../case/schema.js';
import { formatDate, formatMoney } from '../letter/format-values.js';
import { letterStyle } from '../case/resolve.js';
import { EXIT_PROBLEMS, UserError } from '../errors.js';
import { safeForTerminal } from '../io/terminal.js';
import { lettersSent, openOffer, repliesReceived, type Reply } from './history.js';

export const isOfferLetter = (name: string | undefined): name is OfferLetter => name === 'accept-offer' || name === 'answer-offer';

function offerWords(c: Case, reply: Reply): string {
  const { locale, currency } = letterStyle(c);
  const what =
    reply.kind === 'correction' ? 'to put it right' : reply.amount !== undefined ? formatMoney(reply.amount, currency, locale) : (reply.text ?? 'something').replace(/[.;,\s]+$/, '');
  return `${c.recipient.company} offered ${what} on ${formatDate(reply.date, locale.startsWith('en') ? locale : 'en-GB')}`;
}

/** The offer letter --next writes, or undefined when the ladder goes on (no open offer, or it has been answered). */
export function offerLetterNext(c: Case, today: string, file: string): OfferLetter | undefined {
  const replies = repliesReceived(c).filter((r) => r.date <= today);
  const offer = openOffer({ ...c, history: { ...c.history, replies } });
  if (!offer) return undefined;
  const shown = safeForTerminal(file);
  const sentSince = (stage: OfferLetter) => lettersSent(c).find((l) => l.stage === stage && l.date >= offer.date && l.date <= today);
  if (offer.answer === undefined || offer.answer === 'undecided') {
    throw new UserError(
      `${offerWords(c, offer)}, and the case file does not say yet whether you accept it.\n` +
        `To accept it, run \`redress reply ${shown} --accept\`; to turn it down and say why, \`redress reply ${shown} --reject --reason "…"\`. Then run this command again.`,
      EXIT_PROBLEMS,
    );
  }
  if (offer.answer === 'accepted') {
    const sent = sentSince('accept-offer');
    if (sent) {
      throw new UserError(
        `There is no next letter: you accepted the offer (${offerWords(c, offer)}) and confirmed it in writing on ${formatDate(sent.date, letterStyle(c).locale.startsWith('en') ? letterStyle(c).locale : 'en-GB')}.\nIf they do not do what they agreed, record their reply with \`redress reply ${shown}\`, and --next will go on from there.`,
        EXIT_PROBLEMS,
      );
    }
    return 'accept-offer';
  }
  return sentSince('answer-offer') ? undefined : 'answer-offer';
}
