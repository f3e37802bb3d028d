// Titles and roles that stand before names ("Foreign Minister", "moderator"), and the descriptions that refer back to them.

/** A role's class: descriptions ("the diplomat", "the leader") find their referent through it. */
export type RoleClass =
  | 'head-of-state'
  | 'diplomat'
  | 'minister'
  | 'legislator'
  | 'spokesperson'
  | 'interviewer'
  | 'executive'
  | 'military'
  | 'judiciary'
  | 'police'
  | 'expert'
  | 'local-leader'
  | 'clergy'
  | 'occupation';

/**
 * Role head words (lower case, abbreviations without the period) with their class. A role phrase ends in one of these;
 * class: the titles news text puts before a person's name.
 */
export const ROLE_HEADS: ReadonlyMap<string, RoleClass> = new Map([
  ...words('president premier chancellor king queen monarch emperor leader prince princess sultan emir sheikh', 'head-of-state'),
  ...words('diplomat ambassador envoy', 'diplomat'),
  ...words('minister secretary', 'minister'),
  ...words('senator sen congressman congresswoman lawmaker representative rep mp legislator speaker', 'legislator'),
  ...words('spokesman spokeswoman spokesperson', 'spokesperson'),
  ...words('moderator host anchor interviewer presenter journalist reporter correspondent columnist editor', 'interviewer'),
  ...words('ceo cfo coo chairman chairwoman chair founder director executive president-elect owner superintendent administrator treasurer comptroller', 'executive'),
  // "Police Chief Ben Ortiz", "Fire Chief …", "City Council Member …": the last title word before the name.
  ...words('chief', 'executive'),
  ...words('member', 'legislator'),
  ...words('general gen commander admiral adm commodore colonel col major maj captain capt lieutenant lt sergeant sgt', 'military'),
  ...words('brigadier brig cmdr cdr corporal cpl pte pvt', 'military'),
  ...words('brigadier-general major-general lieutenant-general lieutenant-colonel', 'military'),
  ...words('judge justice prosecutor attorney defender', 'judiciary'),
  ...words('officer agent detective sheriff undersheriff deputy trooper marshal warden inspector commissioner constable', 'police'),
  // British police ranks abbreviated without a period ("Det Insp Ana Lin", "Supt Ben Ortiz").
  ...words('det insp supt', 'police'),
  ...words('analyst economist expert professor prof researcher scientist historian astronomer physicist biologist engineer', 'expert'),
  ...words('coach manager nurse doctor lawyer teacher farmer activist campaigner pilot chef architect clerk', 'occupation'),
  ...words('mayor governor gov councillor councilman councilwoman', 'local-leader'),
  ...words('pope bishop archbishop cardinal imam rabbi reverend rev', 'clergy'),
  // Compound titles written with a hyphen, one word ("Secretary-General Ana Lin").
  ...words('secretary-general director-general inspector-general auditor-general postmaster-general', 'executive'),
  ...words('attorney-general solicitor-general', 'judiciary'),
  ...words('governor-general vice-president', 'head-of-state'),
  ...words('surgeon-general', 'expert'),
]);

/**
 * Titles of rank held of a place: "the Duke of Velmar", "the Prince of Tarrow", "the Earl of Lowford" name the one who
 * holds the title, a person.
 */
export const TITLES_OF_PLACE = new Set('duke duchess earl countess marquess marquis marchioness baron baroness viscount viscountess prince princess archduke archduchess'.split(' '));

/** Words that qualify a role head inside a title ("Foreign Minister", "Deputy Prime Minister", "Chief Executive"). */
export const ROLE_MODIFIERS = new Set(
  ('foreign prime deputy vice defense defence interior finance health justice economy trade energy ' +
    'education labour labor transport home state former acting interim chief senior general executive ' +
    'assistant associate first lead news managing supreme attorney police fire military security press ' +
    'operating financial technology information marketing medical scientific legal digital commercial investment public district').split(' '),
);

/** Courtesy titles: a person follows, but they are not roles. */
export const HONORIFICS = new Set('mr mrs ms mx dr sir dame madam lord lady'.split(' '));

/**
 * Nouns of descriptions that refer back to a person ("the German diplomat", "the U.S. leader"), with what they match:
 * a role head word exactly, or any role of a class.
 */
export const DESCRIPTION_NOUNS: ReadonlyMap<string, { head?: string; roleClass?: RoleClass }> = new Map([
  ['president', { head: 'president' }],
  ['leader', { roleClass: 'head-of-state' }],
  ['diplomat', { roleClass: 'diplomat' }],
  ['minister', { roleClass: 'minister' }],
  ['chancellor', { head: 'chancellor' }],
  ['premier', { head: 'premier' }],
  ['senator', { head: 'senator' }],
  ['lawmaker', { roleClass: 'legislator' }],
  ['moderator', { roleClass: 'interviewer' }],
  ['host', { roleClass: 'interviewer' }],
  ['anchor', { roleClass: 'interviewer' }],
  ['interviewer', { roleClass: 'interviewer' }],
  ['spokesman', { roleClass: 'spokesperson' }],
  ['spokeswoman', { roleClass: 'spokesperson' }],
  ['spokesperson', { roleClass: 'spokesperson' }],
  ['mayor', { head: 'mayor' }],
  ['governor', { head: 'governor' }],
  ['judge', { roleClass: 'judiciary' }],
  ['general', { roleClass: 'military' }],
  ['commander', { roleClass: 'military' }],
  ['executive', { roleClass: 'executive' }],
  ['analyst', { roleClass: 'expert' }],
  ['economist', { head: 'economist' }],
  ['professor', { head: 'professor' }],
  ['sheriff', { head: 'sheriff' }],
  ['detective', { head: 'detective' }],
  ['officer', { roleClass: 'police' }],
]);

/** Role heads that a minister modifier turns into a diplomat ("foreign minister", "foreign secretary", "secretary of state"). */
export const DIPLOMAT_MODIFIERS = new Set(['foreign']);

/** The class of a role phrase ("foreign minister" → diplomat), from its head and modifiers. */
export function roleClassOf(role: string): RoleClass | undefined {
  const parts = role.toLowerCase().replace(/\./g, '').split(/\s+/);
  if (role.toLowerCase().includes('secretary of state')) return 'diplomat';
  const head = parts.at(-1) ?? '';
  const cls = ROLE_HEADS.get(head);
  if ((cls === 'minister' || head === 'secretary') && parts.some((p) => DIPLOMAT_MODIFIERS.has(p))) return 'diplomat';
  return cls;
}

function words(list: string, cls: RoleClass): [string, RoleClass][] {
  return list.split(' ').map((w) => [w, cls]);
}

/**
 * Words after a role or a group that say how an unnamed source knows what they say ("a source familiar with the talks",
 * "people with knowledge of the plan", "an official briefed on the inquiry"): news style describes its anonymous sources
 * this way, and the whole phrase is who speaks. Each is a sequence of lower-case words.
 */
export const SOURCE_POSTMODIFIERS: readonly string[][] = [
  'familiar with',
  'close to',
  'knowledgeable about',
  'briefed on',
  'involved in',
  'privy to',
  'with knowledge of',
  'with direct knowledge of',
  'with first-hand knowledge of',
  'with firsthand knowledge of',
  'speaking on condition of',
].map((p) => p.split(' '));

/** Titles held at a company, which the word before them names ("Quillsoft CEO", "Quillsoft founder Ana Lin"). */
export const CORPORATE_TITLES: ReadonlySet<string> = new Set(['ceo', 'cfo', 'coo', 'cto', 'founder', 'co-founder', 'cofounder', 'chairman', 'chairwoman', 'owner']);
