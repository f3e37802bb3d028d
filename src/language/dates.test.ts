import { describe, expect, it } from 'vitest';
import { findDates } from './dates.js';
import { splitSentences } from './sentences.js';

const values = (text: string, published?: string) => findDates(text, splitSentences(text), published).map((d) => [d.text, d.value]);

describe('findDates (published Sunday 2025-08-24 unless stated)', () => {
  const P = '2025-08-24';
  const cases: [string, string, string | undefined, (string | null)[][]][] = [
    ['weekday in the past tense', 'The union voted on Friday.', P, [['on Friday', '2025-08-22']]],
    ['weekday in the future tense', 'The union will vote on Friday.', P, [['on Friday', '2025-08-29']]],
    ['month and day, this year', 'The strike began Aug. 15.', P, [['Aug. 15', '2025-08-15']]],
    ['month and day, last year', 'The strike began Dec. 3.', P, [['Dec. 3', '2024-12-03']]],
    ['chained offset from the date it follows', 'Talks began Aug. 15. Three days later they collapsed.', P, [['Aug. 15', '2025-08-15'], ['Three days later', '2025-08-18']]],
    ['earlier this month is a month', 'They met earlier this month.', P, [['earlier this month', '2025-08']]],
    ['last week is an ISO week', 'The fire started last week.', P, [['last week', '2025-W33']]],
    ['month and year', 'His term ended in May 2024.', P, [['May 2024', '2024-05']]],
    ['bare month leans to the past', 'Since taking office in January, she has travelled.', P, [['January', '2025-01']]],
    ['year', 'The port was built in 1998.', P, [['1998', '1998']]],
    ['weekday agrees with an explicit date', 'The vote was held Friday, Aug. 15.', P, [['Friday, Aug. 15', '2025-08-15']]],
    ['durations are not dates', 'A deal could come within two weeks.', P, []],
    ['modal may is not a month', 'We may need another approach.', P, []],
    ['no publication date: reference from a dateline', 'VALMORA, March 3, 2025 — Dockers struck on Friday.', undefined, [['March 3, 2025', '2025-03-03'], ['on Friday', '2025-02-28']]],
    ['no publication date and no dateline: relative dates stay empty', 'Dockers struck on Friday.', undefined, [['on Friday', null]]],
    [
      'no publication date: a full date the article recalls further on is not its reference',
      'Dockers struck on Friday. The port reopened after the storm. The ferry was late again. It was the worst strike since March 3, 2015.',
      undefined,
      [['on Friday', null], ['March 3, 2015', '2015-03-03']],
    ],
    [
      'no publication date: a date the opening tells as ahead is no reference',
      'A vote on the Velmar ferry fares is planned for June 3, 2031. Ferry workers met on Friday.',
      undefined,
      [['June 3, 2031', '2031-06-03'], ['on Friday', null]],
    ],
    [
      'no publication date: a chained date counts from the full date it follows',
      'Dockers struck again. The port stayed shut. The strike began on March 3, 2015. Two days later the port closed.',
      undefined,
      [['March 3, 2015', '2015-03-03'], ['Two days later', '2015-03-05']],
    ],
    ['no publication date: relative expressions are not a reference', 'Dockers struck on Saturday, a day after the vote.', undefined, [['on Saturday', null]]],
    ['no publication date: a month and day keep no year, and chain', 'Talks began Aug. 15. Three days later they collapsed.', undefined, [['Aug. 15', '--08-15'], ['Three days later', '--08-18']]],
    ['a planned visit stays in the future', 'The king will visit the port on July 13.', '2025-07-10', [['July 13', '2025-07-13']]],
    ['durations are not dates: after eleven weeks', 'The strike ended after eleven weeks of wage talks.', P, []],
    ['"in the days" after an event is a stretch, not a day', 'Fares were a hot topic in the days immediately following the strike.', P, []],
    ['a fraction is not a month and day', 'They could end a near 1-1/2 year dispute. Add 3/4 cup of salt.', P, []],
    ['a vague amount chained from a date gives no date', 'Talks began Aug. 15. A few days later they collapsed. Several years later the port reopened.', P, [['Aug. 15', '2025-08-15'], ['A few days later', null], ['Several years later', null]]],
    ['a holiday named with a weekday is not that weekday', 'Black Friday is approaching, and shops in Velmar are ready.', P, []],
    ['counted from an event, not a date', 'The vote came one week after the election. She waited 30 days before deciding.', P, []],
    ['a month that is part of a name', 'Prime Minister May said the talks would go on. Ana May’s plan was dropped.', P, []],
    ['last Friday written on a Friday is a week back', 'Last Friday, the union voted to strike.', '2025-08-22', [['Last Friday', '2025-08-15']]],
    ['next Monday written on a Monday is a week ahead', 'The union meets next Monday.', '2025-08-25', [['next Monday', '2025-09-01']]],
    ['"in five years" after a superlative is a span', 'The index fell to its lowest level in five years on Friday.', P, [['on Friday', '2025-08-22']]],
    ['"in one day" is a span', 'Shares lost 600 points in one day.', P, []],
    ['"in two weeks" in the future tense is a date', 'The ferry will run again in two weeks.', P, [['in two weeks', '2025-09-07']]],
    ['"three days later than planned" is no date', 'The ship arrived on November 11, three days later than planned.', '2025-11-20', [['November 11', '2025-11-11']]],
    ['a month joined to a later one takes its year', 'The index rose between September and October of 2023.', P, [['September', '2023-09'], ['October of 2023', '2023-10']]],
    ['what was expected lies ahead', 'Forecasters expected the wind to ease on Monday.', P, [['on Monday', '2025-08-25']]],
    ['a prediction made on a day stays on that day', 'Analysts predicted on Monday that the strike would end.', P, [['on Monday', '2025-08-18']]],
    ['a year alone stays a year', 'The region has changed since 2022, officials said.', P, [['2022', '2022']]],
    ['a year opening a sentence, after "around" or "at least", before a noun it modifies', 'In 2004, the ferry sank. It is due around 2030, in production until at least 2028. Since its 1967 debut it has sailed.', P, [['2004', '2004'], ['2030', '2030'], ['2028', '2028'], ['1967', '1967']]],
    ['what is named as planned lies ahead, unless told in the past', 'An expected announcement Friday could move prices. Talks are set for Monday. A planned vote on Tuesday was cancelled.', P, [['Friday', '2025-08-29'], ['Monday', '2025-08-25'], ['on Tuesday', '2025-08-19']]],
    ['what takes effect or is due lies ahead', 'The law takes effect Jan. 1. The report is due Feb. 27. The old law took effect Jan. 1.', P, [['Jan. 1', '2026-01-01'], ['Feb. 27', '2026-02-27'], ['Jan. 1', '2025-01-01']]],
    ['a day long past this year, said plainly in the future, is next year\'s; "would" keeps it', 'The rules will take effect June 30. He said he would resign on July 1.', P, [['June 30', '2026-06-30'], ['July 1', '2025-07-01']]],
    ['a count of things is not a year', 'The port hired 2000 workers in 1900 stores, and the index rose by 2000 points.', P, []],
    ['a span of years is a period, not the date of its first year', 'Ana Lin, who rowed for Lowford from 1987 - 91, retired. Tom Fields sailed in 2001–2004.', P, []],
    ['a stretch in plural units is not a date', 'The selection may last months. In the last months of the strike, and in the next 30 days, prices rose.', P, []],
    ['"the day after" an event the text names is not a date; alone it is', 'The index rebounded late in the day after falling 250 points. Shares rose the day after.', P, [['the day after', '2025-08-25']]],
    ['an abbreviated weekday alone is a name or a verb, not a day', 'Later in August, Sun shares rose. Sat beside her was Ana Lin.', P, [['August', '2025-08']]],
    [
      'a period of years gives neither year; two years joined by "and" are two',
      'Ana Lin held the post from 1984 to 1989. Between 1972 and 1975, the port grew. She sailed in 1966 to 1969. The board was sued in 2016 and 2017.',
      P,
      [['2016', '2016'], ['2017', '2017']],
    ],
    ['a decade is not its first year; a size is not a year', "The rowing club was formed in the 1870's. The mural is 4000 pixels by 2000.", P, []],
    ['"the next couple of months" is a stretch of time', 'The ferry will stay in dock over the next couple of months.', P, []],
    [
      'no publication date: a birth date in the opening is no reference',
      'Ana Lin, the ferry pioneer, has died at 91. She was born on June 9, 1931, in Lowford. She died Thursday, Oct. 7. Two days later the pier closed.',
      undefined,
      [['June 9, 1931', '1931-06-09'], ['Thursday, Oct. 7', '--10-07'], ['Two days later', '--10-09']],
    ],
    ['a weekday that does not fit the year the reference gives leaves the day without a year', 'Ana Lin died Thursday, Oct. 7. Two days later the pier closed.', '1931-06-09', [['Thursday, Oct. 7', '--10-07'], ['Two days later', '--10-09']]],
  ];
  for (const [name, text, published, expected] of cases) it(name, () => expect(values(text, published)).toEqual(expected));
});
