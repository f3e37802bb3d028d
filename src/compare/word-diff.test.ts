import { describe, expect, it } from 'vitest';
import { sameWording, wordDiff } from './word-diff.js';

describe('wordDiff', () => {
  const changed = (a: string, b: string) => wordDiff(a, b).filter((w) => w.op === 'changed').map((w) => w.text);
  const cases: [string, string, string, string[]][] = [
    ['identical', 'We will not sign.', 'We will not sign.', []],
    ['one word replaced', 'We will not sign this deal', 'We will never sign this deal', ['never']],
    ['truncated wording has nothing new', 'We will not sign this deal today', 'We will not sign', []],
    ['translation', 'The fire is under control but the smoke is dangerous', 'The fire is under our control, yet the smoke remains a danger', ['our', 'yet', 'remains', 'a', 'danger']],
    ['case and punctuation ignored', '"We will not sign," she said', 'we will NOT sign', []],
  ];
  for (const [name, a, b, expected] of cases) it(name, () => expect(changed(a, b)).toEqual(expected));

  it('sameWording ignores case, punctuation and spacing only', () => {
    expect(sameWording('No deal, yet.', 'no deal yet')).toBe(true);
    expect(sameWording('No deal yet', 'No deal')).toBe(false);
  });
});
