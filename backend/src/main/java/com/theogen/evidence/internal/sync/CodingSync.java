package com.theogen.evidence.internal.sync;

import com.theogen.evidence.CodingChanged;
import com.theogen.evidence.CodingSource;
import com.theogen.evidence.EvidenceProperties;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings coding changes into the evidence stores through the {@link CodingSource}: each change right after its
 * commit, and, from the reconciler, the whole project of every change whose push never happened or failed (a
 * push writes only what differs from what the stores were last given, docs/adr/042). A failure never undoes the
 * change: its row in {@link CodingSyncStore} stays and is retried.
 */
public class CodingSync {

    private static final Logger log = LoggerFactory.getLogger(CodingSync.class);
    private static final int BATCH = 200;

    private final CodingSyncStore store;
    private final CodingSource coding;

    public CodingSync(CodingSyncStore store, CodingSource coding) {
        this.store = store;
        this.coding = coding;
    }

    /** Pushes one committed change; on success its row is deleted. */
    void push(CodingChanged change) {
        List<UUID> ids = List.of(change.changeId());
        try {
            coding.push(change.projectId(), change.fragmentIds());
            store.done(ids);
        } catch (RuntimeException e) {
            store.failed(ids, SyncStore.describe(e));
            log.warn(
                    "coding push failed; the reconciler pushes the project again project_id={} error={}",
                    change.projectId(),
                    e.toString());
        }
    }

    /** Pushes the projects of changes left behind; returns how many projects were tried. */
    int retryDue(EvidenceProperties.Sync config) {
        Map<UUID, List<UUID>> due = store.due(config.retryAfter(), config.maxAttempts(), BATCH);
        due.forEach((projectId, changeIds) -> {
            try {
                coding.pushAll(projectId);
                store.done(changeIds);
            } catch (RuntimeException e) {
                store.failed(changeIds, SyncStore.describe(e));
                log.warn("coding push failed project_id={} (retried later): {}", projectId, e.toString());
            }
        });
        if (!due.isEmpty()) {
            log.info("evidence reconciler pushed the coding of {} project(s)", due.size());
        }
        return due.size();
    }
}
