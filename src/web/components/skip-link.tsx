import type { MouseEvent } from 'react';
import { FormattedMessage } from 'react-intl';

/** Props of {@link SkipLink}. */
export interface SkipLinkProps {
  /** Id of the element to move focus to (the `<main>`, which must have tabIndex -1). */
  targetId: string;
}

/** "Skip to main content": lets keyboard users pass the header and navigation (WCAG 2.4.1). */
export function SkipLink({ targetId }: SkipLinkProps) {
  // Focus the target ourselves: following the fragment would also put "#main" in the
  // address, and some browsers scroll without moving focus.
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(targetId);
    if (!target) return;
    event.preventDefault();
    target.focus();
  };
  return (
    <a className="skip-link" href={`#${targetId}`} onClick={onClick}>
      <FormattedMessage id="app.skipToMain" />
    </a>
  );
}
