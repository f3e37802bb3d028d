import { describe, expect, it } from 'vitest';
import { annotateArticle } from './index.js';

const quotes = (text: string) => annotateArticle({ text }).quotes.map((q) => [q.text, q.kind, q.speaker, q.verb ?? null]);

describe('quotes: speakers, kinds and verbs', () => {
  const cases: [string, string, (string | null)[][]][] = [
    ['name then verb after the quote', '“The docks stay shut,” Ana Lin said.', [['The docks stay shut', 'statement', 'Ana Lin', 'said']]],
    ['inverted verb after the quote', '"We will not sign," said Governor Paul Brenner.', [['We will not sign', 'statement', 'Paul Brenner', 'said']]],
    ['colon before the quote', 'Union leader Ana Lin said: "We are ready to talk."', [['We are ready to talk.', 'statement', 'Ana Lin', 'said']]],
    ['told someone', '“No deal is close,” Ana Lin told the Coastline Daily.', [['No deal is close', 'statement', 'Ana Lin', 'told']]],
    ['according to', 'According to Mayor Ruth Okafor, the fire was “fully contained by dawn.”', [['fully contained by dawn.', 'statement', 'Ruth Okafor', 'according to']]],
    ['participle after a clause', 'Ana Lin rejected the offer, saying: “It changes nothing.”', [['It changes nothing.', 'statement', 'Ana Lin', 'saying']]],
    ['pronoun resolved to the latest speaker', 'Ana Lin spoke first. “We wait,” she added.', [['We wait', 'statement', 'Ana Lin', 'added']]],
    [
      'quote split by the attribution',
      '“We are ready,” Ana Lin said. “The port is not.”',
      [['We are ready', 'statement', 'Ana Lin', 'said'], ['The port is not.', 'statement', 'Ana Lin', null]],
    ],
    [
      'question ending inside the marks continues the sentence',
      '“How can we trust them?” Ana Lin asked reporters.',
      [['How can we trust them?', 'statement', 'Ana Lin', 'asked']],
    ],
    [
      'interviewer question then answer',
      '“Will you strike again?” moderator Tom Reyes asked. “If we must,” Ana Lin responded.',
      [['Will you strike again?', 'statement', 'Tom Reyes', 'asked'], ['If we must', 'statement', 'Ana Lin', 'responded']],
    ],
    [
      'description resolved to the role holder',
      'Valmoran Labour Minister Ivo Dragan met the union. The Valmoran minister added, “Talks resume Monday.”',
      [['Talks resume Monday.', 'statement', 'Ivo Dragan', 'added']],
    ],
    [
      'straight closers printed like openers, in detokenised text',
      'Tom Reyes spoke first. "The ferry is late, "Ana Lin said. "We wait for the tide. " "It turns at noon, "she added.',
      [['The ferry is late', 'statement', 'Ana Lin', 'said'], ['We wait for the tide.', 'statement', 'Ana Lin', null], ['It turns at noon', 'statement', 'Ana Lin', 'added']],
    ],
    [
      '"according to" a source after the quote, and not a capital "According" opening the next sentence',
      'The fares "went up twice this year," according to Tom Reyes of the Lowford Post. The board shipped new fares "in eight days." According to Harbor News, fares fall in May.',
      [['went up twice this year', 'statement', 'Tom Reyes', 'according to'], ['in eight days.', 'term', null, null]],
    ],
    [
      'a person of a body in a place',
      'The firm shipped it in four languages. Analyst Ben Ortiz of Ortiz Group in Lowford Valley said it was "amazing" that it did.',
      [['amazing', 'statement', 'Ben Ortiz', 'said']],
    ],
    ['quoted as saying', '"Two people were hurt," Lowford governor Ida Hale was quoted as saying.', [['Two people were hurt', 'statement', 'Ida Hale', 'saying']]],
    ['partial quote inside a sentence', 'Ana Lin said the offer was “an insult to every worker” and left.', [['an insult to every worker', 'statement', 'Ana Lin', 'said']]],
    ['scare quotes after a term cue', 'Officials used the term “controlled burn” for the blaze.', [['controlled burn', 'term', null, null]]],
    ['what X calls', 'The company ended what the union calls a “lockout.”', [['lockout.', 'term', null, null]]],
    [
      'a short sentence its speech verb introduces, the subject of its participle speaking',
      'Marchers filled the square on Monday, chanting: “The harbour is ours.”',
      [['The harbour is ours.', 'statement', null, 'chanting']],
    ],
    ['described as a term, its period American style', 'The council describes the closure as a “temporary pause.”', [['temporary pause.', 'term', null, null]]],
    [
      'a sentence closed by a comma in its marks is speech, the words of who posted the message',
      'Governor Okafor posted a message on Telegram. “The talks are over,” it read.',
      [['The talks are over', 'statement', 'Okafor', 'posted']],
    ],
    ['a sentence closed by a comma in its marks is speech, its speaker unknown', 'A message appeared on Telegram. “The talks are over,” it read.', [['The talks are over', 'statement', null, null]]],
    ['title of a programme', 'Ana Lin appeared on “Morning at the Harbour” on Sunday.', [['Morning at the Harbour', 'title', null, null]]],
    [
      'pronoun in the same sentence as its antecedent',
      'Ana Lin spoke first. Port director Ida Sorel said the offer, which she called “fair and affordable”, stands.',
      [['fair and affordable', 'statement', 'Ida Sorel', 'called']],
    ],
    [
      'a name inside the quote is not the pronoun antecedent',
      '“The docks stay shut,” Ana Lin said. “Ivo Dragan will sign once the figures add up,” she added.',
      [['The docks stay shut', 'statement', 'Ana Lin', 'said'], ['Ivo Dragan will sign once the figures add up', 'statement', 'Ana Lin', 'added']],
    ],
    ['loaded verb kept', '“The figures are wrong,” Ana Lin insisted.', [['The figures are wrong', 'statement', 'Ana Lin', 'insisted']]],
    ['nested quote stays inside', '“They keep saying ‘wait,’ and we waited,” Ana Lin said.', [['They keep saying ‘wait,’ and we waited', 'statement', 'Ana Lin', 'said']]],
    ['curly single quotes as main marks', '‘We will be back,’ Ana Lin said.', [['We will be back', 'statement', 'Ana Lin', 'said']]],
  ];
  for (const [name, text, expected] of cases) it(name, () => expect(quotes(text)).toEqual(expected));

  it('gives a role or group as the speaker when the text names no one, and keeps a pronoun it cannot resolve unknown', () => {
    const roles = (text: string) => annotateArticle({ text }).quotes.map((q) => [q.speaker, q.speakerRole ?? null, q.verb ?? null]);
    expect(roles('“We will not give up,” a union spokesperson said.')).toEqual([[null, 'a union spokesperson', 'said']]);
    expect(roles('“The fire is contained,” said police.')).toEqual([[null, 'police', 'said']]);
    expect(roles('“The fire is contained,” officials told reporters.')).toEqual([[null, 'officials', 'told']]);
    expect(roles('“The offer stands,” he said.')).toEqual([[null, null, null]]);
    expect(roles('“The offer stands,” Edda Morn said.')).toEqual([['Edda Morn', null, 'said']]);
    expect(roles('A union spokesperson said: “We will not give up.”')).toEqual([[null, 'A union spokesperson', 'said']]);
    expect(roles('Mayor Ana Lin said: “We will rebuild.”')).toEqual([['Ana Lin', null, 'said']]);
  });

  it('reads a role joined to the lower-case unit it serves, and no role whose verb reports words of its own', () => {
    const roles = (text: string) => annotateArticle({ text }).quotes.map((q) => [q.speaker, q.speakerRole ?? null]);
    expect(roles('Crews searched the pier. “The ramp is safe,” a spokesman for the harbour unit said.')).toEqual([[null, 'a spokesman for the harbour unit']]);
    expect(roles('Crews searched the pier. “The ramp is safe,” said an official at the port authority.')).toEqual([[null, 'an official at the port authority']]);
    // Not a phrase that runs on through another preposition.
    expect(roles('Crews searched the pier. “The ramp is safe,” petitions to officials in the harbour board said.')).toEqual([[null, null]]);
    // "explained that …" reports its own words: the quotation before it is still the harbour master's.
    expect(
      roles('“The ramp is cracked,” harbour master Tom Reyes said. “We closed it to lorries.” A spokeswoman for the ferry line explained that the crossings would run on time.'),
    ).toEqual([
      ['Tom Reyes', null],
      ['Tom Reyes', null],
    ]);
  });

  it('reads attribution forms of real news: a long appositive with commas, an adverb before the verb, the subject of a reported claim', () => {
    const roles = (text: string) => annotateArticle({ text }).quotes.map((q) => [q.speaker, q.speakerRole ?? null]);
    // The appositive's own commas ("Power, Grid, and Storage") do not end it: the person before it speaks, not "Grid".
    expect(roles('“Prices will rise next year,” Ana Velmer, senior vice president for sales at Norvik Power, Grid, and Storage, said in a statement.')).toEqual([['Ana Velmer', null]]);
    expect(roles('Tor Aasen, Senior Vice President of Sales for Halvik, Inc., says: “Demand is strong.”')).toEqual([['Tor Aasen', null]]);
    expect(roles('“We lost the keys,” Tomas Brill allegedly told a guard.')).toEqual([['Tomas Brill', null]]);
    // An appositive whose closing comma the writer left out, before the verb: the person named before it opens the
    // clause; not a name ending a clause of its own.
    expect(roles('The show named its new lead on Sunday. Tom Fields, chief engineer and site manager says: “It is a fine choice.”')).toEqual([['Tom Fields', null]]);
    expect(roles('After meeting Ana Lin, union leaders said: “We will strike on Monday.”').map(([speaker]) => speaker)).toEqual([null]);
    expect(roles('“He is angry about it,” an insider told the magazine on Monday.')).toEqual([[null, 'an insider']]);
    expect(roles('The 41-year-old said after the match: “I am happy to be here.”')).toEqual([[null, 'The 41-year-old']]);
    // Any noun whose most frequent sense is a kind of person (WordNet) heads a role speaker, not only listed roles.
    expect(roles('“I could barely hold the rope,” the deckhand described in the harbour log.')).toEqual([[null, 'the deckhand']]);
    expect(roles('“Step away from the boat!” an officer ordered.')).toEqual([[null, 'an officer']]);
    expect(roles('“It is over,” the report said.')).toEqual([[null, null]]);
    // Who comes after "told" hears the words; the person before a long appositive speaks.
    expect(
      roles('Ana Velmer, an expert in harbour safety and tidal flows at the Department of Marine Sciences at the University of Norvik who had no part in the survey, told Harbor News: “The rise is small.”'),
    ).toEqual([['Ana Velmer', null]]);
    expect(roles('The study was clear, told Harbor News: “The rise is small.”')).toEqual([[null, null]]);
    // A short quote between a determiner and the noun it modifies is a term, not anyone's statement.
    expect(annotateArticle({ text: 'Ben Ortiz is campaigning on maintaining his “tough on Norvania” stance.' }).quotes.map((q) => q.kind)).toEqual(['term']);
    // More reporting verbs, a pronoun with a contracted auxiliary, and "it" for an organisation that spoke just before.
    expect(roles('“We had twenty boats,” Ana Lin recounted at the meeting.')).toEqual([['Ana Lin', null]]);
    expect(roles('Ana Lin ran the port for years. When asked to explain, she’d respond, “I hate to repeat myself.”')).toEqual([['Ana Lin', null]]);
    expect(roles('Harbor Holdings denied the report on Monday. “We have agreed to nothing,” it says.')).toEqual([['Harbor Holdings', null]]);
    expect(roles('The ferry left early. “We have agreed to nothing,” it says.')).toEqual([[null, null]]);
    expect(roles('“We have agreed to nothing,” Harbor Holdings Inc. said on Monday.')).toEqual([['Harbor Holdings Inc', null]]);
    expect(roles('While some protesters chanted, “Pay us now,” the crowd left.')).toEqual([[null, 'some protesters']]);
    // A document's words are its issuer's; "as X put it" reports X's words.
    expect(roles('The Velmar Port Authority denied the claim in a statement. “We never closed the gates,” the statement said.')).toEqual([['Velmar Port Authority', null]]);
    expect(roles('Ana Lin answered in a letter. “We are ready,” she wrote. “The port is not,” the letter continued.')).toEqual([['Ana Lin', null], ['Ana Lin', null]]);
    expect(roles('As Ana Lin put it, “the port is a promise.”')).toEqual([['Ana Lin', null]]);
    // After "alleged that" comes what was said, not who said it.
    expect(roles('Federal prosecutors alleged that Tova Lind and Ben Ortiz “slept on duty” for hours.')).toEqual([[null, 'Federal prosecutors']]);
    // A "name" with a pronoun inside is a title or a slogan, never a speaker.
    expect(roles('“It works,” said Every Harbour You Will Ever Need.')).toEqual([[null, null]]);
    // A place closing the clause before ", said" is not the speaker named after the verb.
    expect(roles('“He was in charge,” despite being the envoy in Velmar, said another witness, former port adviser Ida Hale.')).toEqual([['Ida Hale', null]]);
    // "he" is not a name made only of ordinary words, whatever its type.
    expect(roles('The Harbor Launch Crane Block 2 is late. “It is late,” he said.')).toEqual([[null, null]]);
    // A noun after its determiner is not a speech verb ("his first Instagram post"), and the subject follows an opening phrase.
    expect(roles('In his first online post about it, Ben Ortiz touched on the loss and noted there should be “no blame” in it.')).toEqual([['Ben Ortiz', null]]);
    expect(roles('“I could not stand,” wrote 43-year-old Tor Brill of Velmar, in a case study.')).toEqual([['Tor Brill', null]]);
    expect(roles('“We found water,” lead researcher and NVA tide scientist Ida Marsh said in a statement.')).toEqual([['Ida Marsh', null]]);
    // A quotation running on into the next paragraph goes on in its role speaker's words.
    expect(roles('The 41-year-old said: “I am glad to be back.\n\n“The crew pleases me.”')).toEqual([
      [null, 'The 41-year-old'],
      [null, 'The 41-year-old'],
    ]);
    // A quote standing alone after a sentence in which someone named said something continues that speaker's words.
    expect(roles('Ana Lin said the offer was the latest attempt to divide the union. “They want us to give up. We will not.”')).toEqual([['Ana Lin', null]]);
    // A quote standing alone after a sentence that opens with a person's name is that person's; not after a name alone
    // on a line (a heading), a possessive, nor two sentences later.
    expect(roles('Ana Lin left the hall early. “They want us to give up.”')).toEqual([['Ana Lin', null]]);
    expect(roles('Ana Lin\n\n“They want us to give up.”')).toEqual([[null, null]]);
    expect(roles('Ana Lin’s union left the hall early. “They want us to give up.”')).toEqual([[null, null]]);
    expect(roles('Ana Lin said the offer was unfair. The hall emptied fast. “They want us to give up.”')).toEqual([[null, null]]);
    // A passive's subject is told, not telling: "Lin was told" does not make Lin the speaker of what follows.
    expect(roles('Ana Lin was told by the board: “Leave the hall now.”')).toEqual([[null, null]]);
    expect(roles('The Quiet Harbour, a novel of the strike, is told by its children. “We were hungry all winter.”')).toEqual([[null, null]]);
  });

  it('finds a role speaker past an appositive between it and its verb', () => {
    const roles = (text: string) => annotateArticle({ text }).quotes.map((q) => [q.speaker, q.speakerRole ?? null]);
    expect(roles('A senior port official, speaking on condition of anonymity, said: “We expect progress.”')).toEqual([[null, 'A senior port official']]);
    expect(roles('“It is over,” a ministry spokesman, who asked not to be named, said.')).toEqual([[null, 'a ministry spokesman']]);
    expect(roles('The ministry said in a statement: “Troops held the bridge.”')).toEqual([[null, 'The ministry']]);
    expect(roles('The talks were “going nowhere,” according to a senior port official.')).toEqual([[null, 'a senior port official']]);
    expect(roles('The Lin administration said: “We will act.” “No comment on this,” the Labour party said.')).toEqual([
      [null, 'The Lin administration'],
      [null, 'the Labour party'],
    ]);
    expect(roles('“Talks will resume,” Ana Lin said. “It is over,” a ministry spokesman, who asked not to be named, said.')).toEqual([
      ['Ana Lin', null],
      [null, 'a ministry spokesman'],
    ]);
  });

  it('keeps a role phrase to its own clause: past a comma, without a joining word, and not for a quotation another clause spoke', () => {
    const roles = (text: string) => annotateArticle({ text }).quotes.map((q) => [q.speaker, q.speakerRole ?? null]);
    expect(roles('The hull “had a long crack along the keel, which let the water in” until the storm passed, harbour sources said.')).toEqual([[null, 'harbour sources']]);
    expect(roles('The skipper never shouted “Who left the gate open?” but a deckhand said otherwise.')).toEqual([[null, 'a deckhand']]);
    expect(roles('“The cause of the outage remains unclear,” the report said, while a spokesman said repairs would take a week.')).toEqual([[null, null]]);
    // A quotation that ends its sentence: a role in the next clause after a comma is that clause's.
    expect(roles('Lin said the harbour was closed. “We have no word on the cause.” Repairs will cost $2 million, officials said.')).toEqual([['Lin', null]]);
    // A term of a few words in quotation marks gets no speaker from a role further on, and stays a term.
    expect(annotateArticle({ text: 'Her “harbour dramas” ran for years, and she died on Monday at 91, her spokesman said.' }).quotes.map((q) => q.kind)).not.toContain('statement');
  });

  it('reads a capitalised role word right after a quotation as a surname, not a role', () => {
    const roles = (text: string) => annotateArticle({ text }).quotes.map((q) => q.speakerRole ?? null);
    expect(roles('Witnesses gathered on the pier. “The boat turned back,” Bishop told the Harbor Daily.')).toEqual([null]);
  });

  it('takes the role, not the name it serves or the place of its office, as the speaker', () => {
    const who = (text: string) => annotateArticle({ text }).quotes.map((q) => q.speaker ?? q.speakerRole ?? null);
    expect(who('Ana Lin runs the port. “No comment,” a spokeswoman for Lin said.')).toEqual(['a spokeswoman for Lin']);
    expect(who('“We will rebuild,” the mayor of Ohio said.')).toEqual(['the mayor of Ohio']);
    expect(who('A spokesman for the Valmora Port Authority said: “Closed.”')).toEqual(['A spokesman for the Valmora Port Authority']);
    expect(who('“We will fight this,” said Texas Attorney General Ben Ortiz.')).toEqual(['Ben Ortiz']);
    // A kin word is a kind of person: the description is the speaker, never the name it serves.
    expect(who('“It is done,” the brother of Ben Ortiz said in an interview.')).toEqual(['the brother of Ben Ortiz']);
  });

  it('reads the speaker past an appositive after the name (party and state, a description)', () => {
    const who = (text: string) => annotateArticle({ text }).quotes.map((q) => q.speaker);
    expect(who('“This is a historic day,” Senate Leader Ana Lin, D-Ohio, said on the floor.')).toEqual(['Ana Lin']);
    expect(who('“We agree,” Rep. Ben Ortiz, a Democrat from the port city of Quillon, said.')).toEqual(['Ben Ortiz']);
    expect(who('“Yes,” Ana Lin of Texas said.')).toEqual(['Ana Lin']);
  });

  it('attributes a post embedded from social media to the name its signature line prints, and reads a handle after a name', () => {
    const text = 'The mayor answered online.\n\nWe are ready for any talks. The port must reopen.\n\n— Ana Lin (@AnaLinPort) August 20, 2025\n\nOfficials did not comment.';
    expect(annotateArticle({ text }).quotes.map((q) => [q.text, q.speaker, q.verb])).toEqual([['We are ready for any talks. The port must reopen.', 'Ana Lin', 'posted']]);
    expect(annotateArticle({ text: '“We are ready,” Ana Lin (@AnaLinPort) posted on X. “No,” Rep. Ben Ortiz (D-Ohio) said.' }).quotes.map((q) => q.speaker)).toEqual(['Ana Lin', 'Ben Ortiz']);
  });

  it('gives a pronoun to whoever spoke in the sentence before, not to the first name of that sentence', () => {
    const text = 'After meeting Robin Vale, the harbour master, Ida Hale said the port would stay open. "We will not close," she said.';
    expect(annotateArticle({ text }).quotes.map((q) => q.speaker)).toEqual(['Ida Hale']);
  });

  it('reads a quotation left open over paragraphs to the paragraph that closes it, and its speaker there', () => {
    const text = 'The crew waited at the pier all night.\n\n“We saw the lights first.\n\nThen the boat turned back,” said a deckhand.';
    expect(annotateArticle({ text }).quotes.map((q) => [q.text, q.speakerRole ?? q.speaker])).toEqual([['We saw the lights first.\n\nThen the boat turned back', 'a deckhand']]);
  });

  it('gives each paragraph of a statement opened again the speaker its last paragraph names, not the one named before', () => {
    const text = 'The board says Ben Ortiz sold the dredger.\n\n“Nobody asked the pilots before the sale went through.\n\n“Now the channel silts up every winter,” said Ida Hale, who chairs the pilots’ guild.';
    expect(annotateArticle({ text }).quotes.map((q) => [q.speaker, q.speakerRole ?? null])).toEqual([['Ida Hale', null], ['Ida Hale', null]]);
  });

  it('reads past an aside between dashes, a long name before the verb, and a role that spoke in the sentence before', () => {
    const speakers = (text: string) => annotateArticle({ text }).quotes.map((q) => q.speaker ?? q.speakerRole ?? null);
    expect(speakers('Harbour master Tom Fields told the board on Friday — a day after the yard’s owner Ben Ortiz said the hull was “sound as a bell” — “The hull has two cracks below the waterline.”')).toEqual([
      'Ben Ortiz',
      'Tom Fields',
    ]);
    expect(speakers('“No ferry of that size may dock at the old pier after dark,” Velmar Office of Ports and Coastal Lights chief inspector Ida Hale wrote to the Ledger.')).toEqual(['Ida Hale']);
    // Not past an appositive's comma: the person before it speaks, not the one the appositive names.
    expect(speakers('“The talks have begun,” Ida Hale, a spokesperson for Velmar Harbor Commissioner Tom Fields told the Ledger.')).toEqual(['Ida Hale']);
    expect(speakers('Ana Lin will skip the Tarrow regatta this year, her coach tells the Velmar Courier.\n\n“Her shoulder needs the summer off, and she knows it.”')).toEqual(['her coach']);
  });

  it('gives a statement after two joined verbs to the role that is the first verb’s subject', () => {
    const roles = (text: string) => annotateArticle({ text }).quotes.map((q) => q.speaker ?? q.speakerRole ?? null);
    expect(roles('A ticket clerk shook his head and added: "The last ferry left at six. Try the bus."')).toEqual(['A ticket clerk']);
    expect(roles('A senior welder at the yard put down her torch and said: "We finish on Friday."')).toEqual(['A senior welder']);
    expect(roles('Ida Hale was a proponent of the plan and wrote: "It is time."')).toEqual(['Ida Hale']);
    expect(roles('By noon, three boats had been towed where the fishermen were waiting and said: "It is time."')).toEqual([null]);
  });

  it('gives words an outlet passes on to whoever said them, not to the outlet', () => {
    const speakers = (text: string) => annotateArticle({ text }).quotes.map((q) => q.speaker);
    expect(speakers('Port director Ida Hale wrote: “The dredger returns to Tarrow in May,” the Lowford Ledger reported.')).toEqual(['Ida Hale']);
    expect(speakers('Director Ida Hale told the board that “the dredger returns in May,” according to the Lowford Ledger.')).toEqual(['Ida Hale']);
    expect(speakers('Ida Hale was in Tarrow on Monday. “The dredger returns to Tarrow in May,” the Lowford Ledger reported.')).toEqual(['Lowford Ledger']);
  });

  it('learns a person’s gender from the pronoun that named them, so a later “he” is someone else', () => {
    const q = annotateArticle({ text: 'Edda Morvik met Tomas Brill on Monday. “This is unacceptable,” she said. “We disagree,” he replied.' }).quotes;
    expect(q.map((x) => x.speaker)).toEqual(['Edda Morvik', 'Tomas Brill']);
    // A name made only of ordinary words ("Edda Morn") takes "she" only with a sign of who it is: a role, a gender.
    const r = annotateArticle({ text: 'Mayor Edda Morn met Tomas Brill on Monday. “This is unacceptable,” she said.' }).quotes;
    expect(r.map((x) => x.speaker)).toEqual(['Edda Morn']);
  });

  it('a surname after the full name gives the canonical speaker', () => {
    const q = annotateArticle({ text: 'Ana Lin leads the union. “Enough,” Lin said. “We are done.”' }).quotes;
    expect(q.map((x) => x.speaker)).toEqual(['Ana Lin', 'Ana Lin']);
  });
});

