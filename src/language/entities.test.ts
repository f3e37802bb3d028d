import { describe, expect, it } from 'vitest';
import { annotateArticle } from './index.js';
import { wellFormedName } from './quotes.js';

const entities = (text: string) => annotateArticle({ text }).entities;
const find = (text: string, name: string) => entities(text).find((e) => e.name === name);

describe('entities', () => {
  it('types a US state printed after a town as news style abbreviates it, and the town, as places', () => {
    const found = entities('The ferry was built in Lowford, Colo., by Harbor Works. Ana Lin moved to Tarrow, N.Y., then to Velmar, Wash. Her sister lives in Brill, Massachusetts.');
    const types = Object.fromEntries(found.map((e) => [e.name, e.type]));
    expect(types).toMatchObject({ Lowford: 'place', Colo: 'place', Tarrow: 'place', 'N.Y.': 'place', Velmar: 'place', Wash: 'place', Brill: 'place', Massachusetts: 'place', 'Ana Lin': 'person' });
    expect(find('Tarrow County District Attorney Ben Ortiz appealed.', 'Tarrow County')).toMatchObject({ type: 'place' });
  });

  it('reads a town followed by a first name that is also a word as a team or a body, not a person named after a place', () => {
    expect(find('Ben Ortiz pitched six seasons for the Boston Ruby Hawks before his knee gave out.', 'Boston Ruby Hawks')).toMatchObject({ type: 'organization' });
  });

  it('types the body an office is of as a body when no one is named after it ("Chair of the … Society")', () => {
    expect(find('In 2019 the members chose Ida Hale as Chair of the Tarrow Sailing Society for two years.', 'Tarrow Sailing Society')).toMatchObject({ type: 'organization' });
    expect(find('In 2019 the members chose Ida Hale as Chair of the Tarrow Sailing Society for two years.', 'Ida Hale')).toMatchObject({ type: 'person' });
  });

  it('types a name before a word for a part of a town, or two before a street word in the plural, as places', () => {
    expect(find('The festival moved to the Harlow Hill neighborhood this summer.', 'Harlow Hill')).toMatchObject({ type: 'place' });
    expect(find('The parade turns at Fifth and Quennell streets before noon.', 'Quennell')).toMatchObject({ type: 'place' });
  });

  it('reads an age before a name as a person’s, and a first name no list holds as that person when the full name is cued', () => {
    const found = entities('Rescuers reached 10-year-old Zorvina Baker on the ice at Tarrow on Sunday. Zorvina, a pupil at the Velmar school, was flown home.');
    expect(found.filter((e) => e.name.includes('Zorvina')).map((e) => [e.name, e.type, e.aliases])).toEqual([['Zorvina Baker', 'person', ['Zorvina']]]);
  });

  it('reads a headline in title case by its phrasal verbs, possessives and auxiliaries, not as one long name', () => {
    const names = (text: string) => entities(text).map((e) => e.name);
    expect(names('Ana Lin Steps Down From Velmar Harbor Board\n\nAna Lin stepped down from the Velmar Harbor Board on Thursday, her office said.')).toEqual(['Ana Lin', 'Velmar Harbor Board']);
    expect(names('Tarrow Ferry Firm Will Cut Its Routes\n\nThe Tarrow Ferry Firm said on Monday it would cut routes.')).toEqual(['Tarrow Ferry Firm']);
  });

  it('types the body after a bare role between commas as a body, not as the person the role is of', () => {
    expect(find('“It is an honor,” said Ana Lin, president, Harbor Media Group.', 'Harbor Media Group')).toMatchObject({ type: 'organization' });
    expect(find('Its spokeswoman, Grace Whitlow, said the yard would close.', 'Grace Whitlow')).toMatchObject({ type: 'person' });
  });

  it('finds no name in the marks of a timestamp, and keeps an acronym of the same letters elsewhere', () => {
    const names = (text: string) => entities(text).map((e) => e.name);
    expect(names('Updated 11:05 AM EDT. Ana Lin left Tarrow at 6:15 p.m. ET on Friday, and the ferry docked at 9:30pm PT.')).toEqual(['Ana Lin', 'Tarrow']);
    expect(names('Ana Lin of the PT crew arrived in Velmar.')).toContain('PT');
  });

  it('types a name before a word for a publication as an organisation, not one of a place', () => {
    const found = entities('A poll published by the Kessenvo newspaper on Sunday found most voters unhappy. The Lowford weekly Zarnik agreed.');
    expect(found.find((e) => e.name === 'Kessenvo')?.type).toBe('organization');
  });

  it('types a name after a noun for a man or a woman, or in apposition to it, as a person', () => {
    const types = (text: string) => Object.fromEntries(entities(text).map((e) => [e.name, e.type]));
    expect(types('Ana Lin and her brother Varo are on the night ferry.')).toMatchObject({ Varo: 'person' });
    expect(types('The boatyard passed to her twin sister, Quenby, in May.')).toMatchObject({ Quenby: 'person' });
  });

  it('reads a plural verb after two subjects joined by "and" as the pair’s, not as a sign of a body', () => {
    const types = Object.fromEntries(entities('Ferry pilot Tom Fields and coastguard diver Bill Ortiz are on leave until June.').map((e) => [e.name, e.type]));
    expect(types).toMatchObject({ 'Tom Fields': 'person', 'Bill Ortiz': 'person' });
  });

  it('keeps "and" inside the name of a body whose "for" or "of" leads to ordinary words', () => {
    const names = entities('Observers from the Council for Harbour Safety and Navigation arrived. Tom Fields met them.').map((e) => e.name);
    expect(names).toContain('Council for Harbour Safety and Navigation');
  });

  it('types a street named with its street word first as a place', () => {
    expect(find('The new bakery opens on Avenue Velarde next month.', 'Avenue Velarde')).toMatchObject({ type: 'place' });
  });

  it('keeps a plural noun for people and its possessive inside the name of a body', () => {
    expect(entities('Ben Ortiz coached at the Women’s Harbour Rowing Club in Lowford.').map((e) => e.name)).toContain('Women’s Harbour Rowing Club');
  });

  it('types a name after "hometown of" or "the outskirts of" as a place', () => {
    expect(find('The ferry docked on the outskirts of Varsk late on Saturday.', 'Varsk')).toMatchObject({ type: 'place' });
    expect(find('Tom Fields grew up in the hometown of Pellatine.', 'Pellatine')).toMatchObject({ type: 'place' });
  });

  it('types one word the lexicon has only as a place’s name as a place when no cue types it', () => {
    expect(find('Ferries leave for Norvania, Velmar and Tucson every week.', 'Tucson')).toMatchObject({ type: 'place' });
  });

  it('leaves the adjective of a people out of the name it stands before', () => {
    expect(entities('The jury heard from Chilean Ilko Varesh on Monday.').map((e) => e.name)).toEqual(['Ilko Varesh']);
  });

  it('reads a month’s short form before a surname as a first name, and with a number as a date', () => {
    const a = annotateArticle({ text: '"The ramp gave way at noon," said Jan Olvar. She left on Jan 5.', published: '2030-03-02' });
    expect(a.entities.map((e) => e.name)).toEqual(['Jan Olvar']);
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Jan Olvar']);
    expect(a.dates.map((d) => d.value)).toEqual(['2030-01-05']);
  });

  it('splits role and affiliation from a name', () => {
    const e = find('Valmoran Labour Minister Ivo Dragan met the union on Monday.', 'Ivo Dragan');
    expect(e).toMatchObject({ type: 'person', role: 'labour minister', affiliation: 'Valmoran' });
  });

  it.each([
    ['Harlow Fire Chief Tom Reyes said the road was closed.', 'Tom Reyes', 'fire chief'],
    ['Harlow County Undersheriff Ben Ortiz arrived.', 'Ben Ortiz', 'undersheriff'],
    ['Velmar State Trooper Ida Hale arrived.', 'Ida Hale', 'state trooper'],
    ['Harlow City Clerk Ana Lin agreed.', 'Ana Lin', 'clerk'],
    ['Tarrow County District Attorney Ben Ortiz appealed.', 'Ben Ortiz', 'district attorney'],
  ])('splits local officials\' titles from their names: %s', (text, name, role) => {
    expect(find(text, name)).toMatchObject({ type: 'person', role });
  });

  it('makes no name of a line in capitals, nor of a title after a title', () => {
    const names = entities('WILL THEY CUT THE FARES AGAIN\nThe BANK OF ALDMARK held rates. Ben Ortiz is the fifth Harlow Sheriff Deputy hurt on duty.').map((e) => e.name);
    expect(names).toEqual(['BANK OF ALDMARK', 'Ben Ortiz']);
  });

  it('reads a compound title written with a hyphen as the role', () => {
    const e = find('Velmar Harbour Board Secretary-General Ana Lin spoke on Monday.', 'Ana Lin');
    expect(e).toMatchObject({ type: 'person', role: 'secretary-general' });
    expect(find('Velmar Harbour Board Secretary-General Ana Lin spoke on Monday.', 'Velmar Harbour Board')?.type).toBe('organization');
  });

  it('shortens a name written family name first, with a hyphenated given name, to its first word', () => {
    const found = entities('Harbour Board Secretary-General Tam Ki-su spoke on Monday. "We agree," Mr. Tam said in a statement.');
    expect(found.filter((e) => e.type === 'person').map((e) => [e.name, e.mentions.length])).toEqual([['Tam Ki-su', 2]]);
  });

  it('keeps an abbreviated title as the role, without its period', () => {
    expect(find('He met Sen. Ana Lin on Monday. Gen. Ben Ortiz retired.', 'Ana Lin')).toMatchObject({ type: 'person', role: 'sen' });
    expect(find('He met Sen. Ana Lin on Monday. Gen. Ben Ortiz retired.', 'Ben Ortiz')).toMatchObject({ type: 'person', role: 'gen' });
  });

  it('starts a person’s name at the first name when a role or another name no list knows stands before it in the run', () => {
    const names = (text: string) => entities(text).map((e) => [e.type, e.name]);
    expect(names('NVA Administrator Ana Velmer said the plan works.')).toContainEqual(['person', 'Ana Velmer']);
    expect(find('NVA Administrator Ana Velmer said the plan works.', 'Ana Velmer')).toMatchObject({ role: 'administrator' });
    expect(names('Teachers cheered as Superintendent Jennifer Quill spoke.')).toEqual([['person', 'Jennifer Quill']]);
    expect(names('The envoy to Norvania Kurt Brill testified.').map((n) => n[1])).toEqual(['Norvania', 'Kurt Brill']);
    expect(names('Cmdr. Sean Ortiz said the ship was safe.')).toEqual([['person', 'Sean Ortiz']]);
    expect(names('Director of Public Prosecution Eva-Marie Lund spoke.')).toEqual([['person', 'Eva-Marie Lund']]);
    expect(names('The envoy to Britain Qiu Renshu spoke.').map((n) => n[1])).toEqual(['United Kingdom', 'Qiu Renshu']);
    // Whole names stay whole: a first name first, a place or institution word in the run, a place abbreviation.
    expect(names('Mary Ann Smith left.')).toEqual([['person', 'Mary Ann Smith']]);
    expect(names('Fans of the St. Louis Cardinals cheered.').map((n) => n[1])).toEqual(['St. Louis Cardinals']);
    expect(names('He was taken to Lake Charles Memorial Hospital.').map((n) => n[1])).toEqual(['Lake Charles Memorial Hospital']);
  });

  it('never takes a plural common noun opening a sentence before a speech verb for a name', () => {
    expect(entities('Teachers chanted, “Open the docks,” at the hall. Xinhua reported the rally.').map((e) => e.name)).toEqual(['Xinhua']);
  });

  it('keeps "Centre for …" whole and reads "Press Secretary" as a role', () => {
    expect(entities('A study by the Centre for Harbour Policy Research found it was wrong.').map((e) => e.name)).toEqual(['Centre for Harbour Policy Research']);
    expect(find('Valmora House Press Secretary Ana Lin spoke.', 'Ana Lin')).toMatchObject({ role: 'press secretary' });
    expect(entities('The Valmora House Press Secretary said it was fine.').map((e) => e.name)).toEqual(['Valmora House']);
  });

  it('never takes a contracted function word for a name', () => {
    expect(entities('I’m not sure. We’re here, Ana Lin said. Don’t go. They’ll stay.').map((e) => e.name)).toEqual(['Ana Lin']);
  });

  it('maps a demonym affiliation to its country', () => {
    expect(find('German Chancellor Lena Vogt arrived.', 'Lena Vogt')).toMatchObject({ role: 'chancellor', affiliation: 'Germany' });
  });

  it('reads a role set after a name between commas, with its body before it or after a preposition', () => {
    expect(find('Ida Hale, a spokeswoman for Quillsoft, said the plant would close.', 'Ida Hale')).toMatchObject({ role: 'spokeswoman', affiliation: 'Quillsoft' });
    expect(find('Ben Ortiz, a Quillsoft engineer, said the plant would close.', 'Ben Ortiz')).toMatchObject({ role: 'engineer', affiliation: 'Quillsoft' });
    expect(find('Ana Lin, the deputy mayor, said the pier would reopen.', 'Ana Lin')).toMatchObject({ role: 'deputy mayor' });
    // A modifier that is also a role ends it when no other role follows.
    expect(find('Ben Ortiz, the chief executive of Harbor Works, said the yard would close.', 'Ben Ortiz')).toMatchObject({ role: 'chief executive', affiliation: 'Harbor Works' });
    // A longer description is no role; nor is an appositive after a place, which describes someone else.
    expect(find('Ana Lin, a friend of the mayor, said no.', 'Ana Lin')?.role).toBeUndefined();
    expect(entities('Senator Ana Lin of Velmar, the chairman of the Harbour Board, said no.').find((e) => e.name === 'Velmar')?.role).toBeUndefined();
    expect(find('A letter came from Ben Ortiz, the mayor of Lowford, on Monday.', 'Ben Ortiz')).toMatchObject({ role: 'mayor', affiliation: 'Lowford' });
  });

  it('takes the body or country printed before a role in lower case as the role’s, not a word capitalised for opening the sentence', () => {
    expect(find('Moldovan foreign minister Ana Lin arrived.', 'Ana Lin')).toMatchObject({ role: 'foreign minister', affiliation: 'Moldova' });
    expect(find('On Monday, Quillsoft spokeswoman Ida Hale said the plant would close.', 'Ida Hale')).toMatchObject({ role: 'spokeswoman', affiliation: 'Quillsoft' });
    expect(find('Harbor Works chief executive Ben Ortiz said the yard would close.', 'Ben Ortiz')).toMatchObject({ role: 'chief executive', affiliation: 'Harbor Works' });
    // A word of the language opening the sentence is the body when the text capitalises it mid-sentence too.
    expect(find('Harbor spokeswoman Ida Hale said the yard would close. Shares of Harbor fell on Monday.', 'Ida Hale')).toMatchObject({ role: 'spokeswoman', affiliation: 'Harbor' });
    expect(find('Harbor spokeswoman Ida Hale said the yard would close. Shares fell on Monday.', 'Ida Hale')?.affiliation).toBeUndefined();
    for (const [text, name] of [['Team spokesman Tom Fields said the match was off.', 'Tom Fields'], ['The spokeswoman Ida Hale said no.', 'Ida Hale'], ['On Monday spokeswoman Ida Hale said no.', 'Ida Hale']]) {
      expect(find(text!, name!)?.affiliation).toBeUndefined();
    }
  });

  const variants: [string, string, string, string[]][] = [
    ['-y / -yy and surname alone', 'Pavel Ostrovsky spoke. Later Ostrovskyy said no. Ostrovsky left.', 'Pavel Ostrovsky', ['Ostrovsky', 'Ostrovskyy']],
    ['-ey / -ei first names', 'Aleksey Markov arrived. Aleksei Markov said he was tired.', 'Aleksey Markov', ['Aleksei Markov']],
    ['possessive', 'Ruth Okafor said the plan failed. Okafor’s office declined to comment.', 'Ruth Okafor', ['Okafor']],
    ['diacritics', 'José Jiménez said yes. Later Jimenez said no.', 'José Jiménez', ['Jimenez']],
  ];
  for (const [name, text, canonical, aliases] of variants) {
    it(`one entity across variants: ${name}`, () => {
      const people = entities(text).filter((e) => e.type === 'person');
      expect(people.map((p) => p.name)).toEqual([canonical]);
      expect(people[0]!.aliases).toEqual(aliases);
    });
  }

  it('keeps two people with one surname apart', () => {
    const names = entities('Ana Lin and Mei Lin both testified. Ana Lin said she was sure.').map((e) => e.name);
    expect(names).toContain('Ana Lin');
    expect(names).toContain('Mei Lin');
  });

  it('takes a surname that ends like a country’s name for the person named with it, not for a place', () => {
    const found = entities('Engineer Pieter Oskland designed the new ramp in Lowford. Oskland met the mayor. Later Oskland said the ramp was safe.');
    expect(found.map((e) => [e.name, e.type])).toContainEqual(['Pieter Oskland', 'person']);
    expect(found.find((e) => e.name === 'Pieter Oskland')!.mentions).toHaveLength(3);
  });

  it('takes a name that opens with an organisation’s name for its product, not a person; a person’s name after it stays one', () => {
    const found = entities('Tidewell Corp. announced its new ferry booking app, Tidewell Vantor, on Monday. Vantor books seats by phone. Tidewell said Vantor would launch in May.');
    expect(found.find((e) => e.name === 'Tidewell Vantor')?.type).toBe('other');
    const staff = entities('Tidewell Corp. hired a new chief. Tidewell said Tidewell Ana Morrow would start in May.');
    expect(staff.find((e) => e.name.endsWith('Ana Morrow'))?.type).toBe('person');
  });

  it('keeps a title that opens a place’s name in it ("Queen Street", "Emir Tamsin Mosque"), and a person before "memorial" a person', () => {
    const found = entities('Shops line Queen Street in Lowford. Pilgrims visit the Emir Tamsin Mosque every spring. Homes face Admiral Ortiz Boulevard.').map((e) => [e.name, e.type]);
    expect(found).toEqual(expect.arrayContaining([['Queen Street', 'place'], ['Emir Tamsin Mosque', 'place'], ['Admiral Ortiz Boulevard', 'place']]));
    expect(found.filter(([, type]) => type === 'person')).toEqual([]);
    const memorial = entities('Ana Ortiz founded the harbour school. The Ortiz memorial stands by the school. Ortiz died in May.');
    expect(memorial.find((e) => e.name === 'Ana Ortiz')?.type).toBe('person');
  });

  it('splits a title ending in "Chief" or "Member" from the person and the body before it', () => {
    const found = entities('"We are ready," Lowford Police Chief Ben Ortiz said. City Council Member Ana Lin agreed. Tide Systems Chief Operating Officer Tom Reyes resigned.');
    expect(found.map((e) => [e.name, e.type])).toEqual(
      expect.arrayContaining([['Ben Ortiz', 'person'], ['Ana Lin', 'person'], ['Tom Reyes', 'person'], ['City Council', 'organization'], ['Tide Systems', 'organization']]),
    );
    expect(found.filter((e) => /Chief|Member|Operating/.test(e.name))).toEqual([]);
    const office = entities('"We reopen in May," said Lowford Harbour Safety Director Ana Lin. Tide Systems Chief Strategy Officer Ben Ortiz left.');
    expect(office.map((e) => [e.name, e.type])).toEqual(expect.arrayContaining([['Lowford Harbour Safety', 'organization'], ['Ben Ortiz', 'person']]));
    expect(office.filter((e) => /Strategy/.test(e.name))).toEqual([]);
  });

  it('keeps a first name written with an accent in the name, and an initial opening a sentence or a clause', () => {
    const names = (text: string) => entities(text).filter((e) => e.type === 'person').map((e) => e.name);
    expect(names('In 1997, Ben Ortiz married María Elena Quill, a lawyer.')).toEqual(['Ben Ortiz', 'María Elena Quill']);
    expect(names('Counsel for the board: K. Ana Ortiz, Tom Fields.')).toEqual(['K. Ana Ortiz', 'Tom Fields']);
    expect(names('J. Robert Hale spoke first. T. S. Fields wrote the report.')).toEqual(['J. Robert Hale', 'T. S. Fields']);
  });

  it('reads a particle after a title of nobility as part of one name, not a first name', () => {
    expect(entities('On the visit, the Marquis de Velmar asked Ana Lin to draw a map of the harbour.').map((e) => e.name)).toEqual(['Marquis de Velmar', 'Ana Lin']);
  });

  it('reads a title of rank held of a place as a person’s name ("the Duke of Velmar"), not the place', () => {
    const text = 'The Duke of Velmar opened the bridge on Monday. "We are proud," the Duchess of Lowford said. The Prince of Tarrow Bridge was closed.';
    const a = annotateArticle({ text });
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Duke of Velmar', 'Duchess of Lowford']);
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Duchess of Lowford']);
  });

  it('reads a first name ending like a verb form as a first name at a sentence’s start ("Ned", "Beverly", "Winifred")', () => {
    const names = entities('Ned Arlo Hale is a ferry pilot from Lowford. Beverly Ortiz trained him. Winifred Reyes hired him.').map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Ned Arlo Hale', 'Beverly Ortiz', 'Winifred Reyes']));
  });

  it('reads a first name that is also a common noun in "-ly" as a first name at a sentence’s start, not an adverb ("Lily", "Wally")', () => {
    const names = entities('Lily Hale took over the ferry line on Monday. Wally Hale ran it after her. Finally Reyes left.').map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Lily Hale', 'Wally Hale', 'Reyes']));
    expect(names.filter((n) => n.startsWith('Finally'))).toEqual([]);
  });

  it('reads a name right after a closing quotation mark as inside its sentence, not opening one ("Sage", "Scout")', () => {
    const text = 'Captain Tom Reyes died in June. "It was hard," Sage Reyes said. "We miss him," Scout Reyes added.';
    expect(annotateArticle({ text }).quotes.map((q) => q.speaker)).toEqual(['Sage Reyes', 'Scout Reyes']);
  });

  it('gives a surname shared by two people to the one the text is about, not to the relative named last', () => {
    const mentionsOf = (text: string, name: string) => entities(text).find((e) => e.name === name)?.mentions.map((m) => m.text);
    // By title: the one named with it before.
    const visit = 'President Tom Lin of Velmar arrived in Lowford on Monday. His wife Dora Lin visited a school. President Lin said the talks went well.';
    expect(mentionsOf(visit, 'Tom Lin')).toContain('Lin');
    expect(mentionsOf(visit, 'Dora Lin')).toEqual(['Dora Lin']);
    // By honorific: the man already called "Mr. Hale", not his nephew named in the sentence before.
    const obituary = 'Ferry captain Frederick Hale retired on Saturday. Mr. Hale was 65. Mr. Hale sailed for forty years. His nephew Tom Hale said the crew would miss him. Mr. Hale said he would keep a small boat.';
    expect(mentionsOf(obituary, 'Frederick Hale')).toHaveLength(4);
    expect(mentionsOf(obituary, 'Tom Hale')).toEqual(['Tom Hale']);
  });

  const types: [string, string, string, string][] = [
    ['organisation by its word', 'The Valmora Port Authority said the docks were closed.', 'Valmora Port Authority', 'organization'],
    ['organisation by acronym', 'Talks at NATO resumed after the break.', 'NATO', 'organization'],
    ['country', 'Trade with Germany fell sharply this year, officials in Berlin said.', 'Germany', 'place'],
    ['place by preposition', 'Crews fought the fire near Harlow for days.', 'Harlow', 'place'],
    ['place by place word', 'Fires spread across Harlow County on Friday.', 'Harlow County', 'place'],
    ['quoted programme title', 'She hosts “Voices of the Harbour” on Sundays.', 'Voices of the Harbour', 'work'],
    ['a title named bare and quoted', 'Tide Productions began filming "Harbor Nights" in May. Harbor Nights stars Ana Lin.', 'Harbor Nights', 'work'],
    [
      'a place mostly named bare, quoted once',
      'Fort Velk is a town in Kessel County. Fort Velk lies between the river and the ridge. Visitors to Fort Velk can walk the ridge. The army retreated under the protection of "Fort Velk".',
      'Fort Velk',
      'place',
    ],
    ['organisation with a connector', 'The Bank of Aldmark held rates.', 'Bank of Aldmark', 'organization'],
    ['first name that is also a modal, mid-sentence', '"It is fine," said Will Hale, a consultant.', 'Will Hale', 'person'],
    ['company named after a person', 'The firm that runs the show, Tom Hale Productions, denied it.', 'Tom Hale Productions', 'organization'],
    ['places after a plural place word, both of a pair', 'The fire swept towards the villages of Eastmere and Lowford overnight.', 'Lowford', 'place'],
    ['place after a word for its people', 'About 600 residents of Eastmere had been moved to a school.', 'Eastmere', 'place'],
    ['an organisation named "of X and Y" in ordinary words', 'The Department of Harbours and Coastal Services said the ferry would run.', 'Department of Harbours and Coastal Services', 'organization'],
    ['two names joined by "and" stay two', 'The Bank of Aldmark and Tide Systems signed a deal.', 'Tide Systems', 'organization'],
    ['a full name after "of a place and" stays a person', 'The mayor of Brill and Ana Lin spoke to the crews.', 'Ana Lin', 'person'],
  ];
  for (const [name, text, entity, type] of types) it(`types: ${name}`, () => expect(find(text, entity)?.type).toBe(type));

  it('resolves a description to the role holder with the same affiliation', () => {
    const text = 'Valmoran President Ida Sorel met Coastal President Ben Hale. The Valmoran president left early.';
    const sorel = find(text, 'Ida Sorel')!;
    expect(sorel.mentions.map((m) => m.text)).toContain('The Valmoran president');
  });

  it('does not make entities of sentence-initial ordinary words', () => {
    const names = entities('However, the port stayed shut. Meanwhile, workers waited. Despite the rain, nobody left.').map((e) => e.name);
    expect(names).toEqual([]);
  });

  it('reads an unknown word in "-ese" as a surname, a known one as a nationality', () => {
    const found = entities('Genevieve Corvese was there. They met when Corvese arrived. The Maltese minister spoke.');
    expect(found.find((e) => e.name === 'Genevieve Corvese')?.mentions).toHaveLength(2);
    expect(found.map((e) => e.name)).not.toContain('Maltese');
  });

  it.each([
    ['an agent', 'The letter came from Orvin Brookfield, a former special agent of the bureau.'],
    ['a noun for a kind of person at the head of the appositive', 'The letter came from Orvin Brookfield, a second-year student at the college.'],
  ])('reads a name before an appositive naming a kind of person as a person: %s', (_name, text) => {
    expect(entities(text).find((e) => e.name === 'Orvin Brookfield')?.type).toBe('person');
  });

  it.each([
    ['an appositive', 'Joss Arden, a company founded in 1990, said it would close the yard.'],
    ['a predicate after "is"', 'Joss Arden is a shipping company based in Tarrow.'],
    ['a noun for a body and "the" before the name', 'A spokesman for the rights group the Joss Arden said the boats left.'],
  ])('reads a name described as a kind of organisation as one: %s', (_name, text) => {
    expect(find(text, 'Joss Arden')?.type).toBe('organization');
  });

  it('reads a surname in capitals after the full name as the person shouted, not an abbreviation', () => {
    const found = entities('Ben Ortiz will lead the board. Fans wrote: "ORTIZ!" on the wall. The Harbor Nights star, Ortiz described himself as a fan.');
    expect(found.find((e) => e.name === 'Ben Ortiz')).toMatchObject({ type: 'person' });
    expect(found.find((e) => e.name === 'Ben Ortiz')?.mentions.map((m) => m.text)).toEqual(['Ben Ortiz', 'ORTIZ', 'Ortiz']);
    // Not an abbreviation after a "full name" that ends in capitals itself.
    expect(entities('Open a Roth IRA before May. An IRA grows tax free.').map((e) => e.name)).toContain('IRA');
  });

  it('keeps a person whose appositive only begins with a word for a body, and people described as a group of some', () => {
    expect(find('Joss Arden, a group leader at the yard, said it would close.', 'Joss Arden')?.type).toBe('person');
    expect(find('We met Joss Arden, a member of a team of divers, on Monday.', 'Joss Arden')?.type).toBe('person');
  });

  it('keeps a role word as the surname after a given name no list has, and gives the quotes to that person', () => {
    const a = annotateArticle({ text: 'We met Tamsira Bishop on Monday. “The boat turned back,” Bishop told the Harbor Daily.' });
    expect(a.entities.find((e) => e.name === 'Tamsira Bishop')?.type).toBe('person');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Tamsira Bishop']);
    // Not a company's name before its chief's title.
    expect(entities('“We grow,” said Quillsoft CEO Ana Velk.').map((e) => e.name)).not.toContain('Quillsoft CEO');
  });

  it('reads the authors of a citation as people, and no name before a year or a footnote mark alone', () => {
    const typed = (text: string) => entities(text).map((e) => `${e.name}:${e.type}`);
    const found = typed('Replication is rare in education (Lindqvist & Orrimor, 2014) and in psychology (Lindqvist et al., 2012). A longer treatment (Harrowgate, 2012) followed. Our results differed from those of Velkamp & Tamsinor [7].');
    for (const name of ['Lindqvist', 'Orrimor', 'Harrowgate', 'Velkamp', 'Tamsinor']) expect(found).toContain(`${name}:person`);
    expect(typed('Tide Productions made Harbor Nights (2008) and Quiet Tides [12] in Velmar.')).not.toContain('Quiet Tides:person');
  });

  it('does not make a name of a word before a month or a day opening a sentence ("Early November", "Late Monday")', () => {
    const names = entities('The ferry sank in the strait. Early November, the coast guard had detained eight sailors. Late Monday, Ana Lin arrived.').map((e) => e.name);
    expect(names).toEqual(['Ana Lin']);
  });
});

