package com.theogen.demo.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

@Entity
@Table(name = "demo_projects")
class DemoProjectEntity implements Persistable<UUID> {

    /** Ids are assigned in code, so Spring Data cannot tell new rows by a null id: without this, save() merges. */
    @Transient
    private boolean fresh;

    @Id
    @Column(name = "project_id")
    private UUID projectId;

    @Column(name = "owner_id", nullable = false)
    private UUID ownerId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected DemoProjectEntity() {}

    DemoProjectEntity(UUID projectId, UUID ownerId) {
        this.fresh = true;
        this.projectId = projectId;
        this.ownerId = ownerId;
        this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    UUID projectId() {
        return projectId;
    }

    @Override
    public UUID getId() {
        return projectId;
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
