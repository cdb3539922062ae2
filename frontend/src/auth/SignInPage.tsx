import { useRef, useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { Link } from '../app/Link';
import { navigate, paths } from '../app/router';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorNotice } from '../ui/ErrorNotice';
import { errorText } from '../ui/errors';
import { Field } from '../ui/Field';
import { AuthLayout } from './AuthLayout';
import { useSession } from './SessionProvider';
import { checkLength, focusFirstInvalid, type FieldErrors } from '../ui/validation';

type Errors = FieldErrors<'email' | 'password'>;

export function SignInPage({ next }: { next: string | null }) {
  const { t } = useI18n();
  const { signIn } = useSession();
  const form = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const edited = (field: keyof Errors, update: (value: string) => void) => (value: string) => {
    update(value);
    setErrors((current) => ({ ...current, [field]: undefined }));
  };
  const changeEmail = edited('email', setEmail);
  const changePassword = edited('password', setPassword);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Errors = {
      email: email.trim() ? undefined : t.validation.required,
      password: checkLength(password, t, { min: 1, max: 200 }),
    };
    setErrors(found);
    setFailure(null);
    if (found.email || found.password) {
      requestAnimationFrame(() => focusFirstInvalid(form.current));
      return;
    }
    setBusy(true);
    try {
      signIn(await api.login({ email: email.trim(), password }));
      navigate(next ?? paths.projects(), { replace: true });
    } catch (error) {
      setFailure(errorText(error, t));
      setBusy(false);
    }
  };

  return (
    <AuthLayout title={t.auth.signInTitle} lead={t.auth.signInLead}>
      <form ref={form} className="form" onSubmit={submit} noValidate>
        <Field label={t.auth.email} error={errors.email} required>
          {(control) => <input {...control} type="email" autoComplete="email" value={email} onChange={(e) => changeEmail(e.target.value)} />}
        </Field>
        <Field label={t.auth.password} error={errors.password} required>
          {(control) => (
            <input {...control} type="password" autoComplete="current-password" value={password} onChange={(e) => changePassword(e.target.value)} />
          )}
        </Field>
        {failure && <ErrorNotice message={failure} />}
        <button type="submit" className="button button--primary button--wide" disabled={busy}>
          {busy ? t.auth.signingIn : t.auth.signIn}
        </button>
      </form>
      <p className="auth__switch">
        {t.auth.noAccount} <Link href={paths.register(next)}>{t.auth.toRegister}</Link>
      </p>
    </AuthLayout>
  );
}
