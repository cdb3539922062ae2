package com.theogen.theory.internal.pipeline;

import com.theogen.evidence.NetworkMetrics;
import com.theogen.interview.Fragment;
import com.theogen.theory.Theory;
import com.theogen.theory.internal.store.TheoryStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** {@code save_theory}: assembles the theory with its manifest and stores it as the project's next version. */
@Component
class SaveStage {

    static final String STEP = "save_theory";

    private final TheoryStore store;

    SaveStage(TheoryStore store) {
        this.store = store;
    }

    StageOutputs.Saved run(RunScope run, RunState in) {
        ProjectData data = run.data();
        Map<UUID, String> labels = new HashMap<>();
        in.project().interviews().forEach(i -> labels.put(i.id(), i.label()));
        String generatedBy = generatedBy(in.metas());
        Theory theory = new Theory(
                UUID.randomUUID(),
                run.projectId(),
                0,
                run.job().jobId(),
                Instant.now(),
                in.project().language(),
                in.project().template(),
                in.project().route(),
                generatedBy,
                in.degraded(),
                in.verified().core(),
                in.verified().paradigm(),
                in.verified().consequences(),
                in.verified().propositions(),
                in.saturation().gaps().stream()
                        .map(g -> new Theory.Gap(
                                g.kind(),
                                g.categoryId(),
                                data.categoryName(g.categoryId()),
                                g.description(),
                                g.severity()))
                        .toList(),
                in.saturation().plan(),
                new Theory.Saturation(
                        in.saturation().curve().stream()
                                .map(p -> new Theory.CurvePoint(
                                        p.interviewId(),
                                        labels.getOrDefault(p.interviewId(), ""),
                                        p.newCodes(),
                                        p.cumulativeCodes()))
                                .toList(),
                        in.saturation().plateau(),
                        in.saturation().modelReadiness(),
                        in.saturation().modelAssessment()),
                in.saturation().readiness(),
                network(data, in.graph().metrics()),
                in.verified().coverage(),
                in.verified().validation(),
                manifest(run, in, data));
        Theory saved = store.insert(theory);
        return new StageOutputs.Saved(saved.id(), saved.version());
    }

    static String generatedBy(Map<String, Drafts.Meta> stages) {
        Set<String> models = new java.util.TreeSet<>();
        stages.values().forEach(m -> m.calls().forEach(c -> models.add(c.model() + " (" + c.provider() + ")")));
        return models.isEmpty() ? "offline" : String.join(", ", models);
    }

    private static Theory.NetworkSummary network(ProjectData data, NetworkMetrics metrics) {
        return new Theory.NetworkSummary(
                metrics.counts().categories(),
                metrics.counts().codes(),
                metrics.counts().fragments(),
                metrics.counts().interviews(),
                metrics.categories().stream()
                        .map(m -> new Theory.CentralityRow(
                                m.categoryId(),
                                data.categoryName(m.categoryId()),
                                m.codeCount(),
                                m.fragmentCount(),
                                m.interviewCount(),
                                m.interviewCoverage(),
                                m.degree(),
                                m.weightedDegree(),
                                m.pageRank()))
                        .toList(),
                metrics.coOccurrences().stream()
                        .map(p -> new Theory.CoOccurrenceRow(
                                p.categoryA(),
                                data.categoryName(p.categoryA()),
                                p.categoryB(),
                                data.categoryName(p.categoryB()),
                                p.sharedFragments()))
                        .toList());
    }

    private static Theory.Manifest manifest(RunScope run, RunState in, ProjectData data) {
        List<Theory.StageRecord> stages = new ArrayList<>();
        List<Theory.BudgetTrimRecord> trims = new ArrayList<>();
        in.metas().forEach((stage, meta) -> {
            stages.add(new Theory.StageRecord(
                    stage,
                    meta.generatedBy(),
                    meta.calls().stream().map(Drafts.Call::model).distinct().toList(),
                    meta.calls().stream().map(Drafts.Call::prompt).distinct().toList(),
                    meta.elapsedMs(),
                    meta.inputTokens(),
                    meta.outputTokens(),
                    meta.calls().stream().mapToInt(Drafts.Call::requests).sum(),
                    meta.calls().stream().mapToInt(Drafts.Call::retries).sum(),
                    meta.calls().stream().anyMatch(Drafts.Call::repaired),
                    meta.cachedInputTokens()));
            meta.trims()
                    .forEach(t -> trims.add(new Theory.BudgetTrimRecord(
                            stage, t.step(), t.applications(), t.tokensBefore(), t.tokensAfter())));
        });
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("category_evidence", in.evidence().source());
        sources.put(
                "graph",
                in.graph().degraded()
                        ? "degraded: " + String.join(",", in.graph().missing())
                        : "ok");
        return new Theory.Manifest(
                in.project().name(),
                in.project().researchQuestion() == null ? "" : in.project().researchQuestion(),
                in.project().route(),
                in.project().routeReason(),
                run.access().provider().name().toLowerCase(java.util.Locale.ROOT),
                run.access().remote() ? run.access().keySource().key() : "offline",
                run.access().reason(),
                in.project().template(),
                in.project().language(),
                run.job().attempt(),
                stages,
                trims,
                Map.of("fragments", fragmentsHash(data), "codebook", codebookHash(data)),
                sources);
    }

    private static String fragmentsHash(ProjectData data) {
        StringBuilder all = new StringBuilder();
        data.fragments().values().stream()
                .sorted(Comparator.comparing(Fragment::id))
                .forEach(f ->
                        all.append(f.id()).append('\u0000').append(f.text()).append('\u0001'));
        return sha256(all.toString());
    }

    private static String codebookHash(ProjectData data) {
        StringBuilder all = new StringBuilder();
        data.coding().categories().stream()
                .sorted(Comparator.comparing(c -> c.id()))
                .forEach(c -> all.append("c:").append(c.id()).append(c.name()).append('\n'));
        data.coding().codes().stream().sorted(Comparator.comparing(c -> c.id())).forEach(c -> all.append("k:")
                .append(c.id())
                .append(c.label())
                .append(c.categoryId())
                .append('\n'));
        Set<String> apps = new HashSet<>();
        data.coding()
                .applications()
                .forEach(a -> apps.add(a.codeId() + ":" + a.fragmentId() + ":" + a.quoteStart() + ":" + a.quoteEnd()));
        apps.stream().sorted().forEach(a -> all.append("a:").append(a).append('\n'));
        return sha256(all.toString());
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
