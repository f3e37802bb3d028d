// The Article JSON contract as a JSON Schema (draft 2020-12): `list --json` items, `show --json`, `export` lines. It is
// the schema the Article type is derived from (model/article.ts), published with its identifiers.
import { ArticleSchema } from './article.js';
import { publishSchema, type JsonSchema } from './json-schema.js';

/** JSON Schema of one Article. Optional fields are absent, never null. */
export const ARTICLE_SCHEMA: JsonSchema = publishSchema(ArticleSchema, 'https://triangulate.dev/schemas/article.json');
