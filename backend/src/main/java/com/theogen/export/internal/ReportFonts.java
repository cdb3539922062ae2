package com.theogen.export.internal;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The Liberation Sans family (SIL Open Font License 1.1), read from the font jar on the classpath. Every
 * export uses it: PDFs embed it, images draw with it, slides are measured with it. Liberation Sans has the
 * same advance widths as Arial, which is why slides name Arial: text measured here fits there too.
 */
public final class ReportFonts {

    /** The family name slides and workbooks declare; metric-compatible with Liberation Sans. */
    public static final String OFFICE_FAMILY = "Arial";

    private static final String FOLDER = "com/mpobjects/jasperreports/fonts/liberation/";
    private static final Map<Style, byte[]> BYTES = new EnumMap<>(Style.class);
    private static final Map<Style, Font> AWT = new EnumMap<>(Style.class);

    static {
        for (Style style : Style.values()) {
            byte[] bytes = read(FOLDER + style.file);
            BYTES.put(style, bytes);
            try {
                Font font = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
                AWT.put(style, font);
                GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("Bundled font " + style.file + " is unreadable", e);
            }
        }
    }

    private ReportFonts() {}

    /** The font file of a style, for embedding (a fresh stream each call). */
    public static InputStream open(Style style) {
        return new ByteArrayInputStream(BYTES.get(style));
    }

    /** The Java2D font of a style at a size in points (or pixels, when drawing images). */
    public static Font awt(Style style, float size) {
        return AWT.get(style).deriveFont(size);
    }

    /** The family name Java2D knows the bundled fonts by ("Liberation Sans"). */
    public static String awtFamily() {
        return AWT.get(Style.REGULAR).getFamily();
    }

    private static byte[] read(String resource) {
        try (InputStream in = ReportFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(
                        "Font " + resource + " missing: is the Liberation font jar on the classpath?");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The styles exports use. */
    public enum Style {
        REGULAR("LiberationSans-Regular.ttf"),
        BOLD("LiberationSans-Bold.ttf"),
        ITALIC("LiberationSans-Italic.ttf"),
        BOLD_ITALIC("LiberationSans-BoldItalic.ttf");

        private final String file;

        Style(String file) {
            this.file = file;
        }
    }
}