describe('speakers that hold on real news', () => {
  const speakers = (text: string) => annotateArticle({ text }).quotes.filter((q) => q.kind === 'statement').map((q) => q.speaker);
  it('resolves "Mr." and a bare surname to the man of that surname, not a woman who shares it', () => {
    const text =
      'President Marco Velan arrived in Quillon on Monday. "We are honoured," Velan said. Elena Velan visited a school nearby. ' +
      '"The children were wonderful," she said. Mr. Velan later met the mayor. "It was a great day," Mr. Velan said.';
    expect(speakers(text)).toEqual(['Marco Velan', 'Elena Velan', 'Marco Velan']);
  });
  it('reads the gender an honorific marks ("Mrs. Velan"), and a bare surname after it is not her by that alone', () => {
    const text =
      'First lady Edda Velan visited a school. "Children are our future," Mrs. Velan said. Her husband, President Tarek Velan, stayed home. ' +
      '"I miss her," Velan said. "We are proud," Mr. Velan added.';
    expect(speakers(text)).toEqual(['Edda Velan', 'Tarek Velan', 'Tarek Velan']);
  });
  it('resolves "she" to the woman named before, not the man named last', () => {
    expect(speakers('Elena Velan visited a school in Quillon on Monday. President Velan met the mayor at the town hall. "The children were wonderful," she said.')).toEqual(['Elena Velan']);
  });
  it('keeps initials inside a name and never cuts one short', () => {
    expect(speakers('"The plan works," said Steven M. Okafor, a professor at the university. "It was a great day," Donald J. Velan said.')).toEqual(['Steven M. Okafor', 'Donald J. Velan']);
  });
  it('reads an abbreviated title before a name as part of the title, never as the speaker', () => {
    expect(speakers('"The ferry fines stand," said Dist. Atty. Ida Hale. "We will appeal," said Asst. Dist. Atty. Ben Ortiz.')).toEqual(['Ida Hale', 'Ben Ortiz']);
  });
  it('reads the speaker past a title with its period and past "of" a unit of lower-case words', () => {
    expect(speakers('Crews searched the pier. "The bells will ring at noon," the Rev. Tom Reyes of the Lowford Harbor Church said on Saturday.')).toEqual(['Tom Reyes']);
    expect(speakers('Crews searched the pier. "Two sailors need stitches," Doctor Ida Hale of the harbour unit told Harbor Radio.')).toEqual(['Ida Hale']);
    // Past a sentence's end a verb further on is another sentence's: the quote before it stays unattributed.
    expect(speakers('"The ferry runs late every winter." Writing in the harbour newsletter a week later about the timetable, Mr Ortiz denied it.')).toEqual([null]);
  });
  it('leaves a designation ("Donor A") or an ordinary word unattributed rather than call it a name', () => {
    expect(speakers('"I gave because I care," Donor A said in the filing.')).toEqual([null]);
  });
});

