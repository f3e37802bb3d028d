// Bodies of the HTTP API: what a client sends and gets back when it adds an article or a feed.
import { Type, type Static } from '@sinclair/typebox';
import { DuplicateLinkSchema } from './article.js';
import { RejectionSchema } from './rejection.js';
import { StorySummarySchema } from './story.js';

/** One document submitted directly (HTTP API, web form): text or HTML with optional metadata, or an http(s) URL. */
export const DocumentRequestSchema = Type.Object({
  text: Type.Optional(Type.String()),
  html: Type.Optional(Type.String()),
  url: Type.Optional(Type.String({ description: 'An http:// or https:// address, fetched by the server (never a local path).' })),
  source: Type.Optional(Type.String({ description: 'Where the text is from; refused (409) when another text is stored under it.' })),
  title: Type.Optional(Type.String()),
  outlet: Type.Optional(Type.String()),
  published: Type.Optional(Type.String()),
});
export type DocumentRequest = Static<typeof DocumentRequestSchema>;

/** What became of a submitted document. */
export const DocumentResultSchema = Type.Object({
  id: Type.Optional(Type.String()),
  storyId: Type.Optional(Type.String()),
  status: Type.Optional(Type.Union([Type.Literal('added'), Type.Literal('updated'), Type.Literal('unchanged')], { description: '`updated`: a URL whose page changed since it was stored.' })),
  duplicateOf: Type.Optional(DuplicateLinkSchema),
  rejected: Type.Optional(RejectionSchema),
});
export type DocumentResult = Static<typeof DocumentResultSchema>;

/** A feed to ingest now. */
export const FeedRequestSchema = Type.Object({ url: Type.String({ pattern: '^[hH][tT][tT][pP][sS]?://' }), fetchItems: Type.Optional(Type.Boolean()) });
export type FeedRequest = Static<typeof FeedRequestSchema>;

/** A page of the story list. */
export const StoryListSchema = Type.Object({ total: Type.Integer(), items: Type.Array(StorySummarySchema) });

/** Every error answer of the API. */
export const ErrorBodySchema = Type.Object({ error: Type.Object({ code: Type.String(), message: Type.String() }) });
