import { useId, useState } from 'react';
import { api } from '../api/client';
import { SPOKEN_LANGUAGES, type InterviewSummary, type SpokenLanguage } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { useCan } from '../projects/role';
import { errorText } from '../ui/errors';

/**
 * The language an interview is spoken in (ADR 044). Viewers read it; coders correct it with a select whose first
 * option is the detected language ("Detected: French"), so choosing it again returns to detection.
 */
export function SpokenLanguageControl({ interview, onChanged }: { interview: InterviewSummary; onChanged(next: InterviewSummary): void }) {
  const { t } = useI18n();
  const mayCorrect = useCan()('coder');
  const id = useId();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const name = (code: SpokenLanguage | null) => (code ? (t.spokenLanguage.names[code] ?? code) : t.spokenLanguage.notDetected);
  const manual = interview.spoken_language_manual;

  if (!mayCorrect) {
    return (
      <span className="spoken-language">
        {name(interview.spoken_language)}
        {manual && (
          <span className="tag tag--quiet" title={t.spokenLanguage.correctedHint}>
            {t.spokenLanguage.corrected}
          </span>
        )}
      </span>
    );
  }

  const change = async (value: string) => {
    setSaving(true);
    setError(null);
    try {
      onChanged(await api.updateInterview(interview.id, { spoken_language: value as SpokenLanguage | 'auto' }));
    } catch (failure) {
      setError(errorText(failure, t));
    } finally {
      setSaving(false);
    }
  };

  return (
    <span className="spoken-language">
      <label htmlFor={id} className="visually-hidden">
        {t.spokenLanguage.label(interview.participant)}
      </label>
      <select
        id={id}
        className="spoken-language__select"
        value={manual && interview.spoken_language ? interview.spoken_language : 'auto'}
        disabled={saving}
        title={t.spokenLanguage.help}
        onChange={(event) => void change(event.target.value)}
      >
        <option value="auto">{manual ? t.spokenLanguage.detectAgain : t.spokenLanguage.detected(name(interview.spoken_language))}</option>
        {SPOKEN_LANGUAGES.map((code) => (
          <option key={code} value={code}>
            {name(code)}
          </option>
        ))}
      </select>
      {manual && (
        <span className="tag tag--quiet" title={t.spokenLanguage.correctedHint}>
          {t.spokenLanguage.corrected}
        </span>
      )}
      {error && (
        <span className="field__error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