describe('speakers without a speech verb next to the quote', () => {
  const attributed = (text: string) => annotateArticle({ text }).quotes.filter((q) => q.kind === 'statement').map((q) => [q.speaker, q.speakerRole ?? null, q.verb ?? null]);
  it('gives a statement the body that issued it when a description named the body ("the Velmar navy said in a statement")', () => {
    expect(attributed('A patrol boat ran aground near Brenmoor, the Velmar navy said in a statement on Wednesday. "No one was hurt and the boat will be towed," the statement said.')).toEqual([[null, 'the Velmar navy', 'said']]);
  });
  it('reads a quote signed with a dash and a name, with no verb', () => {
    expect(attributed('“She sailed that harbour better than any of us ever will.” — Ben Ortiz\n\nThe council met on Monday.')).toEqual([['Ben Ortiz', null, null]]);
    // A dash before a name that goes on into a sentence is not a signature.
    expect(attributed('“We lost the vote, and we will lose the next one too.” — Ben Ortiz and Ana Lin walked out.')[0]![0]).not.toBe('Ben Ortiz');
  });
  it('goes on from the sentence before past a short opening phrase, but not past one naming someone', () => {
    expect(attributed('Ana Lin said the ferry office shut early.\n\nBy evening, "the whole quay smelled of smoke."')).toEqual([['Ana Lin', null, null]]);
    expect(attributed('Ana Lin said the ferry office shut early.\n\nIn Ben Ortiz’s memoir, "the pier was never safe."')).toEqual([[null, null, null]]);
  });
  it('gives a quote standing alone to the person opening the sentence before, an age or a description after the name', () => {
    expect(attributed('Tom Fields, 17, who sells tickets at the pier, saw the smoke first.\n\n"I thought a boat had hit the ramp."')).toEqual([['Tom Fields', null, null]]);
    expect(attributed('Ida Hale, a welder at the yard, left early.\n\n"Nobody told us anything."')).toEqual([['Ida Hale', null, null]]);
  });
  it('gives a pull quote printed above the paragraph that attributes it the speaker of that paragraph', () => {
    const text = 'Mayor Ana Lin opened the bridge on Monday.\n\n"Nobody will stop this town now."\n\nThe crowd cheered.\n\n"Nobody will stop this town now," said Tom Fields, a ferryman.';
    expect(attributed(text)).toEqual([['Tom Fields', null, null], ['Tom Fields', null, 'said']]);
    // A copy whose own sentence names no one the text reads leaves the lone copy with no speaker either.
    const unnamed = 'Mayor Ana Lin opened the bridge on Monday.\n\n"Nobody will stop this town now."\n\nThe crowd cheered.\n\n"Nobody will stop this town now," one of the crowd shouted.';
    expect(attributed(unnamed)[0]![0]).toBeNull();
  });
  it('gives a quote after a colon to the person the sentence opens with, and not to the owner of a possessive subject', () => {
    expect(attributed('Ben Ortiz had one complaint about the ferry crew: “They leave the ramp down long after the last car is on board.”')).toEqual([['Ben Ortiz', null, null]]);
    expect(attributed('Ana Lin met the band on Monday. She was blunt: “We cannot win this without you, all of you.”')).toEqual([['Ana Lin', null, null]]);
    expect(attributed('Ben Ortiz’s band has one rule: “No one plays before the count of four, ever.”')).toEqual([[null, null, null]]);
  });
});

