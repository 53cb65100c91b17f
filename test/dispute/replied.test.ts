// A reminder or final letter tells what the business replied since the first letter (an offer,
// a refusal, another answer) and when the writer answered an offer, in every language, through
// the built command line; an accepted offer and a first letter add nothing.
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { redress, tempDir } from '../support/cli.js';

const tmp = tempDir('redress-replied-');
afterAll(() => tmp.cleanup());

const NBSP = '\u00A0';

function caseFile(language: string, history: string, letter = ''): string {
  return `sender:
  name: Priya Shah
  email: priya@example.com
  address: 14 Alder Road, Leeds LS6 2AB
  country: GB
recipient:
  company: FitZone Leeds
purchase:
  item: monthly membership
  kind: subscription
  price: 34.99
  period: month
  reference: FZ-88213
story:
  problem: charged-after-cancelling
  circumstances: I cancelled my membership at the front desk on 28 August.
  expectations: no more payments after August
  outcome: two more monthly payments were taken
request:
  remedy: refund
  amount: 69.98
letter:
  language: ${language}
${letter}history:
${history}`;
}

const OFFER_ANSWERED = `  letters:
    - { date: 2026-11-02, stage: first }
    - { date: 2026-11-10, stage: answer-offer }
  replies:
    - { date: 2026-11-09, kind: offer, amount: 34.99, text: the October payment only, answer: rejected }
`;
const REFUSED = `  letters:
    - { date: 2026-11-02, stage: first }
  replies:
    - { date: 2026-11-09, kind: refusal, text: they said the contract runs for 12 months }
`;

function draft(name: string, content: string, stage: string, date = '2026-11-30') {
  const file = tmp.path(`${name}.yaml`);
  writeFileSync(file, content);
  const r = redress(['draft', '--from', file, '--stage', stage, '--date', date], { env: { REDRESS_TODAY: date } });
  expect(r.code, r.stderr).toBe(0);
  // The letter passes its own tone check: nothing is said about unkind words.
  expect(r.stderr).not.toMatch(/unkind/i);
  return r.stdout;
}

