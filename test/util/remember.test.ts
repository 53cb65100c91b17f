import { describe, expect, it } from 'vitest';
import { remembered } from '../../src/util/remember.js';

describe('remembered', () => {
  it('works a value out once per key', () => {
    const memo = new Map<string, number>();
    let calls = 0;
    const work = () => ++calls;
    expect(remembered(memo, 'a', work)).toBe(1);
    expect(remembered(memo, 'a', work)).toBe(1);
    expect(remembered(memo, 'b', work)).toBe(2);
    expect(calls).toBe(2);
  });

  it('when full, forgets the older half and keeps the newer', () => {
    const memo = new Map<number, number>();
    for (let i = 0; i < 10; i++) remembered(memo, i, () => i * 10, 10);
    expect(memo.size).toBe(10);
    remembered(memo, 10, () => 100, 10);
    expect([...memo.keys()]).toEqual([5, 6, 7, 8, 9, 10]);
    // A key forgotten is worked out again; one kept is not.
    let again = 0;
    remembered(memo, 0, () => ++again, 10);
    remembered(memo, 9, () => ++again, 10);
    expect(again).toBe(1);
  });
});
