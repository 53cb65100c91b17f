// What `draft --next` writes when the business has replied with an offer: an acceptance
// once the writer has accepted it, then a reminder of it if the day they gave passes; an
// answer once the writer has turned it down. Before they decide, no letter: redress does not
// guess which they want.
import { isOfferLetter, type Case, type OfferLetter } from '../case/schema.js';
import { formatDate, formatMoney } from '../letter/format-values.js';
import { letterStyle } from '../case/resolve.js';
import { EXIT_PROBLEMS, UserError } from '../errors.js';
import { safeForTerminal } from '../io/terminal.js';
import { acceptedOfferProgress, lettersSent, notKept, openOffer, repliesReceived, type Reply } from './history.js';

export { isOfferLetter };

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
    const { acceptance: sent, reminded, due } = acceptedOfferProgress(c, offer, today);
    if (!sent) return 'accept-offer';
    const locale = letterStyle(c).locale.startsWith('en') ? letterStyle(c).locale : 'en-GB';
    const when = (iso: string) => formatDate(iso, locale);
    const pay = offer.amount !== undefined ? 'pay' : 'do what they agreed';
    if (!reminded && (due === undefined || due < today)) return 'offer-reminder';
    const accepted = `you accepted the offer (${offerWords(c, offer)}) and confirmed it in writing on ${when(sent.date)}`;
    const turnDown = `say so with \`redress reply ${shown} --reject --reason "${notKept(offer)}" --change\`, and --next will write to them again, asking for what you first asked`;
    throw new UserError(
      reminded
        ? `There is no next letter: ${accepted}, and reminded them on ${when(reminded.date)}.\nIf they still do not ${pay}, ${turnDown}.`
        : `There is no next letter yet: ${accepted}; they have until ${when(due!)} to ${pay}.\nIf they have not by then, run this command again: it writes a reminder of what they agreed.`,
      EXIT_PROBLEMS,
    );
  }
  return sentSince('answer-offer') ? undefined : 'answer-offer';
}
