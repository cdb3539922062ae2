package com.theogen.export.internal.pdf;

import com.theogen.export.internal.ReportFonts;
import com.theogen.export.internal.ReportFonts.Style;
import java.awt.Font;
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
                fonts.put(style, PDType0Font.load(document, in, true));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
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
