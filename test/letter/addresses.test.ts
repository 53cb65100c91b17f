// Addresses typed all in small letters get the capitals an English letter gives them: words,
// postcodes, a state's or province's letters; an address typed with any capital is kept.
import { describe, expect, it } from 'vitest';
import { addressWithCapitals } from '../../src/letter/english/addresses.js';
import { produceLetter } from '../../src/letter/produce.js';

describe('addressWithCapitals', () => {
  it.each([
    ['55 harbord st, toronto on m5s 1g4', '55 Harbord St, Toronto ON M5S 1G4'],
    ['4410 se division st, portland, or 97206', '4410 SE Division St, Portland, OR 97206'],
    ['montreal qc h1w 2e5', 'Montreal QC H1W 2E5'],
    ['14 alder road, leeds ls6 2ab', '14 Alder Road, Leeds LS6 2AB'],
    ['3 mill lane, stratford-upon-avon cv37 6bb', '3 Mill Lane, Stratford-upon-Avon CV37 6BB'],
    ['flat 2, 10 high st, newport, isle of wight po30 1ab', 'Flat 2, 10 High St, Newport, Isle of Wight PO30 1AB'],
    ['12 main st, naas, co. kildare w91 x2p4', '12 Main St, Naas, Co. Kildare W91 X2P4'],
    ['Flat 2, 10 high st', 'Flat 2, 10 high st'],
    ['PO Box 12', 'PO Box 12'],
    ['22 banksia cres, penrith nsw 2750', '22 Banksia Cres, Penrith NSW 2750'],
    ['14 rue st paul, 1000 brussels', '14 Rue St Paul, 1000 Brussels'],
    // Capitals only in its codes: the words were still typed small.
    ['12 castlegate close, nottingham NG1 7AQ', '12 Castlegate Close, Nottingham NG1 7AQ'],
    ['3/17 king st, newtown NSW 2042', '3/17 King St, Newtown NSW 2042'],
    ['88 oak st apt 2, columbus OH 43215', '88 Oak St Apt 2, Columbus OH 43215'],
    // Welsh and Irish articles inside a street's name stay small; a part's first word has its capital.
    ['7 heol y deri, cardiff CF14 6HF', '7 Heol y Deri, Cardiff CF14 6HF'],
    ['2 maes yr haf, y felinheli ll56 4ra', '2 Maes yr Haf, Y Felinheli LL56 4RA'],
    ['5 bóthar na trá, galway', '5 Bóthar na Trá, Galway'],
  ])('%s', (typed, written) => expect(addressWithCapitals(typed)).toBe(written));

  it('is how the letter signs', () => {
    const produced = produceLetter(
      {
        sender: { name: 'emily tremblay-wong', address: '55 harbord st, toronto on m5s 1g4', country: 'CA', region: 'ON' },
        recipient: { company: 'Riverdale Animal Hospital' },
        purchase: { item: 'dental cleaning for my cat', kind: 'service', amount: 412.6, currency: 'CAD', date: '2026-10-29' },
        story: { circumstances: 'The bill was far above the estimate.', expectations: ['a bill close to the estimate'], outcome: ['a bill of $412.60'] },
        request: { remedy: 'refund' },
        letter: { date: '2026-11-20' },
      } as never,
      { format: 'text' },
    );
    if (!produced.ok) throw new Error(JSON.stringify(produced.problems));
    expect(produced.output.content).toContain('55 Harbord St, Toronto ON M5S 1G4');
  });
});
