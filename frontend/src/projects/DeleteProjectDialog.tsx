import { useState } from 'react';
import { api } from '../api/client';
import type { Project } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorNotice } from '../ui/ErrorNotice';
import { errorText } from '../ui/errors';

interface DeleteProjectDialogProps {
  project: Project;
  onCancel(): void;
  onDeleted(): void;
}

export function DeleteProjectDialog({ project, onCancel, onDeleted }: DeleteProjectDialogProps) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const confirm = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await api.deleteProject(project.id);
      onDeleted();
    } catch (error) {
      setFailure(errorText(error, t));
      setBusy(false);
    }
  };

  return (
    <ConfirmDialog
      title={t.deleteDialog.title}
      confirmLabel={busy ? t.deleteDialog.deleting : t.deleteDialog.confirm}
      cancelLabel={t.deleteDialog.cancel}
      busy={busy}
      onConfirm={confirm}
      onCancel={onCancel}
    >
      <p>{t.deleteDialog.body(project.name)}</p>
      {failure && <ErrorNotice message={failure} />}
    </ConfirmDialog>
  );
}
