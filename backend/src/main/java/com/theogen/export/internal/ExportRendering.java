package com.theogen.export.internal;

import com.theogen.export.ExportFormat;
import com.theogen.export.ExportProperties;
import com.theogen.export.ExportRenderer;
import com.theogen.export.TheoryReport;
import com.theogen.export.TheoryReportSource;
import com.theogen.shared.DomainException;
import com.theogen.shared.ErrorCategory;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Finds a theory's report and renders one export row to its file, marking the row ready or failed. Shared by
 * inline requests and the {@code export} job.
 */
@Component
class ExportRendering {

    private static final Logger log = LoggerFactory.getLogger(ExportRendering.class);

    private final ObjectProvider<TheoryReportSource> sources;
    private final Map<ExportFormat, ExportRenderer> renderers = new EnumMap<>(ExportFormat.class);
    private final ExportFiles files;
    private final ExportStore store;
    private final String linkBase;

    ExportRendering(
            ObjectProvider<TheoryReportSource> sources,
            List<ExportRenderer> renderers,
            ExportFiles files,
            ExportStore store,
            ExportProperties properties) {
        this.sources = sources;
        renderers.forEach(r -> this.renderers.put(r.format(), r));
        this.files = files;
        this.store = store;
        this.linkBase = properties.linkBaseUrl();
    }

    /**
     * The report of a theory of the project; empty when unknown, or while no module provides reports. When
     * several sources exist (tests), the first that knows the theory answers.
     */
    Optional<TheoryReport> report(UUID projectId, UUID theoryId) {
        return sources.orderedStream()
                .map(source -> source.report(projectId, theoryId))
                .filter(Objects::nonNull)
                .flatMap(Optional::stream)
                .map(report -> report.withLinks(report.links().withBase(linkBase)))
                .findFirst();
    }

    /**
     * Renders a pending row. Returns the row as it is afterwards (ready, or failed with {@code EXPORT_FAILED} /
     * {@code NOT_FOUND}); never throws for a rendering failure.
     */
    ExportRow render(ExportRow row, TheoryReport report) {
        ExportRenderer renderer = renderers.get(row.format());
        long started = System.nanoTime();
        try {
            ExportFiles.Written written =
                    files.write(row.projectId(), row.id(), row.format(), out -> renderer.render(report, out));
            store.markReady(row.id(), written.relativePath(), written.size(), written.sha256());
            log.info(
                    "export rendered export_id={} format={} bytes={} ms={}",
                    row.id(),
                    row.format().extension(),
                    written.size(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            log.error(
                    "export failed export_id={} format={}",
                    row.id(),
                    row.format().extension(),
                    e);
            store.markFailed(
                    row.id(),
                    "EXPORT_FAILED",
                    "The " + row.format().extension() + " file could not be " + "rendered; try again");
        }
        return store.find(row.id()).orElseThrow(() -> DomainException.notFound("Export"));
    }

    /** Renders a pending row after looking up its report; a theory that vanished fails the row. */
    ExportRow render(ExportRow row) {
        Optional<TheoryReport> report = report(row.projectId(), row.theoryId());
        if (report.isEmpty()) {
            store.markFailed(row.id(), "NOT_FOUND", "Theory not found");
            return store.find(row.id()).orElseThrow(() -> DomainException.notFound("Export"));
        }
        return render(row, report.get());
    }

    static DomainException failure(ExportRow row) {
        return new DomainException(
                ErrorCategory.INTERNAL,
                Objects.requireNonNullElse(row.errorCode(), "EXPORT_FAILED"),
                Objects.requireNonNullElse(row.errorMessage(), "The export failed"));
    }
}
