package com.theogen.export.internal.png;

import com.theogen.export.TheoryReport;
import com.theogen.export.internal.Labels;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * The report's two figures, drawn once in Java2D for every format: onto the infographic, onto a PDF page as
 * vectors (through a Graphics2D that writes PDF), or as PNG pictures for the Word document.
 */
public final class Diagrams {

    private Diagrams() {}

    /** The paradigm model's boxes and arrows inside {@code area}; {@code size} is the body text size. */
    public static void paradigm(Graphics2D g, TheoryReport report, Rectangle2D area, float size) {
        Canvas.hints(g);
        new ParadigmDiagram(g, report, Labels.of(report.language()), size).draw(area);
    }

    /** The category network inside {@code area}. */
    public static void network(Graphics2D g, TheoryReport report, Rectangle2D area, float size) {
        Canvas.hints(g);
        NetworkDiagram.draw(g, report, area, size);
    }

    /** The paradigm figure as a PNG of {@code width} × {@code height} pixels. */
    public static byte[] paradigmPng(TheoryReport report, int width, int height, float size) {
        BufferedImage image = Canvas.image(width, height, Color.WHITE);
        Graphics2D g = Canvas.graphics(image);
        paradigm(g, report, new Rectangle2D.Double(4, 4, width - 8, height - 8), size);
        g.dispose();
        return png(image);
    }

    static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
