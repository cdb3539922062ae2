// Wire types of the TheoGen API (snake_case, as the server sends them): every JSON body, and every value set the
// server's document enumerates, is taken from the schemas generated from the OpenAPI snapshot (schema.ts). Written
// here by hand are only what the document does not type as a schema: path and query values, form fields, the
// problem answer and the dashboard's own lists.

import type { components } from './schema';

type Schemas = components['schemas'];

export type ProjectLanguage = Schemas['ProjectView']['language'];

export type RegisterRequest = Schemas['Register'];

export type LoginRequest = Schemas['Login'];

/** The signed-in account; `email` is null for accounts that have none (OIDC identities). */
export type User = Schemas['User'];

export type Token = Schemas['Token'];

export type DomainTemplate = Schemas['DomainTemplate'];

/** A member's role, from least to most rights: viewers read and export, coders also code, owners also manage. */
export type ProjectRole = Schemas['Member']['role'];

/** A member as every other member sees them. */
export type ProjectMemberName = Schemas['Member'];

export type Project = Schemas['ProjectView'];

/**
 * A member in the members list; `email` only reaches the owner (and each member for themselves), else null;
 * `added_by` is null for the creator.
 */
export type ProjectMember = Schemas['ProjectMember'];

export type MemberAdd = Schemas['Add'];

export type MemberRoleChange = Schemas['ChangeRole'];

/** The current owner then stays as a coder, or leaves. */
export type OwnershipTransfer = Schemas['Transfer'];

export type ProjectPage = Schemas['PageResponseProjectView'];

export type ProjectCreate = Schemas['Create'];

/** Absent fields stay unchanged; an empty description or research question clears it. */
export type ProjectUpdate = Schemas['Update'];

/** The recording of an audio or video interview, probed from its content. */
export type InterviewMedia = Schemas['InterviewMedia'];

/** Where a recording's transcription stands: its job (null when none ran), and why it failed or waits (else null). */
export type TranscriptionState = Schemas['TranscriptionState'];

/** A short-lived signed address of a recording, usable as the `src` of an audio or video element. */
export type MediaLink = Schemas['MediaLink'];

/** Where a fragment is spoken in its interview's recording. */
export type FragmentClip = Schemas['FragmentClip'];

export type SpeakerRename = Schemas['SpeakerRename'];

/**
 * An interview as listed in its project (also the header of the transcript viewer). `status` is `ready` once parsed
 * and fragmented (then `ready` is true); a recording is first `transcribing`, `awaiting_transcript` (no provider:
 * attach a transcript) or `failed` (retry or attach); a file that fails leaves no interview. `speakers` in order of
 * first appearance; `media` and `transcription` only for audio and video interviews. `spoken_language` (ADR 044) is
 * detected when the text was stored, or set by a researcher (`spoken_language_manual`, which detection never
 * overwrites); `und` when too short to tell, `null` until detected.
 */
export type InterviewSummary = Schemas['InterviewSummary'];

export type InterviewPage = Schemas['PageResponseInterviewSummary'];

/** What happened to one uploaded file: `status` 201 with the stored `interview`, or a 4xx with `error_code` and `detail`. */
export type FileOutcome = Schemas['FileOutcome'];

export type UploadResult = Schemas['Upload'];

/** A half-open range `[start, end)` of UTF-16 code units. */
export type TextSpan = Schemas['TextSpan'];

/** A fragment of talk; `highlights` are ranges of `text` where the search terms occur. */
export type Fragment = Schemas['Fragment'];

export type FragmentPage = Schemas['PageResponseFragment'];

/** Fields of a transcript upload (multipart/form-data); one file per request so each has its own progress. */
export interface InterviewUploadForm {
  file: File;
  participant?: string;
  language?: ProjectLanguage;
}

export type JobState = Schemas['JobStatusResponse']['status'];

/** A step the job has reached, with how long it took (so far, for the current one). */
export type JobStep = Schemas['StepEntry'];

/**
 * A background job (auto-coding, theory run, export …) as the server reports it while it is polled. `progress`
 * 0–100; `next_poll_seconds` null once it has ended; `result_id` what it produced (a theory id …) once completed;
 * `degraded` when it completed on a fallback or with part of its work failed (`warning_code` then says why);
 * `submitted_by` the member who started it (they and the owner may cancel it); `outcome` the counts a completed job
 * reported (auto_code: coded_fragments, skipped_fragments, failed_batches …).
 */
export type Job = Schemas['JobStatusResponse'];

/** One fragment found by the project search, best first; `highlights` are ranges of `text`. */
export type SearchHit = Schemas['Hit'];

