// Words that make a capitalised phrase an organisation, and abbreviations that are places rather than organisations.

/** Class: names of companies, media, government bodies, parties, institutions ("Northgate Wire", "Ministry of Ports"). */
export const ORGANIZATION_WORDS = new Set(
  ('news times post journal herald tribune gazette ledger courier daily wire press telegraph guardian chronicle centre ' +
    'bulletin examiner inquirer organisation organization productions records entertainment pictures films publishing publishers ' +
    'communications enterprises ' +
    'observer review magazine radio tv television network broadcasting media agency ' +
    'ministry department office bureau agency council commission committee authority administration government ' +
    'cabinet parliament congress senate assembly duma court tribunal kremlin house pentagon ' +
    'party union alliance federation coalition league association society institute institution foundation fund ' +
    'university college school academy hospital clinic museum library bank exchange reserve ' +
    'inc corp corporation co ltd llc plc group company companies holdings industries airlines airways motors ' +
    'systems technologies labs research partners capital ventures energy oil gas rail railway railways trains transit ' +
    'lines shipping logistics securities service services board trust network studios pharmaceuticals foods works ' +
    'guild club fc united rovers athletic wanderers orchestra timber mining steel construction insurance ' +
    'army navy force forces police guard corps brigade regiment militia police church').split(' '),
);

/** Connector words allowed inside an organisation or work name ("Bank of Valmora", "Morning at the Harbour"). */
export const NAME_CONNECTORS = new Set(['of', 'the', 'for', 'de', 'du', 'des', 'la', 'le', 'del', 'della', 'di', 'da', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'y']);

/** Connectors that belong to personal names ("Ludwig van Beethoven", "Mohammed bin Salman"). */
export const PERSON_PARTICLES = new Set(['de', 'du', 'la', 'le', 'del', 'della', 'di', 'da', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'y']);

/** Nouns after a possessive or "show"/"book" cues that mark a work: a programme, book, film, report. */
export const WORK_WORDS = new Set(
  'show program programme series book novel memoir memoirs biography autobiography expose exposé essay play musical opera film movie documentary podcast album song report column interview episode'.split(' '),
);

/** Lower-case nouns right before a name that say what it is: "the logging company Greystone", "the group Save Morrow". */
export const ORGANIZATION_CUES = new Set('company firm group club agency bank newspaper paper team charity organisation organization union party network broadcaster airline insurer retailer startup manufacturer'.split(' '));

/**
 * Wire services (class: news agencies whose copy other outlets print, named without any cue word): organisations, and a
 * source of their own kind when a claim rests on them.
 */
export const WIRE_SERVICES = new Set(
  ['associated press', 'ap', 'reuters', 'agence france-presse', 'afp', 'xinhua', 'tass', 'interfax', 'ria novosti', 'kyodo', 'yonhap', 'ansa', 'dpa', 'efe', 'pa media', 'upi', 'anadolu', 'press trust of india', 'pti', 'ani', 'bloomberg', 'bernama', 'antara', 'ukrinform'],
);
