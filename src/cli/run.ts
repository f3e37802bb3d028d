// Entry point of the `triangulate` binary.
import { main } from './main.js';

// A reader that stops early (`triangulate list | head`) closes the pipe: finish quietly, not with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(process.exitCode ?? 0);
  });
}

process.exitCode = await main(process.argv.slice(2));
