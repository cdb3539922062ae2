package com.theogen.interview.internal;

import com.theogen.interview.Fragment;
import com.theogen.interview.internal.parsing.ParsedFragment;
import com.theogen.shared.AssignedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "fragments")
class FragmentEntity extends AssignedIdEntity {

    @Id
    private UUID id;

    @Column(name = "interview_id", nullable = false)
    private UUID interviewId;

    @Column(name = "project_id", nullable = false)
    private UUID projectId;

    @Column(nullable = false)
    private int ordinal;

    @Column(length = 200)
    private String speaker;

    @Column(nullable = false, columnDefinition = "text")
    private String text;

    @Column(name = "char_start", nullable = false)
    private int charStart;

    @Column(name = "char_end", nullable = false)
    private int charEnd;

    @Column(name = "start_ms")
    private Long startMs;

    @Column(name = "end_ms")
    private Long endMs;

    protected FragmentEntity() {}

    FragmentEntity(UUID interviewId, UUID projectId, ParsedFragment parsed) {
        markNew();
        this.id = UUID.randomUUID();
        this.interviewId = interviewId;
        this.projectId = projectId;
        this.ordinal = parsed.ordinal();
        this.speaker = parsed.speaker();
        this.text = parsed.text();
        this.charStart = parsed.charStart();
        this.charEnd = parsed.charEnd();
        this.startMs = parsed.startMs();
        this.endMs = parsed.endMs();
    }

    String speaker() {
        return speaker;
    }

    int charStart() {
        return charStart;
    }

    int charEnd() {
        return charEnd;
    }

    /** After a speaker rename: the new label and the offsets moved with the full text. */
    void relabel(String newSpeaker, int newStart, int newEnd) {
        this.speaker = newSpeaker;
        this.charStart = newStart;
        this.charEnd = newEnd;
    }

    Fragment view() {
        return new Fragment(id, interviewId, projectId, ordinal, speaker, text, charStart, charEnd, startMs, endMs);
    }

    @Override
    public UUID getId() {
        return id;
    }
}