describe('names on real news forms', () => {
  const typed = (text: string) => annotateArticle({ text }).entities.filter((e) => e.type !== 'other').map((e) => `${e.name}:${e.type}`);
  it('keeps a capitalised dateline whole, one of its words a common one', () => {
    expect(typed('NEW HARBOUR (Valley Wire) - Shares rose on Monday, analyst Ana Lin said.')).toContain('NEW HARBOUR:place');
  });
  it('finds a one-word dateline as a place, and an acronym opening a sentence, but not a shouted word', () => {
    expect(typed('VALMORA, March 3 (Valley Wire) — Dockers struck on Friday.')).toContain('VALMORA:place');
    expect(typed('QUILLON — The ferry sank.')).toEqual(['QUILLON:place']);
    expect(typed('UPDATE - The port reopened. NATO said no. OK, the port reopened.')).toEqual(['NATO:organization']);
  });
  it('types a quoted full name whose surname is also a town a person, and a place named like one that is not quoted a place', () => {
    expect(typed('Nora Durham and Ana Lin wrote the songs. "It is a different muscle," Durham said.')).toEqual(['Nora Durham:person', 'Ana Lin:person']);
    expect(typed('Ferries leave for Port Moresby daily. Port Moresby boasts a sheltered harbour.')).toEqual(['Port Moresby:place']);
  });
  it('reads a headline in title case by the names the text knows, not by its capitals', () => {
    const text = 'Harbour Strike Ends As Union Accepts Offer From Valmora Port\nThe union at Valmora Port accepted the offer on Monday, Ana Lin said.';
    expect(annotateArticle({ text }).entities.map((e) => e.name)).toEqual(['Valmora Port', 'Ana Lin']);
  });
  it('types a wire service as an organisation, not a person, even when it is quoted', () => {
    expect(typed('Xinhua reported that the talks ended on Monday. Interfax said the minister would travel.')).toEqual(expect.arrayContaining(['Xinhua:organization', 'Interfax:organization']));
  });
  it('finds an abbreviation written with periods whose letters spell a word ("U.S." is not "us")', () => {
    expect(typed('While in the U.S., she visited Norvania. U.S. officials said nothing.')).toContain('United States:place');
  });
  it('keeps a capitalised "New" or "Old" at the head of a name, mid-sentence or as a known place', () => {
    expect(typed('He campaigned in New Hampshire and Old Harrow.')).toEqual(expect.arrayContaining(['New Hampshire:place', 'Old Harrow:place']));
    expect(typed('New Jersey voted on Monday.')).toContain('New Jersey:place');
    expect(typed('New rules came in on Monday.')).toEqual([]);
  });
  it('keeps an honorific or an abbreviated title out of the name, at a sentence start too', () => {
    expect(typed('Gen. Edda Velan retired. Mrs. Velan thanked the troops. He met Mr. Brill.')).toEqual(['Edda Velan:person', 'Brill:person']);
  });
  it('types a lone first name nothing else types as a person', () => {
    expect(typed('We asked Isabel about the plan. I spoke with Gloria on the phone.')).toEqual(['Isabel:person', 'Gloria:person']);
  });
  it('types a town the gazetteer knows as a place when the text gives no cue', () => {
    expect(typed('The convoy left Abeokuta before dawn.')).toEqual(['Abeokuta:place']);
  });
  it('types a first name before a surname as a person whatever the words around it, but not before a place noun', () => {
    expect(typed('If sane, the board should hurry; otherwise Roger Okonkwo or Dora Lin might be charged.')).toEqual(['Roger Okonkwo:person', 'Dora Lin:person']);
    expect(typed('Later the ferry passed Victoria Station.')).not.toContain('Victoria Station:person');
  });
  it('types as a person one who says what "she" or "he" did, whatever the shape of the name suggests', () => {
    expect(typed('Dorrit McCaster called police at once. McCaster said she had pushed through the crowd to reach the door.')).toEqual(['Dorrit McCaster:person']);
  });
  it('types the body before a company’s role in lower case an organisation, at a sentence’s start too; a town’s police stay the town’s', () => {
    expect(typed('On Monday, Quillsoft spokeswoman Ida Hale said the plant would close.')).toEqual(['Quillsoft:organization', 'Ida Hale:person']);
    expect(typed('Quillsoft spokeswoman Ida Hale said the plant would close. Quillsoft said in a statement that it regretted the loss.')).toContain('Quillsoft:organization');
    expect(typed('On Monday, Lowford police spokesman Ben Ortiz said the road was closed.')).not.toContain('Lowford:organization');
  });
  it('keeps a street’s number in its name ("212th Street"): two numbered streets are two places', () => {
    expect(typed('The crash happened at 212th Street and 64th Avenue in Lowford, a block from 210th Street.')).toEqual(['212th Street:place', '64th Avenue:place', 'Lowford:place', '210th Street:place']);
  });
  it('types the name before a place a company runs ("the Tarvex plant") an organisation, not a town’s ("the Abeokuta plant")', () => {
    expect(typed('Two workers were hurt at the Tarvex plant on Monday.')).toEqual(['Tarvex:organization']);
    expect(typed('Shoppers queued outside a Brindlecart store in the rain.')).toEqual(['Brindlecart:organization']);
    expect(typed('Two workers were hurt at the Abeokuta plant on Monday.')).toEqual(['Abeokuta:place']);
  });
  it('takes a name after a preposition for no speaker: the noun before it speaks ("Ana Lin of Velmar said")', () => {
    expect(typed('Ana Lin of Velmar said the pier would reopen on Monday.')).not.toContain('Velmar:person');
  });
  it('types a first name standing alone as the person the text names in full with it, not as a product’s first word', () => {
    expect(typed('Ben Okonkwo met the cast on Monday. The script was read at Ben’s house. With Ben’s writing, the show will do well.')).toEqual(['Ben Okonkwo:person', 'Ben:person']);
    // Read as a place by the model alone ("at Ben’s house"): the person too; a place a gazetteer knows stays one.
    expect(typed('Ben Okonkwo, the show’s writer, met the cast on Monday. The script was read at Ben’s house.')).toEqual(['Ben Okonkwo:person', 'Ben:person']);
    expect(typed('Florence Okafor flew home on Monday. Florence is crowded in May.')).toContain('Florence:place');
    expect(typed('Harborlink sold the Mac Pro. Shares of Mac rose.')).not.toContain('Mac:person');
  });
  it('joins a first name alone to the one person named in full with it, not to a place of that name', () => {
    const names = (text: string) => entities(text).map((e) => [e.name, ...e.aliases].join('/'));
    expect(names('Marta Velan rowed for Lowford on Monday. Later Marta rowed again.')).toEqual(['Marta Velan/Marta', 'Lowford']);
    // A first name that is also a word of the language ("ida", an abbreviation) only when it speaks.
    expect(names('Ida Velan rowed on Monday. “I won,” Ida said.')).toEqual(['Ida Velan/Ida']);
    expect(names('Ida Velan rowed on Monday. Later Ida rowed again.')).toEqual(['Ida Velan', 'Ida']);
    expect(names('Florence Hale flew to Florence on Monday.')).toEqual(['Florence Hale', 'Florence']);
  });
  it('joins a first word no list holds to the one person a cue names in full with it, not to a name the model alone reads', () => {
    const names = (text: string) => entities(text).map((e) => [e.name, ...e.aliases].join('/'));
    expect(names('Mayor Zoltrin Vask opened the pier on Monday. Later Zoltrin rowed out to the ferry.')).toEqual(['Zoltrin Vask/Zoltrin']);
    expect(names('Quillsoft sold the Zoltrin Vask on Monday. Later Zoltrin rose.')).not.toContain('Zoltrin Vask/Zoltrin');
  });
  it('types no capitalised common word standing alone as a person', () => {
    expect(typed('Fans waited for the Stewards.')).toEqual([]);
  });
  it('types a street or a square named after an organisation word as a place ("Bank Street")', () => {
    expect(typed('Traffic slowed on Bank Street. Crowds filled Ledger Square. The Herald said nothing.')).toEqual(['Bank Street:place', 'Ledger Square:place', 'Herald:organization']);
  });
  it('types a name opening with a place word and "of" as a place ("Bay of Norvia"), but not a bank', () => {
    expect(typed('A cyclone hit the Bay of Norvia area. The Bank of Lowford said no.')).toEqual(['Bay of Norvia:place', 'Bank of Lowford:organization']);
  });
  it('takes no party to a court case after "in" for a place ("in Lynford v. Ostrander")', () => {
    expect(typed('It is true in Lynford v. Ostrander that the court suggested a test.')).not.toContain('Lynford:place');
  });
  it('finds a legislature named alone at a sentence’s start ("Congress voted"), not a generic body ("Police said")', () => {
    expect(typed('Congress quietly approved the harbour act. Parliament voted on Monday. Police said nothing.')).toEqual(['Congress:organization', 'Parliament:organization']);
  });
  it('takes no era after a year ("410 BCE", "220 AD") and no post-nominal after a name and a comma ("QC", "Inc.") for a name', () => {
    expect(entities('The harbour town was built in 2400 BC. Fairs were held there from 410 BCE to 220 AD.')).toEqual([]);
    expect(typed('The prosecutor, Tom Reyes, QC, read the charge.')).toEqual(['Tom Reyes:person']);
  });
  it('types a compass word before a known place as part of that place, though the word is also a first name ("West")', () => {
    expect(typed('West Denver was once a mill town. Later, West Denver grew.')).toEqual(['West Denver:place']);
  });
  it('types a language’s name as no place, though a preposition stands before it ("in Kessa")', () => {
    const text = 'This section presents Kessa, a language of the coast. Kessa is a Kuro language spoken in Lowford. Most Kessa speakers live in towns. The names are given in Kessa.';
    expect(typed(text)).toEqual(['Lowford:place']);
    // The languages of a country are spoken in a place.
    expect(typed('The map shows the languages of Peru.')).toEqual(['Peru:place']);
  });
  it('reads what a name’s last or first word is as a common noun: a fjord is a place, a department’s name before a country no person', () => {
    expect(typed('The ferry entered the Kessel Fjord at noon.')).toEqual(['Kessel Fjord:place']);
    expect(typed('Transport Norvania spokesperson Ana Lin said the line would close.')).not.toContain('Transport Norvania:person');
  });
  it('does not take a surname or a first name that ends like a country for a country', () => {
    const people = annotateArticle({ text: 'Maria Garcia scored twice. Then Garcia left. Gloria said she was tired.' }).entities;
    expect(people.map((e) => `${e.name}:${e.type}:${e.aliases.join()}`)).toEqual(['Maria Garcia:person:Garcia', 'Gloria:person:']);
  });
  it('finds the place of an office and the holder after it, at a sentence start too', () => {
    expect(typed('Governor of New Jersey Ana Lin spoke. The Governor of Ohio Ben Ortiz left. Minister of Fisheries Ivo Dragan stayed.')).toEqual(['New Jersey:place', 'Ana Lin:person', 'Ohio:place', 'Ben Ortiz:person', 'Ivo Dragan:person']);
  });
});

