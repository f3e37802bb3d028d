// /openapi.json, built from the same schemas as the report and the article (OpenAPI 3.1 uses JSON Schema 2020-12).
import { DocumentRequestSchema, DocumentResultSchema, ErrorBodySchema, FeedRequestSchema, StoryListSchema } from '../model/api.js';
import { ARTICLE_SCHEMA } from '../model/article-schema.js';
import { plainSchema } from '../model/json-schema.js';
import { REPORT_SCHEMA } from '../model/report-schema.js';

const strip = (schema: object) => Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema' && k !== '$id'));
const json = (ref: string, description: string) => ({ description, content: { 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } } });
const error = { description: 'Bad input, unknown id or too large a body', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
const refused = (description: string) => ({ ...error, description });
/** What any write can be refused for, besides bad input. */
const writeRefusals = {
  401: refused('A token is required for writes'),
  403: refused('The write came from another site (Sec-Fetch-Site or Origin)'),
  413: refused('The body is larger than 5 MB'),
  415: refused('A JSON body not sent as application/json'),
  421: refused('The Host is not one of the server\'s names'),
  503: refused('Too many writes at once: try again after Retry-After seconds'),
};
const paging = [
  { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 0, maximum: 500 } },
  { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0 } },
];

export function openApiDocument(): object {
  return {
    openapi: '3.1.0',
    info: { title: 'Triangulate', version: '0.1.0', description: 'Stories from many outlets: who said what, what all carry, where they differ.' },
    paths: {
      '/api/stories': {
        get: {
          summary: 'Stories, latest first',
          parameters: [...paging, ...['q', 'outlet', 'from', 'to'].map((name) => ({ name, in: 'query', schema: { type: 'string' } }))],
          responses: { 200: json('StoryList', 'A page of stories'), 400: error },
        },
      },
      '/api/stories/{id}': { get: { summary: 'One story report', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { 200: json('Report', 'The report'), 404: error } } },
      '/api/articles': { get: { summary: 'Articles in ingest order', parameters: paging, responses: { 200: { description: 'A page of article summaries' } } }, post: {
        summary: 'Add one article: JSON {text | html | url, source?, title?, outlet?, published?} or a multipart upload (file)',
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/DocumentRequest' } }, 'multipart/form-data': { schema: { type: 'object' } } } },
        responses: {
          201: json('DocumentResult', 'Stored: the article and the story it joined'),
          200: json('DocumentResult', 'Already stored (status "unchanged"), or a URL whose page changed (status "updated")'),
          400: error,
          409: json('DocumentResult', 'Refused: the source is stored with another text (SOURCE_TAKEN)'),
          422: json('DocumentResult', 'Rejected (the reason is in "rejected")'),
          ...writeRefusals,
        },
      } },
      '/api/articles/{id}': { get: { summary: 'One article with its analysis', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { 200: json('Article', 'The article'), 404: error } } },
      '/api/search': { get: { summary: 'Full-text search of articles', parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'string' } }, ...paging], responses: { 200: { description: 'Matching articles' }, 400: error } } },
      '/api/feeds': { post: { summary: 'Ingest a feed URL', requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/FeedRequest' } } } }, responses: { 201: { description: 'Articles stored' }, 400: error, ...writeRefusals } } },
    },
    components: {
      schemas: {
        Article: strip(ARTICLE_SCHEMA),
        Report: strip(REPORT_SCHEMA),
        StoryList: plainSchema(StoryListSchema),
        DocumentRequest: plainSchema(DocumentRequestSchema),
        DocumentResult: plainSchema(DocumentResultSchema),
        FeedRequest: plainSchema(FeedRequestSchema),
        Error: plainSchema(ErrorBodySchema),
      },
    },
  };
}
