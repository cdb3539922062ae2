package com.theogen.coding.internal;

import com.theogen.analyst.OfflineOpenCoder;
import com.theogen.analyst.OpenCodingRequest;
import com.theogen.analyst.OpenCodingResult.CodeDraft;
import com.theogen.coding.CodingRun;
import com.theogen.coding.CodingSnapshot.Origin;
import com.theogen.coding.internal.CodingFragments.Scoped;
import com.theogen.coding.internal.DraftWriter.DraftApplication;
import com.theogen.coding.internal.DraftWriter.DraftCode;
import com.theogen.coding.internal.DraftWriter.Written;
import com.theogen.coding.internal.ProjectDirectory.ProjectInfo;
import com.theogen.project.DomainTemplate;
import com.theogen.project.DomainTemplateCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Open coding by the offline analyst. The analyst sees every fragment of the project (its document frequencies
 * are project-wide) but only applications to the target fragments are stored, interview by interview.
 */
@Component
class OfflineOpenCoding {

    private final OfflineOpenCoder coder;
    private final DomainTemplateCatalog templates;
    private final DraftWriter writer;

    OfflineOpenCoding(OfflineOpenCoder coder, DomainTemplateCatalog templates, DraftWriter writer) {
        this.coder = coder;
        this.templates = templates;
        this.writer = writer;
    }

    EngineResult code(
            ProjectInfo project,
            List<Scoped> all,
            Set<UUID> targets,
            List<String> existingLabels,
            CodingRun run,
            UUID coderId) {
        Map<UUID, UUID> interviewOf = new LinkedHashMap<>();
        all.stream()
                .filter(f -> targets.contains(f.id()))
                .forEach(f -> interviewOf.put(f.id(), f.fragment().interviewId()));
        Set<UUID> interviews = new LinkedHashSet<>(interviewOf.values());
        run.progress().report("open_coding: 0/" + interviews.size() + " interviews", 5);
        List<String> lexicon = templates
                .find(project.domainTemplate())
                .map(DomainTemplate::lexicon)
                .orElse(List.of());
        com.theogen.analyst.OpenCodingResult result = coder.code(new OpenCodingRequest(
                project.language(), all.stream().map(Scoped::analyst).toList(), lexicon, existingLabels));
        Written written = Written.none();
        int done = 0;
        for (UUID interview : interviews) {
            written = written.plus(
                    writer.write(project.id(), coderId, draftsFor(result.codes(), interview, interviewOf)));
            done++;
            run.progress()
                    .report(
                            "open_coding: " + done + "/" + interviews.size() + " interviews",
                            5 + 95 * done / interviews.size());
        }
        return new EngineResult(written, 0, 0, Set.of(), null);
    }

    private static List<DraftCode> draftsFor(List<CodeDraft> codes, UUID interview, Map<UUID, UUID> interviewOf) {
        List<DraftCode> drafts = new ArrayList<>();
        for (CodeDraft code : codes) {
            List<DraftApplication> applications = code.applications().stream()
                    .filter(a -> interview.equals(interviewOf.get(a.quote().fragmentId())))
                    .map(a -> new DraftApplication(
                            a.quote().fragmentId(),
                            interview,
                            a.quote().text(),
                            a.quote().start(),
                            a.quote().end(),
                            a.confidence()))
                    .toList();
            if (!applications.isEmpty()) {
                drafts.add(new DraftCode(
                        code.label(), code.definition(), Origin.OFFLINE, List.of(), List.of(), applications));
            }
        }
        return drafts;
    }
}
