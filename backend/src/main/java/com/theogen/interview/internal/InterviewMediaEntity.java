package com.theogen.interview.internal;

import com.theogen.interview.InterviewFormat;
import com.theogen.interview.InterviewMedia;
import com.theogen.interview.internal.media.ProbedMedia;
import com.theogen.shared.AssignedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** The recording of an audio or video interview: its probed facts and its key in the media store. */
@Entity
@Table(name = "interview_media")
class InterviewMediaEntity extends AssignedIdEntity {

    @Id
    @Column(name = "interview_id")
    private UUID interviewId;

    @Column(name = "project_id", nullable = false)
    private UUID projectId;

    @Column(name = "storage_key", nullable = false, length = 300)
    private String storageKey;

    @Column(nullable = false, length = 64)
    private String container;

    @Column(name = "audio_codec", nullable = false, length = 64)
    private String audioCodec;

    @Column(name = "duration_ms", nullable = false)
    private long durationMs;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "has_video", nullable = false)
    private boolean hasVideo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected InterviewMediaEntity() {}

    InterviewMediaEntity(
            UUID interviewId, UUID projectId, String storageKey, ProbedMedia probed, long sizeBytes, String sha256) {
        markNew();
        this.interviewId = interviewId;
        this.projectId = projectId;
        this.storageKey = storageKey;
        this.container = probed.container();
        this.audioCodec = probed.audioCodec();
        this.durationMs = probed.durationMs();
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.hasVideo = probed.hasVideo();
        this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    UUID interviewId() {
        return interviewId;
    }

    UUID projectId() {
        return projectId;
    }

    String storageKey() {
        return storageKey;
    }

    long durationMs() {
        return durationMs;
    }

    long sizeBytes() {
        return sizeBytes;
    }

    /** The probed facts again, for planning a transcription. */
    ProbedMedia probed(InterviewFormat format) {
        return new ProbedMedia(format, container, audioCodec, durationMs, hasVideo);
    }

    InterviewMedia view(InterviewFormat format) {
        return new InterviewMedia(format.contentType(), container, audioCodec, durationMs, sizeBytes, sha256, hasVideo);
    }

    @Override
    public UUID getId() {
        return interviewId;
    }
}
