package com.theogen.interview.internal;

import com.theogen.project.ProjectAccess;
import com.theogen.project.ProjectRole;
import com.theogen.shared.DomainException;
import com.theogen.shared.ErrorCategory;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InterviewRepository extends JpaRepository<InterviewEntity, UUID> {

    @Query(
            value =
                    "select new com.theogen.interview.internal.InterviewRow(i.id, i.projectId, i.participant,"
                            + " i.sourceFilename, i.format, i.language, i.status, i.wordCount, i.charCount, i.fragmentCount,"
                            + " i.speakers, i.hasTimestamps, i.createdAt, i.transcriptionJobId, i.transcriptionErrorCode,"
                            + " i.transcriptionError, i.spokenLanguage, i.spokenLanguageManual, m)"
                            + " from InterviewEntity i left join InterviewMediaEntity m on m.interviewId = i.id where i.projectId = :projectId order by i.createdAt, i.id",
            countQuery = "select count(i) from InterviewEntity i where i.projectId = :projectId")
    Page<InterviewRow> findRowsByProjectId(UUID projectId, Pageable pageable);

    @Query(
            "select new com.theogen.interview.internal.InterviewRow(i.id, i.projectId, i.participant,"
                    + " i.sourceFilename, i.format, i.language, i.status, i.wordCount, i.charCount, i.fragmentCount,"
                    + " i.speakers, i.hasTimestamps, i.createdAt, i.transcriptionJobId, i.transcriptionErrorCode,"
                    + " i.transcriptionError, i.spokenLanguage, i.spokenLanguageManual, m)"
                    + " from InterviewEntity i left join InterviewMediaEntity m on m.interviewId = i.id where i.projectId = :projectId order by i.createdAt, i.id")
    List<InterviewRow> findRowsByProjectId(UUID projectId);

    /** Moves a failed or waiting recording to transcribing; 0 when another request did it first. */
    @org.springframework.data.jpa.repository.Modifying(clearAutomatically = true)
    @org.springframework.transaction.annotation.Transactional
    @Query("update InterviewEntity i set i.status = 'transcribing', i.transcriptionErrorCode = null,"
            + " i.transcriptionError = null where i.id = :id and i.status in ('failed', 'awaiting_transcript')")
    int claimForTranscription(UUID id);

    /** Ready interviews whose spoken language was never detected (stored before ADR 044), a batch at a time. */
    @Query("select i.id from InterviewEntity i where i.spokenLanguage is null and i.status = 'ready' order by i.id")
    List<UUID> findIdsWithoutSpokenLanguage(Pageable pageable);

    /** The spoken languages of a project's interviews (null: not detected yet), for the project's majority. */
    @Query("select i.spokenLanguage from InterviewEntity i where i.projectId = :projectId")
    List<String> findSpokenLanguagesByProjectId(UUID projectId);

    @Query("select i.projectId from InterviewEntity i where i.id = :id")
    Optional<UUID> findProjectIdById(UUID id);

    @Query("select i.id from InterviewEntity i where i.projectId = :projectId order by i.createdAt, i.id")
    List<UUID> findIdsByProjectId(UUID projectId);

    /**
     * The interview when the user holds {@code role} in its project. A non-member gets the NOT_FOUND of an unknown
     * id, so an interview of someone else's project is not revealed.
     */
    default InterviewEntity require(ProjectAccess projects, UUID userId, UUID interviewId, ProjectRole role) {
        InterviewEntity interview = findById(interviewId).orElseThrow(() -> DomainException.notFound("Interview"));
        try {
            projects.require(interview.projectId(), userId, role);
        } catch (DomainException e) {
            if (e.category() == ErrorCategory.NOT_FOUND) {
                throw DomainException.notFound("Interview");
            }
            throw e;
        }
        return interview;
    }
}