describe('more attribution forms of real news', () => {
  const attributed = (text: string) => annotateArticle({ text }).quotes.filter((q) => q.kind === 'statement').map((q) => [q.speaker, q.speakerRole ?? null]);
  it('reads "in the words of", an adverb between a role and its verb, and "still" between a name and its verb', () => {
    expect(attributed('The crossing was late again, in the words of the captain: “We lost an hour at the lock and another at the ramp.”')).toEqual([[null, 'the captain']]);
    expect(attributed('In the words of Ana Lin, the harbour is “a promise we keep to every family.”')).toEqual([['Ana Lin', null]]);
    expect(attributed('"The crossing was rough," the actor previously said.')).toEqual([[null, 'the actor']]);
    expect(attributed('Ben Ortiz still bemoans that the ferry “should have been sold years ago.”')).toEqual([['Ben Ortiz', null]]);
    expect(attributed('Ben Ortiz spoke later. He instead told the harbour board: “I took the call because this was serious.”')).toEqual([['Ben Ortiz', null]]);
  });
  it('gives an office named with "for" as a role, never a person named "for …"', () => {
    expect(attributed('The High Commissioner for Harbour Safety said the ruling did "not change the law of the sea, nor how courts read it".')).toEqual([[null, 'The High Commissioner for Harbour Safety']]);
    expect(annotateArticle({ text: 'The High Commissioner for Harbour Safety spoke on Monday.' }).entities.map((e) => e.name)).toEqual([]);
  });
});

describe('who is not the speaker', () => {
  const attributed = (text: string) => annotateArticle({ text }).quotes.filter((q) => q.kind === 'statement').map((q) => [q.speaker, q.speakerRole ?? null]);
  it('reads a preposition’s object and a relative clause’s name as not the subject', () => {
    expect(attributed('The letter, which was seen by Harbor News, claimed that the ferry firm had “broken every promise on the timetable.”')).toEqual([[null, null]]);
    expect(attributed('One user on Harborchat, which is a local chat service, posted: “Why does the ferry never leave on time?”')).toEqual([[null, 'One user on Harborchat']]);
    expect(attributed('According to the agency, one user on Harborchat posted: “Why does the ferry never leave on time?”')).toEqual([[null, 'one user on Harborchat']]);
    expect(attributed('“We are leaving,” said a professor at Harbor University.')).toEqual([[null, 'a professor at Harbor University']]);
    expect(attributed('“We are leaving,” a spokesperson for the Velmar Port Authority, Ana Lin, said.')).toEqual([['Ana Lin', null]]);
  });
  it('takes the person in apposition after a description, not a name before a role word, nor a name after a participle', () => {
    expect(attributed('Ortiz often boasted that he "ran the whole port" while only a deputy, said a second witness at the hearing, former Harbor Board Velmar adviser Ida Hale.')).toEqual([['Ida Hale', null]]);
  });
  it('needs a sign of a person for "he" and "she" when only a lone word named before could be meant', () => {
    expect(attributed('Ana Lin and her team met. The Moon is far. “We keep the old ferry for now,” he continued.')).toEqual([[null, null]]);
    expect(attributed('Ana Lin met parents. Many teens have a Harborchat account. “I check the settings every week,” she said.')).toEqual([['Ana Lin', null]]);
  });
  it('gives a first name that speaks alone to the one person the text names in full with it, not when two share it', () => {
    // Two of one family: the son by his first name, the father in full.
    expect(attributed('Ben Ortiz scored 20 points and Tom Ortiz, his father, watched. “I just kept shooting,” Ben said.')).toEqual([['Ben Ortiz', null]]);
    expect(attributed('Ben Ortiz and Ben Lowe both scored. “I just kept shooting,” Ben said.')).toEqual([['Ben', null]]);
    // A surname reading first: "Morgan" is the man named Morgan, not Morgan Hale.
    expect(attributed('Morgan Hale met Tom Morgan. “We agree,” Morgan said.')).toEqual([['Tom Morgan', null]]);
  });
  it('reads the gender of a first name standing alone, but not of a surname that is also a first name', () => {
    expect(attributed('At the harbour, Ben met Ingrid. Ingrid put a question to him. “No,” he said.')).toEqual([['Ben', null]]);
    expect(attributed('Rep. Ana Omar spoke on Monday. Later, Omar wrote a letter. “The ferry must stay public,” she added.')).toEqual([['Ana Omar', null]]);
  });
});

describe('role speakers the lexicon lacks', () => {
  const roles = (text: string) => annotateArticle({ text }).quotes.filter((q) => q.kind === 'statement').map((q) => q.speakerRole ?? null);
  it('reads a doer’s noun in "-er" made of a known verb as a role, and leaves words the lexicon knows to it', () => {
    expect(roles('“The ferry is late every single day,” one Harborchat commenter said.')).toEqual(['one Harborchat commenter']);
    expect(roles('“We will stream it all,” a podcaster said.')).toEqual(['a podcaster']);
    expect(roles('“It is broken beyond repair,” the computer said.')).toEqual([null]);
  });
});

describe('a group that opens the sentence', () => {
  it('reads a capitalised plural of a person noun as a role, not a name ("Nurses shouted")', () => {
    const said = (text: string) => annotateArticle({ text }).quotes.filter((q) => q.kind === 'statement').map((q) => [q.speaker, q.speakerRole ?? null]);
    const text = 'Hundreds of nurses marched on Tuesday, called out by the Velmar Nurses Union. Nurses shouted, “Open the harbour clinic,” at the town hall. Nurses also held signs.';
    expect(said(text)).toEqual([[null, 'Nurses']]);
    expect(said('Harbor Workers said, “We will not load the ferry.”')).toEqual([['Harbor Workers', null]]);
  });
});

describe('titles with the sentence’s period inside the marks', () => {
  it('reads a short title-case quote ending in a period as a title, unless someone is said to speak it', () => {
    const kinds = (text: string) => annotateArticle({ text }).quotes.map((q) => q.kind);
    expect(kinds('The band closed the night with “Rolling Down the Harbour Road.”')).toEqual(['title']);
    expect(kinds('Ana Lin said: “We Are Ready.”')).toEqual(['statement']);
  });
});

describe('a passage after a word that often cues a term', () => {
  it('reads a passage holding more than one sentence, with a speaker, as speech; a short phrase stays a term', () => {
    const kinds = (text: string) => annotateArticle({ text }).quotes.map((q) => [q.kind, q.speaker ?? null]);
    expect(kinds('Ida Hale described the plan as “costly and slow. Nobody on the quay wants it.”')).toEqual([['statement', 'Ida Hale']]);
    expect(kinds('Ida Hale described the plan as “a ferry scheme.”')).toEqual([['term', null]]);
  });
});

describe('an appositive left open', () => {
  it('gives the quote to the person before an appositive whose closing comma is missing, not to a name inside it', () => {
    const speakers = (text: string) => annotateArticle({ text }).quotes.map((q) => q.speaker);
    expect(speakers('Analysts disagree. “The tide rose because of the storm,” Ana Velmer, a tide analyst at the Norvik-based Institute of Harbour, Sea and Sand told Harbor News.')).toEqual(['Ana Velmer']);
    // A title in capitals and the body, each between commas, the body's closing comma left out: the person speaks.
    expect(speakers('Ben Ortiz, Director, Harbor Ferry Services says: “We chose Ana Lin for the pier weeks ago.”')).toEqual(['Ben Ortiz']);
    // No role word in it: not an appositive but a clause, and nothing is guessed.
    expect(speakers('Analysts disagree. “The tide rose because of the storm,” Ana Velmer, the day the harbour gates closed for good told Harbor News.')).toEqual([null]);
  });
});

describe('a statement issued by a body named by a description', () => {
  it('passes over an adverb before the verb, and carries the body through the statement’s next parts', () => {
    const roles = (text: string) => annotateArticle({ text }).quotes.map((q) => q.speakerRole ?? null);
    expect(
      roles('The company flatly denied the claims in a statement on its website. "The ferry never left without a check," the statement read. "Every crossing was logged." "We stand by our crews," the statement continued.'),
    ).toEqual(['The company', 'The company', 'The company']);
  });
});

describe('subjects and objects around a speech verb', () => {
  const attributed = (text: string) => annotateArticle({ text }).quotes.filter((q) => q.kind === 'statement').map((q) => q.speaker);
  it('does not take a name inside a noun phrase for the subject a pronoun stands for', () => {
    expect(attributed('In a Harborchat post she blamed him for "a summer of empty ferries".')).toEqual([null]);
    expect(attributed('Ana Lin spoke. In a Harborchat post the next day she called this a shame and blamed him for "a summer of empty ferries".')).toEqual(['Ana Lin']);
  });
  it('does not take an object of the first verb for the subject of a later one, and gives the quote to the role that is', () => {
    const text = 'Velmar’s envoy to Norvania accused the harbour board and the ferry unions of stalling the port talks and warned that the council “will act before the winter.”';
    expect(attributed(text)).toEqual([null]);
    expect(annotateArticle({ text }).quotes.map((q) => [q.speakerRole, q.verb])).toEqual([['Velmar’s envoy to Norvania', 'warned']]);
  });
  it('does not take a name inside quoted words for the body "they" stands for', () => {
    expect(attributed('Harbor Records has denied it. "We never stopped her Harborflix show from using the songs," they said in a statement.')).not.toContain('Harborflix');
  });
  it('reads a title after "an episode of", with the period inside the marks', () => {
    expect(annotateArticle({ text: 'She first sang it on an episode of “Harbor Nights.”' }).quotes.map((q) => q.kind)).toEqual(['title']);
  });
});

