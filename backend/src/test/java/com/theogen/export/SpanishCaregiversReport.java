package com.theogen.export;

import static com.theogen.export.FixtureQuotes.consequence;
import static com.theogen.export.FixtureQuotes.item;
import static com.theogen.export.FixtureQuotes.proposition;

import com.theogen.export.RunManifest.BudgetTrim;
import com.theogen.export.RunManifest.InputHash;
import com.theogen.export.RunManifest.PromptVersion;
import com.theogen.export.RunManifest.StageTiming;
import com.theogen.shared.Language;
import java.time.Instant;
import java.util.List;

/** A realistic Spanish report: eight interviews with people who work and care for a dependent relative. */
final class SpanishCaregiversReport {

    private SpanishCaregiversReport() {}

    static TheoryReport build() {
        FixtureQuotes f = new FixtureQuotes();
        EvidenceQuote marta1 = f.q(
                "E01 · Marta",
                "Marta",
                "Yo entro a las ocho en la oficina, pero antes tengo que levantar a mi madre, darle las pastillas y"
                        + " dejarle el desayuno. A veces llego tarde y ya ni me disculpo.");
        EvidenceQuote marta2 = f.q(
                "E01 · Marta", "Marta", "Mi jefa me dijo “haz lo que tengas que hacer”, y eso me salvó ese invierno.");
        EvidenceQuote rosa1 = f.q(
                "E02 · Rosa",
                "Rosa",
                "¿Quién más lo iba a hacer? Mis hermanos viven en Madrid y yo soy la hija soltera, así que me tocó.");
        EvidenceQuote rosa2 = f.q(
                "E02 · Rosa",
                "Rosa",
                "Es como tener un segundo turno que empieza cuando salgo del trabajo y no termina nunca.");
        EvidenceQuote julian1 = f.q(
                "E03 · Julián",
                "Julián",
                "Fue de un día para otro: el ictus fue un martes y el jueves ya estaba yo buscando cómo pedir la"
                        + " reducción de jornada.");
        EvidenceQuote julian2 = f.q(
                "E03 · Julián",
                "Julián",
                "Con la reducción cobro casi trescientos euros menos, y los pañales y la crema no los paga nadie.");
        EvidenceQuote carmen1 = f.q(
                "E04 · Carmen",
                "Carmen",
                "Pedimos la ayuda de la dependencia hace once meses y todavía no ha venido nadie a valorarla.");
        EvidenceQuote carmen2 = f.q(
                "E04 · Carmen", "Carmen", "Me siento culpable si salgo a tomar un café; pienso “¿y si se cae ahora?”.");
        EvidenceQuote andres1 = f.q(
                "E05 · Andrés",
                "Andrés",
                "En la fábrica los turnos son los que son. Si pido cambiar, el encargado me mira como diciendo"
                        + " que no estoy comprometido.");
        EvidenceQuote andres2 = f.q(
                "E05 · Andrés",
                "Andrés",
                "Al final dejé el trabajo. No había manera de cuadrar las diálisis con el turno de noche.");
        EvidenceQuote lucia1 = f.q(
                "E06 · Lucía",
                "Lucía",
                "La vecina de abajo se queda con mi padre los miércoles; yo le hago la compra a ella. Así nos apañamos.");
        EvidenceQuote lucia2 = f.q(
                "E06 · Lucía",
                "Lucía",
                "He dejado de ir al médico por mis cosas. Lo mío siempre puede esperar, lo de él no.");
        EvidenceQuote begona1 = f.q(
                "E07 · Begoña",
                "Begoña",
                "Contratamos a una chica por horas, pero con mi sueldo no llega para más de tres mañanas a la semana.");
        EvidenceQuote begona2 = f.q(
                "E07 · Begoña",
                "Entrevistadora",
                "¿Y qué pasa los días que no viene ella? —Pues que me llevo el portátil a casa de mi madre y trabajo"
                        + " desde allí, con el corazón en un puño.");
        EvidenceQuote tomas1 = f.q(
                "E08 · Tomás",
                "Tomás",
                "Desde que cuido a mi mujer ya no veo a los amigos; el sábado es para la compra y las medicinas.");
        EvidenceQuote tomas2 = f.q(
                "E08 · Tomás", "Tomás", "Mi hija y yo nunca habíamos hablado tanto. El cuidado nos ha unido, eso sí.");
        EvidenceQuote rosa3 = f.q(
                "E02 · Rosa",
                "Rosa",
                "Con el teletrabajo dos días puedo llevarla al centro de día y recogerla; sin eso, imposible.");
        EvidenceQuote marta3 = f.q(
                "E01 · Marta",
                "Marta",
                "Siempre fuimos las mujeres de la casa las que cuidamos: mi abuela, mi madre y ahora yo. ¡Ni se discute!");

        ParadigmModel paradigm = new ParadigmModel(
                List.of(
                        item(
                                "Las personas cuidadoras reorganizan cada día su jornada laboral alrededor de las"
                                        + " necesidades de su familiar dependiente.",
                                marta1,
                                begona2),
                        item(
                                "El cuidado se vive como un segundo turno que empieza al salir del trabajo y no termina.",
                                rosa2)),
                List.of(
                        item(
                                "La aparición súbita de la dependencia (ictus, caída, diagnóstico de demencia) obliga a"
                                        + " asumir el cuidado sin preparación.",
                                julian1),
                        item(
                                "La falta de otros familiares disponibles concentra el cuidado en una sola persona, casi"
                                        + " siempre una hija.",
                                rosa1),
                        item(
                                "Los horarios rígidos del empleo chocan con las citas médicas y con las crisis.",
                                andres1)),
                List.of(
                        item(
                                "Hogares de ingresos medios y bajos en los que el salario de la persona cuidadora es"
                                        + " imprescindible.",
                                julian2),
                        item(
                                "Familiares con dependencia moderada o severa que no pueden quedarse solos más de unas"
                                        + " horas.",
                                carmen2)),
                List.of(
                        item(
                                "La actitud de la jefatura directa facilita o bloquea permisos y cambios de turno.",
                                marta2,
                                andres1),
                        item(
                                "Las listas de espera de la ley de dependencia retrasan las ayudas durante meses.",
                                carmen1),
                        item("Las normas de género asignan el cuidado a las mujeres de la familia.", marta3)),
                List.of(
                        item("Negociar turnos, teletrabajo o reducción de jornada.", rosa3, julian1),
                        item(
                                "Tejer redes informales con vecinas, hermanos y amistades para cubrir los huecos.",
                                lucia1),
                        item("Contratar cuidado remunerado por horas pese a su coste.", begona1),
                        item("Postergar la propia salud y el descanso.", lucia2)),
                List.of(
                        consequence(
                                "Pérdida de ingresos por la reducción de jornada y los gastos del cuidado.",
                                ConsequenceType.MATERIAL,
                                Horizon.SHORT_TERM,
                                julian2),
                        consequence(
                                "Aislamiento y pérdida de la vida social.",
                                ConsequenceType.SOCIAL,
                                Horizon.LONG_TERM,
                                tomas1),
                        consequence(
                                "Abandono del empleo o jubilación anticipada, con menor cotización futura.",
                                ConsequenceType.INSTITUTIONAL,
                                Horizon.LONG_TERM,
                                andres2),
                        consequence(
                                "Vínculos familiares más estrechos con quien comparte el cuidado.",
                                ConsequenceType.SOCIAL,
                                Horizon.SHORT_TERM,
                                tomas2),
                        consequence(
                                "Deterioro de la salud física y emocional de la persona cuidadora.",
                                ConsequenceType.MATERIAL,
                                Horizon.LONG_TERM,
                                lucia2,
                                carmen2)));

        List<Proposition> propositions = List.of(
                proposition(
                        "P1",
                        "Si la dependencia aparece de forma súbita y no hay otros familiares disponibles,"
                                + " entonces la persona cuidadora reduce su jornada o deja el empleo, porque no tiene tiempo de"
                                + " organizar apoyos alternativos.",
                        julian1,
                        andres2),
                proposition(
                        "P2",
                        "Si la jefatura directa muestra comprensión, entonces la persona cuidadora mantiene"
                                + " su empleo, porque puede ajustar horarios sin pagar un coste reputacional.",
                        marta2,
                        rosa3),
                proposition(
                        "P3",
                        "Si el empleo tiene turnos rígidos, entonces el cuidado se sostiene con redes"
                                + " informales o se abandona el trabajo, porque no existe margen formal de conciliación.",
                        andres1,
                        lucia1),
                proposition(
                        "P4",
                        "Si las ayudas públicas se retrasan, entonces aumentan el gasto privado y la"
                                + " sobrecarga, porque la familia cubre sola el tiempo de espera.",
                        carmen1,
                        begona1),
                proposition(
                        "P5",
                        "Si el cuidado recae en una sola hija, entonces la culpa y el deber moral limitan"
                                + " su descanso, porque las normas de género definen el cuidado como obligación femenina.",
                        rosa1,
                        marta3,
                        carmen2),
                proposition(
                        "P6",
                        "Si la persona cuidadora posterga su propia salud durante más de un año, entonces"
                                + " su capacidad de cuidar disminuye, porque el desgaste físico se acumula.",
                        lucia2),
                proposition(
                        "P7",
                        "Si el cuidado se comparte con otro familiar, entonces se fortalece el vínculo y"
                                + " disminuye el aislamiento, porque el cuidado se convierte en un proyecto común.",
                        tomas2));

        return new TheoryReport(
                        "Cuidar y trabajar: familias cuidadoras en Valparaíso y Zaragoza",
                        "¿Cómo sostienen el cuidado de un familiar dependiente las personas que además tienen un empleo"
                                + " remunerado?",
                        Language.ES,
                        new ReportTemplate(
                                "health",
                                "Salud",
                                List.of(
                                        "personas cuidadoras",
                                        "pacientes",
                                        "enfermería",
                                        "medicina de familia",
                                        "gestores sanitarios",
                                        "agentes comunitarios de salud")),
                        3,
                        Instant.parse("2026-11-20T16:42:00Z"),
                        "gpt-4o-mini (Azure OpenAI) · analista sin conexión para métricas",
                        false,
                        List.of(
                                "Las ocho entrevistas describen a personas que sostienen un empleo y, a la vez, el cuidado"
                                        + " diario de un familiar dependiente. La categoría central, «Malabarismo entre cuidado"
                                        + " y empleo», explica cómo reorganizan su tiempo, su dinero y su salud para que ninguna"
                                        + " de las dos esferas se derrumbe.",
                                "El malabarismo se activa por la aparición súbita de la dependencia y se agrava cuando no hay"
                                        + " otros familiares disponibles. La actitud de la jefatura y los retrasos de las ayudas"
                                        + " públicas deciden si las estrategias (teletrabajo, redes vecinales, cuidado pagado)"
                                        + " bastan o si la persona termina dejando el empleo.",
                                "Las consecuencias son desiguales: pérdida de ingresos y salud a corto y largo plazo, pero"
                                        + " también vínculos familiares más fuertes cuando el cuidado se comparte. Faltan"
                                        + " voces de cuidadores varones jóvenes y de zonas rurales."),
                        new CoreCategory(
                                "Malabarismo entre cuidado y empleo",
                                "Ajuste continuo y costoso de horarios, ingresos y salud propia para sostener a la vez un"
                                        + " empleo remunerado y el cuidado de un familiar dependiente.",
                                "Tiene el mayor PageRank (0,231 frente a 0,168 de la siguiente), aparece en las 8 entrevistas"
                                        + " (cobertura ≥ 100 %) y coocurre con las otras seis categorías → articula el modelo."),
                        paradigm,
                        propositions,
                        List.of(
                                new Gap(
                                        "Flexibilidad laboral",
                                        "Solo dos entrevistas describen empresas con políticas formales"
                                                + " de conciliación; no sabemos si el efecto de la jefatura se mantiene cuando existen.",
                                        Severity.HIGH),
                                new Gap(
                                        "Culpa y deber moral",
                                        "Los cuidadores varones (2 de 8) apenas hablan de culpa: ¿es"
                                                + " ausencia real o un sesgo de la entrevista?",
                                        Severity.MEDIUM),
                                new Gap(
                                        "Acceso a servicios de salud",
                                        "No hay entrevistas en zonas rurales, donde el centro de"
                                                + " salud puede estar a más de 30 km.",
                                        Severity.HIGH),
                                new Gap(
                                        "Costes económicos del cuidado",
                                        "Los importes se mencionan de pasada; falta una"
                                                + " estimación del gasto mensual.",
                                        Severity.LOW)),
                        List.of(
                                new SamplingStep(
                                        "Cuidadores de empresas con plan de conciliación (2–3 entrevistas)",
                                        "Contrastar la proposición P2 → ¿la política formal sustituye a la jefatura comprensiva?"),
                                new SamplingStep(
                                        "Hombres jóvenes que cuidan a su madre o padre",
                                        "Saturar «Culpa y deber moral» y probar la lectura de género de P5."),
                                new SamplingStep(
                                        "Familias rurales de Aragón con dependencia severa",
                                        "Cubrir el vacío de acceso a servicios y la distancia ≥ 30 km al centro de salud.")),
                        new NetworkSummary(
                                List.of(
                                        new CentralityRow("Malabarismo entre cuidado y empleo", 9, 41, 8, 6, 58, 0.231),
                                        new CentralityRow("Sobrecarga física y emocional", 7, 29, 7, 5, 39, 0.168),
                                        new CentralityRow("Flexibilidad laboral", 6, 24, 6, 4, 31, 0.139),
                                        new CentralityRow("Redes de apoyo informal", 5, 18, 6, 4, 22, 0.121),
                                        new CentralityRow("Culpa y deber moral", 5, 15, 5, 4, 19, 0.118),
                                        new CentralityRow("Acceso a servicios de salud", 4, 14, 5, 3, 15, 0.112),
                                        new CentralityRow("Costes económicos del cuidado", 4, 12, 4, 3, 13, 0.111)),
                                List.of(
                                        new CoOccurrence(
                                                "Malabarismo entre cuidado y empleo", "Flexibilidad laboral", 14),
                                        new CoOccurrence(
                                                "Malabarismo entre cuidado y empleo",
                                                "Sobrecarga física y emocional",
                                                12),
                                        new CoOccurrence("Sobrecarga física y emocional", "Culpa y deber moral", 9),
                                        new CoOccurrence(
                                                "Malabarismo entre cuidado y empleo", "Redes de apoyo informal", 9),
                                        new CoOccurrence(
                                                "Malabarismo entre cuidado y empleo",
                                                "Costes económicos del cuidado",
                                                8),
                                        new CoOccurrence("Flexibilidad laboral", "Costes económicos del cuidado", 6),
                                        new CoOccurrence(
                                                "Acceso a servicios de salud", "Sobrecarga física y emocional", 6),
                                        new CoOccurrence(
                                                "Malabarismo entre cuidado y empleo", "Culpa y deber moral", 5),
                                        new CoOccurrence("Redes de apoyo informal", "Acceso a servicios de salud", 5),
                                        new CoOccurrence(
                                                "Malabarismo entre cuidado y empleo", "Acceso a servicios de salud", 4),
                                        new CoOccurrence("Flexibilidad laboral", "Redes de apoyo informal", 4),
                                        new CoOccurrence("Culpa y deber moral", "Redes de apoyo informal", 3),
                                        new CoOccurrence("Sobrecarga física y emocional", "Flexibilidad laboral", 3))),
                        List.of(
                                new SaturationPoint(1, "E01 · Marta", 14, 14),
                                new SaturationPoint(2, "E02 · Rosa", 9, 23),
                                new SaturationPoint(3, "E03 · Julián", 7, 30),
                                new SaturationPoint(4, "E04 · Carmen", 5, 35),
                                new SaturationPoint(5, "E05 · Andrés", 3, 38),
                                new SaturationPoint(6, "E06 · Lucía", 2, 40),
                                new SaturationPoint(7, "E07 · Begoña", 1, 41),
                                new SaturationPoint(8, "E08 · Tomás", 1, 42)),
                        codebook(),
                        new VerificationCounts(64, 58, 4, 2),
                        new RunManifest(
                                List.of("gpt-4o-mini (Azure OpenAI)", "all-MiniLM-L6-v2 (embeddings, local)"),
                                List.of(
                                        new PromptVersion(
                                                "identify_central_category", "identify_central_category.es.v2"),
                                        new PromptVersion("build_paradigm", "build_paradigm.es.v3"),
                                        new PromptVersion(
                                                "analyze_saturation_and_gaps", "analyze_saturation_and_gaps.es.v1")),
                                "health",
                                List.of(
                                        new BudgetTrim("build_paradigm", "fragments_per_category", 12, 8),
                                        new BudgetTrim("build_paradigm", "fragment_length", 900, 600)),
                                List.of(
                                        new InputHash(
                                                "interviews",
                                                "9f2c4e1b7a0d3c58e6f1a2b4c7d9e0f13a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d"),
                                        new InputHash(
                                                "codebook",
                                                "1b3d5f7a9c0e2a4c6e8f0b1d3f5a7c9e1b3d5f7a9c0e2a4c6e8f0b1d3f5a7c9e")),
                                List.of(
                                        new StageTiming("load_project", 41, 0, 0),
                                        new StageTiming("network_metrics", 186, 0, 0),
                                        new StageTiming("semantic_evidence", 912, 0, 0),
                                        new StageTiming("identify_central_category", 6_480, 5_210, 412),
                                        new StageTiming("build_paradigm", 18_930, 14_870, 2_954),
                                        new StageTiming("analyze_saturation_and_gaps", 7_115, 6_032, 881),
                                        new StageTiming("verify_evidence", 233, 0, 0),
                                        new StageTiming("save_theory", 58, 0, 0))),
                        ReportLinks.NONE)
                .withLinks(new ReportLinks(
                        "https://theogen.example.org",
                        java.util.UUID.fromString("5a1c0000-0000-4000-8000-000000000001")));
    }

