/**
 * What must never leave the server, whatever was sent: a stack trace, a source path, the text of
 * a database error or of a query. Applied to every answer of the API fuzz.
 */
const everywhere: [string, RegExp][] = [
  ['stack frame', /\bat (?:async )?[\w$.<>]+ \(|\bat (?:file:\/\/)?\/[^\s)]+:\d+:\d+/],
  ['source path', /node_modules|\/src\/(?:core|server|db)\/|\.ts:\d+:\d+/],
  ['postgres error', /syntax error at or near|relation "[^"]*" does not exist|violates (?:foreign key|check|unique|not-null|exclusion) constraint|invalid input syntax for|value too long for type|out of range for type|invalid byte sequence|date\/time field value out of range|SQLSTATE|\bPGlite\b/i],
  ['compiled query', /\b(?:select|insert into|update|delete from)\s+(?:[^;]{0,200}\s)?"[a-z_]+"/i],
];
/** Error answers never echo what was sent, so any query-looking text in them came from the server. */
const inErrors: [string, RegExp][] = [
  ['query text', /\b(?:select\s[\s\S]{1,200}\sfrom|insert\s+into|update\s+\S+\s+set|delete\s+from)\b/i],
  // A database error's own code (SQLSTATE: five upper-case letters or digits) in place of ours. Only in
  // error answers: a record's own code may look like one (a stream called "a0a00" was taken for one).
  ['database error code', /"code":"[0-9A-Z]{5}"/],
];

/** The reasons an answer leaks, empty when it is clean; canaries are checked unless the reader may see partner data. */
export function leaksIn(response: { statusCode: number; body: string; headers: Record<string, unknown> }, canaries: string[], sent = ''): string[] {
  const text = response.body + JSON.stringify(response.headers);
  const found: string[] = [];
  for (const [name, pattern] of [...everywhere, ...(response.statusCode >= 400 ? inErrors : [])]) {
    const match = pattern.exec(text);
    // A record saved and shown back holds what was sent: text the request itself carried is no leak.
    if (match && !(response.statusCode < 400 && sent.includes(match[0]))) found.push(`${name}: …${text.slice(Math.max(0, match.index - 60), match.index + 80)}…`);
  }
  for (const canary of canaries) if (text.includes(canary)) found.push(`partner canary ${canary}`);
  return found;
}
