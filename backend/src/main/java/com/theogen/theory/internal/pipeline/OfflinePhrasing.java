package com.theogen.theory.internal.pipeline;

import com.theogen.analyst.ParadigmModel;
import com.theogen.analyst.ParadigmRole;
import com.theogen.shared.Language;
import java.util.List;

/** The statements of offline paradigm claims, in the project language, saying what the classification rests on. */
record OfflinePhrasing(Language language, String core) {

    String component(String name, ParadigmRole role, int cueSentences, List<ParadigmModel.CueEvidence> evidence) {
        String cue = evidence.isEmpty() ? "" : evidence.get(0).cue();
        return switch (language) {
            case ES ->
                "«" + name + "» actúa como " + roleEs(role) + " de «" + core + "»: " + cueSentences
                        + (cueSentences == 1 ? " frase lleva" : " frases llevan") + " marcadores de ese papel"
                        + (cue.isBlank() ? "" : " (p. ej. «" + cue + "»)") + ".";
            case EN ->
                "\"" + name + "\" acts as " + roleEn(role) + " of \"" + core + "\": " + cueSentences
                        + (cueSentences == 1 ? " sentence carries" : " sentences carry") + " markers of that role"
                        + (cue.isBlank() ? "" : " (e.g. \"" + cue + "\")") + ".";
        };
    }

    /** How many more categories carry the role's markers with less support, and which; they are not in the model. */
    String more(ParadigmRole role, List<String> names) {
        String list =
                switch (language) {
                    case ES -> "«" + String.join("», «", names) + "»";
                    case EN -> "\"" + String.join("\", \"", names) + "\"";
                };
        return switch (language) {
            case ES ->
                (names.size() == 1 ? "Otra categoría lleva" : "Otras " + names.size() + " categorías llevan")
                        + " marcadores de ese papel en tantas frases o menos (" + list
                        + "); no se incluyen en el modelo.";
            case EN ->
                (names.size() == 1 ? "One more category carries" : names.size() + " more categories carry")
                        + " markers of that role in as many sentences or fewer (" + list
                        + "); they are left out of the model.";
        };
    }

    /**
     * A consequence as the data give it: a participant presents the category as what followed, with the result marker
     * that says so; the type and horizon are readings of the sentence's words, offered to be checked.
     */
    String consequence(String name, String type, String horizon, String marker) {
        boolean longTerm = "long_term".equals(horizon);
        return switch (language) {
            case ES ->
                "Un participante presenta «" + name + "» como lo que siguió"
                        + (marker.isBlank() ? "" : " («" + marker + "»)") + ": se lee como consecuencia "
                        + typeEs(type) + " a " + (longTerm ? "largo" : "corto") + " plazo de «" + core
                        + "», una lectura por contrastar.";
            case EN ->
                "A participant presents \"" + name + "\" as what followed"
                        + (marker.isBlank() ? "" : " (\"" + marker + "\")") + ": read as a " + type + ", "
                        + (longTerm ? "long" : "short") + "-term consequence of \"" + core
                        + "\", a reading to be checked.";
        };
    }

    private static String roleEs(ParadigmRole role) {
        return switch (role) {
            case CAUSAL_CONDITION -> "condición causal";
            case CONTEXT -> "contexto";
            case INTERVENING_CONDITION -> "condición interviniente";
            case STRATEGY -> "estrategia de acción/interacción";
            case CONSEQUENCE -> "consecuencia";
        };
    }

    private static String roleEn(ParadigmRole role) {
        return switch (role) {
            case CAUSAL_CONDITION -> "a causal condition";
            case CONTEXT -> "the context";
            case INTERVENING_CONDITION -> "an intervening condition";
            case STRATEGY -> "an action/interaction strategy";
            case CONSEQUENCE -> "a consequence";
        };
    }

    private static String typeEs(String type) {
        return switch (type) {
            case "material" -> "material";
            case "social" -> "social";
            default -> "institucional";
        };
    }
}
