import { describe, expect, it, vi } from 'vitest';
import { fakeServer, json, noContent, problem } from '../test/fakeServer';
import { api } from './client';
import openapi from './openapi.json';
import { operations as served } from './operations';
import { ApiError, configureApi } from './http';
import type {
  AgreementCode,
  AgreementCoder,
  AgreementCounts,
  AgreementDisagreement,
  AutoCodeStatus,
  AgreementOverall,
  AgreementReport,
  AgreementRequest,
  BulkReview,
  BulkReviewOutcome,
  ReviewChange,
  ReviewCounts,
  ReviewItem,
  ReviewQueue,
  Coder,
  ImportAccepted,
  CodebookImportResult,
  CodebookImportProblem,
  ImportSummary,
  SearchIndex,
  FragmentCodingState,
  InterviewCodingState,
  InterviewApplications,
  SpanApplication,
  Relevance,
  RelevanceState,
  Application,
  CategoryCreate,
  CategoryUpdate,
  CodeApply,
  CodeCreate,
  MemoUpdate,
  BudgetTrimRecord,
  CentralityRow,
  Claim,
  CoOccurrenceRow,
  CurvePoint,
  Manifest,
  NetworkSummary,
  Paradigm,
  SamplingStep,
  Saturation,
  StageRecord,
  Consequence,
  CoreCategory,
  CandidateScore,
  NegativeCase,
  EvidenceCoverage,
  EvidenceRef,
  Export,
  Gap,
  Proposition,
  Theory,
  TheoryAccepted,
  TheoryPage,
  TheorySummary,
  Validation,
  UnsupportedClaim,
  AutoCodeRequest,
  AutoCodeStarted,
  Category,
  Code,
  CodeMerge,
  CodeMove,
  CodePage,
  CodeUpdate,
  CategoryRelation,
  CodeCoderCount,
  Coverage,
  CoverageCounts,
  EvidenceItem,
  EvidencePage,
  InterviewCoverage,
  Memo,
  MemoCreate,
  MemoDraftAccepted,
  MemoDraftRequest,
  LlmStatus,
  LlmAccessView,
  SearchHit,
  SearchResult,
  DomainTemplate,
  FileOutcome,
  Fragment,
  FragmentPage,
  InterviewPage,
  InterviewSummary,
  InterviewMedia,
  TranscriptionState,
  MediaLink,
  FragmentClip,
  SpeakerRename,
  InterviewUpdate,
  Job,
  JobStep,
  LoginRequest,
  MemberAdd,
  MemberRoleChange,
  OwnershipTransfer,
  Project,
  ProjectMember,
  ProjectMemberName,
  ProjectCreate,
  ProjectPage,
  ProjectUpdate,
  RegisterRequest,
  TextSpan,
  Token,
  UploadResult,
  User,
  Matrix,
  MatrixRow,
  MatrixColumn,
  MatrixCell,
  MatrixCellPage,
  MatrixCellFragment,
  MatrixCellQuote,
  Attribute,
  AttributeVariable,
  AttributeRow,
  AttributeTable,
  InterviewAttributes,
  AttributesUpdate,
  AttributeUnmatchedRow,
  AttributeImportResult,
  CoderFragments,
  StudyOverview,
  NetworkBox,
  NetworkFigure,
  NetworkFigureNode,
} from './types';

