// The feed table's poll update, shared by both backends (same columns in each).
import type { FeedPoll } from './store.js';

/**
 * The SET expressions for a poll outcome, given a placeholder maker: a success resets the failure count and keeps
 * the validators; a failure counts up and keeps the old validators (the next poll is still conditional).
 */
export function feedPollUpdate(poll: FeedPoll, ph: (v: unknown) => string): string {
  const common = [`next_poll_at = ${ph(poll.nextPollAt)}`, `last_poll_at = ${ph(poll.at)}`];
  if (poll.ok) {
    return [
      ...common,
      `etag = ${ph(poll.etag ?? null)}`,
      `last_modified = ${ph(poll.lastModified ?? null)}`,
      'failures = 0',
      `last_success_at = ${ph(poll.at)}`,
      `items_seen = items_seen + ${ph(poll.newItems)}`,
    ].join(', ');
  }
  return [...common, 'failures = failures + 1', `last_error_at = ${ph(poll.at)}`, `last_error = ${ph(poll.error)}`].join(', ');
}
