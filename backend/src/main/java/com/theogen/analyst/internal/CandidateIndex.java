package com.theogen.analyst.internal;

import com.theogen.analyst.AnalystFragment;
import com.theogen.shared.Language;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * All candidate phrases of a project's participant fragments, indexed by language and stem key, plus the
 * per-language corpus sizes that document frequencies are judged against. A document is a fragment (see
 * ADR 007: fragments are the unit codes are applied to).
 */
final class CandidateIndex {

    /** Words of speaker labels never become codes; these generic labels are covered even when unused. */
    private static final Set<String> SPEAKER_WORDS = Set.of(
            "interviewer",
            "interviewee",
            "respondent",
            "participant",
            "speaker",
            "moderator",
            "entrevistadora",
            "entrevistador",
            "entrevistada",
            "entrevistado",
            "participante",
            "moderadora");

    /**
     * The relevance decision: a participant turn is codable when it says something, that is when it has at
     * least {@link #MIN_MEANINGFUL_WORDS} meaningful words (not stop-words, fillers, connectors or transcriber's
     * notes), or one in a sentence of at least {@link #MIN_WORDS_WITH_ONE} words ("At the hospital nobody told us
     * anything."). Backchannels and answers in passing ("Yes, exactly.", "Okay, that makes sense.", "Yeah, I think
     * so.") get no code.
     */
    static final int MIN_MEANINGFUL_WORDS = 2;

    static final int MIN_WORDS_WITH_ONE = 6;

    /**
     * Simple prepositions of the six analysed languages (a closed class): the function words an adverbial fixed
     * expression starts with ("of course", "por ejemplo", "zum Beispiel"), see {@link Candidate#leadInShare}. A verb
     * before a word ("feel guilty") or an article ("la guardería") says nothing of the kind.
     */
    private static final Set<String> PREPOSITIONS = Set.of(
            "in", "of", "for", "on", "at", "by", "to", "with", "from", "about", "as", "en", "por", "de", "a", "con",
            "para", "sin", "sobre", "al", "del", "à", "au", "par", "pour", "sur", "avec", "sans", "d", "im", "zum",
            "zur", "mit", "für", "auf", "bei", "von", "vom", "nach", "über", "ohne", "em", "no", "na", "do", "da",
            "com", "per", "di", "su", "tra", "fra", "nel", "nella");

    private final List<AnalystFragment> fragments;
    private final Map<String, Candidate> candidates = new TreeMap<>();
    private final Map<Tongue, Integer> fragmentCount = new EnumMap<>(Tongue.class);
    private final Map<Tongue, Set<UUID>> interviews = new EnumMap<>(Tongue.class);
    private final Set<String> speakerStops;
    private final Map<UUID, Tongue> interviewTongues;
    private final Collocations collocations = new Collocations();

    private CandidateIndex(
            List<AnalystFragment> fragments, Set<String> speakerStops, Map<UUID, Tongue> interviewTongues) {
        this.fragments = fragments;
        this.speakerStops = speakerStops;
        this.interviewTongues = interviewTongues;
    }

    /**
     * @param fragments participant fragments only, in request order
     * @param interviewTongues the language each interview is analysed in (its declared one when absent)
     */
    static CandidateIndex build(
            List<AnalystFragment> fragments, Collection<String> speakerLabels, Map<UUID, Tongue> interviewTongues) {
        CandidateIndex index =
                new CandidateIndex(List.copyOf(fragments), speakerStops(speakerLabels), Map.copyOf(interviewTongues));
        WordTokenizer tokenizer = new WordTokenizer();
        List<List<Token>> tokenized = new ArrayList<>(fragments.size());
        WordUse use = new WordUse();
        for (AnalystFragment fragment : fragments) {
            Tongue tongue = index.tongueOf(fragment);
            List<Token> tokens = withoutDiscourseCues(
                    tokenizer.tokenize(fragment.text(), LanguageProfile.of(tongue), index.speakerStops),
                    fragment,
                    tongue);
            tokens.forEach(t -> use.observe(tongue, t));
            tokenized.add(tokens);
        }
        for (int i = 0; i < fragments.size(); i++) {
            index.collocations.observe(index.tongueOf(fragments.get(i)), tokenized.get(i));
        }
        for (int i = 0; i < fragments.size(); i++) {
            index.addFragment(i, fragments.get(i), tokenized.get(i), use);
        }
        return index;
    }

    /** The language a fragment is analysed in: its interview's detected one, else the declared one. */
    Tongue tongueOf(AnalystFragment fragment) {
        return interviewTongues.getOrDefault(fragment.interviewId(), Tongue.of(fragment.language()));
    }

