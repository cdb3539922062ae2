import { useEffect, useRef, type ReactNode } from 'react';

let focusOnMount = false;

/** Asks the next page heading to take focus when it appears (the page is still loading its data). */
export function focusNextHeading(): void {
  focusOnMount = true;
}

/**
 * A page's h1. After a client-side navigation focus moves here, so keyboard and screen-reader users
 * start reading the new page at its title rather than wherever the old page left them.
 */
export function PageHeading({ id, children }: { id?: string; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) {
      focusOnMount = false;
      heading.current?.focus({ preventScroll: true });
    }
  }, []);
  return (
    <h1 ref={heading} id={id} tabIndex={-1}>
      {children}
    </h1>
  );
}
