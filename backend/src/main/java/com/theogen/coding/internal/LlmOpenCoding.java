package com.theogen.coding.internal;

import com.theogen.coding.CodingProperties;
import com.theogen.coding.CodingRun;
import com.theogen.coding.CodingSnapshot.Origin;
import com.theogen.coding.internal.CodingFragments.Scoped;
import com.theogen.coding.internal.DraftWriter.DraftApplication;
import com.theogen.coding.internal.DraftWriter.DraftCode;
import com.theogen.coding.internal.DraftWriter.Written;
import com.theogen.coding.internal.OpenCodingBatcher.Batch;
import com.theogen.coding.internal.OpenCodingReply.FragmentCodes;
import com.theogen.coding.internal.OpenCodingReply.ProposedCode;
import com.theogen.coding.internal.ProjectDirectory.ProjectInfo;
import com.theogen.coding.internal.UntilAnswered.Attempt;
import com.theogen.interview.QuoteLocator;
import com.theogen.job.JobCanceledException;
import com.theogen.llm.LlmClient;
import com.theogen.llm.LlmError;
import com.theogen.llm.LlmRequest;
import com.theogen.llm.LlmResult;
import com.theogen.llm.ModelRole;
import com.theogen.llm.TranscriptText;
import com.theogen.shared.DomainException;
import com.theogen.shared.Language;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.springframework.stereotype.Component;

/**
 * Open coding by the language model. Fragments go in batches sized by the coding model's input budget and by the
 * reply they are expected to produce ({@link OpenCodingBatcher}), never across interviews; up to {@code
 * theogen.coding.max-concurrent-batches} batches of a project are in flight. The model must answer for every
 * fragment it is shown — an empty code list ("no code applies") is an answer; a fragment it left out, or that a
 * reply cut off at the output limit (finish reason {@code length} or unclosed JSON) never reached, is sent again in
 * a smaller batch until it is answered or, alone, still is not ({@link UntilAnswered}). Fragments still unanswered,
 * and those of calls that failed, are counted in {@code failedFragments} and left unexamined, so that the next run
 * codes them (docs/adr/011) — unless every fragment failed: then the run fails with the provider's error (the code
 * most failures carry), never an empty success. Every quote is located in its fragment ({@link QuoteLocator}) or dropped
 * and counted; codes for a fragment id the model made up are dropped as well. A failure that ends the run ({@link
 * LlmError#endsRun()}) stops it at once; a cancellation is a {@link JobCanceledException}. Results are written on
 * the calling thread as batches complete, so the codebook grows in one place.
 */
@Component
class LlmOpenCoding {

    static final String STAGE = "open_coding";

    private static final int MAX_CODES_PER_FRAGMENT = 3;
    private static final int QUESTION_CHARS = 300;
    private static final AtomicInteger THREADS = new AtomicInteger();

    /**
     * What one batch ended with, its retries included.
     *
     * @param failures the errors of the parts that were given up
     * @param failedFragments fragments of those parts: not coded and not answered
     */
    record BatchOutcome(
            Batch batch,
            List<DraftCode> drafts,
            int dropped,
            List<DomainException> failures,
            Set<UUID> failedFragments) {}

    private final LlmClient llm;
    private final CodingProperties properties;
    private final DraftWriter writer;
    private final CodeStore codes;
    private final ApplicationStore applications;
    private final OpenCodingBatcher batcher;

    LlmOpenCoding(
            LlmClient llm,
            CodingProperties properties,
            DraftWriter writer,
            CodeStore codes,
            ApplicationStore applications) {
        this.llm = llm;
        this.properties = properties;
        this.writer = writer;
        this.codes = codes;
        this.applications = applications;
        this.batcher = new OpenCodingBatcher(llm, properties);
    }

    /**
     * @param all every fragment of the project in transcript order: the interviewer's question before a target is
     *     shown with it as context, never coded
     */
    EngineResult code(ProjectInfo project, List<Scoped> all, List<Scoped> targets, CodingRun run, UUID coderId)
            throws InterruptedException {
        Map<UUID, String> questions = questions(all);
        List<Batch> batches = batcher.batches(targets, project.language());
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
            batches.forEach(batch -> completion.submit(() -> runBatch(project, batch, questions, run)));
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

    private BatchOutcome runBatch(ProjectInfo project, Batch batch, Map<UUID, String> questions, CodingRun run) {
        UntilAnswered.Result result = UntilAnswered.code(batch.fragments(), part -> {
            CodeOffer offer = offer(project, part);
            return parse(part, offer, call(project, part, questions, offer, run));
        });
        return new BatchOutcome(batch, result.drafts(), result.dropped(), result.failures(), result.failed());
    }

    /** The existing codes most relevant to these fragments, read now: earlier batches' codes included. */
    private CodeOffer offer(ProjectInfo project, List<Scoped> fragments) {
        StringBuilder text = new StringBuilder();
        fragments.forEach(f -> text.append(f.fragment().text()).append('\n'));
        return CodeOffer.select(
                codes.codes(project.id()),
                applications.usage(project.id()),
                text.toString(),
                properties.existingCodesOffered());
    }

    private LlmResult<OpenCodingReply> call(
            ProjectInfo project, List<Scoped> fragments, Map<UUID, String> questions, CodeOffer offer, CodingRun run) {
        String asked = project.language() == Language.ES ? "(pregunta: " : "(question: ";
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < fragments.size(); i++) {
            String question = questions.get(fragments.get(i).id());
            if (question != null) {
                text.append(asked).append("<question>").append(data(question)).append("</question>)\n");
            }
            text.append(line("f" + (i + 1), fragments.get(i))).append("\n\n");
        }
        LlmRequest<OpenCodingReply> request = LlmRequest.builder(STAGE, ModelRole.CODING, OpenCodingReply.class)
                .prompt("open_coding/open_coding")
                .language(project.language())
                .domainTemplate(project.domainTemplate())
                .variable("research_question", project.promptQuestion())
                .variable("existing_codes", offer.render(project.language()))
                .variable("fragments", text.toString().strip())
                .maxOutputTokens(properties.maxOutputTokens())
                .format("open_coding_lines.v3+code_offer.v1+" + TranscriptText.FORMAT)
                .build();
        return llm.call(request, run.llm());
    }

