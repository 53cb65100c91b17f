// "reference: #123" (YAML reads an empty field and a comment): the note says the letter keeps
// the value, and it does.
import { describe, expect, it } from 'vitest';
import { parseCaseWithPositions } from '../../src/case/load.js';
import { cutValueNote } from '../../src/case/yaml.js';

const CASE = (reference: string) => `sender:
  name: Alex Rivera
  country: GB
recipient:
  company: Brightline Carpet Care
purchase:
  item: deep cleaning of three rooms
  reference: ${reference}
  amount: 240
story:
  circumstances: I booked a deep clean.
  expectations: all rooms cleaned
  outcome: two rooms cleaned
request:
  remedy: refund
`;

describe('a value that is all after a "#"', () => {
  it('is kept, and the note says what it is', () => {
    const loaded = parseCaseWithPositions(CASE('#123'), 'case.yaml');
    expect(loaded.value.purchase.reference).toBe('#123');
    const note = cutValueNote('case.yaml', loaded.cutValues![0]!);
    expect(note).toBe('case.yaml:8:14 purchase.reference: YAML would read this field as empty and the value as a comment; the letter keeps the whole value, "#123". To say so in the file, put the whole value in quotes: "#123".');
  });

  it('a value cut in the middle is still read whole', () => {
    const loaded = parseCaseWithPositions(CASE('Invoice #20817'), 'case.yaml');
    expect(loaded.value.purchase.reference).toBe('Invoice #20817');
  });

  it('a comment after an empty field is still a comment', () => {
    expect(parseCaseWithPositions(CASE('   # my order number'), 'case.yaml').value.purchase.reference).toBeUndefined();
  });
});
