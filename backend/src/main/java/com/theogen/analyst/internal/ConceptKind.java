package com.theogen.analyst.internal;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a code label names (ADR 043): an {@link #ACTOR} (a person, role, relative, place or institution), a
 * {@link #PROCESS} (a process, action, experience or state: "culpa", "waiting list", "caring") or something
 * {@link #OTHER} (objects, topics). A grounded theory's core category is a process or phenomenon that
 * explains variation, not a role or a place; category names and the choice of the core category prefer
 * processes. The label's head word decides: the word before a connector ("package" in "package of care",
 * "lista" in "lista de espera"), else the last word in English and German ("worker" in "social worker") and the
 * first in Romance languages ("trabajadora" in "trabajadora social"). Lexicons are {@code kinds.<lang>.txt};
 * nominalising suffixes ("-ción", "-ness", "-ung") and English "-ing" forms also mark processes.
 */
enum ConceptKind {
    ACTOR(0),
    OTHER(0.5),
    PROCESS(1);

    private static final Set<String> CONNECTORS = Set.of(
            "of", "for", "de", "del", "para", "por", "du", "des", "pour", "di", "della", "dello", "per", "da", "do",
            "dos", "das", "von", "vom", "zur", "zum", "fur");
    private static final Map<Tongue, Set<String>> ACTORS = new EnumMap<>(Tongue.class);
    private static final Map<Tongue, Set<String>> PROCESSES = new EnumMap<>(Tongue.class);
    private static final Map<Tongue, List<String>> SUFFIXES = Map.of(
            Tongue.ES, List.of("cion", "sion", "miento", "ncia", "dad", "tud", "aje", "eza"),
            Tongue.EN, List.of("tion", "sion", "ment", "ness", "ance", "ence", "ity", "ship", "ing"),
            Tongue.FR, List.of("tion", "sion", "ment", "ance", "ence", "ite", "age"),
            Tongue.DE, List.of("ung", "heit", "keit", "schaft"),
            Tongue.PT, List.of("cao", "sao", "mento", "ncia", "dade"),
            Tongue.IT, List.of("zione", "sione", "mento", "nza", "ita"));

    static {
        for (Tongue tongue : Tongue.values()) {
            Set<String> actors = new HashSet<>();
            Set<String> processes = new HashSet<>();
            for (String line : LanguageProfile.readLines("kinds." + tongue.code() + ".txt")) {
                int colon = line.indexOf(':');
                Set<String> target = line.startsWith("actor") ? actors : line.startsWith("process") ? processes : null;
                if (colon > 0 && target != null) {
                    for (String word : line.substring(colon + 1).trim().split("\\s+")) {
                        if (!word.isEmpty()) {
                            target.add(LanguageProfile.fold(word.toLowerCase(Locale.ROOT)));
                        }
                    }
                }
            }
            ACTORS.put(tongue, Set.copyOf(actors));
            PROCESSES.put(tongue, Set.copyOf(processes));
        }
    }

    private final double weight;

    ConceptKind(double weight) {
        this.weight = weight;
    }

    /** 0 for an actor, 0.5 for other concepts, 1 for a process or phenomenon. */
    double weight() {
        return weight;
    }

    /** The kind of {@code label} read in {@code tongue}; {@code extraActors} are domain actors (any case). */
    static ConceptKind of(String label, Tongue tongue, Set<String> extraActors) {
        String[] words = LanguageProfile.fold(label.toLowerCase(Locale.ROOT)).split("[^\\p{L}\\p{N}]+");
        List<String> kept =
                java.util.Arrays.stream(words).filter(w -> !w.isEmpty()).toList();
        if (kept.isEmpty()) {
            return OTHER;
        }
        int connector = -1;
        for (int i = 1; i < kept.size(); i++) {
            if (CONNECTORS.contains(kept.get(i))) {
                connector = i;
                break;
            }
        }
        boolean headFirst = tongue != Tongue.EN && tongue != Tongue.DE;
        String head = connector > 0 ? kept.get(connector - 1) : headFirst ? kept.get(0) : kept.get(kept.size() - 1);
        if (inLexicon(head, ACTORS.get(tongue)) || inLexicon(head, extraActors)) {
            return ACTOR;
        }
        if (inLexicon(head, PROCESSES.get(tongue))) {
            return PROCESS;
        }
        for (String suffix : SUFFIXES.get(tongue)) {
            if (head.length() > suffix.length() + 2 && singular(head).endsWith(suffix)) {
                return PROCESS;
            }
        }
        return OTHER;
    }

    /** As written, or without a plural "-s" or "-es": "workers", "nurses", "enfermeras", "hospitales". */
    private static boolean inLexicon(String word, Set<String> lexicon) {
        return lexicon.contains(word)
                || (word.endsWith("s") && lexicon.contains(word.substring(0, word.length() - 1)))
                || (word.endsWith("es") && lexicon.contains(word.substring(0, word.length() - 2)));
    }

    private static String singular(String word) {
        return word.endsWith("s") && word.length() > 3 && !word.endsWith("ss")
                ? word.substring(0, word.length() - 1)
                : word;
    }

    /**
     * Domain actors ("gestores de salud", "community health workers") as folded words: the words before a
     * connector, without the process words of the language ("health").
     */
    static Set<String> actorWords(List<String> actors, Tongue tongue) {
        Set<String> words = new HashSet<>();
        for (String actor : actors) {
            for (String word :
                    LanguageProfile.fold(actor.toLowerCase(Locale.ROOT)).split("[^\\p{L}\\p{N}]+")) {
                if (CONNECTORS.contains(word)) {
                    break;
                }
                if (word.length() > 2 && !inLexicon(word, PROCESSES.get(tongue))) {
                    words.add(word);
                    words.add(singular(word));
                }
            }
        }
        return words;
    }
}
