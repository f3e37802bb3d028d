// Inputs (paths, folders, URLs) → RawDocuments and Rejections, through one dispatcher that detects each input's kind.
import { constants } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { codeOf, messageOf, reject } from '../errors.js';
import type { MetadataHints, RawDocument } from '../model/raw-document.js';
import { isRejection, type Rejection } from '../model/rejection.js';
import { detectKind } from './detect.js';
import { charsetFromContentType, decodeBytes, sniffHtmlCharset } from './encoding.js';
import { parseJsonFeed, parseXmlFeed, type ParsedFeed } from './feeds.js';
import { DEFAULT_FETCH_OPTIONS, fetchUrl, type FetchOptions } from './fetch.js';
import { HostLimiter } from './host-limiter.js';
import { parseJsonl } from './jsonl.js';
import { readOutletMap, SIDECAR_NAMES, type OutletMap } from './outlet-map.js';

export { recordToDocument } from './jsonl.js';
export { parseOutletMap, readOutletMap, SIDECAR_NAMES, type OutletMap } from './outlet-map.js';
export { readCsvRecords } from './csv.js';
export { opmlFeedUrls } from './opml.js';

export { fetchUrl, DEFAULT_FETCH_OPTIONS, type FetchOptions } from './fetch.js';
export { isForbiddenAddress } from './address-policy.js';

/** Files larger than this are refused: no article needs 25 MB, and a runaway file must not exhaust memory. */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;

export interface ReadOptions {
  fetch: FetchOptions;
  /** For feeds: fetch each item's page for the full text instead of the feed's summary. */
  fetchItems: boolean;
  maxFileBytes: number;
  /** Working directory that file sources are made relative to. */
  cwd: string;
  /** The outlet of every input (`--outlet`): wins over anything the input says. */
  outlet?: string;
  /** Outlets by file name and web domain (`--outlets FILE`), for inputs that do not name their outlet. */
  outletMap?: OutletMap;
}

export const DEFAULT_READ_OPTIONS: ReadOptions = {
  fetch: DEFAULT_FETCH_OPTIONS,
  fetchItems: false,
  maxFileBytes: MAX_FILE_BYTES,
  cwd: process.cwd(),
};

/** One thing to read: a file (found directly or in a folder) or a URL; `outlet` is what a map of the user's gives it. */
export type InputRef = { type: 'file'; path: string; source: string; outlet?: string } | { type: 'url'; url: string; outlet?: string };

/**
 * The outlet the user's maps give an input, or one of its documents by that document's own URL: the map beside the file
 * (already on the ref), else the `--outlets` map by file name, else by the host of the URL.
 */
export function mappedOutlet(ref: InputRef, map: OutletMap | undefined, url?: string): string | undefined {
  if (ref.outlet) return ref.outlet;
  if (!map) return undefined;
  const byFile = ref.type === 'file' ? map.forFile(ref.source) : undefined;
  const address = url ?? (ref.type === 'url' ? ref.url : undefined);
  return byFile ?? (address && URL.canParse(address) ? map.forHost(new URL(address).hostname) : undefined);
}

/** The outlet map that applies inside a folder, and the folder its paths are relative to. */
interface FolderMap {
  map: OutletMap;
  base: string;
}

/** The folder's own outlet map (outlets.json or outlets.csv), if it has one; a malformed one is reported. */
async function sidecarIn(dir: string, names: Set<string>, cwd: string, out: (InputRef | Rejection)[]): Promise<FolderMap | undefined> {
  const name = SIDECAR_NAMES.find((n) => names.has(n));
  if (!name) return undefined;
  const map = await readOutletMap(join(dir, name), fileSource(join(dir, name), cwd));
  if (isRejection(map)) {
    out.push(map);
    return undefined;
  }
  return { map, base: dir };
}

const withOutlet = (ref: InputRef & { type: 'file' }, folder: FolderMap | undefined): InputRef => {
  const outlet = folder?.map.forFile(relative(folder.base, ref.path));
  return outlet ? { ...ref, outlet } : ref;
};

