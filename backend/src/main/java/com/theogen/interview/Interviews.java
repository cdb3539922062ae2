package com.theogen.interview;

import java.util.UUID;
import org.springframework.data.domain.Page;

/**
 * Interviews of a project, always scoped to the project's owner: an interview in someone else's project
 * behaves exactly like one that does not exist ({@code NOT_FOUND}).
 */
public interface Interviews {

    /**
     * Parses, normalises and fragments one file and stores the interview with its fragments in one
     * transaction (joining the caller's transaction when there is one), then publishes {@link InterviewIngested}.
     * A file that fails leaves no rows.
     *
     * @throws com.theogen.shared.DomainException {@code NOT_FOUND} for an unknown or foreign project; an
     *     {@link UploadError} code naming the file when the file cannot be used
     */
    InterviewSummary ingest(UUID userId, UUID projectId, InterviewUpload upload);

    /**
     * Stores a plain-text transcript from another tool (normalised and fragmented like a {@code .txt} upload) in
     * the caller's transaction when there is one, and returns how the tool's positions map onto the stored text.
     * Needs the coder role.
     *
     * @throws com.theogen.shared.DomainException {@code NOT_FOUND} for an unknown project or a non-member;
     *     {@code EMPTY_FILE} naming the source when nothing is left after normalisation
     */
    ImportedInterview ingestText(UUID userId, UUID projectId, TextImport text);

    /** The project's interviews in upload order. */
    Page<InterviewSummary> list(UUID userId, UUID projectId, int page, int size);

    InterviewDetail get(UUID userId, UUID interviewId);

    /** The interview's fragments in order, filtered by speaker and text, with highlights for the text query. */
    Page<FragmentHit> fragments(UUID userId, UUID interviewId, FragmentQuery query);

    /**
     * Sets the language the interview is spoken in, as a researcher's correction that detection never overwrites
     * (ADR 044), or {@code auto} to return to the detected language. The project's language follows the interviews
     * when no person chose it. Needs the coder role.
     *
     * @param spokenLanguage {@code en es fr de pt it und} or {@code auto} (any case)
     * @throws com.theogen.shared.DomainException {@link InterviewError#UNSUPPORTED_SPOKEN_LANGUAGE} for anything
     *     else; {@code NOT_FOUND} for an unknown interview or a non-member; {@code ROLE_REQUIRED} for a viewer
     */
    InterviewSummary setSpokenLanguage(UUID userId, UUID interviewId, String spokenLanguage);

    /**
     * Deletes the interview; its fragments and everything attached to them go by foreign-key cascade. Publishes
     * {@link InterviewDeleted}.
     */
    void delete(UUID userId, UUID interviewId);
}
