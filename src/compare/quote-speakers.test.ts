// Speaker disagreements: the same quoted sentence attributed by outlets to different people, as the articles print it.
import { describe, expect, it } from 'vitest';
import { analysedArticle } from '../../test/helpers.js';
import { compareStory } from './index.js';

const QUOTE = '"The ferry will not sail again before the spring storms are over,"';
const speakerDisagreements = (...texts: string[]) =>
  compareStory('s_1', texts.map((t, i) => analysedArticle(i + 1, t)))
    .discrepancies.filter((d) => d.kind === 'speaker')
    .map((d) => [d.about, d.values.map((v) => v.text)]);

describe('speaker disagreements', () => {
  it('reports one quoted sentence printed with two people’s names', () => {
    expect(speakerDisagreements(`${QUOTE} said Ana Lin, the harbour master.`, `${QUOTE} harbour master Ida Hale said on Monday.`)).toEqual([
      ['The ferry will not sail again before the spring storms are over', ['Ana Lin', 'Ida Hale']],
    ]);
    expect(speakerDisagreements(`${QUOTE} Ana Lin said, while Ida Hale stayed silent.`, `${QUOTE} Ida Hale said.`)).toHaveLength(1);
  });

  it('reports none for one person named two ways, for joint speakers, or for a speaker the text does not print with the words', () => {
    expect(speakerDisagreements(`${QUOTE} said Ana Lin, the harbour master.`, `${QUOTE} Lin said.`)).toEqual([]);
    expect(speakerDisagreements(`${QUOTE} Ida Hale and Ana Lin said together on Monday.`, `${QUOTE} Ida Hale said.`)).toEqual([]);
    expect(speakerDisagreements('Ida Hale and Ana Lin said: "The ferry will not sail again before the spring storms are over."', `${QUOTE} Ida Hale said.`)).toEqual([]);
    expect(speakerDisagreements(`${QUOTE} said Ana Lin.`, `Ida Hale met the crews on the quay. ${QUOTE} she said.`)).toEqual([]);
  });

  it('reports none for a short phrase many people say', () => {
    expect(speakerDisagreements('Ana Lin called it "a great day" on Monday.', 'Ida Hale called it "a great day" on Monday.')).toEqual([]);
  });
});