const isUrl = (s: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(s);

function fileSource(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !rel.startsWith(sep) ? rel.split(sep).join('/') : path;
}

/** The files that document a folder rather than hold an article: its README, licence, changelog, authors. */
const FOLDER_DOCUMENTS = /^(?:readme|licen[cs]e|copying|changelog|changes|contributing|authors|notice)(?:\.[a-z0-9]{1,5})?$/i;

/**
 * A folder's files, recursively. Symbolic links are not followed (a link can lead out of the folder, or in a loop) and
 * devices, FIFOs and sockets are never read (a read of /dev/zero never ends): each is reported instead.
 */
async function walk(dir: string, cwd: string, out: (InputRef | Rejection)[], inherited?: FolderMap): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const own = await sidecarIn(dir, new Set(entries.filter((e) => e.isFile()).map((e) => e.name)), cwd, out);
  const folder = own ?? inherited;
  for (const e of entries) {
    if (e.name.startsWith('.')) continue; // hidden files and VCS folders are never articles
    if (e.isFile() && (SIDECAR_NAMES as readonly string[]).includes(e.name)) continue; // an outlet map is not an article (a broken one was reported)
    if (e.isFile() && FOLDER_DOCUMENTS.test(e.name)) continue; // a folder's own README or licence describes it: not an article (a file named directly is read)
    const full = join(dir, e.name);
    if (e.isDirectory()) await walk(full, cwd, out, folder);
    else if (e.isFile()) out.push(withOutlet({ type: 'file', path: full, source: fileSource(full, cwd) }, folder));
    else if (e.isSymbolicLink()) out.push(reject('SYMLINK_SKIPPED', fileSource(full, cwd)));
    else out.push(reject('NOT_A_FILE', fileSource(full, cwd)));
  }
}

/**
 * Expands inputs: folders recursively (hidden entries skipped, sorted), URLs as they are. A missing
 * path becomes a Rejection here so the rest of the batch goes on.
 */
