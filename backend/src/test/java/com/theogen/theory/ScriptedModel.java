package com.theogen.theory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.theogen.support.ScriptedLlmServer;
import com.theogen.support.ScriptedLlmServer.Reply;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scripted "model" that answers every pipeline stage from the prompt it receives: codes fragments by keyword,
 * groups codes into three categories, and builds a paradigm citing the fragment ids shown in the prompt — plus, on
 * purpose, one invented fragment id and one paraphrased quote, which verification must drop, and one negative case
 * whose quote is invented (dropped and counted) beside one quoted verbatim (kept).
 */
final class ScriptedModel {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String INVENTED_FRAGMENT = "00000000-0000-4000-8000-00000000dead";
    static final String NEGATIVE_CASE = "One caregiver never asks anyone: her relatives live abroad.";
    static final String PARAPHRASE = "Caring at night is exhausting for everybody involved";
    static final String INVENTED_NEGATIVE_CASE = "Some caregivers are never tired at all.";
    static final String INVENTED_NEGATIVE_QUOTE = "I am never tired, I sleep like a baby";

    private static final Pattern FRAGMENT = Pattern.compile("\\[(f\\d+)] ([^:\\n]+): <fragment>([^\\n]*)</fragment>");
    private static final Pattern CODE = Pattern.compile("\\[(c\\d+)] ([^—\\n]+) —");
    private static final Pattern CATEGORY = Pattern.compile("^- \\[(k\\d+)] (.+?) \\(fragments ");
    private static final Pattern EVIDENCE =
            Pattern.compile("^\\s+\\* \\[(f\\d+)] (?:\\(i\\d+\\) )?<fragment>(.*)</fragment>$");

    private ScriptedModel() {}

    /** A good reply to any coding or theory stage, chosen by the call's output schema (500 for anything else). */
    static ScriptedLlmServer.Reply answer(ScriptedLlmServer.Received call) {
        return switch (call.schema()) {
            case "open_coding_reply" -> ScriptedLlmServer.Reply.chat(openCoding(call.user()));
            case "axial_reply" -> ScriptedLlmServer.Reply.chat(axial(call.user()));
            case "central_choice" -> ScriptedLlmServer.Reply.chat(central(call.user(), null, null));
            case "paradigm_out" -> ScriptedLlmServer.Reply.chat(paradigm(call.user()));
            case "gaps_assessment" -> ScriptedLlmServer.Reply.chat(gaps(call.user()));
            case "legacy_out" -> ScriptedLlmServer.Reply.chat(legacy(call.user()));
            default -> ScriptedLlmServer.Reply.serverError();
        };
    }

    /** A category as the prompt lists it (short id, name), with its evidence fragments (short id → shown text). */
    record Listed(String id, String name, Map<String, String> fragments) {}

    static List<Listed> categories(String user) {
        List<Listed> out = new ArrayList<>();
        Listed current = null;
        for (String line : user.split("\n")) {
            Matcher c = CATEGORY.matcher(line);
            Matcher e = EVIDENCE.matcher(line);
            if (c.find()) {
                current = new Listed(c.group(1), c.group(2), new LinkedHashMap<>());
                out.add(current);
            } else if (e.find() && current != null) {
                current.fragments().put(e.group(1), e.group(2));
            }
        }
        return out;
    }

    static String openCoding(String user) {
        Matcher fragments = FRAGMENT.matcher(user);
        ObjectNode root = JSON.createObjectNode();
        ArrayNode out = root.putArray("fragments");
        while (fragments.find()) {
            String text = fragments.group(3);
            ArrayNode codes =
                    out.addObject().put("fragment_id", fragments.group(1)).putArray("codes");
            for (String word : List.of("night", "sister", "money", "work", "tired", "nurse")) {
                int at = text.toLowerCase().indexOf(word);
                if (at >= 0) {
                    String quote = text.substring(at, Math.min(text.length(), at + word.length() + 12))
                            .strip();
                    ObjectNode code = codes.addObject()
                            .put("label", word + " matters")
                            .put("definition", "Talk about " + word)
                            .put("quote", quote)
                            .put("confidence", 0.8);
                    code.putArray("properties");
                    code.putArray("dimensions");
                }
            }
        }
        return root.toString();
    }

