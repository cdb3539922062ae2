package com.theogen.export;

import com.theogen.export.RunManifest.BudgetTrim;
import com.theogen.export.RunManifest.InputHash;
import com.theogen.export.RunManifest.PromptVersion;
import com.theogen.export.RunManifest.StageTiming;
import com.theogen.shared.Language;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Large, dense Spanish reports built by rule: long category names, very long quotes, many propositions,
 * a dense co-occurrence network. Deterministic, so renders and benchmarks are comparable.
 */
final class StressReport {

    private static final String[] TOPICS = {
        "Negociación de turnos con la supervisión",
        "Cuidado nocturno y falta de sueño",
        "Trámites de la ley de dependencia",
        "Culpa por delegar el cuidado",
        "Apoyo de la vecindad",
        "Gasto en medicamentos y material",
        "Teletrabajo desde casa del familiar",
        "Hermanos que no participan",
        "Conflictos de pareja por el cuidado",
        "Renuncia a la promoción profesional",
        "Centro de día y transporte",
        "Salud mental de la persona cuidadora",
        "Cuidadoras migrantes contratadas",
        "Reducción de jornada",
        "Crisis hospitalarias inesperadas",
        "Información fragmentada de los servicios",
        "Duelo anticipado",
        "Organización del calendario familiar",
        "Compañeros de trabajo solidarios",
        "Miedo a perder el empleo",
        "Adaptación de la vivienda",
        "Comunicación con el personal sanitario",
        "Tiempo propio y ocio perdido",
        "Aprendizaje de cuidados técnicos",
        "Reconocimiento social del cuidado"
    };

    private StressReport() {}

    /** The stress fixture: 25 categories, very long quotes, 10 propositions, 60 codebook rows. */
    static TheoryReport build() {
        return build(25, 10, 60, 3, 8);
    }

