import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { useDocumentTitle } from '../ui/hooks';
import { PageHeading } from '../ui/PageHeading';

/** The frame of the signed-out pages: what TheoGen is, and one form. */
export function AuthLayout({ title, lead, children }: { title: string; lead: string; children: ReactNode }) {
  const { t } = useI18n();
  useDocumentTitle(title);
  return (
    <div className="auth">
      <section className="auth__card" aria-labelledby="auth-title">
        <p className="auth__tagline">{t.app.tagline}</p>
        <PageHeading id="auth-title">{title}</PageHeading>
        <p className="lead">{lead}</p>
        {children}
      </section>
    </div>
  );
}