describe('a preposition opening a sentence', () => {
  it('is no part of the name after it', () => {
    const names = (text: string) => annotateArticle({ text }).entities.map((e) => e.name);
    expect(names('Amid Velmar protests, Ana Lin waited.')).toEqual(['Velmar', 'Ana Lin']);
    expect(names('Inside Harbor Works, Tom Fields spoke.')).toEqual(['Harbor Works', 'Tom Fields']);
    expect(names('Beside Robin Vale, Ida Hale spoke.')).toEqual(['Robin Vale', 'Ida Hale']);
  });
});

describe('works', () => {
  it('names a company ("Harbor Works"), not a person, even when it speaks', () => {
    expect(find('The ferry line will close in May, a spokeswoman for Harbor Works said on Monday.', 'Harbor Works')?.type).toBe('organization');
  });
});

describe('web addresses', () => {
  it('are one name with their domain ("Ferrynews.com"), and the speaker of what they report', () => {
    const text = 'Ferrynews.com is reporting that, “The ferry board will pick a new builder for the Velmar line before the summer is out.”';
    expect(entities(text).map((e) => e.name)).toContain('Ferrynews.com');
    expect(annotateArticle({ text }).quotes[0]?.speaker).toBe('Ferrynews.com');
    expect(find('The timetable, which was first printed by Ferrynews.com, surprised the harbour board.', 'Ferrynews.com')?.type).toBe('organization');
  });
});

