package com.theogen.coding.internal;

import com.theogen.coding.CodingProperties;
import com.theogen.coding.CodingRun;
import com.theogen.coding.CodingSnapshot.Origin;
import com.theogen.coding.internal.CodingFragments.Scoped;
import com.theogen.coding.internal.DraftWriter.DraftApplication;
import com.theogen.coding.internal.DraftWriter.DraftCode;
import com.theogen.coding.internal.DraftWriter.Written;
import com.theogen.coding.internal.OpenCodingReply.FragmentCodes;
import com.theogen.coding.internal.OpenCodingReply.ProposedCode;
import com.theogen.coding.internal.ProjectDirectory.ProjectInfo;
import com.theogen.job.JobCanceledException;
import com.theogen.llm.LlmClient;
import com.theogen.llm.LlmError;
import com.theogen.llm.LlmRequest;
import com.theogen.llm.LlmResult;
import com.theogen.llm.ModelRole;
import com.theogen.shared.DomainException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Open coding by the language model. Fragments go in batches sized by the coding model's token budget, never
 * across interviews; up to {@code theogen.coding.max-concurrent-batches} batches of a project are in flight.
 * Every quote is located in its fragment ({@link QuoteLocator}) or dropped and counted; codes for a fragment id
 * the model made up are dropped as well. A batch whose reply stays invalid is split in halves, each tried once;
 * a reply cut off at the output limit counts only for the fragments it coded, the others are sent again the same
 * way. A batch that still fails is counted in {@code failedBatches} and skipped (docs/adr/011) — unless every batch
 * failed: then nothing was coded and the run fails with the provider's error (the code most batches failed with),
 * never an empty success. A failure that ends the run ({@link LlmError#endsRun()}) stops it at once; a cancellation
 * is a {@link JobCanceledException}. Results are written on the calling thread as batches complete, so the codebook
 * grows in one place.
 */
@Component
class LlmOpenCoding {

    static final String STAGE = "open_coding";

    private static final Logger log = LoggerFactory.getLogger(LlmOpenCoding.class);
    private static final int MAX_CODES_PER_FRAGMENT = 3;
    private static final AtomicInteger THREADS = new AtomicInteger();

    record Batch(UUID interviewId, List<Scoped> fragments) {}

    /**
     * @param failures the errors of the batch (or of its halves) that failed after their retries
     * @param unanswered fragments a reply cut off at the output limit gave no code: its silence is no answer
     */
    record BatchOutcome(
            Batch batch,
            List<DraftCode> drafts,
            int dropped,
            List<DomainException> failures,
            Set<UUID> failedFragments,
            List<Scoped> unanswered) {}

    private final LlmClient llm;
    private final CodingProperties properties;
    private final DraftWriter writer;
    private final CodeStore codes;

    LlmOpenCoding(LlmClient llm, CodingProperties properties, DraftWriter writer, CodeStore codes) {
        this.llm = llm;
        this.properties = properties;
        this.writer = writer;
        this.codes = codes;
    }

    EngineResult code(ProjectInfo project, List<Scoped> targets, CodingRun run, UUID coderId)
            throws InterruptedException {
        List<Batch> batches = batches(targets);
        Map<UUID, Integer> pending = new LinkedHashMap<>();
        batches.forEach(b -> pending.merge(b.interviewId(), 1, Integer::sum));
        int interviews = pending.size();
        String step = "open_coding: 0/" + interviews + " interviews";
        run.progress().report(step, 0);
        if (batches.isEmpty()) {
            return EngineResult.none();
        }
        ExecutorService pool = Executors.newFixedThreadPool(
                Math.min(properties.maxConcurrentBatches(), batches.size()),
                r -> new Thread(r, "theogen-coding-" + THREADS.incrementAndGet()));
        Written written = Written.none();
        int dropped = 0;
        List<DomainException> failures = new ArrayList<>();
        Set<UUID> failedFragments = new HashSet<>();
        int interviewsDone = 0;
        try {
            CompletionService<BatchOutcome> completion = new ExecutorCompletionService<>(pool);
            batches.forEach(batch -> completion.submit(() -> runBatch(project, batch, run)));
            for (int done = 0; done < batches.size(); done++) {
                BatchOutcome outcome = next(completion, run, step, interviewsDone, interviews);
                written = written.plus(writer.write(project.id(), coderId, outcome.drafts()));
                dropped += outcome.dropped();
                failures.addAll(outcome.failures());
                failedFragments.addAll(outcome.failedFragments());
                if (pending.merge(outcome.batch().interviewId(), -1, Integer::sum) == 0) {
                    interviewsDone++;
                    step = "open_coding: " + interviewsDone + "/" + interviews + " interviews";
                }
                run.progress().report(step, 100 * (done + 1) / batches.size());
            }
        } finally {
            pool.shutdownNow();
        }
        LlmError cause = BatchFailures.mostFrequent(failures);
        if (!failures.isEmpty() && failedFragments.size() == targets.size()) {
            throw BatchFailures.everyBatchFailed(STAGE, cause, failures, batches.size(), targets.size());
        }
        return new EngineResult(written, dropped, failures.size(), failedFragments, cause);
    }

    private static BatchOutcome next(
            CompletionService<BatchOutcome> completion, CodingRun run, String step, int done, int interviews)
            throws InterruptedException {
        Future<BatchOutcome> future;
        while ((future = completion.poll(2, TimeUnit.SECONDS)) == null) {
            run.progress().report(step, interviews == 0 ? 0 : 100 * done / interviews);
        }
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Consecutive fragments of one interview whose text fits the batch share of the budget. */
    List<Batch> batches(List<Scoped> targets) {
        int available =
                llm.budget(ModelRole.CODING, properties.maxOutputTokens()).available();
        int share = Math.max(1, (int) (available * properties.batchTokenShare()));
        List<Batch> batches = new ArrayList<>();
        List<Scoped> current = new ArrayList<>();
        int tokens = 0;
        for (Scoped fragment : targets) {
            int cost = llm.countTokens(ModelRole.CODING, line("f00", fragment));
            boolean full = !current.isEmpty()
                    && (!current.get(0)
                                    .fragment()
                                    .interviewId()
                                    .equals(fragment.fragment().interviewId())
                            || tokens + cost > share
                            || current.size() >= properties.batchMaxFragments());
            if (full) {
                batches.add(new Batch(current.get(0).fragment().interviewId(), List.copyOf(current)));
                current.clear();
                tokens = 0;
            }
            current.add(fragment);
            tokens += cost;
        }
        if (!current.isEmpty()) {
            batches.add(new Batch(current.get(0).fragment().interviewId(), List.copyOf(current)));
        }
        return batches;
    }

    private BatchOutcome runBatch(ProjectInfo project, Batch batch, CodingRun run) {
        BatchOutcome first;
        try {
            first = parse(batch, call(project, batch.fragments(), run));
        } catch (DomainException e) {
            rethrowUnlessSkippable(e);
            if (!e.is(LlmError.OUTPUT_INVALID)) {
                return failedBatch(batch, e);
            }
            return inHalves(project, batch, batch.fragments(), List.of(), 0, run);
        }
        return first.unanswered().isEmpty()
                ? first
                : inHalves(project, batch, first.unanswered(), first.drafts(), first.dropped(), run);
    }

    /**
     * Sends {@code fragments} again in two halves (one call for a single fragment), each once, keeping what was
     * already coded; a half that fails, or whose reply is cut off again, is skipped.
     */
    private BatchOutcome inHalves(
            ProjectInfo project,
            Batch batch,
            List<Scoped> fragments,
            List<DraftCode> kept,
            int keptDropped,
            CodingRun run) {
        int half = fragments.size() / 2;
        List<List<Scoped>> parts = fragments.size() == 1
                ? List.of(fragments)
                : List.of(fragments.subList(0, half), fragments.subList(half, fragments.size()));
        List<DraftCode> drafts = new ArrayList<>(kept);
        int dropped = keptDropped;
        List<DomainException> failures = new ArrayList<>();
        Set<UUID> failedFragments = new HashSet<>();
        for (List<Scoped> part : parts) {
            Batch retry = new Batch(batch.interviewId(), part);
            BatchOutcome outcome;
            try {
                outcome = parse(retry, call(project, part, run));
            } catch (DomainException e) {
                rethrowUnlessSkippable(e);
                outcome = failedBatch(retry, e);
            }
            drafts.addAll(outcome.drafts());
            dropped += outcome.dropped();
            if (!outcome.unanswered().isEmpty()) {
                outcome = failedBatch(new Batch(batch.interviewId(), outcome.unanswered()), cutOff(outcome));
            }
            failures.addAll(outcome.failures());
            failedFragments.addAll(outcome.failedFragments());
        }
        return new BatchOutcome(batch, drafts, dropped, failures, failedFragments, List.of());
    }

    private static DomainException cutOff(BatchOutcome outcome) {
        return new DomainException(
                LlmError.OUTPUT_INVALID,
                "The model's reply was cut off at its output limit before it coded "
                        + outcome.unanswered().size() + " fragments; they stay uncoded");
    }

    /**
     * Only a model failure that later calls may not share can skip its batch: a cancellation, a failure that ends
     * the run, or an error that is not the model's propagates.
     */
    private static void rethrowUnlessSkippable(DomainException e) {
        if (e.is(LlmError.CANCELED)) {
            throw new JobCanceledException();
        }
        if (LlmError.of(e).map(LlmError::endsRun).orElse(true)) {
            throw e;
        }
    }

    private static BatchOutcome failedBatch(Batch batch, DomainException e) {
        log.warn(
                "open-coding batch skipped fragments={} error_code={} message={}",
                batch.fragments().size(),
                e.errorCode(),
                e.getMessage());
        Set<UUID> ids = new HashSet<>();
        batch.fragments().forEach(f -> ids.add(f.id()));
        return new BatchOutcome(batch, List.of(), 0, List.of(e), ids, List.of());
    }

    private LlmResult<OpenCodingReply> call(ProjectInfo project, List<Scoped> fragments, CodingRun run) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < fragments.size(); i++) {
            text.append(line("f" + (i + 1), fragments.get(i))).append("\n\n");
        }
        LlmRequest<OpenCodingReply> request = LlmRequest.builder(STAGE, ModelRole.CODING, OpenCodingReply.class)
                .prompt("open_coding/open_coding")
                .language(project.language())
                .domainTemplate(project.domainTemplate())
                .variable("research_question", researchQuestion(project))
                .variable("existing_codes", existingCodes(project))
                .variable("fragments", text.toString().strip())
                .maxOutputTokens(properties.maxOutputTokens())
                .build();
        return llm.call(request, run.llm());
    }

    private BatchOutcome parse(Batch batch, LlmResult<OpenCodingReply> result) {
        OpenCodingReply reply = result.output();
        Map<String, Scoped> byId = new HashMap<>();
        for (int i = 0; i < batch.fragments().size(); i++) {
            byId.put("f" + (i + 1), batch.fragments().get(i));
        }
        Map<UUID, Integer> perFragment = new HashMap<>();
        List<DraftCode> drafts = new ArrayList<>();
        int dropped = 0;
        for (FragmentCodes entry : reply.fragments()) {
            Scoped fragment = byId.get(shortId(entry.fragmentId()));
            if (fragment == null) {
                dropped += entry.codes().size();
                continue;
            }
            for (ProposedCode code : entry.codes()) {
                if (perFragment.getOrDefault(fragment.id(), 0) >= MAX_CODES_PER_FRAGMENT) {
                    break;
                }
                var span = QuoteLocator.locate(fragment.fragment().text(), code.quote());
                if (span.isEmpty() || DraftWriter.clean(code.label()).isEmpty()) {
                    dropped++;
                    continue;
                }
                perFragment.merge(fragment.id(), 1, Integer::sum);
                drafts.add(new DraftCode(
                        code.label(),
                        code.definition() == null ? "" : code.definition().strip(),
                        Origin.AI,
                        code.properties(),
                        code.dimensions(),
                        List.of(new DraftApplication(
                                fragment.id(),
                                fragment.fragment().interviewId(),
                                span.get().text(),
                                span.get().start(),
                                span.get().end(),
                                code.confidence()))));
            }
        }
        List<Scoped> unanswered = List.of();
        if (result.usage().truncated()) {
            unanswered = batch.fragments().stream()
                    .filter(f -> !perFragment.containsKey(f.id()))
                    .toList();
        }
        return new BatchOutcome(batch, drafts, dropped, List.of(), Set.of(), unanswered);
    }

    private static String shortId(String id) {
        return id.strip().replaceAll("[\\[\\]]", "").toLowerCase(Locale.ROOT);
    }

    private static String line(String id, Scoped fragment) {
        String speaker = fragment.fragment().speaker();
        return "[" + id + "] " + (speaker == null || speaker.isBlank() ? "" : speaker.strip() + ": ")
                + fragment.fragment().text();
    }

    private static String researchQuestion(ProjectInfo project) {
        String question = project.researchQuestion();
        if (question != null && !question.isBlank()) {
            return question.strip();
        }
        return project.language() == com.theogen.shared.Language.ES ? "(no indicada)" : "(not stated)";
    }

    private String existingCodes(ProjectInfo project) {
        List<CodeStore.CodeRow> existing = codes.codes(project.id());
        if (existing.isEmpty() || properties.existingCodesOffered() == 0) {
            return project.language() == com.theogen.shared.Language.ES ? "(ninguno todavía)" : "(none yet)";
        }
        StringBuilder text = new StringBuilder();
        existing.stream().limit(properties.existingCodesOffered()).forEach(c -> {
            text.append("- ").append(c.label());
            if (!c.definition().isBlank()) {
                text.append(": ").append(c.definition().strip());
            }
            text.append('\n');
        });
        return text.toString().strip();
    }
}
