package com.theogen.interview.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InterviewRepository extends JpaRepository<InterviewEntity, UUID> {

    @Query(
            value = "select new com.theogen.interview.internal.InterviewRow(i.id, i.projectId, i.participant,"
                    + " i.sourceFilename, i.format, i.language, i.status, i.wordCount, i.charCount, i.fragmentCount,"
                    + " i.speakers, i.hasTimestamps, i.createdAt)"
                    + " from InterviewEntity i where i.projectId = :projectId order by i.createdAt, i.id",
            countQuery = "select count(i) from InterviewEntity i where i.projectId = :projectId")
    Page<InterviewRow> findRowsByProjectId(UUID projectId, Pageable pageable);

    @Query("select new com.theogen.interview.internal.InterviewRow(i.id, i.projectId, i.participant,"
            + " i.sourceFilename, i.format, i.language, i.status, i.wordCount, i.charCount, i.fragmentCount,"
            + " i.speakers, i.hasTimestamps, i.createdAt)"
            + " from InterviewEntity i where i.projectId = :projectId order by i.createdAt, i.id")
    List<InterviewRow> findRowsByProjectId(UUID projectId);

    @Query("select i.id from InterviewEntity i where i.projectId = :projectId order by i.createdAt, i.id")
    List<UUID> findIdsByProjectId(UUID projectId);
}
