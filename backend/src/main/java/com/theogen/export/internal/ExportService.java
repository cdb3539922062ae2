package com.theogen.export.internal;

import com.theogen.export.ExportFile;
import com.theogen.export.ExportFormat;
import com.theogen.export.ExportProperties;
import com.theogen.export.ExportStatus;
import com.theogen.export.ExportView;
import com.theogen.export.TheoryExports;
import com.theogen.export.TheoryReport;
import com.theogen.project.ProjectAccess;
import com.theogen.project.ProjectRole;
import com.theogen.shared.DomainException;
import com.theogen.shared.ErrorCategory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Theory exports: reuse a rendered file, else claim the theory+format row and render it — inline for small
 * reports, as an {@code export} job for large ones (docs/adr/014). Requests for the same export arriving in this
 * process while it renders wait for that render instead of starting their own; requests on another replica find
 * the claimed row and report it pending.
 */
@Service
class ExportService implements TheoryExports {

    private static final Logger log = LoggerFactory.getLogger(ExportService.class);
    private static final int LIST_LIMIT = 200;

    private final ProjectAccess projects;
    private final ExportStore store;
    private final ExportFiles files;
    private final ExportRendering rendering;
    private final ExportQueue queue;
    private final ExportProperties properties;
    private final Map<String, CompletableFuture<ExportView>> inFlight = new ConcurrentHashMap<>();

    ExportService(
            ProjectAccess projects,
            ExportStore store,
            ExportFiles files,
            ExportRendering rendering,
            ExportQueue queue,
            ExportProperties properties) {
        this.projects = projects;
        this.store = store;
        this.files = files;
        this.rendering = rendering;
        this.queue = queue;
        this.properties = properties;
    }

    @Override
    public ExportView request(UUID userId, UUID projectId, UUID theoryId, ExportFormat format) {
        projects.require(projectId, userId, ProjectRole.VIEWER);
        String key = projectId + "/" + theoryId + "/" + format.extension();
        CompletableFuture<ExportView> mine = new CompletableFuture<>();
        CompletableFuture<ExportView> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            return await(running);
        }
        try {
            ExportView view = requestOnce(userId, projectId, theoryId, format);
            mine.complete(view);
            return view;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    private ExportView requestOnce(UUID userId, UUID projectId, UUID theoryId, ExportFormat format) {
        for (int tries = 0; tries < 4; tries++) {
            var existing = store.findByTheory(theoryId, format);
            if (existing.isPresent()) {
                ExportView reused = reuse(existing.get(), projectId);
                if (reused != null) {
                    return reused;
                }
                continue;
            }
            TheoryReport report =
                    rendering.report(projectId, theoryId).orElseThrow(() -> DomainException.notFound("Theory"));
            boolean inline = report.allQuotes().size() <= properties.inlineMaxQuotes();
            UUID id = UUID.randomUUID();
            String via = inline ? ExportRow.INLINE : ExportRow.JOB;
            if (!store.claim(
                    id,
                    projectId,
                    userId,
                    theoryId,
                    report.theoryVersion(),
                    format,
                    via,
                    format.displayFileName(report))) {
                continue; // claimed by another request meanwhile: reuse theirs
            }
            ExportRow row = store.find(id).orElseThrow();
            log.info(
                    "export claimed export_id={} theory_id={} format={} via={}", id, theoryId, format.extension(), via);
            if (!inline) {
                return queue.submit(row).view();
            }
            ExportRow done = rendering.render(row, report);
            if (done.status() == ExportStatus.FAILED) {
                throw ExportRendering.failure(done);
            }
            return done.view();
        }
        throw new DomainException(ErrorCategory.CONFLICT, "EXPORT_BUSY", "The export is changing; try again");
    }

    /** The existing row as the answer, or null when it must be rendered again (failed, or its file is gone). */
    private ExportView reuse(ExportRow row, UUID projectId) {
        if (!row.projectId().equals(projectId)) {
            throw DomainException.notFound("Theory");
        }
        return switch (row.status()) {
            case READY -> {
                if (files.exists(row.filePath())) {
                    yield row.view();
                }
                log.warn("export file missing; rendering again export_id={}", row.id());
                store.deleteIf(row.id(), ExportStatus.READY);
                yield null;
            }
            case FAILED -> {
                store.deleteIf(row.id(), ExportStatus.FAILED);
                yield null;
            }
            case PENDING -> row.isJob() ? queue.ensureQueued(row).view() : row.view();
        };
    }

    @Override
    public ExportView get(UUID userId, UUID projectId, UUID exportId) {
        projects.require(projectId, userId, ProjectRole.VIEWER);
        ExportRow row = store.findInProject(projectId, exportId).orElseThrow(() -> DomainException.notFound("Export"));
        if (row.status() == ExportStatus.PENDING && row.isJob()) {
            return queue.ensureQueued(row).view();
        }
        return row.view();
    }

    @Override
    public List<ExportView> list(UUID userId, UUID projectId) {
        projects.require(projectId, userId, ProjectRole.VIEWER);
        return store.list(projectId, LIST_LIMIT).stream().map(ExportRow::view).toList();
    }

    @Override
    public ExportFile file(UUID userId, UUID projectId, UUID exportId) {
        ExportView view = get(userId, projectId, exportId);
        if (view.status() != ExportStatus.READY) {
            throw new DomainException(
                    ErrorCategory.CONFLICT,
                    "EXPORT_NOT_READY",
                    "The export is " + view.status().code() + "; its file is not available",
                    Map.of("status", view.status().code()));
        }
        ExportRow row = store.find(exportId).orElseThrow(() -> DomainException.notFound("Export"));
        Path path = row.filePath() == null ? null : files.resolve(row.filePath());
        if (path == null || !files.exists(row.filePath())) {
            store.deleteIf(row.id(), ExportStatus.READY);
            throw DomainException.notFound("Export file");
        }
        String display = row.fileName();
        int dot = display.lastIndexOf('.');
        String ascii = ExportFormat.slug(dot > 0 ? display.substring(0, dot) : display);
        return new ExportFile(
                path,
                row.format().contentType(),
                display,
                (ascii.isEmpty() ? "export" : ascii) + "." + row.format().extension(),
                row.sizeBytes() == null ? 0 : row.sizeBytes());
    }

    private static ExportView await(CompletableFuture<ExportView> running) {
        try {
            return running.get(10, TimeUnit.MINUTES);
        } catch (ExecutionException | CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new DomainException(ErrorCategory.UNAVAILABLE, "EXPORT_BUSY", "The export is still rendering");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DomainException(ErrorCategory.UNAVAILABLE, "EXPORT_BUSY", "The export is still rendering");
        }
    }
}
