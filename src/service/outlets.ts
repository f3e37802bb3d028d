// Outlet profiles: read the user's file (CSV or JSON), store them, list them.
//   CSV: a header row naming the columns name, domains, country, owner, lean, notes (any order; only name is
//   required); domains separated by spaces, commas or semicolons inside their cell.
//   JSON: an array of {name, domains?, country?, owner?, lean?, notes?}.
import { readFile } from 'node:fs/promises';
import { codeOf, messageOf, TriangulateError } from '../errors.js';
import { readCsvRecords } from '../ingest/index.js';
import type { OutletProfile } from '../model/outlet.js';
import type { Store } from '../store/store.js';

const COLUMNS = ['name', 'domains', 'country', 'owner', 'lean', 'notes'] as const;

/** A row that could not be read, and why. */
export interface ProfileProblem {
  row: number;
  reason: string;
}

/** Profiles from a file's text; rows that are not profiles are reported, the rest kept. */
export function parseOutletProfiles(text: string, fileName: string): { profiles: OutletProfile[]; problems: ProfileProblem[] } {
  let records: Record<string, unknown>[];
  // A record's row in the file, as the user would count it (the CSV header is row 1).
  let rowOf: (i: number) => number;
  try {
    if (fileName.toLowerCase().endsWith('.json')) {
      const value: unknown = JSON.parse(text);
      if (!Array.isArray(value)) throw new TriangulateError('INVALID_RECORD', `${fileName}: expected a JSON array of profiles`);
      records = value.map((v) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {}));
      rowOf = (i) => i + 1;
    } else {
      records = readCsvRecords(text);
      rowOf = (i) => i + 2;
    }
  } catch (err) {
    if (err instanceof TriangulateError) throw err;
    throw new TriangulateError(fileName.toLowerCase().endsWith('.json') ? 'MALFORMED_JSON' : 'INVALID_RECORD', `${fileName}: ${messageOf(err)}`);
  }
  const profiles: OutletProfile[] = [];
  const problems: ProfileProblem[] = [];
  records.forEach((r, i) => {
    const unknown = Object.keys(r).filter((k) => !(COLUMNS as readonly string[]).includes(k));
    const name = typeof r.name === 'string' ? r.name.trim() : '';
    if (!name) return void problems.push({ row: rowOf(i), reason: 'no name' });
    if (unknown.length) return void problems.push({ row: rowOf(i), reason: `unknown column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} (known: ${COLUMNS.join(', ')})` });
    const rawDomains = Array.isArray(r.domains) ? r.domains.join(' ') : typeof r.domains === 'string' ? r.domains : '';
    const domains = rawDomains
      .split(/[\s,;]+/)
      .map((d) => d.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/.*$/, ''))
      .filter(Boolean);
    const bad = domains.find((d) => !/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(d));
    if (bad) return void problems.push({ row: rowOf(i), reason: `"${bad}" is not a domain name` });
    const profile: OutletProfile = { name, domains };
    for (const k of ['country', 'owner', 'lean', 'notes'] as const) {
      const v = r[k];
      if (typeof v === 'string' && v.trim()) profile[k] = v.trim();
    }
    profiles.push(profile);
  });
  return { profiles, problems };
}

/** Reads a profiles file and stores its profiles (those of the same name are replaced). */
export async function importOutletProfiles(store: Store, path: string): Promise<{ imported: number; problems: ProfileProblem[] }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new TriangulateError(codeOf(err) === 'ENOENT' ? 'MISSING_PATH' : 'READ_FAILED', path);
  }
  const { profiles, problems } = parseOutletProfiles(text, path);
  if (profiles.length) await store.saveOutletProfiles(profiles);
  return { imported: profiles.length, problems };
}

export async function listOutletProfiles(store: Store): Promise<OutletProfile[]> {
  return store.outletProfiles();
}
