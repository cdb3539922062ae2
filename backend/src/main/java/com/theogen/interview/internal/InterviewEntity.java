package com.theogen.interview.internal;

import com.theogen.interview.InterviewSummary;
import com.theogen.interview.internal.parsing.ParsedTranscript;
import com.theogen.shared.AssignedIdEntity;
import com.theogen.shared.Language;
import com.theogen.shared.SpokenLanguage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "interviews")
class InterviewEntity extends AssignedIdEntity {

    static final String READY = "ready";
    static final String TRANSCRIBING = "transcribing";
    static final String AWAITING_TRANSCRIPT = "awaiting_transcript";
    static final String FAILED = "failed";

    @Id
    private UUID id;

    @Column(name = "project_id", nullable = false)
    private UUID projectId;

    @Column(nullable = false, length = 200)
    private String participant;

    @Column(name = "source_filename", nullable = false, length = 255)
    private String sourceFilename;

    @Column(name = "source_bytes", nullable = false)
    private long sourceBytes;

    @Column(nullable = false, length = 8)
    private String format;

    @Column(nullable = false, length = 2)
    private String language;

    @Column(nullable = false, length = 24)
    private String status;

    @Column(name = "full_text", nullable = false, columnDefinition = "text")
    private String fullText;

    @Column(name = "content_sha256", nullable = false, length = 64)
    private String contentSha256;

    @Column(name = "word_count", nullable = false)
    private int wordCount;

    @Column(name = "char_count", nullable = false)
    private int charCount;

    @Column(name = "fragment_count", nullable = false)
    private int fragmentCount;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private List<String> speakers;

    @Column(name = "has_timestamps", nullable = false)
    private boolean hasTimestamps;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "transcription_job_id")
    private UUID transcriptionJobId;

    @Column(name = "transcription_error_code", length = 64)
    private String transcriptionErrorCode;

    @Column(name = "transcription_error", columnDefinition = "text")
    private String transcriptionError;

    @Column(name = "spoken_language", length = 3)
    private String spokenLanguage;

    @Column(name = "spoken_language_manual", nullable = false)
    private boolean spokenLanguageManual;

    protected InterviewEntity() {}

    /** An interview made from a recording, without its transcript yet ({@code status} is not ready). */
    static InterviewEntity recording(
            UUID projectId,
            String participant,
            String sourceFilename,
            long sourceBytes,
            Language language,
            String format,
            String contentSha256) {
        InterviewEntity entity = new InterviewEntity();
        entity.markNew();
        entity.id = UUID.randomUUID();
        entity.projectId = projectId;
        entity.participant = participant;
        entity.sourceFilename = sourceFilename;
        entity.sourceBytes = sourceBytes;
        entity.format = format;
        entity.language = language.code();
        entity.status = AWAITING_TRANSCRIPT;
        entity.fullText = "";
        entity.contentSha256 = contentSha256;
        entity.speakers = List.of();
        entity.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return entity;
    }

    /** An interview uploaded as a transcript: ready at once. */
    static InterviewEntity ofTranscript(
            UUID projectId,
            String participant,
            String sourceFilename,
            long sourceBytes,
            Language language,
            ParsedTranscript transcript,
            String contentSha256) {
        InterviewEntity entity = recording(
                projectId,
                participant,
                sourceFilename,
                sourceBytes,
                language,
                transcript.format().extension(),
                contentSha256);
        entity.complete(transcript);
        return entity;
    }

    /** A transcription job runs for this recording. */
    void transcribing(UUID jobId) {
        status = TRANSCRIBING;
        transcriptionJobId = jobId;
        transcriptionErrorCode = null;
        transcriptionError = null;
    }

    /** No transcription runs: the recording waits for a transcript, with the reason when there is one. */
    void awaitTranscript(String errorCode, String error) {
        status = AWAITING_TRANSCRIPT;
        transcriptionErrorCode = errorCode;
        transcriptionError = error;
    }

    void failTranscription(String errorCode, String error) {
        status = FAILED;
        transcriptionErrorCode = errorCode;
        transcriptionError = error;
    }

    /** The recording got its transcript (from a provider or attached by the researcher). */
    void complete(ParsedTranscript transcript) {
        this.status = READY;
        this.fullText = transcript.fullText();
        this.wordCount = transcript.wordCount();
        this.charCount = transcript.fullText().length();
        this.fragmentCount = transcript.fragments().size();
        this.speakers = List.copyOf(transcript.speakers());
        this.hasTimestamps = transcript.hasTimestamps();
        this.transcriptionErrorCode = null;
        this.transcriptionError = null;
    }

    /** The full text and speaker list after a speaker was renamed; fragment offsets moved with the text. */
    void renamed(String fullText, List<String> speakers) {
        this.fullText = fullText;
        this.charCount = fullText.length();
        this.speakers = List.copyOf(speakers);
    }

    String status() {
        return status;
    }

    /** The detected spoken language; ignored when a researcher set it ({@link #spokenLanguageManual}). */
    void detected(SpokenLanguage language) {
        if (!spokenLanguageManual) {
            spokenLanguage = language.code();
        }
    }

    /** A researcher's correction: detection never overwrites it. */
    void correctSpokenLanguage(SpokenLanguage language) {
        spokenLanguage = language.code();
        spokenLanguageManual = true;
    }

    /** Back to detection: the next {@link #detected} sets it. */
    void clearSpokenLanguageCorrection() {
        spokenLanguageManual = false;
    }

    /** {@code null} until detected. */
    SpokenLanguage spokenLanguage() {
        return SpokenLanguage.ofCode(spokenLanguage);
    }

    Language language() {
        return Language.fromCode(language);
    }

    String participant() {
        return participant;
    }

    String sourceFilename() {
        return sourceFilename;
    }

    List<String> speakers() {
        return speakers;
    }

    UUID transcriptionJobId() {
        return transcriptionJobId;
    }

    UUID id() {
        return id;
    }

    UUID projectId() {
        return projectId;
    }

    String fullText() {
        return fullText;
    }

    InterviewSummary summary(InterviewMediaEntity media) {
        return new InterviewRow(
                        id,
                        projectId,
                        participant,
                        sourceFilename,
                        format,
                        language,
                        status,
                        wordCount,
                        charCount,
                        fragmentCount,
                        speakers,
                        hasTimestamps,
                        createdAt,
                        transcriptionJobId,
                        transcriptionErrorCode,
                        transcriptionError,
                        spokenLanguage,
                        spokenLanguageManual,
                        media)
                .summary();
    }

    @Override
    public UUID getId() {
        return id;
    }
}
