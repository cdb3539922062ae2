import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { App } from '../app/App';
import { saveSession, sessionFromToken } from '../auth/session';
import { SessionProvider } from '../auth/SessionProvider';
import { I18nProvider } from '../i18n/I18nProvider';
import type { UiLanguage } from '../i18n/messages';
import { resetTemplateCache } from '../projects/templates';
import { token } from './fakeServer';

/** Renders a component with the providers every page has, in English unless told otherwise. */
export function renderWithProviders(ui: ReactElement, lang: UiLanguage = 'en') {
  resetTemplateCache();
  return render(
    <I18nProvider lang={lang}>
      <SessionProvider>{ui}</SessionProvider>
    </I18nProvider>,
  );
}

/** Renders the whole dashboard at `path`, signed in unless `signedIn` is false, in English unless told otherwise. */
export function renderApp(path: string, { signedIn = true, lang = 'en' }: { signedIn?: boolean; lang?: UiLanguage } = {}) {
  resetTemplateCache();
  window.localStorage.setItem('theogen.ui-language', lang);
  if (signedIn) {
    saveSession(sessionFromToken(token()));
  }
  window.history.replaceState(null, '', path);
  return render(<App />);
}
