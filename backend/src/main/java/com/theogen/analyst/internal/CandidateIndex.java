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

    private final List<AnalystFragment> fragments;
    private final Map<String, Candidate> candidates = new TreeMap<>();
    private final Map<Language, Integer> fragmentCount = new EnumMap<>(Language.class);
    private final Map<Language, Set<UUID>> interviews = new EnumMap<>(Language.class);
    private final Set<String> speakerStops;

    private CandidateIndex(List<AnalystFragment> fragments, Set<String> speakerStops) {
        this.fragments = fragments;
        this.speakerStops = speakerStops;
    }

    /** @param fragments participant fragments only, in request order */
    static CandidateIndex build(List<AnalystFragment> fragments, Collection<String> speakerLabels) {
        CandidateIndex index = new CandidateIndex(List.copyOf(fragments), speakerStops(speakerLabels));
        WordTokenizer tokenizer = new WordTokenizer();
        List<List<Token>> tokenized = new ArrayList<>(fragments.size());
        WordUse use = new WordUse();
        for (AnalystFragment fragment : fragments) {
            List<Token> tokens = withoutDiscourseCues(
                    tokenizer.tokenize(fragment.text(), LanguageProfile.of(fragment.language()), index.speakerStops),
                    fragment);
            tokens.forEach(t -> use.observe(fragment.language(), t));
            tokenized.add(tokens);
        }
        for (int i = 0; i < fragments.size(); i++) {
            index.addFragment(i, fragments.get(i), tokenized.get(i), use);
        }
        return index;
    }

    private void addFragment(int index, AnalystFragment fragment, List<Token> tokens, WordUse use) {
        Language language = fragment.language();
        fragmentCount.merge(language, 1, Integer::sum);
        interviews.computeIfAbsent(language, l -> new TreeSet<>()).add(fragment.interviewId());
        if (!codable(tokens)) {
            return;
        }
        for (PhraseExtractor.Phrase phrase : PhraseExtractor.extract(tokens)) {
            boolean verbal = use.verbal(language, tokens.get(phrase.from()))
                    || (phrase.to() > phrase.from() && use.verbForm(language, tokens.get(phrase.to())));
            if (verbal || hasProperNoun(tokens, phrase, language, use)) {
                continue;
            }
            String surface =
                    fragment.text().substring(phrase.start(), phrase.end()).replaceAll("\\s+", " ");
            candidates
                    .computeIfAbsent(
                            language.code() + "|" + phrase.key(),
                            k -> new Candidate(language, phrase.key(), phrase.stems()))
                    .add(index, fragment.interviewId(), phrase.start(), phrase.end(), surface);
        }
    }

    /**
     * Words inside a causal, strategic, consequential or intervening cue ("sin embargo", "as a result",
     * "me ha costado") are discourse, not concepts: they break phrases like stop-words. Context cues are
     * kept ("en el trabajo" still says "trabajo").
     */
    private static List<Token> withoutDiscourseCues(List<Token> tokens, AnalystFragment fragment) {
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

    /** See {@link #MIN_MEANINGFUL_WORDS}. */
    static boolean codable(List<Token> tokens) {
        long meaningful = tokens.stream().filter(Token::canEdgePhrase).count();
        return meaningful >= MIN_MEANINGFUL_WORDS || (meaningful == 1 && tokens.size() >= MIN_WORDS_WITH_ONE);
    }

    private static boolean hasProperNoun(
            List<Token> tokens, PhraseExtractor.Phrase phrase, Language language, WordUse use) {
        for (int i = phrase.from(); i <= phrase.to(); i++) {
            if (tokens.get(i).kind() != Token.Kind.CONNECTOR && use.properNoun(language, tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Stem keys of a free phrase (an existing code label, a lexicon term) in one language, if it has words. */
    List<String> stemsOf(String phrase, Language language) {
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

    Set<Language> languages() {
        return fragmentCount.keySet();
    }

    int fragmentCount(Language language) {
        return fragmentCount.getOrDefault(language, 0);
    }

    int interviewCount(Language language) {
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
