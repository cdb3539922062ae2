package com.theogen.theory.internal.pipeline;

import com.theogen.evidence.Evidence;
import com.theogen.evidence.EvidenceResult;
import com.theogen.evidence.EvidenceSourceException;
import com.theogen.evidence.NetworkMetrics;
import com.theogen.shared.DomainException;
import com.theogen.theory.TheoryError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code graph_sync} + {@code network_metrics}: pushes the coding to the evidence stores and reads the category
 * network. A project with fewer categories than {@code theogen.theory.min-categories} stops here with {@code
 * INSUFFICIENT_CATEGORIES} — or, when this run's coding left fragments uncoded because model calls failed, with
 * that failure's code: the model, not the data, is then what to fix. A store that stays down does not stop the
 * run: it continues on what answered and is marked degraded.
 */
@Component
class GraphStage {

    static final String STEP = "graph_sync";
    private static final Logger log = LoggerFactory.getLogger(GraphStage.class);

    private final CodingPorts coding;
    private final Evidence evidence;

    GraphStage(CodingPorts coding, Evidence evidence) {
        this.coding = coding;
        this.evidence = evidence;
    }

    StageOutputs.Graph run(RunScope run, RunState state) {
        StageOutputs.Coding coded = state.coded();
        ProjectData data = run.data();
        int categories = data.categories().size();
        int codes = data.coding().codes().size();
        if (categories < run.settings().minCategories()) {
            throw coded.failure() != null && coded.skipped() > 0
                    ? codingFailed(categories, coded)
                    : insufficient(categories, codes, data);
        }
        List<String> missing = new ArrayList<>();
        try {
            coding.codebooks().syncEvidence(run.projectId());
        } catch (EvidenceSourceException e) {
            log.warn(
                    "evidence sync failed; continuing degraded task_id={} reason={}",
                    run.job().jobId(),
                    e.getMessage());
            missing.add("sync");
        }
        EvidenceResult<NetworkMetrics> metrics = evidence.metrics(run.projectId());
        missing.addAll(metrics.missingSources());
        return new StageOutputs.Graph(
                metrics.result(), categories, codes, metrics.degraded() || !missing.isEmpty(), missing, run.computed());
    }

    private static DomainException codingFailed(int categories, StageOutputs.Coding coded) {
        return new DomainException(
                coded.failure(),
                "Too few categories for a theory (" + categories + ") because coding skipped " + coded.skipped()
                        + " fragments: " + coded.failedBatches() + " model calls failed with "
                        + coded.failure().code() + "; run again once the model answers",
                Map.of(
                        "categories",
                        categories,
                        "skipped_fragments",
                        coded.skipped(),
                        "failed_batches",
                        coded.failedBatches()));
    }

    static DomainException insufficient(int categories, int codes, ProjectData data) {
        int fragments = data.fragments().size();
        long coded = data.coding().applications().stream()
                .map(a -> a.fragmentId())
                .distinct()
                .count();
        return new DomainException(
                TheoryError.INSUFFICIENT_CATEGORIES,
                "A theory needs categories to relate: the project has " + categories + " categories, " + codes
                        + " codes and " + coded + " coded fragments of " + fragments
                        + "; add or code more interviews",
                Map.of("categories", categories, "codes", codes, "coded_fragments", coded, "fragments", fragments));
    }
}
