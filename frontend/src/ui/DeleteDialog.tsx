import { useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { ConfirmDialog } from './ConfirmDialog';
import { ErrorNotice } from './ErrorNotice';
import { errorText } from './errors';

interface DeleteDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  deletingLabel: string;
  cancelLabel: string;
  /** The delete request; a refusal stays in the dialog in the server's words. */
  remove(): Promise<unknown>;
  onCancel(): void;
  onDeleted(): void;
}

/** Asks before deleting, shows progress while the request runs, and keeps the dialog open with the error if it fails. */
export function DeleteDialog({ title, children, confirmLabel, deletingLabel, cancelLabel, remove, onCancel, onDeleted }: DeleteDialogProps) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const confirm = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await remove();
      onDeleted();
    } catch (error) {
      setFailure(errorText(error, t));
      setBusy(false);
    }
  };
  return (
    <ConfirmDialog
      title={title}
      confirmLabel={busy ? deletingLabel : confirmLabel}
      cancelLabel={cancelLabel}
      busy={busy}
      onConfirm={confirm}
      onCancel={onCancel}
    >
      {children}
      {failure && <ErrorNotice message={failure} />}
    </ConfirmDialog>
  );
}
