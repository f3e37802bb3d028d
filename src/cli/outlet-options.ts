// --outlet and --outlets, shared by ingest and analyze: the outlet of every input, or a map by file name and domain.
import { TriangulateError } from '../errors.js';
import { readOutletMap, type OutletMap } from '../service/articles.js';
import { isRejection } from '../model/rejection.js';

export async function outletOptions(opts: { outlet?: string; outlets?: string }): Promise<{ outlet?: string; outletMap?: OutletMap }> {
  if (opts.outlet !== undefined && !opts.outlet.trim()) throw new TriangulateError('USAGE', '--outlet needs a name');
  const outlet = opts.outlet?.trim();
  if (!opts.outlets) return outlet ? { outlet } : {};
  const map = await readOutletMap(opts.outlets);
  if (isRejection(map)) throw new TriangulateError('USAGE', `--outlets ${opts.outlets}: ${map.reason}`);
  return { ...(outlet ? { outlet } : {}), outletMap: map };
}
