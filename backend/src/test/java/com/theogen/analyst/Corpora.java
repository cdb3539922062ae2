package com.theogen.analyst;

import com.theogen.shared.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Small hand-built corpora for the analyst tests: each call builds fresh fragments with stable ids. */
final class Corpora {

    private Corpora() {}

    /** Builds fragments: each entry is an interview name and its turns, "I:" marking interviewer turns. */
    static List<AnalystFragment> interviews(Language language, Map<String, List<String>> turnsByInterview) {
        List<AnalystFragment> fragments = new ArrayList<>();
        turnsByInterview.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            UUID interview = SyntheticCorpus.uuid("interview:" + entry.getKey());
            int ordinal = 0;
            for (String turn : entry.getValue()) {
                boolean interviewer = turn.startsWith("I:");
                String text = interviewer ? turn.substring(2).trim() : turn;
                fragments.add(new AnalystFragment(
                        SyntheticCorpus.uuid("fragment:" + entry.getKey() + ":" + ordinal++),
                        interview,
                        interviewer ? "Interviewer" : entry.getKey(),
                        interviewer,
                        language,
                        text));
            }
        });
        return fragments;
    }

    /** Three Spanish interviews about night shifts and tiredness, with fillers and a one-interview topic. */
    static List<AnalystFragment> spanishNightShifts() {
        return interviews(
                Language.ES,
                Map.of(
                        "Ana",
                                List.of(
                                        "I: ¿Cómo llevas los turnos de noche?",
                                        "Bueno, o sea, los turnos de noche me matan. El cansancio no se va nunca.",
                                        "Mi madre va al centro de día por las mañanas, y eso me salva.",
                                        "Tengo una huerta en el patio, la huerta me relaja mucho."),
                        "Belén",
                                List.of(
                                        "I: Cuéntame de tu trabajo.",
                                        "Pues yo hago turnos de noche en la fábrica desde 2019.",
                                        "El cansancio se acumula, vale, y luego cuido a mi padre.",
                                        "Lo dejé porque no podía más, el turno de noche y el cuidado a la vez."),
                        "Carmen",
                                List.of(
                                        "I: ¿Y el cansancio?",
                                        "El cansancio es lo peor, bueno, eso y la culpa.",
                                        "Con los turnos de noche no veo a mis hijos.",
                                        "El centro de día cierra en agosto y no sé qué hacer.")));
    }

    /** Three English interviews about flexible working hours and the day centre. */
    static List<AnalystFragment> englishFlexibleHours() {
        return interviews(
                Language.EN,
                Map.of(
                        "Dan",
                                List.of(
                                        "I: How does work fit around caring?",
                                        "Uh, you know, flexible working hours are the only reason I still have a job.",
                                        "Mum goes to the day centre on Tuesdays. The day centre staff are brilliant.",
                                        "I keep bees, honestly the bees keep me sane."),
                        "Eve",
                                List.of(
                                        "I: Tell me about your employer.",
                                        "My manager agreed to flexible hours after six months of asking.",
                                        "Um, the guilt is constant, I mean, twenty-four seven.",
                                        "We tried the day centre but Dad hated the bus."),
                        "Fay",
                                List.of(
                                        "I: What helps most?",
                                        "Flexible working hours, definitely, and my sister taking Sundays.",
                                        "The guilt never leaves, like, ever.",
                                        "Without flexible working hours I would have quit in 2020.")));
    }
}
