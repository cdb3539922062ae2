import { call, download, sendFile, upload } from './http';
import type {
  AgreementReport,
  AgreementRequest,
  InterviewCodingState,
  InterviewApplications,
  Relevance,
  RelevanceState,
  Application,
  CategoryCreate,
  CategoryUpdate,
  CodeApply,
  CodeCreate,
  MemoUpdate,
  NetworkFigure,
  Export,
  InterviewExportQuery,
  ExportFormat,
  CodebookExportFormat,
  CodebookImportResult,
  Theory,
  TheoryAccepted,
  TheoryPage,
  AutoCodeRequest,
  AutoCodeStarted,
  AutoCodeStatus,
  Category,
  Code,
  Coder,
  ExchangeFormat,
  ImportAccepted,
  CodeMerge,
  CodePage,
  CodeSort,
  CodeUpdate,
  Coverage,
  EvidencePage,
  Memo,
  MemoCreate,
  MemoDraftAccepted,
  MemoDraftRequest,
  LlmStatus,
  SearchQuery,
  SearchResult,
  DomainTemplate,
  FragmentPage,
  InterviewPage,
  InterviewSummary,
  InterviewUpdate,
  InterviewUploadForm,
  FragmentClip,
  MediaLink,
  SpeakerRename,
  Job,
  LoginRequest,
  MemberAdd,
  MemberRoleChange,
  OwnershipTransfer,
  Project,
  ProjectMember,
  ProjectCreate,
  ProjectPage,
  ProjectUpdate,
  RegisterRequest,
  Token,
  UploadResult,
  BulkReview,
  BulkReviewOutcome,
  ReviewChange,
  ReviewFilter,
  ReviewItem,
  ReviewQueue,
  Matrix,
  MatrixCellPage,
  MatrixKind,
  Attribute,
  AttributeTable,
  AttributesUpdate,
  AttributeImportResult,
  InterviewAttributes,
  StudyOverview,
} from './types';

/** Filters and page of a transcript read; `page` is zero-based. */
export interface FragmentQuery {
  page: number;
  size: number;
  speaker?: string;
  q?: string;
}

