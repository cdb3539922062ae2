package com.theogen.coding.internal;

import com.theogen.coding.CodingProperties;
import com.theogen.coding.CodingRun;
import com.theogen.coding.CodingSnapshot.Origin;
import com.theogen.coding.internal.ApplicationStore.NewApplication;
import com.theogen.coding.internal.CodebookCoding.Result;
import com.theogen.coding.internal.CodebookCodingReply.AppliedCode;
import com.theogen.coding.internal.CodebookCodingReply.FragmentCodes;
import com.theogen.coding.internal.CodebookMatcher.Profile;
import com.theogen.coding.internal.CodingFragments.Scoped;
import com.theogen.coding.internal.ProjectDirectory.ProjectInfo;
import com.theogen.interview.QuoteLocator;
import com.theogen.llm.LlmClient;
import com.theogen.llm.LlmError;
import com.theogen.llm.LlmRequest;
import com.theogen.llm.LlmResult;
import com.theogen.llm.ModelRole;
import com.theogen.llm.TranscriptText;
import com.theogen.shared.DomainException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Codebook coding by the language model (docs/adr/026). The prompt carries the whole codebook (codes by short id
 * {@code c1…}, with definition, criteria and examples) and a batch of fragments (short ids {@code f1…}); batches
 * never cross interviews and hold what fits in the coding model's budget once the codebook is counted. A code id
 * the codebook does not have is dropped and counted as invented; a quote not found verbatim in its fragment
 * ({@link QuoteLocator}) is dropped and counted. A batch that fails after the client's retries is skipped and
 * counted; when every batch fails the run fails with the provider's error.
 */
@Component
class LlmCodebookCoding {

    static final String STAGE = "codebook_coding";

    private static final Logger log = LoggerFactory.getLogger(LlmCodebookCoding.class);
    /** As the prompt asks. */
    private static final int MAX_CODES_PER_FRAGMENT = 3;

    private final LlmClient llm;
    private final CodingProperties properties;

    LlmCodebookCoding(LlmClient llm, CodingProperties properties) {
        this.llm = llm;
        this.properties = properties;
    }

    Result code(ProjectInfo project, List<Scoped> scope, List<Profile> profiles, CodingRun run, UUID coderId) {
        String codebook = codebook(profiles);
        List<List<Scoped>> batches = batches(scope, codebook);
        List<NewApplication> applications = new ArrayList<>();
        List<DomainException> failures = new ArrayList<>();
        int dropped = 0;
        int invented = 0;
        for (int b = 0; b < batches.size(); b++) {
            run.progress().report("codebook_coding: batch " + (b + 1) + "/" + batches.size(), 100 * b / batches.size());
            List<Scoped> batch = batches.get(b);
            LlmResult<CodebookCodingReply> result;
            try {
                result = call(project, codebook, batch, run);
            } catch (DomainException e) {
                BatchFailures.rethrowUnlessSkippable(e);
                log.warn("codebook-coding batch skipped fragments={} error_code={}", batch.size(), e.errorCode());
                failures.add(e);
                continue;
            }
            Map<String, Scoped> fragmentsById = new HashMap<>();
            for (int i = 0; i < batch.size(); i++) {
                fragmentsById.put("f" + (i + 1), batch.get(i));
            }
            Set<String> seen = new HashSet<>();
            for (FragmentCodes entry : result.output().fragments()) {
                Scoped fragment = fragmentsById.get(ShortIds.read(entry.fragmentId()));
                int perFragment = 0;
                for (AppliedCode applied : entry.codes()) {
                    Profile code = profile(profiles, applied.codeId());
                    if (code == null) {
                        invented++;
                        continue;
                    }
                    var span = fragment == null
                            ? java.util.Optional.<QuoteLocator.Span>empty()
                            : QuoteLocator.anchor(fragment.fragment().text(), applied.quote());
                    if (span.isEmpty()) {
                        dropped++;
                        continue;
                    }
                    if (perFragment >= MAX_CODES_PER_FRAGMENT
                            || !seen.add(fragment.id() + "/" + code.codeId() + "/"
                                    + span.get().start())) {
                        continue;
                    }
                    perFragment++;
                    applications.add(new NewApplication(
                            code.codeId(),
                            fragment.id(),
                            fragment.fragment().interviewId(),
                            span.get().text(),
                            span.get().start(),
                            span.get().end(),
                            applied.confidence(),
                            Origin.AI,
                            coderId));
                }
            }
        }
        if (!batches.isEmpty() && failures.size() == batches.size()) {
            throw BatchFailures.everyBatchFailed(
                    STAGE, BatchFailures.mostFrequent(failures), failures, batches.size(), scope.size());
        }
        return new Result(applications, 0, dropped, invented, failures.size());
    }

