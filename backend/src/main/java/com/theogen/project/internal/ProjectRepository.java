package com.theogen.project.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ProjectRepository extends JpaRepository<ProjectEntity, UUID> {

    /** Records the new owner (the denormalised copy of the owner member, docs/adr/019). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update ProjectEntity p set p.ownerId = :ownerId, p.version = p.version + 1 where p.id = :id")
    int setOwner(UUID id, UUID ownerId);
}
