// A stored article's duplicate-search columns → DuplicateCandidate (the same columns in both backends).
import { signatureFromBytes, type DuplicateCandidate } from '../dedupe/index.js';

export function rowToCandidate(r: Record<string, unknown>): DuplicateCandidate {
  const c: DuplicateCandidate = { id: r.id as string, contentHash: r.content_hash as string, signature: signatureFromBytes(r.signature as Buffer) };
  if (r.outlet) c.outlet = r.outlet as string;
  if (r.url) c.url = r.url as string;
  if (r.published) c.published = r.published as string;
  if (r.origin_outlet) c.originOutlet = r.origin_outlet as string;
  if (r.origin_url) c.originUrl = r.origin_url as string;
  if (r.duplicate_of) c.duplicateOfId = r.duplicate_of as string;
  return c;
}
