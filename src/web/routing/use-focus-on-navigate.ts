import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After an in-app navigation, moves focus to the new page's heading, as a page load would put
 * a screen reader at the top; without it focus stays on a link that is gone. The first page
 * load is left alone, so that the skip link stays the first Tab stop.
 */
export function useFocusOnNavigate(mainId: string): void {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const heading = document.querySelector<HTMLElement>(`#${mainId} h1`);
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }, [pathname, mainId]);
}