    /**
     * Reads a reply: a fragment is answered when the reply has an entry for its id, even one with no code. An entry
     * is never half there: a reply cut off at the output limit is closed before its unfinished entry ({@code
     * TolerantJson}), so the fragments after the cut are unanswered, and the ones before it answered in full.
     */
    private Attempt parse(List<Scoped> fragments, CodeOffer offer, LlmResult<OpenCodingReply> result) {
        Map<String, Scoped> byId = new HashMap<>();
        for (int i = 0; i < fragments.size(); i++) {
            byId.put("f" + (i + 1), fragments.get(i));
        }
        Map<UUID, Integer> perFragment = new HashMap<>();
        List<DraftCode> drafts = new ArrayList<>();
        int dropped = 0;
        for (FragmentCodes entry : result.output().fragments()) {
            Scoped fragment = byId.get(ShortIds.read(entry.fragmentId()));
            if (fragment == null) {
                dropped += entry.codes().size();
                continue;
            }
            perFragment.putIfAbsent(fragment.id(), 0);
            for (ProposedCode code : entry.codes()) {
                if (perFragment.get(fragment.id()) >= MAX_CODES_PER_FRAGMENT) {
                    break;
                }
                Optional<DraftCode> draft = draft(fragment, code, offer);
                if (draft.isEmpty()) {
                    dropped++;
                } else {
                    drafts.add(draft.get());
                    perFragment.merge(fragment.id(), 1, Integer::sum);
                }
            }
        }
        List<Scoped> unanswered =
                fragments.stream().filter(f -> !perFragment.containsKey(f.id())).toList();
        return new Attempt(drafts, dropped, unanswered, result.usage().truncated());
    }

    /** The code as a draft application, or empty when its quote is not in the fragment or its label is blank. */
    private static Optional<DraftCode> draft(Scoped fragment, ProposedCode code, CodeOffer offer) {
        var span = QuoteLocator.anchor(fragment.fragment().text(), code.quote());
        if (span.isEmpty() || DraftWriter.clean(code.label()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DraftCode(
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
                        code.confidence())),
                offer.resolve(code.reuseCodeId()).map(CodeStore.CodeRow::id).orElse(null)));
    }

    /**
     * A fragment as the prompt shows it (docs/adr/027): {@code [f1] Speaker: <fragment>text</fragment>} on one line.
     * Transcript text is data: line breaks inside it become spaces (a quote is located ignoring whitespace), and the
     * delimiter tags it contains are defused, so no fragment can close its own delimiters or start a line that
     * looks like another fragment.
     */
    static String line(String id, Scoped fragment) {
        String speaker = TranscriptText.speaker(fragment.fragment().speaker());
        return "[" + id + "] " + (speaker.isEmpty() ? "" : speaker + ": ")
                + TranscriptText.fragment(fragment.fragment().text());
    }

    /** Transcript text made safe to place between delimiters: one line, no tag of ours inside. */
    static String data(String text) {
        return TranscriptText.escape(text);
    }

    /**
     * The interviewer's turn just before each participant fragment of the same interview, cut to {@value
     * #QUESTION_CHARS} characters.
     */
    static Map<UUID, String> questions(List<Scoped> all) {
        Map<UUID, String> out = new HashMap<>();
        Scoped previous = null;
        for (Scoped fragment : all) {
            if (previous != null
                    && previous.interviewer()
                    && !fragment.interviewer()
                    && previous.fragment()
                            .interviewId()
                            .equals(fragment.fragment().interviewId())) {
                String question =
                        previous.fragment().text().replaceAll("\\s+", " ").strip();
                out.put(
                        fragment.id(),
                        question.length() <= QUESTION_CHARS
                                ? question
                                : question.substring(0, QUESTION_CHARS).strip() + "…");
            }
            previous = fragment;
        }
        return out;
    }
}
