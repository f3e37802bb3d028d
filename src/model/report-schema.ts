// The Report JSON contract as a JSON Schema (draft 2020-12): `analyze`, `story` output and the library's `analyze`. It
// is the schema the Report type is derived from (model/report.ts), published with its identifiers.
import { publishSchema, type JsonSchema } from './json-schema.js';
import { ReportSchema } from './report.js';

/** JSON Schema of a Report: the articles (Article schema) and their stories. */
export const REPORT_SCHEMA: JsonSchema = publishSchema(ReportSchema, 'https://triangulate.dev/schemas/report.json');