describe('letters after a reply', () => {
  it('English: the reminder tells the offer and the answer to it, from the letter it answered', () => {
    const letter = draft('en-offer', caseFile('en', OFFER_ANSWERED), 'reminder');
    expect(letter).toContain(
      'On 2 November 2026, I wrote to FitZone Leeds about my monthly membership (reference FZ-88213), to ask for a refund of £69.98. You replied on 9 November 2026 with an offer of £34.99 (the October payment only), and on 10 November 2026 I explained why it does not put things right. The matter is still not resolved, so I am writing again.',
    );
  });

  it('English: the final letter tells a refusal with the reason given, and answers it', () => {
    const letter = draft('en-refusal', caseFile('en', REFUSED), 'final');
    expect(letter).toContain('and the matter is still not resolved. In your reply of 9 November 2026, you turned down my request, saying that the contract runs for 12 months. I do not accept this.');
    // The writer's own reason for disagreeing follows, as a sentence of theirs.
    const answered = REFUSED.replace('text: they said the contract runs for 12 months', 'text: due to the minimum term, reason: "i cancelled within the 14-day cooling-off period"');
    expect(draft('en-refusal-answered', caseFile('en', answered), 'reminder')).toContain(
      'In your reply of 9 November 2026, you turned down my request, citing the minimum term. I do not accept this: I cancelled within the 14-day cooling-off period.',
    );
    // A bare "no" adds nothing to "you turned down my request".
    const bare = REFUSED.replace('text: they said the contract runs for 12 months', 'text: manager just said no');
    expect(draft('en-refusal-bare', caseFile('en', bare), 'reminder')).toContain('In your reply of 9 November 2026, you turned down my request. The matter is still not resolved, so I am writing again.');
  });

  it('English: an offer not answered in writing, and another kind of reply', () => {
    const open = OFFER_ANSWERED.replace('    - { date: 2026-11-10, stage: answer-offer }\n', '');
    expect(draft('en-open', caseFile('en', open), 'final')).toContain('You replied on 9 November 2026 with an offer of £34.99 (the October payment only), which does not put things right.');
    // An offer the writer has not decided on is told as made, not as refused.
    const undecided = open.replace('answer: rejected', 'answer: undecided');
    expect(draft('en-undecided', caseFile('en', undecided), 'reminder')).toContain('You replied on 9 November 2026 with an offer of £34.99 (the October payment only).');
    // An offer the writer noted as a voucher is not money back.
    const voucher = OFFER_ANSWERED.replace('text: the October payment only', 'text: a voucher for future classes');
    expect(draft('en-voucher', caseFile('en', voucher), 'reminder')).toContain('with an offer of £34.99 as a voucher for future classes, and on 10 November 2026');
    // A note that names the sum in the writer's words ("34.99 quid") says it once, in the letter's money.
    const slang = OFFER_ANSWERED.replace('text: the October payment only', "text: 34.99 quid as a 'goodwill gesture'");
    expect(draft('en-slang', caseFile('en', slang), 'reminder')).toContain("with an offer of £34.99 as a 'goodwill gesture', and on 10 November 2026");
    // A note that only says what kind of offer it was is not said twice.
    const credit = OFFER_ANSWERED.replace('text: the October payment only', 'text: as a credit on my account');
    expect(draft('en-credit', caseFile('en', credit), 'reminder')).toContain('You replied on 9 November 2026 with an offer of £34.99 in credit, and on 10 November 2026');
    const other = REFUSED.replace('kind: refusal', 'kind: other');
    expect(draft('en-other', caseFile('en', other), 'reminder')).toContain('You replied on 9 November 2026 that the contract runs for 12 months. The matter is still not resolved, so I am writing again.');
    const correction = OFFER_ANSWERED.replace('kind: offer, amount: 34.99, text: the October payment only', 'kind: correction, text: Two months of free personal training');
    expect(draft('en-correction', caseFile('en', correction), 'final')).toContain(
      'You replied on 9 November 2026 with an offer to put things right (two months of free personal training), and on 10 November 2026 I explained why it does not put things right.',
    );
  });

  it('the answer to an offer keeps the earlier contacts in its recap, in every language', () => {
    const open = OFFER_ANSWERED.replace('    - { date: 2026-11-10, stage: answer-offer }\n', '');
    const withContact = (language: string) => caseFile(language, open).replace('request:\n', 'contacts:\n  - { date: 2026-09-05, channel: phone, result: the manager promised to refund both payments }\nrequest:\n');
    const said: Record<string, RegExp> = { en: /On 5 September 2026, I phoned you/, fr: /5 septembre 2026/, de: /5\. September 2026/, es: /5 de septiembre de 2026/ };
    for (const language of ['en', 'fr', 'de', 'es']) {
      const file = tmp.path(`answer-contacts-${language}.yaml`);
      writeFileSync(file, withContact(language));
      const r = redress(['draft', '--from', file, '--template', language === 'en' ? 'answer-offer' : `${language}/answer-offer`, '--date', '2026-11-12'], { env: { REDRESS_TODAY: '2026-11-12' } });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout, language).toMatch(said[language]!);
    }
  });

  it('says nothing of a reply in a first letter', () => {
    expect(draft('en-first', caseFile('en', REFUSED), 'first', '2026-11-02')).not.toMatch(/You replied|In your reply/);
    // A reply after the letter being written is not told in it.
    expect(draft('en-before', caseFile('en', REFUSED), 'reminder', '2026-11-05')).not.toMatch(/In your reply/);
  });

  it('refuses a later letter after an offer was accepted: it would ask again for what was first asked', () => {
    const accepted = OFFER_ANSWERED.replace('answer: rejected', 'answer: accepted, by: 2026-11-20').replace('stage: answer-offer', 'stage: accept-offer');
    for (const stage of ['reminder', 'final', 'card-dispute']) {
      const file = tmp.path(`accepted-${stage}.yaml`);
      writeFileSync(file, caseFile('en', accepted));
      const r = redress(['draft', '--from', file, '--stage', stage, '--date', '2026-11-30'], { env: { REDRESS_TODAY: '2026-11-30' } });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/history\.replies\[0\]\.answer: is accepted: you accepted their offer of £34\.99 \(the October payment only\), made on 2026-11-09/);
      expect(r.stderr).toContain('by 2026-11-20, record that you now turn it down and why');
    }
  });

  it('tells a reply when no earlier letter is recorded, and why an offer was turned down', () => {
    const early = `  replies:\n    - { date: 2026-10-20, kind: offer, amount: 20, text: a £20 voucher for a future month, answer: rejected, reason: "a voucher is no use to me, as I have left" }\n`;
    const letter = draft('en-early', caseFile('en', early), 'reminder');
    expect(letter).toContain(
      'I wrote to FitZone Leeds earlier about my monthly membership (reference FZ-88213), to ask for a refund of £69.98. You replied on 20 October 2026 with an offer of a £20.00 voucher for a future month, which does not put things right: a voucher is no use to me, as I have left. The matter is still not resolved',
    );
    const french = draft('fr-early', caseFile('fr', early.replace('a £20 voucher for a future month', 'un bon de 20 £ pour un mois futur').replace('a voucher is no use to me, as I have left', 'je suis parti et un bon ne me sert à rien')), 'final');
    expect(french).toContain(`en me proposant un bon de 20 £ pour un mois futur, ce qui ne règle pas le litige${NBSP}: je suis parti et un bon ne me sert à rien.`);
  });

  it.each([
    ['en', 'They replied on 9 November 2026 with an offer of £34.99, and on 10 November 2026 I explained to them why it does not put things right.', 'In their reply of 9 November 2026, they turned down my request, saying that the contract runs for 12 months.'],
    ['fr', `L'entreprise m'a répondu le 9 novembre 2026 en me proposant 34,99${NBSP}£GB${NBSP}; le 10 novembre 2026, je lui ai expliqué pourquoi cette proposition ne règle pas le litige.`, "Dans sa réponse du 9 novembre 2026, l'entreprise a refusé ma demande (they said the contract runs for 12 months)."],
    ['de', `Am 9. November 2026 hat mir das Unternehmen 34,99${NBSP}£ angeboten; am 10. November 2026 habe ich erläutert, warum dieses Angebot das Problem nicht löst.`, 'In seiner Antwort vom 9. November 2026 hat das Unternehmen meine Bitte abgelehnt (they said the contract runs for 12 months).'],
    ['es', `En su respuesta de fecha 9 de noviembre de 2026, la empresa me ofreció 34,99${NBSP}GBP; el 10 de noviembre de 2026 expliqué por qué esa oferta no resuelve el problema.`, 'En su respuesta de fecha 9 de noviembre de 2026, la empresa rechazó mi solicitud (they said the contract runs for 12 months).'],
  ])('%s: the card dispute tells the bank the merchant\'s reply, in the third person', (language, offer, refusal) => {
    const answered = draft(`${language}-card-offer`, caseFile(language, OFFER_ANSWERED), 'card-dispute');
    expect(answered).toContain(offer);
    // The writer's note of the offer may speak to the merchant ("your October payment"): the bank gets the facts alone.
    expect(answered).not.toContain('the October payment only');
    expect(draft(`${language}-card-refusal`, caseFile(language, REFUSED), 'card-dispute')).toContain(refusal);
    // Without a letter recorded (a complaint made by phone or in person), the reply is told all the same.
    const phoned = REFUSED.replace('  letters:\n    - { date: 2026-11-02, stage: first }\n', '');
    expect(draft(`${language}-card-refusal-phoned`, caseFile(language, phoned), 'card-dispute')).toContain(refusal);
  });

  it.each([
    ['fr', `Vous m'avez répondu le 9 novembre 2026 en me proposant 34,99${NBSP}£GB (the October payment only)${NBSP}; le 10 novembre 2026, je vous ai expliqué pourquoi cette proposition ne règle pas le litige.`, 'Dans votre réponse du 9 novembre 2026, vous avez refusé ma demande (they said the contract runs for 12 months). Je conteste ce refus.'],
    ['de', `Am 9. November 2026 haben Sie mir 34,99${NBSP}£ angeboten (the October payment only); am 10. November 2026 habe ich Ihnen erläutert, warum dieses Angebot das Problem nicht löst.`, 'In Ihrer Antwort vom 9. November 2026 haben Sie meine Bitte abgelehnt (they said the contract runs for 12 months). Dem widerspreche ich.'],
    ['es', `En su respuesta de fecha 9 de noviembre de 2026 se me ofreció el pago de 34,99${NBSP}GBP (the October payment only); el 10 de noviembre de 2026 expliqué por qué esa oferta no resuelve el problema.`, 'En su respuesta de fecha 9 de noviembre de 2026, mi solicitud fue rechazada (they said the contract runs for 12 months). No estoy de acuerdo con esta respuesta.'],
  ])('%s: the reminder and the final letter tell the reply in the letter\'s language', (language, offer, refusal) => {
    expect(draft(`${language}-offer`, caseFile(language, OFFER_ANSWERED), 'reminder')).toContain(offer);
    expect(draft(`${language}-refusal`, caseFile(language, REFUSED), 'final')).toContain(refusal);
  });
});
