// Private dental care in the UK: a final letter names the Dental Complaints Service (set up by
// the General Dental Council for complaints about private dental care); NHS care is not its.
import { describe, expect, it } from 'vitest';
import type { Case } from '../../src/case/schema.js';
import { produceLetter } from '../../src/letter/produce.js';

function finalLetter(circumstances: string, company = 'Brightsmile Dental Ltd'): string {
  const produced = produceLetter(
    {
      sender: { name: 'Priya Raman', email: 'priya@example.com', country: 'GB', region: 'England' },
      recipient: { company, sector: 'health' },
      purchase: { item: 'crown on lower molar', kind: 'service', date: '2026-08-14', amount: 450 },
      story: { circumstances, expectations: 'a crown that lasts years', outcome: 'it cracked after three weeks' },
      request: { remedy: 'either', correction: 'replace the crown free of charge' },
      letter: { date: '2026-11-16', stage: 'final' },
    } as Case,
    { format: 'text' },
  );
  if (!produced.ok) throw new Error(JSON.stringify(produced.problems));
  return produced.output.content as string;
}

describe('a final letter about dental care in the UK', () => {
  it('names the Dental Complaints Service for private care', () => {
    expect(finalLetter('I paid privately for a crown in August.')).toContain('- refer my complaint to the Dental Complaints Service, which helps private dental patients resolve complaints');
  });

  it('not for NHS care, nor for a business that is not a dentist', () => {
    expect(finalLetter('I had a crown fitted on the NHS in August.')).not.toContain('Dental Complaints Service');
    const physio = produceLetter(
      {
        sender: { name: 'Priya Raman', email: 'priya@example.com', country: 'GB', region: 'England' },
        recipient: { company: 'Leeds Physio Clinic', sector: 'health' },
        purchase: { item: 'six physiotherapy sessions', kind: 'service', amount: 300 },
        story: { circumstances: 'I booked six sessions.', expectations: 'six sessions', outcome: 'only four took place' },
        request: { remedy: 'partial-refund', amount: 100, reason: 'for the two sessions that did not take place' },
        letter: { date: '2026-11-16', stage: 'final' },
      } as Case,
      { format: 'text' },
    );
    expect(physio.ok && (physio.output.content as string)).not.toContain('Dental Complaints Service');
  });
});
