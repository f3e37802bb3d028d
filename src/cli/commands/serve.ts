// `triangulate serve`: the HTTP API and the web UI in one process; loopback by default, a token for writes otherwise.
import { networkInterfaces } from 'node:os';
import { serve } from '@hono/node-server';
import type { Command } from 'commander';
import { codeOf, messageOf, TriangulateError } from '../../errors.js';
import { createApp } from '../../http/app.js';
import { LOOPBACK_HOSTS, normaliseHost } from '../../http/guard.js';
import { describeDb, openStore } from '../../service/open-store.js';
import type { GlobalOptions } from '../options.js';
import { parseCount } from '../options.js';
import { out } from '../output.js';

const WILDCARDS = new Set(['0.0.0.0', '::']);

/**
 * The host names the server answers to: the loopback names, the address it binds (every interface's address when it
 * binds them all) and the names given with --allowed-hosts. Any other Host header is refused, so that a page on a
 * rebound name cannot read the answers.
 */
export function allowedHosts(bind: string, extra: string[]): string[] {
  const hosts = new Set([...LOOPBACK_HOSTS, normaliseHost(bind), ...extra.map(normaliseHost)]);
  if (WILDCARDS.has(bind)) for (const list of Object.values(networkInterfaces())) for (const i of list ?? []) hosts.add(normaliseHost(i.address));
  return [...hosts];
}

const list = (value: string, previous: string[] = []) => [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)];

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the web UI and the HTTP JSON API')
    .option('--port <n>', 'port', parseCount, 8080)
    .option('--host <address>', 'address to bind (loopback by default)', '127.0.0.1')
    .option('--token <token>', 'token required for writes (or TRIANGULATE_TOKEN); required when not on loopback')
    .option('--allowed-hosts <names>', 'more host names to answer to, comma-separated (a name the server is reached by; * for any, behind a proxy that checks it)', list)
    .action(async (opts: { port: number; host: string; token?: string; allowedHosts?: string[] }, cmd: Command) => {
      const global = cmd.optsWithGlobals<GlobalOptions>();
      const token = opts.token ?? process.env.TRIANGULATE_TOKEN ?? undefined;
      if (!LOOPBACK_HOSTS.includes(normaliseHost(opts.host)) && !token) {
        throw new TriangulateError('USAGE', `binding to ${opts.host} exposes the archive: give --token (or TRIANGULATE_TOKEN) so that writes need it`);
      }
      const store = await openStore(global.db);
      const app = createApp({ store, allowedHosts: allowedHosts(opts.host, opts.allowedHosts ?? []), ...(token ? { token } : {}) });
      await new Promise<void>((done, fail) => {
        const server = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host }, (info) => {
          out(`Triangulate on http://${opts.host.includes(':') ? `[${opts.host}]` : opts.host}:${info.port}/ (archive ${describeDb(global.db)})\n`);
        });
        server.once('error', (e) => {
          const inUse = codeOf(e) === 'EADDRINUSE';
          void app
            .close()
            .then(() => store.close())
            .then(() =>
              fail(
                inUse
                  ? new TriangulateError('PORT_IN_USE', `${opts.host}:${opts.port} (stop what uses it, or choose another with --port)`)
                  : new TriangulateError('USAGE', `cannot listen on ${opts.host}:${opts.port}: ${messageOf(e)}`),
              ),
            );
        });
        const stop = () => {
          server.close(() => {
            void app
              .close()
              .then(() => store.close())
              .then(done);
          });
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