// One complete example per wire type. `Required<T>` makes the compiler demand every field of the
// TypeScript type and reject any other; the fake server answers with them and the test below checks them, field
// by field, against the schemas of the server's OpenAPI document (openapi.json).
const user: Required<User> = { id: 'u1', email: 'ana@example.org', display_name: 'Ana' };
const memberName: Required<ProjectMemberName> = { user_id: 'u1', display_name: 'Ana', role: 'owner' };
const member: Required<ProjectMember> = {
  user_id: 'u2',
  display_name: 'Luis',
  email: 'luis@example.org',
  role: 'coder',
  added_at: '2025-01-01T00:00:00Z',
  added_by: 'u1',
};
const project: Required<Project> = {
  id: 'p1',
  name: 'Cuidados',
  description: 'd',
  research_question: 'q',
  language: 'es',
  domain_template: 'health',
  created_at: '2025-01-01T00:00:00Z',
  updated_at: '2025-01-01T00:00:00Z',
  role: 'owner',
  members: [memberName],
};
const media: Required<InterviewMedia> = {
  content_type: 'audio/ogg',
  container: 'ogg',
  audio_codec: 'opus',
  duration_ms: 3000,
  size_bytes: 2048,
  sha256: 'ab',
  has_video: false,
};
const mediaLink: Required<MediaLink> = {
  url: '/api/media/i1?expires=1&signature=s',
  expires_at: '2025-01-01T00:00:00Z',
  content_type: 'audio/ogg',
  duration_ms: 3000,
  has_video: false,
};
const interview: Required<InterviewSummary> = {
  id: 'i1',
  project_id: 'p1',
  participant: 'Marta',
  source_filename: 'marta.txt',
  format: 'txt',
  language: 'es',
  status: 'ready',
  ready: true,
  word_count: 120,
  char_count: 700,
  fragment_count: 4,
  speakers: ['Entrevistadora', 'Marta'],
  has_timestamps: false,
  created_at: '2025-01-01T00:00:00Z',
  media: media,
  transcription: { job_id: 'j1', error_code: 'TRANSCRIPTION_UNAVAILABLE', error: 'e' },
  spoken_language: 'fr',
  spoken_language_manual: true,
};
const span: Required<TextSpan> = { start: 0, end: 4 };
const fragment: Required<Fragment> = {
  id: 'f1',
  interview_id: 'i1',
  project_id: 'p1',
  ordinal: 0,
  speaker: 'Marta',
  text: 'Cuido a mi madre.',
  char_start: 0,
  char_end: 17,
  start_ms: 1000,
  end_ms: 4000,
  highlights: [span],
};
const step: Required<JobStep> = { step: 'auto_code', started_at: '2025-01-01T00:00:00Z', elapsed_ms: 1200 };
const job: Required<Job> = {
  task_id: 'j1',
  kind: 'theory',
  status: 'running',
  step: 'auto_code',
  progress: 40,
  error_code: 'E',
  error: 'e',
  next_poll_seconds: 2,
  result_id: 'r1',
  degraded: false,
  created_at: '2025-01-01T00:00:00Z',
  updated_at: '2025-01-01T00:00:00Z',
  steps: [step],
  submitted_by: 'u1',
  outcome: { coded_fragments: 3, skipped_fragments: 2 },
  warning_code: 'LLM_RATE_LIMITED',
  attempt: 1,
  reused: false,
};
const hit: Required<SearchHit> = {
  fragment_id: 'f1',
  interview_id: 'i1',
  interview_label: 'Marta',
  speaker: 'Marta',
  text: 'Cuido a mi madre.',
  score: 0.8,
  highlights: [span],
  code_ids: ['c1'],
};
const coderCount: Required<CodeCoderCount> = { coder_id: 'u1', kind: 'user', display_name: 'Ana', applications: 3 };
const code: Required<Code> = {
  id: 'c1',
  project_id: 'p1',
  label: 'caring at night',
  definition: 'd',
  origin: 'offline',
  category_id: 'k1',
  category_name: 'Night shifts',
  application_count: 3,
  fragment_count: 3,
  interviews_covered: 2,
  properties: ['who is cared for'],
  dimensions: ['night to day'],
  human_edited: true,
  created_at: '2025-01-01T00:00:00Z',
  updated_at: '2025-01-01T00:00:00Z',
  parent_id: 'c0',
  color: '#E06C75',
  inclusion_criteria: 'looks after someone at night',
  exclusion_criteria: 'paid night shifts',
  examples: ['I stay up with my father'],
  coders: [coderCount],
};
const coder: Required<Coder> = {
  id: 'u1',
  kind: 'imported',
  key: 'imported:9A8B7C6D-0000-4000-8000-000000000001',
  display_name: 'Lucía Gómez',
  applications: 5,
  codes: 2,
  fragments: 4,
  interviews: 1,
  memos: 1,
  not_relevant: 0,
  pending: 2,
  rejected: 1,
};
const reviewItem: Required<ReviewItem> = {
  id: 'a1',
  code_id: 'c1',
  code_label: 'turno de noche',
  code_color: '#E06C75',
  fragment_id: 'f1',
  interview_id: 'i1',
  participant: 'Marta',
  fragment_ordinal: 1,
  speaker: 'Marta',
  fragment_text: 'Trabajo de noche en el hospital.',
  quote: 'Trabajo de noche',
  quote_start: 0,
  quote_end: 16,
  confidence: 0.62,
  origin: 'offline',
  coder_id: 'o1',
  coder_name: 'Offline analyst',
  coder_kind: 'offline',
  review_state: 'pending',
  reviewed_at: '2025-03-05T11:30:00Z',
};
const reviewCounts: Required<ReviewCounts> = { pending: 2, accepted: 1, rejected: 1 };
const importSummary: Required<ImportSummary> = {
  origin: 'ATLAS.ti 8.4.0',
  text_sources: 6,
  document_sources: 1,
  codes: 14,
  selections: 8,
  codings: 9,
  coders: 1,
  memos: 3,
  attributes: 2,
  skipped: { PictureSource: 1 },
  warnings: ['selection 5E10 is empty; it is not kept'],
};
const importAccepted: Required<ImportAccepted> = {
  task_id: 'j1',
  kind: 'exchange_import',
  status: 'pending',
  progress: 0,
  next_poll_seconds: 2,
  reused: false,
  project_id: 'p1',
  status_url: '/api/projects/p1/jobs/j1',
  summary: importSummary,
};
const evidence: Required<EvidenceItem> = {
  application_id: 'a1',
  code_id: 'c1',
  code_label: 'caring at night',
  fragment_id: 'f1',
  interview_id: 'i1',
  interview_label: 'Marta',
  ordinal: 3,
  speaker: 'Marta',
  fragment_text: 'Cuido a mi madre.',
  quote: 'Cuido',
  quote_start: 0,
  quote_end: 5,
  confidence: 0.8,
  origin: 'ai',
  coder_id: 'u1',
};
const agreementRequest: Required<AgreementRequest> = {
  coder_a: 'u1',
  coder_b: 'o1',
  interview_ids: ['i1'],
  code_ids: ['c1'],
  unit: 'fragment',
  include_interviewer: false,
};
const agreementCoder: Required<AgreementCoder> = { id: 'u1', display_name: 'Ana', kind: 'user' };
const agreementCounts: Required<AgreementCounts> = {
  both: 3,
  only_a: 1,
  only_b: 2,
  neither: 14,
  units: 20,
  observed: 0.85,
  kappa: 0.58,
  alpha: 0.59,
  ac1: 0.79,
};
const agreementCode: Required<AgreementCode> = {
  ...agreementCounts,
  code_id: 'c1',
  label: 'caring at night',
  color: '#E06C75',
  category_name: 'Night shifts',
  prevalence_a: 0.2,
  prevalence_b: 0.25,
  undefined_reason: 'NO_VARIATION',
  alpha_u: 0.5,
  disagreement_count: 3,
};
const agreementOverall: Required<AgreementOverall> = {
  codes: 1,
  codes_with_variation: 1,
  mean_observed: 0.85,
  mean_kappa: 0.58,
  mean_alpha: 0.59,
  mean_ac1: 0.8,
  pooled: agreementCounts,
  pooled_alpha_u: 0.5,
};
const disagreement: Required<AgreementDisagreement> = {
  code_id: 'c1',
  fragment_id: 'f1',
  interview_id: 'i1',
  interview_name: 'Marta',
  speaker: 'Marta',
  text: 'Cuido a mi madre.',
  present_a: true,
  present_b: false,
  spans_a: [span],
  spans_b: [span],
  differing_characters: 4,
};
const agreementReport: Required<AgreementReport> = {
  coder_a: agreementCoder,
  coder_b: { id: 'o1', display_name: 'Offline analyst', kind: 'offline' },
  unit: 'fragment',
  fragments: 20,
  codes: [agreementCode],
  overall: agreementOverall,
  disagreements: [disagreement],
};
const searchIndex: Required<SearchIndex> = { interviews: 8, indexed: 6, pending: 1, failed: 1 };
const counts: Required<CoverageCounts> = {
  fragments: 10,
  coded: 6,
  not_relevant: 1,
  examined: 1,
  unexamined: 2,
  coded_share: 0.6,
  not_relevant_share: 0.1,
  examined_share: 0.1,
  unexamined_share: 0.2,
  interviewer_fragments: 4,
};
const interviewCoverage: Required<InterviewCoverage> = { interview_id: 'i1', participant: 'Marta', counts };
const relation: Required<CategoryRelation> = { from_category_id: 'k1', to_category_id: 'k2', type: 'causal', origin: 'ai' };
const category: Required<Category> = {
  id: 'k1',
  project_id: 'p1',
  name: 'Night shifts',
  definition: 'd',
  origin: 'offline',
  human_edited: false,
  code_ids: ['c1'],
  fragment_count: 4,
  relations: [relation],
  created_at: '2025-01-01T00:00:00Z',
  updated_at: '2025-01-01T00:00:00Z',
};
const memo: Required<Memo> = {
  id: 'm1',
  project_id: 'p1',
  interview_id: 'i1',
  code_id: 'c1',
  category_id: 'k1',
  theory_id: null,
  title: 't',
  body: 'b',
  created_at: '2025-01-01T00:00:00Z',
  updated_at: '2025-01-01T00:00:00Z',
  coder_id: 'a9',
  author_kind: 'ai',
  author_name: 'ai:openai/gpt-4o',
  citations: [{ fragment_id: 'f1', interview_id: 'i1', quote: 'Cuido', start: 0, end: 5 }],
};
const ref: Required<EvidenceRef> = {
  fragment_id: 'f1',
  interview_id: 'i1',
  interview_label: 'Marta',
  speaker: 'Marta',
  quote: 'Cuido',
  start: 0,
  end: 5,
  interview_start: 120,
  interview_end: 125,
};
const candidateScore: Required<CandidateScore> = {
  category_id: 'k1',
  category_name: 'Sostener',
  reasoning: 'r',
  central: 5,
  frequent: 4,
  connected: 5,
  abstract_enough: 4,
  explains_variation: 3,
};
const negativeCase: Required<NegativeCase> = { statement: 'n', fragment_id: 'f1', quote: 'q' };
const core: Required<CoreCategory> = {
  category_id: 'k1',
  name: 'Sostener',
  definition: 'd',
  why: 'w',
  evidence: [ref],
  storyline: 's',
  candidates: [candidateScore],
};
const proposition: Required<Proposition> = { id: 'P1', text: 't', category_ids: ['k1', 'k2'], evidence: [ref], exceptions: [negativeCase] };
const consequence: Required<Consequence> = {
  category_id: 'k2',
  category_name: 'c',
  statement: 's',
  type: 'other',
  type_note: 'spiritual',
  horizon: 'long_term',
  evidence: [ref],
  exceptions: [negativeCase],
};
const gap: Required<Gap> = { kind: 'saturation', category_id: null, category_name: '', description: 'd', severity: 'high' };
const coverage: Required<EvidenceCoverage> = { claims: 10, claims_with_evidence: 9, ratio: 0.9 };
const unsupportedClaim: Required<UnsupportedClaim> = {
  component: 'strategies',
  category_ids: [],
  statement: 's',
  reason: 'unknown_category',
  evidence_dropped: 2,
};
const validation: Required<Validation> = {
  evidence_checked: 20,
  verified: 19,
  reanchored: 2,
  not_verbatim: 1,
  unknown_fragment: 0,
  wrong_category: 0,
  repairs: ['claim_category_unknown'],
  claims_repaired: 1,
  unsupported_claims: [unsupportedClaim],
  negative_cases_dropped: 1,
};
const claim: Required<Claim> = { category_id: 'k1', category_name: 'Night shifts', statement: 's', evidence: [ref], exceptions: [negativeCase] };
const paradigm: Required<Paradigm> = {
  phenomenon: [claim],
  causal_conditions: [claim],
  context: [claim],
  intervening_conditions: [claim],
  strategies: [claim],
};
const samplingStep: Required<SamplingStep> = { actor: 'nurses', focus: 'f', questions: ['q'], category_ids: ['k1'] };
const curvePoint: Required<CurvePoint> = { interview_id: 'i1', interview_label: 'Marta', new_codes: 4, cumulative_codes: 4 };
const saturation: Required<Saturation> = { curve: [curvePoint], plateau: true, model_readiness: 80, model_assessment: 'a' };
const centrality: Required<CentralityRow> = {
  category_id: 'k1',
  name: 'Night shifts',
  code_count: 3,
  fragment_count: 5,
  interview_count: 2,
  interview_coverage: 0.5,
  degree: 1,
  weighted_degree: 2.5,
  page_rank: 0.3,
};
const coOccurrence: Required<CoOccurrenceRow> = { category_a: 'k1', name_a: 'a', category_b: 'k2', name_b: 'b', shared_fragments: 2 };
const network: Required<NetworkSummary> = { categories: 2, codes: 5, fragments: 9, interviews: 2, centrality: [centrality], co_occurrence: [coOccurrence] };
const stage: Required<StageRecord> = {
  stage: 'paradigm',
  generated_by: 'llm',
  model: ['gpt-4o'],
  prompts: ['paradigm/paradigm.es.v1'],
  elapsed_ms: 1200,
  input_tokens: 900,
  output_tokens: 300,
  requests: 1,
  retries: 0,
  repaired: false,
  cached_input_tokens: 400,
};
const trim: Required<BudgetTrimRecord> = { stage: 'paradigm', step: 'drop_quotes', applications: 1, tokens_before: 9000, tokens_after: 6000 };
const manifest: Required<Manifest> = {
  project_name: 'Care',
  research_question: 'How do carers cope?',
  route: 'staged',
  route_reason: 'bucket 12 < canary-percent 100',
  provider: 'offline',
  access: 'offline',
  access_reason: 'provider is offline',
  template: 'generic',
  language: 'es',
  attempt: 1,
  stages: [stage],
  budget_trims: [trim],
  input_hashes: { fragments: 'abc' },
  evidence_sources: { category_evidence: 'coding', graph: 'ok' },
};
const theory: Required<Theory> = {
  id: 't1',
  project_id: 'p1',
  version: 2,
  job_id: 'j1',
  created_at: '2025-01-01T00:00:00Z',
  language: 'es',
  template: 'generic',
  route: 'staged',
  generated_by: 'offline',
  degraded: false,
  readiness_score: 70,
  core_category: core,
  propositions: [proposition],
  consequences: [consequence],
  gaps: [gap],
  evidence_coverage: coverage,
  validation,
  paradigm,
  sampling_plan: [samplingStep],
  saturation,
  network_summary: network,
  manifest,
};
const theorySummary: Required<TheorySummary> = {
  id: 't1',
  version: 2,
  created_at: '2025-01-01T00:00:00Z',
  central_category: 'Sostener',
  readiness_score: 70,
  evidence_coverage: 0.9,
  generated_by: 'offline',
  route: 'staged',
  degraded: false,
};
const exported: Required<Export> = {
  export_id: 'e1',
  theory_id: 't1',
  theory_version: 2,
  format: 'pdf',
  status: 'ready',
  filename: 'theory.pdf',
  size_bytes: 1000,
  sha256: 'ab12',
  task_id: 'j1',
  status_url: '/api/projects/p1/exports/e1',
  download_url: '/api/projects/p1/exports/e1/download',
  error_code: 'E',
  error: 'e',
  next_poll_seconds: 2,
  created_at: '2025-01-01T00:00:00Z',
  updated_at: '2025-01-01T00:00:00Z',
};
const outcome: Required<FileOutcome> = { filename: 'marta.txt', status: 201, interview, error_code: 'E', detail: 'd' };
const matrixRow: Required<MatrixRow> = { code_id: 'c1', label: 'noche', color: '#E06C75', category_id: 'k1', fragments: 3 };
const matrixColumn: Required<MatrixColumn> = { key: 'c1', label: 'noche', fragments: 3 };
const matrixCell: Required<MatrixCell> = { row: 0, column: 0, count: 3, normalised: 1 };
const matrix: Required<Matrix> = {
  kind: 'cooccurrence',
  attribute: 'rol',
  normalisation: 'jaccard',
  rows: [matrixRow],
  columns: [matrixColumn],
  cells: [matrixCell],
};
const matrixCellQuote: Required<MatrixCellQuote> = {
  application_id: 'a1',
  code_id: 'c1',
  code_label: 'noche',
  quote: 'Cuido',
  quote_start: 0,
  quote_end: 5,
  coder_id: 'u1',
};
const matrixCellFragment: Required<MatrixCellFragment> = {
  fragment_id: 'f1',
  interview_id: 'i1',
  interview_label: 'Marta',
  ordinal: 1,
  speaker: 'Marta',
  text: 'Cuido a mi madre.',
  quotes: [matrixCellQuote],
};
const matrixCellPage: Required<MatrixCellPage> = { items: [matrixCellFragment], page: 0, size: 20, total_items: 1, total_pages: 1 };
const attribute: Required<Attribute> = { name: 'rol', type: 'text', value: 'enfermera' };
const attributeVariable: Required<AttributeVariable> = { name: 'rol', type: 'text' };
const attributeRow: Required<AttributeRow> = { interview_id: 'i1', label: 'Marta', attributes: [attribute] };
const attributeTable: Required<AttributeTable> = { project_id: 'p1', variables: [attributeVariable], interviews: [attributeRow] };
const interviewAttributes: Required<InterviewAttributes> = { interview_id: 'i1', attributes: [attribute] };
const attributesUpdate: Required<AttributesUpdate> = { attributes: [attribute] };
const unmatchedRow: Required<AttributeUnmatchedRow> = { line: 3, interview: 'pedro', reason: 'no interview' };
const attributeImport: Required<AttributeImportResult> = { updated: 1, variables: [attributeVariable], unmatched: [unmatchedRow] };
const coderFragments: Required<CoderFragments> = { coder_id: 'u1', kind: 'user', display_name: 'Ana', fragments: 4 };
const studyOverview: Required<StudyOverview> = {
  project_id: 'p1',
  interviews: 2,
  participants: 2,
  words: 900,
  fragments: 12,
  participant_fragments: 6,
  coded_fragments: 5,
  coded_by_coder: [coderFragments],
  codes: 3,
  categories: 1,
  theory_versions: 0,
};