    private void addFragment(int index, AnalystFragment fragment, List<Token> tokens, WordUse use) {
        Tongue language = tongueOf(fragment);
        fragmentCount.merge(language, 1, Integer::sum);
        interviews.computeIfAbsent(language, l -> new TreeSet<>()).add(fragment.interviewId());
        if (!codable(tokens)) {
            return;
        }
        for (PhraseExtractor.Phrase phrase : PhraseExtractor.extract(tokens)) {
            boolean leadingVerb = use.verbal(language, tokens.get(phrase.from()));
            boolean trailingVerb = phrase.to() > phrase.from() && use.verbForm(language, tokens.get(phrase.to()));
            if (trailingVerb
                    || (leadingVerb && !verbPhrase(phrase, language))
                    || hasProperNoun(tokens, phrase, language, use)) {
                continue;
            }
            String surface =
                    fragment.text().substring(phrase.start(), phrase.end()).replaceAll("\\s+", " ");
            Language report = language.reportLanguage(fragment.language());
            candidates
                    .computeIfAbsent(
                            language.code() + "|" + phrase.key(),
                            k -> new Candidate(language, report, phrase.key(), phrase.stems()))
                    .add(index, fragment.interviewId(), phrase.start(), phrase.end(), surface, leadIn(tokens, phrase));
        }
    }

    /**
     * A phrase that starts with a verb is kept only as a verb phrase: the verb and the noun it governs, two
     * words that go together more often than chance says (a collocation, see {@link Collocations}) — "perder
     * peso", "change jobs" — rather than a verb that happens to precede a noun.
     */
    private boolean verbPhrase(PhraseExtractor.Phrase phrase, Tongue language) {
        return phrase.words() == 2 && collocations.collocation(language, phrase.stems());
    }

    /** Whether every adjacent pair of the phrase's words is a collocation in its language. */
    boolean collocation(Candidate candidate) {
        return collocations.collocation(candidate.language(), candidate.stems());
    }

    /**
     * Words inside a causal, strategic, consequential or intervening cue ("sin embargo", "as a result",
     * "me ha costado") are discourse, not concepts: they break phrases like stop-words. Context cues are
     * kept ("en el trabajo" still says "trabajo").
     */
    private static List<Token> withoutDiscourseCues(List<Token> tokens, AnalystFragment fragment, Tongue tongue) {
        if (tongue != Tongue.of(fragment.language())) {
            return tokens;
        }
        List<CueLexicon.Match> cues = CueLexicon.of(fragment.language()).find(fragment.text()).stream()
                .filter(CueLexicon::isDiscourse)
                .toList();
        if (cues.isEmpty()) {
            return tokens;
        }
        List<Token> result = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            boolean inCue = cues.stream().anyMatch(c -> c.start() < token.end() && token.start() < c.end());
            result.add(
                    inCue
                            ? new Token(
                                    token.start(),
                                    token.end(),
                                    token.lower(),
                                    token.stem(),
                                    Token.Kind.STOP,
                                    token.boundaryBefore(),
                                    token.previous(),
                                    token.casing())
                            : token);
        }
        return result;
    }

    /**
     * The preposition right before a phrase in the same clause ("in" of "in general"), or null when there is none
     * or the phrase follows a determiner ("the model" says nothing about a fixed expression).
     */
    private static String leadIn(List<Token> tokens, PhraseExtractor.Phrase phrase) {
        Token first = tokens.get(phrase.from());
        if (phrase.from() == 0 || first.boundaryBefore() || first.previous() == Token.Marker.NOUN) {
            return null;
        }
        Token before = tokens.get(phrase.from() - 1);
        boolean function = before.kind() == Token.Kind.STOP || before.kind() == Token.Kind.CONNECTOR;
        return function && PREPOSITIONS.contains(before.lower()) ? before.lower() : null;
    }

    /** See {@link #MIN_MEANINGFUL_WORDS}. */
    static boolean codable(List<Token> tokens) {
        long meaningful = tokens.stream().filter(Token::canEdgePhrase).count();
        return meaningful >= MIN_MEANINGFUL_WORDS || (meaningful == 1 && tokens.size() >= MIN_WORDS_WITH_ONE);
    }

    private static boolean hasProperNoun(
            List<Token> tokens, PhraseExtractor.Phrase phrase, Tongue language, WordUse use) {
        for (int i = phrase.from(); i <= phrase.to(); i++) {
            if (tokens.get(i).kind() != Token.Kind.CONNECTOR && use.properNoun(language, tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Stem keys of a free phrase (an existing code label, a lexicon term) in one language, if it has words. */
    List<String> stemsOf(String phrase, Tongue language) {
        List<String> stems = new ArrayList<>();
        for (Token token : new WordTokenizer().tokenize(phrase, LanguageProfile.of(language), Set.of())) {
            if (token.canEdgePhrase()) {
                stems.add(token.stem());
            }
        }
        return stems;
    }

    Collection<Candidate> candidates() {
        return candidates.values();
    }

    Set<Tongue> languages() {
        return fragmentCount.keySet();
    }

    int fragmentCount(Tongue language) {
        return fragmentCount.getOrDefault(language, 0);
    }

    int interviewCount(Tongue language) {
        return interviews.getOrDefault(language, Set.of()).size();
    }

    AnalystFragment fragment(int index) {
        return fragments.get(index);
    }

    int size() {
        return fragments.size();
    }

    private static Set<String> speakerStops(Collection<String> labels) {
        Set<String> words = new HashSet<>(SPEAKER_WORDS);
        for (String label : labels) {
            for (String word : label.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (!word.isBlank()) {
                    words.add(word);
                }
            }
        }
        return Set.copyOf(words);
    }
}
