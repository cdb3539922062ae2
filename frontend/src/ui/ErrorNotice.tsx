import { useI18n } from '../i18n/I18nProvider';

interface ErrorNoticeProps {
  message: string;
  onRetry?: () => void;
}

/** A failure shown where it happened, with the server's words. */
export function ErrorNotice({ message, onRetry }: ErrorNoticeProps) {
  const { t } = useI18n();
  return (
    <div className="notice notice--error" role="alert">
      <p>{message}</p>
      {onRetry && (
        <button type="button" className="button button--secondary button--small" onClick={onRetry}>
          {t.app.retry}
        </button>
      )}
    </div>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      {t.app.loading}
    </p>
  );
}
