// Worker thread: RawDocument in, Article | Rejection out (extraction, cleaning, metadata and analysis, off the main thread).
import { parentPort } from 'node:worker_threads';
import { messageOf, reject } from '../errors.js';
import { prepareDocument } from './prepare-document.js';
import type { RawDocument } from '../model/raw-document.js';

/** Messages to the pool: `ready` once loaded (start-up is not charged to a document's budget), then one `result` per document. */
export type WorkerMessage = { type: 'ready' } | { type: 'result'; result: ReturnType<typeof prepareDocument> };

const post = (m: WorkerMessage) => parentPort!.postMessage(m);

parentPort?.on('message', (raw: RawDocument) => {
  try {
    post({ type: 'result', result: prepareDocument(raw) });
  } catch (err) {
    post({ type: 'result', result: reject('EXTRACTION_FAILED', raw.source, messageOf(err)) });
  }
});
if (parentPort) post({ type: 'ready' });
