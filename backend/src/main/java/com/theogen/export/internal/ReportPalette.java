package com.theogen.export.internal;

import com.theogen.export.ParadigmComponent;
import com.theogen.export.Severity;
import java.awt.Color;

/** The colours every export shares, so a PDF, a deck and an infographic of one theory look related. */
public final class ReportPalette {

    public static final Color INK = new Color(0x1F2933);
    public static final Color MUTED = new Color(0x52606D);
    public static final Color RULE = new Color(0xCBD2D9);
    public static final Color ZEBRA = new Color(0xF3F5F7);
    public static final Color PAPER = Color.WHITE;
    public static final Color PRIMARY = new Color(0x1D4E89);
    public static final Color PRIMARY_LIGHT = new Color(0xDCE8F5);
    public static final Color ACCENT = new Color(0xC8553D);
    public static final Color ACCENT_LIGHT = new Color(0xF8E1DA);
    public static final Color QUOTE_BAR = new Color(0x8FB3DE);
    public static final Color NODE = new Color(0x3E7CB1);
    public static final Color EDGE = new Color(0x7B8794);

    private ReportPalette() {}

    /** Fill of a paradigm component's box; the phenomenon (core) stands out. */
    public static Color componentFill(ParadigmComponent component) {
        return switch (component) {
            case PHENOMENON -> ACCENT_LIGHT;
            case CAUSAL_CONDITIONS -> new Color(0xE3EDF7);
            case CONTEXT -> new Color(0xE6F2EA);
            case INTERVENING_CONDITIONS -> new Color(0xF4EEDC);
            case STRATEGIES -> new Color(0xE9E4F3);
            case CONSEQUENCES -> new Color(0xF6E3EA);
        };
    }

    /** Border and heading colour of a paradigm component's box. */
    public static Color componentStroke(ParadigmComponent component) {
        return switch (component) {
            case PHENOMENON -> ACCENT;
            case CAUSAL_CONDITIONS -> PRIMARY;
            case CONTEXT -> new Color(0x2F7D4F);
            case INTERVENING_CONDITIONS -> new Color(0x9A6A00);
            case STRATEGIES -> new Color(0x5B3F9A);
            case CONSEQUENCES -> new Color(0x9C2F55);
        };
    }

    public static Color severity(Severity severity) {
        return switch (severity) {
            case HIGH -> new Color(0xB3261E);
            case MEDIUM -> new Color(0xB86E00);
            case LOW -> new Color(0x3B7D3B);
        };
    }
}
