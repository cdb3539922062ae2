package com.theogen.analyst;

import com.theogen.analyst.TheoryRequest.CategoryMetrics;
import com.theogen.analyst.TheoryRequest.CategoryPair;
import com.theogen.analyst.TheoryRequest.TheoryCategory;
import com.theogen.analyst.TheoryRequest.TheoryCode;
import com.theogen.shared.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A hand-built Spanish care study with a known answer: four interviews, a central category coded on every
 * turn, and one category per paradigm role whose sentences carry that role's cues.
 */
final class CareStudy {

    static final UUID CENTRAL = id("cat:cuidado");
    static final UUID QUITTING = id("cat:abandono");
    static final UUID ORGANISING = id("cat:organizacion");
    static final UUID COSTS = id("cat:costes");
    static final UUID VILLAGE = id("cat:entorno");
    static final UUID SUPPORT = id("cat:apoyos");

    /** Fragment key → interview number and text. */
    static final Map<String, Object[]> TURNS = new LinkedHashMap<>();

    static {
        TURNS.put("F1", new Object[] {1, "Trabajaba en una tienda. Lo dejé porque no podía más con los horarios."});
        TURNS.put("F2", new Object[] {1, "Lo que hago es organizar la semana con un cuadrante en la nevera."});
        TURNS.put("F3", new Object[] {1, "Por eso ahora no tengo sueldo y hoy pagamos todo con la tarjeta."});
        TURNS.put("F4", new Object[] {1, "En mi pueblo no hay centro de día ni residencia."});
        TURNS.put("F5", new Object[] {2, "Me despidieron debido a las faltas, y lo dejé porque mi madre empeoró."});
        TURNS.put("F6", new Object[] {2, "Intento llegar a casa antes de las siete para darle la cena."});
        TURNS.put("F7", new Object[] {
            2, "Me ha costado la relación con mi marido, llevamos años discutiendo porque no hay dinero."
        });
        TURNS.put("F8", new Object[] {2, "Depende de mi hermano: a veces viene los domingos y a veces no."});
        TURNS.put("F9", new Object[] {3, "Dejé el empleo porque no había otra salida."});
        TURNS.put("F10", new Object[] {3, "Nos organizamos entre las hermanas por turnos porque ninguna puede sola."});
        TURNS.put("F11", new Object[] {3, "Al final perdí a mis amigas del barrio."});
        TURNS.put("F13", new Object[] {4, "Lo que hago es dejar todo preparado la noche anterior."});
        TURNS.put("F14", new Object[] {4, "Sin embargo, gracias a la vecina, puedo salir un rato."});
    }

    private CareStudy() {}

    static UUID id(String name) {
        return SyntheticCorpus.uuid(name);
    }

    static UUID interview(int n) {
        return id("interview:" + n);
    }

    static UUID fragment(String key) {
        return id("fragment:" + key);
    }

    static List<AnalystFragment> fragments() {
        List<AnalystFragment> fragments = new ArrayList<>();
        TURNS.forEach((key, turn) -> {
            int n = (Integer) turn[0];
            fragments.add(new AnalystFragment(
                    id("question:" + key), interview(n), "E", true, Language.ES, "¿Y eso por qué pasó?"));
            fragments.add(
                    new AnalystFragment(fragment(key), interview(n), "P" + n, false, Language.ES, (String) turn[1]));
        });
        return fragments;
    }

    static TheoryRequest request(Language language) {
        List<TheoryCategory> categories = List.of(
                category(CENTRAL, "Cuidado cotidiano", "cuidado", TURNS.keySet().toArray(String[]::new)),
                category(QUITTING, "Abandono del empleo", "dejar el trabajo", "F1", "F5", "F9", "F7"),
                category(ORGANISING, "Organización", "organizarse", "F2", "F6", "F10", "F13"),
                category(COSTS, "Costes del cuidado", "costes", "F3", "F7", "F11"),
                category(VILLAGE, "Entorno rural", "pueblo", "F4"),
                category(SUPPORT, "Apoyos informales", "apoyos", "F8", "F14"));
        List<CategoryMetrics> metrics = List.of(
                new CategoryMetrics(CENTRAL, 5, 14, 0.40, 1.0),
                new CategoryMetrics(QUITTING, 2, 5, 0.15, 0.75),
                new CategoryMetrics(ORGANISING, 1, 4, 0.12, 1.0),
                new CategoryMetrics(COSTS, 2, 4, 0.14, 0.75),
                new CategoryMetrics(VILLAGE, 1, 1, 0.09, 0.25),
                new CategoryMetrics(SUPPORT, 1, 2, 0.10, 0.5));
        List<CategoryPair> pairs =
                List.of(new CategoryPair(CENTRAL, QUITTING, 4), new CategoryPair(QUITTING, COSTS, 1));
        return new TheoryRequest(
                language,
                List.of(interview(1), interview(2), interview(3), interview(4)),
                categories,
                fragments(),
                metrics,
                pairs,
                List.of("carers", "nurses"));
    }

    private static TheoryCategory category(UUID id, String name, String code, String... keys) {
        List<UUID> fragments = Arrays.stream(keys).map(CareStudy::fragment).toList();
        return new TheoryCategory(id, name, "", List.of(new TheoryCode(id("code:" + code), code, fragments)));
    }
}
