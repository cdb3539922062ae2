import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import type { RegisterRequest } from '../api/types';
import { Link } from '../app/Link';
import { paths } from '../app/router';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Field } from '../ui/Field';
import { AuthLayout } from './AuthLayout';
import { useAuthForm } from './useAuthForm';
import { checkEmail, checkLength } from '../ui/validation';

const FIELDS = ['display_name', 'email', 'password'] as const;

export function RegisterPage({ next }: { next: string | null }) {
  const { t } = useI18n();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { form, errors, failure, busy, edited, submit: send } = useAuthForm(next, FIELDS);
  const changeDisplayName = edited('display_name', setDisplayName);
  const changeEmail = edited('email', setEmail);
  const changePassword = edited('password', setPassword);

  const submit = (event: FormEvent) =>
    send(
      event,
      {
        display_name: checkLength(displayName, t, { max: 200 }),
        email: checkEmail(email, t),
        password: checkLength(password, t, { min: 10, max: 200 }),
      },
      () => {
        const body: RegisterRequest = { email: email.trim(), password };
        if (displayName.trim()) {
          body.display_name = displayName.trim();
        }
        return api.register(body);
      },
    );

  return (
    <AuthLayout title={t.auth.registerTitle} lead={t.auth.registerLead}>
      <form ref={form} className="form" onSubmit={submit} noValidate>
        <Field label={t.auth.displayName} hint={t.auth.displayNameHint} error={errors.display_name}>
          {(control) => <input {...control} type="text" autoComplete="name" value={displayName} onChange={(e) => changeDisplayName(e.target.value)} />}
        </Field>
        <Field label={t.auth.email} error={errors.email} required>
          {(control) => <input {...control} type="email" autoComplete="email" value={email} onChange={(e) => changeEmail(e.target.value)} />}
        </Field>
        <Field label={t.auth.password} hint={t.auth.passwordHint} error={errors.password} required>
          {(control) => <input {...control} type="password" autoComplete="new-password" value={password} onChange={(e) => changePassword(e.target.value)} />}
        </Field>
        {failure && <ErrorNotice message={failure} />}
        <button type="submit" className="button button--primary button--wide" disabled={busy}>
          {busy ? t.auth.registering : t.auth.register}
        </button>
      </form>
      <p className="auth__switch">
        {t.auth.haveAccount} <Link href={paths.signIn(next ?? undefined)}>{t.auth.toSignIn}</Link>
      </p>
    </AuthLayout>
  );
}
