// iCalendar (RFC 5545) for the dispute's dates: each reply-by date and each escalation
// date is an all-day event with a reminder at 9 in the morning the day before (an all-day
// event starts at midnight, so a reminder of one day before would come at midnight). UIDs are made from the case and
// the kind of date (not the file name or the date itself), so importing the file again
// after the next letter moves the event instead of adding another.
import type { Case } from '../case/schema.js';
import { today as localToday } from '../case/dates.js';
import { caseStatus, type CalendarEvent } from './status.js';

/** TEXT values (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks escaped; control characters dropped. */
function escapeText(text: string): string {
  return text
    .replace(/\r\n?|\n/g, '\n')
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/** Lines of at most 75 octets, continued with CRLF and a space (RFC 5545 3.1), never splitting a character. */
function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch);
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const basic = (iso: string) => iso.replace(/-/g, '');

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** DTSTAMP: when the file was made, in UTC. */
function stamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export function toICalendar(events: readonly CalendarEvent[], now = new Date()): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//redress//dispute dates//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'X-WR-CALNAME:redress'];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${stamp(now)}`,
      `DTSTART;VALUE=DATE:${basic(event.date)}`,
      `DTEND;VALUE=DATE:${basic(nextDay(event.date))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(event.summary)}`,
      'TRIGGER:-PT15H',
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** The events of several cases, as one calendar; `today` leaves out dates already past. */
export function caseCalendar(cases: readonly { value: Case; file?: string }[], today = localToday(), userRightsDirs?: string[]): { text: string; count: number } {
  const events = cases.flatMap(({ value, file }) => caseStatus(value, today, { ...(file !== undefined && { file }), ...(userRightsDirs && { userRightsDirs }) }).events.filter((e) => e.date >= today));
  return { text: toICalendar(events), count: events.length };
}
