package com.theogen.demo.internal;

import com.theogen.shared.AssignedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

@Entity
@Table(name = "demo_projects")
class DemoProjectEntity extends AssignedIdEntity {

    @Id
    @Column(name = "project_id")
    private UUID projectId;

    @Column(name = "owner_id", nullable = false)
    private UUID ownerId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected DemoProjectEntity() {}

    DemoProjectEntity(UUID projectId, UUID ownerId) {
        markNew();
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
}