describe('slogans', () => {
  const kinds = (text: string) => annotateArticle({ text }).quotes.map((q) => [q.kind, q.speaker]);
  it('reads a quote listed after a title as a title, a short phrase ending the sentence unspoken as a term, and a spoken one as speech', () => {
    expect(kinds('The service streams films from Tide Studios, including “Harbor Nights” and “Velmar.” Some users could not log in.')).toEqual([
      ['title', null],
      ['title', null],
    ]);
    expect(kinds('No one wanted another inquiry into “harbour favours.” The council moved on.')).toEqual([['term', null]]);
    expect(kinds('The film showed commuters of all ages chanting, “We want ferries.”')).toEqual([['statement', null]]);
    expect(kinds('She was voted off “ Dancing on the Quay.” on Monday.').map((k) => k[0])).not.toContain('statement');
  });
  it('reads a slogan asked about, one next to a campaign word and one that is a sentence’s subject as titles', () => {
    expect(kinds('The governor launched it on Monday. The tagline? "Ride with us." Critics laughed.')).toEqual([['title', null]]);
    expect(kinds('The council’s new “Ride with us.” ferry campaign puzzled commuters.')).toEqual([['title', null]]);
    expect(kinds('The agency that wrote the Harbor Safety campaign “Wear the vest.” won a prize.')).toEqual([['title', null]]);
    expect(kinds('The campaign began on Monday. “Ride with us” is going up on bus shelters.')).toEqual([['title', null]]);
    // Words said in an ad are still someone’s statement.
    expect(kinds('"We will win," Ana Lin said in an ad.')).toEqual([['statement', 'Ana Lin']]);
  });
  it('reads a quote right after "slogan" or "motto" as the name of a campaign, not as someone’s statement', () => {
    expect(kinds('The governor defended the campaign with the slogan “Ferries, we run them.”')).toEqual([['title', null]]);
    expect(kinds('Ana Lin mocked the slogan, saying: “Nobody will ever ride that ferry again.”')).toEqual([['statement', 'Ana Lin']]);
  });
});

describe('roles and names that speak in other forms', () => {
  const speakers = (text: string) => annotateArticle({ text }).quotes.filter((q) => q.kind === 'statement').map((q) => q.speaker ?? q.speakerRole ?? null);
  it('reads a verb’s "-s" form after a person’s noun as the verb ("the minister says"), and a plural noun of speech as a noun', () => {
    expect(speakers('"We will reopen the docks," the minister says.')).toEqual(['the minister']);
    expect(speakers('"Keep the gangway clear!" a deckhand shouts.')).toEqual(['a deckhand']);
    expect(speakers('The harbour police reports called the crossing "a near miss" in May.')).toEqual([]);
  });
  it('gives the quote to the person before an appositive and an auxiliary ("…, a senior fellow at …, has written")', () => {
    expect(speakers('"Mooring fees fall on the smallest fishing crews first," Ana Lin, a senior fellow at the Harbor Institute, has written.')).toEqual(['Ana Lin']);
    // A role's complement or a possessive may name a person; the phrase stays a role.
    expect(speakers('"We are ready," a spokesman for Ana Lin said.')).toEqual(['a spokesman for Ana Lin']);
  });
  it('gives a quote standing alone to the role that spoke in the sentence before', () => {
    expect(speakers('The port denied the report. Ana Lin’s spokesman told Harbor News the port had left out the night shifts. "The port knows who worked those hours."')).toEqual([
      'Ana Lin’s spokesman',
    ]);
    // A name that spoke there is preferred to a role ("Ben Ortiz" spoke after the spokesman was mentioned).
    expect(speakers('A spokesman declined to comment, but Ben Ortiz said the claim was false. "We never saw the letter."')).toEqual(['Ben Ortiz']);
    // Not a role that speaks only inside what the role before it reported ("… said the union had agreed").
    expect(speakers('A spokesman for the port said the union had agreed to the terms. "We are glad it is over."')).toEqual(['A spokesman for the port']);
  });
  it('gives a quote to the person after the verb, not to the body their title belongs to ("said Lowford Harbour Safety Director Ana Lin")', () => {
    expect(speakers('"We reopen the ramp in May," said Lowford Harbour Safety Director Ana Lin. "We will rebuild," said Harbor Works.')).toEqual(['Ana Lin', 'Harbor Works']);
  });
  it('reads a title word alone as the surname of the person named in full with it before ("says Bishop" after "Ken Bishop")', () => {
    const text = 'Ferry analyst Ken Bishop has followed the harbour trade for years. "Not one line has added a boat since the storm," says Bishop. "They see it," Bishop said.';
    expect(speakers(text)).toEqual(['Ken Bishop', 'Ken Bishop']);
    // A title with its article, or before a name, stays a title.
    expect(annotateArticle({ text: `${text} The Bishop of Velmar agreed, and so did Bishop Ana Lin.` }).entities.find((e) => e.name === 'Ken Bishop')!.mentions).toHaveLength(3);
  });
  it('reads a document that names its issuer as the source of a quote, and a role joined by "from"', () => {
    expect(speakers('"Freight volumes will stay flat until spring," said a report from Harbor Securities.')).toEqual(['a report from Harbor Securities']);
    expect(speakers('"We will act," an engineer from Harbor Works said.')).toEqual(['an engineer from Harbor Works']);
    // A document with no issuer named is not a speaker by itself.
    expect(speakers('"Freight volumes will stay flat until spring," said a report.')).toEqual([null]);
  });
  it('gives a quote to the person named right after it when a participle of speech follows their clause', () => {
    expect(speakers('"The quay was never the same after the fire," Ben Ortiz weighed in, telling Ida Hale, "and you rebuilt it anyway."')).toEqual(['Ben Ortiz', 'Ben Ortiz']);
    // No person opens the clause: nothing is guessed.
    expect(speakers('"We will go," the ferry left, telling Ida Hale nothing.')).toEqual([null]);
  });
  it('passes over "flat-out" between a body and its verb', () => {
    const text = 'The ferry company flat-out denied the account in a note to passengers. "No sailing left without a safety check," the note read.';
    expect(speakers(text)).toEqual(['The ferry company']);
  });
  it('reads "tweet" after its determiner as a noun, so the verb after it is the one that attributes', () => {
    expect(speakers('The group said on Harborchat that the rota had changed twice. In a later tweet, the group added that Harborworks "owes the night crews three weeks of pay."')).toEqual([
      'the group',
    ]);
  });
  it('reads a short sentence whose only long word opens it as a statement, not a title in title case', () => {
    expect(annotateArticle({ text: 'Ana Lin spoke. "They see it," Lin said.' }).quotes.map((q) => [q.kind, q.speaker])).toEqual([['statement', 'Ana Lin']]);
  });
});

describe('a role phrase after a quoted title', () => {
  it('starts after a title whose comma ends the clause before it, and keeps a title inside the phrase', () => {
    const roles = (text: string) => annotateArticle({ text }).quotes.filter((q) => q.kind === 'statement').map((q) => q.speakerRole ?? null);
    expect(roles('After closing with “Harbor Lights on the Water,” the fiddler and drummer told the crowd, “we will be back on the pier next summer.”')).toEqual([
      'the fiddler and drummer',
    ]);
    expect(roles('"The first night on that stage still frightens me," the "Harbor Nights" actor previously said.')).toEqual(['the "Harbor Nights" actor']);
  });

  it('is never read before a participle ("… heard the deckhands shouting"): it describes, it does not attribute', () => {
    const roles = (text: string) => annotateArticle({ text }).quotes.filter((q) => q.kind === 'statement').map((q) => q.speakerRole ?? null);
    expect(roles('“The gate gave way and the water came in fast,” ran up and heard deckhands shouting, said Ida Hale.')).not.toContain(
      'ran up and heard deckhands',
    );
  });
});

describe('a line of sources', () => {
  it('cites headlines, no one’s speech: each line’s quote is a title', () => {
    const text = 'The pier closed on Monday.\n\nSources\n\n"Ferry pier in Lowford to close for repairs" — Velmarnews.com, May 3, 2024\n\n"Harbour board defends pier closure" — The Velmar Times, May 4, 2024';
    expect(annotateArticle({ text }).quotes.map((q) => [q.kind, q.speaker])).toEqual([
      ['title', null],
      ['title', null],
    ]);
  });
});

describe('a speaker before a long appositive', () => {
  it('is not a place ending the appositive before the verb with its abbreviation ("…, Velmar County, Az. said")', () => {
    const q = annotateArticle({ text: 'Ana Lin, the harbour master in Velmar County, Az. said on Wednesday that the ferry would sail, but "the winter timetable for the Lowford crossing is not settled yet."' }).quotes;
    expect(q.map((x) => x.speaker)).toEqual(['Ana Lin']);
  });
});

describe('bodies that speak as "they"', () => {
  const speakers = (text: string) => annotateArticle({ text }).quotes.filter((q) => q.kind === 'statement').map((q) => q.speaker);
  it('reads a body accused "of doing" something as no person, so that "they" finds it', () => {
    const text = 'Ida Hale accused Tide Machine of cutting her ferry routes, and later accused Tide Machine of raising her berth fees. Tide Machine have twice denied it. "Every route she runs is still on our timetable," they said.';
    expect(speakers(text)).toEqual(['Tide Machine']);
  });
  it('gives "they" the body that spoke in the sentence before, named after a relative clause, over one quoted earlier', () => {
    const text = 'Tide Records denied it. "We never did," it said. The company that runs the Harbor Awards, Tide Productions, says the date was never set. "The ceremony will be in the spring," they said.';
    expect(speakers(text)).toEqual(['Tide Records', 'Tide Productions']);
  });
  it('does not give "they" a body the sentence before names only in passing', () => {
    expect(speakers('The ferry story first ran in the Velmar Herald on Monday. "We will not change the timetable," they wrote to readers.')).toEqual([null]);
  });
  it('does not give "they" a body named further back than the sentence before', () => {
    const text = 'A study in the Velmar Medical Review found that most ferry crews sleep too little. The crews work shifts of twelve hours. Several unions want the rota changed. "Nobody can steer a ferry safely after a night like that," they said.';
    expect(speakers(text)).toEqual([null]);
  });
});