    static String axial(String user) {
        Matcher codes = CODE.matcher(user);
        ObjectNode root = JSON.createObjectNode();
        ArrayNode categories = root.putArray("categories");
        List<ArrayNode> groups = new ArrayList<>();
        for (String name : List.of("Night care", "Family support", "Work and money")) {
            groups.add(categories
                    .addObject()
                    .put("name", name)
                    .put("definition", name + " in the caregivers' words")
                    .putArray("code_ids"));
        }
        while (codes.find()) {
            String label = codes.group(2);
            int group = label.contains("night") || label.contains("tired")
                    ? 0
                    : label.contains("sister") || label.contains("nurse") ? 1 : 2;
            groups.get(group).add(codes.group(1));
        }
        root.putArray("relations");
        return root.toString();
    }

    static String central(String user, String chosenId, String chosenName) {
        List<Listed> listed = categories(user);
        ObjectNode root = JSON.createObjectNode();
        ArrayNode candidates = root.putArray("candidates");
        for (int i = 0; i < listed.size(); i++) {
            candidates
                    .addObject()
                    .put("category_id", listed.get(i).id())
                    .put("reasoning", "Its fragments touch the others in " + (listed.size() - i) + " ways.")
                    .put("central", i == 0 ? 5 : 3)
                    .put("frequent", i == 0 ? 4 : 3)
                    .put("connected", i == 0 ? 5 : 2)
                    .put("abstract_enough", 4)
                    .put("explains_variation", i == 0 ? 9 : 2);
        }
        root.put("category_id", chosenId == null ? listed.get(0).id() : chosenId)
                .put("name", chosenName == null ? listed.get(0).name() : chosenName)
                .put("justification", "It links the other categories and answers the research question.")
                .put("storyline", "Caregivers hold the night together, and everything else bends around it.");
        root.putArray("runners_up");
        ArrayNode ids = root.putArray("evidence_fragment_ids");
        listed.get(0).fragments().keySet().stream().limit(2).forEach(ids::add);
        ids.add(INVENTED_FRAGMENT);
        return root.toString();
    }

    static String paradigm(String user) {
        List<Listed> listed = categories(user);
        Listed a = listed.get(0);
        Listed b = listed.get(Math.min(1, listed.size() - 1));
        Listed c = listed.get(Math.min(2, listed.size() - 1));
        ObjectNode root = JSON.createObjectNode();
        condition(root.putArray("causal_conditions"), b, "Nights without rest lead into the phenomenon.", true);
        condition(root.putArray("context"), c, "It happens while holding a paid job.", false);
        root.putArray("intervening_conditions");
        condition(root.putArray("strategies"), a, "Caregivers ask relatives for help.", false);
        ObjectNode consequence = root.putArray("consequences")
                .addObject()
                .put("category_id", b.id())
                .put("statement", "Fatigue accumulates.")
                .put("type", "social")
                .put("horizon", "long_term");
        evidence(consequence.putArray("evidence"), b);
        ObjectNode psychological = ((ArrayNode) root.get("consequences"))
                .addObject()
                .put("category_id", a.id())
                .put("statement", "Guilt stays with them.")
                .put("type", "psychological")
                .put("type_note", "")
                .put("horizon", "long_term");
        evidence(psychological.putArray("evidence"), a);
        ObjectNode spiritual = ((ArrayNode) root.get("consequences"))
                .addObject()
                .put("category_id", c.id())
                .put("statement", "Faith is tested.")
                .put("type", "spiritual")
                .put("type_note", "a test of faith")
                .put("horizon", "long_term");
        evidence(spiritual.putArray("evidence"), c);
        Map.Entry<String, String> shown = a.fragments().entrySet().iterator().next();
        String[] words = shown.getValue().replace("…", "").split(" ");
        ArrayNode exceptions = ((ObjectNode) root.get("strategies").get(0)).putArray("exceptions");
        exceptions
                .addObject()
                .put("statement", NEGATIVE_CASE)
                .put("fragment_id", shown.getKey())
                .put("quote", String.join("  ", java.util.Arrays.copyOfRange(words, 0, Math.min(3, words.length))));
        exceptions
                .addObject()
                .put("statement", INVENTED_NEGATIVE_CASE)
                .put("fragment_id", shown.getKey())
                .put("quote", INVENTED_NEGATIVE_QUOTE);
        ArrayNode propositions = root.putArray("propositions");
        for (int i = 1; i <= 5; i++) {
            ObjectNode p = propositions
                    .addObject()
                    .put(
                            "text",
                            "If " + b.name() + " grows, then " + a.name() + " intensifies, because nights are short ("
                                    + i + ").");
            p.putArray("category_ids").add(a.id()).add(b.id());
            evidence(p.putArray("evidence"), a);
        }
        return root.toString();
    }

