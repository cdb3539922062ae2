import { call } from './http';
import type {
  DomainTemplate,
  LoginRequest,
  Project,
  ProjectCreate,
  ProjectPage,
  ProjectUpdate,
  RegisterRequest,
  Token,
} from './types';

/** The TheoGen API as the dashboard uses it. Add a function here and its operation to contract.json together. */
export const api = {
  register: (body: RegisterRequest) => call<Token>('register', { body }),
  login: (body: LoginRequest) => call<Token>('login', { body }),
  listDomainTemplates: (signal?: AbortSignal) => call<DomainTemplate[]>('listDomainTemplates', withSignal(signal)),
  listProjects: (page: number, size: number, signal?: AbortSignal) =>
    call<ProjectPage>('listProjects', { query: { page, size }, ...withSignal(signal) }),
  createProject: (body: ProjectCreate) => call<Project>('createProject', { body }),
  getProject: (projectId: string, signal?: AbortSignal) =>
    call<Project>('getProject', { params: { projectId }, ...withSignal(signal) }),
  updateProject: (projectId: string, body: ProjectUpdate) =>
    call<Project>('updateProject', { params: { projectId }, body }),
  deleteProject: (projectId: string) => call<void>('deleteProject', { params: { projectId } }),
};

function withSignal(signal: AbortSignal | undefined): { signal?: AbortSignal } {
  return signal ? { signal } : {};
}