describe('quotes: a pronoun that stands for a role', () => {
  const roles = (text: string) => annotateArticle({ text }).quotes.map((q) => [q.text, q.speaker, q.speakerRole ?? null]);
  it('gives "they" the role of many that spoke just before, not one person\'s role nor a role people were named after', () => {
    expect(roles('Police said the pier was closed. "Nobody may pass," they said.')).toEqual([['Nobody may pass', null, 'Police']]);
    expect(roles('Harbour officials said the crane was old. "It snapped like a twig," they said.')).toEqual([['It snapped like a twig', null, 'Harbour officials']]);
    expect(roles('A harbour spokeswoman said the crane was old. "It snapped like a twig," they said.')).toEqual([['It snapped like a twig', null, null]]);
    expect(roles('Harbour officials said the crane was old. Ana Lin and Ben Ortiz agreed with them. "It snapped like a twig," they said.')).toEqual([['It snapped like a twig', null, null]]);
  });
  it('reads the role before the speech verb, not an infinitive of speech before it ("Asked to comment, …")', () => {
    expect(roles('Asked to comment, a harbour spokeswoman said: "We have nothing to add."')).toEqual([['We have nothing to add.', null, 'a harbour spokeswoman']]);
  });
  it('reads no role in the clause another verb reports, where "called to testify" summons and says nothing', () => {
    expect(roles('The hearing ran late. They added that several of the deckhands called to testify were never paid.\n\n"It was a hard winter for all of them."')).toEqual([['It was a hard winter for all of them.', null, null]]);
  });
  it('gives "he added" the role that spoke just before when no named person fits', () => {
    expect(roles('Ana Lin met the crews. "The quay is closed," said a senior officer. "We reopen it soon," he added.')).toEqual([
      ['The quay is closed', null, 'a senior officer'],
      ['We reopen it soon', null, 'a senior officer'],
    ]);
  });
  it('does not give a pronoun a role of the other gender, or of many people', () => {
    expect(roles('"The quay is closed," said a port spokeswoman. "We reopen it soon," he added.')[1]).toEqual(['We reopen it soon', null, null]);
    expect(roles('"The quay is closed," said harbour officials. "We reopen it soon," she added.')[1]).toEqual(['We reopen it soon', null, null]);
  });
  it('gives the role to a pronoun that opens the sentence before a colon', () => {
    expect(roles('"All roads reopened by noon," a harbour spokeswoman said. She added: "Safety came first."')).toEqual([
      ['All roads reopened by noon', null, 'a harbour spokeswoman'],
      ['Safety came first.', null, 'a harbour spokeswoman'],
    ]);
  });
});

describe('quotes: names that are not who speaks', () => {
  const who = (text: string) => annotateArticle({ text }).quotes.map((q) => [q.speaker, q.speakerRole ?? null]);
  it('takes a name before a role word after the verb as the role\'s, not the speaker', () => {
    expect(who('"The ferry will run," said the Harbor Works chief.')).toEqual([[null, 'the Harbor Works chief']]);
    expect(who('"The ferry will run," said Harbor Works chief Ana Lin.')).toEqual([['Ana Lin', null]]);
    expect(who('"The ferry will run," said the Harbor Works CEO.')).toEqual([[null, 'the Harbor Works CEO']]);
  });
  it('takes a possessive name before a role word as the role\'s: the person in apposition speaks, or the role', () => {
    const text = 'Ida Hale sank with the ferry. "The sea took everything," said Hale\'s brother, Tom Hale. "We want answers," said Hale\'s lawyer.';
    expect(who(text)).toEqual([
      ['Tom Hale', null],
      [null, "Hale's lawyer"],
    ]);
  });
  it('reads a quoted title after "author of" as a title, and reaches the speaker past it', () => {
    const text = '"Ferries were the soul of the coast," Ida Hale, co-author of "Harbor Days: A Pier\'s Life," said in a 2004 interview.';
    expect(annotateArticle({ text }).quotes.map((q) => [q.kind, q.speaker])).toEqual([
      ['statement', 'Ida Hale'],
      ['title', null],
    ]);
    // A title broken over two paragraphs is named on one line.
    const split = annotateArticle({ text: 'Ida Hale, co-author of "Harbor Days:\n\nA Pier\'s Life," spoke on Monday.' });
    expect(split.entities.find((e) => e.type === 'work')?.name).toBe("Harbor Days: A Pier's Life");
  });
  it('takes a role with the number of its holder ("Juror No. 7") as the role, before or after the verb', () => {
    expect(who('"We read every page," Juror No. 7 said.')).toEqual([[null, 'Juror No. 7']]);
    expect(who('"We read every page twice," said Juror No. 3.')).toEqual([[null, 'Juror No. 3']]);
    expect(who('Juror No. 9 said: "Nobody on the panel slept."')).toEqual([[null, 'Juror No. 9']]);
  });
  it('ends a role where the relative clause describing it begins', () => {
    expect(who('A port official who declined to give her name said: "The ferry ran aground."')).toEqual([[null, 'A port official']]);
    expect(who('"The ferry ran aground," said a port official who declined to give her name.')).toEqual([[null, 'a port official']]);
    expect(who('A harbour pilot who spoke on condition of anonymity said the tide was late. "We waited an hour," she said.')).toEqual([[null, 'A harbour pilot']]);
  });
  it('names no one for a quote ending what an unnamed source said, and keeps it speech', () => {
    const text = 'Ana Lin met the dockers. One of them, a welder who spoke on condition of anonymity, said that the report was “simply false.”';
    expect(annotateArticle({ text }).quotes.map((q) => [q.kind, q.speaker])).toEqual([['statement', null]]);
  });
  it('reaches the person past a chain of roles of named bodies after the verb', () => {
    expect(who('"We saw a chance," said Quillsoft CEO and new Harbor Works general manager Ana Lin.')).toEqual([['Ana Lin', null]]);
  });
  it('does not make a place that ends the clause the subject of the participle after it', () => {
    expect(who('Crowds of young deckhands marched past the harbour of central Oslo, shouting: "The pier is ours!"')).toEqual([[null, 'Crowds of young deckhands']]);
    expect(who('Ana Lin walked through downtown Oslo, telling reporters: "This night is ours."')).toEqual([['Ana Lin', null]]);
  });
  it('never gives "he" or "she" a people named in the plural', () => {
    const text = '"It is hard," Ben Ortiz said. But Norwegians know that without the new sea gates, "the floods would be worse," he said.';
    expect(who(text)).toEqual([['Ben Ortiz', null], ['Ben Ortiz', null]]);
    // A country's people the lexicon knows only as an adjective of the language.
    const adjective = '"It is hard," Ida Hale said. But Estonians must accept that without the sea gates, "the floods would be worse," she said.';
    expect(who(adjective)).toEqual([['Ida Hale', null], ['Ida Hale', null]]);
  });
  it('never takes an indefinite pronoun that opens a sentence for a name', () => {
    const text = 'Ana Lin spoke on Monday. Everyone said the plan was good. Somebody else said it was late. Nobody agreed.';
    expect(annotateArticle({ text }).entities.map((e) => e.name)).toEqual(['Ana Lin']);
  });
});

describe('quotes: roles that are no speakers', () => {
  it('keeps the role of a body in a place', () => {
    const text = 'A spokeswoman for the Port Authority in Lowford said the quay was "closed for good".';
    expect(annotateArticle({ text }).quotes.map((q) => [q.speaker, q.speakerRole])).toEqual([[null, 'A spokeswoman for the Port Authority in Lowford']]);
  });

  it('ends a role after its verb where a phrase of time or circumstance begins', () => {
    const roles = (text: string) => annotateArticle({ text }).quotes.map((q) => q.speakerRole ?? null);
    expect(roles('"The quay is shut," said a harbour pilot on Monday.')).toEqual(['a harbour pilot']);
    expect(roles('"The quay is shut," said a spokeswoman for the Port Authority in a statement.')).toEqual(['a spokeswoman for the Port Authority']);
    expect(roles('"The quay is shut," said a pilot Tuesday.')).toEqual(['a pilot']);
  });

  it('gives no role to a relative clause after the quote', () => {
    const text = 'At the hearing Ana Lin made a reference to "the tide" or "the turn," which the pilots say is the fee\'s name.';
    expect(annotateArticle({ text }).quotes.map((q) => q.speakerRole ?? null)).toEqual([null, null]);
  });
});

describe('quotes: the words of a statement, a letter or a post', () => {
  const speakers = (text: string) => annotateArticle({ text }).quotes.map((q) => [q.speaker, q.speakerRole ?? null]);
  it('gives the words to whoever issued the statement before them, in the sentence or the one before', () => {
    expect(speakers('Harbor Works manager Ana Lin issued this statement about the ferry ramp: "Repairs to the ramp will start on Monday."')).toEqual([['Ana Lin', null]]);
    expect(speakers('Ben Ortiz released a statement on his website. "The ramp will be safe by spring."')).toEqual([['Ben Ortiz', null]]);
    expect(speakers('Tom Reyes posted a short message on Harborchat: "The night ferry runs again."')).toEqual([['Tom Reyes', null]]);
    expect(speakers('The mayor\'s office published a statement on Friday. "The pier reopens in June."')).toEqual([[null, 'The mayor\'s office']]);
    expect(speakers('Ana Lin released a cheerful response on the ferry plan: “We are thrilled.”')).toEqual([['Ana Lin', null]]);
    expect(speakers('Harbor Works has issued an update for riders. "Two ferries are back in service."')).toEqual([['Harbor Works', null]]);
  });
  it('gives the words to the body or person a statement is from or of, not to the document', () => {
    expect(speakers('A statement from Harbor Works read: "Crews are on the pier."')).toEqual([['Harbor Works', null]]);
    expect(speakers('The full text of a statement by Ida Hale, head of the Lowford Trust, follows: "Every ferry pass is valid."')).toEqual([['Ida Hale', null]]);
    expect(speakers('The Velmar Ministry letter says "ferries will run every hour".')).toEqual([['Velmar Ministry', null]]);
    expect(speakers('A Velmar Ministry statement said the yard was closed. "The boats left at noon."')).toEqual([['Velmar Ministry', null]]);
  });
  it('reads a short quote the statement introduces as speech, and leaves a term further on in the sentence a term', () => {
    expect(annotateArticle({ text: 'Ana Lin issued this statement: "Repairs start Monday."' }).quotes.map((q) => [q.kind, q.speaker])).toEqual([['statement', 'Ana Lin']]);
    expect(annotateArticle({ text: 'This reading follows the statement by Ana Lin and the term is "open repair" in her work.' }).quotes.map((q) => q.kind)).toEqual(['term']);
  });
  it('leaves a quote its own attribution, and does not take the platform of a post for its author', () => {
    expect(speakers('Tom Reyes criticised a statement by Ida Hale. "That is wrong," he said.')).toEqual([['Tom Reyes', null]]);
    expect(speakers('Ana Lin left the ferry board in May. In a Harborchat post she called the new timetable "a slow disaster".')).not.toContainEqual(['Harborchat', null]);
  });
});

