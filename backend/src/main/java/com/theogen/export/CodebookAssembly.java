package com.theogen.export;

import com.theogen.coding.CodingSnapshot;
import com.theogen.interview.Fragment;
import com.theogen.interview.InterviewSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Builds codebook rows from a project's coding: counts per code (fragments, interviews, applications by origin)
 * and an anchor quote, the application that best shows what the code means: a researcher's before a machine's,
 * then the most confident, then a quote of readable length, then the earliest. Shared by the theory report's
 * codebook and the codebook exports, so both show the same numbers.
 */
public final class CodebookAssembly {

    private static final int READABLE_MIN = 40;
    private static final int READABLE_MAX = 320;

    private final CodingSnapshot snapshot;
    private final Map<UUID, Fragment> fragments = new HashMap<>();
    private final Map<UUID, String> interviewLabels = new HashMap<>();

    /**
     * @param snapshot the project's coding
     * @param fragments the project's fragments (anchor quotes take their speaker, offsets and times)
     * @param interviews the project's interviews (anchor quotes name them)
     */
    public CodebookAssembly(CodingSnapshot snapshot, List<Fragment> fragments, List<InterviewSummary> interviews) {
        this.snapshot = snapshot;
        fragments.forEach(f -> this.fragments.put(f.id(), f));
        interviews.forEach(i -> interviewLabels.put(i.id(), label(i)));
    }

    private static String label(InterviewSummary interview) {
        String participant = interview.participant();
        return participant == null || participant.isBlank() ? interview.sourceFilename() : participant;
    }

    /** Every code, in the snapshot's order. */
    public List<CodebookEntry> entries() {
        Map<UUID, String> categories = new HashMap<>();
        snapshot.categories().forEach(c -> categories.put(c.id(), c.name()));
        Map<UUID, List<CodingSnapshot.Application>> byCode = new HashMap<>();
        snapshot.applications().forEach(a -> byCode.computeIfAbsent(a.codeId(), k -> new ArrayList<>())
                .add(a));
        List<CodebookEntry> entries = new ArrayList<>();
        for (CodingSnapshot.Code code : snapshot.codes()) {
            List<CodingSnapshot.Application> applications = byCode.getOrDefault(code.id(), List.of());
            Set<UUID> fragmentIds = new HashSet<>();
            Set<UUID> interviewIds = new HashSet<>();
            Map<CodeOrigin, Integer> perOrigin = new EnumMap<>(CodeOrigin.class);
            for (CodingSnapshot.Application a : applications) {
                fragmentIds.add(a.fragmentId());
                interviewIds.add(a.interviewId());
                perOrigin.merge(CodeOrigin.valueOf(a.origin().name()), 1, Integer::sum);
            }
            List<CoderCount> counts = new ArrayList<>();
            perOrigin.forEach((origin, n) -> counts.add(new CoderCount("", origin, n)));
            entries.add(new CodebookEntry(
                    code.label(),
                    code.definition(),
                    code.categoryId() == null ? "" : categories.getOrDefault(code.categoryId(), ""),
                    CodeOrigin.valueOf(code.origin().name()),
                    fragmentIds.size(),
                    interviewIds.size(),
                    counts,
                    anchor(applications)));
        }
        return entries;
    }

    /** Categories by name with their codes by label, then the ungrouped codes. */
    public List<CodebookReport.Group> groups() {
        Map<String, List<CodebookEntry>> byCategory = new LinkedHashMap<>();
        List<CodingSnapshot.Category> categories = new ArrayList<>(snapshot.categories());
        categories.sort(Comparator.comparing(c -> c.name().toLowerCase(java.util.Locale.ROOT)));
        categories.forEach(c -> byCategory.put(c.name(), new ArrayList<>()));
        List<CodebookEntry> ungrouped = new ArrayList<>();
        for (CodebookEntry entry : entries()) {
            List<CodebookEntry> list = entry.category().isBlank() ? null : byCategory.get(entry.category());
            (list == null ? ungrouped : list).add(entry);
        }
        Comparator<CodebookEntry> byLabel = Comparator.comparing(e -> e.code().toLowerCase(java.util.Locale.ROOT));
        List<CodebookReport.Group> groups = new ArrayList<>();
        for (CodingSnapshot.Category c : categories) {
            List<CodebookEntry> codes = byCategory.get(c.name());
            codes.sort(byLabel);
            groups.add(new CodebookReport.Group(c.name(), c.definition(), codes));
        }
        if (!ungrouped.isEmpty()) {
            ungrouped.sort(byLabel);
            groups.add(new CodebookReport.Group("", "", ungrouped));
        }
        return groups;
    }

    private EvidenceQuote anchor(List<CodingSnapshot.Application> applications) {
        return applications.stream()
                .filter(a -> fragments.containsKey(a.fragmentId()) && !a.quote().isBlank())
                .min(Comparator.comparing((CodingSnapshot.Application a) -> a.origin() != CodingSnapshot.Origin.HUMAN)
                        .thenComparing(a -> -a.confidence())
                        .thenComparing(a -> !readable(a.quote())))
                .map(this::quote)
                .orElse(null);
    }

    private static boolean readable(String quote) {
        int length = quote.strip().length();
        return length >= READABLE_MIN && length <= READABLE_MAX;
    }

    private EvidenceQuote quote(CodingSnapshot.Application a) {
        Fragment f = fragments.get(a.fragmentId());
        return new EvidenceQuote(
                f.id().toString(),
                interviewLabels.getOrDefault(f.interviewId(), ""),
                f.speaker(),
                a.quote(),
                f.charStart() + a.quoteStart(),
                f.charStart() + a.quoteEnd(),
                f.interviewId().toString(),
                a.quoteStart(),
                f.startMs(),
                f.endMs());
    }
}
