// What people type in a hurry is spelled out in English letters; the words themselves stay.
import { describe, expect, it } from 'vitest';
import { spelledOut } from '../../src/letter/english/shorthand.js';

describe('spelledOut', () => {
  it('puts back missing apostrophes and spells out shorthand', () => {
    expect(spelledOut('they didnt come and i havent heard back in 2 wks')).toBe("they didn't come and i haven't heard back in 2 weeks");
    expect(spelledOut('Didnt turn up for the appt w/ the engineer, waited 3hrs')).toBe("Didn't turn up for the appointment with the engineer, waited 3 hours");
    expect(spelledOut('ive been waiting, its been approx 50mins on hold')).toBe("I've been waiting, its been approximately 50 minutes on hold");
  });

  it('leaves words that are English as they are, capitals that mean something, and quotations', () => {
    expect(spelledOut('I wont accept it, I cant wait, ill health')).toBe('I wont accept it, I cant wait, ill health');
    expect(spelledOut('spoke to HR and the BC office about my photo id')).toBe('spoke to HR and the BC office about my photo id');
    expect(spelledOut('im Laden gekauft')).toBe('im Laden gekauft');
    expect(spelledOut('he said "i dont know, pls wait"')).toBe('he said "i dont know, pls wait"');
    expect(spelledOut('order 2WKS-55 and wk12')).toBe('order 2WKS-55 and wk12');
    const text = 'Nothing to change here.';
    expect(spelledOut(text)).toBe(text);
  });
});
