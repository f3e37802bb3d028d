// Which outlet published which input, when the input cannot say: a map from file names and web domains to outlets,
// given with --outlets FILE or found beside the files as outlets.json / outlets.csv (a "sidecar").
//   outlets.json: { "report-001.txt": "Valley Times", "harbour/": "Harbour Gazette", "valleytimes.example": "Valley Times" }
//   outlets.csv:  a header `match,outlet`, then one row per file name, folder (ending in /) or domain.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { codeOf, messageOf, reject } from '../errors.js';
import type { Rejection } from '../model/rejection.js';
import { readCsvRecords } from './csv.js';

/** File names a folder's outlet map may have (read in this order; the first found is used). */
export const SIDECAR_NAMES = ['outlets.json', 'outlets.csv'] as const;

export interface OutletMap {
  /** The outlet of a file, by its path relative to the map's folder (`a/b.txt`), a folder prefix (`a/`) or its name. */
  forFile(relativePath: string): string | undefined;
  /** The outlet of a URL's host: its own entry or its parent domain's (`news.valley.example` → `valley.example`). */
  forHost(host: string): string | undefined;
  readonly entries: number;
}

/** Parses a map's text; `name` (its file name) says which format. A malformed map is a Rejection naming the problem. */
export function parseOutletMap(text: string, name: string): OutletMap | Rejection {
  const pairs: [string, string][] = [];
  try {
    if (name.toLowerCase().endsWith('.csv')) {
      for (const [i, r] of readCsvRecords(text).entries()) {
        const key = r.match ?? r.file ?? r.domain;
        if (!key || !r.outlet) return reject('INVALID_RECORD', name, `row ${i + 2}: needs a match (file, folder/ or domain) and an outlet`);
        pairs.push([key, r.outlet]);
      }
    } else {
      const value: unknown = JSON.parse(text);
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return reject('INVALID_RECORD', name, 'expected an object of "file or domain": "outlet"');
      for (const [k, v] of Object.entries(value)) {
        if (typeof v !== 'string' || !v.trim()) return reject('INVALID_RECORD', name, `"${k}": the outlet must be a non-empty string`);
        pairs.push([k, v.trim()]);
      }
    }
  } catch (err) {
    return reject(name.toLowerCase().endsWith('.csv') ? 'INVALID_RECORD' : 'MALFORMED_JSON', name, messageOf(err));
  }
  const exact = new Map<string, string>();
  const folders: [string, string][] = [];
  for (const [k, outlet] of pairs) {
    const key = k.trim().replace(/\\/g, '/').replace(/^\.\//, '').toLowerCase();
    if (key.endsWith('/')) folders.push([key, outlet]);
    else exact.set(key, outlet);
  }
  folders.sort((a, b) => b[0].length - a[0].length);
  return {
    entries: pairs.length,
    forFile(relativePath) {
      const path = relativePath.replace(/\\/g, '/').toLowerCase();
      return exact.get(path) ?? folders.find(([f]) => path.startsWith(f))?.[1] ?? exact.get(basename(path));
    },
    forHost(host) {
      const parts = host.toLowerCase().replace(/^www\./, '').split('.');
      for (let k = 0; k < parts.length - 1; k++) {
        const hit = exact.get(parts.slice(k).join('.'));
        if (hit) return hit;
      }
      return undefined;
    },
  };
}

/** Reads a map file; a missing or unreadable one is a Rejection. */
export async function readOutletMap(path: string, source = path): Promise<OutletMap | Rejection> {
  try {
    return parseOutletMap(await readFile(path, 'utf8'), basename(path));
  } catch (err) {
    const code = codeOf(err);
    return code === 'ENOENT' ? reject('MISSING_PATH', source) : reject('READ_FAILED', source, code ?? messageOf(err));
  }
}