const networkBox: Required<NetworkBox> = { x: 1, y: 2, width: 30, height: 12 };
const networkNode: Required<NetworkFigureNode> = { category: 'Cuidar', core: true, x: 10, y: 20, radius: 8, lines: ['Cuidar'], label: networkBox };
const networkFigure: Required<NetworkFigure> = { width: 912, height: 960, font_size: 19, nodes: [networkNode] };
const spanApplication: Required<SpanApplication> = {
  id: 'a1',
  fragment_id: 'f1',
  code_id: 'c1',
  code_label: 'caring at night',
  code_color: '#E06C75',
  quote: 'Cuido',
  quote_start: 0,
  quote_end: 5,
  confidence: 1,
  origin: 'human',
  coder_id: 'u1',
  coder_name: 'Ana',
  coder_kind: 'user',
  created_at: '2025-01-01T00:00:00Z',
};
const examples = {
  RegisterRequest: { email: 'a@b.org', password: 'long enough', display_name: 'Ana' } satisfies Required<RegisterRequest>,
  LoginRequest: { email: 'a@b.org', password: 'long enough' } satisfies Required<LoginRequest>,
  Token: { access_token: 't', token_type: 'Bearer', expires_in: 60, user } satisfies Required<Token>,
  InterviewMedia: media,
  TranscriptionState: { job_id: 'j1', error_code: 'E', error: 'e' } satisfies Required<TranscriptionState>,
  MediaLink: mediaLink,
  FragmentClip: { fragment_id: 'f1', interview_id: 'i1', start_ms: 0, end_ms: 10, media: mediaLink } satisfies Required<FragmentClip>,
  SpeakerRename: { from: 'Speaker 1', to: 'Marta' } satisfies Required<SpeakerRename>,
  InterviewUpdate: { spoken_language: 'fr' } satisfies Required<InterviewUpdate>,
  User: user,
  DomainTemplate: {
    key: 'health',
    names: { en: 'Health' },
    descriptions: { en: 'Patients' },
    actors: ['patients'],
    localized_actors: { es: ['pacientes'] },
    critical_dimensions: ['access'],
    lexicon: ['waiting list'],
    metrics: ['waiting time'],
    instructions: 'Do not infer diagnoses.',
    consequence_types: ['material', 'health'],
  } satisfies Required<DomainTemplate>,
  ProjectPage: { items: [project], page: 0, size: 10, total_items: 1, total_pages: 1 } satisfies Required<ProjectPage>,
  Project: project,
  ProjectMemberName: memberName,
  ProjectMember: member,
  MemberAdd: { email: 'luis@example.org', role: 'coder' } satisfies Required<MemberAdd>,
  MemberRoleChange: { role: 'viewer' } satisfies Required<MemberRoleChange>,
  OwnershipTransfer: { user_id: 'u2', former_owner: 'coder' } satisfies Required<OwnershipTransfer>,
  ProjectCreate: {
    name: 'n',
    description: 'd',
    research_question: 'q',
    language: 'en',
    domain_template: 'generic',
  } satisfies Required<ProjectCreate>,
  ProjectUpdate: {
    name: 'n',
    description: 'd',
    research_question: 'q',
    language: 'en',
    domain_template: 'generic',
  } satisfies Required<ProjectUpdate>,
  InterviewSummary: interview,
  InterviewPage: { items: [interview], page: 0, size: 20, total_items: 1, total_pages: 1 } satisfies Required<InterviewPage>,
  UploadResult: { files: [outcome], stored: 1, failed: 0 } satisfies Required<UploadResult>,
  FileOutcome: outcome,
  Fragment: fragment,
  TextSpan: span,
  FragmentPage: { items: [fragment], page: 0, size: 50, total_items: 1, total_pages: 1 } satisfies Required<FragmentPage>,
  Job: job,
  JobStep: step,
  SearchResult: { results: [hit], degraded: false, missing_sources: ['qdrant'], index: searchIndex } satisfies Required<SearchResult>,
  SearchIndex: searchIndex,
  SearchHit: hit,
  AutoCodeRequest: {
    interview_id: 'i1',
    recode: true,
    mode: 'codebook',
    code_ids: ['c1'],
    interview_ids: ['i1'],
  } satisfies Required<AutoCodeRequest>,
  AutoCodeStatus: {
    task_id: 'j1',
    kind: 'auto_code',
    status: 'completed',
    step: 'axial_grouping',
    progress: 100,
    error_code: null,
    error: null,
    next_poll_seconds: null,
    degraded: true,
    attempt: 1,
    created_at: '2025-01-01T00:00:00Z',
    updated_at: '2025-01-01T00:00:00Z',
    coded_fragments: 12,
    skipped_fragments: 3,
    failed_batches: 1,
    warning_code: 'LLM_RATE_LIMITED',
    reused: null,
    outcome: { coded_fragments: 12, skipped_fragments: 3, failed_batches: 1, codebook_codes: 4, codes_without_definition: 1 },
    codes_without_definition: 1,
    compare_with: { coder_a: 'u1', coder_b: 'o1' },
  } satisfies Required<AutoCodeStatus>,
  CompareWith: { coder_a: 'u1', coder_b: 'o1' },
  AutoCodeStarted: {
    task_id: 'j1',
    kind: 'auto_code',
    status: 'pending',
    step: null,
    progress: 0,
    error_code: null,
    error: null,
    next_poll_seconds: 2,
    degraded: false,
    attempt: 0,
    created_at: '2025-01-01T00:00:00Z',
    updated_at: '2025-01-01T00:00:00Z',
    coded_fragments: null,
    skipped_fragments: null,
    failed_batches: null,
    warning_code: null,
    reused: false,
    outcome: {},
    codes_without_definition: null,
    compare_with: null,
  } satisfies Required<AutoCodeStarted>,
  Code: code,
  Coder: coder,
  ImportSummary: importSummary,
  ImportAccepted: importAccepted,
  CodebookImportResult: {
    created: 2,
    updated: 1,
    skipped: 1,
    problems: [{ line: 4, message: 'The row names no code; skipped' }],
  } satisfies Required<CodebookImportResult>,
  CodebookImportProblem: { line: 4, message: 'm' } satisfies Required<CodebookImportProblem>,
  CodePage: { items: [code], page: 0, size: 50, total_items: 1, total_pages: 1 } satisfies Required<CodePage>,
  CodeUpdate: {
    label: 'l',
    definition: 'd',
    category_id: 'k1',
    inclusion_criteria: 'i',
    exclusion_criteria: 'e',
    examples: ['x'],
    color: '#1F77B4',
  } satisfies Required<CodeUpdate>,
  CodeMerge: { into_code_id: 'c2' } satisfies Required<CodeMerge>,
  EvidenceItem: evidence,
  EvidencePage: { items: [evidence], page: 0, size: 20, total_items: 1, total_pages: 1 } satisfies Required<EvidencePage>,
  Category: category,
  CategoryRelation: relation,
  CodeCoderCount: coderCount,
  CodeMove: { code_ids: ['c1'] } satisfies Required<CodeMove>,
  Coverage: { project_id: 'p1', project: counts, interviews: [interviewCoverage] } satisfies Required<Coverage>,
  InterviewCoverage: interviewCoverage,
  InterviewCodingState: { interview_id: 'i1', fragments: [{ fragment_id: 'f1', state: 'not_relevant' }] } satisfies Required<InterviewCodingState>,
  FragmentCodingState: { fragment_id: 'f1', state: 'coded' } satisfies Required<FragmentCodingState>,
  Relevance: { not_relevant: true } satisfies Required<Relevance>,
  RelevanceState: { fragment_id: 'f1', state: 'not_relevant' } satisfies Required<RelevanceState>,
  CoverageCounts: counts,
  Memo: memo,
  MemoCreate: {
    interview_id: 'i1',
    code_id: 'c1',
    category_id: 'k1',
    theory_id: 't1',
    title: 't',
    body: 'b',
  } satisfies Required<MemoCreate>,
  MemoDraftRequest: { code_ids: ['c1'], category_ids: ['k1'] } satisfies Required<MemoDraftRequest>,
  MemoDraftAccepted: {
    task_id: 'j1',
    kind: 'memo_draft',
    status: 'pending',
    next_poll_seconds: 2,
    reused: false,
    status_url: '/api/projects/p1/jobs/j1',
  } satisfies Required<MemoDraftAccepted>,
  LlmStatus: {
    provider: 'openai',
    cost_mode: 'paid',
    allow_byo_key: true,
    byo_key_header: 'X-LLM-Api-Key',
    server_key_configured: true,
    models: { coding: 'gpt-4o-mini' },
    access: { remote: true, degraded: false, provider: 'openai', key_source: 'server', reason: 'server key (paid mode)' },
  } satisfies Required<LlmStatus>,
  LlmAccessView: {
    remote: false,
    degraded: true,
    provider: 'openai',
    key_source: 'none',
    reason: 'paid mode but the server has no key: using the offline analyst',
  } satisfies Required<LlmAccessView>,
  TheoryAccepted: { task_id: 'j1', status: 'pending', next_poll_seconds: 2, reused: false } satisfies Required<TheoryAccepted>,
  TheorySummary: theorySummary,
  TheoryPage: { items: [theorySummary], page: 0, size: 20, total_items: 1, total_pages: 1 } satisfies Required<TheoryPage>,
  Theory: theory,
  CoreCategory: core,
  CandidateScore: candidateScore,
  NegativeCase: negativeCase,
  EvidenceRef: ref,
  Proposition: proposition,
  Consequence: consequence,
  Gap: gap,
  EvidenceCoverage: coverage,
  Validation: validation,
  UnsupportedClaim: unsupportedClaim,
  Export: exported,
  CodeCreate: { label: 'l', definition: 'd', category_id: 'k1' } satisfies Required<CodeCreate>,
  CodeApply: { code_id: 'c1', label: 'l', quote_start: 0, quote_end: 5 } satisfies Required<CodeApply>,
  Application: {
    id: 'a1',
    code_id: 'c1',
    fragment_id: 'f1',
    interview_id: 'i1',
    quote: 'Cuido',
    quote_start: 0,
    quote_end: 5,
    confidence: 1,
    origin: 'human',
    coder_id: 'u1',
  } satisfies Required<Application>,
  CategoryCreate: { name: 'n', definition: 'd' } satisfies Required<CategoryCreate>,
  CategoryUpdate: { name: 'n', definition: 'd' } satisfies Required<CategoryUpdate>,
  MemoUpdate: { interview_id: 'i1', code_id: 'c1', category_id: 'k1', theory_id: 't1', title: 't', body: 'b' } satisfies Required<MemoUpdate>,
  Claim: claim,
  Paradigm: paradigm,
  SamplingStep: samplingStep,
  Saturation: saturation,
  CurvePoint: curvePoint,
  NetworkSummary: network,
  CentralityRow: centrality,
  CoOccurrenceRow: coOccurrence,
  StageRecord: stage,
  BudgetTrimRecord: trim,
  Manifest: manifest,
  AgreementRequest: agreementRequest,
  AgreementReport: agreementReport,
  AgreementCoder: agreementCoder,
  AgreementCode: agreementCode,
  AgreementOverall: agreementOverall,
  AgreementCounts: agreementCounts,
  AgreementDisagreement: disagreement,
  InterviewApplications: { interview_id: 'i1', applications: [spanApplication] } satisfies Required<InterviewApplications>,
  SpanApplication: spanApplication,
  ReviewItem: reviewItem,
  ReviewCounts: reviewCounts,
  ReviewQueue: { items: [reviewItem], page: 0, size: 50, total_items: 1, total_pages: 1, counts: reviewCounts } satisfies Required<ReviewQueue>,
  ReviewChange: { state: 'accepted', code_id: 'c1', quote_start: 0, quote_end: 7, quote: 'Trabajo' } satisfies Required<ReviewChange>,
  BulkReview: { application_ids: ['a1'], state: 'rejected', code_id: 'c1' } satisfies Required<BulkReview>,
  BulkReviewOutcome: { updated: 1, counts: reviewCounts } satisfies Required<BulkReviewOutcome>,
  Matrix: matrix,
  MatrixRow: matrixRow,
  MatrixColumn: matrixColumn,
  MatrixCell: matrixCell,
  MatrixCellPage: matrixCellPage,
  MatrixCellFragment: matrixCellFragment,
  MatrixCellQuote: matrixCellQuote,
  Attribute: attribute,
  AttributeVariable: attributeVariable,
  AttributeRow: attributeRow,
  AttributeTable: attributeTable,
  InterviewAttributes: interviewAttributes,
  AttributesUpdate: attributesUpdate,
  AttributeUnmatchedRow: unmatchedRow,
  AttributeImportResult: attributeImport,
  CoderFragments: coderFragments,
  StudyOverview: studyOverview,
  NetworkFigure: networkFigure,
  NetworkFigureNode: networkNode,
  NetworkBox: networkBox,
};

