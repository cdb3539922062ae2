package com.theogen.coding.internal;

import com.theogen.coding.Memos.Citation;
import com.theogen.coding.internal.CodingFragments.Scoped;
import com.theogen.coding.internal.MemoReply.Section;
import com.theogen.coding.internal.MemoReply.Sentence;
import com.theogen.coding.internal.ProjectDirectory.InterviewInfo;
import com.theogen.interview.QuoteLocator;
import com.theogen.shared.Language;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Checks a drafted memo's citations like theory evidence and writes what survives. A citation must name, by its
 * short id, a fragment shown for this memo that exists in the project; a quote, when given, must be verbatim in it
 * ({@link QuoteLocator}, the rule theory claims are held to) and is stored as the fragment's own characters. A
 * sentence with no citation, or with any citation that fails, is dropped and counted.
 */
final class MemoWriter {

    private static final int SENTENCE_CHARS = 600;

    /** The memo as stored; {@code body} empty when no sentence survived. */
    record Written(String body, List<Citation> citations, int kept, int dropped, int unknown, int notVerbatim) {}

    private MemoWriter() {}

    static Written write(
            MemoReply reply,
            Map<String, UUID> shortIds,
            Map<UUID, Scoped> projectFragments,
            Map<UUID, InterviewInfo> interviews,
            Language language) {
        Map<Section, List<String>> lines = new EnumMap<>(Section.class);
        LinkedHashSet<Citation> all = new LinkedHashSet<>();
        int kept = 0;
        int dropped = 0;
        int unknown = 0;
        int notVerbatim = 0;
        for (Sentence sentence : reply.sentences()) {
            String text = sentence.text() == null
                    ? ""
                    : sentence.text().replaceAll("\\s+", " ").strip();
            if (sentence.section() == null
                    || text.isEmpty()
                    || sentence.citations().isEmpty()) {
                dropped++;
                continue;
            }
            List<Citation> cites = new ArrayList<>();
            boolean failed = false;
            for (MemoReply.Citation written : sentence.citations()) {
                UUID fragmentId = shortIds.get(ShortIds.read(written.fragmentId()));
                Scoped fragment = fragmentId == null ? null : projectFragments.get(fragmentId);
                if (fragment == null) {
                    unknown++;
                    failed = true;
                    continue;
                }
                String quote = written.quote() == null ? "" : written.quote().strip();
                if (quote.isEmpty()) {
                    cites.add(new Citation(fragmentId, fragment.fragment().interviewId(), "", -1, -1));
                    continue;
                }
                String fragmentText = fragment.fragment().text();
                var span = QuoteLocator.locate(fragmentText, quote, -1);
                if (span.isEmpty()) {
                    notVerbatim++;
                    failed = true;
                    continue;
                }
                cites.add(new Citation(
                        fragmentId,
                        fragment.fragment().interviewId(),
                        fragmentText.substring(span.get().start(), span.get().end()),
                        span.get().start(),
                        span.get().end()));
            }
            if (failed) {
                dropped++;
                continue;
            }
            kept++;
            all.addAll(cites);
            String clipped = text.length() <= SENTENCE_CHARS ? text : text.substring(0, SENTENCE_CHARS) + "…";
            lines.computeIfAbsent(sentence.section(), k -> new ArrayList<>())
                    .add("- " + clipped + " " + references(cites, projectFragments, interviews));
        }
        StringBuilder body = new StringBuilder();
        lines.forEach((section, sentences) -> {
            body.append(heading(section, language)).append('\n');
            sentences.forEach(s -> body.append(s).append('\n'));
            body.append('\n');
        });
        return new Written(body.toString().strip(), List.copyOf(all), kept, dropped, unknown, notVerbatim);
    }

    private static String references(
            List<Citation> cites, Map<UUID, Scoped> fragments, Map<UUID, InterviewInfo> interviews) {
        List<String> refs = new ArrayList<>();
        for (Citation cite : cites) {
            InterviewInfo interview = interviews.get(cite.interviewId());
            String who = interview == null || interview.participant() == null ? "?" : interview.participant();
            String ref =
                    who + " ¶" + (fragments.get(cite.fragmentId()).fragment().ordinal() + 1);
            refs.add(cite.quote().isEmpty() ? ref : ref + ": «" + cite.quote() + "»");
        }
        return "[" + String.join("; ", refs) + "]";
    }

    private static String heading(Section section, Language language) {
        boolean es = language == Language.ES;
        return switch (section) {
            case PROPERTIES -> es ? "Propiedades" : "Properties";
            case DIMENSIONS -> es ? "Dimensiones" : "Dimensions";
            case COMPARISONS -> es ? "Comparaciones" : "Comparisons";
            case NEGATIVE_CASES -> es ? "Casos negativos" : "Negative cases";
            case OPEN_QUESTIONS -> es ? "Preguntas abiertas" : "Open questions";
        };
    }
}
