import { appraisalOutcome, hasQuorum, passesMajority, voteCountProblems } from './meeting-rules';

const TWO_THIRDS = { numerator: 2, denominator: 3 };

describe('hasQuorum', () => {
  it.each([
    [30, 20, true], // exactly two thirds
    [30, 19, false], // one fewer
    [31, 21, true], // 20.67 needed
    [31, 20, false],
    [3, 2, true],
    [0, 0, false], // no one in office: no valid meeting
  ])('%i in office, %i present: %s', (inOffice, present, expected) => {
    expect(hasQuorum({ inOffice, present }, TWO_THIRDS)).toBe(expected);
  });

  it('follows a county that asks for three quarters', () => {
    expect(hasQuorum({ inOffice: 20, present: 15 }, { numerator: 3, denominator: 4 })).toBe(true);
    expect(hasQuorum({ inOffice: 20, present: 14 }, { numerator: 3, denominator: 4 })).toBe(false);
  });
});

describe('passesMajority', () => {
  it.each([
    [20, 11, true],
    [20, 10, false], // exactly half fails
    [21, 11, true],
    [21, 10, false],
  ])('%i present, %i in favour: %s', (present, inFavour, expected) => {
    expect(passesMajority({ present, inFavour })).toBe(expected);
  });
});

describe('voteCountProblems', () => {
  it('accepts counts that add up, abstentions and absent votes included', () => {
    expect(voteCountProblems({ inOffice: 30, present: 25, inFavour: 20, against: 2, abstaining: 1 })).toEqual([]);
  });

  it('refuses more present than in office and more votes than present', () => {
    expect(voteCountProblems({ inOffice: 30, present: 31, inFavour: 30, against: 1, abstaining: 1 }).map((p) => p.field)).toEqual([
      'present',
      'inFavour',
    ]);
  });
});

describe(appraisalOutcome.name, () => {
  const twoThirds = { numerator: 2, denominator: 3 };
  it.each<[string, { inOffice: number; present: number; inFavour: number }, string]>([
    ['19 of 30 present: no quorum, whatever the votes', { inOffice: 30, present: 19, inFavour: 19 }, 'no_quorum'],
    ['20 of 30 present, 11 in favour', { inOffice: 30, present: 20, inFavour: 11 }, 'passed'],
    ['20 of 30 present, exactly half in favour', { inOffice: 30, present: 20, inFavour: 10 }, 'failed'],
  ])('%s', (_name, vote, outcome) => {
    expect(appraisalOutcome(vote, twoThirds)).toBe(outcome);
  });
});