/** The TheoGen API as the dashboard uses it: one function per server operation it calls, by its operationId. */
export const api = {
  register: (body: RegisterRequest) => call<Token>('register', { body }),
  login: (body: LoginRequest) => call<Token>('login', { body }),
  listDomainTemplates: (signal?: AbortSignal) => call<DomainTemplate[]>('listDomainTemplates', withSignal(signal)),
  listProjects: (page: number, size: number, signal?: AbortSignal) => call<ProjectPage>('listProjects', { query: { page, size }, ...withSignal(signal) }),
  createProject: (body: ProjectCreate) => call<Project>('createProject', { body }),
  getProject: (projectId: string, signal?: AbortSignal) => call<Project>('getProject', { params: { projectId }, ...withSignal(signal) }),
  updateProject: (projectId: string, body: ProjectUpdate) => call<Project>('updateProject', { params: { projectId }, body }),
  deleteProject: (projectId: string) => call<void>('deleteProject', { params: { projectId } }),
  listMembers: (projectId: string, signal?: AbortSignal) => call<ProjectMember[]>('listMembers', { params: { projectId }, ...withSignal(signal) }),
  addMember: (projectId: string, body: MemberAdd) => call<ProjectMember>('addMember', { params: { projectId }, body }),
  changeMemberRole: (projectId: string, userId: string, body: MemberRoleChange) =>
    call<ProjectMember>('changeMemberRole', { params: { projectId, userId }, body }),
  removeMember: (projectId: string, userId: string) => call<void>('removeMember', { params: { projectId, userId } }),
  leaveProject: (projectId: string) => call<void>('leaveProject', { params: { projectId } }),
  transferOwnership: (projectId: string, body: OwnershipTransfer) => call<void>('transferOwnership', { params: { projectId }, body }),
  listInterviews: (projectId: string, page: number, size: number, signal?: AbortSignal) =>
    call<InterviewPage>('listInterviews', { params: { projectId }, query: { page, size }, ...withSignal(signal) }),
  uploadInterview: (projectId: string, { file, participant, language }: InterviewUploadForm, onProgress?: (sent: number, total: number) => void) =>
    upload<UploadResult>('uploadInterview', {
      params: { projectId },
      form: { files: file, participant: participant || undefined, language },
      ...(onProgress ? { onProgress } : {}),
    }),
  getInterview: (interviewId: string, signal?: AbortSignal) => call<InterviewSummary>('getInterview', { params: { interviewId }, ...withSignal(signal) }),
  listFragments: (interviewId: string, { page, size, speaker, q }: FragmentQuery, signal?: AbortSignal) =>
    call<FragmentPage>('listFragments', {
      params: { interviewId },
      query: { page, size, ...(speaker ? { speaker } : {}), ...(q ? { q } : {}) },
      ...withSignal(signal),
    }),
  deleteInterview: (interviewId: string) => call<void>('deleteInterview', { params: { interviewId } }),
  updateInterview: (interviewId: string, body: InterviewUpdate) => call<InterviewSummary>('updateInterview', { params: { interviewId }, body }),
  getMediaLink: (interviewId: string, signal?: AbortSignal) => call<MediaLink>('getMediaLink', { params: { interviewId }, ...withSignal(signal) }),
  getFragmentClip: (fragmentId: string, signal?: AbortSignal) => call<FragmentClip>('getFragmentClip', { params: { fragmentId }, ...withSignal(signal) }),
  retryTranscription: (interviewId: string) => call<InterviewSummary>('retryTranscription', { params: { interviewId } }),
  attachTranscript: (interviewId: string, file: File) => upload<InterviewSummary>('attachTranscript', { params: { interviewId }, form: { file } }),
  renameSpeaker: (interviewId: string, body: SpeakerRename) => call<InterviewSummary>('renameSpeaker', { params: { interviewId }, body }),
  listJobs: (projectId: string, limit: number, signal?: AbortSignal) =>
    call<Job[]>('listJobs', { params: { projectId }, query: { limit }, ...withSignal(signal) }),
  getJob: (projectId: string, jobId: string, signal?: AbortSignal) => call<Job>('getJob', { params: { projectId, jobId }, ...withSignal(signal) }),
  cancelJob: (projectId: string, jobId: string) => call<Job>('cancelJob', { params: { projectId, jobId } }),
  searchProject: (projectId: string, { q, speaker, category, interview, exclude_interviewer, filters = {}, limit = 30 }: SearchQuery, signal?: AbortSignal) =>
    call<SearchResult>('searchProject', {
      params: { projectId },
      query: {
        q,
        limit,
        ...(speaker ? { speaker } : {}),
        ...(category ? { category } : {}),
        ...(interview ? { interview } : {}),
        ...(exclude_interviewer ? { exclude_interviewer: 'true' } : {}),
        ...Object.fromEntries(
          Object.entries(filters)
            .filter(([, value]) => value)
            .map(([name, value]) => [`attr.${name}`, value]),
        ),
      },
      ...withSignal(signal),
    }),
  startAutoCode: (projectId: string, body: AutoCodeRequest) => call<AutoCodeStarted>('startAutoCode', { params: { projectId }, body }),
  getAutoCodeStatus: (projectId: string, taskId: string) => call<AutoCodeStatus>('getAutoCodeStatus', { params: { projectId, taskId } }),
  listCodes: (projectId: string, query: { sort: CodeSort; q?: string; page: number; size: number; coder?: string }, signal?: AbortSignal) =>
    call<CodePage>('listCodes', {
      params: { projectId },
      query: {
        sort: query.sort,
        page: query.page,
        size: query.size,
        ...(query.q ? { q: query.q } : {}),
        ...(query.coder ? { coder: query.coder } : {}),
      },
      ...withSignal(signal),
    }),
  listCoders: (projectId: string, signal?: AbortSignal) => call<Coder[]>('listCoders', { params: { projectId }, ...withSignal(signal) }),
  importIntoProject: (projectId: string, format: ExchangeFormat, file: Blob) =>
    sendFile<ImportAccepted>('importIntoProject', { params: { projectId }, query: { format }, file }),
  importAsNewProject: (format: ExchangeFormat, file: Blob, name?: string) =>
    sendFile<ImportAccepted>('importAsNewProject', { query: { format, ...(name ? { name } : {}) }, file }),
  exportProject: (projectId: string, format: ExchangeFormat) => download('exportProject', { params: { projectId }, query: { format } }),
  updateCode: (codeId: string, body: CodeUpdate) => call<Code>('updateCode', { params: { codeId }, body }),
  mergeCode: (codeId: string, body: CodeMerge) => call<Code>('mergeCode', { params: { codeId }, body }),
  deleteCode: (codeId: string) => call<void>('deleteCode', { params: { codeId } }),
  codeEvidence: (codeId: string, page: number, size: number, signal?: AbortSignal, coder?: string, filters: Record<string, string> = {}) =>
    call<EvidencePage>('codeEvidence', {
      params: { codeId },
      query: { page, size, ...(coder ? { coder } : {}), ...Object.fromEntries(Object.entries(filters).map(([name, value]) => [`attr.${name}`, value])) },
      ...withSignal(signal),
    }),
  listCategories: (projectId: string, signal?: AbortSignal) => call<Category[]>('listCategories', { params: { projectId }, ...withSignal(signal) }),
  moveCodes: (categoryId: string, codeIds: string[]) => call<Category>('moveCodes', { params: { categoryId }, body: { code_ids: codeIds } }),
  getCoverage: (projectId: string, signal?: AbortSignal) => call<Coverage>('getCoverage', { params: { projectId }, ...withSignal(signal) }),
  getCodingState: (interviewId: string, signal?: AbortSignal, coder?: string) =>
    call<InterviewCodingState>('getCodingState', {
      params: { interviewId },
      ...(coder ? { query: { coder } } : {}),
      ...withSignal(signal),
    }),
  setRelevance: (fragmentId: string, notRelevant: boolean) =>
    call<RelevanceState>('setRelevance', { params: { fragmentId }, body: { not_relevant: notRelevant } satisfies Relevance }),
  listMemos: (projectId: string, signal?: AbortSignal) => call<Memo[]>('listMemos', { params: { projectId }, ...withSignal(signal) }),
  createMemo: (projectId: string, body: MemoCreate) => call<Memo>('createMemo', { params: { projectId }, body }),
  deleteMemo: (memoId: string) => call<void>('deleteMemo', { params: { memoId } }),
  draftMemos: (projectId: string, body: MemoDraftRequest) => call<MemoDraftAccepted>('draftMemos', { params: { projectId }, body }),
  getLlmStatus: (signal?: AbortSignal) => call<LlmStatus>('getLlmStatus', withSignal(signal)),
  generateTheory: (projectId: string) => call<TheoryAccepted>('generateTheory', { params: { projectId } }),
  listTheories: (projectId: string, page: number, size: number, signal?: AbortSignal) =>
    call<TheoryPage>('listTheories', { params: { projectId }, query: { page, size }, ...withSignal(signal) }),
  getTheory: (projectId: string, theoryId: string, signal?: AbortSignal) =>
    call<Theory>('getTheory', { params: { projectId, theoryId }, ...withSignal(signal) }),
  getNetworkLayout: (projectId: string, theoryId: string, signal?: AbortSignal) =>
    call<NetworkFigure>('getNetworkLayout', { params: { projectId, theoryId }, ...withSignal(signal) }),
  categoryEvidence: (categoryId: string, page: number, size: number, signal?: AbortSignal) =>
    call<EvidencePage>('categoryEvidence', { params: { categoryId }, query: { page, size }, ...withSignal(signal) }),
  exportTheory: (projectId: string, theoryId: string, format: ExportFormat) =>
    call<Export>('exportTheory', { params: { projectId, theoryId }, query: { format } }),
  getExport: (projectId: string, exportId: string) => call<Export>('getExport', { params: { projectId, exportId } }),
  downloadExport: (projectId: string, exportId: string) => download('downloadExport', { params: { projectId, exportId } }),
  createCode: (projectId: string, body: CodeCreate) => call<Code>('createCode', { params: { projectId }, body }),
  applyCode: (fragmentId: string, body: CodeApply) => call<Application>('applyCode', { params: { fragmentId }, body }),
  removeApplication: (applicationId: string) => call<void>('removeApplication', { params: { applicationId } }),
  listInterviewApplications: (interviewId: string, signal?: AbortSignal, coder?: string) =>
    call<InterviewApplications>('listInterviewApplications', { params: { interviewId }, query: coder ? { coder } : {}, ...withSignal(signal) }),
  createCategory: (projectId: string, body: CategoryCreate) => call<Category>('createCategory', { params: { projectId }, body }),
  updateCategory: (categoryId: string, body: CategoryUpdate) => call<Category>('updateCategory', { params: { categoryId }, body }),
  deleteCategory: (categoryId: string) => call<void>('deleteCategory', { params: { categoryId } }),
  updateMemo: (memoId: string, body: MemoUpdate) => call<Memo>('updateMemo', { params: { memoId }, body }),
  listExports: (projectId: string, signal?: AbortSignal) => call<Export[]>('listExports', { params: { projectId }, ...withSignal(signal) }),
  exportCodebook: (projectId: string, format: CodebookExportFormat) => download('exportCodebook', { params: { projectId }, query: { format } }),
  importCodebook: (projectId: string, file: Blob) => sendFile<CodebookImportResult>('importCodebook', { params: { projectId }, file }),
  exportInterviews: (projectId: string, { format, interviewId, metadata, codes, timestamps }: InterviewExportQuery) =>
    download('exportInterviews', {
      params: { projectId },
      query: {
        format,
        ...(interviewId ? { interview_id: interviewId } : {}),
        metadata: String(metadata),
        codes: String(codes),
        timestamps: String(timestamps),
      },
    }),
  computeAgreement: (projectId: string, body: AgreementRequest, signal?: AbortSignal) =>
    call<AgreementReport>('computeAgreement', { params: { projectId }, body, ...withSignal(signal) }),
  exportAgreement: (projectId: string, body: AgreementRequest) => download('exportAgreement', { params: { projectId }, body }),
  listReview: (projectId: string, { state, coder, code, interview, page, size }: ReviewFilter, signal?: AbortSignal) =>
    call<ReviewQueue>('listReview', {
      params: { projectId },
      query: { state, page, size, ...(coder ? { coder } : {}), ...(code ? { code } : {}), ...(interview ? { interview } : {}) },
      ...withSignal(signal),
    }),
  reviewApplication: (applicationId: string, body: ReviewChange) => call<ReviewItem>('reviewApplication', { params: { applicationId }, body }),
  reviewApplications: (projectId: string, body: BulkReview) => call<BulkReviewOutcome>('reviewApplications', { params: { projectId }, body }),
  getMatrix: (projectId: string, query: MatrixQuery, signal?: AbortSignal) =>
    call<Matrix>('getMatrix', { params: { projectId }, query: matrixQuery(query), ...withSignal(signal) }),
  getMatrixCell: (projectId: string, query: MatrixQuery, cell: { row: string; column: string; page: number; size: number }, signal?: AbortSignal) =>
    call<MatrixCellPage>('getMatrixCell', {
      params: { projectId },
      query: { ...matrixQuery(query), row: cell.row, column: cell.column, page: cell.page, size: cell.size },
      ...withSignal(signal),
    }),
  getAttributeTable: (projectId: string, signal?: AbortSignal) => call<AttributeTable>('getAttributeTable', { params: { projectId }, ...withSignal(signal) }),
  setInterviewAttributes: (interviewId: string, attributes: Attribute[]) =>
    call<InterviewAttributes>('setInterviewAttributes', { params: { interviewId }, body: { attributes } satisfies AttributesUpdate }),
  importAttributes: (projectId: string, file: Blob) => sendFile<AttributeImportResult>('importAttributes', { params: { projectId }, file }),
  getStudyOverview: (projectId: string, signal?: AbortSignal) => call<StudyOverview>('getStudyOverview', { params: { projectId }, ...withSignal(signal) }),
};

/** A matrix request: its kind, the attribute whose values are columns, a coder, and attribute filters by name. */
export interface MatrixQuery {
  kind: MatrixKind;
  attribute?: string;
  coder?: string;
  filters?: Record<string, string>;
}

function matrixQuery({ kind, attribute, coder, filters = {} }: MatrixQuery): Record<string, string> {
  const query: Record<string, string> = { kind };
  if (attribute) query.attribute = attribute;
  if (coder) query.coder = coder;
  for (const [name, value] of Object.entries(filters)) {
    if (value) query[`attr.${name}`] = value;
  }
  return query;
}

function withSignal(signal: AbortSignal | undefined): { signal?: AbortSignal } {
  return signal ? { signal } : {};
}
