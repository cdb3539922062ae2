package com.theogen.export;

import java.util.Optional;
import java.util.UUID;

/**
 * Implemented by the theory module: the report of one saved theory version. A saved theory never changes, so a
 * rendered file can be cached per theory id and format. No ownership check: callers check access to the project
 * first.
 */
public interface TheoryReportSource {

    /** The report of {@code theoryId}, empty when it is unknown or belongs to another project. */
    Optional<TheoryReport> report(UUID projectId, UUID theoryId);
}
