// Short forms of English given names that news prints for the same person as the full form in another outlet
// ("Tom Fields" / "Thomas Fields"). A closed list of the common ones, written for this project; a short form of two full
// forms is left out ("Alex", "Chris", "Sam", "Pat"), as is one mostly given as a name of its own ("Jack", "Harry").

/** Short form → full form, lower case. */
export const NICKNAMES: ReadonlyMap<string, string> = new Map(
  (
    'dave david|davey david|mike michael|mick michael|jim james|jimmy james|bill william|billy william|will william|' +
    'bob robert|bobby robert|rob robert|robbie robert|tom thomas|tommy thomas|dick richard|rich richard|' +
    'joe joseph|joey joseph|ben benjamin|dan daniel|danny daniel|steve steven|stevie steven|nick nicholas|' +
    'tony anthony|andy andrew|drew andrew|matt matthew|paddy patrick|ed edward|eddie edward|ken kenneth|' +
    'kenny kenneth|larry lawrence|greg gregory|jeff jeffrey|jon jonathan|johnny john|charlie charles|chuck charles|' +
    'fred frederick|freddie frederick|hank henry|ron ronald|ronnie ronald|don donald|donnie donald|doug douglas|' +
    'gene eugene|jake jacob|josh joshua|nate nathan|tim timothy|timmy timothy|vince vincent|walt walter|' +
    'wally walter|zach zachary|liz elizabeth|beth elizabeth|kate katherine|kathy katherine|katie katherine|' +
    'maggie margaret|peggy margaret|meg margaret|jenny jennifer|jen jennifer|sue susan|suzy susan|' +
    'debbie deborah|deb deborah|cathy catherine|patty patricia|trish patricia|becky rebecca|vicky victoria|' +
    'mandy amanda|abby abigail|barb barbara|judy judith|cindy cynthia|pam pamela'
  )
    .split('|')
    .map((pair) => pair.split(' ') as [string, string]),
);
