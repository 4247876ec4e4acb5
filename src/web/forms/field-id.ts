/** The element id of a form field, so that the error summary can link to it. */
export function fieldId(name: string): string {
  return `field-${name}`;
}
