package com.theogen.analyst;

import com.theogen.shared.Language;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A seeded synthetic interview corpus in Spanish and English for property tests and the benchmark. Each
 * language has four themes of concept phrases; each theme leans on one kind of paradigm cue (work →
 * causes, services → strategies, health → consequences, family → intervening conditions), and every turn
 * is wrapped in fillers, numbers and names that must never become codes. Interviewer turns ask about the
 * same concepts and must never be coded.
 */
final class SyntheticCorpus {

    /** Words the property tests reject as code labels (fillers, names, numbers used below). */
    static final List<String> JUNK = List.of(
            "uh",
            "um",
            "you know",
            "o sea",
            "bueno",
            "pues",
            "vale",
            "marta",
            "john",
            "lucía",
            "priya",
            "2019",
            "2020",
            "tres",
            "three",
            "twenty",
            "interviewer",
            "entrevistadora",
            "i mean",
            "like");

    private record Theme(List<String> concepts, List<String> templates) {}

    private static final List<Theme> ES = List.of(
            new Theme(
                    List.of("turnos de noche", "reducción de jornada", "horario flexible", "la jefa"),
                    List.of(
                            "Lo dejé porque no podía más con los %s.",
                            "Todo empezó debido a la %s.", "Pedí el cambio porque el %s no daba para más.")),
            new Theme(
                    List.of("centro de día", "trabajadora social", "residencia", "lista de espera"),
                    List.of(
                            "Lo que hago es llamar al %s cada semana.",
                            "Intento que la %s nos escuche.", "Nos organizamos entre todos para ir a la %s.")),
            new Theme(
                    List.of("cansancio", "dolor de espalda", "pastillas para dormir", "ansiedad"),
                    List.of(
                            "Por eso ahora el %s no me deja vivir.",
                            "Me ha costado mucho el %s, he perdido el sueldo de un año.",
                            "Al final el %s me afectó a la relación con mi marido.")),
            new Theme(
                    List.of("hermanos", "culpa", "sobrecarga del cuidado", "reuniones familiares"),
                    List.of(
                            "Depende del mes, a veces los %s ayudan.",
                            "Sin embargo la %s sigue ahí.", "A veces la %s se nota más en mi pueblo.")));

    private static final List<Theme> EN = List.of(
            new Theme(
                    List.of("night shifts", "flexible working hours", "line manager", "annual leave"),
                    List.of(
                            "I quit because the %s were killing me.",
                            "It started when my %s changed.", "That's why the %s mattered so much.")),
            new Theme(
                    List.of("day centre", "social worker", "care home", "waiting list"),
                    List.of(
                            "What I do is phone the %s every Monday.",
                            "I try to get the %s to listen.", "We started taking turns at the %s.")),
            new Theme(
                    List.of("back pain", "exhaustion", "sleeping pills", "money worries"),
                    List.of(
                            "As a result the %s never goes away now.",
                            "It cost me my job, and the %s stayed for years.", "I ended up with %s and lost friends.")),
            new Theme(
                    List.of("siblings", "guilt", "family meetings", "carer burden"),
                    List.of(
                            "It depends, sometimes the %s help.",
                            "However the %s is always there.", "But then the %s gets worse at work.")));

    private static final List<String> ES_FILLERS = List.of(
            "Bueno, o sea, así es la cosa.",
            "Pues nada, vale.",
            "Eso fue en 2019, hace tres años.",
            "Como dice Marta, ya ves.");
    private static final List<String> EN_FILLERS = List.of(
            "Uh, you know, it is what it is.",
            "Um, I mean, like, yeah.",
            "That was in 2019, three years ago.",
            "As John says, right.");

    private SyntheticCorpus() {}

    /** {@code interviews} interviews alternating Spanish and English, each with {@code turns} participant turns. */
    static List<AnalystFragment> generate(int interviews, int turns, long seed) {
        Random random = new Random(seed);
        List<AnalystFragment> fragments = new ArrayList<>();
        for (int i = 0; i < interviews; i++) {
            Language language = i % 2 == 0 ? Language.ES : Language.EN;
            UUID interview = uuid("interview-" + seed + "-" + i);
            String participant =
                    language == Language.ES ? (i % 4 == 0 ? "Marta" : "Lucía") : (i % 4 == 1 ? "John" : "Priya");
            String interviewer = language == Language.ES ? "Entrevistadora" : "Interviewer";
            List<Theme> themes = language == Language.ES ? ES : EN;
            for (int t = 0; t < turns; t++) {
                Theme theme = themes.get(random.nextInt(themes.size()));
                String concept = pick(theme.concepts(), random);
                String question = language == Language.ES
                        ? "¿Y cómo vive usted lo de " + concept + "?"
                        : "And how do you live with the " + concept + "?";
                fragments.add(fragment(seed, i, 2 * t, interview, interviewer, true, language, question));
                fragments.add(fragment(
                        seed,
                        i,
                        2 * t + 1,
                        interview,
                        participant,
                        false,
                        language,
                        turn(theme, themes, language, random)));
            }
        }
        return fragments;
    }

    private static String turn(Theme theme, List<Theme> themes, Language language, Random random) {
        List<String> fillers = language == Language.ES ? ES_FILLERS : EN_FILLERS;
        StringBuilder text = new StringBuilder(pick(fillers, random));
        int sentences = 1 + random.nextInt(3);
        for (int s = 0; s < sentences; s++) {
            Theme source = s > 0 && random.nextInt(3) == 0 ? themes.get(random.nextInt(themes.size())) : theme;
            text.append(' ').append(String.format(pick(source.templates(), random), pick(source.concepts(), random)));
        }
        if (random.nextBoolean()) {
            text.append(' ').append(pick(fillers, random));
        }
        return text.toString();
    }

    private static AnalystFragment fragment(
            long seed,
            int interview,
            int ordinal,
            UUID interviewId,
            String speaker,
            boolean interviewer,
            Language language,
            String text) {
        return new AnalystFragment(
                uuid("fragment-" + seed + "-" + interview + "-" + ordinal),
                interviewId,
                speaker,
                interviewer,
                language,
                text);
    }

    private static <T> T pick(List<T> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }

    static UUID uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
