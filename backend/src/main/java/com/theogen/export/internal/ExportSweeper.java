package com.theogen.export.internal;

import com.theogen.export.ExportProperties;
import com.theogen.export.ExportStatus;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps the export directory and table honest, on one replica at a time (a db-scheduler recurring task): files
 * whose row is gone (the project was deleted and its rows went by cascade) are removed; inline exports pending
 * longer than the timeout (the replica rendering them died) are forgotten so the next request renders them
 * again; job exports left without an active job are queued again.
 */
@Component
public class ExportSweeper {

    private static final Logger log = LoggerFactory.getLogger(ExportSweeper.class);
    private static final int BATCH = 200;

    private final ExportStore store;
    private final ExportFiles files;
    private final ExportQueue queue;
    private final ExportProperties properties;

    ExportSweeper(ExportStore store, ExportFiles files, ExportQueue queue, ExportProperties properties) {
        this.store = store;
        this.files = files;
        this.queue = queue;
        this.properties = properties;
    }

    /** What one sweep did. */
    public record Outcome(int filesRemoved, int abandonedInline, int requeued) {}

    public Outcome sweep() {
        Instant stale = Instant.now().minus(properties.pendingTimeout());
        int removed = files.sweep(store::exists, stale);
        int abandoned = 0;
        int requeued = 0;
        for (ExportRow row : store.pendingSince(stale, BATCH)) {
            if (!row.isJob()) {
                abandoned += store.deleteIf(row.id(), ExportStatus.PENDING) ? 1 : 0;
            } else if (!Objects.equals(queue.ensureQueued(row).taskId(), row.taskId())) {
                requeued++;
            }
        }
        if (removed + abandoned + requeued > 0) {
            log.info("export sweep files_removed={} abandoned_inline={} requeued={}", removed, abandoned, requeued);
        }
        return new Outcome(removed, abandoned, requeued);
    }
}
