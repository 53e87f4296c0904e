import {
  findHumanDates,
  formatDate,
  parseHumanDate,
  parseMachineDate,
  parseUrlDate,
  parseUrlYearMonth,
} from './date-parsing';

describe('parseMachineDate', () => {
  it('reads ISO 8601 with and without time and zone', () => {
    expect(parseMachineDate('2024-04-26')).toEqual({ year: 2024, month: 4, day: 26 });
    expect(parseMachineDate('2024-04-26T19:42:00+03:30')).toMatchObject({
      hour: 19,
      minute: 42,
      offsetMinutes: 210,
      zulu: false,
    });
    expect(parseMachineDate('2020-12-05T23:15:0Z')).toMatchObject({
      day: 5,
      hour: 23,
      second: 0,
      offsetMinutes: 0,
      zulu: true,
    });
    expect(parseMachineDate('2020-05-02T02:54:29.000Z')).toMatchObject({ day: 2, zulu: true });
    expect(parseMachineDate('20190603')).toEqual({ year: 2019, month: 6, day: 3 });
  });
  it('reads RFC 2822 strings and rejects implausible dates', () => {
    expect(parseMachineDate('Sat, 19 Oct 2019 00:04:00 +0200')).toMatchObject({ year: 2019, month: 10, day: 19 });
    expect(parseMachineDate('1970-01-01')).toBeNull();
    expect(parseMachineDate('2024-02-30')).toBeNull();
    expect(parseMachineDate('not a date')).toBeNull();
  });
});

describe('parseHumanDate (many languages)', () => {
  it.each([
    ['April 26, 2024', '2024-04-26'],
    ['Friday, 26 April 2024 7:42 PM', '2024-04-26'],
    ['26. April 2024', '2024-04-26'],
    ['Veröffentlicht am 3. März 2021', '2021-03-03'],
    ['le 26 avril 2024 à 10h30', '2024-04-26'],
    ['26 de abril de 2024', '2024-04-26'],
    ['26 апреля 2024 г.', '2024-04-26'],
    ['تم نشره الجمعة 24 نيسان / أبريل 2020', '2020-04-24'],
    ['2024年4月26日', '2024-04-26'],
    ['2024년 4월 26일', '2024-04-26'],
    ['26.04.2024, 12:01 Uhr', '2024-04-26'],
    ['12 października 2023', '2023-10-12'],
  ])('%s → %s', (text, day) => {
    const date = parseHumanDate(text);
    expect(date && formatDate({ year: date.year, month: date.month, day: date.day })).toBe(day);
  });

  it('reads ambiguous numeric dates day-first unless told month-first', () => {
    expect(parseHumanDate('02/10/2020')).toMatchObject({ month: 10, day: 2 });
    expect(parseHumanDate('02/10/2020', true)).toMatchObject({ month: 2, day: 10 });
    expect(parseHumanDate('10/25/2020')).toMatchObject({ month: 10, day: 25 });
  });

  it('keeps the time of day when one is written', () => {
    expect(parseHumanDate('April 26, 2024 at 7:42 pm')).toMatchObject({ hour: 19, minute: 42 });
  });

  it('finds every date in order of position', () => {
    const found = findHumanDates('Updated 4 June 2020, originally created 17 June 2019');
    expect(found.map((m) => `${m.date.year}-${m.date.month}-${m.date.day}`)).toEqual(['2020-6-4', '2019-6-17']);
  });
});

describe('formatDate', () => {
  it('prints a day, or a time with its offset', () => {
    expect(formatDate({ year: 2024, month: 4, day: 6 })).toBe('2024-04-06');
    expect(formatDate({ year: 2024, month: 4, day: 26, hour: 19, minute: 42, second: 0, offsetMinutes: 210 })).toBe(
      '2024-04-26T19:42:00+03:30',
    );
    expect(formatDate({ year: 2024, month: 4, day: 26, hour: 1, minute: 2, second: 3, offsetMinutes: -300 })).toBe(
      '2024-04-26T01:02:03-05:00',
    );
  });
});

describe('URL dates', () => {
  it('finds full dates in paths, not in query strings or ids', () => {
    expect(parseUrlDate('https://x.test/2024/04/26/slug')).toEqual({ year: 2024, month: 4, day: 26 });
    expect(parseUrlDate('https://x.test/news/2023-11-08-title.html')).toEqual({ year: 2023, month: 11, day: 8 });
    expect(parseUrlDate('https://x.test/a/20190603/b')).toEqual({ year: 2019, month: 6, day: 3 });
    expect(parseUrlDate('https://x.test/article/1136087.title.html')).toBeNull();
    expect(parseUrlDate('https://x.test/2019/10/slug')).toBeNull();
  });
  it('finds a year and month as a constraint', () => {
    expect(parseUrlYearMonth('https://x.test/2019/10/slug')).toEqual({ year: 2019, month: 10 });
    expect(parseUrlYearMonth('https://x.test/slug')).toBeNull();
  });
});
