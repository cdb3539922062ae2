package com.theogen.interview.internal.parsing;

import static com.theogen.interview.internal.parsing.OffsetAssertions.assertFragmentsExact;
import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.interview.InterviewFormat;
import com.theogen.interview.TranscriptFiles;
import com.theogen.shared.Language;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every format, from files made in the test, down to speakers, fragments, times and offsets. */
class TranscriptParserTest {

    private static final int MAX = 1000;
    private final TranscriptParser parser = new TranscriptParser(MAX);

    @Test
    void readsPlainTextTurnsWithSpanishLabelsAndKeepsHeadersAsText() {
        String source = "Entrevista 3\r\nFecha: 3 de mayo\r\n\r\n"
                + "Entrevistadora: ¿Cómo empezó todo?\r\n\r\n"
                + "Entrevistado: Pues mira,\u00A0fue  de repente.\r\nNadie me avisó.\r\n\r\n"
                + "Entrevistadora: ¿Y tu trabajo?\r\n\r\n"
                + "Entrevistado: Lo perdí.";
        ParsedTranscript t = parse("e3.txt", source.getBytes(StandardCharsets.UTF_8));

        assertThat(t.format()).isEqualTo(InterviewFormat.TXT);
        assertThat(t.fullText()).startsWith("Entrevista 3\nFecha: 3 de mayo\n\nEntrevistadora: ¿Cómo");
        assertThat(texts(t))
                .containsExactly(
                        "Entrevista 3\nFecha: 3 de mayo",
                        "¿Cómo empezó todo?",
                        "Pues mira, fue de repente.\nNadie me avisó.",
                        "¿Y tu trabajo?",
                        "Lo perdí.");
        assertThat(t.fragments().stream().map(ParsedFragment::speaker))
                .containsExactly(null, "Entrevistadora", "Entrevistado", "Entrevistadora", "Entrevistado");
        assertThat(t.speakers()).containsExactly("Entrevistadora", "Entrevistado");
        assertThat(t.detectedLanguage()).isEqualTo(Language.ES);
        assertFragmentsExact(t, MAX);
    }

    @Test
    void recognisesShortCodesAndTimestampedLabels() {
        String source = "[00:01:05] I: Tell me about your week.\n"
                + "[00:01:09] P1: It was busy, because my mother was ill and I had to work.\n"
                + "I (00:02:00): And the weekend?\n"
                + "P1 (00:02:04): Just the same, and that is the thing about it.";
        ParsedTranscript t = parse("week.txt", source.getBytes(StandardCharsets.UTF_8));

        assertThat(t.speakers()).containsExactly("I", "P1");
        assertThat(t.fragments().get(1).text()).startsWith("It was busy");
        assertThat(t.fragments().stream().map(ParsedFragment::startMs))
                .containsExactly(65_000L, 69_000L, 120_000L, 124_000L);
        assertThat(t.detectedLanguage()).isEqualTo(Language.EN);
        assertFragmentsExact(t, MAX);
    }

    @Test
    void decodesWindows1252AndStripsTheUtf8Bom() {
        byte[] latin = "Entrevistadora: ¿Qué año?\nEntrevistada: El año del niño.\nEntrevistadora: ¿Seguro?\n"
                .getBytes(Charset.forName("windows-1252"));
        assertThat(parse("a.txt", latin).fullText()).contains("¿Qué año?").contains("niño");

        byte[] bom = ("\uFEFFP1: hola qué tal\nP2: bien\nP1: vale").getBytes(StandardCharsets.UTF_8);
        ParsedTranscript t = parse("b.txt", bom);
        assertThat(t.fullText()).startsWith("P1: hola");
        assertThat(t.speakers()).containsExactly("P1", "P2");
    }

    @Test
    void readsUtf16WithBom() {
        byte[] utf16 = "\uFEFFI: ¿Dónde vives?\nE: En Sevilla.".getBytes(StandardCharsets.UTF_16LE);
        ParsedTranscript t = parse("c.txt", utf16);
        assertThat(texts(t)).containsExactly("¿Dónde vives?", "En Sevilla.");
    }

