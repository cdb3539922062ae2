package com.theogen.analyst.internal;

import com.theogen.analyst.AnalystFragment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
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
 */
final class InterviewLanguages {

    static final int MIN_LETTERS = 60;
    static final double MIN_ADVANTAGE = 2.0;
    /** Enough text to decide; longer interviews are judged on their first turns. */
    private static final int MAX_CHARS = 4_000;

    private static final String MODEL = "/langdetect-183.bin";

    private InterviewLanguages() {}

    /** Interview id to the language it is analysed in, for every interview with participant text. */
    static Map<UUID, Tongue> detect(Iterable<AnalystFragment> fragments) {
        Map<UUID, StringBuilder> texts = new LinkedHashMap<>();
        Map<UUID, Tongue> declared = new LinkedHashMap<>();
        for (AnalystFragment fragment : fragments) {
            if (fragment.interviewer() || fragment.text().isBlank()) {
                continue;
            }
            declared.putIfAbsent(fragment.interviewId(), Tongue.of(fragment.language()));
            StringBuilder text = texts.computeIfAbsent(fragment.interviewId(), id -> new StringBuilder());
            if (text.length() < MAX_CHARS) {
                text.append(fragment.text()).append('\n');
            }
        }
        Map<UUID, Tongue> result = new TreeMap<>();
        texts.forEach((interview, text) -> result.put(interview, detect(text, declared.get(interview))));
        return result;
    }

    /** The language {@code text} is analysed in, given the language it was declared in. */
    static Tongue detect(CharSequence text, Tongue declared) {
        if (text.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            return declared;
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
        return confidence.getOrDefault(best, 0.0) >= MIN_ADVANTAGE * declaredConfidence ? best : declared;
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
