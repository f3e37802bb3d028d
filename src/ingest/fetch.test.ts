import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isRejection } from '../model/rejection.js';
import { DEFAULT_FETCH_OPTIONS, fetchUrl, type FetchedResource } from './fetch.js';

let server: Server;
let base: string;
const loopback = { ...DEFAULT_FETCH_OPTIONS, allowPrivate: true, timeoutMs: 2000, maxBytes: 64 * 1024 };

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/ok') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag: '"v1"' });
      res.end(`<p>hello ${req.headers['user-agent']}</p>`);
    } else if (path.startsWith('/redirect/')) {
      const n = Number(path.split('/')[2]);
      res.writeHead(302, { location: n > 0 ? `/redirect/${n - 1}` : '/ok' });
      res.end();
    } else if (path === '/to-metadata') {
      res.writeHead(301, { location: 'http://169.254.169.254/latest/meta-data/' });
      res.end();
    } else if (path === '/missing') {
      res.writeHead(404);
      res.end('nope');
    } else if (path === '/trickle') {
      // A byte every 100 ms, forever: an idle timeout never fires on it.
      res.writeHead(200, { 'content-type': 'text/plain' });
      const tick = setInterval(() => res.write('x'), 100);
      res.on('close', () => clearInterval(tick));
    } else if (path === '/slow') {
      setTimeout(() => res.end('late'), 5000).unref();
    } else if (path === '/gzip-bomb') {
      res.writeHead(200, { 'content-encoding': 'gzip' });
      res.end(gzipSync(Buffer.alloc(10 * 1024 * 1024, 0x61)));
    } else if (path === '/gzip') {
      res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'text/plain' });
      res.end(gzipSync(Buffer.from('compressed body')));
    } else if (path === '/declared-huge') {
      res.writeHead(200, { 'content-length': String(100 * 1024 * 1024) });
      res.write('x');
    } else {
      res.writeHead(500);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const fetched = (x: FetchedResource | { code: string; reason: string }) => {
  if (isRejection(x)) throw new Error(x.reason);
  return x as FetchedResource;
};

describe('fetchUrl', () => {
  it('fetches a page with an honest User-Agent and keeps validators', async () => {
    const res = fetched(await fetchUrl(`${base}/ok`, loopback));
    expect(res.bytes.toString()).toContain('Triangulate/');
    expect(res.etag).toBe('"v1"');
    expect(res.contentType).toContain('text/html');
  });

  it('follows a bounded number of redirects', async () => {
    expect(fetched(await fetchUrl(`${base}/redirect/3`, loopback)).url).toBe(`${base}/ok`);
    const tooMany = await fetchUrl(`${base}/redirect/9`, loopback);
    expect(isRejection(tooMany) && tooMany.code).toBe('TOO_MANY_REDIRECTS');
  });

  it('decompresses gzip bodies', async () => {
    expect(fetched(await fetchUrl(`${base}/gzip`, loopback)).bytes.toString()).toBe('compressed body');
  });

  it.each([
    { name: 'HTTP error status', path: '/missing', code: 'HTTP_ERROR' },
    { name: 'timeout', path: '/slow', code: 'FETCH_FAILED' },
    { name: 'a compressed body over the cap after inflating', path: '/gzip-bomb', code: 'TOO_LARGE' },
    { name: 'a declared length over the cap', path: '/declared-huge', code: 'TOO_LARGE' },
  ])('rejects $name', async ({ path, code }) => {
    const out = await fetchUrl(`${base}${path}`, loopback);
    expect(isRejection(out) && out.code).toBe(code);
  });

  it('holds a trickling server to the total deadline, not to an idle timeout', async () => {
    const started = Date.now();
    const out = await fetchUrl(`${base}/trickle`, { ...loopback, timeoutMs: 800, maxBytes: 1024 * 1024 });
    expect(isRejection(out) && out.code).toBe('FETCH_FAILED');
    expect(isRejection(out) && out.reason).toMatch(/longer than 800 ms/);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('stops a fetch in flight when its signal aborts', async () => {
    const stop = new AbortController();
    setTimeout(() => stop.abort(), 200);
    const started = Date.now();
    const out = await fetchUrl(`${base}/trickle`, { ...loopback, timeoutMs: 60_000, maxBytes: 1024 * 1024, signal: stop.signal });
    expect(isRejection(out) && out.reason).toMatch(/stopped/);
    expect(Date.now() - started).toBeLessThan(3000);
    const already = await fetchUrl(`${base}/ok`, { ...loopback, signal: stop.signal });
    expect(isRejection(already) && already.reason).toMatch(/stopped/);
  });

  it('refuses loopback unless allowed', async () => {
    const out = await fetchUrl(`${base}/ok`, DEFAULT_FETCH_OPTIONS);
    expect(isRejection(out) && out.code).toBe('FORBIDDEN_ADDRESS');
  });

  it('refuses names that resolve to loopback', async () => {
    const port = (server.address() as AddressInfo).port;
    const out = await fetchUrl(`http://localhost:${port}/ok`, DEFAULT_FETCH_OPTIONS);
    expect(isRejection(out) && out.code).toBe('FORBIDDEN_ADDRESS');
  });

  it('refuses a redirect to a metadata address even from an allowed server', async () => {
    // The first hop is allowed only because the test allows loopback; the target is link-local.
    const out = await fetchUrl(`${base}/to-metadata`, { ...DEFAULT_FETCH_OPTIONS, timeoutMs: 2000 });
    expect(isRejection(out) && out.code).toBe('FORBIDDEN_ADDRESS');
  });

  it.each([
    ['file:///etc/passwd', 'UNSUPPORTED_URL'],
    ['ftp://example.org/x', 'UNSUPPORTED_URL'],
    ['http://user:pw@example.org/', 'UNSUPPORTED_URL'],
    ['not a url', 'UNSUPPORTED_URL'],
    ['http://10.0.0.5/admin', 'FORBIDDEN_ADDRESS'],
    ['http://[::1]/', 'FORBIDDEN_ADDRESS'],
  ])('refuses %s', async (url, code) => {
    const out = await fetchUrl(url, DEFAULT_FETCH_OPTIONS);
    expect(isRejection(out) && out.code).toBe(code);
  });
});