export type SearchResult = Schemas['SearchResponse'];

/** Interviews searchable now, still waiting to be indexed after upload, or whose indexing failed (retried). */
export type SearchIndex = Schemas['Index'];

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

/**
 * `recode`: code every fragment again, not only the uncoded ones; `mode`: `open` (invent codes, the default) or
 * `codebook` (apply the existing codes in the machine's coder layer).
 */
export type AutoCodeRequest = Schemas['AutoCodeRequest'];

/**
 * The auto-code job's own status: after a codebook run, the person and the machine coder to compare; the job's
 * counts (`coded_fragments` …) once it completed.
 */
export type AutoCodeStatus = Schemas['AutoCodeStatus'];

/** The 202 answer of an auto-code request: the same status, with `reused` saying whether the caller's active job was returned. */
export type AutoCodeStarted = Schemas['AutoCodeStatus'];

/**
 * A code with its counts: `parent_id` is the code above it in the code hierarchy (null at the top); `color` is
 * `#RRGGBB` or null when none was given; `inclusion_criteria` (when the code applies) and `exclusion_criteria`
 * (when it does not, although it may seem to) are blank when none; `examples` are anchor quotes, typical passages
 * the code is applied to; `coders` its applications per coder, most first (only the coders asked for when the list
 * was filtered by coder).
 */
export type Code = Schemas['CodeView'];

/** How often one coder applied a code. */
export type CodeCoderCount = Schemas['CoderApplications'];

export type CoderKind = Schemas['CoderView']['kind'];

/** One coder layer of a project: a member, a model, the offline analyst or a person from an imported file. */
export type Coder = Schemas['CoderView'];

export type ExchangeFormat = 'qdpx' | 'qdc';

/** What a REFI-QDA file holds, as checked before the import job writes it. */
export type ImportSummary = Schemas['ImportSummary'];

/** An accepted import: follow the job (`task_id`) in `project_id`. */
export type ImportAccepted = Schemas['ImportResponse'];

export type CodePage = Schemas['PageResponseCodeView'];

export type CodeSort = 'label' | 'applications' | 'interviews' | 'created';

/** Absent fields stay unchanged; `color` is `#RRGGBB`. */
export type CodeUpdate = Schemas['UpdateCode'];

/** What a codebook CSV import did; `problems` name the CSV lines that were not (fully) imported. */
export type CodebookImportResult = Schemas['CodebookImportResult'];

export type CodebookImportProblem = Schemas['CodebookImportProblem'];

export type CodeMerge = Schemas['Merge'];

/** A new hand-made code; `label` required. */
export type CodeCreate = Schemas['CreateCode'];

/** A hand-applied code: an existing `code_id` or a new `label`; offsets within the fragment's text. */
export type CodeApply = Schemas['Apply'];

/** A code applied to a span of a fragment: `quote` is the fragment's text between the offsets. */
export type Application = Schemas['Application'];

export type CategoryCreate = Schemas['CreateCategory'];

/** Absent fields stay unchanged. */
export type CategoryUpdate = Schemas['UpdateCategory'];

/** Absent fields stay unchanged. */
export type MemoUpdate = Schemas['Memo'];

/**
 * A quote coded with a code: `fragment_text.substring(quote_start, quote_end) === quote`; `coder_id` the coder whose
 * layer holds the application.
 */
export type EvidenceItem = Schemas['EvidenceItem'];

export type EvidencePage = Schemas['PageResponseEvidenceItem'];

/** A category with its codes and the typed relations of the paradigm model from or to it. */
export type Category = Schemas['CategoryView'];

/** One axial relation: `from` bears on `to` as `type` (`causal`, `contextual`, `intervening`, `strategy` or `consequence`). */
export type CategoryRelation = Schemas['CategoryRelation'];

export type CodeMove = Schemas['MoveCodes'];

/**
 * Participant fragments (interviewer turns are counted apart): coded; not_relevant (marked so by a researcher);
 * examined (read by the auto-coder, which found nothing to code, and nobody marked them); unexamined. Shares are of
 * `fragments`, 0–1.
 */
export type CoverageCounts = Schemas['Counts'];

export type InterviewCoverage = Schemas['InterviewCoverage'];

export type Coverage = Schemas['Coverage'];

/**
 * Where a fragment stands: coded; not_relevant (a researcher said so); examined (the auto-coder read it and found
 * nothing to code); unexamined; interviewer (a question, never coded).
 */
export type FragmentState = Schemas['FragmentState']['state'];

export type FragmentCodingState = Schemas['FragmentState'];

export type InterviewCodingState = Schemas['InterviewCodingState'];

export type Relevance = Schemas['Relevance'];

