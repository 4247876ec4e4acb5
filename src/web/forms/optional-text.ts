/** A trimmed value, or undefined for an empty one: the API refuses empty strings. */
export function optionalText(value: string | undefined): string | undefined {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? undefined : trimmed;
}