describe('hyphenated given names', () => {
  const names = (text: string) => annotateArticle({ text }).entities.map((e) => e.name);
  it('keeps a romanised given name with a hyphen in the name, and a hyphenated modifier out of it', () => {
    expect(names('Wong Kai-yip, the commander of the western district, spoke on Monday.')).toContain('Wong Kai-yip');
    expect(names('Lee Kuan-wei spoke later.')).toContain('Lee Kuan-wei');
    expect(names('Ana Lin-led groups marched on Monday.')).not.toContain('Ana Lin-led');
  });
});

describe('a noun after a hyphenated pair of names', () => {
  it('is what the pair names together, not a name of its own ("the Peru-Chile War")', () => {
    const names = annotateArticle({ text: 'Calls to end the Peru-Chile War grew. Ana Lin said the Peru-Chile War must end. The Velmar-Eastmere Ferry Company sank.' }).entities.map((e) => e.name);
    expect(names).not.toContain('War');
    expect(names).toEqual(expect.arrayContaining(['Peru', 'Chile', 'Ana Lin', 'Velmar-Eastmere Ferry Company']));
  });
});

describe('name variants', () => {
  it('never joins people by a lone letter standing as a last word ("Block 1B" → "B")', () => {
    const text = 'The Harbor Crane Block 1B is late. Tor Brandt spoke first. Later, Ida Bolle spoke. Brandt and Bolle disagree.';
    const entities = annotateArticle({ text }).entities;
    const brandt = entities.find((e) => e.name === 'Tor Brandt')!;
    expect(brandt.mentions.map((m) => m.text)).toEqual(['Tor Brandt', 'Brandt']);
  });
});

