package com.theogen.shared;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where TheoGen keeps local state in the embedded default: the PostgreSQL cluster and its logins, the JWT signing
 * key, indexes and exports.
 *
 * @param dataDir root of the local state ({@code THEOGEN_DATA_DIR}, default {@code ./data})
 * @param ephemeral when true (tests), the embedded database lives in a fresh temporary directory that is
 *     removed on shutdown
 * @param fsync when true (the default), the embedded PostgreSQL acknowledges a commit only once it is on disk
 *     ({@code fsync} and {@code synchronous_commit} on); the test profile turns it off for speed
 */
@Validated
@ConfigurationProperties("theogen.storage")
public record StorageProperties(@NotNull Path dataDir, boolean ephemeral, @DefaultValue("true") boolean fsync) {}
