package com.theogen.analyst;

import com.theogen.shared.Language;
import java.util.List;

/** Scratch main for iterating on the demo output. */
final class DemoCodebookPrinter {
    public static void main(String[] args) {
        List<DemoTranscripts.Interview> interviews = DemoTranscripts.load();
        AnalystRun run = AnalystRun.of(
                Language.ES,
                DemoTranscripts.fragments(interviews),
                List.of(
                        "appointment",
                        "diagnosis",
                        "treatment",
                        "waiting list",
                        "medication",
                        "clinic",
                        "referral",
                        "adherence"),
                List.of("patients", "carers", "nurses", "physicians", "health managers", "community health workers"));
        System.out.println(DemoReport.render(run));
        if (args.length > 0) {
            AnalystRun synth =
                    AnalystRun.of(Language.EN, SyntheticCorpus.generate(12, 30, 7), List.of(), List.of("carers"));
            System.out.println(DemoReport.render(synth));
        }
    }
}
