/**
 * The CLI's form file (R52, R58): one entry a line, `name=value` for text (the value runs to the end of the line,
 * taken as written) and `name@=path` for a file to attach. Blank lines and lines starting with `#` are skipped; a
 * line without `=` is a name with an empty value. This is the format of `fixtures/forms/*.form`.
 * @module
 */

/** One line of a form file: a text entry, or a file to read from `path`. */
export type FormLine = { name: string; value: string } | { name: string; file: string };

/** Parses a form file's text into its entries, in order. */
export function parseFormLines(text: string): FormLine[] {
  const entries: FormLine[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq < 0) entries.push({ name: line, value: '' });
    else if (eq > 0 && line[eq - 1] === '@') entries.push({ name: line.slice(0, eq - 1), file: line.slice(eq + 1) });
    else entries.push({ name: line.slice(0, eq), value: line.slice(eq + 1) });
  }
  return entries;
}
