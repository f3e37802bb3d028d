// The `triangulate` command line: global options, commands, and the mapping of errors to exit codes (2 = usage).
import { Command, CommanderError } from 'commander';
import { TriangulateError } from '../errors.js';
import { DEFAULT_DB } from '../service/open-store.js';
import { registerDemo } from './commands/demo.js';
import { registerExport } from './commands/export.js';
import { registerIngest } from './commands/ingest.js';
import { registerList } from './commands/list.js';
import { registerOutlets } from './commands/outlets.js';
import { registerSearch } from './commands/search.js';
import { registerServe } from './commands/serve.js';
import { registerShow } from './commands/show.js';
import { registerStories } from './commands/stories.js';
import { registerWatch } from './commands/watch.js';
import { registerWorker } from './commands/worker.js';
import { err } from './output.js';

export type { GlobalOptions } from './options.js';

export function buildProgram(): Command {
  const program = new Command('triangulate')
    .description('Turn news articles from many outlets into stories: who said what, what every outlet reported, where they differ.')
    .option('--db <file|url>', 'archive: a SQLite file, or postgres://user:password@host/database', process.env.TRIANGULATE_DB || DEFAULT_DB)
    .option('--json', 'print JSON instead of text')
    // A mistake gets one line and a pointer to the help, not the whole help.
    .showHelpAfterError('(triangulate --help lists the commands; triangulate <command> --help its options)')
    .showSuggestionAfterError()
    .configureHelp({ showGlobalOptions: true })
    .exitOverride();
  for (const register of [registerIngest, registerStories, registerList, registerShow, registerSearch, registerExport, registerServe, registerDemo, registerWorker, registerWatch, registerOutlets]) register(program);
  const configure = (cmd: Command, path: string): void => {
    cmd.exitOverride().showHelpAfterError(`(triangulate ${path} --help shows its options)`).configureHelp({ showGlobalOptions: true });
    for (const sub of cmd.commands) configure(sub, `${path} ${sub.name()}`);
  };
  for (const cmd of program.commands) configure(cmd, cmd.name());
  return program;
}

/** Runs the CLI; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  process.exitCode = undefined; // commands set it; a previous in-process run must not leak into this one
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (caught) {
    if (caught instanceof CommanderError) {
      // --help and --version are not errors.
      return caught.exitCode === 0 || caught.code === 'commander.helpDisplayed' || caught.code === 'commander.version' ? 0 : 2;
    }
    if (caught instanceof TriangulateError) {
      err(`triangulate: ${caught.message}\n`);
      return caught.code === 'USAGE' ? 2 : 1;
    }
    err(`triangulate: unexpected error: ${(caught as Error).stack ?? caught}\n`);
    return 1;
  }
}
