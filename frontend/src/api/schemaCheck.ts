// Ties the hand-written wire types of types.ts to the server's OpenAPI document: schema.ts is generated from
// src/api/openapi.json (npm run generate:api), which the backend's OpenApiSnapshotTest keeps equal to
// /v3/api-docs. Each line below pairs a dashboard type with the server's schema of the same JSON, and
// `tsc` fails when a field the dashboard reads or sends is not in that schema, or has another kind of value
// (string, number, boolean, object, array). Nulls are left out: the OpenAPI document does not say which fields
// may be null, types.ts does.
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
  RegisterRequest: Gaps<T.RegisterRequest, Schemas['Register']>;
  LoginRequest: Gaps<T.LoginRequest, Schemas['Login']>;
  DomainTemplate: Gaps<T.DomainTemplate, Schemas['DomainTemplate']>;
  ProjectPage: Gaps<T.ProjectPage, Schemas['PageResponseProjectView']>;
  Project: Gaps<T.Project, Schemas['ProjectView']>;
  ProjectMemberName: Gaps<T.ProjectMemberName, Schemas['Member']>;
  ProjectCreate: Gaps<T.ProjectCreate, Schemas['Create']>;
  ProjectUpdate: Gaps<T.ProjectUpdate, Schemas['Update']>;
  ProjectMember: Gaps<T.ProjectMember, Schemas['ProjectMember']>;
  MemberAdd: Gaps<T.MemberAdd, Schemas['Add']>;
  MemberRoleChange: Gaps<T.MemberRoleChange, Schemas['ChangeRole']>;
  OwnershipTransfer: Gaps<T.OwnershipTransfer, Schemas['Transfer']>;
  InterviewPage: Gaps<T.InterviewPage, Schemas['PageResponseInterviewSummary']>;
  InterviewSummary: Gaps<T.InterviewSummary, Schemas['InterviewSummary']>;
  InterviewMedia: Gaps<T.InterviewMedia, Schemas['InterviewMedia']>;
  TranscriptionState: Gaps<T.TranscriptionState, Schemas['TranscriptionState']>;
  UploadResult: Gaps<T.UploadResult, Schemas['Upload']>;
  FileOutcome: Gaps<T.FileOutcome, Schemas['FileOutcome']>;
  FragmentPage: Gaps<T.FragmentPage, Schemas['PageResponseFragment']>;
  Fragment: Gaps<T.Fragment, Schemas['Fragment']>;
  TextSpan: Gaps<T.TextSpan, Schemas['TextSpan']>;
  InterviewUpdate: Gaps<T.InterviewUpdate, Schemas['InterviewPatch']>;
  MediaLink: Gaps<T.MediaLink, Schemas['MediaLink']>;
  FragmentClip: Gaps<T.FragmentClip, Schemas['FragmentClip']>;
  SpeakerRename: Gaps<T.SpeakerRename, Schemas['SpeakerRename']>;
  Job: Gaps<T.Job, Schemas['JobStatusResponse']>;
  JobStep: Gaps<T.JobStep, Schemas['StepEntry']>;
  SearchResult: Gaps<T.SearchResult, Schemas['SearchResponse']>;
  SearchHit: Gaps<T.SearchHit, Schemas['Hit']>;
  SearchIndex: Gaps<T.SearchIndex, Schemas['Index']>;
  AutoCodeStarted: Gaps<T.AutoCodeStarted, Schemas['AutoCodeStatus']>;
  AutoCodeRequest: Gaps<T.AutoCodeRequest, Schemas['AutoCodeRequest']>;
  AutoCodeStatus: Gaps<T.AutoCodeStatus, Schemas['AutoCodeStatus']>;
  CodePage: Gaps<T.CodePage, Schemas['PageResponseCodeView']>;
  Code: Gaps<T.Code, Schemas['CodeView']>;
  CodeCoderCount: Gaps<T.CodeCoderCount, Schemas['CoderApplications']>;
  Coder: Gaps<T.Coder, Schemas['CoderView']>;
  ImportAccepted: Gaps<T.ImportAccepted, Schemas['ImportResponse']>;
  ImportSummary: Gaps<T.ImportSummary, Schemas['ImportSummary']>;
  CodeUpdate: Gaps<T.CodeUpdate, Schemas['UpdateCode']>;
  CodeMerge: Gaps<T.CodeMerge, Schemas['Merge']>;
  EvidencePage: Gaps<T.EvidencePage, Schemas['PageResponseEvidenceItem']>;
  EvidenceItem: Gaps<T.EvidenceItem, Schemas['EvidenceItem']>;
  Category: Gaps<T.Category, Schemas['CategoryView']>;
  CategoryRelation: Gaps<T.CategoryRelation, Schemas['CategoryRelation']>;
  CodeMove: Gaps<T.CodeMove, Schemas['MoveCodes']>;
  Coverage: Gaps<T.Coverage, Schemas['Coverage']>;
  CoverageCounts: Gaps<T.CoverageCounts, Schemas['Counts']>;
  InterviewCoverage: Gaps<T.InterviewCoverage, Schemas['InterviewCoverage']>;
  InterviewCodingState: Gaps<T.InterviewCodingState, Schemas['InterviewCodingState']>;
  FragmentCodingState: Gaps<T.FragmentCodingState, Schemas['FragmentState']>;
  RelevanceState: Gaps<T.RelevanceState, Schemas['RelevanceState']>;
  Relevance: Gaps<T.Relevance, Schemas['Relevance']>;
  Memo: Gaps<T.Memo, Schemas['MemoView']>;
  MemoCreate: Gaps<T.MemoCreate, Schemas['Memo']>;
  MemoDraftAccepted: Gaps<T.MemoDraftAccepted, Schemas['DraftMemosResponse']>;
  MemoDraftRequest: Gaps<T.MemoDraftRequest, Schemas['DraftMemosRequest']>;
  LlmStatus: Gaps<T.LlmStatus, Schemas['LlmStatusResponse']>;
  LlmAccessView: Gaps<T.LlmAccessView, Schemas['LlmAccess']>;
  TheoryAccepted: Gaps<T.TheoryAccepted, Schemas['Accepted']>;
  TheoryPage: Gaps<T.TheoryPage, Schemas['PageResponseTheorySummary']>;
  TheorySummary: Gaps<T.TheorySummary, Schemas['TheorySummary']>;
  Theory: Gaps<T.Theory, Schemas['Theory']>;
  CoreCategory: Gaps<T.CoreCategory, Schemas['CoreCategory']>;
  EvidenceRef: Gaps<T.EvidenceRef, Schemas['EvidenceRef']>;
  CandidateScore: Gaps<T.CandidateScore, Schemas['CandidateScore']>;
  Proposition: Gaps<T.Proposition, Schemas['Proposition']>;
  NegativeCase: Gaps<T.NegativeCase, Schemas['NegativeCase']>;
  Consequence: Gaps<T.Consequence, Schemas['Consequence']>;
  Gap: Gaps<T.Gap, Schemas['Gap']>;
  EvidenceCoverage: Gaps<T.EvidenceCoverage, Schemas['EvidenceCoverage']>;
  Validation: Gaps<T.Validation, Schemas['Validation']>;
  UnsupportedClaim: Gaps<T.UnsupportedClaim, Schemas['UnsupportedClaim']>;
  Paradigm: Gaps<T.Paradigm, Schemas['Paradigm']>;
  Claim: Gaps<T.Claim, Schemas['Claim']>;
  SamplingStep: Gaps<T.SamplingStep, Schemas['SamplingStep']>;
  Saturation: Gaps<T.Saturation, Schemas['Saturation']>;
  CurvePoint: Gaps<T.CurvePoint, Schemas['CurvePoint']>;
  NetworkSummary: Gaps<T.NetworkSummary, Schemas['NetworkSummary']>;
  CentralityRow: Gaps<T.CentralityRow, Schemas['CentralityRow']>;
  CoOccurrenceRow: Gaps<T.CoOccurrenceRow, Schemas['CoOccurrenceRow']>;
  Manifest: Gaps<T.Manifest, Schemas['Manifest']>;
  StageRecord: Gaps<T.StageRecord, Schemas['StageRecord']>;
  BudgetTrimRecord: Gaps<T.BudgetTrimRecord, Schemas['BudgetTrimRecord']>;
  Export: Gaps<T.Export, Schemas['ExportResponse']>;
  CodeCreate: Gaps<T.CodeCreate, Schemas['CreateCode']>;
  Application: Gaps<T.Application, Schemas['Application']>;
  CodeApply: Gaps<T.CodeApply, Schemas['Apply']>;
  CategoryCreate: Gaps<T.CategoryCreate, Schemas['CreateCategory']>;
  CategoryUpdate: Gaps<T.CategoryUpdate, Schemas['UpdateCategory']>;
  MemoUpdate: Gaps<T.MemoUpdate, Schemas['Memo']>;
  CodebookImportResult: Gaps<T.CodebookImportResult, Schemas['CodebookImportResult']>;
  CodebookImportProblem: Gaps<T.CodebookImportProblem, Schemas['CodebookImportProblem']>;
  AgreementReport: Gaps<T.AgreementReport, Schemas['AgreementResult']>;
  AgreementCoder: Gaps<T.AgreementCoder, Schemas['AgreementCoder']>;
  AgreementCode: Gaps<T.AgreementCode, Schemas['AgreementCode']>;
  AgreementOverall: Gaps<T.AgreementOverall, Schemas['AgreementOverall']>;
  AgreementCounts: Gaps<T.AgreementCounts, Schemas['AgreementPooled']>;
  AgreementDisagreement: Gaps<T.AgreementDisagreement, Schemas['AgreementDisagreement']>;
  AgreementRequest: Gaps<T.AgreementRequest, Schemas['AgreementRequest']>;
  ReviewQueue: Gaps<T.ReviewQueue, Schemas['ReviewQueue']>;
  ReviewItem: Gaps<T.ReviewItem, Schemas['ReviewItem']>;
  ReviewCounts: Gaps<T.ReviewCounts, Schemas['ReviewCounts']>;
  ReviewChange: Gaps<T.ReviewChange, Schemas['Review']>;
  BulkReviewOutcome: Gaps<T.BulkReviewOutcome, Schemas['BulkOutcome']>;
  BulkReview: Gaps<T.BulkReview, Schemas['BulkReview']>;
  Matrix: Gaps<T.Matrix, Schemas['Matrix']>;
  MatrixRow: Gaps<T.MatrixRow, Schemas['MatrixRow']>;
  MatrixColumn: Gaps<T.MatrixColumn, Schemas['MatrixColumn']>;
  MatrixCell: Gaps<T.MatrixCell, Schemas['MatrixCell']>;
  MatrixCellPage: Gaps<T.MatrixCellPage, Schemas['PageResponseMatrixCellFragment']>;
  MatrixCellFragment: Gaps<T.MatrixCellFragment, Schemas['MatrixCellFragment']>;
  MatrixCellQuote: Gaps<T.MatrixCellQuote, Schemas['MatrixCellQuote']>;
  AttributeTable: Gaps<T.AttributeTable, Schemas['AttributeTable']>;
  AttributeVariable: Gaps<T.AttributeVariable, Schemas['AttributeVariable']>;
  AttributeRow: Gaps<T.AttributeRow, Schemas['AttributeRow']>;
  Attribute: Gaps<T.Attribute, Schemas['Attribute']>;
  InterviewAttributes: Gaps<T.InterviewAttributes, Schemas['Attributes']>;
  AttributesUpdate: Gaps<T.AttributesUpdate, Schemas['AttributesUpdate']>;
  AttributeImportResult: Gaps<T.AttributeImportResult, Schemas['AttributeImportResult']>;
  AttributeUnmatchedRow: Gaps<T.AttributeUnmatchedRow, Schemas['AttributeUnmatchedRow']>;
  StudyOverview: Gaps<T.StudyOverview, Schemas['StudyOverview']>;
  CoderFragments: Gaps<T.CoderFragments, Schemas['CoderFragments']>;
  NetworkFigure: Gaps<T.NetworkFigure, Schemas['NetworkFigure']>;
  NetworkFigureNode: Gaps<T.NetworkFigureNode, Schemas['NetworkNode']>;
  NetworkBox: Gaps<T.NetworkBox, Schemas['LabelBox']>;
  InterviewApplications: Gaps<T.InterviewApplications, Schemas['InterviewApplications']>;
  SpanApplication: Gaps<T.SpanApplication, Schemas['SpanView']>;
};

