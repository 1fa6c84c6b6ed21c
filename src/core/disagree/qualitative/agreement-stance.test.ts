import { describe, expect, it } from 'vitest';
import { tokensOf } from '../../testing/sentence-tokens';
import { agreementStances } from './agreement-stance';

const stances = (sentence: string) =>
  agreementStances(tokensOf(sentence)).map((s) => [s.polarity, sentence.slice(s.start, s.end)]);

describe('agreementStances', () => {
  it('reads denials and deadlock as negative', () => {
    expect(stances('There were no signs of agreement between the two.')).toEqual([
      [-1, 'no signs of agreement'],
    ]);
    expect(stances('The talks ended in deadlock.')[0]?.[0]).toBe(-1);
    expect(stances('The two sides remain far apart.')[0]?.[0]).toBe(-1);
    expect(stances('They failed to reach an agreement.')[0]?.[0]).toBe(-1);
    expect(stances('The coach was unable to reach a deal with the club.')[0]?.[0]).toBe(-1);
  });

  it('reads approach and achievement as positive', () => {
    expect(stances('Russia and the US were "getting closer in our positions."')[0]?.[0]).toBe(1);
    expect(stances('Negotiators made significant progress on Friday.')[0]?.[0]).toBe(1);
    expect(stances('The parties reached a deal late on Monday.')[0]?.[0]).toBe(1);
  });

  it('takes no stance on a bare mention of a deal or of progress', () => {
    expect(
      stances('They sought to hammer out the framework of a deal to reduce tensions.'),
    ).toEqual([]);
    expect(stances('Any real progress in Ukraine must include a pullback.')).toEqual([]);
    expect(stances('An aide says the two unions will eventually make a deal.')).toEqual([]);
  });
});
