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

/** A member's role, from least to most rights: viewers read and export, coders also code, owners also manage. */
export type ProjectRole = 'viewer' | 'coder' | 'owner';

/** A member as every other member sees them. */
export interface ProjectMemberName {
  user_id: string;
  display_name: string;
  role: ProjectRole;
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
  /** The signed-in user's role in this project. */
  role: ProjectRole;
  /** Everyone in the project, the owner first. */
  members: ProjectMemberName[];
}

/** A member in the members list; `email` only reaches the owner (and each member for themselves). */
export interface ProjectMember {
  user_id: string;
  display_name: string;
  email: string | null;
  role: ProjectRole;
  added_at: string;
  /** Null for the creator. */
  added_by: string | null;
}

export interface MemberAdd {
  email: string;
  role: ProjectRole;
}

export interface MemberRoleChange {
  role: ProjectRole;
}

/** The current owner then stays as a coder, or leaves. */
export interface OwnershipTransfer {
  user_id: string;
  former_owner: 'coder' | 'leave';
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

export type InterviewFormat = 'txt' | 'md' | 'docx' | 'pdf' | 'vtt' | 'srt' | 'json' | 'mp3' | 'm4a' | 'aac' | 'wav' | 'ogg' | 'webm' | 'mp4';

/** The recording of an audio or video interview, probed from its content. */
export interface InterviewMedia {
  content_type: string;
  container: string;
  audio_codec: string;
  duration_ms: number;
  size_bytes: number;
  sha256: string;
  has_video: boolean;
}

/** Where a recording's transcription stands: its job, and why it failed or waits. */
export interface TranscriptionState {
  job_id: string | null;
  error_code: string | null;
  error: string | null;
}

/** A short-lived signed address of a recording, usable as the `src` of an audio or video element. */
export interface MediaLink {
  url: string;
  expires_at: string;
  content_type: string;
  duration_ms: number;
  has_video: boolean;
}

/** Where a fragment is spoken in its interview's recording. */
export interface FragmentClip {
  fragment_id: string;
  interview_id: string;
  start_ms: number;
  end_ms: number;
  media: MediaLink;
}

export interface SpeakerRename {
  from: string;
  to: string;
}

/** An interview as listed in its project (also the header of the transcript viewer). */
export interface InterviewSummary {
  id: string;
  project_id: string;
  participant: string;
  source_filename: string;
  format: InterviewFormat;
  language: ProjectLanguage;
  /**
   * `ready` once parsed and fragmented; a recording is first `transcribing`, `awaiting_transcript` (no provider:
   * attach a transcript) or `failed` (retry or attach). A file that fails leaves no interview.
   */
  status: string;
  word_count: number;
  char_count: number;
  fragment_count: number;
  /** Speaker labels in order of first appearance. */
  speakers: string[];
  has_timestamps: boolean;
  created_at: string;
  /** The recording, for audio and video interviews. */
  media: InterviewMedia | null;
  transcription: TranscriptionState | null;
  /**
   * The language the interview is spoken in (ADR 044): detected when its text was stored, or set by a researcher;
   * `und` when too short to tell; `null` until detected.
   */
  spoken_language: SpokenLanguage | null;
  /** Whether a researcher set `spoken_language` (detection never overwrites it). */
  spoken_language_manual: boolean;
}

export interface InterviewPage {
  items: InterviewSummary[];
  page: number;
  size: number;
  total_items: number;
  total_pages: number;
}

/** What happened to one uploaded file: `status` 201 with the stored interview, or a 4xx with the reason. */
export interface FileOutcome {
  filename: string;
  status: number;
  interview?: InterviewSummary;
  error_code?: string;
  detail?: string;
}

export interface UploadResult {
  files: FileOutcome[];
  stored: number;
  failed: number;
}

/** A half-open range `[start, end)` of UTF-16 code units. */
export interface TextSpan {
  start: number;
  end: number;
}

/** A fragment of talk; `highlights` are ranges of `text` where the search terms occur. */
export interface Fragment {
  id: string;
  interview_id: string;
  ordinal: number;
  speaker: string | null;
  text: string;
  char_start: number;
  char_end: number;
  start_ms: number | null;
  end_ms: number | null;
  highlights: TextSpan[];
}

export interface FragmentPage {
  items: Fragment[];
  page: number;
  size: number;
  total_items: number;
  total_pages: number;
}

/** Fields of a transcript upload (multipart/form-data); one file per request so each has its own progress. */
export interface InterviewUploadForm {
  file: File;
  participant?: string;
  language?: ProjectLanguage;
}

export type JobState = 'pending' | 'running' | 'completed' | 'failed' | 'canceled';

/** A step the job has reached, with how long it took (so far, for the current one). */
export interface JobStep {
  step: string;
  started_at: string;
  elapsed_ms: number;
}

/** A background job (auto-coding, theory run, export …) as the server reports it while it is polled. */
export interface Job {
  task_id: string;
  kind: string;
  status: JobState;
  step: string | null;
  /** 0–100. */
  progress: number;
  error_code: string | null;
  error: string | null;
  /** Null once the job has ended. */
  next_poll_seconds: number | null;
  /** What the job produced (a theory id …) once it completed. */
  result_id: string | null;
  /** Completed on a fallback, or with part of its work failed (`warning_code` then says why). */
  degraded: boolean;
  created_at: string;
  updated_at: string;
  steps: JobStep[];
  /** The member who started it; they and the owner may cancel it. */
  submitted_by: string;
  /** Counts a completed job reported; auto_code: coded_fragments, skipped_fragments, failed_batches … */
  outcome: Record<string, number>;
  /** For a job that completed although part of its work failed: that failure's error code. */
  warning_code: string | null;
}

/** One fragment found by the project search, best first; `highlights` are ranges of `text`. */
export interface SearchHit {
  fragment_id: string;
  interview_id: string;
  /** The participant pseudonym (or file name) of the interview. */
  interview_label: string;
  speaker: string | null;
  text: string;
  score: number;
  highlights: TextSpan[];
  /** Ids of the codes applied to the fragment (as the search index holds them). */
  code_ids: string[];
}

export interface SearchResult {
  results: SearchHit[];
  /** A store did not answer; the results are what the others gave. */
  degraded: boolean;
  missing_sources: string[];
  /** How many of the project's interviews the search could see. */
  index: SearchIndex;
}

/** Interviews searchable now, still waiting to be indexed after upload, or whose indexing failed (retried). */
export interface SearchIndex {
  interviews: number;
  indexed: number;
  pending: number;
  failed: number;
}

export interface SearchQuery {
  q: string;
  speaker?: string;
  category?: string;
  interview?: string;
  /** Leave out the interviewer's turns. */
  exclude_interviewer?: boolean;
  /** Only interviews whose attribute (by name) has this value: sent as `attr.<name>=<value>`. */
  filters?: Record<string, string>;
  limit?: number;
}

export type CodeOrigin = 'ai' | 'offline' | 'human';

export interface AutoCodeRequest {
  /** Code every fragment again, not only the uncoded ones. */
  recode?: boolean;
  /** `open` (invent codes, the default) or `codebook` (apply the existing codes in the machine's coder layer). */
  mode?: 'open' | 'codebook';
}

/** The auto-code job's own status: after a codebook run, the person and the machine coder to compare. */
export interface AutoCodeStatus {
  task_id: string;
  status: string;
  codes_without_definition: number | null;
  compare_with: { coder_a: string; coder_b: string } | null;
}

export interface AutoCodeStarted {
  task_id: string;
  status: string;
  reused: boolean;
}

export interface Code {
  id: string;
  label: string;
  definition: string | null;
  origin: CodeOrigin;
  category_id: string | null;
  category_name: string | null;
  application_count: number;
  fragment_count: number;
  interviews_covered: number;
  /** The code above it in the code hierarchy; null at the top. */
  parent_id: string | null;
  /** `#RRGGBB`, or null when none was given. */
  color: string | null;
  /** When the code applies (blank when none). */
  inclusion_criteria?: string;
  /** When it does not, although it may seem to (blank when none). */
  exclusion_criteria?: string;
  /** Anchor quotes: typical passages the code is applied to. */
  examples?: string[];
  /** Its applications per coder, most first (only the coders asked for when the list was filtered by coder). */
  coders?: CodeCoderCount[];
}

/** How often one coder applied a code. */
export interface CodeCoderCount {
  coder_id: string;
  kind: CoderKind;
  display_name: string;
  applications: number;
}

export type CoderKind = 'user' | 'ai' | 'offline' | 'imported';

/** One coder layer of a project: a member, a model, the offline analyst or a person from an imported file. */
export interface Coder {
  id: string;
  kind: CoderKind;
  key: string;
  display_name: string;
  applications: number;
  codes: number;
  fragments: number;
  interviews: number;
  memos: number;
  not_relevant: number;
  /** Applications awaiting review (machine coders; included in `applications`). */
  pending: number;
  /** Applications a reviewer rejected: not in `applications`, agreement, evidence or theory runs. */
  rejected: number;
}

export type ExchangeFormat = 'qdpx' | 'qdc';

/** What a REFI-QDA file holds, as checked before the import job writes it. */
export interface ImportSummary {
  origin: string | null;
  text_sources: number;
  document_sources: number;
  codes: number;
  selections: number;
  codings: number;
  coders: number;
  memos: number;
  attributes: number;
  skipped: Record<string, number>;
  warnings: string[];
}

/** An accepted import: follow the job (`task_id`) in `project_id`. */
export interface ImportAccepted {
  task_id: string;
  kind: string;
  status: JobState;
  progress: number;
  next_poll_seconds: number | null;
  reused: boolean;
  project_id: string;
  status_url: string;
  summary: ImportSummary;
}

export interface CodePage {
  items: Code[];
  page: number;
  size: number;
  total_items: number;
  total_pages: number;
}

export type CodeSort = 'label' | 'applications' | 'interviews' | 'created';

/** Absent fields stay unchanged. */
export interface CodeUpdate {
  label?: string;
  definition?: string;
  inclusion_criteria?: string;
  exclusion_criteria?: string;
  examples?: string[];
  /** `#RRGGBB`. */
  color?: string;
}

/** What a codebook CSV import did; `problems` name the CSV lines that were not (fully) imported. */
export interface CodebookImportResult {
  created: number;
  updated: number;
  skipped: number;
  problems: CodebookImportProblem[];
}

export interface CodebookImportProblem {
  line: number;
  message: string;
}

export interface CodeMerge {
  into_code_id: string;
}

export interface CodeCreate {
  label: string;
  definition?: string;
  category_id?: string;
}

/** A hand-applied code: an existing `code_id` or a new `label`; offsets within the fragment's text. */
export interface CodeApply {
  code_id?: string;
  label?: string;
  quote_start: number;
  quote_end: number;
}

/** A code applied to a span of a fragment: `quote` is the fragment's text between the offsets. */
export interface Application {
  id: string;
  code_id: string;
  fragment_id: string;
  quote: string;
  quote_start: number;
  quote_end: number;
  origin: CodeOrigin;
}

export interface CategoryCreate {
  name: string;
  definition?: string;
}

/** Absent fields stay unchanged. */
export interface CategoryUpdate {
  name?: string;
  definition?: string;
}

/** Absent fields stay unchanged. */
export interface MemoUpdate {
  title?: string;
  body?: string;
}

/** A quote coded with a code: `fragment_text.substring(quote_start, quote_end) === quote`. */
export interface EvidenceItem {
  application_id: string;
  code_id: string;
  fragment_id: string;
  interview_id: string;
  interview_label: string;
  ordinal: number;
  speaker: string | null;
  fragment_text: string;
  quote: string;
  quote_start: number;
  quote_end: number;
  origin: CodeOrigin;
  /** The coder whose layer holds the application. */
  coder_id: string;
}

export interface EvidencePage {
  items: EvidenceItem[];
  page: number;
  size: number;
  total_items: number;
  total_pages: number;
}

export interface Category {
  id: string;
  name: string;
  definition: string | null;
  origin: CodeOrigin;
  code_ids: string[];
  fragment_count: number;
  /** Typed relations of the paradigm model from or to this category. */
  relations?: CategoryRelation[];
}

export type RelationType = 'causal' | 'contextual' | 'intervening' | 'strategy' | 'consequence';

/** One axial relation: `from` bears on `to` as `type`. */
export interface CategoryRelation {
  from_category_id: string;
  to_category_id: string;
  type: RelationType;
  origin: CodeOrigin;
}

export interface CodeMove {
  code_ids: string[];
}

export interface CoverageCounts {
  /** Participant fragments (interviewer turns are not counted). */
  fragments: number;
  coded: number;
  /** Marked not relevant by a researcher. */
  not_relevant: number;
  /** Read by the auto-coder, which found nothing to code (nobody marked them). */
  examined: number;
  unexamined: number;
  /** coded / fragments, 0–1. */
  coded_share: number;
}

export interface InterviewCoverage {
  interview_id: string;
  participant: string;
  counts: CoverageCounts;
}

export interface Coverage {
  project: CoverageCounts;
  interviews: InterviewCoverage[];
}

/**
 * Where a fragment stands: coded; not_relevant (a researcher said so); examined (the auto-coder read it and found
 * nothing to code); unexamined; interviewer (a question, never coded).
 */
export type FragmentState = 'coded' | 'not_relevant' | 'examined' | 'unexamined' | 'interviewer';

export interface FragmentCodingState {
  fragment_id: string;
  state: FragmentState;
}

export interface InterviewCodingState {
  interview_id: string;
  fragments: FragmentCodingState[];
}

export interface Relevance {
  not_relevant: boolean;
}

export interface RelevanceState {
  fragment_id: string;
  state: 'coded' | 'not_relevant' | 'unexamined';
}

export interface Memo {
  id: string;
  interview_id: string | null;
  code_id: string | null;
  category_id: string | null;
  title: string | null;
  body: string | null;
  created_at: string;
  updated_at: string;
  /** Who wrote it: `user` for a member, `ai` for a model's draft (ADR 036); absent from older servers. */
  author_kind?: string;
  /** The member's name, or the model (`ai:<provider>/<model>`). */
  author_name?: string;
}

/** The codes and categories to draft an AI memo for (ADR 036). */
export interface MemoDraftRequest {
  code_ids?: string[];
  category_ids?: string[];
}

export interface MemoDraftAccepted {
  task_id: string;
  reused: boolean;
  status_url: string;
}

/** Whether runs started by this user would reach a model. */
export interface LlmStatus {
  access: LlmAccessView;
}

export interface LlmAccessView {
  remote: boolean;
}

export interface MemoCreate {
  code_id?: string;
  category_id?: string;
  title?: string;
  body?: string;
}

export interface TheoryAccepted {
  task_id: string;
  reused: boolean;
}

export interface TheorySummary {
  id: string;
  version: number;
  created_at: string;
  central_category: string;
  readiness_score: number;
  evidence_coverage: number;
  generated_by: string;
  degraded: boolean;
}

export interface TheoryPage {
  items: TheorySummary[];
  page: number;
  size: number;
  total_items: number;
  total_pages: number;
}

/** A verified quote: `quote` is the fragment's text between `start` and `end`. */
export interface EvidenceRef {
  fragment_id: string;
  interview_id: string;
  interview_label: string;
  speaker: string | null;
  quote: string;
  start: number;
  end: number;
}

export interface CoreCategory {
  /** Absent from older servers. */
  category_id?: string | null;
  name: string;
  definition: string | null;
  why: string;
  evidence: EvidenceRef[];
  /** The model's storyline around the core; blank offline and in older theories (ADR 035). */
  storyline?: string;
  /** The candidates the model scored before choosing; empty offline and in older theories (ADR 035). */
  candidates?: CandidateScore[];
}

/** A candidate core category scored 1–5 on Strauss and Corbin's criteria, with the reasoning written before. */
export interface CandidateScore {
  category_id: string | null;
  category_name: string;
  reasoning: string;
  central: number;
  frequent: number;
  connected: number;
  abstract_enough: number;
  explains_variation: number;
}

/** Where a claim does not hold, and the fragment that shows it (null when none was cited). */
export interface NegativeCase {
  statement: string;
  fragment_id: string | null;
  /** The verified quote from the cited fragment (its own text); empty when the model quoted none. */
  quote?: string;
}

export interface Proposition {
  id: string;
  text: string;
  evidence: EvidenceRef[];
  exceptions?: NegativeCase[];
}

export interface Consequence {
  category_name: string;
  statement: string;
  /** material | social | institutional */
  type: string;
  /** short_term | long_term */
  horizon: string;
  evidence: EvidenceRef[];
  exceptions?: NegativeCase[];
}

export interface Gap {
  kind: string;
  category_name: string | null;
  description: string;
  severity: string;
}

export interface EvidenceCoverage {
  claims: number;
  claims_with_evidence: number;
  ratio: number;
}

export interface Validation {
  evidence_checked: number;
  verified: number;
  not_verbatim: number;
  unknown_fragment: number;
  wrong_category: number;
  /** Claims whose quotes were all dropped and that got new, verified evidence. */
  claims_repaired: number;
  /** Claims left out of the theory because no verified evidence could be cited or found. */
  unsupported_claims: UnsupportedClaim[];
}

/** A claim left out for lack of evidence: where it would have stood, what it said, and why. */
export interface UnsupportedClaim {
  component: string;
  category_ids: string[];
  statement: string;
  reason: 'unknown_category' | 'no_verified_evidence';
  evidence_dropped: number;
}

/** One saved version of the project's theory (the fields the dashboard shows). */
export interface Theory {
  id: string;
  version: number;
  created_at: string;
  generated_by: string;
  degraded: boolean;
  readiness_score: number;
  core_category: CoreCategory;
  propositions: Proposition[];
  consequences: Consequence[];
  gaps: Gap[];
  evidence_coverage: EvidenceCoverage;
  validation: Validation;
  paradigm: Paradigm;
  sampling_plan: SamplingStep[];
  saturation: Saturation;
  network_summary: NetworkSummary;
  manifest: Manifest;
}

/** A statement of one paradigm component about one category, with its evidence. */
export interface Claim {
  category_id: string;
  category_name: string;
  statement: string;
  evidence: EvidenceRef[];
  exceptions?: NegativeCase[];
}

/** The paradigm model; `phenomenon` is the core category, consequences are the theory's `consequences`. */
export interface Paradigm {
  phenomenon: Claim[];
  causal_conditions: Claim[];
  context: Claim[];
  intervening_conditions: Claim[];
  strategies: Claim[];
}

/** Whom or what to sample next and what to ask. */
export interface SamplingStep {
  actor: string;
  focus: string;
  questions: string[];
  category_ids: string[];
}

export interface CurvePoint {
  interview_id: string;
  interview_label: string;
  new_codes: number;
  cumulative_codes: number;
}

/** New codes per interview in interview order; `plateau` when the last quarter added at most 10% of the codes. */
export interface Saturation {
  curve: CurvePoint[];
  plateau: boolean;
  /** The model's own readiness score; null offline. */
  model_readiness: number | null;
  model_assessment: string | null;
}

export interface CentralityRow {
  category_id: string;
  name: string;
  code_count: number;
  fragment_count: number;
  interview_count: number;
  interview_coverage: number;
  degree: number;
  weighted_degree: number;
  page_rank: number;
}

export interface CoOccurrenceRow {
  category_a: string;
  name_a: string;
  category_b: string;
  name_b: string;
  shared_fragments: number;
}

/** Category centrality and co-occurrence on the weighted co-occurrence graph. */
export interface NetworkSummary {
  categories: number;
  codes: number;
  fragments: number;
  interviews: number;
  centrality: CentralityRow[];
  co_occurrence: CoOccurrenceRow[];
}

/** One stage of a theory run: who answered, prompt versions, tokens and time. */
export interface StageRecord {
  stage: string;
  generated_by: string;
  model: string[];
  prompts: string[];
  elapsed_ms: number;
  input_tokens: number;
  output_tokens: number;
  requests: number;
  retries: number;
  repaired: boolean;
}

export interface BudgetTrimRecord {
  stage: string;
  step: string;
  applications: number;
  tokens_before: number;
  tokens_after: number;
}

/** How the theory was made; never holds a key or a prompt. */
export interface Manifest {
  route: string;
  provider: string;
  access: string;
  template: string;
  attempt: number;
  stages: StageRecord[];
  budget_trims: BudgetTrimRecord[];
  input_hashes: Record<string, string>;
}

export type ExportFormat = 'pdf' | 'docx' | 'pptx' | 'xlsx' | 'png';

/** The formats of the codebook export. */
export type CodebookExportFormat = 'docx' | 'xlsx' | 'csv';

/** A theory export (the project's export history lists these, newest first). */
export interface Export {
  export_id: string;
  theory_version: number;
  format: string;
  status: 'pending' | 'ready' | 'failed';
  filename: string | null;
  size_bytes: number | null;
  error: string | null;
  next_poll_seconds: number | null;
  created_at: string;
}

export type InterviewExportFormat = 'txt' | 'json' | 'pdf' | 'xlsx';

/** What to export: one interview or (without `interviewId`) all of them, and what to include. */
export interface InterviewExportQuery {
  format: InterviewExportFormat;
  interviewId?: string;
  metadata: boolean;
  codes: boolean;
  timestamps: boolean;
}

/** RFC 9457 problem detail as TheoGen renders every error. */
export interface Problem {
  status?: number;
  title?: string;
  detail?: string;
  error_code?: string;
  errors?: { field: string; message: string }[];
}

/** How agreement is counted: per participant fragment (a code is present when any application overlaps it) or per character. */
export type AgreementUnit = 'fragment' | 'character';

/** Two coders to compare, optionally restricted to some interviews and codes. */
export interface AgreementRequest {
  coder_a: string;
  coder_b: string;
  interview_ids?: string[];
  code_ids?: string[];
  unit: AgreementUnit;
  include_interviewer: boolean;
}

/** One side of the comparison. */
export interface AgreementCoder {
  id: string;
  display_name: string;
  kind: CoderKind;
}

/** Why a coefficient is not defined for a code: nothing to compare, or both coders constant (chance agreement is 1). */
export type AgreementUndefinedReason = 'NO_UNITS' | 'NO_VARIATION';

/** The 2×2 table of one code (or all codes pooled) and the coefficients computed from it; null when undefined. */
export interface AgreementCounts {
  both: number;
  only_a: number;
  only_b: number;
  neither: number;
  units: number;
  observed: number | null;
  kappa: number | null;
  alpha: number | null;
  ac1: number | null;
}

export interface AgreementCode extends AgreementCounts {
  code_id: string;
  label: string;
  color: string | null;
  category_name: string | null;
  prevalence_a: number | null;
  prevalence_b: number | null;
  undefined_reason: AgreementUndefinedReason | null;
  /** Krippendorff's unitized α over the coders' spans (character unit). */
  alpha_u: number | null;
  disagreement_count: number;
}

export interface AgreementOverall {
  codes: number;
  codes_with_variation: number;
  mean_observed: number | null;
  mean_kappa: number | null;
  /** Means over the codes whose κ is defined; with the character unit `mean_alpha` is the mean α_u. */
  mean_alpha: number | null;
  mean_ac1: number | null;
  /** The 2×2 tables of the codes whose κ is defined, added up. */
  pooled: AgreementCounts;
  pooled_alpha_u: number | null;
}

/** A unit where the coders differ on a code, with each coder's spans within the fragment's text. */
export interface AgreementDisagreement {
  code_id: string;
  fragment_id: string;
  interview_id: string;
  interview_name: string;
  speaker: string | null;
  text: string;
  present_a: boolean;
  present_b: boolean;
  spans_a: TextSpan[];
  spans_b: TextSpan[];
  differing_characters: number;
}

export interface AgreementReport {
  coder_a: AgreementCoder;
  coder_b: AgreementCoder;
  unit: AgreementUnit;
  fragments: number;
  /** Sorted by κ, lowest first. */
  codes: AgreementCode[];
  overall: AgreementOverall;
  disagreements: AgreementDisagreement[];
}

/** The review state of a machine coder's application (docs/adr/031). */
export type ReviewState = 'pending' | 'accepted' | 'rejected';

/** One machine application in the review queue, with its fragment as context. */
export interface ReviewItem {
  id: string;
  code_id: string;
  code_label: string;
  /** `#RRGGBB`, or null when the code has none. */
  code_color: string | null;
  fragment_id: string;
  interview_id: string;
  participant: string;
  fragment_ordinal: number;
  speaker: string | null;
  /** The whole fragment; `quote_start`/`quote_end` index it (UTF-16 units). */
  fragment_text: string;
  quote: string;
  quote_start: number;
  quote_end: number;
  confidence: number;
  origin: CodeOrigin;
  coder_id: string;
  coder_name: string;
  coder_kind: CoderKind;
  review_state: ReviewState;
  reviewed_at: string | null;
}

export interface ReviewCounts {
  pending: number;
  accepted: number;
  rejected: number;
}

export interface ReviewQueue {
  items: ReviewItem[];
  page: number;
  size: number;
  total_items: number;
  total_pages: number;
  /** Per state, under the same filters. */
  counts: ReviewCounts;
}

/** What a matrix crosses codes with: codes (co-occurrence in a fragment), interviews, or one attribute's values. */
export type MatrixKind = 'cooccurrence' | 'interviews' | 'attribute';

/** A code of a matrix; `fragments` is how many fragments in scope carry it. */
export interface MatrixRow {
  code_id: string;
  label: string;
  color: string | null;
  category_id: string | null;
  fragments: number;
}

/** A column: a code id, an interview id or an attribute value (`""` for interviews without it). */
export interface MatrixColumn {
  key: string;
  label: string;
  fragments: number;
}

/** A non-zero cell: distinct fragments, and that count normalised (Jaccard or share of the row). */
export interface MatrixCell {
  row: number;
  column: number;
  count: number;
  normalised: number;
}

export interface Matrix {
  kind: MatrixKind;
  attribute: string | null;
  normalisation: 'jaccard' | 'row_share';
  rows: MatrixRow[];
  columns: MatrixColumn[];
  cells: MatrixCell[];
}

export interface MatrixCellQuote {
  application_id: string;
  code_id: string;
  code_label: string;
  quote: string;
  quote_start: number;
  quote_end: number;
  coder_id: string;
}

export interface MatrixCellFragment {
  fragment_id: string;
  interview_id: string;
  interview_label: string;
  ordinal: number;
  speaker: string | null;
  text: string;
  quotes: MatrixCellQuote[];
}

export interface MatrixCellPage {
  items: MatrixCellFragment[];
  page: number;
  size: number;
  total_items: number;
  total_pages: number;
}

/** What a review changes; absent fields stay. A new code or span without a state accepts the application. */
export interface ReviewChange {
  state?: ReviewState;
  code_id?: string;
  quote_start?: number;
  quote_end?: number;
  /** When sent with a span, the server checks it is the fragment's text there. */
  quote?: string;
}

/** The same state and/or code for several applications: all of them or none. */
export interface BulkReview {
  application_ids: string[];
  state?: ReviewState;
  code_id?: string;
}

export interface BulkReviewOutcome {
  updated: number;
  /** The project's counts after the change. */
  counts: ReviewCounts;
}

export interface ReviewFilter {
  state: ReviewState | 'all';
  coder?: string | undefined;
  code?: string | undefined;
  interview?: string | undefined;
  page: number;
  size: number;
}

export type AttributeType = 'text' | 'boolean' | 'integer' | 'float' | 'date' | 'datetime';

/** A case variable of an interview. */
export interface Attribute {
  name: string;
  type: AttributeType;
  value: string;
}

export interface AttributeVariable {
  name: string;
  type: AttributeType;
}

export interface AttributeRow {
  interview_id: string;
  label: string;
  attributes: Attribute[];
}

/** The project's attributes table: every variable, every interview with its attributes. */
export interface AttributeTable {
  project_id: string;
  variables: AttributeVariable[];
  interviews: AttributeRow[];
}

export interface InterviewAttributes {
  interview_id: string;
  attributes: Attribute[];
}

export interface AttributesUpdate {
  attributes: Attribute[];
}

export interface AttributeUnmatchedRow {
  line: number;
  interview: string;
  reason: string;
}

export interface AttributeImportResult {
  updated: number;
  variables: AttributeVariable[];
  unmatched: AttributeUnmatchedRow[];
}

export interface CoderFragments {
  coder_id: string;
  kind: CoderKind;
  display_name: string;
  fragments: number;
}

/** The study at a glance. */
export interface StudyOverview {
  project_id: string;
  interviews: number;
  participants: number;
  words: number;
  fragments: number;
  participant_fragments: number;
  coded_fragments: number;
  coded_by_coder: CoderFragments[];
  codes: number;
  categories: number;
  theory_versions: number;
}

/** The theory's category network as the exports lay it out (pixels in the infographic's network frame). */
export interface NetworkFigure {
  width: number;
  height: number;
  font_size: number;
  nodes: NetworkFigureNode[];
}

export interface NetworkFigureNode {
  /** The category's name, as in the theory's network summary. */
  category: string;
  core: boolean;
  x: number;
  y: number;
  radius: number;
  /** The wrapped label (at most three lines), drawn in `label`. */
  lines: string[];
  label: NetworkBox;
}

export interface NetworkBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One coded span of an interview, with its code and coder: what the transcript paints and labels in the margin. */
export interface SpanApplication {
  id: string;
  fragment_id: string;
  code_id: string;
  code_label: string;
  /** `#RRGGBB`, or null: the transcript then picks a stable colour from the code's id. */
  code_color: string | null;
  quote: string;
  quote_start: number;
  quote_end: number;
  confidence: number;
  origin: CodeOrigin;
  coder_id: string;
  coder_name: string | null;
  coder_kind: CoderKind | null;
  created_at: string;
}

export interface InterviewApplications {
  interview_id: string;
  applications: SpanApplication[];
}

/** The languages an interview can be spoken in (ADR 044); `und` = undetermined. */
export const SPOKEN_LANGUAGES = ['en', 'es', 'fr', 'de', 'pt', 'it', 'und'] as const;
export type SpokenLanguage = (typeof SPOKEN_LANGUAGES)[number];

/** `PATCH /api/interviews/{id}`: a correction of the spoken language, or `auto` to return to the detected one. */
export interface InterviewUpdate {
  spoken_language: SpokenLanguage | 'auto';
}
