package com.theogen.export.internal.pptx;

import com.theogen.export.internal.ReportPalette;
import java.awt.Color;

/**
 * One paragraph of slide text, as data, so it can be measured on a scratch shape before it is placed.
 *
 * @param text the text
 * @param size font size in points
 * @param boldFace bold
 * @param italicFace italic
 * @param color text colour
 * @param bullet whether it is a bulleted item
 * @param level indent level (0 or 1)
 * @param spaceBefore points of space above it
 */
record Para(
        String text,
        double size,
        boolean boldFace,
        boolean italicFace,
        Color color,
        boolean bullet,
        int level,
        double spaceBefore) {

    static Para plain(String text, double size) {
        return new Para(text, size, false, false, ReportPalette.INK, false, 0, 0);
    }

    static Para bulleted(String text, double size) {
        return new Para(text, size, false, false, ReportPalette.INK, true, 0, size * 0.5);
    }

    static Para quote(String text, double size) {
        return new Para(text, size, false, true, ReportPalette.MUTED, false, 1, size * 0.2);
    }

    Para bold() {
        return new Para(text, size, true, italicFace, color, bullet, level, spaceBefore);
    }

    Para italic() {
        return new Para(text, size, boldFace, true, color, bullet, level, spaceBefore);
    }

    Para color(Color value) {
        return new Para(text, size, boldFace, italicFace, value, bullet, level, spaceBefore);
    }

    Para before(double points) {
        return new Para(text, size, boldFace, italicFace, color, bullet, level, points);
    }

    Para text(String value) {
        return new Para(value, size, boldFace, italicFace, color, bullet, level, spaceBefore);
    }
}
