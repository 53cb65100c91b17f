// A UK case with what a letter needs and little more, for tests of the command line.
export const CARPET_CASE = `sender:
  name: Alex Rivera
  email: alex@example.com
  country: GB
recipient:
  company: Brightline Carpet Care
purchase:
  item: deep cleaning of three rooms
  date: 2026-11-02
  reference: BCC-004471
  amount: 240
story:
  circumstances: I booked a deep clean for 2 November.
  expectations: all three rooms would be cleaned
  outcome: only two rooms were cleaned
request:
  remedy: refund
`;
