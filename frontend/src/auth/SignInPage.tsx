import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { Link } from '../app/Link';
import { paths } from '../app/router';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Field } from '../ui/Field';
import { AuthLayout } from './AuthLayout';
import { useAuthForm } from './useAuthForm';
import { checkLength } from '../ui/validation';

export function SignInPage({ next }: { next: string | null }) {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { form, errors, failure, busy, edited, submit: send } = useAuthForm<'email' | 'password'>(next, []);
  const changeEmail = edited('email', setEmail);
  const changePassword = edited('password', setPassword);

  const submit = (event: FormEvent) =>
    send(
      event,
      {
        email: email.trim() ? undefined : t.validation.required,
        password: checkLength(password, t, { min: 1, max: 200 }),
      },
      () => api.login({ email: email.trim(), password }),
    );

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
