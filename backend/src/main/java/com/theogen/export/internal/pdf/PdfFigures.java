package com.theogen.export.internal.pdf;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.Graphics2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Vector figures: Java2D drawing code (the same that paints the infographic) runs on a Graphics2D that writes PDF
 * operators into a form XObject, which is placed at the cursor. Boxes, arrows and circles stay sharp at any zoom
 * and their labels are text in the embedded fonts.
 */
final class PdfFigures {

    private PdfFigures() {}

    /** Draws a figure of the body's width and {@code height} points at the cursor and moves below it. */
    static void draw(PdfFlow flow, float height, Consumer<Graphics2D> painter) {
        float width = flow.width();
        try {
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(flow.document(), width, height);
            try {
                g.setFontTextDrawer(flow.fonts().textDrawer());
                painter.accept(g);
            } finally {
                g.dispose();
            }
            PDFormXObject form = g.getXFormObject();
            PDPageContentStream stream = flow.stream();
            stream.saveGraphicsState();
            stream.transform(Matrix.getTranslateInstance(flow.left(), PdfFlow.PAGE.getHeight() - flow.y() - height));
            stream.drawForm(form);
            stream.restoreGraphicsState();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        flow.space(height);
    }
}
