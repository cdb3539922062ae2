package com.theogen.evidence.internal.text;

import com.theogen.evidence.ScoredFragment.Highlight;
import com.theogen.shared.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Language-aware word analysis (stop words, stemming) shared by the vector index adapters: the Lucene index
 * uses it for BM25, and every adapter uses it to highlight the words of a fragment that match the query.
 * Analyzers are thread-safe and reused.
 */
public final class LanguageAnalysis {

    private static final Analyzer SPANISH = new SpanishAnalyzer();
    private static final Analyzer ENGLISH = new EnglishAnalyzer();

    private LanguageAnalysis() {}

    public static Analyzer analyzer(Language language) {
        return language == Language.ES ? SPANISH : ENGLISH;
    }

    /** The analysed terms of {@code text}, in order of first appearance. */
    public static Set<String> terms(Language language, String text) {
        Set<String> terms = new LinkedHashSet<>();
        analyse(language, text, (term, start, end) -> terms.add(term));
        return terms;
    }

    /** Spans of {@code text} whose analysed term is one of the analysed terms of {@code query}. */
    public static List<Highlight> highlights(Language language, String text, String query) {
        Set<String> wanted = terms(language, query);
        List<Highlight> spans = new ArrayList<>();
        if (wanted.isEmpty()) {
            return spans;
        }
        analyse(language, text, (term, start, end) -> {
            if (wanted.contains(term)) {
                spans.add(new Highlight(start, end));
            }
        });
        return spans;
    }

    private interface TokenSink {
        void accept(String term, int start, int end);
    }

    private static void analyse(Language language, String text, TokenSink sink) {
        try (TokenStream stream = analyzer(language).tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                sink.accept(term.toString(), offset.startOffset(), offset.endOffset());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text in memory failed", e);
        }
    }
}