/** The example the fake server answers with, by the name of the schema an operation answers with. */
const responses: Record<string, unknown> = {
  Accepted: examples.TheoryAccepted,
  AgreementResult: examples.AgreementReport,
  Application: examples.Application,
  AttributeImportResult: examples.AttributeImportResult,
  AttributeTable: examples.AttributeTable,
  Attributes: examples.InterviewAttributes,
  AutoCodeStatus: examples.AutoCodeStatus,
  BulkOutcome: examples.BulkReviewOutcome,
  CategoryView: examples.Category,
  CodeView: examples.Code,
  CodebookImportResult: examples.CodebookImportResult,
  CoderView: examples.Coder,
  Coverage: examples.Coverage,
  DomainTemplate: examples.DomainTemplate,
  DraftMemosResponse: examples.MemoDraftAccepted,
  ExportResponse: examples.Export,
  FragmentClip: examples.FragmentClip,
  ImportResponse: examples.ImportAccepted,
  Interview: examples.InterviewSummary,
  InterviewApplications: examples.InterviewApplications,
  InterviewCodingState: examples.InterviewCodingState,
  InterviewSummary: examples.InterviewSummary,
  JobStatusResponse: examples.Job,
  LlmStatusResponse: examples.LlmStatus,
  Matrix: examples.Matrix,
  MediaLink: examples.MediaLink,
  MemoView: examples.Memo,
  NetworkFigure: examples.NetworkFigure,
  PageResponseCodeView: examples.CodePage,
  PageResponseEvidenceItem: examples.EvidencePage,
  PageResponseFragment: examples.FragmentPage,
  PageResponseInterviewSummary: examples.InterviewPage,
  PageResponseMatrixCellFragment: examples.MatrixCellPage,
  PageResponseProjectView: examples.ProjectPage,
  PageResponseTheorySummary: examples.TheoryPage,
  ProjectMember: examples.ProjectMember,
  ProjectView: examples.Project,
  RelevanceState: examples.RelevanceState,
  ReviewItem: examples.ReviewItem,
  ReviewQueue: examples.ReviewQueue,
  SearchResponse: examples.SearchResult,
  StudyOverview: examples.StudyOverview,
  Theory: examples.Theory,
  Token: examples.Token,
  Upload: examples.UploadResult,
};

interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
}

interface OpenApiOperation {
  requestBody?: { content: Record<string, { schema?: JsonSchema }> };
  responses: Record<string, { content?: Record<string, { schema?: JsonSchema }> }>;
}

const document = openapi as unknown as {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, JsonSchema> };
};

/** The operation as the OpenAPI document describes it, with its success status and the schemas it sends and answers. */
function operationOf(id: keyof typeof served) {
  const { method, path } = served[id];
  const operation = document.paths[path]![method.toLowerCase()]!;
  const [status, success] = Object.entries(operation.responses).find(([code]) => code.startsWith('2'))!;
  const json = (content?: Record<string, { schema?: JsonSchema }>) => content?.['application/json']?.schema ?? content?.['*/*']?.schema;
  return { method, path, status: Number(status), request: json(operation.requestBody?.content), response: json(success.content) };
}

function nameOf(schema: JsonSchema): string | undefined {
  return schema.$ref?.slice('#/components/schemas/'.length);
}

/** The example answer for a response schema: a $ref'd schema's example, or a list of one. */
function exampleFor(schema: JsonSchema | undefined): unknown {
  if (!schema || schema.type === 'string') return undefined;
  if (schema.type === 'array') return [exampleFor(schema.items)];
  const name = nameOf(schema)!;
  if (!(name in responses)) throw new Error(`no example answer for ${name}`);
  return responses[name];
}

