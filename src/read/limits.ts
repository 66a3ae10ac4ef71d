/**
 * The sizes the readers take (R7, R59, R63): a request body of at most this many characters, as JSON text, as
 * URL-encoded text, or as the sum of a form's names and text values.
 * @module
 */

/** The largest request body the library reads, in characters (R7). */
export const MAX_BODY_CHARS = 1_048_576;
