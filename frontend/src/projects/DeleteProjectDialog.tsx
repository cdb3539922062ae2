import { api } from '../api/client';
import type { Project } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { DeleteDialog } from '../ui/DeleteDialog';

interface DeleteProjectDialogProps {
  project: Project;
  onCancel(): void;
  onDeleted(): void;
}

export function DeleteProjectDialog({ project, onCancel, onDeleted }: DeleteProjectDialogProps) {
  const { t } = useI18n();
  return (
    <DeleteDialog
      title={t.deleteDialog.title}
      confirmLabel={t.deleteDialog.confirm}
      deletingLabel={t.deleteDialog.deleting}
      cancelLabel={t.deleteDialog.cancel}
      remove={() => api.deleteProject(project.id)}
      onCancel={onCancel}
      onDeleted={onDeleted}
    >
      <p>{t.deleteDialog.body(project.name)}</p>
    </DeleteDialog>
  );
}