    private static List<CodebookEntry> codebook() {
        String core = "Malabarismo entre cuidado y empleo";
        String load = "Sobrecarga física y emocional";
        String flex = "Flexibilidad laboral";
        String nets = "Redes de apoyo informal";
        String guilt = "Culpa y deber moral";
        String access = "Acceso a servicios de salud";
        String cost = "Costes económicos del cuidado";
        return List.of(
                new CodebookEntry(
                        "llegar tarde al trabajo",
                        "Retrasos por tareas de cuidado antes de la jornada.",
                        core,
                        CodeOrigin.AI,
                        6,
                        4),
                new CodebookEntry(
                        "segundo turno", "El cuidado como jornada que sigue a la laboral.", core, CodeOrigin.AI, 5, 4),
                new CodebookEntry(
                        "teletrabajo para cuidar",
                        "Trabajar desde casa del familiar o alternar días.",
                        flex,
                        CodeOrigin.AI,
                        5,
                        3),
                new CodebookEntry(
                        "reducción de jornada",
                        "Solicitud o uso de jornada reducida por cuidado.",
                        flex,
                        CodeOrigin.HUMAN,
                        6,
                        4),
                new CodebookEntry(
                        "jefatura comprensiva",
                        "Superiores que facilitan permisos y cambios.",
                        flex,
                        CodeOrigin.AI,
                        4,
                        3),
                new CodebookEntry(
                        "turnos rígidos",
                        "Horarios fijos que impiden acompañar citas.",
                        flex,
                        CodeOrigin.OFFLINE,
                        3,
                        2),
                new CodebookEntry(
                        "vecindad que cuida",
                        "Vecinas y vecinos que cubren horas de cuidado.",
                        nets,
                        CodeOrigin.AI,
                        4,
                        3),
                new CodebookEntry(
                        "hermanos lejanos",
                        "Familiares que viven lejos y no participan.",
                        nets,
                        CodeOrigin.HUMAN,
                        3,
                        3),
                new CodebookEntry(
                        "cuidado pagado por horas",
                        "Contratación de apoyo doméstico o de cuidado.",
                        cost,
                        CodeOrigin.AI,
                        4,
                        3),
                new CodebookEntry(
                        "gasto en material",
                        "Pañales, cremas, ayudas técnicas no financiadas.",
                        cost,
                        CodeOrigin.OFFLINE,
                        3,
                        2),
                new CodebookEntry(
                        "pérdida de salario",
                        "Menores ingresos por reducir o dejar el empleo.",
                        cost,
                        CodeOrigin.AI,
                        5,
                        4),
                new CodebookEntry(
                        "culpa al descansar", "Sentirse culpable por tiempo propio.", guilt, CodeOrigin.AI, 4, 3),
                new CodebookEntry(
                        "deber de hija",
                        "El cuidado como obligación de las mujeres de la familia.",
                        guilt,
                        CodeOrigin.HUMAN,
                        5,
                        4),
                new CodebookEntry(
                        "posponer la propia salud",
                        "Dejar de atender problemas de salud propios.",
                        load,
                        CodeOrigin.AI,
                        4,
                        3),
                new CodebookEntry(
                        "agotamiento", "Cansancio físico y mental acumulado.", load, CodeOrigin.OFFLINE, 7, 6),
                new CodebookEntry(
                        "espera de la dependencia",
                        "Meses de espera para valoración o ayudas.",
                        access,
                        CodeOrigin.AI,
                        4,
                        3),
                new CodebookEntry(
                        "centro de día", "Uso de centros de día y sus horarios.", access, CodeOrigin.HUMAN, 3, 2),
                new CodebookEntry(
                        "aislamiento social", "Pérdida de contacto con amistades.", load, CodeOrigin.AI, 3, 3));
    }
}
