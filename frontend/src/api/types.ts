// Wire types of the TheoGen API (snake_case, as the server sends them). Each interface has a schema of the
// same name in contract.json; contract.test.ts keeps the two in step.

export type ProjectLanguage = 'es' | 'en';

export interface RegisterRequest {
  email: string;
  password: string;
  display_name?: string;
}

export interface LoginRequest {
  email: string;
  password: string;
}

export interface User {
  id: string;
  email: string;
  display_name: string | null;
}

export interface Token {
  access_token: string;
  token_type: string;
  expires_in: number;
  user: User;
}

export interface DomainTemplate {
  key: string;
  names: Record<string, string>;
  descriptions: Record<string, string>;
  actors: string[];
  critical_dimensions: string[];
  metrics: string[];
}

export interface Project {
  id: string;
  name: string;
  description: string | null;
  research_question: string | null;
  language: ProjectLanguage;
  domain_template: string;
  created_at: string;
  updated_at: string;
}

export interface ProjectPage {
  items: Project[];
  page: number;
  size: number;
  total_items: number;
  total_pages: number;
}

export interface ProjectCreate {
  name: string;
  description?: string;
  research_question?: string;
  language?: ProjectLanguage;
  domain_template?: string;
}

/** Absent fields stay unchanged; an empty description or research question clears it. */
export interface ProjectUpdate {
  name?: string;
  description?: string;
  research_question?: string;
  language?: ProjectLanguage;
  domain_template?: string;
}

/** RFC 9457 problem detail as TheoGen renders every error. */
export interface Problem {
  status?: number;
  title?: string;
  detail?: string;
  error_code?: string;
  errors?: { field: string; message: string }[];
}
