// URL → bytes: bounded redirects, timeout, size cap after decompression, and no private addresses unless allowed.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import zlib from 'node:zlib';
import { codeOf, messageOf, reject } from '../errors.js';
import type { Rejection } from '../model/rejection.js';
import { isForbiddenAddress } from './address-policy.js';

export interface FetchOptions {
  /** Total time for one fetch, redirects included: connecting, the headers and the whole body (not idle time). */
  timeoutMs: number;
  /** Cap on the body after decompression (a small gzip body can inflate to gigabytes). */
  maxBytes: number;
  maxRedirects: number;
  /** Let URLs reach private, loopback and link-local addresses (tests, intranets). */
  allowPrivate: boolean;
  userAgent: string;
  /** Extra request headers, e.g. If-None-Match for conditional GET. */
  headers?: Record<string, string>;
  /** Aborts the fetch in flight (a stop request): it ends as a FETCH_FAILED rejection at once. */
  signal?: AbortSignal;
}

export const DEFAULT_FETCH_OPTIONS: FetchOptions = {
  timeoutMs: 20_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  allowPrivate: false,
  userAgent: 'Triangulate/0.1 (news comparison; +https://www.npmjs.com/package/triangulate)',
};

export interface FetchedResource {
  url: string;
  status: number;
  contentType?: string;
  etag?: string;
  lastModified?: string;
  bytes: Buffer;
}

class FetchProblem extends Error {
  constructor(readonly rejection: Rejection) {
    super(rejection.reason);
  }
}

/** A DNS lookup that refuses names resolving to forbidden addresses, checked at connect time (no rebinding gap). */
function guardedLookup(allowPrivate: boolean, source: string): LookupFunction {
  return ((hostname: string, options: object, callback: (err: Error | null, address: string | LookupAddress[], family?: number) => void) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '', 0);
      const list = addresses as LookupAddress[];
      const bad = list.find((a) => isForbiddenAddress(a.address));
      if (bad && !allowPrivate) {
        return callback(new FetchProblem(reject('FORBIDDEN_ADDRESS', source, `${hostname} resolves to ${bad.address}`)), '', 0);
      }
      if ((options as { all?: boolean }).all) return callback(null, list);
      callback(null, list[0]!.address, list[0]!.family);
    });
  }) as LookupFunction;
}

function requestOnce(url: URL, options: FetchOptions, source: string, deadline: number): Promise<FetchedResource & { location?: string }> {
  return new Promise((resolve, fail) => {
    const client = url.protocol === 'https:' ? https : http;
    // One timer for the whole exchange: a server that trickles a byte every few seconds never resets it.
    const timer = setTimeout(() => req.destroy(new FetchProblem(reject('FETCH_FAILED', source, `took longer than ${options.timeoutMs} ms`))), Math.max(1, deadline - Date.now()));
    const onAbort = () => req.destroy(new FetchProblem(reject('FETCH_FAILED', source, 'stopped before the fetch finished')));
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const settle = <T>(fn: (value: T) => void) => (value: T) => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      fn(value);
    };
    const done = settle(resolve);
    const failed = settle(fail);
    const req = client.request(
      url,
      {
        method: 'GET',
        lookup: guardedLookup(options.allowPrivate, source),
        headers: {
          'user-agent': options.userAgent,
          accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/json,text/plain;q=0.9,*/*;q=0.5',
          'accept-encoding': 'gzip, deflate, br',
          ...options.headers,
        },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const header = (name: string) => {
          const v = res.headers[name];
          return Array.isArray(v) ? v[0] : v;
        };
        const base = { url: url.toString(), status, contentType: header('content-type'), etag: header('etag'), lastModified: header('last-modified') };
        if (status >= 300 && status < 400 && res.headers.location) {
          res.resume();
          return done({ ...base, bytes: Buffer.alloc(0), location: res.headers.location });
        }
        const declared = Number(header('content-length'));
        if (declared > options.maxBytes) {
          req.destroy();
          return failed(new FetchProblem(reject('TOO_LARGE', source, `${declared} bytes declared, limit ${options.maxBytes}`)));
        }
        const encoding = (header('content-encoding') ?? '').toLowerCase();
        const stream =
          encoding === 'gzip' || encoding === 'x-gzip'
            ? res.pipe(zlib.createGunzip())
            : encoding === 'deflate'
              ? res.pipe(zlib.createInflate())
              : encoding === 'br'
                ? res.pipe(zlib.createBrotliDecompress())
                : res;
        const chunks: Buffer[] = [];
        let size = 0;
        stream.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > options.maxBytes) {
            req.destroy();
            stream.destroy();
            failed(new FetchProblem(reject('TOO_LARGE', source, `body exceeds ${options.maxBytes} bytes`)));
            return;
          }
          chunks.push(chunk);
        });
        stream.on('end', () => done({ ...base, bytes: Buffer.concat(chunks) }));
        stream.on('error', (err) => failed(new FetchProblem(reject('FETCH_FAILED', source, `bad ${encoding || 'response'} body: ${err.message}`))));
        // The timer or a stop destroys the request mid-body: the response then fails with the request's reason.
        res.on('error', (err) => failed(req.errored ?? err));
        res.on('aborted', () => failed(req.errored ?? new Error('the connection closed before the body ended')));
      },
    );
    req.on('error', (err) => failed(err));
    if (options.signal?.aborted) onAbort();
    req.end();
  });
}

/**
 * Fetches a URL. Every failure is a Rejection (never a throw): unsupported scheme, forbidden
 * address, DNS or connection error, timeout, HTTP error status, too many redirects, too large.
 *
 * @example await fetchUrl('https://example.org/a', DEFAULT_FETCH_OPTIONS)
 */
export async function fetchUrl(input: string, options: FetchOptions = DEFAULT_FETCH_OPTIONS): Promise<FetchedResource | Rejection> {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return reject('UNSUPPORTED_URL', input, 'not a valid URL');
  }
  const deadline = Date.now() + options.timeoutMs;
  for (let hop = 0; hop <= options.maxRedirects; hop++) {
    if (options.signal?.aborted) return reject('FETCH_FAILED', input, 'stopped before the fetch finished');
    if (Date.now() >= deadline) return reject('FETCH_FAILED', input, `took longer than ${options.timeoutMs} ms`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return reject('UNSUPPORTED_URL', input, url.protocol);
    if (url.username || url.password) return reject('UNSUPPORTED_URL', input, 'credentials in URLs are not sent');
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (isIP(host) && isForbiddenAddress(host) && !options.allowPrivate) return reject('FORBIDDEN_ADDRESS', input, host);
    let res: FetchedResource & { location?: string };
    try {
      res = await requestOnce(url, options, input, deadline);
    } catch (err) {
      if (err instanceof FetchProblem) return err.rejection;
      const cause = (err as NodeJS.ErrnoException).cause;
      if (cause instanceof FetchProblem) return cause.rejection;
      return reject('FETCH_FAILED', input, codeOf(err) ?? messageOf(err));
    }
    if (res.location !== undefined) {
      try {
        url = new URL(res.location, url);
      } catch {
        return reject('FETCH_FAILED', input, `bad redirect location ${res.location}`);
      }
      continue;
    }
    if (res.status === 304) return res;
    if (res.status >= 400) return reject('HTTP_ERROR', input, `HTTP ${res.status}`);
    return res;
  }
  return reject('TOO_MANY_REDIRECTS', input, `more than ${options.maxRedirects}`);
}