    /**
     * @param categories number of categories (names repeat with a numeral past 25)
     * @param propositionCount propositions
     * @param codes codebook rows
     * @param quotesPerItem evidence quotes per paradigm item and proposition
     * @param itemsPerComponent statements per paradigm component
     */
    static TheoryReport build(
            int categories, int propositionCount, int codes, int quotesPerItem, int itemsPerComponent) {
        FixtureQuotes f = new FixtureQuotes();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < categories; i++) {
            String topic = TOPICS[i % TOPICS.length];
            names.add(i < TOPICS.length ? topic : topic + " (" + (i / TOPICS.length + 1) + ")");
        }
        int[] counter = {0};
        java.util.function.Supplier<List<EvidenceQuote>> quotes = () -> {
            List<EvidenceQuote> list = new ArrayList<>();
            for (int k = 0; k < quotesPerItem; k++) {
                int n = counter[0]++;
                String interview = String.format("E%02d · Participante %d", n % 30 + 1, n % 30 + 1);
                list.add(f.q(interview, n % 5 == 0 ? "Entrevistadora" : "Participante " + (n % 30 + 1), longQuote(n)));
            }
            return list;
        };
        List<ParadigmItem> phenomenon = items(itemsPerComponent, "El fenómeno se manifiesta como", names, quotes);
        List<ParadigmItem> causal = items(itemsPerComponent, "Condición causal: la persona afronta", names, quotes);
        List<ParadigmItem> context = items(itemsPerComponent, "Contexto: hogares marcados por", names, quotes);
        List<ParadigmItem> intervening = items(itemsPerComponent, "Condición interviniente: influye", names, quotes);
        List<ParadigmItem> strategies =
                items(itemsPerComponent, "Estrategia: las personas responden con", names, quotes);
        List<Consequence> consequences = new ArrayList<>();
        for (int i = 0; i < itemsPerComponent; i++) {
            consequences.add(new Consequence(
                    "Consecuencia " + (i + 1) + ": efectos acumulados de «" + names.get(i % names.size())
                            + "» sobre el empleo, los ingresos y la salud de quien cuida, según el año y el tipo de hogar.",
                    ConsequenceType.values()[i % 3],
                    Horizon.values()[i % 2],
                    quotes.get()));
        }
        List<Proposition> propositions = new ArrayList<>();
        for (int i = 0; i < propositionCount; i++) {
            propositions.add(new Proposition(
                    "P" + (i + 1),
                    "Si «" + names.get(i % names.size()) + "» se intensifica y además aparece «"
                            + names.get((i + 3) % names.size()) + "», entonces aumenta el riesgo de abandonar el empleo"
                            + " o de reducir la jornada de forma permanente, porque las estrategias disponibles dejan"
                            + " de compensar la carga acumulada de cuidado y trabajo.",
                    quotes.get()));
        }
        List<CentralityRow> centrality = new ArrayList<>();
        for (int i = 0; i < categories; i++) {
            centrality.add(new CentralityRow(
                    names.get(i),
                    2 + (categories - i) % 7,
                    6 + (categories - i) * 2,
                    1 + (categories - i) % 12,
                    Math.min(categories - 1, 4 + i % 9),
                    10.0 + (categories - i) * 1.5,
                    (categories - i) / (categories * (categories + 1) / 2.0)));
        }
        List<CoOccurrence> pairs = new ArrayList<>();
        for (int i = 0; i < categories; i++) {
            for (int step : new int[] {1, 2, 5, 11}) {
                int j = (i + step) % categories;
                if (i < j) {
                    pairs.add(new CoOccurrence(names.get(i), names.get(j), 1 + (i * 7 + j * 3) % 17));
                }
            }
        }
        pairs.sort((a, b) -> Integer.compare(b.sharedFragments(), a.sharedFragments()));
        List<SaturationPoint> saturation = new ArrayList<>();
        int cumulative = 0;
        for (int i = 1; i <= 30; i++) {
            int fresh = Math.max(0, 22 - (int) Math.round(6.5 * Math.log(i)) - i / 6);
            cumulative += fresh;
            saturation.add(new SaturationPoint(i, String.format("E%02d · Participante %d", i, i), fresh, cumulative));
        }
        List<CodebookEntry> codebook = new ArrayList<>();
        for (int i = 0; i < codes; i++) {
            codebook.add(new CodebookEntry(
                    "código " + (i + 1) + " · " + TOPICS[i % TOPICS.length].toLowerCase(),
                    "Definición operativa del código " + (i + 1) + ": fragmentos en los que la persona describe "
                            + TOPICS[(i + 7) % TOPICS.length].toLowerCase() + " con ejemplos concretos.",
                    names.get(i % names.size()),
                    CodeOrigin.values()[i % 3],
                    3 + i % 11,
                    1 + i % 9));
        }
        List<Gap> gaps = new ArrayList<>();
        List<SamplingStep> plan = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            gaps.add(new Gap(
                    names.get((i * 2) % names.size()),
                    "Pocas entrevistas tratan este aspecto con detalle;"
                            + " la evidencia procede de " + (1 + i % 3) + " participantes y no permite contrastar"
                            + " variaciones por edad, género ni tipo de empleo.",
                    Severity.values()[i % 3]));
            plan.add(new SamplingStep(
                    "Perfil " + (i + 1) + ": personas cuidadoras con «" + names.get(i % names.size())
                            + "» como experiencia principal",
                    "Saturar la categoría y contrastar la proposición P" + (i % Math.max(1, propositionCount) + 1)
                            + " → comprobar si se mantiene fuera de la ciudad."));
        }
        return new TheoryReport(
                "Estudio ampliado de personas cuidadoras que trabajan: muestra nacional con treinta entrevistas en"
                        + " profundidad y seguimiento longitudinal",
                "¿Qué combinaciones de condiciones laborales, familiares e institucionales llevan a las personas"
                        + " cuidadoras a mantener, reducir o abandonar su empleo a lo largo del tiempo?",
                Language.ES,
                new ReportTemplate("health", "Salud", List.of("personas cuidadoras", "pacientes", "enfermería")),
                7,
                Instant.parse("2026-11-22T08:00:00Z"),
                "gpt-4o (Azure OpenAI)",
                false,
                List.of(longQuote(1000), longQuote(1001), longQuote(1002)),
                new CoreCategory(
                        names.get(0), longQuote(2000), "Mayor PageRank y cobertura ≥ 90 % de las entrevistas."),
                new ParadigmModel(phenomenon, causal, context, intervening, strategies, consequences),
                propositions,
                gaps,
                plan,
                new NetworkSummary(centrality, pairs),
                saturation,
                codebook,
                new VerificationCounts(counter[0] + 40, counter[0], 31, 9),
                new RunManifest(
                        List.of("gpt-4o (Azure OpenAI)", "text-embedding-3-small (Azure OpenAI)"),
                        List.of(new PromptVersion("build_paradigm", "build_paradigm.es.v3")),
                        "health",
                        List.of(
                                new BudgetTrim("build_paradigm", "fragments_per_category", 20, 6),
                                new BudgetTrim("build_paradigm", "categories_by_centrality", categories, 18),
                                new BudgetTrim("analyze_saturation_and_gaps", "network_rows", 120, 40)),
                        List.of(new InputHash("interviews", "ab".repeat(32))),
                        List.of(new StageTiming("build_paradigm", 48_200, 61_000, 7_900))),
                ReportLinks.NONE);
    }

    private static List<ParadigmItem> items(
            int count, String prefix, List<String> names, java.util.function.Supplier<List<EvidenceQuote>> quotes) {
        List<ParadigmItem> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(new ParadigmItem(
                    prefix + " «" + names.get((i * 3) % names.size()) + "», con diferencias"
                            + " según la edad, el tipo de contrato y la red familiar disponible.",
                    quotes.get()));
        }
        return items;
    }

    /** A long, varied, accented quote; {@code n} makes it unique. */
    static String longQuote(int n) {
        String[] parts = {
            "Mira, yo me levanto a las cinco y media, le doy la medicación a mi madre, la aseo, le preparo el"
                    + " desayuno y a las siete y cuarto ya estoy en el autobús pensando si habrá comido.",
            "En el trabajo nadie sabe lo que pasa en casa; ¿para qué contarlo? Si lo cuentas, te miran como si"
                    + " fueras a fallar en cualquier momento.",
            "La trabajadora social nos dijo “esto va para largo”, y así ha sido: año y medio esperando una"
                    + " valoración que no llega.",
            "Mi hermano llama los domingos, pregunta qué tal y ya está; yo hago las noches, las urgencias y el"
                    + " papeleo, ¡todo!",
            "He aprendido a cambiar sondas, a mover a mi padre sin hacerme daño en la espalda y a discutir con el"
                    + " seguro, que es lo más agotador."
        };
        StringBuilder text = new StringBuilder("[" + n + "] ");
        for (int i = 0; i < 4; i++) {
            text.append(parts[(n + i) % parts.length]).append(' ');
        }
        return text.toString().trim();
    }
}