export async function listInputs(inputs: string[], cwd = process.cwd()): Promise<(InputRef | Rejection)[]> {
  const out: (InputRef | Rejection)[] = [];
  // The map beside files named one by one (a shell's `*.txt`) is read once per folder.
  const beside = new Map<string, Promise<FolderMap | undefined>>();
  for (const input of inputs) {
    if (isUrl(input)) {
      out.push(/^https?:\/\//i.test(input) ? { type: 'url', url: input } : reject('UNSUPPORTED_URL', input, input.split(':')[0]));
      continue;
    }
    const path = resolve(cwd, input);
    try {
      // A path given directly is followed if it is a link: the user named it.
      const st = await stat(path);
      if (st.isDirectory()) await walk(path, cwd, out);
      else if (st.isFile()) out.push(withOutlet({ type: 'file', path, source: fileSource(path, cwd) }, await besideFile(path, cwd, out, beside)));
      else out.push(reject('NOT_A_FILE', input));
    } catch (err) {
      const code = codeOf(err);
      out.push(code === 'ENOENT' ? reject('MISSING_PATH', input) : reject('READ_FAILED', input, code ?? messageOf(err)));
    }
  }
  return out;
}

/** The outlet map beside a file named directly (not for the map itself), read once per folder through `known`. */
function besideFile(path: string, cwd: string, out: (InputRef | Rejection)[], known: Map<string, Promise<FolderMap | undefined>>): Promise<FolderMap | undefined> {
  if ((SIDECAR_NAMES as readonly string[]).includes(basename(path))) return Promise.resolve(undefined);
  const dir = dirname(path);
  let folder = known.get(dir);
  if (!folder) {
    folder = Promise.all(SIDECAR_NAMES.map((n) => stat(join(dir, n)).then((s) => s.isFile(), () => false))).then((present) =>
      sidecarIn(dir, new Set(SIDECAR_NAMES.filter((_, i) => present[i])), cwd, out),
    );
    known.set(dir, folder);
  }
  return folder;
}

/** Decoded text → documents, by kind: one for text and HTML, one per item for feeds and JSON Lines. */
type Dispatched = { docs: (RawDocument | Rejection)[] } | { parsed: ReturnType<typeof parseXmlFeed> };

function dispatch(text: string, encoding: string, name: string, source: string, contentType: string | undefined, hints: MetadataHints): Dispatched {
  const kind = detectKind(name, text, contentType);
  switch (kind) {
    case 'feed':
      return { parsed: parseXmlFeed(text, source) };
    case 'json-feed':
      return { parsed: parseJsonFeed(text, source) };
    case 'jsonl':
      return { docs: parseJsonl(text, source) };
    default:
      return { docs: [{ source, kind, content: text, encoding, hints }] };
  }
}

/** Decodes fetched or read bytes, honouring a charset from the Content-Type header or the page's `<meta>`. */
function decodeInput(bytes: Uint8Array, source: string, contentType?: string) {
  return decodeBytes(bytes, source, charsetFromContentType(contentType) ?? sniffHtmlCharset(bytes));
}

/**
 * Fetched feed bytes → the feed's items. Anything that is not a feed (a web page, JSON Lines, garbage) is a
 * Rejection naming what it was.
 */
export function parseFetchedFeed(bytes: Uint8Array, url: string, contentType?: string): ParsedFeed | Rejection {
  const decoded = decodeInput(bytes, url, contentType);
  if (isRejection(decoded)) return decoded;
  const result = dispatch(decoded.text, decoded.encoding, URL.canParse(url) ? new URL(url).pathname : url, url, contentType, { url });
  if ('parsed' in result) return result.parsed;
  const [first] = result.docs;
  return first && isRejection(first) ? first : reject('MALFORMED_XML', url, 'the response is not an RSS, Atom or JSON feed');
}

export class InputReader {
  private readonly limiter = new HostLimiter(2);

  constructor(private readonly options: ReadOptions) {}

  private async fetch(url: string) {
    const host = URL.canParse(url) ? new URL(url).host : url;
    return this.limiter.run(host, () => fetchUrl(url, this.options.fetch));
  }

  /** Reads one input into documents; every problem is a Rejection in the result. */
  async read(ref: InputRef): Promise<(RawDocument | Rejection)[]> {
    let bytes: Uint8Array;
    let contentType: string | undefined;
    let source: string;
    let name: string;
    const hints: MetadataHints = {};
    if (ref.type === 'file') {
      source = ref.source;
      name = ref.path;
      try {
        // One handle for the checks and the read. Non-blocking, so that opening a FIFO put in the file's place since
        // it was listed returns at once, and the type check on the open handle then refuses it.
        const file = await open(ref.path, constants.O_RDONLY | constants.O_NONBLOCK);
        try {
          const st = await file.stat();
          if (!st.isFile()) return [reject('NOT_A_FILE', source)];
          const size = st.size;
          if (size > this.options.maxFileBytes) return [reject('TOO_LARGE', source, `${size} bytes, limit ${this.options.maxFileBytes}`)];
          bytes = await file.readFile();
        } finally {
          await file.close();
        }
      } catch (err) {
        const code = codeOf(err);
        return [code === 'ENOENT' ? reject('MISSING_PATH', source) : reject('READ_FAILED', source, code ?? messageOf(err))];
      }
    } else {
      source = ref.url;
      const res = await this.fetch(ref.url);
      if (isRejection(res)) return [res];
      bytes = res.bytes;
      contentType = res.contentType;
      name = new URL(res.url).pathname;
      hints.url = res.url;
    }
    const decoded = decodeInput(bytes, source, contentType);
    if (isRejection(decoded)) return [decoded];
    const result = dispatch(decoded.text, decoded.encoding, name, source, contentType, hints);
    if ('docs' in result) return result.docs.map((d) => (isRejection(d) ? d : this.withOutlet(d, ref)));
    if (isRejection(result.parsed)) return [result.parsed];
    const items = result.parsed.items.map((d) => this.withOutlet(d, ref));
    if (!this.options.fetchItems) return items;
    return (await Promise.all(items.map((item) => this.readFeedItem(item)))).flat();
  }

  /**
   * The document's outlet as the user gave it: `--outlet` first; else what the input says itself (a record's field, a
   * feed's title); else the map beside the file, or the `--outlets` map by file name or by the host of its URL.
   */
  private withOutlet(doc: RawDocument, ref: InputRef): RawDocument {
    const outlet = this.options.outlet ?? doc.hints.outlet ?? mappedOutlet(ref, this.options.outletMap, doc.hints.url);
    return outlet && outlet !== doc.hints.outlet ? { ...doc, hints: { ...doc.hints, outlet } } : doc;
  }

  /**
   * Replaces a feed item's summary with its page. When the page cannot be had, the feed's own
   * content is kept and the failure is reported beside it.
   */
  async readFeedItem(item: RawDocument): Promise<(RawDocument | Rejection)[]> {
    if (!item.hints.url) return [item];
    const res = await this.fetch(item.hints.url);
    // A stop cut the fetch off: the item is left for the next run rather than stored with its summary for good.
    if (isRejection(res)) return this.options.fetch.signal?.aborted ? [] : [res, item];
    const decoded = decodeInput(res.bytes, item.source, res.contentType);
    if (isRejection(decoded)) return [decoded, item];
    return [{ ...item, kind: 'html', content: decoded.text, encoding: decoded.encoding, hints: { ...item.hints, url: res.url } }];
  }
}