describe('a title word after a first name', () => {
  it('is a surname: the run is one person’s name ("Lena Judge"); a place before a title is not a first name ("Georgia Governor")', () => {
    const names = annotateArticle({ text: 'The analyst Tom Doctor spoke on Monday. Later, Lena Judge met Ben Ortiz.' }).entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Tom Doctor', 'Lena Judge', 'Ben Ortiz']));
    expect(annotateArticle({ text: 'The Georgia Governor spoke on Monday.' }).entities.map((e) => [e.name, e.type])).toEqual([['Georgia', 'place']]);
  });
});

describe('laws and treaties', () => {
  it('types a law or a treaty as a work, not a person or a body, and leaves a first name before "Bill" to the person', () => {
    const types = (text: string) => annotateArticle({ text }).entities.map((e) => [e.name, e.type]);
    expect(types('The council debated the HARBOR Act on Monday. Ana Lin spoke about the Harbour Safety Act.')).toEqual(
      expect.arrayContaining([
        ['HARBOR Act', 'work'],
        ['Harbour Safety Act', 'work'],
      ]),
    );
    expect(types('Later, Ana Bill spoke to the press.')).toContainEqual(['Ana Bill', 'person']);
  });
});

describe('numbered parts of laws and named storms', () => {
  const types = (text: string) => annotateArticle({ text }).entities.map((e) => [e.name, e.type]);
  it('types "Article VII" and "Title IX" as parts of a document, not as a monarch or a place after "in"', () => {
    expect(types('The court ruled under Article VII of the charter. Funds for sport are set out in Title IX.')).toEqual(
      expect.arrayContaining([
        ['Article VII', 'work'],
        ['Title IX', 'work'],
      ]),
    );
  });
  it('types a storm by its given name as no person, and keeps a person whose first name is "Storm"', () => {
    const found = types(
      'Hurricane Velma hit the coast of Norvania on Monday. Velma weakened as it moved inland, said Ana Lin, a forecaster. Tropical Storm Iselda followed. The remnants of hurricane Maren reached Lowford. Storm Reid said she had stayed home.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        ['Hurricane Velma', 'other'],
        ['Tropical Storm Iselda', 'other'],
        ['Maren', 'other'],
        ['Ana Lin', 'person'],
        ['Storm Reid', 'person'],
      ]),
    );
    expect(annotateArticle({ text: 'Hurricane Velma hit. Velma weakened.' }).entities.find((e) => e.name === 'Hurricane Velma')?.mentions).toHaveLength(2);
  });
});

describe('companies listed on an exchange', () => {
  const types = (text: string) => annotateArticle({ text }).entities.map((e) => [e.name, e.type]);
  it('types a listed company no cue types as an organisation, and leaves a person whose surname is one a person', () => {
    expect(types('Teradyne said on Monday that it would cut jobs. Shares of Zscaler rose. Okta reported a loss, and Ciena said its orders fell.')).toEqual([
      ['Teradyne', 'organization'],
      ['Zscaler', 'organization'],
      ['Okta', 'organization'],
      ['Ciena', 'organization'],
    ]);
    expect(types('Ana Ciena, a pilot, spoke first. Ciena said the harbour was calm.')).toContainEqual(['Ana Ciena', 'person']);
  });
  it('reads a listed company opening a sentence as a name, though no speech verb follows', () => {
    expect(types('Teradyne cut prices on Monday.')).toEqual([['Teradyne', 'organization']]);
  });
});

