// Countries (with short forms and demonyms), their capitals, US states and place words: a general gazetteer.

/**
 * One row per country: `Name|other names and abbreviations|demonyms|capital`. Class: any news text naming a country,
 * its people ("Ukrainian President …") or its capital.
 */
const COUNTRY_ROWS = `Afghanistan||Afghan|Kabul
Albania||Albanian|Tirana
Algeria||Algerian|Algiers
Argentina||Argentine,Argentinian|Buenos Aires
Armenia||Armenian|Yerevan
Australia||Australian|Canberra
Austria||Austrian|Vienna
Azerbaijan||Azerbaijani,Azeri|Baku
Bangladesh||Bangladeshi|Dhaka
Belarus||Belarusian|Minsk
Belgium||Belgian|Brussels
Bolivia||Bolivian|La Paz
Bosnia||Bosnian|Sarajevo
Brazil||Brazilian|Brasilia,Brasília
Bulgaria||Bulgarian|Sofia
Cambodia||Cambodian|Phnom Penh
Canada||Canadian|Ottawa
Chile||Chilean|Santiago
China|PRC|Chinese|Beijing
Colombia||Colombian|Bogota,Bogotá
Croatia||Croatian|Zagreb
Cuba||Cuban|Havana
Cyprus||Cypriot|Nicosia
Czech Republic|Czechia|Czech|Prague
Denmark||Danish,Dane|Copenhagen
Ecuador||Ecuadorian|Quito
Egypt||Egyptian|Cairo
Estonia||Estonian|Tallinn
Ethiopia||Ethiopian|Addis Ababa
Finland||Finnish,Finn|Helsinki
France||French|Paris
Georgia||Georgian|Tbilisi
Germany||German|Berlin
Ghana||Ghanaian|Accra
Greece||Greek|Athens
Hungary||Hungarian|Budapest
Iceland||Icelandic|Reykjavik
India||Indian|New Delhi,Delhi
Indonesia||Indonesian|Jakarta
Iran||Iranian|Tehran
Iraq||Iraqi|Baghdad
Ireland||Irish|Dublin
Israel||Israeli|Jerusalem,Tel Aviv
Italy||Italian|Rome
Japan||Japanese|Tokyo
Jordan||Jordanian|Amman
Kazakhstan||Kazakh|Astana
Kenya||Kenyan|Nairobi
Kosovo||Kosovar|Pristina
Kuwait||Kuwaiti|Kuwait City
Latvia||Latvian|Riga
Lebanon||Lebanese|Beirut
Libya||Libyan|Tripoli
Lithuania||Lithuanian|Vilnius
Malaysia||Malaysian|Kuala Lumpur
Mexico||Mexican|Mexico City
Moldova||Moldovan|Chisinau
Mongolia||Mongolian|Ulaanbaatar
Morocco||Moroccan|Rabat
Myanmar|Burma|Burmese|Naypyidaw
Nepal||Nepalese,Nepali|Kathmandu
Netherlands|Holland|Dutch|Amsterdam,The Hague
New Zealand||New Zealander|Wellington
Nigeria||Nigerian|Abuja,Lagos
North Korea||North Korean|Pyongyang
Norway||Norwegian|Oslo
Pakistan||Pakistani|Islamabad
Palestine|Gaza,West Bank|Palestinian|Ramallah
Peru||Peruvian|Lima
Philippines||Filipino,Philippine|Manila
Poland||Polish,Pole|Warsaw
Portugal||Portuguese|Lisbon
Qatar||Qatari|Doha
Romania||Romanian|Bucharest
Russia|Russian Federation|Russian|Moscow
Saudi Arabia||Saudi|Riyadh
Serbia||Serbian,Serb|Belgrade
Singapore||Singaporean|Singapore
Slovakia||Slovak|Bratislava
Slovenia||Slovenian|Ljubljana
Somalia||Somali|Mogadishu
South Africa||South African|Pretoria,Johannesburg,Cape Town
South Korea|Korea|South Korean,Korean|Seoul
Spain||Spanish,Spaniard|Madrid
Sri Lanka||Sri Lankan|Colombo
Sudan||Sudanese|Khartoum
Sweden||Swedish,Swede|Stockholm
Switzerland||Swiss|Bern,Geneva
Syria||Syrian|Damascus
Taiwan||Taiwanese|Taipei
Thailand||Thai|Bangkok
Tunisia||Tunisian|Tunis
Turkey|Turkiye,Türkiye|Turkish,Turk|Ankara,Istanbul
Ukraine||Ukrainian|Kyiv,Kiev
United Arab Emirates|UAE,U.A.E.,Emirates|Emirati|Abu Dhabi,Dubai
United Kingdom|U.K.,UK,Britain,Great Britain,England,Scotland,Wales|British,English,Scottish,Welsh,Briton|London
United States|U.S.,US,U.S.A.,USA,America|American|Washington
Uzbekistan||Uzbek|Tashkent
Venezuela||Venezuelan|Caracas
Vietnam||Vietnamese|Hanoi
Yemen||Yemeni|Sanaa
Zimbabwe||Zimbabwean|Harare`;

