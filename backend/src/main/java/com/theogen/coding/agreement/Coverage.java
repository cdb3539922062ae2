package com.theogen.coding.agreement;

import java.util.ArrayList;
import java.util.List;

/** Character coverage of a fragment by one coder's applications of one code. */
final class Coverage {

    private Coverage() {}

    /** The applications clipped to the fragment, merged, in fragment coordinates ({@code 0} = fragment start). */
    static List<Span> within(FragmentUnit fragment, List<CodedSpan> spans) {
        List<Span> clipped = new ArrayList<>(spans.size());
        for (CodedSpan span : spans) {
            int start = Math.max(span.start(), fragment.start());
            int end = Math.min(span.end(), fragment.end());
            if (end > start) {
                clipped.add(new Span(start - fragment.start(), end - fragment.start()));
            }
        }
        return UnitizingCalculator.merge(clipped);
    }

    static int length(List<Span> merged) {
        int sum = 0;
        for (Span span : merged) {
            sum += span.length();
        }
        return sum;
    }

    /** Characters covered by both sorted, disjoint lists. */
    static int intersection(List<Span> a, List<Span> b) {
        int shared = 0;
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            Span x = a.get(i);
            Span y = b.get(j);
            shared += Math.max(0, Math.min(x.end(), y.end()) - Math.max(x.start(), y.start()));
            if (x.end() <= y.end()) {
                i++;
            } else {
                j++;
            }
        }
        return shared;
    }
}