/**
 * Where `value` does not fit `schema`: a field the schema lacks or with another kind of value, `null` where the server
 * never sends it, and in a `request` a field the server requires left out. An answer may leave out fields: the
 * dashboard's types name only the fields it reads.
 */
function mismatches(value: unknown, schema: JsonSchema, where: string, request: boolean): string[] {
  const name = nameOf(schema);
  if (name) return mismatches(value, document.components.schemas[name]!, where, request);
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) {
    const each = branches.map((branch) => mismatches(value, branch, where, request));
    return each.some((problems) => problems.length === 0) ? [] : each.flat();
  }
  const types = schema.type === undefined ? [] : [schema.type].flat();
  if (value === null) return types.includes('null') ? [] : [`${where}: null, but the server never sends null here`];
  if (schema.enum && !schema.enum.includes(value)) return [`${where}: ${String(value)} not in ${schema.enum.join('|')}`];
  if (types.includes('integer')) return Number.isInteger(value) ? [] : [`${where}: not an integer`];
  for (const type of ['string', 'number', 'boolean']) {
    if (types.includes(type)) return typeof value === type ? [] : [`${where}: not a ${type}`];
  }
  if (types.includes('array')) {
    return Array.isArray(value) ? value.flatMap((item, i) => mismatches(item, schema.items ?? {}, `${where}[${i}]`, request)) : [`${where}: not an array`];
  }
  if (typeof value !== 'object' || value === undefined) return types.length ? [`${where}: not an object`] : [];
  const record = value as Record<string, unknown>;
  if (typeof schema.additionalProperties === 'object') {
    const values = schema.additionalProperties;
    return Object.entries(record).flatMap(([key, v]) => mismatches(v, values, `${where}.${key}`, request));
  }
  const properties = schema.properties ?? {};
  const unknown = Object.keys(record).filter((key) => !(key in properties));
  const missing = request ? (schema.required ?? []).filter((key) => !(key in record)) : [];
  const problems = [
    ...unknown.map((key) => `${where}: the server's schema has no field '${key}'`),
    ...missing.map((key) => `${where}: required field '${key}' not sent`),
  ];
  return problems.concat(
    Object.entries(properties)
      .filter(([key]) => key in record)
      .flatMap(([key, property]) => mismatches(record[key], property, `${where}.${key}`, request)),
  );
}

