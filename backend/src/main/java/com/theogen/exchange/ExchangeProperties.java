package com.theogen.exchange;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * REFI-QDA import and export limits ({@code theogen.exchange.*}).
 *
 * @param maxUploadSize largest {@code .qdpx}/{@code .qdc} accepted; streamed to disk, never held in memory
 * @param maxEntries most entries in a {@code .qdpx} archive
 * @param maxUnpackedSize most bytes all entries that an import reads may unpack to, together
 * @param maxEntrySize most bytes one entry (the project file, one source) may unpack to
 * @param maxCompressionRatio an entry unpacking to more than this many times its packed size (past 1 MB) is
 *     refused as a zip bomb
 * @param stagingDirectory where uploads wait for their import job; {@code null} means
 *     {@code <theogen.storage.data-dir>/imports} (shared by all replicas, like the export directory)
 */
@Validated
@ConfigurationProperties("theogen.exchange")
public record ExchangeProperties(
        @NotNull DataSize maxUploadSize,
        @Min(1) @Max(1_000_000) int maxEntries,
        @NotNull DataSize maxUnpackedSize,
        @NotNull DataSize maxEntrySize,
        @DecimalMin("2") double maxCompressionRatio,
        Path stagingDirectory) {}
