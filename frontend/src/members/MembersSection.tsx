import { useRef, useState } from 'react';
import { api } from '../api/client';
import type { Project, ProjectMember, ProjectRole } from '../api/types';
import { navigate, paths } from '../app/router';
import { useSession } from '../auth/SessionProvider';
import { useI18n } from '../i18n/I18nProvider';
import { DeleteDialog } from '../ui/DeleteDialog';
import { ErrorNotice, Loading } from '../ui/ErrorNotice';
import { errorText } from '../ui/errors';
import { useResource } from '../ui/hooks';
import { AddMemberForm, TransferOwnership } from './MemberForms';

/**
 * Who is in the project and in which role. Everyone sees the list and may leave (the owner only after handing
 * ownership over); the owner adds accounts by email, changes roles, removes members and hands ownership over.
 */
export function MembersSection({ project, onProjectChanged }: { project: Project; onProjectChanged(): void }) {
  const { t } = useI18n();
  const [version, setVersion] = useState(0);
  const [members, retry] = useResource(`members:${project.id}:${version}`, (signal) => api.listMembers(project.id, signal));
  // After a change the old list stays on screen until the new one arrives.
  const shown = useRef<ProjectMember[] | null>(null);
  if (members.status === 'ready') shown.current = members.data;
  const list = members.status === 'ready' ? members.data : members.status === 'loading' ? shown.current : null;
  const [notice, setNotice] = useState<string | null>(null);
  const owner = project.role === 'owner';
  const changed = (text: string) => {
    setNotice(text);
    setVersion((n) => n + 1);
  };

  return (
    <div className={owner ? 'members members--manage' : 'members'}>
      <section className="panel" aria-labelledby="members-title">
        <h2 id="members-title" className="panel__title">
          {t.members.title}
        </h2>
        <p className="muted">{t.members.lead}</p>
        {members.status === 'loading' && !list && <Loading />}
        {members.status === 'error' && <ErrorNotice message={errorText(members.error, t)} onRetry={retry} />}
        {list && <MemberTable project={project} members={list} onChanged={changed} />}
        {notice && (
          <p className="notice notice--success" role="status">
            {notice}
          </p>
        )}
        <LeaveProject project={project} />
      </section>
      {owner && list && (
        <aside className="members__manage">
          <AddMemberForm projectId={project.id} onAdded={(m) => changed(t.members.added(m.display_name))} />
          <TransferOwnership
            project={project}
            members={list}
            onTransferred={(m, left) => {
              if (left) {
                navigate(paths.projects(), { replace: true, notice: { text: t.members.transferred(m.display_name), tone: 'success' } });
              } else {
                setNotice(t.members.transferred(m.display_name));
                onProjectChanged();
              }
            }}
          />
        </aside>
      )}
    </div>
  );
}

function MemberTable({ project, members, onChanged }: { project: Project; members: ProjectMember[]; onChanged(text: string): void }) {
  const { t, formatDate } = useI18n();
  const { session } = useSession();
  const [removing, setRemoving] = useState<ProjectMember | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const owner = project.role === 'owner';
  const changeRole = async (member: ProjectMember, role: ProjectRole) => {
    setFailure(null);
    try {
      const updated = await api.changeMemberRole(project.id, member.user_id, { role });
      onChanged(t.members.roleChanged(updated.display_name, t.members.roles[updated.role]));
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <>
      <table className="data-table members__table">
        <thead>
          <tr>
            <th scope="col">{t.members.name}</th>
            <th scope="col">{t.members.email}</th>
            <th scope="col">{t.members.role}</th>
            <th scope="col">{t.members.addedOn}</th>
            {owner && <th scope="col">{t.members.actions}</th>}
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <tr key={member.user_id}>
              <td>
                {member.display_name} {member.user_id === session?.user.id && <span className="muted">{t.members.you}</span>}
              </td>
              <td>{member.email ?? <span className="muted">—</span>}</td>
              <td>
                {owner && member.role !== 'owner' ? (
                  <select
                    aria-label={t.members.roleOf(member.display_name)}
                    value={member.role}
                    onChange={(e) => void changeRole(member, e.target.value as ProjectRole)}
                  >
                    <option value="coder">{t.members.roles.coder}</option>
                    <option value="viewer">{t.members.roles.viewer}</option>
                  </select>
                ) : (
                  <span className={`tag role role--${member.role}`}>{t.members.roles[member.role]}</span>
                )}
              </td>
              <td>{formatDate(member.added_at)}</td>
              {owner && (
                <td>
                  {member.role !== 'owner' && (
                    <button
                      type="button"
                      className="button button--danger-quiet button--small"
                      aria-label={t.members.removeLabel(member.display_name)}
                      onClick={() => setRemoving(member)}
                    >
                      {t.members.remove}
                    </button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {failure !== null && <ErrorNotice message={errorText(failure, t)} />}
      {removing && (
        <DeleteDialog
          title={t.members.removeTitle(removing.display_name)}
          confirmLabel={t.members.removeConfirm}
          deletingLabel={t.members.removing}
          cancelLabel={t.members.keep}
          remove={() => api.removeMember(project.id, removing.user_id)}
          onCancel={() => setRemoving(null)}
          onDeleted={() => {
            setRemoving(null);
            onChanged(t.members.removed(removing.display_name));
          }}
        >
          <p>{t.members.removeBody(removing.display_name)}</p>
        </DeleteDialog>
      )}
    </>
  );
}

function LeaveProject({ project }: { project: Project }) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  if (project.role === 'owner') {
    return <p className="muted members__leave">{t.members.ownerCannotLeave}</p>;
  }
  return (
    <div className="button-row members__leave">
      <button type="button" className="button button--danger-quiet" onClick={() => setConfirming(true)}>
        {t.members.leave}
      </button>
      {confirming && (
        <DeleteDialog
          title={t.members.leaveTitle}
          confirmLabel={t.members.leaveConfirm}
          deletingLabel={t.members.leaving}
          cancelLabel={t.members.stay}
          remove={() => api.leaveProject(project.id)}
          onCancel={() => setConfirming(false)}
          onDeleted={() => navigate(paths.projects(), { replace: true, notice: { text: t.members.left(project.name), tone: 'success' } })}
        >
          <p>{t.members.leaveBody}</p>
        </DeleteDialog>
      )}
    </div>
  );
}
