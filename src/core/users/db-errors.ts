/** True when a database error is the given SQLSTATE (and, if named, constraint). */
export function isDbError(error: unknown, code: string, constraint?: string): boolean {
  const candidate = error as { code?: string; constraint?: string } | undefined;
  return candidate?.code === code && (constraint === undefined || candidate.constraint === constraint);
}