    /** Consecutive fragments of one interview whose text fits the batch share of the budget left by the codebook. */
    List<List<Scoped>> batches(List<Scoped> scope, String codebook) {
        int available =
                llm.budget(ModelRole.CODING, properties.maxOutputTokens()).available();
        int share = (int) (available * properties.batchTokenShare()) - llm.countTokens(ModelRole.CODING, codebook);
        if (share <= 0 && !scope.isEmpty()) {
            throw new DomainException(
                    LlmError.CONTEXT_BUDGET_EXCEEDED,
                    "The codebook alone does not fit in the coding model's context; code with fewer codes (code_ids)");
        }
        List<List<Scoped>> batches = new ArrayList<>();
        List<Scoped> current = new ArrayList<>();
        int tokens = 0;
        for (Scoped fragment : scope) {
            int cost = llm.countTokens(ModelRole.CODING, LlmOpenCoding.line("f00", fragment));
            boolean full = !current.isEmpty()
                    && (!current.get(0)
                                    .fragment()
                                    .interviewId()
                                    .equals(fragment.fragment().interviewId())
                            || tokens + cost > share
                            || current.size() >= properties.batchMaxFragments());
            if (full) {
                batches.add(List.copyOf(current));
                current.clear();
                tokens = 0;
            }
            current.add(fragment);
            tokens += cost;
        }
        if (!current.isEmpty()) {
            batches.add(List.copyOf(current));
        }
        return batches;
    }

    private LlmResult<CodebookCodingReply> call(
            ProjectInfo project, String codebook, List<Scoped> batch, CodingRun run) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < batch.size(); i++) {
            text.append(LlmOpenCoding.line("f" + (i + 1), batch.get(i))).append("\n\n");
        }
        LlmRequest<CodebookCodingReply> request = LlmRequest.builder(STAGE, ModelRole.CODING, CodebookCodingReply.class)
                .prompt("codebook_coding/codebook_coding")
                .language(project.language())
                .domainTemplate(project.domainTemplate())
                .variable("research_question", project.promptQuestion())
                .variable("codebook", codebook)
                .variable("fragments", text.toString().strip())
                .maxOutputTokens(properties.maxOutputTokens())
                .format("codebook_lines.v2+" + TranscriptText.FORMAT)
                .build();
        return llm.call(request, run.llm());
    }

    /** The codebook as the prompt shows it: one block per code, by short id {@code c1…} in codebook order. */
    static String codebook(List<Profile> profiles) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < profiles.size(); i++) {
            Profile p = profiles.get(i);
            text.append("[c").append(i + 1).append("] ").append(p.label()).append('\n');
            appendField(text, "definition", p.definition());
            appendField(text, "include when", p.inclusion());
            appendField(text, "exclude when", p.exclusion());
            p.examples().forEach(e -> text.append("  example: ")
                    .append(TranscriptText.fragment(e.strip()))
                    .append('\n'));
        }
        return text.toString().strip();
    }

    private static void appendField(StringBuilder text, String name, String value) {
        if (value != null && !value.isBlank()) {
            text.append("  ").append(name).append(": ").append(value.strip()).append('\n');
        }
    }

    private static Profile profile(List<Profile> profiles, String shortId) {
        String id = ShortIds.read(shortId);
        if (!id.matches("c\\d{1,6}")) {
            return null;
        }
        int index = Integer.parseInt(id.substring(1)) - 1;
        return index >= 0 && index < profiles.size() ? profiles.get(index) : null;
    }
}
