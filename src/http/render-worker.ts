// Worker thread: builds story reports and pages from its own connection to the archive, off the server's event loop.
import { parentPort, workerData } from 'node:worker_threads';
import { messageOf, TriangulateError } from '../errors.js';
import { openStore } from '../service/open-store.js';
import { renderStory, type RenderKind } from './render-story.js';

export interface RenderRequest {
  seq: number;
  kind: RenderKind;
  storyId: string;
}
export type RenderReply = { seq: number; text: string } | { seq: number; error: { code: TriangulateError['code']; detail: string } | { message: string } };

const store = await openStore((workerData as { location: string }).location);

parentPort!.on('message', (m: RenderRequest) => {
  renderStory(store, m.kind, m.storyId).then(
    (text) => parentPort!.postMessage({ seq: m.seq, text } satisfies RenderReply),
    (err: unknown) =>
      parentPort!.postMessage({
        seq: m.seq,
        error: err instanceof TriangulateError ? { code: err.code, detail: err.detail } : { message: messageOf(err) },
      } satisfies RenderReply),
  );
});
