package com.theogen.export.internal.xlsx;

import static com.theogen.export.internal.ReportLabel.*;

import com.theogen.export.RunManifest;
import com.theogen.export.TheoryReport;
import com.theogen.export.internal.Labels;

/**
 * The run manifest as one filterable table in long format: each row is one fact (a model, a prompt, a
 * budget trim, a hash, a stage timing) with its numbers in typed columns.
 */
final class ManifestSheet {

    ManifestSheet(SheetTable t, TheoryReport report, Labels labels) {
        RunManifest m = report.manifest();
        for (String model : m.models()) {
            t.row()
                    .text(labels.get(MODELS))
                    .blank()
                    .text(model)
                    .blank()
                    .blank()
                    .blank()
                    .blank()
                    .blank()
                    .blank();
        }
        for (RunManifest.PromptVersion p : m.promptVersions()) {
            t.row()
                    .text(labels.get(PROMPT_VERSIONS))
                    .text(p.stage())
                    .text(labels.get(PROMPT))
                    .text(p.prompt());
        }
        t.row()
                .text(labels.get(TEMPLATE))
                .blank()
                .text(report.template().displayName())
                .text(m.templateKey());
        for (RunManifest.BudgetTrim trim : m.budgetTrims()) {
            t.row()
                    .text(labels.get(BUDGET_TRIMS))
                    .text(trim.stage())
                    .text(trim.action())
                    .blank()
                    .integer(trim.before())
                    .integer(trim.after());
        }
        for (RunManifest.InputHash hash : m.inputHashes()) {
            t.row().text(labels.get(INPUT_HASHES)).blank().text(hash.input()).text(hash.sha256());
        }
        for (RunManifest.StageTiming timing : m.stageTimings()) {
            t.row()
                    .text(labels.get(STAGE_TIMINGS))
                    .text(timing.stage())
                    .blank()
                    .blank()
                    .blank()
                    .blank()
                    .integer(timing.millis())
                    .integer(timing.tokensIn())
                    .integer(timing.tokensOut());
        }
        t.finish();
    }

    static String[] headers(Labels labels) {
        return new String[] {
            labels.get(FIELD),
            labels.get(STAGE),
            labels.get(ITEM),
            labels.get(VALUE),
            labels.get(BEFORE),
            labels.get(AFTER),
            labels.get(MILLIS),
            labels.get(TOKENS_IN),
            labels.get(TOKENS_OUT)
        };
    }
}
