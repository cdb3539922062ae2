import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// CI machines are small and shared: give async queries time instead of failing on load.
configure({ asyncUtilTimeout: 5000 });

// jsdom has no layout, so it does not scroll; navigation scrolls to the top of each new page.
window.scrollTo = () => undefined;

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  window.history.replaceState(null, '', '/');
});