/** A fragment's state after its not-relevant mark was set or cleared. */
export type RelevanceState = Schemas['RelevanceState'];

/** A memo: `author_kind` is `user` for a member, `ai` for a model's draft (ADR 036); `author_name` the member's name or the model (`ai:<provider>/<model>`). */
export type Memo = Schemas['MemoView'];

/** The codes and categories to draft an AI memo for (ADR 036). */
export type MemoDraftRequest = Schemas['DraftMemosRequest'];

export type MemoDraftAccepted = Schemas['DraftMemosResponse'];

/** Whether runs started by this user would reach a model. */
export type LlmStatus = Schemas['LlmStatusResponse'];

export type LlmAccessView = Schemas['LlmAccess'];

/** A new memo (the server requires a `title`; the schema is the same as the update's). */
export type MemoCreate = Schemas['Memo'];

/** A theory run accepted (202), or the caller's active run returned with `reused`. */
export type TheoryAccepted = Schemas['Accepted'];

export type TheorySummary = Schemas['TheorySummary'];

export type TheoryPage = Schemas['PageResponseTheorySummary'];

/**
 * A verified quote: `quote` is the fragment's text between `start` and `end` (and the interview's text between
 * `interview_start` and `interview_end`); `speaker` is blank when the fragment has none.
 */
export type EvidenceRef = Schemas['EvidenceRef'];

/** The core category; `storyline` is blank and `candidates` empty offline and in theories older than ADR 035. */
export type CoreCategory = Schemas['CoreCategory'];

/** A candidate core category scored 1–5 on Strauss and Corbin's criteria, with the reasoning written before. */
export type CandidateScore = Schemas['CandidateScore'];

/**
 * Where a claim does not hold, and the fragment that shows it (`fragment_id` null when none was cited); `quote` is
 * the verified quote from that fragment, blank when the model quoted none.
 */
export type NegativeCase = Schemas['NegativeCase'];

export type Proposition = Schemas['Proposition'];

/**
 * A consequence: `type` one of the domain template's consequence types or `other` (then `type_note` says which),
 * `horizon` `short_term` or `long_term`; `category_id` null only in theories saved before a claim without a category
 * of the project was left out.
 */
export type Consequence = Schemas['Consequence'];

/** A gap in the data; `category_id` null (and `category_name` blank) for a gap of the whole project. */
export type Gap = Schemas['Gap'];

export type EvidenceCoverage = Schemas['EvidenceCoverage'];

/**
 * What verification found: `claims_repaired` got new, verified evidence; `unsupported_claims` were left out of the
 * theory because none could be cited or found.
 */
export type Validation = Schemas['Validation'];

/** A claim left out for lack of evidence: where it would have stood, what it said, and why. */
export type UnsupportedClaim = Schemas['UnsupportedClaim'];

/** One saved version of the project's theory. */
export type Theory = Schemas['Theory'];

/**
 * A statement of one paradigm component about one category, with its evidence; `category_id` null only in theories
 * saved before a claim without a category of the project was left out.
 */
export type Claim = Schemas['Claim'];

/** The paradigm model; `phenomenon` is the core category, consequences are the theory's `consequences`. */
export type Paradigm = Schemas['Paradigm'];

/** Whom or what to sample next and what to ask. */
export type SamplingStep = Schemas['SamplingStep'];

export type CurvePoint = Schemas['CurvePoint'];

/**
 * New codes per interview in interview order; `plateau` when the last quarter added at most 10% of the codes;
 * `model_readiness` null and `model_assessment` blank offline.
 */
export type Saturation = Schemas['Saturation'];

export type CentralityRow = Schemas['CentralityRow'];

export type CoOccurrenceRow = Schemas['CoOccurrenceRow'];

/** Category centrality and co-occurrence on the weighted co-occurrence graph. */
export type NetworkSummary = Schemas['NetworkSummary'];

/** One stage of a theory run: who answered, prompt versions, tokens and time. */
export type StageRecord = Schemas['StageRecord'];

export type BudgetTrimRecord = Schemas['BudgetTrimRecord'];

/** How the theory was made; never holds a key or a prompt. */
export type Manifest = Schemas['Manifest'];

export type ExportFormat = 'pdf' | 'docx' | 'pptx' | 'xlsx' | 'png';

/** The formats of the codebook export. */
export type CodebookExportFormat = 'docx' | 'xlsx' | 'csv';

/** A theory export (the project's export history lists these, newest first). */
export type Export = Schemas['ExportResponse'];

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
export type AgreementUnit = Schemas['AgreementResult']['unit'];

