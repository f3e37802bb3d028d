// Worker threads for the interface layers (the server builds reports in one), started the way the pipeline starts its own.
export { startWorkerThread } from '../pipeline/worker-thread.js';