describe('teams', () => {
  it('types a name after "the" ending in the plural of a word for people or animals as a body, its nickname with it', () => {
    const entities = annotateArticle({ text: 'The Harbor Herons beat the Lowford Pilots 3-1 on Sunday. The Herons have won four straight, said Ana Lin.' }).entities;
    expect(entities.map((e) => [e.name, e.type])).toEqual([
      ['Harbor Herons', 'organization'],
      ['Lowford Pilots', 'organization'],
      ['Ana Lin', 'person'],
    ]);
    expect(entities[0]!.mentions).toHaveLength(2);
  });
  it('reads a town that is a first name too as the home of a team after "the"', () => {
    expect(annotateArticle({ text: 'Ben Ortiz was traded to the Orlando Herons last season.' }).entities.map((e) => [e.name, e.type])).toContainEqual(['Orlando Herons', 'organization']);
  });
  it('leaves a person whose surname is such a plural, and a people, as they were', () => {
    const types = (text: string) => annotateArticle({ text }).entities.map((e) => [e.name, e.type]);
    expect(types('Tom Fields said the harbour was calm.')).toContainEqual(['Tom Fields', 'person']);
    expect(types('Many Young Norvanians voted for the Velmar Party.')).not.toContainEqual(['Young Norvanians', 'organization']);
  });
});

describe('a town’s name after a body named for the town', () => {
  const types = (text: string) => annotateArticle({ text }).entities.map((e) => [e.name, e.type, e.mentions.length]);
  it('is the town, not a short name of the body', () => {
    expect(types('Tartu Transit runs the city buses. Tartu has two river ports and a new tram line.')).toEqual([
      ['Tartu Transit', 'organization', 1],
      // The town inside the body's name is a mention of it too.
      ['Tartu', 'place', 2],
    ]);
  });
  it('is the team after a team named for the town', () => {
    expect(types('The Tartu Tigers beat the Lowford Herons 2-1 on Saturday. Tartu scored twice in the second half.')).toEqual([
      ['Tartu Tigers', 'organization', 2],
      ['Tartu', 'place', 1],
      ['Lowford Herons', 'organization', 1],
    ]);
  });
});

describe('abbreviations that spell a function word', () => {
  it('finds "US" and "WHO" in capitals as names, and leaves a word in capitals for emphasis alone', () => {
    const types = annotateArticle({ text: 'Many US officials spoke on Monday. The WHO agreed. Ana Lin said it was NOT true.' }).entities.map((e) => [e.name, e.type]);
    expect(types).toEqual([
      ['United States', 'place'],
      ['WHO', 'organization'],
      ['Ana Lin', 'person'],
    ]);
  });
});

describe('a place name before a word that is also a first name', () => {
  it('keeps "San Francisco Bulletin" whole and types a newspaper word as an organisation', () => {
    const types = annotateArticle({ text: 'Mayor Ana Lin wrote a letter to the San Francisco Bulletin on Monday.' }).entities.map((e) => [e.name, e.type]);
    expect(types).toContainEqual(['San Francisco Bulletin', 'organization']);
  });
});

describe('names that held other words', () => {
  const names = (text: string) => annotateArticle({ text }).entities.map((e) => e.name);
  it('splits a position in capitals off the player’s name, and a person noun opening the sentence off the name after it', () => {
    expect(names('Later, Harbor DL Edvin Brandt said the fight was wrong.')).toEqual(expect.arrayContaining(['Edvin Brandt']));
    expect(names('Developer Quillsoft called the game a flagship.')).toContain('Quillsoft');
    expect(names('General Motors said sales fell.')).toContain('General Motors');
  });
  it('keeps two first names joined by a hyphen as one first name', () => {
    expect(names('The singer Mary-Kate Holm met Ana Lin. Later, Kate Okafor and Mary-Kate sang.')).toEqual(expect.arrayContaining(['Mary-Kate Holm']));
    expect(names('The singer Mary-Kate Holm met Ana Lin. Later, Kate Okafor and Mary-Kate sang.')).not.toContain('Kate');
  });
});

describe('speakers that are never names', () => {
  it('refuses a "name" with a function word inside it, and "he" for two ordinary words typed a person', () => {
    const speakers = (text: string) => annotateArticle({ text }).quotes.map((q) => q.speaker);
    expect(wellFormedName({ name: 'Will Ever Need', type: 'person' })).toBe(false);
    expect(wellFormedName({ name: 'Ana de la Cruz', type: 'person' })).toBe(true);
    // A show's name after a title word leaves a function word alone.
    expect(wellFormedName({ name: 'Who', type: 'person' })).toBe(false);
    expect(wellFormedName({ name: 'WHO', type: 'organization' })).toBe(true);
    expect(speakers('Readers met what I came to call Tide Passages. When asked, he would respond, “I never explain a chapter.”')).toEqual([null]);
  });
});

describe('a sentence opening with a word that is only a name', () => {
  it('finds the name, and leaves a word that is also an ordinary one alone', () => {
    const names = (text: string) => annotateArticle({ text }).entities.map((e) => e.name);
    expect(names('Tasmania voted on Monday.')).toEqual(['Tasmania']);
    expect(names('South is where the ferry goes.')).toEqual([]);
  });
});

describe('organisation words', () => {
  it('types a name ending in "Organisation" or "Organization" as an organisation', () => {
    const types = annotateArticle({ text: 'The levels broke a rule of the Harbour Health Organisation last year.' }).entities.map((e) => [e.name, e.type]);
    expect(types).toContainEqual(['Harbour Health Organisation', 'organization']);
  });
});

describe('names joined by "&", and a letter joined by a hyphen', () => {
  const names = (text: string) => annotateArticle({ text }).entities.map((e) => [e.name, e.type]);
  it('reads a firm\'s name joined by an ampersand as one organisation, printed with or without spaces', () => {
    expect(names('The pier was leased to Harrow & Quist last spring.')).toContainEqual(['Harrow & Quist', 'organization']);
    expect(names('Ferry tickets went on sale at Tolvar & Sons. Deckhands joined VX&T on Monday.')).toEqual([
      ['Tolvar & Sons', 'organization'],
      ['VX&T', 'organization'],
    ]);
    expect(names('Harrow & Quist said the lease would end.')).toContainEqual(['Harrow & Quist', 'organization']);
    expect(names('She trained deckhands at Lowford A&M University.')).toEqual([['Lowford A&M University', 'organization']]);
  });
  it('keeps apart two people, two cited authors, two places, two abbreviations and common nouns in letters', () => {
    expect(names('The ferry’s captains, Ana Lin & Ben Ortiz, waved.').map((n) => n[0])).toEqual(['Ana Lin', 'Ben Ortiz']);
    expect(names('Tides shape piers (Okafor & Lindqvist 2014; Hale & Quist, 2016 and later work).').map((n) => n[0])).toEqual(['Okafor', 'Lindqvist', 'Hale', 'Quist']);
    expect(names('Buses run from Oslo & Tallinn to the pier.').map((n) => n[0])).toEqual(['Oslo', 'Tallinn']);
    expect(names('Loans came from the NVA & HRB in May.').map((n) => n[0])).toEqual(['NVA', 'HRB']);
    expect(names('The shipyard spent more on R&D in May.')).toEqual([]);
    expect(names('Ana Lin & Quist sang at the pier.').map((n) => n[0])).toEqual(['Ana Lin', 'Quist']);
  });
  it('keeps a letter joined to a word by a hyphen in one name, though the word is a name alone elsewhere', () => {
    expect(names('Ben Ortiz sailed for Q-Lowford. He lives in Lowford.').map((n) => n[0])).toEqual(['Ben Ortiz', 'Q-Lowford', 'Lowford']);
  });
});

describe('a company named before its officer’s title', () => {
  const types = (text: string) => annotateArticle({ text }).entities.map((e) => [e.name, e.type]);
  it('reads one word before a company title as the company, though it is a common word, and types its other mentions so', () => {
    expect(types('Lantern CEO Ana Lin opened the ferry office. Lantern expects more riders.')).toEqual([
      ['Lantern', 'organization'],
      ['Ana Lin', 'person'],
    ]);
    expect(types('Quillsoft Chairman Ben Ortiz spoke at the pier.')).toContainEqual(['Quillsoft', 'organization']);
  });
  it('not a portfolio’s word before a minister’s title', () => {
    expect(types('Finance Minister Ana Lin spoke at the pier.')).toEqual([['Ana Lin', 'person']]);
  });
});

describe('a participle opening a sentence and a name', () => {
  const names = (text: string) => annotateArticle({ text }).entities.map((e) => e.name);
  it('keeps it in a name that ends in an organisation word', () => {
    expect(names('Allied Harbour Board cut the fares on Monday.')).toEqual(['Allied Harbour Board']);
    expect(names('Consolidated Pier Holdings sold two ferries.')).toEqual(['Consolidated Pier Holdings']);
  });
  it('keeps it in a body’s name the lexicon writes with capitals, though filed as a kind, not an instance', () => {
    const types = (text: string) => annotateArticle({ text }).entities.map((e) => [e.name, e.type]);
    expect(types('United Mine Workers struck at the pier on Monday.')).toEqual([['United Mine Workers', 'organization']]);
    expect(types('United Front officials met in Oslo.')).toEqual([['United Front', 'organization'], ['Oslo', 'place']]);
  });
  it('leaves out a participle that opens the clause before a name', () => {
    expect(names('Dubbed Harbor Nights, the ferry show ran for years.')).toEqual(['Harbor Nights']);
  });
});

