// The built-in sample case behind `redress draft --example`.
export const EXAMPLE_CASE_YAML = `# A sample case: a carpet-cleaning crew arrived three hours late and left a room undone.
sender:
  name: Alex Rivera
  email: alex.rivera@example.com
  phone: "+1 555 0142"
  customerId: 0093321
  address: 12 Elm Street, Springfield, IL 62701
  country: US
  region: IL
recipient:
  company: Brightline Carpet Care
  contact: Member Services team
  email: support@brightline.example
  address: 400 Commerce Drive, Springfield, IL 62704
purchase:
  item: deep cleaning of three rooms
  kind: service
  date: 2026-11-02
  reference: BCC-004471
  amount: 240
  currency: USD
  paidWith: credit-card
story:
  circumstances: I booked a deep clean of three rooms for 2 November, with the one-hour arrival window your website promises.
  expectations:
    - the crew would arrive between 9 and 10 am
    - all three rooms would be deep cleaned
  outcome:
    - the crew arrived at 1 pm, three hours late
    - only two of the three rooms were cleaned
  impact: I took a day off work to be at home, and lost most of it waiting.
contacts:
  - date: 2026-11-03
    channel: phone
    who: Dana at the front desk
    result: she promised a call back within two days, but I have not heard back
evidence:
  - booking confirmation BCC-004471
  - photos of the room that was not cleaned
request:
  remedy: either
  correction: clean the third room at no charge within the next two weeks
`;
