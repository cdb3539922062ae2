package com.theogen.coding.internal;

import com.theogen.interview.Fragment;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Which turns of an interview are the interviewer's (docs/adr/011). First by speaker label: Interviewer,
 * Entrevistador(a), Moderator/Moderador(a), Researcher/Investigador(a), Facilitator/Facilitador(a), or a lone
 * I, E or Q (any case, optionally numbered, e.g. "Interviewer 2" or "**E:**"). When no label of an interview
 * is recognised and it has at least two speakers, the speaker who asks most questions is taken, if at least
 * {@value #MIN_QUESTION_SHARE} of their turns contain a question mark and they out-ask every other speaker.
 */
final class InterviewerDetector {

    static final double MIN_QUESTION_SHARE = 0.4;

    private static final Pattern ROLE = Pattern.compile(
            "(interviewer|interviewers|entrevistador|entrevistadora|entrevistadores|moderator|moderador|moderadora"
                    + "|researcher|investigador|investigadora|facilitator|facilitador|facilitadora|int)"
                    + "(\\s*[\\d(].*)?|[ieq]\\d?");

    private InterviewerDetector() {}

    /** Ids of the interviewer's fragments among {@code fragments} (of any number of interviews). */
    static Set<UUID> interviewerFragments(List<Fragment> fragments) {
        Map<UUID, List<Fragment>> byInterview = new LinkedHashMap<>();
        fragments.forEach(f -> byInterview
                .computeIfAbsent(f.interviewId(), k -> new java.util.ArrayList<>())
                .add(f));
        Set<UUID> result = new HashSet<>();
        byInterview.values().forEach(turns -> {
            Set<String> interviewers = interviewerSpeakers(turns);
            turns.stream()
                    .filter(f -> interviewers.contains(normalise(f.speaker())))
                    .forEach(f -> result.add(f.id()));
        });
        return result;
    }

    static boolean isInterviewerLabel(String speaker) {
        String label = normalise(speaker);
        return !label.isEmpty() && ROLE.matcher(label).matches();
    }

    private static Set<String> interviewerSpeakers(List<Fragment> turns) {
        Set<String> labelled = new HashSet<>();
        Set<String> speakers = new HashSet<>();
        for (Fragment turn : turns) {
            String speaker = normalise(turn.speaker());
            if (speaker.isEmpty()) {
                continue;
            }
            speakers.add(speaker);
            if (ROLE.matcher(speaker).matches()) {
                labelled.add(speaker);
            }
        }
        if (!labelled.isEmpty() || speakers.size() < 2) {
            return labelled;
        }
        return mostQuestions(turns);
    }

    private static Set<String> mostQuestions(List<Fragment> turns) {
        Map<String, int[]> counts = new HashMap<>();
        for (Fragment turn : turns) {
            String speaker = normalise(turn.speaker());
            if (speaker.isEmpty()) {
                continue;
            }
            int[] c = counts.computeIfAbsent(speaker, k -> new int[2]);
            c[0]++;
            if (turn.text().indexOf('?') >= 0 || turn.text().indexOf('¿') >= 0) {
                c[1]++;
            }
        }
        String best = null;
        int bestQuestions = -1;
        boolean tie = false;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int questions = e.getValue()[1];
            if (questions > bestQuestions) {
                best = e.getKey();
                bestQuestions = questions;
                tie = false;
            } else if (questions == bestQuestions) {
                tie = true;
            }
        }
        if (best == null || tie || bestQuestions == 0) {
            return Set.of();
        }
        int[] c = counts.get(best);
        return (double) c[1] / c[0] >= MIN_QUESTION_SHARE ? Set.of(best) : Set.of();
    }

    private static String normalise(String speaker) {
        if (speaker == null) {
            return "";
        }
        return speaker.replaceAll("[*_:.\\[\\]]", "").strip().toLowerCase(Locale.ROOT);
    }
}