describe('a programme after its broadcaster', () => {
  const types = (text: string) => annotateArticle({ text }).entities.map((e) => [e.name, e.type]);
  it('keeps the small words of a title after a broadcaster’s abbreviation in the possessive, and reads it as a work', () => {
    expect(types('Deckhands filled an hour of VTV’s Voices of the Quay last week.')).toEqual([
      ['VTV', 'organization'],
      ['Voices of the Quay', 'work'],
    ]);
  });
  it('not a person named after it', () => {
    expect(types('VTV’s Ben Ortiz of the ferry desk spoke.')).toEqual([
      ['VTV', 'organization'],
      ['Ben Ortiz', 'person'],
    ]);
  });
});

describe('places by what the text says of them', () => {
  const types = (text: string) => annotateArticle({ text }).entities.map((e) => [e.name, e.type]);
  it('reads a name a direction is taken from, or described as a place, as a place', () => {
    expect(types('The ferry stops two miles north of Tarrow. Tarrow has one pier.')).toEqual([['Tarrow', 'place']]);
    expect(types('Most deckhands live in the old streets of Quenby, a neighbourhood by the docks.')).toEqual([['Quenby', 'place']]);
    expect(types('Crews say Velloc is a small fishing village with one crane.')).toContainEqual(['Velloc', 'place']);
  });
  it('reads a name of two words or more the lexicon knows as a place as one, whatever its words look like', () => {
    expect(types('The ferry crew flew on to Baton Rouge.')).toEqual([['Baton Rouge', 'place']]);
  });
  it('not a person described by a noun that a place word stands before, nor the subject of the next clause', () => {
    expect(types('The crew thanked Ana Lin, a harbour district councillor, on Monday.')).toEqual([['Ana Lin', 'person']]);
    expect(types('After the Harbor Strike, the town opened new piers.').map((t) => t[1])).not.toContain('place');
    expect(types('Ben Ortiz saw the crew. According to Ortiz, a few left in a van.')).toEqual([['Ben Ortiz', 'person']]);
  });
});

describe('a name taking a plural verb', () => {
  it('is a body or a group, not one person; a list of names, a phrase’s end and a question’s inversion aside', () => {
    const types = (text: string) => annotateArticle({ text }).entities.map((e) => [e.name, e.type]);
    expect(types('Tide Records have denied any part in the delay.')).toEqual([['Tide Records', 'organization']]);
    expect(types('Ana Lin and Ben Ortiz are old friends.')).toEqual([
      ['Ana Lin', 'person'],
      ['Ben Ortiz', 'person'],
    ]);
    expect(types('Would Ana Lin have stayed on?')).toEqual([['Ana Lin', 'person']]);
  });
});

describe('titles of works', () => {
  it('reads a name after "the film", "her memoir", "the 2005 film" as a title, kept apart from the person it names', () => {
    const types = (text: string) => annotateArticle({ text }).entities.map((e) => [e.name, e.type]);
    expect(types('Ida Lark died on Monday. Lark inspired the 2005 film The Notable Ida Lark.')).toEqual([
      ['Ida Lark', 'person'],
      ['Ida Lark', 'work'],
    ]);
    expect(types("Lark's memoir Harbor Nights sold well.")).toContainEqual(['Harbor Nights', 'work']);
    // A role played, not a title: "play" is a verb here.
    expect(types('She agreed to play Tess Hale in the film.')).toEqual([['Tess Hale', 'person']]);
  });
  it('reads a title in apposition to a work noun, or after a capital "The" inside a sentence, apart from the person', () => {
    const types = (text: string) => annotateArticle({ text }).entities.map((e) => [e.name, e.type]);
    const speakers = (text: string) => annotateArticle({ text }).quotes.map((q) => q.speaker);
    const apposition = 'Her favourite documentary, The Brave Ana Lin, follows Ida Hale along the coast. Ana Lin said: "I liked it."';
    expect(types(apposition)).toEqual([
      ['Ana Lin', 'work'],
      ['Ida Hale', 'person'],
      ['Ana Lin', 'person'],
    ]);
    expect(speakers(apposition)).toEqual(['Ana Lin']);
    expect(types('Tickets for The Brave Ana Lin sold out before Ida Hale arrived. Ana Lin said: "I liked it."')).toEqual([
      ['Ana Lin', 'work'],
      ['Ida Hale', 'person'],
      ['Ana Lin', 'person'],
    ]);
    // A paper's reporter, a rank, a clause after the work noun: the person.
    expect(types("According to The Harbor Post's Ana Lin, the pier is safe.")).toContainEqual(['Ana Lin', 'person']);
    expect(types('He met The Rev. Ana Lin at the pier.')).toEqual([['Ana Lin', 'person']]);
    expect(types('In the movie, Ana Lin (Ida Hale) gives Ben Ortiz a note.')).toContainEqual(['Ana Lin', 'person']);
  });
});

describe('organisations the lexicon lists', () => {
  it('types a movement or an armed group WordNet lists as an organisation, though it only speaks in the text', () => {
    const types = annotateArticle({ text: 'The Shining Path said on Monday that it would lay down its arms near Lowford.' }).entities.map((e) => [e.name, e.type]);
    expect(types).toContainEqual(['Shining Path', 'organization']);
  });

  it('types a common word alone that only speaks as an organisation, unless a person named in full has it', () => {
    const company = "The Lowford fair opened on Monday. While Pebble's keynote at the fair was short, the crowd cheered. Pebble reports the battery will last eight hours, and the new watch ships today.";
    expect(find(company, 'Pebble')?.type).toBe('organization');
    const person = 'The Lowford clinic confirmed two cases. According to the clinic, Marble Lin, a doctor, treated the patients. Marble explained that such cases need care.';
    expect(find(person, 'Marble')?.type).toBe('person');
  });

  it('reads a people\'s adjective opening a name as where the named thing is from, not as a person', () => {
    expect(find('Police said Ida Hale led a Canadian Tarrow crew from the docks.', 'Canadian Tarrow')?.type).not.toBe('person');
  });
});

describe('entities: weak place cues, ships and origins', () => {
  it('lets the model decide a name whose one place cue is "in" before it, but keeps an unknown word alone a place', () => {
    expect(find('Ana Lin earned a degree in Marine Biology before she joined the crew.', 'Marine Biology')?.type).toBe('other');
    expect(find('The bug was found in Harbor Explorer last week.', 'Harbor Explorer')?.type).not.toBe('place');
    expect(find('Ben Ortiz grew up in Tarrow and later moved away.', 'Tarrow')?.type).toBe('place');
    // Nor is "outside" a place's cue before a name in the possessive: it governs what the name owns.
    expect(find('Police searched the car outside Vask Delvecchio\'s house.', 'Vask Delvecchio')?.type).not.toBe('place');
    expect(find('The crew waited near Tarrow for days.', 'Tarrow')?.type).toBe('place');
  });

  it('reads past initials opening a person\'s name, and joins the surname alone to it though "in" came before it', () => {
    const found = entities('Ana Lin hoped to take over in W. Tobin Fields\'s office. Fields had run the harbour board for years.');
    expect(found.map((e) => [e.name, e.type])).toEqual([
      ['Ana Lin', 'person'],
      ['W. Tobin Fields', 'person'],
    ]);
  });

  it('joins a surname opening with a particle to the person named in full, though it is also a town', () => {
    expect(entities('Coach Tom La Paz was upset on Monday. La Paz said the team had played badly.').map((e) => [e.name, e.type])).toEqual([['Tom La Paz', 'person']]);
  });

  it('types a ship\'s name as neither a person nor a place, after a noun for a vessel or a ship prefix', () => {
    expect(find('The frigate Ana Lin docked at Lowford on Monday.', 'Ana Lin')?.type).toBe('other');
    expect(find('A tug pulled the tanker Velmar Star off the reef.', 'Velmar Star')?.type).toBe('other');
    expect(find('Crew of HMS Tarrow waved from the deck.', 'HMS Tarrow')?.type).toBe('other');
  });
});

describe('entities: a name that ends a phrase takes no verb of its own', () => {
  it('does not read a name after "against", "about" or "between" as the subject of a plural verb', () => {
    const types = (text: string) => Object.fromEntries(annotateArticle({ text }).entities.map((e) => [e.name, e.type]));
    expect(types('Ana Lindqvist runs the ferry office. "Complaints against Ana Lindqvist have piled up," a clerk said.')['Ana Lindqvist']).toBe('person');
    expect(types('Rumours about Ben Ortiz were everywhere in Lowford last spring.')['Ben Ortiz']).toBe('person');
  });
});

describe('entities: ranks before a name', () => {
  it('keeps hyphenated military ranks and police ranks abbreviated without a period out of the name', () => {
    const names = (text: string) => annotateArticle({ text }).entities.map((e) => [e.name, e.type]);
    expect(names('Brigadier-General Ana Lin inspected the pier.')).toEqual([['Ana Lin', 'person']]);
    expect(names('Det Insp Ben Ortiz and Supt Ida Hale led the search. Insp Ortiz said little.')).toEqual([
      ['Ben Ortiz', 'person'],
      ['Ida Hale', 'person'],
    ]);
  });
});

