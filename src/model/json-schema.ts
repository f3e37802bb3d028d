// A schema as published: plain JSON (TypeBox's symbol keys dropped), with its draft and identifier.
import type { TSchema } from '@sinclair/typebox';

/** A JSON Schema document as plain data. */
export type JsonSchema = Record<string, unknown>;

/** The schema as plain JSON Schema (for embedding in another document, such as the OpenAPI description). */
export function plainSchema(schema: TSchema): JsonSchema {
  return JSON.parse(JSON.stringify(schema)) as JsonSchema;
}

/** The schema as a JSON Schema 2020-12 document with `$id`. */
export function publishSchema(schema: TSchema, id: string): JsonSchema {
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', $id: id, ...(JSON.parse(JSON.stringify(schema)) as JsonSchema) };
}
