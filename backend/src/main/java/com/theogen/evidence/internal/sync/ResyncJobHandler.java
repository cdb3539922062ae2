package com.theogen.evidence.internal.sync;

import com.theogen.evidence.Evidence;
import com.theogen.evidence.IndexedFragment;
import com.theogen.evidence.ProjectSnapshot;
import com.theogen.evidence.internal.GraphWarmup;
import com.theogen.job.JobContext;
import com.theogen.job.JobHandler;
import com.theogen.job.JobResult;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Job {@code evidence_resync}: rebuilds one project's vector index and graph from PostgreSQL. The same steps as
 * {@link Evidence#resync} (delete everything of the project, then write everything), split so the job reports
 * progress and can be canceled between batches. The project's points are removed <em>before</em> PostgreSQL is
 * read, so an interview ingested meanwhile is either in the snapshot or indexed by its own worker afterwards.
 * Restartable: a second attempt simply starts over.
 */
public class ResyncJobHandler implements JobHandler {

    public static final String KIND = Evidence.RESYNC_JOB;
    private static final Logger log = LoggerFactory.getLogger(ResyncJobHandler.class);
    private static final int BATCH = 64;

    private final Evidence evidence;
    private final ProjectReader reader;
    private final SyncStore store;
    private final GraphWarmup warmup;

    public ResyncJobHandler(Evidence evidence, ProjectReader reader, SyncStore store, GraphWarmup warmup) {
        this.evidence = evidence;
        this.reader = reader;
        this.store = store;
        this.warmup = warmup;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public JobResult run(JobContext context) {
        context.progress("clear", 2);
        evidence.deleteProject(context.projectId());
        context.progress("load", 5);
        ProjectSnapshot snapshot = reader.snapshot(context.projectId());
        List<IndexedFragment> fragments = snapshot.fragments();
        for (int from = 0; from < fragments.size(); from += BATCH) {
            context.progress("index", 5 + (int) (85L * from / fragments.size()));
            evidence.index(fragments.subList(from, Math.min(fragments.size(), from + BATCH)));
        }
        context.progress("graph", 92);
        evidence.syncGraph(snapshot.graph());
        warmup.rebuilt(context.projectId());
        List<java.util.UUID> interviews =
                snapshot.graph().interviews().stream().map(i -> i.id()).toList();
        store.markIndexed(context.projectId(), interviews);
        log.info(
                "evidence resync project_id={} interviews={} fragments={}",
                context.projectId(),
                interviews.size(),
                fragments.size());
        return JobResult.of(null);
    }
}
