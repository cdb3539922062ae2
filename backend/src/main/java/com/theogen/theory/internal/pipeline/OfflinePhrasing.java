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

    String consequence(String name, String type, String horizon) {
        return switch (language) {
            case ES ->
                "«" + name + "» es una consecuencia " + typeEs(type) + " a "
                        + ("long_term".equals(horizon) ? "largo" : "corto") + " plazo de «" + core + "».";
            case EN ->
                "\"" + name + "\" is a " + type + " consequence of \"" + core + "\" in the "
                        + ("long_term".equals(horizon) ? "long" : "short") + " term.";
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