/** The operation's path with every parameter replaced by an example id ({projectId} → p1, {interviewId} → i1 …). */
function examplePath(path: string): string {
  return path
    .replace('{projectId}', 'p1')
    .replace('{interviewId}', 'i1')
    .replace('{jobId}', 'j1')
    .replace('{codeId}', 'c1')
    .replace('{categoryId}', 'k1')
    .replace('{memoId}', 'm1')
    .replace('{theoryId}', 't1')
    .replace('{exportId}', 'e1')
    .replace('{fragmentId}', 'f1')
    .replace('{applicationId}', 'a1')
    .replace('{userId}', 'u2')
    .replace('{taskId}', 'j1');
}

describe('the OpenAPI snapshot', () => {
  it.each(Object.keys(responses))('describes the example answer %s field by field', (name) => {
    expect(mismatches(responses[name], { $ref: `#/components/schemas/${name}` }, name, false)).toEqual([]);
  });

  it('is used operation by operation by the API client, and nothing else is called', async () => {
    const operations = Object.fromEntries(Object.keys(api).map((id) => [id, operationOf(id as keyof typeof served)]));
    const routes = Object.fromEntries(
      Object.values(operations).map((op) => {
        const pattern = `${op.method} ${examplePath(op.path)}`;
        const body = exampleFor(op.response);
        return [pattern, () => (op.status === 204 ? noContent() : json(body, op.status))];
      }),
    );
    const { calls } = fakeServer(routes);
    const sent: Record<string, unknown> = {};
    const calledBy = async (name: string, request: () => Promise<unknown>) => {
      const before = calls.length;
      await request();
      expect(calls.length, name).toBe(before + 1);
      const call = calls[before]!;
      const op = operations[name]!;
      expect(`${call.method} ${call.path}`, name).toBe(`${op.method} ${examplePath(op.path)}`);
      sent[name] = call.body;
    };

    await calledBy('register', () => api.register(examples.RegisterRequest as RegisterRequest));
    await calledBy('login', () => api.login(examples.LoginRequest as LoginRequest));
    await calledBy('listDomainTemplates', () => api.listDomainTemplates());
    await calledBy('listProjects', () => api.listProjects(2, 10));
    await calledBy('createProject', () => api.createProject(examples.ProjectCreate as ProjectCreate));
    await calledBy('getProject', () => api.getProject('p1'));
    await calledBy('updateProject', () => api.updateProject('p1', examples.ProjectUpdate as ProjectUpdate));
    await calledBy('deleteProject', () => api.deleteProject('p1'));
    await calledBy('listMembers', () => api.listMembers('p1'));
    await calledBy('addMember', () => api.addMember('p1', { email: 'luis@example.org', role: 'coder' }));
    await calledBy('changeMemberRole', () => api.changeMemberRole('p1', 'u2', { role: 'viewer' }));
    await calledBy('removeMember', () => api.removeMember('p1', 'u2'));
    await calledBy('leaveProject', () => api.leaveProject('p1'));
    await calledBy('transferOwnership', () => api.transferOwnership('p1', { user_id: 'u2', former_owner: 'leave' }));
    await calledBy('listInterviews', () => api.listInterviews('p1', 0, 20));
    const file = new File(['Marta: cuido a mi madre.'], 'marta.txt', { type: 'text/plain' });
    await calledBy('uploadInterview', () => api.uploadInterview('p1', { file, participant: 'Marta', language: 'es' }));
    await calledBy('getInterview', () => api.getInterview('i1'));
    await calledBy('listFragments', () => api.listFragments('i1', { page: 1, size: 50, speaker: 'Marta', q: 'madre' }));
    await calledBy('deleteInterview', () => api.deleteInterview('i1'));
    await calledBy('updateInterview', () => api.updateInterview('i1', { spoken_language: 'auto' }));
    await calledBy('getMediaLink', () => api.getMediaLink('i1'));
    await calledBy('getFragmentClip', () => api.getFragmentClip('f1'));
    await calledBy('retryTranscription', () => api.retryTranscription('i1'));
    const transcript = new File(['WEBVTT'], 'marta.vtt', { type: 'text/vtt' });
    await calledBy('attachTranscript', () => api.attachTranscript('i1', transcript));
    await calledBy('renameSpeaker', () => api.renameSpeaker('i1', examples.SpeakerRename as SpeakerRename));
    await calledBy('listJobs', () => api.listJobs('p1', 20));
    await calledBy('getJob', () => api.getJob('p1', 'j1'));
    await calledBy('cancelJob', () => api.cancelJob('p1', 'j1'));
    await calledBy('searchProject', () =>
      api.searchProject('p1', { q: 'madre', speaker: 'Marta', category: 'k1', interview: 'i1', exclude_interviewer: true }),
    );
    await calledBy('startAutoCode', () => api.startAutoCode('p1', { recode: true, mode: 'open' }));
    await calledBy('getAutoCodeStatus', () => api.getAutoCodeStatus('p1', 'j1'));
    await calledBy('listCodes', () => api.listCodes('p1', { sort: 'applications', q: 'noche', page: 0, size: 50 }));
    await calledBy('updateCode', () =>
      api.updateCode('c1', { label: 'l', definition: 'd', inclusion_criteria: 'i', exclusion_criteria: 'e', examples: ['x'], color: '#1F77B4' }),
    );
    await calledBy('mergeCode', () => api.mergeCode('c1', { into_code_id: 'c2' }));
    await calledBy('deleteCode', () => api.deleteCode('c1'));
    await calledBy('codeEvidence', () => api.codeEvidence('c1', 0, 20));
    await calledBy('listCategories', () => api.listCategories('p1'));
    await calledBy('moveCodes', () => api.moveCodes('k1', ['c1']));
    await calledBy('getCoverage', () => api.getCoverage('p1'));
    await calledBy('getCodingState', () => api.getCodingState('i1'));
    await calledBy('setRelevance', () => api.setRelevance('f1', true));
    await calledBy('listMemos', () => api.listMemos('p1'));
    await calledBy('createMemo', () => api.createMemo('p1', { code_id: 'c1', category_id: 'k1', title: 't', body: 'b' }));
    await calledBy('deleteMemo', () => api.deleteMemo('m1'));
    await calledBy('draftMemos', () => api.draftMemos('p1', { code_ids: ['c1'], category_ids: ['k1'] }));
    await calledBy('getLlmStatus', () => api.getLlmStatus());
    await calledBy('generateTheory', () => api.generateTheory('p1'));
    await calledBy('listTheories', () => api.listTheories('p1', 0, 20));
    await calledBy('getTheory', () => api.getTheory('p1', 't1'));
    await calledBy('getNetworkLayout', () => api.getNetworkLayout('p1', 't1'));
    await calledBy('categoryEvidence', () => api.categoryEvidence('k1', 0, 20));
    await calledBy('exportTheory', () => api.exportTheory('p1', 't1', 'pdf'));
    await calledBy('getExport', () => api.getExport('p1', 'e1'));
    await calledBy('downloadExport', () => api.downloadExport('p1', 'e1'));
    await calledBy('createCode', () => api.createCode('p1', { label: 'l', definition: 'd', category_id: 'k1' }));
    await calledBy('applyCode', () => api.applyCode('f1', { code_id: 'c1', label: 'l', quote_start: 0, quote_end: 5 }));
    await calledBy('removeApplication', () => api.removeApplication('a1'));
    await calledBy('createCategory', () => api.createCategory('p1', { name: 'n', definition: 'd' }));
    await calledBy('updateCategory', () => api.updateCategory('k1', { name: 'n', definition: 'd' }));
    await calledBy('deleteCategory', () => api.deleteCategory('k1'));
    await calledBy('updateMemo', () => api.updateMemo('m1', { title: 't', body: 'b' }));
    await calledBy('listCoders', () => api.listCoders('p1'));
    const qdpx = new File(['PK'], 'study.qdpx');
    await calledBy('importIntoProject', () => api.importIntoProject('p1', 'qdpx', qdpx));
    await calledBy('importCodebook', () => api.importCodebook('p1', new File(['code\nA\n'], 'codebook.csv')));
    await calledBy('importAsNewProject', () => api.importAsNewProject('qdc', qdpx, 'Copia'));
    await calledBy('exportProject', () => api.exportProject('p1', 'qdc'));
    await calledBy('listExports', () => api.listExports('p1'));
    await calledBy('exportInterviews', () => api.exportInterviews('p1', { format: 'xlsx', interviewId: 'i1', metadata: true, codes: false, timestamps: true }));
    await calledBy('exportCodebook', () => api.exportCodebook('p1', 'docx'));
    await calledBy('computeAgreement', () => api.computeAgreement('p1', agreementRequest));
    await calledBy('exportAgreement', () => api.exportAgreement('p1', agreementRequest));
    await calledBy('listInterviewApplications', () => api.listInterviewApplications('i1', undefined, 'u1'));
    await calledBy('listReview', () => api.listReview('p1', { state: 'pending', coder: 'o1', code: 'c1', interview: 'i1', page: 0, size: 50 }));
    await calledBy('reviewApplication', () => api.reviewApplication('a1', examples.ReviewChange as ReviewChange));
    await calledBy('reviewApplications', () => api.reviewApplications('p1', examples.BulkReview as BulkReview));
    await calledBy('getMatrix', () => api.getMatrix('p1', { kind: 'attribute', attribute: 'rol', coder: 'u1', filters: { sede: 'Norte' } }));
    await calledBy('getMatrixCell', () => api.getMatrixCell('p1', { kind: 'cooccurrence' }, { row: 'c1', column: 'c2', page: 0, size: 20 }));
    await calledBy('getAttributeTable', () => api.getAttributeTable('p1'));
    await calledBy('setInterviewAttributes', () => api.setInterviewAttributes('i1', [attribute]));
    await calledBy('importAttributes', () => api.importAttributes('p1', new File(['interview,rol\nMarta,enfermera\n'], 'attributes.csv')));
    await calledBy('getStudyOverview', () => api.getStudyOverview('p1'));

    expect(Object.keys(sent).sort()).toEqual(Object.keys(operations).sort());
    for (const [name, op] of Object.entries(operations)) {
      if (op.request) {
        expect(mismatches(sent[name], op.request, name, true), name).toEqual([]);
      }
    }
    for (const [name, op] of Object.entries(served)) {
      if ('form' in op && name in api) {
        expect(Object.keys(sent[name] as object).sort(), name).toEqual([...op.form].sort());
      }
    }
    expect(calls.find((c) => c.path === '/api/projects' && c.method === 'GET')?.query.toString()).toBe('page=2&size=10');
    expect(calls.find((c) => c.path === '/api/interviews/i1/fragments')?.query.toString()).toBe('page=1&size=50&speaker=Marta&q=madre');
    expect((sent.uploadInterview as Record<string, unknown>).files).toBe(file);
    expect(calls.find((c) => c.path === '/api/projects/p1/matrix')?.query.toString()).toBe('kind=attribute&attribute=rol&coder=u1&attr.sede=Norte');
    expect(calls.find((c) => c.path === '/api/projects/p1/interviews/export')?.query.toString()).toBe(
      'format=xlsx&interview_id=i1&metadata=true&codes=false&timestamps=true',
    );
  });
});