/** Two coders to compare, optionally restricted to some interviews and codes. */
export type AgreementRequest = Schemas['AgreementRequest'];

/** One side of the comparison. */
export type AgreementCoder = Schemas['AgreementCoder'];

/** Why a coefficient is not defined for a code: nothing to compare, or both coders constant (chance agreement is 1). */
export type AgreementUndefinedReason = NonNullable<Schemas['AgreementCode']['undefined_reason']>;

/** The 2×2 table of one code (or all codes pooled) and the coefficients computed from it; null when undefined. */
export type AgreementCounts = Schemas['AgreementPooled'];

/** One code's table and coefficients; `alpha_u` is Krippendorff's unitized α over the coders' spans (character unit). */
export type AgreementCode = Schemas['AgreementCode'];

export type AgreementOverall = Schemas['AgreementOverall'];

/** A unit where the coders differ on a code, with each coder's spans within the fragment's text. */
export type AgreementDisagreement = Schemas['AgreementDisagreement'];

/** Two coders compared; `codes` sorted by κ, lowest first. */
export type AgreementReport = Schemas['AgreementResult'];

/** The review state of a machine coder's application (docs/adr/031). */
export type ReviewState = Schemas['ReviewItem']['review_state'];

/** One machine application in the review queue, with its fragment as context. */
export type ReviewItem = Schemas['ReviewItem'];

export type ReviewCounts = Schemas['ReviewCounts'];

export type ReviewQueue = Schemas['ReviewQueue'];

/** What a matrix crosses codes with: codes (co-occurrence in a fragment), interviews, or one attribute's values. */
export type MatrixKind = Schemas['Matrix']['kind'];

/** A code of a matrix; `fragments` is how many fragments in scope carry it. */
export type MatrixRow = Schemas['MatrixRow'];

/** A column: a code id, an interview id or an attribute value (`""` for interviews without it). */
export type MatrixColumn = Schemas['MatrixColumn'];

/** A non-zero cell: distinct fragments, and that count normalised (Jaccard or share of the row). */
export type MatrixCell = Schemas['MatrixCell'];

export type Matrix = Schemas['Matrix'];

export type MatrixCellQuote = Schemas['MatrixCellQuote'];

export type MatrixCellFragment = Schemas['MatrixCellFragment'];

export type MatrixCellPage = Schemas['PageResponseMatrixCellFragment'];

/**
 * What a review changes; absent fields stay. A new code or span without a state accepts the application; a `quote`
 * sent with a span is checked against the fragment's text there.
 */
export type ReviewChange = Schemas['Review'];

/** The same state and/or code for several applications: all of them or none. */
export type BulkReview = Schemas['BulkReview'];

export type BulkReviewOutcome = Schemas['BulkOutcome'];

export interface ReviewFilter {
  state: ReviewState | 'all';
  coder?: string | undefined;
  code?: string | undefined;
  interview?: string | undefined;
  page: number;
  size: number;
}

export type AttributeType = Schemas['AttributeVariable']['type'];

/** A case variable of an interview. */
export type Attribute = Schemas['Attribute'];

export type AttributeVariable = Schemas['AttributeVariable'];

export type AttributeRow = Schemas['AttributeRow'];

/** The project's attributes table: every variable, every interview with its attributes. */
export type AttributeTable = Schemas['AttributeTable'];

export type InterviewAttributes = Schemas['Attributes'];

export type AttributesUpdate = Schemas['AttributesUpdate'];

export type AttributeUnmatchedRow = Schemas['AttributeUnmatchedRow'];

export type AttributeImportResult = Schemas['AttributeImportResult'];

export type CoderFragments = Schemas['CoderFragments'];

/** The study at a glance. */
export type StudyOverview = Schemas['StudyOverview'];

/** The theory's category network as the exports lay it out (pixels in the infographic's network frame). */
export type NetworkFigure = Schemas['NetworkFigure'];

export type NetworkFigureNode = Schemas['NetworkNode'];

export type NetworkBox = Schemas['LabelBox'];

/** One coded span of an interview, with its code and coder: what the transcript paints and labels in the margin. */
export type SpanApplication = Schemas['SpanView'];

export type InterviewApplications = Schemas['InterviewApplications'];

/** The languages an interview can be spoken in (ADR 044); `und` = undetermined. */
export const SPOKEN_LANGUAGES = ['en', 'es', 'fr', 'de', 'pt', 'it', 'und'] as const;
export type SpokenLanguage = (typeof SPOKEN_LANGUAGES)[number];

/** `PATCH /api/interviews/{id}`: a correction of the spoken language, or `auto` to return to the detected one. */
export type InterviewUpdate = Schemas['InterviewPatch'];