describe('entities: a person named after the body of an office', () => {
  it('splits "<role> of the <Body> <First> <Last>" at the first name after the body', () => {
    const text = 'The new pier was opened on Monday by Chair of the Harbor Trust Ana Lin and two engineers.';
    const people = annotateArticle({ text }).entities.filter((e) => e.type === 'person');
    expect(people.map((e) => [e.name, e.role])).toEqual([['Ana Lin', 'chair of the harbor trust']]);
  });
});

describe('abbreviations of terms', () => {
  it('types an abbreviation the text spells out in lower-case words as no name, one spelled out as a name as that name', () => {
    const text =
      'Harbor Works said its sea water index (SWI) rose in March. The SWI is read every week by the Velmar Port Authority (VPA). Ana Lin of the VPA said the SWI was the highest on record.';
    expect(find(text, 'SWI')?.type ?? 'other').toBe('other');
    // The abbreviation spelled out as a name is that name's (see "an abbreviation of a longer name of the text").
    expect(find(text, 'Velmar Port Authority')?.type).toBe('organization');
    expect(find(text, 'Velmar Port Authority')?.aliases).toContain('VPA');
  });
});

describe('owners after a preposition of location', () => {
  it('types a possessive name opening with a first name after "in" as a person, and keeps a country so', () => {
    const text = 'Tom Fields won praise for his role as the harbour master in Julian Marsh’s adaptation of the novel. The ferry sails in Norway’s north.';
    expect(find(text, 'Julian Marsh')?.type).toBe('person');
    expect(find(text, 'Norway')?.type).toBe('place');
  });
});

describe('places inside the names of organisations', () => {
  const places = (text: string) => annotateArticle({ text }).entities.filter((e) => e.type === 'place').map((e) => [e.name, e.mentions.map((m) => m.text)]);
  it('reads a country or a state named inside an organisation\'s name as a mention of that place', () => {
    const text = 'Ida Hale studied at the University of Nevada before she joined Portugal Ferry Lines. She moved to Nevada in 2031.';
    expect(places(text)).toEqual([
      ['Nevada', ['Nevada', 'Nevada']],
      ['Portugal', ['Portugal']],
    ]);
  });
  it('reads a country named inside the name of an event as a mention of that country', () => {
    expect(places('Ben Ortiz won gold at the 2031 Portugal Harbour Games.')).toEqual([['Portugal', ['Portugal']]]);
  });
  it('reads a city the lexicon has only as a place inside a body\'s name, not a word that is also a common noun', () => {
    expect(places('Ida Hale taught at Nagoya University for a decade before she joined the Rotterdam Rovers as their coach.')).toEqual([
      ['Nagoya', ['Nagoya']],
      ['Rotterdam', ['Rotterdam']],
    ]);
    expect(places('Tom Fields joined the Reading Harbour Society and the Union Ferry Company.')).toEqual([]);
  });
  it('reads no place inside a person\'s name, nor a point of the compass inside a division\'s', () => {
    expect(places('Tom Fields reviewed a novel by Ben Georgia for the Velmar Review.')).toEqual([]);
    expect(places('The Tarrow Rovers lead the Harbor League West by two games.')).toEqual([]);
  });
});

describe('labels of figures and tables', () => {
  it('reads no name in "Figure 2", "Table 3" or "Fig. 4"', () => {
    const text = 'Figure 1 shows the Velmar coast. Table 3 lists the ferries, and Fig. 4 the crossings.\n\nFigure 2. The harbour of Tarrow.';
    expect(annotateArticle({ text }).entities.map((e) => e.name)).toEqual(['Velmar', 'Tarrow']);
  });
});

describe('an abbreviation run into a surname', () => {
  const found = (text: string) => annotateArticle({ text });
  it('is not part of the name of a person the text names in full, and is a name of its own where printed alone', () => {
    const a = found('Tom Fields will run the Harbor Nights show from May. On the air with the VBC Fields said he had always wanted the job. "It is a dream," he said. The VBC confirmed the news on Monday.');
    expect(a.entities.map((e) => [e.name, e.mentions.length]).filter(([n]) => /Fields|VBC/.test(n as string))).toEqual([['Tom Fields', 2], ['VBC', 2]]);
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Tom Fields']);
  });
  it('is a title that names no one when the text never prints it alone', () => {
    const a = found('Tom Fields will run the Harbor Nights show from May. He always wanted the job, says QRT Fields.');
    expect(a.entities.map((e) => e.name)).not.toContain('QRT Fields');
    expect(a.entities.map((e) => e.name)).not.toContain('QRT');
  });
});

describe('bodies named with "and"', () => {
  const names = (text: string) => annotateArticle({ text }).entities.map((e) => e.name);
  it('reads ordinary capitalised words joined by "and" and ending in an organisation\'s word as one body', () => {
    expect(names('The Harbour Safety and Ferry Licensing Agency fined the operator on Monday.')).toEqual(['Harbour Safety and Ferry Licensing Agency']);
  });
  it('keeps two bodies apart when the second has its own "of", or the first is named with "of"', () => {
    expect(names('Harbor Telecom and Federal Office of Ferries staff met on Monday.')).not.toContain('Harbor Telecom and Federal Office of Ferries');
    expect(names('The House of Delegates and Senate met on Monday.')).not.toContain('House of Delegates and Senate');
  });
});

describe('an abbreviation of a longer name of the text', () => {
  it('is that name, of its type, when its capitals spell the name’s initials', () => {
    const text = 'The Velmar Port Authority closed the old pier on Monday. A VPA spokesman said no ferry would sail, and the VPA reopened it on Friday.';
    const authority = find(text, 'Velmar Port Authority');
    expect(authority?.type).toBe('organization');
    expect(authority?.aliases).toEqual(['VPA']);
    expect(authority?.mentions).toHaveLength(3);
    expect(entities(text).some((e) => e.name === 'VPA')).toBe(false);
    // Two letters the lexicon has only as an element's symbol are still an abbreviation.
    expect(find('The Norvan Assembly met in Lowford on Monday. The NA said the pier would reopen.', 'Norvan Assembly')?.aliases).toEqual(['NA']);
  });

  it('takes the type of what it abbreviates, not a body’s, which capitals alone suggest', () => {
    const text = 'Ana Lin teaches Coastal Wave Physics at the Lowford college. Her course on CWP fills every autumn.';
    const field = find(text, 'Coastal Wave Physics');
    expect(field?.aliases).toEqual(['CWP']);
    expect(field?.type).not.toBe('organization');
  });

  it('is left apart when two names of the text have its initials, or when the name holds a word in capitals', () => {
    const two = 'The Lowford Rowing Club and the Lowford Racing Club met on Sunday. The LRC said the regatta would go ahead.';
    expect(find(two, 'LRC')).toBeDefined();
    const word = 'Quillsoft released QS Sails on Monday. Users of QS Sails said QS ran well.';
    expect(find(word, 'QS Sails')?.aliases ?? []).not.toContain('QS');
  });

  it('is left apart when the lexicon has it as a common noun, or as a body of its own that the longer name is not', () => {
    const noun = 'Tom Fields of Tarrow Vessels said on Monday that the new TVs would ship in May.';
    expect(find(noun, 'Tarrow Vessels')?.aliases ?? []).not.toContain('TVs');
    const body = 'Aid trucks reached the Upper Norvan valley on Monday. The UN said more would come by Friday.';
    expect(entities(body).find((e) => e.aliases.includes('UN'))).toBeUndefined();
  });
});

describe('surnames joined to a lower-case particle', () => {
  it('keeps "al-" and "d\'" surnames whole in a person\'s name, and finds one printed alone', () => {
    const text = 'The port director Karim al-Nasri, in remarks to a Velmar radio station, said the crews were safe. Later al-Nasri met Lena d’Orsay, the harbour engineer.';
    const a = annotateArticle({ text });
    const people = a.entities.filter((e) => e.type === 'person').map((e) => [e.name, e.mentions.length]);
    expect(people).toEqual([
      ['Karim al-Nasri', 2],
      ['Lena d’Orsay', 1],
    ]);
  });
});

describe('credit labels in caption lines', () => {
  it('are no name, nor part of the name before them', () => {
    const a = annotateArticle({ text: 'Ida Hale opened the new pier on Monday.\n\nThe Velmar ferry at dawn Image: Tom Fields.\n\nHarbor Works Photo: Ben Ortiz.' });
    expect(a.entities.map((e) => e.name)).toEqual(['Ida Hale', 'Velmar', 'Tom Fields', 'Harbor Works', 'Ben Ortiz']);
    expect(annotateArticle({ text: 'The Lowford pier. Picture Credit: Ana Lin.' }).entities.map((e) => e.name)).toEqual(['Lowford', 'Ana Lin']);
  });
});

describe('names of events and marks of an era', () => {
  it('types a name headed by an event noun as neither a body, a place nor a person', () => {
    const text = 'Ida Hale wrote a history of the Velmar Revolution and the Great Harbour War. She also covered the Tarrow War II. The Lowford Games Authority paid her.';
    expect(annotateArticle({ text }).entities.map((e) => [e.name, e.type])).toEqual([
      ['Ida Hale', 'person'],
      ['Velmar Revolution', 'other'],
      ['Great Harbour War', 'other'],
      ['Tarrow War II', 'other'],
      ['Lowford Games Authority', 'organization'],
    ]);
  });
  it('reads no name in "BC" or "AD" beside a year', () => {
    expect(annotateArticle({ text: 'The town of Lowford was founded in 312 BC and its harbour was rebuilt after AD 95.' }).entities.map((e) => e.name)).toEqual(['Lowford']);
  });
});