describe('quotes: a speaker named by age', () => {
  const speakers = (text: string) => annotateArticle({ text }).quotes.map((q) => [q.speaker, q.speakerRole ?? null]);
  it('gives "the 29-year-old" to the one person named with that age, else keeps it as the role', () => {
    expect(speakers('Ana Lin, 29, won the rowing race on Sunday. Ben Ortiz, 31, came second. "It feels unreal," said the 29-year-old after the race. "The crew did it."')).toEqual([
      ['Ana Lin', null],
      ['Ana Lin', null],
    ]);
    expect(speakers('The club named 29-year-old Ana Lin captain. "It feels unreal," the 29-year-old said.')).toEqual([['Ana Lin', null]]);
    expect(speakers('"It feels unreal," said the 29-year-old.')).toEqual([[null, 'the 29-year-old']]);
    expect(speakers('Ana Lin, 29, and Ida Hale, 29, won. "It feels unreal," the 29-year-old said.')).toEqual([[null, 'the 29-year-old']]);
  });
});

describe('quotes: unnamed sources, the quoted and the heard, and verbs of manner', () => {
  const speakers = (text: string) => annotateArticle({ text }).quotes.map((q) => [q.speaker, q.speakerRole ?? null]);
  it('reads an anonymous source with how it knows as a role, and never takes the name it knows for the speaker', () => {
    expect(speakers('"The deal is off," a source familiar with the talks said.')).toEqual([[null, 'a source familiar with the talks']]);
    expect(speakers('"The deal is off," said people with knowledge of the plan, who asked not to be named.')).toEqual([[null, 'people with knowledge of the plan']]);
    expect(speakers('An official briefed on the inquiry said: "No one has been charged."')).toEqual([[null, 'An official briefed on the inquiry']]);
    expect(speakers('"She will not run," a person close to Ana Lin said.')).toEqual([[null, 'a person close to Ana Lin']]);
    expect(speakers('A source close to the Velmar Ministry said: "The ferry plan is dead."')).toEqual([[null, 'A source close to the Velmar Ministry']]);
  });
  it('gives the words to whom an outlet quoted as saying them, not to the outlet', () => {
    expect(speakers('The Lowford Post quoted Ana Lin as saying: "We will rebuild the pier."')).toEqual([['Ana Lin', null]]);
    expect(speakers('"We will rebuild the pier," the Lowford Post quoted harbour master Ben Ortiz as saying.')).toEqual([['Ben Ortiz', null]]);
    expect(speakers('Ana Lin toured the pier. Harbor News quoted her as saying: "It will take a year."')).toEqual([['Ana Lin', null]]);
    expect(speakers('"It will take a year," the Lowford Post quoted a harbour official as saying.')).toEqual([[null, 'a harbour official']]);
    expect(speakers('Ana Lin was quoted as saying: "It will take a year."')).toEqual([['Ana Lin', null]]);
  });
  it('reads who is heard saying and who went on to say as the speaker', () => {
    expect(speakers('"Keep the boats in," Ben Ortiz is heard saying on the tape.')).toEqual([['Ben Ortiz', null]]);
    expect(speakers('"Keep the boats in," a deckhand can be heard saying.')).toEqual([[null, 'a deckhand']]);
    expect(speakers('Ana Lin met the board in May. She went on to say, "The board has failed the town."')).toEqual([['Ana Lin', null]]);
    expect(speakers('The judge then goes on to say, "No right to moor there exists."')).toEqual([[null, 'The judge']]);
  });
  it('reads verbs of speaking in a manner in their finite forms, and not their "-ing" forms that describe', () => {
    expect(speakers('"The ferry plan is a disgrace," Ana Lin fumed.')).toEqual([['Ana Lin', null]]);
    expect(speakers('"The ferry fares go up in June," Ana Lin, head of Harbor Works, notified the board.')).toEqual([['Ana Lin', null]]);
    expect(speakers('Ben Ortiz mumbled, "It was the tide," and walked out.')).toEqual([['Ben Ortiz', null]]);
    expect(speakers('Ana Lin, the harbour poet, added a line to the thundering applause: "What a night for the town."')).toEqual([['Ana Lin', null]]);
  });
  it('reads a role described by a participle, and the second part of a quote its role broke', () => {
    expect(speakers('"The tide turned fast," said a deckhand wearing a yellow hat and orange boots.')).toEqual([[null, 'a deckhand wearing a yellow hat and orange boots']]);
    expect(speakers('A deckhand standing by the rail shouted, "Hold the line!" and ran.')).toEqual([[null, 'A deckhand standing by the rail']]);
    expect(speakers('A woman presumed to be the owner shouted: "Untie the boat!"')).toEqual([[null, 'A woman presumed to be the owner']]);
    expect(speakers('"The pier," said one young deckhand, a cap over his eyes, "is all this town has."')).toEqual([
      [null, 'one young deckhand'],
      [null, 'one young deckhand'],
    ]);
    // A past form followed by its object is a clause of its own; a noun in "-ing" after a preposition describes no one.
    expect(speakers('A port official criticised the timetable saying that "ferries are late."')).toEqual([[null, null]]);
    expect(speakers('The "final report" on the police boarding of the Harbor Herons says the crew was unarmed.').flat()).not.toContain('on the police boarding of the Harbor Herons');
  });
  it('ends the attribution after a quote where the next quote opens: its words and speaker are another’s', () => {
    expect(speakers('Ana Lin said the crew was "on time"; "the boat was full," Ben Ortiz said.')).toEqual([
      ['Ana Lin', null],
      ['Ben Ortiz', null],
    ]);
    // A title of a few words in marks inside the attribution does not end it.
    expect(speakers('"The pier will close," the Lowford Post\'s "Harbor Watch" is reporting.')[0]).toEqual(['Lowford Post', null]);
  });
  it('reads bodies quoted by their kind as roles, not an outlet that reports the words', () => {
    expect(speakers('"We are heartbroken," the family said in a statement.')).toEqual([[null, 'the family']]);
    expect(speakers('"He is innocent," the defence said.')).toEqual([[null, 'the defence']]);
    expect(speakers('Harbor News management said: "Ana Lin will stay on air."')).toEqual([[null, 'Harbor News management']]);
    expect(speakers('He warned the skipper, "This boat stays here," the newspaper reported.')).toEqual([[null, null]]);
    expect(speakers('The crowd chanted "Save the pier" as the last ferry left.')).toEqual([[null, 'The crowd']]);
    // A participle describes the noun next to it, not the role before a relative clause.
    expect(speakers('Riders who open the app see a banner stating, "The pier is closed."')).toEqual([[null, null]]);
  });
  it('reads a hyphen between spaces after a quote as the dash that signs it', () => {
    expect(speakers('"The ferry is late again, and nobody says why." - Ana Lin')).toEqual([['Ana Lin', null]]);
  });
  it('reads the "-s" form of a speech verb that is no noun as a verb after any subject', () => {
    expect(speakers('"The ferry runs hourly," the Harbor Works website says.')).toEqual([[null, 'the Harbor Works website']]);
  });
});