    static String gaps(String user) {
        List<Listed> listed = categories(user);
        ObjectNode root = JSON.createObjectNode()
                .put("readiness_score", 55)
                .put("readiness_explanation", "Few interviews; the curve has not flattened.");
        root.putArray("gaps")
                .addObject()
                .put("target", listed.get(0).name())
                .put("missing", "Only one participant speaks about it.")
                .putArray("fragment_ids");
        ObjectNode step = root.putArray("sampling_plan")
                .addObject()
                .put("participants", "Caregivers without family nearby")
                .put("gap", listed.get(0).name());
        step.putArray("questions").add("Who helps you at night?");
        return root.toString();
    }

    /** The single call of the legacy route: core category, paradigm and assessment in one answer. */
    static String legacy(String user) {
        try {
            ObjectNode root = JSON.createObjectNode();
            root.set("central", JSON.readTree(central(user, null, null)));
            root.set("paradigm", JSON.readTree(paradigm(user)));
            root.set("assessment", JSON.readTree(gaps(user)));
            return root.toString();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void condition(ArrayNode into, Listed category, String statement, boolean withFaults) {
        ObjectNode node = into.addObject().put("category_id", category.id()).put("statement", statement);
        ArrayNode evidence = node.putArray("evidence");
        evidence(evidence, category);
        if (withFaults) {
            evidence.addObject().put("fragment_id", INVENTED_FRAGMENT).put("quote", "I stay up");
            String first = category.fragments().keySet().iterator().next();
            evidence.addObject().put("fragment_id", first).put("quote", PARAPHRASE);
        }
    }

    /** Cites the category's first fragment with its first words, whitespace doubled (must be re-anchored). */
    private static void evidence(ArrayNode into, Listed category) {
        Map.Entry<String, String> first =
                category.fragments().entrySet().iterator().next();
        String[] words = first.getValue().replace("…", "").split(" ");
        String quote = String.join("  ", java.util.Arrays.copyOfRange(words, 0, Math.min(4, words.length)));
        into.addObject().put("fragment_id", first.getKey()).put("quote", quote);
    }

    /** Coding and every stage answered correctly, unless {@code override} answers (non-null) first. */
    static Function<ScriptedLlmServer.Received, Reply> answering(Function<ScriptedLlmServer.Received, Reply> override) {
        return call -> {
            Reply special = override.apply(call);
            if (special != null) {
                return special;
            }
            return switch (call.schema()) {
                case "open_coding_reply" -> Reply.chat(openCoding(call.user()));
                case "axial_reply" -> Reply.chat(axial(call.user()));
                case "central_choice" -> Reply.chat(central(call.user(), null, null));
                case "paradigm_out" -> Reply.chat(paradigm(call.user()));
                case "gaps_assessment" -> Reply.chat(gaps(call.user()));
                case "legacy_out" -> Reply.chat(legacy(call.user()));
                default -> Reply.serverError();
            };
        };
    }

    static UUID invented() {
        return UUID.fromString(INVENTED_FRAGMENT);
    }
}
