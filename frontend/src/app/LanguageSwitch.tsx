import { useI18n } from '../i18n/I18nProvider';
import type { UiLanguage } from '../i18n/messages';

const CHOICES: readonly { lang: UiLanguage; label: string }[] = [
  { lang: 'en', label: 'English' },
  { lang: 'es', label: 'Español' },
];

/** Two toggle buttons, each named in its own language so that either reader finds theirs. */
export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <div className="language-switch" role="group" aria-label={t.app.uiLanguage}>
      {CHOICES.map((choice) => (
        <button
          key={choice.lang}
          type="button"
          lang={choice.lang}
          className="language-switch__option"
          aria-pressed={lang === choice.lang}
          onClick={() => setLang(choice.lang)}
        >
          <span aria-hidden="true">{choice.lang.toUpperCase()}</span>
          <span className="visually-hidden">{choice.label}</span>
        </button>
      ))}
    </div>
  );
}