describe('API client', () => {
  it('sends the bearer token on signed-in calls only', async () => {
    const { calls } = fakeServer({
      'GET /api/domain-templates': () => json([]),
      'POST /api/auth/login': () => json(examples.Token),
    });
    configureApi({ token: () => 'secret-token', onUnauthorized: vi.fn() });

    await api.listDomainTemplates();
    await api.login({ email: 'a@b.org', password: 'long enough' });

    expect(calls[0]!.headers.authorization).toBe('Bearer secret-token');
    expect(calls[1]!.headers.authorization).toBeUndefined();
  });

  it('reports a rejected token so the user can sign in again', async () => {
    fakeServer({ 'GET /api/projects': () => problem(401, 'INVALID_TOKEN', 'The access token is invalid') });
    const onUnauthorized = vi.fn();
    configureApi({ token: () => 'expired', onUnauthorized });

    await expect(api.listProjects(0, 10)).rejects.toMatchObject({ status: 401, code: 'INVALID_TOKEN' });
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });

  it('treats wrong credentials at sign-in as an ordinary error, not an ended session', async () => {
    fakeServer({ 'POST /api/auth/login': () => problem(401, 'INVALID_CREDENTIALS', 'Wrong email or password') });
    const onUnauthorized = vi.fn();
    configureApi({ token: () => null, onUnauthorized });

    await expect(api.login({ email: 'a@b.org', password: 'nope' })).rejects.toThrow('Wrong email or password');
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('turns a problem detail into an error carrying its detail, code and field messages', async () => {
    fakeServer({
      'POST /api/projects': () =>
        problem(400, 'VALIDATION_FAILED', 'Invalid request: name: must not be blank', [{ field: 'name', message: 'must not be blank' }]),
    });

    const error = await api.createProject({ name: ' ' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: 'Invalid request: name: must not be blank',
      fieldErrors: { name: 'must not be blank' },
    });
  });

  it('reports an unreachable server with status 0', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));

    await expect(api.getProject('p1')).rejects.toMatchObject({ status: 0, code: 'NETWORK_ERROR' });
  });

  it('escapes path parameters', async () => {
    const { calls } = fakeServer({ 'GET /api/projects/a%2Fb': () => json(examples.Project) });

    await api.getProject('a/b');

    expect(calls[0]!.path).toBe('/api/projects/a%2Fb');
  });
});
