// UK faulty goods: the right cited fits the dates. Raised within 30 days of buying, the
// short-term right to reject (CRA s.22); later, within six months, the fault presumed present
// at delivery and a repair or replacement (ss.19(14), 23, 24); later still, a repair or
// replacement without the presumption; with no purchase date, words true either way. The
// final right to reject only after a repair or replacement was done and did not put them right.
import { describe, expect, it } from 'vitest';
import type { Case } from '../../src/case/schema.js';
import { produceLetter } from '../../src/letter/produce.js';
import { rightsFor, type RightsQuery } from '../../src/rights/index.js';

const cited = (over: Partial<RightsQuery>) =>
  rightsFor({ country: 'GB', kind: 'goods', problem: 'poor-quality', remedy: 'refund', stage: 'first', currency: 'GBP', ...over })!.rights.map((r) => r.id);

describe('which right on faulty goods, by the days from buying to raising it', () => {
  it('30 days or fewer: the short-term right to reject', () => {
    expect(cited({ chargedOn: '2026-11-01', raisedOn: '2026-11-10' })).toEqual(['gb-cra-goods-short-term-reject']);
    expect(cited({ chargedOn: '2026-11-01', raisedOn: '2026-12-01' })).toEqual(['gb-cra-goods-short-term-reject']);
  });

  it('after 30 days and within six months: the fault presumed present at delivery, a repair or replacement', () => {
    expect(cited({ chargedOn: '2026-11-01', raisedOn: '2026-12-02' })).toEqual(['gb-cra-goods-fault-presumed']);
    expect(cited({ chargedOn: '2026-08-09', raisedOn: '2026-11-14' })).toEqual(['gb-cra-goods-fault-presumed']);
  });

  it('after six months: a repair or replacement, without the presumption', () => {
    expect(cited({ chargedOn: '2026-01-10', raisedOn: '2026-11-14' })).toEqual(['gb-cra-goods-repair']);
  });

  it('without the purchase date: the words true either way', () => {
    expect(cited({ raisedOn: '2026-11-14' })).toEqual(['gb-cra-goods']);
    const text = rightsFor({ country: 'GB', kind: 'goods', remedy: 'refund', stage: 'first', currency: 'GBP' })!.rights[0]!.text;
    expect(text).toContain('reject them for a full refund within 30 days of delivery, and otherwise to a repair or replacement');
  });

  it('the final right to reject only after a repair or replacement that was done', () => {
    const story = (said: string) => cited({ chargedOn: '2026-08-01', raisedOn: '2026-11-20', story: said });
    for (const said of ['they replaced the pump in October but it leaks again', 'the replacement they sent has the same fault', 'it was repaired on 3 November and stopped working a week later']) {
      expect(story(said), said).toEqual(['gb-cra-goods-final-right']);
    }
    for (const said of [
      'left earbud wont charge. asked for a replacement 10 nov, told to send them to the manufacturer',
      'I want it repaired or replaced',
      'they have not replaced it and will not say when',
      'I replaced the batteries but it still will not turn on',
      'they should have replaced the unit straight away',
    ]) {
      expect(story(said), said).toEqual(['gb-cra-goods-fault-presumed']);
    }
  });

  it('the rights on faulty goods stay beside a cooling-off period only when the goods are faulty', () => {
    expect(cited({ problem: undefined, chargedOn: '2026-11-01', raisedOn: '2026-11-05', story: 'I changed my mind within the 14-day cancellation period' })).toEqual(['gb-ccr-cancellation-refund']);
    expect(cited({ problem: undefined, chargedOn: '2026-11-01', raisedOn: '2026-11-05', story: 'it arrived broken; they say the cooling-off period is over' })).toContain('gb-cra-goods-short-term-reject');
  });
});

function first(c: Case): string {
  const produced = produceLetter(c, { format: 'text' });
  if (!produced.ok) throw new Error(JSON.stringify(produced.problems));
  return produced.output.content;
}

// From reviewers' cases (34-earbuds-inverness, 38-coffee-machine-swindon), trimmed.
const earbuds = (over: Partial<Case> = {}): Case =>
  ({
    sender: { name: 'Isla Fraser', email: 'isla.fraser@example.com', country: 'GB', region: 'Scotland' },
    recipient: { company: 'SoundShack Online', sector: 'retail' },
    purchase: { item: 'wireless earbuds', kind: 'goods', date: '2026-11-01', reference: 'SS-99031', amount: 89.99, paidWith: 'credit-card' },
    story: {
      circumstances: 'bought earbuds online, arrived 4 nov',
      expectations: 'both earbuds working',
      outcome: 'left earbud wont charge. asked for a replacement 10 nov, told to send them to the manufacturer',
      problem: 'poor-quality',
    },
    request: { remedy: 'either', correction: 'send me a replacement pair' },
    letter: { date: '2026-12-06' },
    ...over,
  }) as Case;

const coffeeMachine = (): Case =>
  ({
    sender: { name: 'Tom Haskins', email: 'tom.haskins@example.co.uk', country: 'GB', region: 'England' },
    recipient: { company: 'BeanBox Direct Ltd', sector: 'retail' },
    purchase: { item: 'bean to cup coffee machine (BX-500)', kind: 'goods', date: '2026-08-09', amount: 429, paidWith: 'credit-card' },
    story: {
      circumstances: 'bought a bean to cup machine in august, worked fine til early november',
      expectations: 'a £429 coffee machine should last years not 3 months',
      outcome: 'now it leaks water from underneath every time and the grinder jams. BeanBox told me to contact the manufacturer',
      problem: 'poor-quality',
    },
    contacts: [{ date: '2026-11-14', channel: 'email', result: 'told to contact manufacturer, they wont deal with it' }],
    request: { remedy: 'refund' },
    letter: { date: '2026-12-06' },
  }) as Case;

describe('the letters', () => {
  it('a replacement asked for and refused is no failed replacement', () => {
    expect(first(earbuds())).not.toContain('has not put them right, or has not been done');
  });

  it('faulty earbuds raised within 30 days of buying: the short-term right to reject', () => {
    const raised = earbuds({ contacts: [{ date: '2026-11-10', channel: 'email', result: 'told to send them to the manufacturer' }] } as Partial<Case>);
    expect(first(raised)).toContain('I am entitled to reject them for a full refund within 30 days of delivery, or to ask for a repair or replacement instead.');
    expect(first(earbuds({ letter: { date: '2026-11-20' } } as Partial<Case>))).toContain('within 30 days of delivery');
  });

  it('a coffee machine three months old: no 30 days, the fault presumed present at delivery, a repair or replacement', () => {
    const text = first(coffeeMachine());
    expect(text).not.toContain('within 30 days');
    expect(text).toContain('a fault which shows within six months of delivery is taken to have been there when they were delivered, and that I am entitled to a repair or replacement and, if that does not put them right, to a price reduction or to reject them for a refund.');
  });
});
