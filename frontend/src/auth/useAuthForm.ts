import { useRef, useState, type FormEvent } from 'react';
import type { Token } from '../api/types';
import { navigate, paths } from '../app/router';
import { useI18n } from '../i18n/I18nProvider';
import { errorText, serverFieldErrors } from '../ui/errors';
import { focusFirstInvalid, type FieldErrors } from '../ui/validation';
import { useSession } from './SessionProvider';

/**
 * The cycle the sign-in and register forms share: a field's error clears when it is edited; on submit the checks the
 * page found are shown and the first invalid field focused, else the request runs once, its token signs the person in
 * and the app goes on to `next`; a refusal is shown in the server's words (and on the `serverFields` it names).
 */
export function useAuthForm<F extends string>(next: string | null, serverFields: readonly F[]) {
  const { t } = useI18n();
  const { signIn } = useSession();
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const edited = (field: F, update: (value: string) => void) => (value: string) => {
    update(value);
    setErrors((current) => ({ ...current, [field]: undefined }));
  };
  const submit = async (event: FormEvent, found: FieldErrors<F>, request: () => Promise<Token>) => {
    event.preventDefault();
    setErrors(found);
    setFailure(null);
    if (Object.values(found).some(Boolean)) {
      requestAnimationFrame(() => focusFirstInvalid(form.current));
      return;
    }
    setBusy(true);
    try {
      signIn(await request());
      navigate(next ?? paths.projects(), { replace: true });
    } catch (error) {
      if (serverFields.length > 0) setErrors(serverFieldErrors(error, serverFields));
      setFailure(errorText(error, t));
      setBusy(false);
    }
  };
  return { form, errors, failure, busy, edited, submit };
}
