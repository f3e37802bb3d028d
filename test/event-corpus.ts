// A generated corpus of fictional events, each reported by several fictional outlets (one outlet copies another's
// report word for word), written as text files: the known answer is which articles belong together.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SYLLABLES = ['bra', 'ven', 'tol', 'mar', 'ska', 'dun', 'ril', 'oso', 'peth', 'gau', 'lin', 'cor', 'vey', 'zan', 'hul', 'mib'];
/** An invented word (no real names), distinct for each n. */
const coined = (n: number) => {
  let w = '';
  for (let k = n + SYLLABLES.length; k > 0; k = Math.floor(k / SYLLABLES.length)) w += SYLLABLES[k % SYLLABLES.length];
  return w[0]!.toUpperCase() + w.slice(1);
};

const KINDS = [
  ['flood', 'river', 'levee', 'residents', 'evacuated', 'water'],
  ['strike', 'union', 'wages', 'workers', 'talks', 'depot'],
  ['election', 'ballots', 'candidate', 'turnout', 'polling', 'count'],
  ['landslide', 'slope', 'road', 'rescuers', 'mud', 'village'],
  ['merger', 'shareholders', 'company', 'regulator', 'deal', 'board'],
];

export interface CorpusFile {
  path: string;
  event: number;
  copyOf?: string;
}

/** Writes `events` events × `outlets` reports into `dir`; each event's first report is also copied by one more outlet. */
export function writeEventCorpus(dir: string, events: number, outlets = 3): CorpusFile[] {
  mkdirSync(dir, { recursive: true });
  const files: CorpusFile[] = [];
  for (let e = 0; e < events; e++) {
    const [kind, a, b, c, d, f] = KINDS[e % KINDS.length]!;
    const place = coined(e * 7 + 1);
    const official = `${coined(e * 7 + 2)} ${coined(e * 7 + 3)}`;
    const group = coined(e * 7 + 4);
    const n = 40 + e * 13;
    const facts = [
      `The ${kind} in ${place} began early on Tuesday, when the ${a} near the ${group} district gave way.`,
      `${official}, who leads the ${place} council, said ${n} ${c} had been affected by the ${kind}.`,
      `Officials from ${group} said the ${b} would be checked again before anyone could return to ${place}.`,
      `"We are doing everything we can for ${place}," ${official} told reporters outside the ${group} hall.`,
      `Local groups in ${place} opened shelters, and ${d} from ${group} worked through the night near the ${f}.`,
      `The ${place} ${kind} is the largest the region has seen in a decade, according to ${group} records.`,
    ];
    for (let o = 0; o < outlets; o++) {
      const picked = facts.filter((_, i) => (i + o) % 6 !== 5);
      const text = `${place} ${kind}: ${official} speaks\n\n${picked.join('\n\n')}\n\nReporting by the ${coined(900 + o)} desk.`;
      const path = join(dir, `event-${String(e).padStart(3, '0')}-outlet-${o}.txt`);
      writeFileSync(path, text);
      files.push({ path, event: e });
    }
    const copy = join(dir, `event-${String(e).padStart(3, '0')}-copy.txt`);
    writeFileSync(copy, `${place} ${kind}: ${official} speaks\n\n${facts.filter((_, i) => i % 6 !== 5).join('\n\n')}\n\nReporting by the ${coined(900)} desk.`);
    files.push({ path: copy, event: e, copyOf: files[files.length - outlets]!.path });
  }
  return files;
}
