import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import type { Project, ProjectMember, ProjectRole } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { DeleteDialog } from '../ui/DeleteDialog';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Field } from '../ui/Field';
import { errorText, serverFieldErrors } from '../ui/errors';

/** The owner adds an existing account by the email it signs in with, as coder or viewer. */
export function AddMemberForm({ projectId, onAdded }: { projectId: string; onAdded(member: ProjectMember): void }) {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<ProjectRole>('coder');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim()) {
      setMissing(true);
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const member = await api.addMember(projectId, { email: email.trim(), role });
      setEmail('');
      onAdded(member);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="panel members__form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="add-member-title">
      <h2 id="add-member-title" className="panel__title">
        {t.members.addTitle}
      </h2>
      <p className="muted">{t.members.addLead}</p>
      <Field label={t.members.addEmail} error={missing ? t.validation.required : serverFieldErrors(failure, ['email']).email} required>
        {(control) => (
          <input
            {...control}
            type="email"
            autoComplete="off"
            value={email}
            maxLength={320}
            onChange={(e) => {
              setMissing(false);
              setEmail(e.target.value);
            }}
          />
        )}
      </Field>
      <Field label={t.members.addRole}>
        {(control) => (
          <select {...control} value={role} onChange={(e) => setRole(e.target.value as ProjectRole)}>
            <option value="coder">{t.members.roles.coder}</option>
            <option value="viewer">{t.members.roles.viewer}</option>
          </select>
        )}
      </Field>
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t.members.adding : t.members.add}
        </button>
      </div>
      {failure !== null && <ErrorNotice message={errorText(failure, t)} />}
    </form>
  );
}

interface TransferProps {
  project: Project;
  members: ProjectMember[];
  onTransferred(to: ProjectMember, left: boolean): void;
}

/** The owner hands ownership to another member, then stays as a coder or leaves. Asks before doing it. */
export function TransferOwnership({ project, members, onTransferred }: TransferProps) {
  const { t } = useI18n();
  const others = members.filter((m) => m.role !== 'owner');
  const [to, setTo] = useState('');
  const [leave, setLeave] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const chosen = others.find((m) => m.user_id === to) ?? null;
  return (
    <form
      className="panel members__form"
      aria-labelledby="transfer-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen) setConfirming(true);
      }}
    >
      <h2 id="transfer-title" className="panel__title">
        {t.members.transferTitle}
      </h2>
      <p className="muted">{t.members.transferLead}</p>
      {others.length === 0 ? (
        <p className="muted">{t.members.noOthers}</p>
      ) : (
        <>
          <Field label={t.members.transferTo}>
            {(control) => (
              <select {...control} value={to} onChange={(e) => setTo(e.target.value)}>
                <option value="">{t.members.transferChoose}</option>
                {others.map((m) => (
                  <option key={m.user_id} value={m.user_id}>
                    {m.display_name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <fieldset className="field">
            <legend className="field__label">{t.members.afterTransfer}</legend>
            <label className="choice">
              <input type="radio" name="former-owner" checked={!leave} onChange={() => setLeave(false)} /> {t.members.stayAsCoder}
            </label>
            <label className="choice">
              <input type="radio" name="former-owner" checked={leave} onChange={() => setLeave(true)} /> {t.members.leaveAfter}
            </label>
          </fieldset>
          <div className="button-row">
            <button type="submit" className="button button--secondary" disabled={!chosen}>
              {t.members.transfer}
            </button>
          </div>
        </>
      )}
      {confirming && chosen && (
        <DeleteDialog
          title={t.members.transferConfirmTitle(chosen.display_name)}
          confirmLabel={t.members.transfer}
          deletingLabel={t.members.transferring}
          cancelLabel={t.members.keepOwnership}
          remove={() => api.transferOwnership(project.id, { user_id: chosen.user_id, former_owner: leave ? 'leave' : 'coder' })}
          onCancel={() => setConfirming(false)}
          onDeleted={() => {
            setConfirming(false);
            onTransferred(chosen, leave);
          }}
        >
          <p>{t.members.transferConfirmBody}</p>
        </DeleteDialog>
      )}
    </form>
  );
}