    @Test
    void stripsMarkdownAndFindsBoldLabels() {
        String source = "---\ntitle: Entrevista\n---\n# Entrevista 03 — Lucía\n\n- **Fecha:** 14 de marzo\n"
                + "- **Entrevistadora:** E\n\n---\n\n**E:** Gracias por recibirme, *Lucía*.\n\n"
                + "**Lucía:** Sí, claro. Soy [maestra](https://example.org) de primaria.\n\n"
                + "**E:** ¿Y la tía?\n\n**Lucía:** Está en `hemodiálisis`.";
        ParsedTranscript t = parse("lucia.md", source.getBytes(StandardCharsets.UTF_8));

        assertThat(t.fullText()).doesNotContain("**").doesNotContain("](").doesNotContain("title:");
        assertThat(t.speakers()).containsExactly("E", "Lucía");
        assertThat(texts(t))
                .containsExactly(
                        "Entrevista 03 — Lucía",
                        "Fecha: 14 de marzo\nEntrevistadora: E",
                        "Gracias por recibirme, Lucía.",
                        "Sí, claro. Soy maestra de primaria.",
                        "¿Y la tía?",
                        "Está en hemodiálisis.");
        assertThat(t.fragments().get(1).speaker()).isNull();
        assertFragmentsExact(t, MAX);
    }

    @Test
    void readsDocxParagraphsAndSpeakerTables() {
        ParsedTranscript paragraphs = parse(
                "p.docx",
                TranscriptFiles.docx(List.of(
                        "Interviewer: How do you manage?",
                        "Participant 2: Barely.",
                        "Interviewer: Why?",
                        "Participant 2: No help at all.")));
        assertThat(paragraphs.speakers()).containsExactly("Interviewer", "Participant 2");
        assertThat(texts(paragraphs)).containsExactly("How do you manage?", "Barely.", "Why?", "No help at all.");

        ParsedTranscript table = parse(
                "t.docx",
                TranscriptFiles.docxTable(List.of(
                        new String[] {"Moderadora", "¿Quién cuida?"},
                        new String[] {"Ana", "Yo, sola."},
                        new String[] {"Moderadora", "¿Desde cuándo?"},
                        new String[] {"Ana", "Desde 2019."})));
        assertThat(table.speakers()).containsExactly("Moderadora", "Ana");
        assertThat(texts(table))
                .containsExactly("Transcript", "¿Quién cuida?", "Yo, sola.", "¿Desde cuándo?", "Desde 2019.");
        assertFragmentsExact(table, MAX);
    }

    @Test
    void readsThePdfTextLayer() {
        ParsedTranscript t = parse(
                "p.pdf",
                TranscriptFiles.pdf(List.of(
                        "Entrevistadora: ¿Cómo te organizas con el trabajo?",
                        "Participante: Como puedo. Mi jefe no sabe nada,",
                        "y prefiero que siga así.",
                        "Entrevistadora: ¿Por qué?",
                        "Participante: Porque me despedirían.")));
        assertThat(t.format()).isEqualTo(InterviewFormat.PDF);
        assertThat(t.speakers()).containsExactly("Entrevistadora", "Participante");
        assertThat(t.fragments().get(1).text())
                .isEqualTo("Como puedo. Mi jefe no sabe nada,\ny prefiero que siga así.");
        assertFragmentsExact(t, MAX);
    }

    @Test
    void readsVttVoicesMergingConsecutiveCuesAndKeepingTheirTimes() {
        String source =
                "WEBVTT\n\nNOTE recorded on Zoom\n\n1\n00:00:01.400 --> 00:00:06.300\n<v Entrevistadora>¿Está bien"
                        + " si te tuteo?\n\n2\n00:00:08.000 --> 00:00:10.000 align:start\n<v.loud Rosa>Sí, <i>claro</i>.</v>\n\n"
                        + "3\n00:00:10.500 --> 00:00:12.250\n<v Rosa>Tuteame &amp; listo.\n\n"
                        + "00:01:00.000 --> 00:01:02.000\n<v Entrevistadora>Bueno.";
        ParsedTranscript t = parse("rosa.vtt", source.getBytes(StandardCharsets.UTF_8));

        assertThat(t.fullText())
                .isEqualTo("Entrevistadora: ¿Está bien si te tuteo?\n\nRosa: Sí, claro. Tuteame & listo.\n\n"
                        + "Entrevistadora: Bueno.");
        assertThat(texts(t)).containsExactly("¿Está bien si te tuteo?", "Sí, claro. Tuteame & listo.", "Bueno.");
        ParsedFragment rosa = t.fragments().get(1);
        assertThat(rosa.startMs()).isEqualTo(8_000L);
        assertThat(rosa.endMs()).isEqualTo(12_250L);
        assertFragmentsExact(t, MAX);
    }

