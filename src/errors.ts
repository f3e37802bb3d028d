// Error-code registry: every code a user can see, with its meaning. Misuse throws TriangulateError; bad input becomes a Rejection.

export const ERROR_CODES = {
  MISSING_PATH: 'the path does not exist',
  READ_FAILED: 'the file could not be read',
  NOT_A_FILE: 'the path is a device, FIFO or socket, not a file',
  SYMLINK_SKIPPED: 'a symbolic link inside a folder is not followed (give its target directly to read it)',
  EMPTY_INPUT: 'the input is empty',
  BINARY_INPUT: 'the input is binary, not text',
  UNDECODABLE_TEXT: 'the bytes are not text in any supported encoding',
  TOO_LARGE: 'the input is larger than the size limit',
  MALFORMED_HTML: 'the HTML could not be parsed',
  MALFORMED_XML: 'the feed XML could not be parsed',
  MALFORMED_JSON: 'the JSON could not be parsed',
  INVALID_RECORD: 'the record lacks required fields',
  NOT_AN_ARTICLE: 'no article text was found',
  EXTRACTION_BUDGET: 'the page exceeded the extraction budget',
  UNSUPPORTED_URL: 'the URL scheme is not http or https',
  FORBIDDEN_ADDRESS: 'the URL resolves to a private, loopback or link-local address',
  FETCH_FAILED: 'the URL could not be fetched',
  HTTP_ERROR: 'the server answered with an error status',
  TOO_MANY_REDIRECTS: 'the URL redirected too many times',
  SOURCE_TAKEN: 'another article is stored under this source',
  EXTRACTION_FAILED: 'extraction failed unexpectedly',
  STORE_FAILED: 'the archive could not be opened or written',
  WRITE_FAILED: 'the output could not be written',
  USAGE: 'the command was used wrongly',
  UNKNOWN_ID: 'no article has that id',
  UNKNOWN_STORY: 'no story has that id',
  CONFLICT: 'another process changed the data first',
  PORT_IN_USE: 'the port is already in use',
  // HTTP only: what a request was refused for.
  UNAUTHORIZED: 'this server needs a token for writes',
  NOT_FOUND: 'no such route',
  UNSUPPORTED_MEDIA_TYPE: 'the request body has the wrong Content-Type',
  FORBIDDEN_HOST: 'this server does not answer for that host name',
  CROSS_SITE: 'the write came from another site',
  BUSY: 'the server is busy',
  REPORT_BUDGET: 'the story report took longer than its time budget',
  INTERNAL: 'internal error',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Thrown for misuse (bad options, unknown backend), never for bad input documents. */
export class TriangulateError extends Error {
  readonly code: ErrorCode;
  /** What was being done and to what (the message is the code's wording, then this). */
  readonly detail: string;

  constructor(code: ErrorCode, detail: string, options?: { cause?: unknown }) {
    super(`${ERROR_CODES[code]}: ${detail}`, options);
    this.name = 'TriangulateError';
    this.code = code;
    this.detail = detail;
  }
}

/** Builds a Rejection-shaped value; the one place reasons get their code's wording. */
export function reject(code: ErrorCode, source: string, detail?: string): { code: ErrorCode; reason: string; source: string } {
  return { code, reason: detail ? `${ERROR_CODES[code]} (${detail})` : ERROR_CODES[code], source };
}

/** What went wrong, in one line, from anything thrown (an Error's message, else the value as text). */
export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** The system error code of a thrown error ("ENOENT", "ECONNREFUSED"), if it has one. */
export function codeOf(err: unknown): string | undefined {
  const code = err instanceof Error && 'code' in err ? err.code : undefined;
  return typeof code === 'string' ? code : undefined;
}
