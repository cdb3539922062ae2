package com.theogen.analyst.internal;

import com.theogen.analyst.AnalystFragment;
import com.theogen.analyst.GeneratedBy;
import com.theogen.analyst.OfflineOpenCoder;
import com.theogen.analyst.OpenCodingRequest;
import com.theogen.analyst.OpenCodingResult;
import com.theogen.analyst.Quote;
import com.theogen.shared.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** {@link OfflineOpenCoder} by key-phrase extraction and fragment-level TF-IDF (ADR 007). */
@Component
public class KeyPhraseOpenCoder implements OfflineOpenCoder {

    private static final int DEFINITION_COMPANIONS = 3;
    private static final int DEFINITION_VARIANTS = 3;

    @Override
    public OpenCodingResult code(OpenCodingRequest request) {
        List<AnalystFragment> participant = request.fragments().stream()
                .filter(f -> !f.interviewer() && !f.text().isBlank())
                .toList();
        Set<String> speakers = new TreeSet<>();
        request.fragments().forEach(f -> speakers.add(f.speaker()));
        Map<UUID, Tongue> tongues = InterviewLanguages.detect(participant);
        CandidateIndex index = CandidateIndex.build(participant, speakers, tongues);
        List<CodeGroup> selected = CodebookSelector.select(index, request.lexicon(), request.existingCodeLabels());
        Map<CodeGroup, List<CodeAssigner.Assignment>> assigned = CodeAssigner.assign(selected, index);
        double maxSalience = assigned.values().stream()
                .flatMap(List::stream)
                .mapToDouble(CodeAssigner.Assignment::salience)
                .max()
                .orElse(1);
        Map<Integer, List<String>> labelsByFragment = new HashMap<>();
        assigned.forEach((code, list) -> list.forEach(a -> labelsByFragment
                .computeIfAbsent(a.fragment(), f -> new ArrayList<>())
                .add(code.label())));
        List<OpenCodingResult.CodeDraft> codes = new ArrayList<>();
        assigned.forEach((code, list) -> codes.add(draft(code, list, index, labelsByFragment, maxSalience, request)));
        Map<UUID, String> languages = new TreeMap<>();
        tongues.forEach((interview, tongue) -> languages.put(interview, tongue.code()));
        List<OpenCodingResult.Merge> merges = new ArrayList<>();
        assigned.keySet()
                .forEach(code -> code.absorbed().forEach(a -> merges.add(new OpenCodingResult.Merge(a, code.label()))));
        return new OpenCodingResult(
                codes, participant.size(), labelsByFragment.size(), GeneratedBy.OFFLINE, languages, merges);
    }

    private static OpenCodingResult.CodeDraft draft(
            CodeGroup code,
            List<CodeAssigner.Assignment> assignments,
            CandidateIndex index,
            Map<Integer, List<String>> labelsByFragment,
            double maxSalience,
            OpenCodingRequest request) {
        List<OpenCodingResult.Application> applications = new ArrayList<>();
        Set<UUID> interviews = new TreeSet<>();
        Map<String, Integer> companions = new HashMap<>();
        for (CodeAssigner.Assignment assignment : assignments) {
            AnalystFragment fragment = index.fragment(assignment.fragment());
            interviews.add(fragment.interviewId());
            Quote quote = Sentences.quoteAround(
                    fragment.fragmentId(),
                    fragment.text(),
                    assignment.anchor().start(),
                    assignment.anchor().end());
            applications.add(new OpenCodingResult.Application(quote, confidence(assignment.salience(), maxSalience)));
            labelsByFragment.get(assignment.fragment()).stream()
                    .filter(other -> !other.equals(code.label()))
                    .forEach(other -> companions.merge(other, 1, Integer::sum));
        }
        List<String> topCompanions = companions.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(DEFINITION_COMPANIONS)
                .map(Map.Entry::getKey)
                .toList();
        List<String> variants = code.variants();
        String definition =
                definition(request.projectLanguage(), applications.size(), interviews.size(), topCompanions, variants);
        return new OpenCodingResult.CodeDraft(
                code.label(),
                definition,
                code.reportLanguage(),
                code.reused(),
                variants,
                applications,
                GeneratedBy.OFFLINE);
    }

    /** Salience relative to the project's most salient application, mapped onto [0.30, 0.95]. */
    static double confidence(double salience, double maxSalience) {
        double relative = maxSalience <= 0 ? 0 : Math.min(1, salience / maxSalience);
        return Math.round((0.30 + 0.65 * relative) * 100) / 100.0;
    }

    static String definition(
            Language language, int fragments, int interviews, List<String> companions, List<String> variants) {
        boolean es = language == Language.ES;
        StringBuilder text = new StringBuilder(
                es
                        ? "Aparece en " + Phrasing.count(fragments, "fragmento", "fragmentos") + " de "
                                + Phrasing.count(interviews, "entrevista", "entrevistas")
                        : "Mentioned in " + Phrasing.count(fragments, "fragment", "fragments") + " across "
                                + Phrasing.count(interviews, "interview", "interviews"));
        if (!companions.isEmpty()) {
            text.append(es ? "; suele ir junto a " : ", typically with ")
                    .append(Phrasing.quotedList(companions, language));
        }
        text.append('.');
        if (variants.size() > 1) {
            text.append(es ? " Variantes: " : " Variants: ")
                    .append(Phrasing.quotedList(
                            variants.subList(0, Math.min(DEFINITION_VARIANTS, variants.size())), language))
                    .append('.');
        }
        return text.toString();
    }
}
