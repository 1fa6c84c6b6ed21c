import { describe, expect, it } from 'vitest';
import { detectIn } from '../test-story';
import { detectPolarity } from './polarity';

const found = (...articles: string[]) => detectIn(detectPolarity, articles);

describe('detectPolarity', () => {
  it('finds one event affirmed in one account and denied in another', () => {
    const d = found(
      'Singer in rehab\n\nDana Price had checked into the Harbor View clinic on Monday, her lawyer said.',
      'Rehab doubts\n\nDana Price never checked into Harbor View, a friend of the singer said.',
    );
    expect(d).toHaveLength(1);
    expect(d[0]?.sides).toEqual(['checked into', 'never checked into']);
    expect(d[0]?.credits).toEqual(['her lawyer', 'a friend of the singer']);
    expect(d[0]?.summary).toContain('Dana Price check in Harbor View');
  });

  it('reads a negative subject as a denial', () => {
    const d = found(
      'Budget debate\n\nSenator Mia Ortiz defended the county budget plan in the debate on Tuesday.',
      'Debate\n\nNot one senator defended the county budget plan in the debate on Tuesday.',
    );
    expect(d.map((x) => x.sides)).toEqual([['defended', 'Not one senator defended']]);
  });

  it('compares what a party will do only with what it will do', () => {
    const plan = found(
      'Ruling upheld\n\nA court upheld the ruling against Halden Mining on Monday. Halden Mining said it would appeal the ruling.',
      'Court decision\n\nThe ruling against Halden Mining was upheld on Monday. Halden Mining would not appeal the ruling, a spokesman said.',
    );
    expect(plan.map((x) => x.sides)).toEqual([['appeal', 'not appeal']]);
    expect(plan[0]?.summary).toMatch(/^Whether it will happen/);
    // A plan is no account of what was done, and "may" leaves it open.
    const quiet = found(
      'Appeal\n\nHalden Mining appealed the ruling against it on Monday.',
      'Ruling\n\nHalden Mining will not appeal the ruling against it, a spokesman said on Monday.',
      'Options\n\nHalden Mining may not appeal the ruling against it, a spokesman said on Monday.',
    );
    expect(quiet).toEqual([]);
  });

  it('finds opposite outcomes of one event', () => {
    const trial = found(
      'Verdict\n\nThe jury convicted Ray Dorsey of arson at the county court on Friday.',
      'Arson trial ends\n\nThe jury acquitted Ray Dorsey of arson at the county court on Friday.',
    );
    expect(trial.map((x) => x.sides)).toEqual([['convicted', 'acquitted']]);
    const final = found(
      'Final\n\nThe Hawks won the cup final against the Owls in Dover on Sunday.',
      'Cup final\n\nThe Hawks lost the cup final against the Owls in Dover on Sunday.',
    );
    expect(final.map((x) => x.sides)).toEqual([['won', 'lost']]);
  });

  it('stays quiet for comings and goings at different or unknown moments', () => {
    expect(
      found(
        'Rehab\n\nDana Price arrived at the Harbor View clinic in May.',
        'Rehab exit\n\nDana Price left the Harbor View clinic in June.',
      ),
    ).toEqual([]);
    expect(
      found(
        'Rehab\n\nDana Price arrived at the Harbor View clinic, her lawyer said.',
        'Rehab exit\n\nDana Price left the Harbor View clinic, her lawyer said.',
      ),
    ).toEqual([]);
  });

  it('stays quiet for plans, other doers, other places, and doubt', () => {
    const affirmed = 'Rehab\n\nDana Price checked into the Harbor View clinic on Monday.';
    for (const other of [
      'Dana Price will not check into the Harbor View clinic, her lawyer said.',
      'Dana Price never checked into the Lakeside clinic.',
      'Tom Wade never checked into the Harbor View clinic.',
      'Her lawyer did not say that Dana Price checked into the Harbor View clinic.',
      'If Dana Price had not checked into the Harbor View clinic, she would be in jail.',
    ]) {
      expect(found(affirmed, `Rehab news\n\n${other}`), other).toEqual([]);
    }
  });

  it('reads "I don\'t think he won" as a denial', () => {
    const d = found(
      'Hearing\n\n"I believe Dorsey won the appeal," his lawyer Sam Keel said on Friday.',
      'Appeal\n\n"I don\'t think Dorsey won the appeal," prosecutor Ann Vale said on Friday.',
    );
    expect(d.map((x) => x.sides)).toEqual([['won', "n't think Dorsey won"]]);
  });
});
