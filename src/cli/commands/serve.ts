// `triangulate serve`: the HTTP API and the web UI in one process; loopback by default, a token for writes otherwise.
import { serve } from '@hono/node-server';
import type { Command } from 'commander';
import { TriangulateError } from '../../errors.js';
import { createApp } from '../../http/app.js';
import { describeDb, openStore } from '../../service/open-store.js';
import type { GlobalOptions } from '../main.js';
import { parseCount } from '../main.js';

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the web UI and the HTTP JSON API')
    .option('--port <n>', 'port', parseCount, 8080)
    .option('--host <address>', 'address to bind (loopback by default)', '127.0.0.1')
    .option('--token <token>', 'token required for writes (or TRIANGULATE_TOKEN); required when not on loopback')
    .action(async (opts: { port: number; host: string; token?: string }, cmd: Command) => {
      const global = cmd.optsWithGlobals<GlobalOptions>();
      const token = opts.token ?? process.env.TRIANGULATE_TOKEN ?? undefined;
      if (!LOOPBACK.has(opts.host) && !token) {
        throw new TriangulateError('USAGE', `binding to ${opts.host} exposes the archive: give --token (or TRIANGULATE_TOKEN) so that writes need it`);
      }
      const store = await openStore(global.db);
      const app = createApp({ store, ...(token ? { token } : {}) });
      await new Promise<void>((done) => {
        const server = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host }, (info) => {
          process.stdout.write(`Triangulate on http://${opts.host.includes(':') ? `[${opts.host}]` : opts.host}:${info.port}/ (archive ${describeDb(global.db)})\n`);
        });
        const stop = () => {
          server.close(() => {
            void store.close().then(done);
          });
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
