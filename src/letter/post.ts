// How to send a printed letter with proof, by the writer's country: said on the terminal
// after a PDF is written, never inside the letter. Services are named as the post offices
// name them, so a person can ask for them at the counter.
import type { LetterCase } from './render.js';

export interface PostalProof {
  /** What to ask for at the post office. */
  service: string;
  /** Why it matters, in a few words. */
  why: string;
}

export const SEND_WITH_PROOF: Readonly<Record<string, PostalProof>> = {
  GB: { service: 'Royal Mail Signed For (recorded delivery), or Special Delivery Guaranteed', why: 'you get a proof of posting, and the business signs for it' },
  IE: { service: 'registered post from An Post', why: 'you get a receipt, and the business signs for it' },
  US: { service: 'USPS Certified Mail with Return Receipt', why: 'you get a mailing receipt and the signed return receipt' },
  CA: { service: 'Canada Post Registered Mail', why: 'you get a receipt, and the business signs for it' },
  AU: { service: 'Australia Post Registered Post (with signature on delivery)', why: 'you get a receipt, and the business signs for it' },
  NZ: { service: 'NZ Post Signature Required (registered mail)', why: 'you get a receipt, and the business signs for it' },
  FR: { service: 'lettre recommandée avec accusé de réception (LRAR) from La Poste', why: 'the signed acknowledgement of receipt is your proof' },
  DE: { service: 'Einschreiben mit Rückschein from Deutsche Post (or Einschreiben Einwurf)', why: 'the receipt and the delivery record are your proof' },
  ES: { service: 'burofax with acuse de recibo and certificación de contenido from Correos', why: 'it proves what you sent and when it arrived' },
};

/**
 * A few lines for the terminal: print, fold at the marks, and send it with proof (`letter`: the
 * letter's case, when there is one). A letter to a card issuer without `card.address` shows only
 * the issuer's name in the window.
 */
export function howToSendByPost(letter?: Pick<LetterCase, 'sender' | 'letter' | 'card'>): string[] {
  const country = letter?.sender.country;
  const toCardIssuer = letter?.letter.stage === 'card-dispute' && !letter.card.address;
  const proof = country ? SEND_WITH_PROOF[country] : undefined;
  const send = proof
    ? `To show that you sent it, post it by ${proof.service}: ${proof.why}. Keep the receipt with a copy of the letter.`
    : 'To show that you sent it, post it by a registered or signed-for service that gives you a receipt, and keep the receipt with a copy of the letter.';
  const print = 'Print it at actual size (not "fit to page") and fold it at the marks on the left edge, so the address shows in the envelope\'s window.';
  if (!toCardIssuer) return [print, send];
  return [
    print,
    "The window shows only your card issuer's name: add card.address (the address your issuer gives for billing disputes, on your statement) to the case file and make the PDF again, or write that address on an envelope without a window.",
    send,
  ];
}

/**
 * For a letter sent by e-mail: the documents the case lists to enclose (evidence) are not
 * attached, as redress has only their descriptions, so the writer is told to attach them.
 * Undefined when the case lists none.
 */
export function attachEnclosures(c: Pick<LetterCase, 'evidence'>): string | undefined {
  const listed = c.evidence.filter((item) => item.trim()).length;
  if (listed === 0) return undefined;
  const what = listed === 1 ? 'one document' : `${listed} documents`;
  return `Your case lists ${what} to enclose (evidence), and the e-mail has no attachments: attach ${listed === 1 ? 'a copy' : 'copies'} in your mail app before you send it.`;
}
