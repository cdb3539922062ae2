package com.theogen.exchange.internal;

import com.theogen.coding.CodingTransfer;
import com.theogen.coding.CodingTransfer.ImportedApplication;
import com.theogen.coding.CodingTransfer.ImportedMemo;
import com.theogen.exchange.internal.ImportPlan.PlannedCoding;
import com.theogen.exchange.internal.ImportPlan.PlannedMemo;
import com.theogen.exchange.internal.ImportPlan.PlannedSelection;
import com.theogen.exchange.internal.ImportPlan.PlannedSource;
import com.theogen.interview.Fragment;
import com.theogen.interview.ImportedInterview;
import com.theogen.interview.InterviewAttributes;
import com.theogen.interview.InterviewSummary;
import com.theogen.interview.InterviewUpload;
import com.theogen.interview.Interviews;
import com.theogen.interview.TextImport;
import com.theogen.interview.TextOffsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a checked import in one transaction through the interview and coding modules: interviews (with their
 * fragments and attributes), then codes, coders, applications and memos. A selection is carried onto the stored
 * text through its {@link TextOffsets} and cut at fragment boundaries: every character of it that lies in a
 * fragment is coded, in as many applications as fragments it touches.
 */
@Component
class ImportRunner {

    /** Reports progress (and may throw to cancel); called outside the import's transaction. */
    @FunctionalInterface
    interface Progress {
        void report(String step, int percent);
    }

    /**
     * @param interviews interviews created
     * @param selectionsSplit selections that touched more than one fragment (each part became an application)
     * @param selectionsOutsideFragments selections that held only text outside fragments (speaker labels, blank
     *     lines) and so could not be kept
     */
    record Outcome(
            int interviews,
            int applications,
            int duplicateApplications,
            int selectionsSplit,
            int selectionsOutsideFragments,
            int codesCreated,
            int codesReused,
            Map<String, String> renamedCodes,
            int memos) {}

    private final Interviews interviews;
    private final InterviewAttributes attributes;
    private final CodingTransfer coding;
    private final TransactionTemplate transactions;

    ImportRunner(
            Interviews interviews,
            InterviewAttributes attributes,
            CodingTransfer coding,
            TransactionTemplate transactions) {
        this.interviews = interviews;
        this.attributes = attributes;
        this.coding = coding;
        this.transactions = transactions;
    }

    Outcome run(UUID userId, UUID projectId, ImportPlan plan, QdpxArchive archive, Progress progress) {
        return transactions.execute(status -> write(userId, projectId, plan, archive, progress));
    }

    private Outcome write(UUID userId, UUID projectId, ImportPlan plan, QdpxArchive archive, Progress progress) {
        Map<String, UUID> interviewOf = new HashMap<>();
        List<ImportedApplication> applications = new ArrayList<>();
        int split = 0;
        int outside = 0;
        int done = 0;
        for (PlannedSource source : plan.sources()) {
            progress.report(
                    "interviews: " + done + "/" + plan.sources().size(),
                    15 + 65 * done / plan.sources().size());
            UUID interviewId;
            if (source.text() != null) {
                ImportedInterview interview = interviews.ingestText(
                        userId, projectId, new TextImport(fileName(source.name()), source.text(), null));
                interviewId = interview.summary().id();
                for (PlannedSelection selection : source.selections()) {
                    int parts = cut(selection, interview, applications);
                    split += parts > 1 ? 1 : 0;
                    outside += parts == 0 ? 1 : 0;
                }
            } else {
                String file = source.name().toLowerCase(Locale.ROOT).endsWith(extension(source.document()))
                        ? source.name()
                        : source.name() + extension(source.document());
                InterviewSummary summary = interviews.ingest(
                        userId, projectId, new InterviewUpload(file, archive.source(source.document()), null, null));
                interviewId = summary.id();
            }
            interviewOf.put(source.guid(), interviewId);
            if (!source.attributes().isEmpty()) {
                attributes.replace(userId, interviewId, source.attributes());
            }
            done++;
        }
        progress.report("coding", 85);
        List<ImportedMemo> memos = new ArrayList<>();
        for (PlannedMemo memo : plan.memos()) {
            memos.add(new ImportedMemo(
                    memo.coderGuid(),
                    memo.title(),
                    memo.body(),
                    memo.sourceGuid() == null ? null : interviewOf.get(memo.sourceGuid()),
                    memo.codeGuid()));
        }
        CodingTransfer.Written written =
                coding.write(projectId, new CodingTransfer.Batch(plan.coders(), plan.codes(), applications, memos));
        return new Outcome(
                plan.sources().size(),
                written.applications(),
                written.duplicateApplications(),
                split,
                outside,
                written.codesCreated(),
                written.codesReused(),
                written.renamedCodes(),
                written.memos());
    }

    /** Adds one application per fragment the selection covers (per coding); returns how many fragments. */
    static int cut(PlannedSelection selection, ImportedInterview interview, List<ImportedApplication> out) {
        TextOffsets offsets = interview.offsets();
        int start = offsets.start(selection.start());
        int end = offsets.end(selection.end());
        int parts = 0;
        for (Fragment fragment : interview.fragments()) {
            if (fragment.charEnd() <= start) {
                continue;
            }
            if (fragment.charStart() >= end) {
                break;
            }
            int from = Math.max(start, fragment.charStart()) - fragment.charStart();
            int to = Math.min(end, fragment.charEnd()) - fragment.charStart();
            if (from >= to) {
                continue;
            }
            parts++;
            String quote = fragment.text().substring(from, to);
            for (PlannedCoding coding : selection.codings()) {
                out.add(new ImportedApplication(
                        coding.codeGuid(), coding.coderGuid(), fragment.interviewId(), fragment.id(), from, to, quote));
            }
        }
        return parts;
    }

    /** A name the interview module reads as plain text, whose participant label is the name without extension. */
    static String fileName(String name) {
        String base = name.replaceFirst("(?i)\\.(txt|docx?|pdf|rtf|odt|md)$", "");
        return (base.isBlank() ? name : base) + ".txt";
    }

    private static String extension(String document) {
        return document.substring(document.lastIndexOf('.')).toLowerCase(Locale.ROOT);
    }
}
