package com.theogen.analyst;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.analyst.internal.KeyPhraseOpenCoder;
import com.theogen.shared.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue #18, ADR 037: each interview is analysed in its own language, with phrase codes and merged duplicates. */
class MultilingualOpenCodingTest {

    private final OfflineOpenCoder coder = new KeyPhraseOpenCoder();

    private OpenCodingResult code(Language projectLanguage, List<AnalystFragment> fragments) {
        return coder.code(new OpenCodingRequest(projectLanguage, fragments, List.of(), List.of()));
    }

    private static List<String> labels(OpenCodingResult result) {
        return result.codes().stream().map(OpenCodingResult.CodeDraft::label).toList();
    }

    private static OpenCodingResult.CodeDraft codeNamed(OpenCodingResult result, String label) {
        return result.codes().stream()
                .filter(c -> c.label().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no code '" + label + "' in " + labels(result)));
    }

    private static String languageOf(OpenCodingResult result, String interview) {
        return result.interviewLanguages().get(SyntheticCorpus.uuid("interview:" + interview));
    }

    /** Two French interviews filed in a Spanish project, beside two Spanish ones. */
    private static List<AnalystFragment> frenchInASpanishProject() {
        List<AnalystFragment> fragments = new ArrayList<>(Corpora.interviews(
                Language.ES,
                Map.of(
                        "Amélie",
                        List.of(
                                "I: Parlez-moi de votre mère.",
                                "Ma mère est à la maison de retraite depuis l'hiver dernier, je passe la voir le dimanche.",
                                "Avant, l'aide à domicile venait le matin, mais la maison de retraite est devenue nécessaire.",
                                "Je me sens coupable, avec le travail et les enfants je n'ai plus de temps pour moi."),
                        "Bruno",
                        List.of(
                                "Mon père refusait la maison de retraite, il voulait rester chez lui avec l'aide à domicile.",
                                "Les maisons de retraite coûtent cher et les aides à domicile changent tout le temps.",
                                "Le soir je suis épuisé, mais je n'ose pas le dire à ma famille."))));
        fragments.addAll(Corpora.interviews(
                Language.ES,
                Map.of(
                        "Carmen",
                        List.of(
                                "Mi madre va al centro de día por las mañanas y eso me da un respiro enorme.",
                                "El centro de día cierra en agosto y entonces no sé qué hacer con el trabajo."),
                        "Diego",
                        List.of(
                                "Los turnos de noche me dejan agotado, y el centro de día es la única ayuda.",
                                "Con los turnos de noche apenas veo a mis hijos durante la semana."))));
        return fragments;
    }

    @Test
    void detectsEachInterviewsLanguageFromItsTextNotFromTheProject() {
        OpenCodingResult result = code(Language.ES, frenchInASpanishProject());

        assertThat(languageOf(result, "Amélie")).isEqualTo("fr");
        assertThat(languageOf(result, "Bruno")).isEqualTo("fr");
        assertThat(languageOf(result, "Carmen")).isEqualTo("es");
        assertThat(languageOf(result, "Diego")).isEqualTo("es");
    }

    @Test
    void aFewShortTurnsKeepTheirDeclaredLanguage() {
        List<AnalystFragment> fragments = Corpora.interviews(
                Language.ES, Map.of("Lola", List.of("El hospital nos mandó a casa."), "Mara", List.of("Vale, sí.")));

        OpenCodingResult result = code(Language.ES, fragments);

        assertThat(languageOf(result, "Lola")).isEqualTo("es");
        assertThat(languageOf(result, "Mara")).isEqualTo("es");
    }

    @Test
    void aFrenchInterviewIsCodedWithFrenchStopWordsElisionsAndStemmer() {
        OpenCodingResult result = code(Language.ES, frenchInASpanishProject());

        assertThat(labels(result)).contains("maison de retraite", "aide à domicile", "centro de día");
        assertThat(codeNamed(result, "maison de retraite").variants()).contains("maisons de retraite");
        assertThat(codeNamed(result, "aide à domicile").variants()).contains("aides à domicile");
        assertThat(codeNamed(result, "aide à domicile").applications()).hasSize(3);
        assertThat(labels(result)).noneMatch(l -> l.matches("(?i).*\\b(avec|mais|chez|plus|pas)\\b.*"));
        assertThat(codeNamed(result, "maison de retraite").language())
                .as("the report language of a French interview filed in a Spanish project")
                .isEqualTo(Language.ES);
    }

    @Test
    void germanInterviewsKeepCapitalisedNounsAndMergeTheirInflections() {
        List<AnalystFragment> fragments = Corpora.interviews(
                Language.EN,
                Map.of(
                        "Hanna",
                        List.of(
                                "Meine Mutter lebt seit dem Winter im Pflegeheim, und ich besuche sie jeden Sonntag.",
                                "Der ambulante Pflegedienst kam morgens, aber das reichte irgendwann nicht mehr."),
                        "Jonas",
                        List.of(
                                "Mein Vater wollte nie ins Pflegeheim, er wollte unbedingt zu Hause bleiben.",
                                "Der ambulante Pflegedienst hat uns geholfen, bis die Kosten zu hoch wurden.",
                                "Die Pflegeheime in unserer Gegend haben lange Wartelisten.")));

        OpenCodingResult result = code(Language.EN, fragments);

        assertThat(languageOf(result, "Hanna")).isEqualTo("de");
        assertThat(languageOf(result, "Jonas")).isEqualTo("de");
        assertThat(labels(result)).contains("Pflegeheim", "ambulante Pflegedienst");
        assertThat(codeNamed(result, "Pflegeheim").applications()).hasSize(3);
    }

    @Test
    void portugueseInterviewsInASpanishProjectAreCodedInPortuguese() {
        List<AnalystFragment> fragments = Corpora.interviews(
                Language.ES,
                Map.of(
                        "Inês",
                        List.of(
                                "A minha mãe vai ao centro de dia todas as manhãs, e eu consigo trabalhar descansada.",
                                "Os cuidadores informais não têm apoio nenhum do Estado, é uma vergonha."),
                        "Rui",
                        List.of(
                                "O centro de dia fecha em agosto e eu fico sem saber o que fazer com o meu pai.",
                                "Nós, os cuidadores informais, vivemos cansados e sozinhos.")));

        OpenCodingResult result = code(Language.ES, fragments);

        assertThat(languageOf(result, "Inês")).isEqualTo("pt");
        assertThat(languageOf(result, "Rui")).isEqualTo("pt");
        assertThat(labels(result)).contains("centro de dia", "cuidadores informais");
        assertThat(labels(result)).noneMatch(l -> l.matches("(?i).*\\b(não|têm|nós)\\b.*"));
    }

    @Test
    void italianInterviewsAreCodedInItalianWithElidedArticlesRemoved() {
        List<AnalystFragment> fragments = Corpora.interviews(
                Language.EN,
                Map.of(
                        "Giulia",
                        List.of(
                                "Mia madre va al centro diurno ogni mattina, e così riesco a lavorare.",
                                "L'assistenza domiciliare arriva solo due volte alla settimana."),
                        "Marco",
                        List.of(
                                "Il centro diurno chiude ad agosto e non so come fare con il lavoro.",
                                "Abbiamo chiesto l'assistenza domiciliare, ma la lista d'attesa è lunga.")));

        OpenCodingResult result = code(Language.EN, fragments);

        assertThat(languageOf(result, "Giulia")).isEqualTo("it");
        assertThat(languageOf(result, "Marco")).isEqualTo("it");
        assertThat(labels(result)).contains("centro diurno", "assistenza domiciliare");
        assertThat(codeNamed(result, "assistenza domiciliare").variants())
                .contains("assistenza domiciliare")
                .noneMatch(v -> v.contains("'"));
    }

    @Test
    void wordsThatGoTogetherBecomeOnePhraseCode() {
        List<AnalystFragment> fragments = Corpora.interviews(
                Language.EN,
                Map.of(
                        "Ivy",
                        List.of(
                                "The council finally offered respite care for two weekends a month.",
                                "My neighbour checks on her when the carer cannot come."),
                        "Joe",
                        List.of(
                                "Without respite care I would have gone under last winter.",
                                "The carer from the agency changes every week."),
                        "Kim",
                        List.of("We waited eight months for respite care.", "A paid carer is out of our budget.")));

        OpenCodingResult result = code(Language.EN, fragments);

        assertThat(labels(result)).contains("respite care");
        assertThat(codeNamed(result, "respite care").applications()).hasSize(3);
        assertThat(labels(result)).doesNotContain("respite");
    }

    @Test
    void aVerbAndTheNounItGovernsBecomeAVerbPhraseCode() {
        List<AnalystFragment> fragments = Corpora.interviews(
                Language.ES,
                Map.of(
                        "Ana", List.of("Aquel año cambié de trabajo sin pensarlo, con tanto hospital."),
                        "Bea", List.of("Con los turnos cambié de trabajo y de barrio."),
                        "Cris", List.of("Yo también cambié de trabajo cuando enfermó mi padre.")));

        OpenCodingResult result = code(Language.ES, fragments);

        assertThat(labels(result)).contains("cambié de trabajo").doesNotContain("trabajo");
        assertThat(codeNamed(result, "cambié de trabajo").applications()).hasSize(3);
    }

    @Test
    void aCodeAppliedAlmostOnlyWhereAnotherIsIsMergedIntoItAndReported() {
        List<AnalystFragment> fragments = Corpora.interviews(
                Language.EN,
                Map.of(
                        "Lea",
                        List.of(
                                "Respite care saved us, and honestly the respite made me human again.",
                                "The garden is where I think."),
                        "Max",
                        List.of("Respite care is rationed; respite should not be a luxury.", "My brother never calls."),
                        "Ned",
                        List.of(
                                "We fought for respite care, because respite is the only rest I get.",
                                "The bus is always late.")));

        OpenCodingResult result = code(Language.EN, fragments);

        assertThat(labels(result)).contains("respite care").doesNotContain("respite");
        assertThat(codeNamed(result, "respite care").variants()).contains("respite care", "respite");
        assertThat(result.merges()).contains(new OpenCodingResult.Merge("respite", "respite care"));
    }
}
