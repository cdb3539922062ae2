package com.theogen.analyst.internal;

import com.theogen.analyst.AnalystFragment;
import com.theogen.shared.SpokenLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * The language of each interview, detected from its participants' turns with Apache OpenNLP's language
 * detector and its published model ({@code langdetect-183.bin}, 103 languages, Apache licence, shipped in the
 * {@code opennlp-models-langdetect} artifact; ADR 037). Only the languages the analyst can analyse
 * ({@link Tongue}) compete. An interview keeps its declared language unless its text is long enough to judge
 * ({@link #MIN_LETTERS}) and the detector finds another analysable language at least {@link #MIN_ADVANTAGE}
 * times as likely: a few short turns ("El hospital nos mandó a casa.") never switch language. Deterministic.
 *
 * <p>An interview whose language is stored ({@link AnalystFragment#spokenLanguage()}: detected at ingest or set by a
 * researcher, ADR 044) is analysed in it and never detected again; only interviews without one are detected here.
 */
final class InterviewLanguages {

    static final int MIN_LETTERS = 60;
    static final double MIN_ADVANTAGE = 2.0;
    /** Enough text to decide; longer interviews are judged on their first turns. */
    static final int MAX_CHARS = 4_000;

    private static final String MODEL = "/langdetect-183.bin";

    private InterviewLanguages() {}

    /**
     * Interview id to the language it is analysed in, for every interview with participant text: the stored
     * language when the fragments carry one, else the detected one.
     */
    static Map<UUID, Tongue> detect(Iterable<AnalystFragment> fragments) {
        Map<UUID, StringBuilder> texts = new LinkedHashMap<>();
        Map<UUID, Tongue> declared = new LinkedHashMap<>();
        Map<UUID, Tongue> stored = new TreeMap<>();
        for (AnalystFragment fragment : fragments) {
            if (fragment.interviewer() || fragment.text().isBlank()) {
                continue;
            }
            declared.putIfAbsent(fragment.interviewId(), Tongue.of(fragment.language()));
            if (fragment.spokenLanguage() != null) {
                stored.putIfAbsent(
                        fragment.interviewId(),
                        tongue(fragment.spokenLanguage()).orElse(Tongue.of(fragment.language())));
                continue;
            }
            StringBuilder text = texts.computeIfAbsent(fragment.interviewId(), id -> new StringBuilder());
            if (text.length() < MAX_CHARS) {
                text.append(fragment.text()).append('\n');
            }
        }
        Map<UUID, Tongue> result = new TreeMap<>(stored);
        texts.forEach((interview, text) -> {
            if (!stored.containsKey(interview)) {
                result.put(interview, detect(text, declared.get(interview)));
            }
        });
        return result;
    }

    /** The language {@code text} is analysed in, given the language it was declared in. */
    static Tongue detect(CharSequence text, Tongue declared) {
        return judge(text, declared).orElse(declared);
    }

    /**
     * The language of {@code text} as stored for an interview: {@link SpokenLanguage#UND} when there are fewer than
     * {@link #MIN_LETTERS} letters, else the language {@link #detect(CharSequence, Tongue)} analyses it in.
     */
    static SpokenLanguage spoken(CharSequence text, Tongue declared) {
        return judge(text, declared).map(t -> SpokenLanguage.ofCode(t.code())).orElse(SpokenLanguage.UND);
    }

    /** The stored language's analysis language; empty for {@link SpokenLanguage#UND}. */
    static Optional<Tongue> tongue(SpokenLanguage language) {
        for (Tongue tongue : Tongue.values()) {
            if (tongue.code().equals(language.code())) {
                return Optional.of(tongue);
            }
        }
        return Optional.empty();
    }

    private static Optional<Tongue> judge(CharSequence text, Tongue declared) {
        if (text.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            return Optional.empty();
        }
        Map<Tongue, Double> confidence = new TreeMap<>();
        for (Language language : Holder.DETECTOR.predict(text)) {
            Tongue tongue = Tongue.ofIso3(language.getLang());
            if (tongue != null) {
                confidence.merge(tongue, language.getConfidence(), Math::max);
            }
        }
        Tongue best = confidence.entrySet().stream()
                .max(Map.Entry.<Tongue, Double>comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(declared);
        double declaredConfidence = confidence.getOrDefault(declared, 0.0);
        return Optional.of(confidence.getOrDefault(best, 0.0) >= MIN_ADVANTAGE * declaredConfidence ? best : declared);
    }

    /** The model (10 MB) is loaded once, on first use. */
    private static final class Holder {

        static final Detector DETECTOR = new Detector();
    }

    private static final class Detector {

        private final LanguageDetectorME detector;

        Detector() {
            try (InputStream in = InterviewLanguages.class.getResourceAsStream(MODEL)) {
                if (in == null) {
                    throw new IllegalStateException("language detection model " + MODEL + " is not on the classpath");
                }
                detector = new LanguageDetectorME(new LanguageDetectorModel(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        synchronized Language[] predict(CharSequence text) {
            return detector.predictLanguages(text);
        }
    }
}
