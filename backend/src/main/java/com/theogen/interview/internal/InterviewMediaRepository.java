package com.theogen.interview.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface InterviewMediaRepository extends JpaRepository<InterviewMediaEntity, UUID> {}
