import type { ReactNode } from 'react';
import { Checkbox, type CheckboxProps } from 'react-aria-components';

/** Props of {@link CheckboxItem}. */
export interface CheckboxItemProps extends Omit<CheckboxProps, 'children' | 'className'> {
  children: ReactNode;
}

/**
 * A checkbox with a drawn box: react-aria keeps the real input for assistive technology, and
 * the tick is a shape, so that checked does not depend on colour (WCAG 1.4.1).
 */
export function CheckboxItem({ children, ...props }: CheckboxItemProps) {
  return (
    <Checkbox {...props} className="checkbox">
      <span className="checkbox-box" aria-hidden="true">
        <svg viewBox="0 0 18 18" focusable="false">
          <polyline points="2.5 9.5 7 14 15.5 4.5" />
        </svg>
      </span>
      <span className="checkbox-label">{children}</span>
    </Checkbox>
  );
}
