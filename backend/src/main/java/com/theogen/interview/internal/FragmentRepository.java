package com.theogen.interview.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FragmentRepository extends JpaRepository<FragmentEntity, UUID> {

    Page<FragmentEntity> findByInterviewIdOrderByOrdinalAsc(UUID interviewId, Pageable pageable);

    @Query("select f from FragmentEntity f where f.interviewId = :interviewId and lower(f.speaker) = lower(:speaker)"
            + " order by f.ordinal")
    Page<FragmentEntity> findByInterviewIdAndSpeaker(UUID interviewId, String speaker, Pageable pageable);

    List<FragmentEntity> findByInterviewIdOrderByOrdinalAsc(UUID interviewId);

    @Query("select f from FragmentEntity f, InterviewEntity i where f.interviewId = i.id and f.projectId = :projectId"
            + " order by i.createdAt, i.id, f.ordinal")
    List<FragmentEntity> findByProjectInOrder(UUID projectId);
}
