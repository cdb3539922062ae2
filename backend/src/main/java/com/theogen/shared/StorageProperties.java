package com.theogen.shared;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where TheoGen keeps local state in the embedded default: the PostgreSQL cluster, the JWT signing key,
 * indexes and exports.
 *
 * @param dataDir root of the local state ({@code THEOGEN_DATA_DIR}, default {@code ./data})
 * @param ephemeral when true (tests), the embedded database lives in a fresh temporary directory that is
 *     removed on shutdown
 */
@Validated
@ConfigurationProperties("theogen.storage")
public record StorageProperties(@NotNull Path dataDir, boolean ephemeral) {}
