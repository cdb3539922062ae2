import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { errorText } from '../ui/errors';

/**
 * The request cycle of the codebook's dialogs and inline forms: while the change runs the control is busy; success
 * closes with `onDone(true)`, a refusal keeps it open with the server's words in `failure`.
 */
export function useCodebookChange(onDone: (changed: boolean) => void) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const run = async (change: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await change();
      onDone(true);
    } catch (error) {
      setFailure(errorText(error, t));
      setBusy(false);
    }
  };
  return { busy, failure, setFailure, run };
}
