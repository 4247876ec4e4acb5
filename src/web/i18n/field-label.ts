import type { IntlShape } from 'react-intl';
import { enumLabel } from './enum-label';

/**
 * A form field's visible label, from its name: `field.<name>`, where a row's own part is left
 * out ("partners.r2.phone" and "partners.0.phone" → `field.partners.phone`).
 */
export function fieldLabel(intl: IntlShape, name: string): string {
  return enumLabel(intl, 'field', name.replace(/^(conditions|partners)\.[^.]+\./, '$1.'));
}
