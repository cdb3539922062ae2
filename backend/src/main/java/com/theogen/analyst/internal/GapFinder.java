package com.theogen.analyst.internal;

import com.theogen.analyst.ParadigmModel;
import com.theogen.analyst.ParadigmModel.Component;
import com.theogen.analyst.ParadigmRole;
import com.theogen.analyst.SaturationReport.Gap;
import com.theogen.analyst.TheoryRequest.TheoryCategory;
import com.theogen.shared.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Gaps: categories seen in under half the interviews or resting on fewer than three fragments, roles
 * resting on a single cue sentence or on none, paradigm components no category fills, no consequence stated in the
 * data (said explicitly rather than left as an empty role, ADR 057), and a missing plateau.
 */
final class GapFinder {

    static final String LOW_COVERAGE = "LOW_COVERAGE";
    static final String FEW_FRAGMENTS = "FEW_FRAGMENTS";
    static final String THIN_ROLE_EVIDENCE = "THIN_ROLE_EVIDENCE";
    static final String MISSING_COMPONENT = "MISSING_COMPONENT";
    static final String NOT_SATURATED = "NOT_SATURATED";
    static final String NO_CONSEQUENCES = "NO_CONSEQUENCES";
    static final String NAME_LANGUAGE = "NAME_LANGUAGE";

    private GapFinder() {}

    static List<Gap> gaps(
            TheoryData data,
            ParadigmModel paradigm,
            Set<ParadigmRole> filled,
            boolean plateau,
            int lateNew,
            int window) {
        Language language = data.request().language();
        boolean es = language == Language.ES;
        List<Gap> gaps = new ArrayList<>();
        int interviews = data.interviewCount();
        for (TheoryCategory category : data.categories()) {
            UUID id = category.categoryId();
            String name = Phrasing.quote(category.name(), language);
            int seen = data.interviewsOf(id).size();
            double coverage = SaturationAnalyzer.coverage(data, id);
            if (coverage < SaturationAnalyzer.MIN_COVERAGE) {
                gaps.add(new Gap(
                        LOW_COVERAGE,
                        id,
                        es
                                ? name + " aparece solo en " + seen + " de " + interviews + " entrevistas ("
                                        + Phrasing.percent(coverage) + ")."
                                : name + " appears in only " + seen + " of " + interviews + " interviews ("
                                        + Phrasing.percent(coverage) + ")."));
            }
            int fragments = data.fragmentsOf(id).size();
            if (fragments < SaturationAnalyzer.MIN_FRAGMENTS) {
                gaps.add(new Gap(
                        FEW_FRAGMENTS,
                        id,
                        es
                                ? name + " se apoya en solo " + Phrasing.count(fragments, "fragmento", "fragmentos")
                                        + "."
                                : name + " rests on only " + Phrasing.count(fragments, "fragment", "fragments") + "."));
            }
        }
        gaps.addAll(namesInOtherLanguages(data));
        List<Component> shown = ParadigmBuilder.shown(paradigm);
        for (ParadigmRole role : ParadigmRole.values()) {
            List<String> more = paradigm.components().stream()
                    .filter(c -> c.role() == role && !shown.contains(c))
                    .map(c -> Phrasing.quote(c.name(), language))
                    .toList();
            if (!more.isEmpty()) {
                gaps.add(new Gap(
                        THIN_ROLE_EVIDENCE,
                        null,
                        es
                                ? Phrasing.count(more.size(), "categoría más lleva", "categorías más llevan")
                                        + " marcadores de " + roleName(role, language)
                                        + " en tantas frases o menos que las "
                                        + ParadigmBuilder.SHOWN_PER_ROLE + " del modelo ("
                                        + String.join(", ", more)
                                        + "); quedan fuera del modelo hasta que más frases las respalden."
                                : Phrasing.count(more.size(), "more category carries", "more categories carry")
                                        + " markers of " + roleName(role, language)
                                        + " in as many sentences or fewer than the "
                                        + ParadigmBuilder.SHOWN_PER_ROLE + " in the model (" + String.join(", ", more)
                                        + "); they stay out of the model until more sentences back them."));
            }
        }
        for (Component component : shown) {
            int cues = component.cueSentences().getOrDefault(component.role(), 0);
            if (cues <= 1) {
                String name = Phrasing.quote(component.name(), language);
                String role = oneOf(component.role(), language);
                gaps.add(new Gap(
                        THIN_ROLE_EVIDENCE,
                        component.categoryId(),
                        es
                                ? "El papel de " + name + " como " + role
                                        + (cues == 1
                                                ? " se apoya en una sola frase."
                                                : " no se apoya en ninguna frase con marcadores de ese papel.")
                                : name + " stands for " + role
                                        + (cues == 1
                                                ? " on a single sentence."
                                                : " without any sentence that marks that role.")));
            }
        }
        for (UUID id : paradigm.unclassifiedCategoryIds()) {
            String name = Phrasing.quote(data.category(id).name(), language);
            gaps.add(new Gap(
                    THIN_ROLE_EVIDENCE,
                    id,
                    es
                            ? "Ninguna frase de " + name + " indica qué papel cumple en el modelo paradigmático."
                            : "No sentence of " + name + " signals which part of the paradigm model it plays."));
        }
        if (!statesConsequences(paradigm)) {
            gaps.add(new Gap(
                    NO_CONSEQUENCES,
                    null,
                    es
                            ? "Los datos no muestran consecuencias: ninguna frase enlaza una categoría con un marcador de"
                                    + " resultado («por eso», «así que», «acabé», «desde entonces»). Conviene preguntar en"
                                    + " las próximas entrevistas a qué ha llevado "
                                    + Phrasing.quote(
                                            data.category(paradigm.centralCategoryId())
                                                    .name(),
                                            language)
                                    + "."
                            : "The data show no consequences: no sentence links a category with a result marker (\"so\","
                                    + " \"that's why\", \"ended up\", \"since then\"). Ask in the next interviews what "
                                    + Phrasing.quote(
                                            data.category(paradigm.centralCategoryId())
                                                    .name(),
                                            language)
                                    + " has led to."));
        }
        for (ParadigmRole role : ParadigmRole.values()) {
            if (!filled.contains(role) && role != ParadigmRole.CONSEQUENCE) {
                gaps.add(new Gap(
                        MISSING_COMPONENT,
                        null,
                        es
                                ? "Ninguna categoría recoge " + roleName(role, language) + "."
                                : "No category stands for " + roleName(role, language) + "."));
            }
        }
        if (!plateau) {
            gaps.add(new Gap(
                    NOT_SATURATED,
                    null,
                    es
                            ? (window == 1
                                            ? "La última entrevista aportó "
                                            : "Las últimas " + window + " entrevistas aportaron ")
                                    + Phrasing.count(lateNew, "código nuevo", "códigos nuevos")
                                    + ": no hay meseta de saturación, y sin meseta la preparación no pasa de 60/100."
                            : (window == 1 ? "The last interview added " : "The last " + window + " interviews added ")
                                    + Phrasing.count(lateNew, "new code", "new codes")
                                    + ": no saturation plateau yet, and without one readiness stays at most 60/100."));
        }
        return gaps;
    }

