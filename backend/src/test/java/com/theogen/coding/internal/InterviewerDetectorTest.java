package com.theogen.coding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.interview.Fragment;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InterviewerDetectorTest {

    @Test
    void knownLabelsInSpanishAndEnglishAreInterviewers() {
        assertThat(List.of(
                        "Interviewer", "ENTREVISTADORA", "Entrevistador 2", "**E:**", "I", "q", "Moderadora", "Int."))
                .allMatch(InterviewerDetector::isInterviewerLabel);
        assertThat(List.of("Marta", "P", "R", "Isabel", "Participant", "Respondent", ""))
                .noneMatch(InterviewerDetector::isInterviewerLabel);
    }

    @Test
    void withoutKnownLabelsTheSpeakerWhoAsksMostIsTheInterviewer() {
        UUID interview = UUID.randomUUID();
        List<Fragment> turns = new ArrayList<>();
        turns.add(turn(interview, 0, "Ana", "¿Cómo te organizas por las noches?"));
        turns.add(turn(interview, 1, "Luis", "Me quedo despierto con mi padre."));
        turns.add(turn(interview, 2, "Ana", "¿Y quién te ayuda?"));
        turns.add(turn(interview, 3, "Luis", "Nadie, la verdad. ¿Quién iba a ayudarme?"));

        Set<UUID> interviewer = InterviewerDetector.interviewerFragments(turns);

        assertThat(interviewer)
                .containsExactlyInAnyOrder(turns.get(0).id(), turns.get(2).id());
    }

    @Test
    void nobodyIsTheInterviewerWhenQuestionsAreTied() {
        UUID interview = UUID.randomUUID();
        List<Fragment> turns =
                List.of(turn(interview, 0, "Ana", "Why?"), turn(interview, 1, "Luis", "Because. Why not?"));

        assertThat(InterviewerDetector.interviewerFragments(turns)).isEmpty();
    }

    private static Fragment turn(UUID interview, int ordinal, String speaker, String text) {
        return new Fragment(
                UUID.randomUUID(), interview, UUID.randomUUID(), ordinal, speaker, text, 0, text.length(), null, null);
    }
}
