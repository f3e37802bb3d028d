// JSON Schema fragments of the language analysis fields (`sentences`, `entities`, `quotes`, `dates`) of an Article.

const offsets = {
  start: { type: 'integer', minimum: 0, description: 'Offset of the first character in the article `text`.' },
  end: { type: 'integer', minimum: 1, description: 'Offset after the last character (half-open range).' },
} as const;

const mention = {
  type: 'object',
  required: ['text', 'start', 'end'],
  properties: { text: { type: 'string', minLength: 1 }, ...offsets },
  additionalProperties: false,
} as const;

/** Properties added to the Article schema; every offset points into the article's `text`. */
export const ANALYSIS_PROPERTIES = {
  sentences: {
    type: 'array',
    description: 'Sentence spans, in order.',
    items: { type: 'object', required: ['start', 'end'], properties: offsets, additionalProperties: false },
  },
  entities: {
    type: 'array',
    description: 'People, organisations, places and works, one per referent, with every mention.',
    items: {
      type: 'object',
      required: ['name', 'type', 'aliases', 'mentions'],
      properties: {
        name: { type: 'string', minLength: 1, description: 'Canonical name: the fullest, most frequent spelling.' },
        type: { enum: ['person', 'organization', 'place', 'work', 'other'] },
        aliases: { type: 'array', items: { type: 'string' }, description: 'Other spellings used in this article.' },
        role: { type: 'string', description: 'Role or title split off the name, lower case.' },
        affiliation: { type: 'string', description: 'Country or organisation the role belongs to.' },
        mentions: { type: 'array', minItems: 1, items: mention },
      },
      additionalProperties: false,
    },
  },
  quotes: {
    type: 'array',
    description: 'Direct quotations: the words inside the marks.',
    items: {
      type: 'object',
      required: ['text', 'start', 'end', 'speaker', 'kind'],
      properties: {
        text: { type: 'string', minLength: 1 },
        ...offsets,
        speaker: { type: ['string', 'null'], description: 'Canonical name of the speaker entity; null when the text does not say.' },
        kind: { enum: ['statement', 'term', 'title'] },
        verb: { type: 'string', description: 'The attribution verb as printed.' },
      },
      additionalProperties: false,
    },
  },
  dates: {
    type: 'array',
    description: 'Date expressions resolved against the publication date.',
    items: {
      type: 'object',
      required: ['text', 'start', 'end', 'value'],
      properties: {
        text: { type: 'string', minLength: 1 },
        ...offsets,
        value: {
          type: ['string', 'null'],
          pattern: '^(?:\\d{4}(?:-\\d{2}(?:-\\d{2})?|-W\\d{2})?|--\\d{2}-\\d{2})$',
          description: 'ISO 8601: YYYY-MM-DD, YYYY-MM, YYYY-Www or YYYY, or --MM-DD (a month and day whose year the text does not give); null when unresolvable.',
        },
      },
      additionalProperties: false,
    },
  },
} as const;
