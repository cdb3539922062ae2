package com.theogen.analyst.internal;

import com.theogen.analyst.GeneratedBy;
import com.theogen.analyst.ParadigmModel;
import com.theogen.analyst.ParadigmModel.CueEvidence;
import com.theogen.analyst.ParadigmRole;
import com.theogen.analyst.Proposition;
import com.theogen.analyst.Quote;
import com.theogen.analyst.TheoryRequest.CategoryPair;
import com.theogen.analyst.TheoryRequest.TheoryCategory;
import com.theogen.shared.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Propositions from co-coded categories (ADR 007, ADR 029, ADR 043, ADR 057). Every pair is first searched for a
 * quote that carries a reason, result, condition or sequence marker; only then may bare co-occurrence fill remaining
 * places, at most {@link #MAX_CO_OCCURRENCE}, worded with the number of interviews. Category pairs are taken in order
 * of shared fragments (ties: the graph's co-occurrence weight, then names). Each pair is joined by the third category most
 * present in its shared fragments; the three are ordered by paradigm position (conditions before the central
 * category, strategies and consequences last) and the last becomes the outcome. Without a proposition for the three,
 * the pair alone is tried.
 *
 * <p>What a group needs, and what its text may claim:
 * <ul>
 *   <li>its categories are coded together in fragments of at least {@link #MIN_INTERVIEWS} interviews — a pattern of
 *       one interview is a case, not a proposition;
 *   <li>a verbatim sentence from those fragments that mentions at least two of its categories (a label of one of
 *       their codes, by stems), never a sentence another proposition already cites;
 *   <li>when that sentence also carries a causal marker ("porque", "because"), the text says that a participant links
 *       them with a reason (with a result marker, "así que", "so I", that one is presented as the result of the other) and that this suggests, without proving, a relation to be checked; with a condition marker
 *       ("cuando", "if") or a sequence marker ("después", "after") instead, it says that the participant links them
 *       with a condition or places one after the other, again as a suggestion to test (ADR 050); otherwise it states
 *       only that they occur together and are mentioned in one sentence. One connective is never the evidence of a
 *       cause on its own.
 * </ul>
 * Fragments are listed with the quoted one first, then those no earlier proposition cites, so quotes are not repeated;
 * a quote already cited, at the same place or the same words elsewhere, is never cited again.
 */
final class PropositionBuilder {

    static final int MAX_PROPOSITIONS = 10;
    static final int MIN_INTERVIEWS = 2;

    /**
     * At most this many propositions state bare co-occurrence, and only after every proposition whose quote carries a
     * reason, condition or sequence marker: a theory of "A and B coincide" says little a reader can test.
     */
    static final int MAX_CO_OCCURRENCE = 3;

    private record Pair(UUID a, UUID b, int shared, double weight) {}

    private PropositionBuilder() {}

    static List<Proposition> build(TheoryData data, ParadigmModel paradigm) {
        Search search = new Search(data, paradigm);
        List<Pair> pairs = pairs(data);
        search.run(pairs, true, MAX_PROPOSITIONS);
        search.run(pairs, false, Math.min(MAX_PROPOSITIONS, search.found.size() + MAX_CO_OCCURRENCE));
        return strongestFirst(search.found, data);
    }

    /**
     * The propositions found so far and what they already use: groups, quoted sentences (by place and by text) and
     * cited fragments, so no later proposition repeats a group or a quote.
     */
    private static final class Search {
        private final TheoryData data;
        private final ParadigmModel paradigm;
        private final Mentions mentions;
        private final List<Found> found = new ArrayList<>();
        private final Set<Set<UUID>> used = new HashSet<>();
        private final Set<String> usedMechanisms = new HashSet<>();
        private final Set<UUID> citedFragments = new HashSet<>();

        Search(TheoryData data, ParadigmModel paradigm) {
            this.data = data;
            this.paradigm = paradigm;
            this.mentions = NamedMentions.of(data);
        }

        /** Adds propositions for the pairs in order until {@code limit}: linked ones only, or any. */
        void run(List<Pair> pairs, boolean linkedOnly, int limit) {
            for (Pair pair : pairs) {
                if (found.size() >= limit) {
                    return;
                }
                UUID third = thirdCategory(data, pair);
                Found next = third == null ? null : propose(List.of(pair.a(), pair.b(), third), linkedOnly);
                if (next == null) {
                    next = propose(List.of(pair.a(), pair.b()), linkedOnly);
                }
                if (next != null) {
                    record(next);
                }
            }
        }

        private Found propose(List<UUID> group, boolean linkedOnly) {
            return proposition(data, paradigm, group, used, usedMechanisms, citedFragments, mentions, linkedOnly);
        }

        private void record(Found next) {
            found.add(next);
            Proposition proposition = next.proposition();
            Set<UUID> members = new HashSet<>(proposition.conditionCategoryIds());
            members.add(proposition.outcomeCategoryId());
            used.add(members);
            Quote quote = proposition.mechanism().quote();
            usedMechanisms.add(quote.fragmentId() + "@" + quote.start());
            usedMechanisms.add(quote.text().strip());
            citedFragments.addAll(proposition
                    .fragmentIds()
                    .subList(0, Math.min(3, proposition.fragmentIds().size())));
        }
    }

    /**
     * The propositions in order of what they can claim (ADR 050): a reason before a condition, a condition before a
     * sequence, a sequence before plain co-occurrence, then the one spanning more interviews; otherwise in the order
     * they were found (most shared fragments first). The first is what a summary calls the main proposition, so it is
     * the best-supported link the data show, not merely the most frequent pair.
     */
    private static List<Proposition> strongestFirst(List<Found> found, TheoryData data) {
        List<Found> ordered = new ArrayList<>(found);
        ordered.sort(Comparator.comparingInt((Found f) -> -f.link().ordinal())
                .thenComparingInt(f -> -interviews(data, f.proposition().fragmentIds())));
        return ordered.stream().map(Found::proposition).toList();
    }

    /** A proposition and the link its quote states. */
    private record Found(Proposition proposition, Link link) {}

    private static List<Pair> pairs(TheoryData data) {
        Map<Set<UUID>, Double> weights = new HashMap<>();
        for (CategoryPair p : data.request().coOccurrences()) {
            weights.put(Set.of(p.first(), p.second()), p.weight());
        }
        List<TheoryCategory> categories = data.categories();
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            for (int j = i + 1; j < categories.size(); j++) {
                UUID a = categories.get(i).categoryId();
                UUID b = categories.get(j).categoryId();
                int shared = data.sharedFragments(List.of(a, b)).size();
                if (shared > 0 && !a.equals(b)) {
                    pairs.add(new Pair(a, b, shared, weights.getOrDefault(Set.of(a, b), 0.0)));
                }
            }
        }
        pairs.sort(Comparator.comparingInt((Pair p) -> -p.shared())
                .thenComparingDouble(p -> -p.weight())
                .thenComparing(p ->
                        data.category(p.a()).name() + "|" + data.category(p.b()).name()));
        return pairs;
    }

    private static UUID thirdCategory(TheoryData data, Pair pair) {
        List<UUID> shared = data.sharedFragments(List.of(pair.a(), pair.b()));
        UUID best = null;
        int bestCount = 0;
        for (TheoryCategory category : data.categories()) {
            UUID id = category.categoryId();
            if (!id.equals(pair.a()) && !id.equals(pair.b())) {
                int count = (int)
                        shared.stream().filter(data.fragmentsOf(id)::contains).count();
                if (count > bestCount) {
                    best = id;
                    bestCount = count;
                }
            }
        }
        return best;
    }

    private static Found proposition(
            TheoryData data,
            ParadigmModel paradigm,
            List<UUID> group,
            Set<Set<UUID>> used,
            Set<String> usedMechanisms,
            Set<UUID> citedFragments,
            Mentions mentions,
            boolean linkedOnly) {
        if (used.contains(new HashSet<>(group))) {
            return null;
        }
        List<UUID> fragments = data.sharedFragments(group);
        if (interviews(data, fragments) < MIN_INTERVIEWS) {
            return null;
        }
        Evidence evidence = evidence(data, group, fragments, usedMechanisms, mentions);
        if (evidence == null || (linkedOnly && evidence.link() == Link.NONE)) {
            return null;
        }
        List<UUID> ordered = new ArrayList<>(group);
        ordered.sort(Comparator.comparingInt((UUID id) -> position(paradigm, id))
                .thenComparing(id -> data.category(id).name()));
        UUID outcome = ordered.get(ordered.size() - 1);
        List<UUID> conditions = ordered.subList(0, ordered.size() - 1);
        String text = text(data, conditions, outcome, evidence, fragments);
        List<UUID> cited = new ArrayList<>();
        cited.add(evidence.sentence().quote().fragmentId());
        fragments.stream()
                .filter(f -> !cited.contains(f) && !citedFragments.contains(f))
                .forEach(cited::add);
        fragments.stream().filter(f -> !cited.contains(f)).forEach(cited::add);
        return new Found(
                new Proposition(text, conditions, outcome, cited, evidence.sentence(), GeneratedBy.OFFLINE),
                evidence.link());
    }

    private static int interviews(TheoryData data, List<UUID> fragments) {
        Set<UUID> interviews = new HashSet<>();
        fragments.stream().map(data::fragment).filter(f -> f != null).forEach(f -> interviews.add(f.interviewId()));
        return interviews.size();
    }

    /** What the quoted words link the categories with: a reason, a condition, an order in time, or nothing. */
    enum Link {
        NONE,
        SEQUENCE,
        CONDITION,
        RESULT,
        CAUSE;

        /** The cue-lexicon section that marks this link. */
        String section() {
            return switch (this) {
                case CAUSE -> ParadigmRole.CAUSAL_CONDITION.code();
                case CONDITION -> "condition";
                case RESULT -> "result";
                case SEQUENCE -> "sequence";
                case NONE -> "";
            };
        }
    }

    /**
     * The quote, the link its sentence states (then {@code sentence.cue()} is its marker) and whether it is one
     * sentence (else a few consecutive sentences of one turn).
     */
    private record Evidence(CueEvidence sentence, Link link, boolean oneSentence) {}

    /** The longest passage of consecutive sentences quoted when no single sentence mentions two categories. */
    static final int MAX_PASSAGE = 400;

    /**
     * A sentence of the shared fragments, not cited before, that mentions at least two of the group's categories: one
     * with a causal marker if there is one, else one with a condition marker ("cuando", "if"), else one with a
     * sequence marker ("después", "after"), else the first (ADR 050); null when no sentence mentions two of them.
     */
    private static Evidence evidence(
            TheoryData data, List<UUID> group, List<UUID> fragments, Set<String> usedMechanisms, Mentions mentions) {
        Evidence best = null;
        for (UUID fragment : fragments) {
            for (TheoryData.Sentence sentence : data.sentencesOf(fragment)) {
                if (mentions.count(sentence, group) < 2) {
                    continue;
                }
                for (Link link : List.of(Link.CAUSE, Link.RESULT, Link.CONDITION, Link.SEQUENCE)) {
                    CueLexicon.Match cue = sentence.first(link.section());
                    if (cue != null && (best == null || best.link().compareTo(link) < 0)) {
                        CueEvidence evidence = sentence.evidence(cue);
                        if (!cited(usedMechanisms, evidence.quote())) {
                            best = new Evidence(evidence, link, true);
                            if (link == Link.CAUSE) {
                                return best;
                            }
                        }
                    }
                }
                Quote quote =
                        Sentences.quoteAround(fragment, sentence.fragment().text(), sentence.start(), sentence.end());
                if (best == null && !cited(usedMechanisms, quote)) {
                    best = new Evidence(new CueEvidence("", quote), Link.NONE, true);
                }
            }
        }
        return best != null ? best : passage(data, group, fragments, usedMechanisms, mentions);
    }

    /** Whether an earlier proposition quotes this place, or the same words elsewhere (a turn pasted twice). */
    private static boolean cited(Set<String> usedMechanisms, Quote quote) {
        return usedMechanisms.contains(quote.fragmentId() + "@" + quote.start())
                || usedMechanisms.contains(quote.text().strip());
    }

    /**
     * The shortest run of consecutive sentences of one turn that mentions two of the group's categories, at most
     * {@link #MAX_PASSAGE} characters, not cited before; null when there is none.
     */
    private static Evidence passage(
            TheoryData data, List<UUID> group, List<UUID> fragments, Set<String> usedMechanisms, Mentions mentions) {
        for (UUID fragment : fragments) {
            List<TheoryData.Sentence> sentences = data.sentencesOf(fragment);
            for (int length = 2; length <= sentences.size(); length++) {
                for (int first = 0; first + length <= sentences.size(); first++) {
                    TheoryData.Sentence from = sentences.get(first);
                    TheoryData.Sentence to = sentences.get(first + length - 1);
                    if (to.end() - from.start() > MAX_PASSAGE
                            || usedMechanisms.contains(fragment + "@" + from.start())
                            || mentions.count(sentences.subList(first, first + length), group) < 2) {
                        continue;
                    }
                    String text = from.fragment().text();
                    Quote quote = new Quote(fragment, text.substring(from.start(), to.end()), from.start(), to.end());
                    if (cited(usedMechanisms, quote)) {
                        continue;
                    }
                    return new Evidence(new CueEvidence("", quote), Link.NONE, false);
                }
            }
        }
        return null;
    }

    /** Conditions (causal, context, intervening) come first, the central category next, then actions and results. */
    private static int position(ParadigmModel paradigm, UUID id) {
        if (id.equals(paradigm.centralCategoryId())) {
            return 3;
        }
        return paradigm.roleOf(id)
                .map(role -> switch (role) {
                    case CAUSAL_CONDITION -> 0;
                    case CONTEXT -> 1;
                    case INTERVENING_CONDITION -> 2;
                    case STRATEGY -> 4;
                    case CONSEQUENCE -> 5;
                })
                .orElse(2);
    }

    /**
     * The offline analyst knows that the categories are coded together, where, and what the quoted sentence says;
     * the wording claims no more than that (ADR 043), and the quote is shown once, under the text.
     */
    private static String text(
            TheoryData data, List<UUID> conditions, UUID outcome, Evidence evidence, List<UUID> fragments) {
        Language language = data.request().language();
        List<String> names = conditions.stream()
                .map(id -> Phrasing.quote(data.category(id).name(), language))
                .toList();
        String z = Phrasing.quote(data.category(outcome).name(), language);
        int interviews = interviews(data, fragments);
        int base = data.sharedFragments(conditions).size();
        String cue = Phrasing.quote(evidence.sentence().cue(), language);
        if (evidence.link() == Link.NONE) {
            return coOccurrence(language, names, z, interviews, data.interviewCount(), fragments.size(), evidence);
        }
        if (language == Language.ES) {
            String condition = names.size() == 1 ? "aparece " + names.get(0) : "aparecen " + String.join(" y ", names);
            String head = "En " + fragments.size() + " de los " + Phrasing.count(base, "fragmento", "fragmentos")
                    + " donde " + condition + " (de " + Phrasing.count(interviews, "entrevista", "entrevistas")
                    + ") aparece también " + z;
            return switch (evidence.link()) {
                case CAUSE ->
                    head + ", y un participante las enlaza con una razón (" + cue + "). Sugiere, sin"
                            + " probarlo, una relación entre ellas que conviene contrastar con más casos.";
                case RESULT ->
                    head + ", y un participante presenta una como resultado de la otra (" + cue + ")."
                            + " Sugiere, sin probarlo, una consecuencia que conviene contrastar con más casos.";
                case CONDITION ->
                    head + ", y un participante las enlaza con una condición (" + cue + "). Sugiere,"
                            + " sin probarlo, que una se da en las circunstancias de la otra; conviene contrastarlo con más"
                            + " casos.";
                case SEQUENCE ->
                    head + ", y un participante las sitúa una tras otra en el tiempo (" + cue + ")."
                            + " Sugiere, sin probarlo, una secuencia que conviene contrastar con más casos.";
                case NONE -> throw new IllegalStateException("co-occurrence is worded by coOccurrence");
            };
        }
        String condition = names.size() == 1 ? names.get(0) + " appears" : String.join(" and ", names) + " appear";
        String head = "In " + fragments.size() + " of the " + Phrasing.count(base, "fragment", "fragments") + " where "
                + condition + " (from " + Phrasing.count(interviews, "interview", "interviews") + "), " + z
                + " appears too";
        return switch (evidence.link()) {
            case CAUSE ->
                head + ", and a participant links them with a reason (" + cue + "). This suggests, without"
                        + " proving it, a relation between them worth testing with more cases.";
            case RESULT ->
                head + ", and a participant presents one as the result of the other (" + cue + ")."
                        + " This suggests, without proving it, a consequence worth testing with more cases.";
            case CONDITION ->
                head + ", and a participant links them with a condition (" + cue + "). This suggests,"
                        + " without proving it, that one arises in the circumstances of the other; worth testing with"
                        + " more cases.";
            case SEQUENCE ->
                head + ", and a participant places one after the other in time (" + cue + "). This"
                        + " suggests, without proving it, a sequence worth testing with more cases.";
            case NONE -> throw new IllegalStateException("co-occurrence is worded by coOccurrence");
        };
    }

    /**
     * Bare co-occurrence, worded by what was counted: in how many of the project's interviews the categories are coded
     * in the same turns, and that one participant names them together; no direction, no reason.
     */
    private static String coOccurrence(
            Language language,
            List<String> conditions,
            String outcome,
            int interviews,
            int allInterviews,
            int fragments,
            Evidence evidence) {
        List<String> names = new ArrayList<>(conditions);
        names.add(outcome);
        if (language == Language.ES) {
            String together =
                    String.join(", ", names.subList(0, names.size() - 1)) + " y " + names.get(names.size() - 1);
            return "En " + interviews + " de las " + Phrasing.count(allInterviews, "entrevista", "entrevistas") + " se"
                    + " codifican juntas " + together + " en un mismo turno ("
                    + Phrasing.count(fragments, "fragmento", "fragmentos") + "), y un participante las menciona "
                    + (evidence.oneSentence() ? "en una misma frase" : "en un mismo pasaje")
                    + ". Los datos muestran que coinciden, no por qué.";
        }
        String together = String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        return "In " + interviews + " of the " + Phrasing.count(allInterviews, "interview", "interviews") + ", "
                + together + " are coded in the same turn (" + Phrasing.count(fragments, "fragment", "fragments")
                + "), and a participant mentions them "
                + (evidence.oneSentence() ? "in one sentence" : "in one passage")
                + ". The data show that they co-occur, not why.";
    }
}
