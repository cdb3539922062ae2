package com.theogen.interview.internal.parsing;

import com.theogen.interview.InterviewFormat;
import com.theogen.interview.InterviewProperties;
import com.theogen.interview.UploadError;
import com.theogen.shared.DomainException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * One uploaded file to a normalised full text and its fragments: picks the reader by extension, decodes,
 * normalises, finds speaker turns and cuts fragments. Pure and thread-safe; throws {@link UploadError}
 * exceptions naming the file.
 */
@Component
public class TranscriptParser {

    private static final Logger log = LoggerFactory.getLogger(TranscriptParser.class);
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}\\p{N}'’-]*|\\p{N}+");

    private final Fragmenter fragmenter;

    @Autowired
    public TranscriptParser(InterviewProperties properties) {
        this(properties.maxFragmentChars());
    }

    public TranscriptParser(int maxFragmentChars) {
        this.fragmenter = new Fragmenter(maxFragmentChars);
    }

    public ParsedTranscript parse(String filename, byte[] content) {
        InterviewFormat format = InterviewFormat.ofFilename(filename)
                .filter(f -> !f.isMedia())
                .orElseThrow(() -> UploadError.UNSUPPORTED_FILE_TYPE.exception(
                        filename, "unsupported file type; use .txt, .md, .docx, .pdf, .vtt, .srt or .json"));
        if (content.length == 0) {
            throw UploadError.EMPTY_FILE.exception(filename, "the file is empty");
        }
        Segmented segmented;
        List<Fragmenter.Piece> pieces;
        try {
            segmented = segment(format, filename, content);
            pieces = fragmenter.split(segmented);
        } catch (DomainException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // A reader tripping over odd input is still the file's fault, never a server error.
            log.warn("Could not read {} as {}", filename, format, e);
            throw UploadError.CORRUPT_FILE.exception(filename, "the file could not be read as " + format.extension());
        }
        return assemble(format, filename, segmented, pieces);
    }

    /**
     * Fragments an already normalised plain text (see {@link TrackedNormalizer}) as a {@code .txt} transcript.
     *
     * @throws DomainException {@link UploadError#EMPTY_FILE} naming {@code filename} when nothing is left
     */
    public ParsedTranscript parseNormalizedText(String filename, String normalized) {
        Segmented segmented = DocumentSegmenter.segment(normalized);
        return assemble(InterviewFormat.TXT, filename, segmented, fragmenter.split(segmented));
    }

    private static ParsedTranscript assemble(
            InterviewFormat format, String filename, Segmented segmented, List<Fragmenter.Piece> pieces) {
        if (pieces.isEmpty()) {
            throw UploadError.EMPTY_FILE.exception(filename, "the file contains no transcript text");
        }
        return assemble(format, segmented, pieces);
    }

    /**
     * A transcript from timed speech segments (a transcription provider's answer), composed exactly like a
     * WebVTT file: consecutive segments of the same speaker form one turn, each segment keeping its times.
     *
     * @param format the recording's format, recorded as the interview's format
     * @return empty when the segments hold no text
     */
    public java.util.Optional<ParsedTranscript> fromSegments(InterviewFormat format, List<TimedText> segments) {
        List<RawTurn> turns = new ArrayList<>();
        String speaker = null;
        List<RawTurn.Segment> current = new ArrayList<>();
        for (TimedText segment : segments) {
            if (!current.isEmpty() && !java.util.Objects.equals(speaker, segment.speaker())) {
                turns.add(new RawTurn(speaker, List.copyOf(current)));
                current.clear();
            }
            speaker = segment.speaker();
            current.add(new RawTurn.Segment(segment.text(), segment.startMs(), segment.endMs()));
        }
        if (!current.isEmpty()) {
            turns.add(new RawTurn(speaker, List.copyOf(current)));
        }
        Segmented segmented = TurnComposer.compose(turns);
        List<Fragmenter.Piece> pieces = fragmenter.split(segmented);
        return pieces.isEmpty()
                ? java.util.Optional.empty()
                : java.util.Optional.of(assemble(format, segmented, pieces));
    }

    private static ParsedTranscript assemble(
            InterviewFormat format, Segmented segmented, List<Fragmenter.Piece> pieces) {
        String text = segmented.fullText();
        List<ParsedFragment> fragments = new ArrayList<>(pieces.size());
        Set<String> speakers = new LinkedHashSet<>();
        int words = 0;
        for (Fragmenter.Piece piece : pieces) {
            String fragmentText = text.substring(piece.start(), piece.end());
            fragments.add(new ParsedFragment(
                    fragments.size(),
                    piece.speaker(),
                    fragmentText,
                    piece.start(),
                    piece.end(),
                    piece.startMs(),
                    piece.endMs()));
            if (piece.speaker() != null) {
                speakers.add(piece.speaker());
            }
            words += countWords(fragmentText);
        }
        return new ParsedTranscript(
                format, text, List.copyOf(fragments), List.copyOf(speakers), words, LanguageGuess.guess(text));
    }

    private static Segmented segment(InterviewFormat format, String filename, byte[] content) {
        return switch (format) {
            case TXT -> DocumentSegmenter.segment(TextNormalizer.normalize(TextDecoder.decode(content, filename)));
            case MD ->
                DocumentSegmenter.segment(
                        MarkdownText.toPlain(TextNormalizer.normalize(TextDecoder.decode(content, filename))));
            case DOCX -> DocumentSegmenter.segment(TextNormalizer.normalize(DocxText.extract(content, filename)));
            case PDF -> DocumentSegmenter.segment(TextNormalizer.normalize(PdfText.extract(content, filename)));
            case VTT ->
                TurnComposer.compose(
                        CueParser.vtt(TextNormalizer.normalize(TextDecoder.decode(content, filename)), filename));
            case SRT ->
                TurnComposer.compose(
                        CueParser.srt(TextNormalizer.normalize(TextDecoder.decode(content, filename)), filename));
            case JSON -> TurnComposer.compose(JsonTurns.parse(TextDecoder.decode(content, filename), filename));
            default -> throw new IllegalArgumentException("not a transcript format: " + format);
        };
    }

    static int countWords(String text) {
        Matcher matcher = WORD.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
