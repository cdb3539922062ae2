package com.theogen.demo.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DemoProjectRepository extends JpaRepository<DemoProjectEntity, UUID> {

    Optional<DemoProjectEntity> findByOwnerId(UUID ownerId);
}