describe('speakers a reader names from the sentences around the quote', () => {
  const speakers = (text: string) => annotateArticle({ text }).quotes.map((q) => [q.speaker, q.speakerRole ?? null]);
  it('reads a name described as a person with an adverb after the noun ("an apprentice there who …") as a person\'s', () => {
    const text = 'The campus stayed shut on Monday. But Stergo Varnakou, a welding apprentice there who joined the march, says the mood is calm. Like many apprentices, she backs the strike. "We are not afraid," she says.';
    expect(speakers(text)).toEqual([['Stergo Varnakou', null]]);
  });
  it('follows "she" to whom "she" meant in the sentence before, past a name met in passing there', () => {
    const text = 'Ida Hale grew up on the Tarrow coast. Later she sailed for the fleet of the Rev Robin Marsh. In old age, she praised that work. "It was the best job I had," she told the Lowford Post.';
    expect(speakers(text)).toEqual([['Ida Hale', null]]);
  });
  it('goes on with a role after a quote that opens its sentence, not when a speech verb follows its comma', () => {
    // Text typeset with two apostrophes for the closing mark: the next sentence runs on after the quote.
    expect(speakers("\"Ferries run at dawn, '' a harbour spokeswoman told Lowford Radio. \"Tickets go on sale in May. '' The pier itself reopens in June.")).toEqual([
      [null, 'a harbour spokeswoman'],
      [null, 'a harbour spokeswoman'],
    ]);
    expect(speakers('Ana Lin spoke first. "We wait," she said. "The crew is tired," a recording from the bridge says.')).toEqual([
      ['Ana Lin', null],
      [null, null],
    ]);
  });
  it('reads the speaker after a verb that follows what it reports, for the quote after it', () => {
    expect(speakers('The pier will reopen in May, said Ana Lin, spokeswoman for Harbor Works. "It needs new planks first."')).toEqual([['Ana Lin', null]]);
    expect(speakers('The pier will reopen in May, said a spokeswoman for Harbor Works. "It needs new planks first."')).toEqual([[null, 'a spokeswoman for Harbor Works']]);
  });
  it('passes over a relative clause, dashes, the passive and an outlet to reach who speaks', () => {
    expect(speakers('"Nobody on deck saw the rocks," said the second deckhand, who later met Ben Ortiz at the inquiry.')).toEqual([[null, 'the second deckhand']]);
    expect(speakers('"Ferries will run," Ana Lin, the harbour master, was quoted as saying in Tuesday\'s Harbor News.')).toEqual([['Ana Lin', null]]);
    expect(speakers('"Ferries will run," the Lowford Harbour Evening Post quoted ferry deckhand Ben Ortiz as saying.')).toEqual([['Ben Ortiz', null]]);
    expect(speakers('Ana Lin — the yard\'s longest-serving welder — wrote in her column that the new cranes "are a gift to every crew on the quay."')).toEqual([['Ana Lin', null]]);
    // The appositive's closing comma left out.
    expect(speakers('Ana Lin, chair of Harbor Works says: "The pier is safe."')).toEqual([['Ana Lin', null]]);
  });
  it('reads an age printed with spaces around its hyphens, as tokenised text prints it', () => {
    expect(speakers('"Ferries will run," said 41 - year - old Ana Lin, a deckhand from Lowford.')).toEqual([['Ana Lin', null]]);
  });
  it('carries a role on through "she said" sentences only when its word has her gender', () => {
    const chain = 'Two ferries were held in port, a harbour spokeswoman said. Both crews were safe, she said. Divers would go down at noon, she said. "We expect news by the evening," she said.';
    expect(speakers(chain)).toEqual([[null, 'a harbour spokeswoman']]);
    const ungendered = 'A harbour pilot gave the new deckhand the wheel on her first crossing. The ferry rolled, she said. The gulls followed them, she said. "My hands never stopped shaking," she said afterwards.';
    expect(speakers(ungendered)).toEqual([[null, null]]);
  });
  it('gives a participle after a comma, and words quoted far into a reported clause, the clause’s subject', () => {
    expect(speakers('A ferry union organiser rejected the timetable on Monday, insisting that "no crew can sail three shifts in a row."')).toEqual([[null, 'A ferry union organiser']]);
    const far = 'The harbour engineer, speaking after the vote, did admit that repairs to the north quay could start "once the last of the winter storms is over."';
    expect(speakers(far)).toEqual([[null, 'The harbour engineer']]);
    // The diver's telling, which a spokesman reports.
    expect(speakers('A harbour spokesman said the diver told the inquiry that the hull was intact "on the side I could reach."')).toEqual([[null, 'the diver']]);
    // A few words quoted far from the verb stay a term.
    expect(annotateArticle({ text: 'Officials say the skipper had waited at the pier for "a few hours" before he sailed.' }).quotes.map((q) => q.kind)).toEqual(['term']);
  });
  it('gives the few words that end a reported clause to whoever the clause reports, past a relative clause or an appositive', () => {
    const far = 'A dock worker who asked that her name be left out said that the company\'s account of the night was "simply not true."';
    expect(speakers(far)).toEqual([[null, 'A dock worker']]);
    const appositive = 'The union\'s source in the yard, a welder who feared for her job and asked that her name be left out, said that the claim was "simply not true."';
    expect(speakers(appositive)).toEqual([[null, 'a welder']]);
  });
  it('reads a crowd by its number, and the clause subject after a long opening phrase, as who chants', () => {
    expect(speakers('Hundreds chanted "Ferries for Lowford, ferries for all" outside the town hall.')).toEqual([[null, 'Hundreds']]);
    expect(speakers('On the third morning of the stoppage, younger deckhands blocked the ramp, singing "We will not sail!"')).toEqual([[null, 'younger deckhands']]);
    expect(speakers('The vote split the town, with one deckhand posting "Who will pay for the ramp now?"')).toEqual([[null, 'one deckhand']]);
  });
  it('gives "he" or "she" the role that opens the sentence before, of no other gender', () => {
    expect(speakers('Still, a veteran ferry skipper on the quay had doubts about the plan. "The tides will win," he said.')).toEqual([[null, 'a veteran ferry skipper']]);
    expect(speakers('A woman on the quay had doubts about the plan. "The tides will win," he said.')).toEqual([[null, null]]);
  });
  it('reads "one" speaking as one of the group named just before', () => {
    expect(speakers('Reporters asked the deckhands about the new rota. One answered: "Nobody asked us."')).toEqual([[null, 'one of the deckhands']]);
    expect(speakers('Two skippers watched the cranes arrive. "They are too tall," says one.')).toEqual([[null, 'one of the skippers']]);
  });
  it('reads a statement that speaks after a quote closed by two apostrophes for whoever spoke before', () => {
    const text = "Harbor Works confirmed the delay on Friday. \"The new gates arrive in June, '' its statement added, and a welder added that the cranes were late too.";
    expect(speakers(text)).toEqual([['Harbor Works', null]]);
    // Quoted words that end a sentence end the role phrase that follows them.
    const run = "The board called the ramp \"finished at last. '' The yard's senior welder said, \"It will hold.\"";
    expect(speakers(run).at(-1)).toEqual([null, "The yard's senior welder"]);
  });
});

describe('a book\'s title where one writes', () => {
  it('is a title after "wrote in", or after a word for a work even when the sentence\'s period closes it', () => {
    const kinds = (text: string) => annotateArticle({ text }).quotes.map((q) => [q.text, q.kind]);
    expect(kinds('"My plan worked," Lin wrote in "Harbor Days: A Ferry Captain\'s Year".')).toContainEqual(["Harbor Days: A Ferry Captain's Year", 'title']);
    expect(kinds('Ortiz looks back on the strike in his memoir, "A Pilot\'s Life: The Harbor, the Tides and the Fight for Lowford."')).toContainEqual([
      "A Pilot's Life: The Harbor, the Tides and the Fight for Lowford.",
      'title',
    ]);
  });
});

describe('an "-ing" form of a speech verb describing a noun', () => {
  it('is no one speaking: "a singing clerk"', () => {
    const [q] = annotateArticle({ text: 'Ana Lin will host the gala. On stage, Lin has been a cheery singing clerk in the comedy "Tidewater" and a quiet pilot.' }).quotes;
    expect(q!.kind).not.toBe('statement');
  });
});

describe('"he" or "she" as a speaker, read by the sentences before', () => {
  it('is the subject after an opening phrase, not a name the clause is about', () => {
    const text = 'Ben Ortiz was arrested on Monday. In May, he was fined for a brawl with Ida Hale at a Tarrow bar, and he pushed her into a door and yelled at her, "You will never get away from me."';
    expect(annotateArticle({ text }).quotes[0]!.speaker).toBe('Ben Ortiz');
  });
  it('continues the subject of the sentences before, not the person named last as an object', () => {
    const text = 'Ben Ortiz, 40, of Tarrow, admitted on Monday that he had threatened a harbour master. Ortiz faces five years in prison. He was arrested in May over a call to the office of Harbour Master Quorin Vask. During the call, he shouted at a clerk, called Vask a "thief" and said, "someone should sink that boat," police said.';
    expect(annotateArticle({ text }).quotes.find((q) => q.kind === 'statement')!.speaker).toBe('Ben Ortiz');
  });
});

describe('a naming after a short quoted phrase', () => {
  it('makes the phrase a term: "“dark runs,” as Ida Hale called them"', () => {
    const [q] = annotateArticle({ text: 'The crews had their own name for the night sailings: "dark runs," as Ida Hale called them.' }).quotes;
    expect(q!.kind).toBe('term');
  });
});

describe('a name in the possessive before the speaker', () => {
  it('is the speaker\'s body, not who speaks', () => {
    const [q] = annotateArticle({ text: "The patch is out. 'The risk is low now,' said Quillsoft's Ida Hale in a note to customers." }).quotes;
    expect(q!.speaker).toBe('Ida Hale');
  });
});

describe('the words on a sign', () => {
  it('reads the text of a sign, a banner or a placard, right after the verb that gives it, as no one’s statement', () => {
    const kinds = (text: string) => annotateArticle({ text }).quotes.map((q) => q.kind);
    expect(kinds('Deckhands waved placards saying "Fair shifts now" at the ferry office.')).toEqual(['title']);
    expect(kinds('The sign nailed to the ramp declared, "Closed until the tide turns."')).toEqual(['title']);
    expect(kinds('Above the shipyard gate, a painted banner stating "Ships built here since the year the harbour opened to the sea" still hangs.')).toEqual(['title']);
    // A sign in a relative clause, or held before "and": the person speaks.
    expect(kinds('Ana Lin, who waved a sign at the gate, said: "The pier is ours."')).toEqual(['statement']);
    expect(kinds('Ana Lin waved a sign and said: "The pier is ours."')).toEqual(['statement']);
  });
});

describe('a run-on sentence of many quotes', () => {
  it('still reads each quote’s speaker when the sentence is read around each quote only', () => {
    const run = Array.from({ length: 120 }, (_, i) => `the gate at berth ${i} stayed shut, said Ana Lin, "we wait for the tide at berth ${i}," she said`).join(', ');
    const quotes = annotateArticle({ text: `Ana Lin runs the harbour. ${run}.` }).quotes;
    expect(quotes).toHaveLength(120);
    expect(quotes.every((q) => q.speaker === 'Ana Lin')).toBe(true);
  });
});

describe('a quotation after another one', () => {
  it('is not cued as a term by the words that cue the quotation before it', () => {
    const [term, said] = annotateArticle({ text: 'Ida Hale described the new rota as "a step back": "Every crew loses a rest day, and nobody asked us."' }).quotes;
    expect([term!.kind, said!.kind, said!.speaker]).toEqual(['term', 'statement', 'Ida Hale']);
  });
});

describe('the findings a body publishes', () => {
  it('speak for the body that published them: an analysis, a study, a survey', () => {
    const speaker = (text: string) => annotateArticle({ text }).quotes.map((q) => q.speaker);
    expect(speaker('The Velmar Herald\'s analysis of its ferry figures concluded, "Usually the night crossing is the busiest."')).toEqual(['Velmar Herald']);
    expect(speaker('A study by Lowford University found that "ferries are the safest way to cross the bay."')).toEqual(['Lowford University']);
  });
});
