package com.theogen.export.internal;

import static com.theogen.export.internal.ReportLabel.*;

import com.theogen.export.CoreCandidate;
import java.util.ArrayList;
import java.util.List;

/**
 * The core category's candidates as every renderer tabulates them: the candidate, its five scores on Strauss and
 * Corbin's criteria, their total and the model's reasoning (docs/adr/039).
 */
public final class CoreChoice {

    /** The criteria in the order the scores are listed. */
    public static final List<ReportLabel> CRITERIA = List.of(
            CRITERION_CENTRAL, CRITERION_FREQUENT, CRITERION_CONNECTED, CRITERION_ABSTRACT, CRITERION_VARIATION);

    private CoreChoice() {}

    /** Header cells: candidate, the five criteria, total, reasoning. */
    public static List<String> header(Labels labels) {
        List<String> header = new ArrayList<>();
        header.add(labels.get(CANDIDATE));
        CRITERIA.forEach(c -> header.add(labels.get(c)));
        header.add(labels.get(TOTAL));
        header.add(labels.get(REASONING));
        return header;
    }

    /** A candidate's row, its name marked when it is the chosen core. */
    public static List<String> row(CoreCandidate c, Labels labels) {
        List<String> row = new ArrayList<>();
        row.add(name(c, labels));
        for (int score : c.scores()) {
            row.add(Integer.toString(score));
        }
        row.add(Integer.toString(c.total()));
        row.add(c.reasoning());
        return row;
    }

    /** "Night care (chosen)" for the core, the plain name otherwise. */
    public static String name(CoreCandidate c, Labels labels) {
        return c.chosen() ? c.name() + " (" + labels.get(CHOSEN) + ")" : c.name();
    }
}
