// Ties the hand-written wire types of types.ts to the server's OpenAPI document: schema.ts is generated from
// src/api/openapi.json (npm run generate:api), which the backend's OpenApiSnapshotTest keeps equal to
// /v3/api-docs. Each line below pairs a dashboard type with the server's schema of the same JSON, and
// `tsc` fails when a field the dashboard reads or sends is not in that schema, or has another kind of value
// (string, number, boolean, object, array). Nulls are left out here: the document marks the fields that may be
// null (ADR 054), and contract.test.ts checks every example's nulls against it. Aliased types (most of types.ts)
// are the generated schemas themselves and need no line here.
import type { components } from './schema';
import type * as T from './types';

type Schemas = components['schemas'];

/** The paths (`.field`, `[]`) at which the dashboard's type T has a field or a kind of value that S lacks. */
export type Gaps<T, S, At extends string = ''> = [T] extends [readonly (infer E)[]]
  ? [S] extends [readonly (infer F)[]]
    ? Gaps<E, F, `${At}[]`>
    : At
  : [T] extends [string]
    ? [S] extends [string]
      ? never
      : At
    : [T] extends [number]
      ? [S] extends [number]
        ? never
        : At
      : [T] extends [boolean]
        ? [S] extends [boolean]
          ? never
          : At
        : [T] extends [object]
          ? [S] extends [object]
            ? { [K in keyof T & string]-?: K extends keyof S ? Gaps<NonNullable<T[K]>, NonNullable<S[K]>, `${At}.${K}`> : `${At}.${K}` }[keyof T & string]
            : At
          : never;

/** Every entry must be `never`; tsc names the first field that drifted. */
export type WireTypeGaps = {
  Token: Gaps<T.Token, Schemas['Token']>;
  User: Gaps<T.User, Schemas['User']>;
  DomainTemplate: Gaps<T.DomainTemplate, Schemas['DomainTemplate']>;
  ProjectUpdate: Gaps<T.ProjectUpdate, Schemas['Update']>;
  ProjectMember: Gaps<T.ProjectMember, Schemas['ProjectMember']>;
  InterviewPage: Gaps<T.InterviewPage, Schemas['PageResponseInterviewSummary']>;
  InterviewSummary: Gaps<T.InterviewSummary, Schemas['InterviewSummary']>;
  TranscriptionState: Gaps<T.TranscriptionState, Schemas['TranscriptionState']>;
  UploadResult: Gaps<T.UploadResult, Schemas['Upload']>;
  FileOutcome: Gaps<T.FileOutcome, Schemas['FileOutcome']>;
  FragmentPage: Gaps<T.FragmentPage, Schemas['PageResponseFragment']>;
  Fragment: Gaps<T.Fragment, Schemas['Fragment']>;
  Job: Gaps<T.Job, Schemas['JobStatusResponse']>;
  AutoCodeRequest: Gaps<T.AutoCodeRequest, Schemas['AutoCodeRequest']>;
  CodeUpdate: Gaps<T.CodeUpdate, Schemas['UpdateCode']>;
  EvidencePage: Gaps<T.EvidencePage, Schemas['PageResponseEvidenceItem']>;
  EvidenceItem: Gaps<T.EvidenceItem, Schemas['EvidenceItem']>;
  MemoCreate: Gaps<T.MemoCreate, Schemas['Memo']>;
  MemoDraftRequest: Gaps<T.MemoDraftRequest, Schemas['DraftMemosRequest']>;
  LlmStatus: Gaps<T.LlmStatus, Schemas['LlmStatusResponse']>;
  LlmAccessView: Gaps<T.LlmAccessView, Schemas['LlmAccess']>;
  Export: Gaps<T.Export, Schemas['ExportResponse']>;
  CodeCreate: Gaps<T.CodeCreate, Schemas['CreateCode']>;
  CategoryCreate: Gaps<T.CategoryCreate, Schemas['CreateCategory']>;
  CategoryUpdate: Gaps<T.CategoryUpdate, Schemas['UpdateCategory']>;
  MemoUpdate: Gaps<T.MemoUpdate, Schemas['Memo']>;
  AgreementRequest: Gaps<T.AgreementRequest, Schemas['AgreementRequest']>;
  ReviewChange: Gaps<T.ReviewChange, Schemas['Review']>;
};

/** Fails to compile when any entry of WireTypeGaps names a field. */
export const wireTypesMatchTheServer: { [K in keyof WireTypeGaps]: WireTypeGaps[K] extends never ? true : WireTypeGaps[K] } = {
  Token: true,
  User: true,
  DomainTemplate: true,
  ProjectUpdate: true,
  ProjectMember: true,
  InterviewPage: true,
  InterviewSummary: true,
  TranscriptionState: true,
  UploadResult: true,
  FileOutcome: true,
  FragmentPage: true,
  Fragment: true,
  Job: true,
  AutoCodeRequest: true,
  CodeUpdate: true,
  EvidencePage: true,
  EvidenceItem: true,
  MemoCreate: true,
  MemoDraftRequest: true,
  LlmStatus: true,
  LlmAccessView: true,
  Export: true,
  CodeCreate: true,
  CategoryCreate: true,
  CategoryUpdate: true,
  MemoUpdate: true,
  AgreementRequest: true,
  ReviewChange: true,
};

/** The check itself can fail: a field the server does not send is named. */
export const driftIsCaught: Gaps<T.Project & { title: string }, Schemas['ProjectView']> = '.title';
