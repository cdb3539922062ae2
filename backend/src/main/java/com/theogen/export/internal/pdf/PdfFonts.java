package com.theogen.export.internal.pdf;

import com.theogen.export.internal.ReportFonts;
import com.theogen.export.internal.ReportFonts.Style;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Font;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled fonts embedded (as subsets) in one PDF, with width measurement and a guard for characters
 * the font lacks: those become "?" instead of failing the whole export.
 */
final class PdfFonts {

    private final Map<Style, PDType0Font> fonts = new EnumMap<>(Style.class);
    private final Font coverage = ReportFonts.awt(Style.REGULAR, 10f);

    PdfFonts(PDDocument document) {
        for (Style style : Style.values()) {
            try (InputStream in = ReportFonts.open(style)) {
                byte[] ttf = withoutGlyphSubstitution(in.readAllBytes());
                fonts.put(style, PDType0Font.load(document, new ByteArrayInputStream(ttf), true));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Hides the font's GSUB table by renaming its tag in the table directory. PDFBox 3 applies Latin GSUB
     * substitutions on every text-showing call at a cost that dominated rendering (most of a 16 s render
     * of a large report); the only substitutions lost are ligatures, which would also have made the text
     * harder to extract and search.
     */
    static byte[] withoutGlyphSubstitution(byte[] ttf) {
        byte[] copy = ttf.clone();
        int tables = ((copy[4] & 0xFF) << 8) | (copy[5] & 0xFF);
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (copy[entry] == 'G' && copy[entry + 1] == 'S' && copy[entry + 2] == 'U' && copy[entry + 3] == 'B') {
                copy[entry + 3] = 'x';
            }
        }
        return copy;
    }

    /**
     * A text drawer for Graphics2D figures that sets their labels in the embedded fonts, so figure text is real,
     * searchable text in the same faces as the body (characters a font lacks are drawn as outlines instead).
     */
    PdfBoxGraphics2DFontTextDrawer textDrawer() {
        PdfBoxGraphics2DFontTextDrawer drawer = new PdfBoxGraphics2DFontTextDrawer();
        for (Style style : Style.values()) {
            drawer.registerFont(ReportFonts.awt(style, 10f).getFontName(), fonts.get(style));
        }
        return drawer;
    }

    PDType0Font get(Style style) {
        return fonts.get(style);
    }

    /** Width in points of text set in {@code style} at {@code size}; the text must be {@link #safe}. */
    double width(Style style, float size, String text) {
        try {
            return fonts.get(style).getStringWidth(text) / 1000.0 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces control characters with spaces and characters the font cannot show with "?". */
    String safe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (coverage.canDisplay(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }
}
