import { normalizeDates } from './normalize-dates';

const values = (text: string, anchor: string | null = '2024-04-26') =>
  normalizeDates(text, anchor).map((d) => [d.text, d.value]);

describe('normalizeDates', () => {
  it('normalises absolute dates', () => {
    expect(values('on April 26, 2024 and 3 March 2023, 2024-01-05 and 12/25/2023')).toEqual([
      ['April 26, 2024', '2024-04-26'],
      ['3 March 2023', '2023-03-03'],
      ['2024-01-05', '2024-01-05'],
      ['12/25/2023', '2023-12-25'],
    ]);
  });

  it('resolves "N units ago" in every unit, and takes none that lands outside the years a news date can take', () => {
    expect(values('3 days ago, 2 weeks ago, 5 months ago, 10 years ago')).toEqual([
      ['3 days ago', '2024-04-23'],
      ['2 weeks ago', '2024-04-12'],
      ['5 months ago', '2023-11'],
      ['10 years ago', '2014'],
    ]);
    // Before: a RangeError from toISOString that failed the whole article, and a date in year -55472.
    expect(values('It began 1000000000 days ago, or 3000000 weeks ago, or 2000 years ago.')).toEqual([]);
    expect(() => normalizeDates('It began 1000000000 days ago.', '2024-04-26')).not.toThrow();
  });

  it("puts partial dates in the article's year, or the year before when they would lie far ahead", () => {
    expect(values('On April 1 and April 13, and on December 20')).toEqual([
      ['April 1', '2024-04-01'],
      ['April 13', '2024-04-13'],
      ['December 20', '2023-12-20'],
    ]);
  });

  it('resolves weekdays and relative words against the article date (a Friday)', () => {
    expect(values('met on Friday, on Monday, next Tuesday; yesterday and two days ago, last month')).toEqual([
      ['on Friday', '2024-04-26'],
      ['on Monday', '2024-04-22'],
      ['next Tuesday', '2024-04-30'],
      ['yesterday', '2024-04-25'],
      ['two days ago', '2024-04-24'],
      ['last month', '2024-03'],
    ]);
  });

  it('leaves relative dates out without an anchor', () => {
    expect(values('on Friday, April 1 and May 2020', null)).toEqual([['May 2020', '2020-05']]);
  });

  it('rejects impossible days', () => {
    expect(values('February 30, 2024')).toEqual([]);
  });

  it('normalises years after prepositions and months alone', () => {
    expect(values('Protests began in 2019; in March and In December it fell. In 2000 people came.')).toEqual([
      ['in 2019', '2019'],
      ['in March', '2024-03'],
      ['In December', '2023-12'],
    ]);
  });

  it('finds each kind of date on its own, whatever the case of weekdays and "ago" (the pre-checks skip no match)', () => {
    // Each text holds one date only, so no other pattern's cue can let a pre-check pass by accident.
    expect(values('We met LAST WEDNESDAY.')).toEqual([['LAST WEDNESDAY', '2024-04-24']]);
    expect(values('sunday it rained')).toEqual([['sunday', '2024-04-21']]);
    expect(values('Three Weeks AGO it began')).toEqual([['Three Weeks AGO', '2024-04-05']]);
    expect(values('It was founded since 1887 here')).toEqual([['since 1887', '1887']]);
    expect(values('from Sept. 3 on')).toEqual([['Sept. 3', '2023-09-03']]);
    expect(values('Jan 2020')).toEqual([['Jan 2020', '2020-01']]);
    expect(values('a day, a week, sundays and mondays')).toEqual([]);
  });
});