    /**
     * Categories still named in another language than the project's (ADR 059): in a project where some interviews are
     * in its language, a category whose codes all come from interviews in another language keeps its most
     * representative label when the concept lexicon cannot translate it ("camera" in a Spanish project). The report
     * says so, with the language, so the researcher can name it; the word is not translated by guess.
     */
    static List<Gap> namesInOtherLanguages(TheoryData data) {
        Language language = data.request().language();
        Tongue project = Tongue.of(language);
        FragmentTongues tongues = FragmentTongues.stored(data.request());
        if (!tongues.any(project)) {
            return List.of();
        }
        List<Gap> gaps = new ArrayList<>();
        for (TheoryCategory category : data.categories()) {
            String name = NamedMentions.unnumbered(category.name());
            Map<Tongue, Integer> counts = tongues.counts(category.codes().stream()
                    .flatMap(code -> code.fragmentIds().stream())
                    .toList());
            boolean sameWord = category.codes().stream().anyMatch(c -> c.label().equalsIgnoreCase(name));
            if (!sameWord || counts.isEmpty() || counts.containsKey(project)) {
                continue;
            }
            Tongue said = FragmentTongues.main(counts, project);
            String quoted = Phrasing.quote(category.name(), language);
            gaps.add(new Gap(
                    NAME_LANGUAGE,
                    category.categoryId(),
                    language == Language.ES
                            ? quoted + " conserva la palabra que dijeron los participantes en "
                                    + tongueName(said, language)
                                    + ": sus códigos vienen solo de entrevistas en " + tongueName(said, language)
                                    + " y el léxico de conceptos no la traduce. Conviene darle un nombre en español al"
                                    + " revisar las categorías."
                            : quoted + " keeps the word participants said in " + tongueName(said, language)
                                    + ": its codes come only from interviews in " + tongueName(said, language)
                                    + " and the concept lexicon does not translate it. Give it an English name when"
                                    + " reviewing the categories."));
        }
        return gaps;
    }

    private static String tongueName(Tongue tongue, Language language) {
        boolean es = language == Language.ES;
        return switch (tongue) {
            case EN -> es ? "inglés" : "English";
            case ES -> es ? "español" : "Spanish";
            case FR -> es ? "francés" : "French";
            case DE -> es ? "alemán" : "German";
            case PT -> es ? "portugués" : "Portuguese";
            case IT -> es ? "italiano" : "Italian";
        };
    }

    /**
     * Whether the model has a consequence: a typed one with its sentence, or a category in the consequence role (the
     * pipeline passes its drafted consequences that way).
     */
    static boolean statesConsequences(ParadigmModel paradigm) {
        return !paradigm.consequences().isEmpty()
                || paradigm.components().stream().anyMatch(c -> c.role() == ParadigmRole.CONSEQUENCE);
    }

    /** One component in that role: "consecuencia", "a consequence". */
    static String oneOf(ParadigmRole role, Language language) {
        boolean es = language == Language.ES;
        return switch (role) {
            case CAUSAL_CONDITION -> es ? "condición causal" : "a causal condition";
            case CONTEXT -> es ? "contexto" : "the context";
            case INTERVENING_CONDITION -> es ? "condición interviniente" : "an intervening condition";
            case STRATEGY -> es ? "estrategia de acción/interacción" : "an action/interaction strategy";
            case CONSEQUENCE -> es ? "consecuencia" : "a consequence";
        };
    }

    static String roleName(ParadigmRole role, Language language) {
        boolean es = language == Language.ES;
        return switch (role) {
            case CAUSAL_CONDITION -> es ? "condiciones causales" : "causal conditions";
            case CONTEXT -> es ? "contexto" : "context";
            case INTERVENING_CONDITION -> es ? "condiciones intervinientes" : "intervening conditions";
            case STRATEGY -> es ? "estrategias de acción/interacción" : "action/interaction strategies";
            case CONSEQUENCE -> es ? "consecuencias" : "consequences";
        };
    }
}
