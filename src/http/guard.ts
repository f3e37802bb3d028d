// Request guards against other web pages: answer only the server's own host names (DNS rebinding), refuse writes sent
// by another site (cross-site request forgery), and admit a bounded number of writes at a time.
import type { MiddlewareHandler } from 'hono';
import { errorBody } from './errors.js';

/** Host names a loopback server answers to by default. */
export const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '::1'];

/** A host name as compared: lower case, no IPv6 brackets, no trailing dot. */
export const normaliseHost = (host: string) => host.toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');

/**
 * Answers only requests whose Host is one of `allowed` (`*` lets any through, for a server behind a proxy that checks
 * it). A page on another name that was rebound to this server's address gets 421 and can read nothing back.
 */
export function hostGuard(allowed: string[]): MiddlewareHandler {
  const names = new Set(allowed.map(normaliseHost));
  return async (c, next) => {
    if (names.has('*')) return next();
    const host = normaliseHost(new URL(c.req.url).hostname);
    if (!names.has(host)) {
      return c.json(errorBody('FORBIDDEN_HOST', `this server does not answer for the host name "${host}" (start it with --allowed-hosts to add one)`), 421);
    }
    return next();
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses writes a browser says came from another site. `Sec-Fetch-Site` (sent by every current browser, and not
 * settable by a page) decides when present: only same-origin, or none (typed by the user), goes through. Otherwise an
 * `Origin` must be this server's own (`null`, an opaque origin, is refused). Clients that send neither (curl, scripts)
 * are not browsers acting for another site, and go through.
 */
export function sameOriginWrites(): MiddlewareHandler {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const site = c.req.header('sec-fetch-site');
    const origin = c.req.header('origin');
    const own = new URL(c.req.url);
    const foreign =
      site !== undefined
        ? site !== 'same-origin' && site !== 'none'
        : origin !== undefined && (!URL.canParse(origin) || new URL(origin).host !== own.host || new URL(origin).protocol !== own.protocol);
    if (foreign) return c.json(errorBody('CROSS_SITE', 'writes are accepted only from this server\'s own pages or from non-browser clients'), 403);
    return next();
  };
}

/** Counts of requests let in at once and left waiting; past both, requests are refused with 503 and Retry-After. */
export interface AdmissionLimits {
  running: number;
  waiting: number;
  /** Seconds a refused client is told to wait. */
  retryAfterSeconds: number;
}

/**
 * Admits at most `running` requests at once and queues `waiting` more (their bodies stay unread in the socket, so a
 * waiting request costs no memory); any more are answered 503 with Retry-After.
 */
export function admission(limits: AdmissionLimits): MiddlewareHandler {
  let running = 0;
  const queue: (() => void)[] = [];
  const release = () => {
    const nextInLine = queue.shift();
    if (nextInLine) nextInLine();
    else running--;
  };
  return async (c, next) => {
    if (running >= limits.running) {
      if (queue.length >= limits.waiting) {
        c.header('Retry-After', String(limits.retryAfterSeconds));
        return c.json(errorBody('BUSY', `the server is handling ${limits.running + limits.waiting} writes; try again in ${limits.retryAfterSeconds} s`), 503);
      }
      await new Promise<void>((r) => queue.push(r));
    } else running++;
    try {
      await next();
    } finally {
      release();
    }
  };
}
