import { createContext, useContext, type ReactNode } from 'react';
import type { Job, ProjectRole } from '../api/types';
import { useSession } from '../auth/SessionProvider';

const RANK: Record<ProjectRole, number> = { viewer: 0, coder: 1, owner: 2 };

/** Whether a member holding `role` may do what `needed` allows (each role includes the ones before it). */
export function allows(role: ProjectRole, needed: ProjectRole): boolean {
  return RANK[role] >= RANK[needed];
}

/**
 * The signed-in user's role in the project on screen. Without a provider nothing is allowed beyond reading:
 * the server checks every call anyway, the dashboard only hides what a role cannot use.
 */
const RoleContext = createContext<ProjectRole>('viewer');

export function ProjectRoleProvider({ role, children }: { role: ProjectRole; children: ReactNode }) {
  return <RoleContext.Provider value={role}>{children}</RoleContext.Provider>;
}

/** `can('coder')`: whether the user's role in this project includes coding. */
export function useCan(): (needed: ProjectRole) => boolean {
  const role = useContext(RoleContext);
  return (needed) => allows(role, needed);
}

/** A job is canceled by the member who started it or by the project's owner. */
export function useMayCancel(): (job: Job) => boolean {
  const role = useContext(RoleContext);
  const { session } = useSession();
  return (job) => role === 'owner' || job.submitted_by === session?.user.id;
}
