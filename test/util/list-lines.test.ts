// Answers typed over several lines: a point a line (with marks or without) is a list, a text
// wrapped by the writer's editor is one sentence again, and a paragraph of points reads as
// sentences, in every language letters are written in.
import { describe, expect, it } from 'vitest';
import { asOneParagraph, typedLines, typedListItems } from '../../src/util/list-lines.js';

describe('an answer typed a point a line', () => {
  it('with marks, is the list it looks like', () => {
    expect(typedListItems('- the crew would be on time\n- three rooms')).toEqual(['the crew would be on time', 'three rooms']);
    expect(typedListItems('the crew would be on time\nthree rooms')).toBeUndefined();
  });

  it.each([
    ['waterproofing done properly\ntiles laid level\n', ['waterproofing done properly', 'tiles laid level']],
    ['no service for 19 days\nspeeds under 20Mb\nthree engineer visits missed', ['no service for 19 days', 'speeds under 20Mb', 'three engineer visits missed']],
    // A line that ends with a word a sentence never ends with goes on in the next, whatever its capital.
    ['Ich habe das Abo am 3. September gekündigt und eine\nBestätigung erhalten', ['Ich habe das Abo am 3. September gekündigt und eine Bestätigung erhalten']],
    ["j'ai appelé le service client pour\nsignaler la panne", ["j'ai appelé le service client pour signaler la panne"]],
    // A line that starts with a word a point never starts with goes on from the last.
    ['the roof finished\nin two weeks', ['the roof finished in two weeks']],
    // A long line, then one in small letters: wrapped.
    ['I have had to take two days off work to deal with this and my landlord\nis now asking me to pay', ['I have had to take two days off work to deal with this and my landlord is now asking me to pay']],
  ])('without marks: %j', (typed, points) => {
    expect(typedLines(typed)).toEqual(points);
  });

  it('a text of one line is not a list', () => {
    expect(typedLines('tiles laid level')).toBeUndefined();
    expect(typedLines('tiles laid level\n')).toBeUndefined();
  });
});

describe('a paragraph typed over several lines', () => {
  it('reads as sentences, and keeps paragraphs set apart', () => {
    expect(asOneParagraph('Cancelled by registered mail on Sept 1 as the contract requires\nCanada Post tracking shows delivered Sept 4')).toBe(
      'Cancelled by registered mail on Sept 1 as the contract requires. Canada Post tracking shows delivered Sept 4',
    );
    expect(asOneParagraph('First I called.\n\nThen I wrote to\nyou on 3 May.')).toBe('First I called.\n\nThen I wrote to you on 3 May.');
    expect(asOneParagraph('- a list\n- of points')).toBe('- a list\n- of points');
    expect(asOneParagraph('one line')).toBe('one line');
  });
});