/** Fails to compile when any entry of WireTypeGaps names a field. */
export const wireTypesMatchTheServer: { [K in keyof WireTypeGaps]: WireTypeGaps[K] extends never ? true : WireTypeGaps[K] } = {
  Token: true,
  User: true,
  RegisterRequest: true,
  LoginRequest: true,
  DomainTemplate: true,
  ProjectPage: true,
  Project: true,
  ProjectMemberName: true,
  ProjectCreate: true,
  ProjectUpdate: true,
  ProjectMember: true,
  MemberAdd: true,
  MemberRoleChange: true,
  OwnershipTransfer: true,
  InterviewPage: true,
  InterviewSummary: true,
  InterviewMedia: true,
  TranscriptionState: true,
  UploadResult: true,
  FileOutcome: true,
  FragmentPage: true,
  Fragment: true,
  TextSpan: true,
  InterviewUpdate: true,
  MediaLink: true,
  FragmentClip: true,
  SpeakerRename: true,
  Job: true,
  JobStep: true,
  SearchResult: true,
  SearchHit: true,
  SearchIndex: true,
  AutoCodeStarted: true,
  AutoCodeRequest: true,
  AutoCodeStatus: true,
  CodePage: true,
  Code: true,
  CodeCoderCount: true,
  Coder: true,
  ImportAccepted: true,
  ImportSummary: true,
  CodeUpdate: true,
  CodeMerge: true,
  EvidencePage: true,
  EvidenceItem: true,
  Category: true,
  CategoryRelation: true,
  CodeMove: true,
  Coverage: true,
  CoverageCounts: true,
  InterviewCoverage: true,
  InterviewCodingState: true,
  FragmentCodingState: true,
  RelevanceState: true,
  Relevance: true,
  Memo: true,
  MemoCreate: true,
  MemoDraftAccepted: true,
  MemoDraftRequest: true,
  LlmStatus: true,
  LlmAccessView: true,
  TheoryAccepted: true,
  TheoryPage: true,
  TheorySummary: true,
  Theory: true,
  CoreCategory: true,
  EvidenceRef: true,
  CandidateScore: true,
  Proposition: true,
  NegativeCase: true,
  Consequence: true,
  Gap: true,
  EvidenceCoverage: true,
  Validation: true,
  UnsupportedClaim: true,
  Paradigm: true,
  Claim: true,
  SamplingStep: true,
  Saturation: true,
  CurvePoint: true,
  NetworkSummary: true,
  CentralityRow: true,
  CoOccurrenceRow: true,
  Manifest: true,
  StageRecord: true,
  BudgetTrimRecord: true,
  Export: true,
  CodeCreate: true,
  Application: true,
  CodeApply: true,
  CategoryCreate: true,
  CategoryUpdate: true,
  MemoUpdate: true,
  CodebookImportResult: true,
  CodebookImportProblem: true,
  AgreementReport: true,
  AgreementCoder: true,
  AgreementCode: true,
  AgreementOverall: true,
  AgreementCounts: true,
  AgreementDisagreement: true,
  AgreementRequest: true,
  ReviewQueue: true,
  ReviewItem: true,
  ReviewCounts: true,
  ReviewChange: true,
  BulkReviewOutcome: true,
  BulkReview: true,
  Matrix: true,
  MatrixRow: true,
  MatrixColumn: true,
  MatrixCell: true,
  MatrixCellPage: true,
  MatrixCellFragment: true,
  MatrixCellQuote: true,
  AttributeTable: true,
  AttributeVariable: true,
  AttributeRow: true,
  Attribute: true,
  InterviewAttributes: true,
  AttributesUpdate: true,
  AttributeImportResult: true,
  AttributeUnmatchedRow: true,
  StudyOverview: true,
  CoderFragments: true,
  NetworkFigure: true,
  NetworkFigureNode: true,
  NetworkBox: true,
  InterviewApplications: true,
  SpanApplication: true,
};

/** The check itself can fail: a field the server does not send is named. */
export const driftIsCaught: Gaps<T.Project & { title: string }, Schemas['ProjectView']> = '.title';
