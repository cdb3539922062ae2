package com.theogen.interview.internal;

import com.theogen.interview.InterviewSummary;
import com.theogen.interview.internal.parsing.ParsedTranscript;
import com.theogen.shared.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.Persistable;

@Entity
@Table(name = "interviews")
class InterviewEntity implements Persistable<UUID> {

    /** Ids are assigned in code, so Spring Data cannot tell new rows by a null id: without this, save() merges. */
    @Transient
    private boolean fresh;

    static final String READY = "ready";

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

    @Column(nullable = false, length = 16)
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

    protected InterviewEntity() {}

    InterviewEntity(
            UUID projectId,
            String participant,
            String sourceFilename,
            long sourceBytes,
            Language language,
            ParsedTranscript transcript,
            String contentSha256) {
        this.fresh = true;
        this.id = UUID.randomUUID();
        this.projectId = projectId;
        this.participant = participant;
        this.sourceFilename = sourceFilename;
        this.sourceBytes = sourceBytes;
        this.format = transcript.format().extension();
        this.language = language.code();
        this.status = READY;
        this.fullText = transcript.fullText();
        this.contentSha256 = contentSha256;
        this.wordCount = transcript.wordCount();
        this.charCount = transcript.fullText().length();
        this.fragmentCount = transcript.fragments().size();
        this.speakers = List.copyOf(transcript.speakers());
        this.hasTimestamps = transcript.hasTimestamps();
        this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
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

    InterviewSummary summary() {
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
                        createdAt)
                .summary();
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostPersist
    @PostLoad
    void markStored() {
        fresh = false;
    }
}
