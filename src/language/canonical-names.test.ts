import { describe, expect, it } from 'vitest';
import { nameKey, sameFullName } from './canonical-names.js';

describe('nameKey: variants that must meet', () => {
  const same: [string, string, string][] = [
    ['-y / -yy', 'Ostrovsky', 'Ostrovskyy'],
    ['-ey / -ei', 'Aleksey', 'Aleksei'],
    ['-ov / -off', 'Pavlov', 'Pavloff'],
    ['x / ks', 'Alexandrov', 'Aleksandrov'],
    ['-itch / -ich', 'Markovitch', 'Markovich'],
    ['o/u and e/a vowels', 'Mohammed', 'Muhammad'],
    ['diacritics', 'Jiménez', 'Jimenez'],
    ['w / v', 'Wladislav', 'Vladislav'],
    ['case and periods', 'O.BRIEN', "o'brien"],
  ];
  for (const [name, a, b] of same) it(name, () => expect(nameKey(a)).toBe(nameKey(b)));

  const different: [string, string, string][] = [
    ['different vowels classes', 'Putnam', 'Patnom'],
    ['different consonants', 'Markov', 'Marков'],
    ['different surnames', 'Lin', 'Lind'],
  ];
  for (const [name, a, b] of different) it(`keeps apart: ${name}`, () => expect(nameKey(a)).not.toBe(nameKey(b)));
});

describe('sameFullName', () => {
  const cases: [string, string[], string[], boolean][] = [
    ['first-name variant', ['Aleksei', 'Markovich'], ['Alexei', 'Markovitch'], true],
    ['surname alone', ['Markovich'], ['Alexei', 'Markovich'], true],
    ['initial', ['A.', 'Markovich'], ['Alexei', 'Markovich'], true],
    ['initials left out', ['W.', 'Ben', 'Ortiz'], ['Ben', 'Ortiz'], true],
    ['initials left out, other first names', ['W.', 'Ben', 'Ortiz'], ['Ana', 'Ortiz'], false],
    ['different first names', ['Ana', 'Lin'], ['Mei', 'Lin'], false],
    ['different surnames', ['Ana', 'Lin'], ['Ana', 'Ortiz'], false],
    ['surname in two words or one', ['Tom', 'Van', 'Dorn'], ['Tom', 'VanDorn'], true],
    ['surname in one word or two', ['Tom', 'VanDorn'], ['Tom', 'Van', 'Dorn'], true],
    ['surname in two words, other first names', ['Ida', 'Van', 'Dorn'], ['Tom', 'VanDorn'], false],
    ['two-word name and one word', ['Ana', 'Lin'], ['Analin'], false],
    ['a given name in its short and full forms', ['Tom', 'Fields'], ['Thomas', 'Fields'], true],
    ['two short forms of one given name', ['Liz', 'Ortiz'], ['Beth', 'Ortiz'], true],
    ['a short form and another given name', ['Tom', 'Fields'], ['Tim', 'Fields'], false],
  ];
  for (const [name, a, b, expected] of cases) it(name, () => expect(sameFullName(a, b)).toBe(expected));
});
