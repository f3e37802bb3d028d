// Entry point of the `triangulate` binary.
import { main } from './main.js';

// A reader that stops early (`triangulate list | head`) closes the pipe: finish quietly, not with a stack trace. Any
// other failure to write the output (a full disk) ends the run with one line saying so.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    if (stream === process.stdout) process.stderr.write(`triangulate: the output could not be written: ${err.code ?? err.message}\n`);
    process.exit(1);
  });
}

process.exitCode = await main(process.argv.slice(2));
