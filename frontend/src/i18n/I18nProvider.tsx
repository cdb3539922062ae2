import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { messages, type Messages, type UiLanguage } from './messages';

const STORAGE_KEY = 'theogen.ui-language';

interface I18n {
  lang: UiLanguage;
  t: Messages;
  setLang(lang: UiLanguage): void;
  formatDate(iso: string): string;
}

const I18nContext = createContext<I18n | null>(null);

export function initialLanguage(): UiLanguage {
  const stored = safeStorage()?.getItem(STORAGE_KEY);
  if (stored === 'en' || stored === 'es') {
    return stored;
  }
  return navigator.language.toLowerCase().startsWith('es') ? 'es' : 'en';
}

export function I18nProvider({ children, lang: fixed }: { children: ReactNode; lang?: UiLanguage }) {
  const [lang, setLangState] = useState<UiLanguage>(() => fixed ?? initialLanguage());

  const setLang = useCallback((next: UiLanguage) => {
    safeStorage()?.setItem(STORAGE_KEY, next);
    setLangState(next);
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const value = useMemo<I18n>(() => {
    const dates = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' });
    return { lang, t: messages[lang], setLang, formatDate: (iso) => dates.format(new Date(iso)) };
  }, [lang, setLang]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) {
    throw new Error('useI18n outside I18nProvider');
  }
  return value;
}

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
