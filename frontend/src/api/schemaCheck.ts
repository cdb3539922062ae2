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
  AutoCodeStarted: Gaps<T.AutoCodeStarted, Schemas['AutoCodeStatus']>;
  AutoCodeStatus: Gaps<T.AutoCodeStatus, Schemas['AutoCodeStatus']>;
  CodePage: Gaps<T.CodePage, Schemas['PageResponseCodeView']>;
  Code: Gaps<T.Code, Schemas['CodeView']>;
  ImportAccepted: Gaps<T.ImportAccepted, Schemas['ImportResponse']>;
  Category: Gaps<T.Category, Schemas['CategoryView']>;
  CategoryRelation: Gaps<T.CategoryRelation, Schemas['CategoryRelation']>;
  Coverage: Gaps<T.Coverage, Schemas['Coverage']>;
  CoverageCounts: Gaps<T.CoverageCounts, Schemas['Counts']>;
  InterviewCoverage: Gaps<T.InterviewCoverage, Schemas['InterviewCoverage']>;
  InterviewCodingState: Gaps<T.InterviewCodingState, Schemas['InterviewCodingState']>;
  FragmentCodingState: Gaps<T.FragmentCodingState, Schemas['FragmentState']>;
  RelevanceState: Gaps<T.RelevanceState, Schemas['RelevanceState']>;
  Memo: Gaps<T.Memo, Schemas['MemoView']>;
  MemoDraftAccepted: Gaps<T.MemoDraftAccepted, Schemas['DraftMemosResponse']>;
  Application: Gaps<T.Application, Schemas['Application']>;
  AgreementReport: Gaps<T.AgreementReport, Schemas['AgreementResult']>;
  AgreementCode: Gaps<T.AgreementCode, Schemas['AgreementCode']>;
  Matrix: Gaps<T.Matrix, Schemas['Matrix']>;
  MatrixRow: Gaps<T.MatrixRow, Schemas['MatrixRow']>;
};

/** Fails to compile when any entry of WireTypeGaps names a field. */
export const wireTypesMatchTheServer: { [K in keyof WireTypeGaps]: WireTypeGaps[K] extends never ? true : WireTypeGaps[K] } = {
  AutoCodeStarted: true,
  AutoCodeStatus: true,
  CodePage: true,
  Code: true,
  ImportAccepted: true,
  Category: true,
  CategoryRelation: true,
  Coverage: true,
  CoverageCounts: true,
  InterviewCoverage: true,
  InterviewCodingState: true,
  FragmentCodingState: true,
  RelevanceState: true,
  Memo: true,
  MemoDraftAccepted: true,
  Application: true,
  AgreementReport: true,
  AgreementCode: true,
  Matrix: true,
  MatrixRow: true,
};

/** The check itself can fail: a field the server does not send is named. */
export const driftIsCaught: Gaps<T.Project & { title: string }, Schemas['ProjectView']> = '.title';