/** US states: places, and the affiliation of state officials. */
const US_STATES =
  'Alabama,Alaska,Arizona,Arkansas,California,Colorado,Connecticut,Delaware,Florida,Hawaii,Idaho,Illinois,Indiana,Iowa,' +
  'Kansas,Kentucky,Louisiana,Maine,Maryland,Massachusetts,Michigan,Minnesota,Mississippi,Missouri,Montana,Nebraska,' +
  'Nevada,New Hampshire,New Jersey,New Mexico,New York,North Carolina,North Dakota,Ohio,Oklahoma,Oregon,Pennsylvania,' +
  'Rhode Island,South Carolina,South Dakota,Tennessee,Texas,Utah,Vermont,Virginia,Washington State,West Virginia,' +
  'Wisconsin,Wyoming';

/** US states by name, lower case ("new york"), for "Lowford, New York". */
export const US_STATE_NAMES = new Set(US_STATES.split(',').map((s) => s.toLowerCase()));

/**
 * US states as news style abbreviates them after a town ("Lowford, Colo.", "Tarrow, N.Y."), lower case without their
 * periods: the AP stylebook's forms and the two-letter ones with periods.
 */
export const US_STATE_ABBREVIATIONS = new Set(
  ('ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev okla ore pa tenn ' +
    'tex vt va wash wis wyo nh nj nm ny nc nd ri sc sd wva dc').split(' '),
);

/** Continents and regions named as places; their adjectives are affiliations, never entities. */
const REGIONS = 'Europe|European;Africa|African;Asia|Asian;Middle East|Middle Eastern;Latin America|Latin American;Arctic|Arctic;Antarctica|Antarctic;Balkans|Balkan;Caucasus|Caucasian;Scandinavia|Scandinavian;West|Western;Crimea|Crimean;Donbas|;Kashmir|Kashmiri;Siberia|Siberian;Gulf|';

/** Words that make a capitalised phrase a place ("Donbas region", "Harlow County", "Pine Street"). */
export const PLACE_WORDS = new Set(
  ('region province state county city town village district oblast territory island islands peninsula river lake sea ' +
    'ocean bay gulf coast valley mountains mountain hills desert strait canal street avenue road square park airport ' +
    'port harbor harbour bridge station border republic kingdom spaceport forest woods reserve heights falls').split(' '),
);

/**
 * Words that end the name of a place when they are part of it ("Queen Street", "Emir Tamsin Mosque", "Lowford Arena"), but not
 * after a name ("the Lin memorial" honours a person). No one's surname: "Hall", "Lane", "Temple", "Church" are, and are
 * left out.
 */
export const NAMED_PLACE_ENDINGS = new Set(
  ('creek boulevard blvd plaza mosque cathedral stadium arena memorial cemetery monument canyon glacier volcano lagoon ' +
    'pier wharf highway freeway expressway turnpike motorway').split(' '),
);

/** Lower-case form → the country or region a name, abbreviation, demonym or capital belongs to. */
export const PLACE_OF = new Map<string, string>();
/** Lower-case forms that are demonyms (adjectives: affiliations, not entities). */
export const DEMONYMS = new Set<string>();
/** Lower-case forms that are places in their own right (countries, capitals, states, regions). */
export const PLACE_NAMES = new Set<string>();
/** Lower-case capital → its country ("oslo" → Norway): news names a government by its capital. */
export const CAPITAL_OF = new Map<string, string>();

for (const row of COUNTRY_ROWS.split('\n')) {
  const [name = '', others = '', demonyms = '', capitals = ''] = row.split('|');
  for (const n of [name, ...split(others)]) {
    PLACE_OF.set(n.toLowerCase(), name);
    PLACE_NAMES.add(n.toLowerCase());
  }
  for (const d of split(demonyms)) {
    PLACE_OF.set(d.toLowerCase(), name);
    DEMONYMS.add(d.toLowerCase());
  }
  for (const c of split(capitals)) {
    PLACE_NAMES.add(c.toLowerCase());
    CAPITAL_OF.set(c.toLowerCase(), name);
  }
}
for (const s of US_STATES.split(',')) PLACE_NAMES.add(s.toLowerCase());
for (const pair of REGIONS.split(';')) {
  const [name = '', adjective = ''] = pair.split('|');
  PLACE_NAMES.add(name.toLowerCase());
  PLACE_OF.set(name.toLowerCase(), name);
  if (adjective) {
    DEMONYMS.add(adjective.toLowerCase());
    PLACE_OF.set(adjective.toLowerCase(), name);
  }
}

function split(list: string): string[] {
  return list ? list.split(',') : [];
}

/** Lower-case nouns right before a name that say it is a place: "the island Wren", "the village Ferncombe". */
export const PLACE_CUES = new Set('village town city island region province county district suburb state country port capital'.split(' '));
