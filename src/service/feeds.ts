// Feeds for the CLI and the server: watch them until stopped, and list their health.
import { DEFAULT_WATCH_OPTIONS, watchFeeds, type WatchOptions } from '../pipeline/watch.js';
import type { FeedState, Store } from '../store/store.js';

export { DEFAULT_WATCH_OPTIONS, type WatchOptions };

/** Registers `urls` (if any) and polls every registered feed when due, until the signal aborts. */
export function watch(store: Store, urls: string[], options: Partial<WatchOptions> = {}): Promise<void> {
  return watchFeeds(store, urls, options);
}

/** Every watched feed with its health, by URL. */
export function listFeeds(store: Store): Promise<FeedState[]> {
  return store.listFeeds();
}