    @Test
    void splitsALongVttTurnWithTheTimesOfItsOwnCues() {
        StringBuilder source = new StringBuilder("WEBVTT\n\n");
        for (int i = 0; i < 12; i++) {
            source.append(String.format("00:00:%02d.000 --> 00:00:%02d.900%n", i * 4, i * 4 + 3))
                    .append("<v Ana>Esta es la frase número ")
                    .append(i)
                    .append(" y habla del cuidado de mi madre durante la semana.\n\n");
        }
        TranscriptParser small = new TranscriptParser(200);
        ParsedTranscript t = small.parse("long.vtt", source.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(t.fragments()).hasSizeGreaterThan(3);
        assertThat(t.fragments()).allSatisfy(f -> assertThat(f.speaker()).isEqualTo("Ana"));
        assertThat(t.fragments().get(0).startMs()).isZero();
        assertThat(t.fragments().get(1).startMs()).isPositive();
        assertThat(t.fragments().get(t.fragments().size() - 1).endMs()).isEqualTo(47_900L);
        assertFragmentsExact(t, 200);
    }

    @Test
    void readsSrtWithLabelsAndStylingTags() {
        String source = "1\r\n00:00:01,400 --> 00:00:07,952\r\nInterviewer: Okay, <i>recording</i>.\r\n\r\n"
                + "2\r\n00:00:09,902 --> 00:00:16,258\r\nDavid: Yep, I see it.\r\n{\\an8}And coffee.\r\n\r\n"
                + "3\r\n00:00:17,000 --> 00:00:18,000\r\nInterviewer: Great.\r\n\r\n"
                + "4\r\n00:00:19,000 --> 00:00:21,000\r\nDavid: So.\r\n";
        ParsedTranscript t = parse("david.srt", source.getBytes(StandardCharsets.UTF_8));

        assertThat(t.speakers()).containsExactly("Interviewer", "David");
        assertThat(texts(t)).containsExactly("Okay, recording.", "Yep, I see it. And coffee.", "Great.", "So.");
        assertThat(t.fragments().get(1).startMs()).isEqualTo(9_902L);
        assertThat(t.fragments().get(1).endMs()).isEqualTo(16_258L);
        assertFragmentsExact(t, MAX);
    }

    @Test
    void readsJsonTurnsWithSecondsAndTimestampStrings() {
        String source = "[{\"speaker\":\"Entrevistadora\",\"text\":\"Cuéntame.\",\"start\":1.4,\"end\":7.3},"
                + "{\"speaker\":\"Carmen\",\"text\":\"Ya.\\n\\nMe llamo Carmen.\",\"start\":\"00:00:08.300\"},"
                + "{\"speaker\":null,\"text\":\"(ruido)\"},{\"speaker\":\"Carmen\",\"text\":\"   \"}]";
        ParsedTranscript t = parse("carmen.json", source.getBytes(StandardCharsets.UTF_8));

        assertThat(t.fullText()).isEqualTo("Entrevistadora: Cuéntame.\n\nCarmen: Ya.\n\nMe llamo Carmen.\n\n(ruido)");
        assertThat(t.fragments().stream().map(ParsedFragment::speaker))
                .containsExactly("Entrevistadora", "Carmen", null);
        assertThat(t.fragments().get(0).endMs()).isEqualTo(7_300L);
        assertThat(t.fragments().get(1).startMs()).isEqualTo(8_300L);
        assertThat(t.fragments().get(1).endMs()).isNull();
        assertFragmentsExact(t, MAX);
    }

    @Test
    void keepsOffsetsInUtf16UnitsAroundCharactersOutsideTheBmp() {
        String source = "P1: Me reí 😂 mucho.\nP2: 𝄞 música.\nP1: Fin 👍.";
        ParsedTranscript t = parse("emoji.txt", source.getBytes(StandardCharsets.UTF_8));
        assertThat(texts(t)).containsExactly("Me reí 😂 mucho.", "𝄞 música.", "Fin 👍.");
        assertFragmentsExact(t, MAX);
    }

    @Test
    void countsWordsOfTheFragmentsOnly() {
        ParsedTranscript t = parse("w.txt", "I: one two three\nP: four five\nI: six".getBytes(StandardCharsets.UTF_8));
        assertThat(t.wordCount()).isEqualTo(6);
    }

    private ParsedTranscript parse(String filename, byte[] content) {
        return parser.parse(filename, content);
    }

    private static List<String> texts(ParsedTranscript t) {
        return t.fragments().stream().map(ParsedFragment::text).toList();
    }
}
