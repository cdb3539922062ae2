package com.theogen.export.internal.pdf;

import com.theogen.export.SaturationPoint;
import com.theogen.export.internal.Labels;
import com.theogen.export.internal.ReportFonts.Style;
import com.theogen.export.internal.ReportLabel;
import com.theogen.export.internal.ReportPalette;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The saturation curve as vector graphics: bars for the codes each interview added, a line for the
 * cumulative codebook, on one shared scale so the flattening is visible as it is.
 */
final class SaturationChart {

    static final float HEIGHT = 250;

    private SaturationChart() {}

    static void draw(PdfFlow flow, List<SaturationPoint> points, Labels labels) {
        float left = flow.remaining() - 10;
        float height = left >= HEIGHT || left < HEIGHT * 0.7f ? HEIGHT : left;
        flow.ensure(height + 10);
        float top = flow.y();
        float axisLeft = flow.left() + 34;
        float plotTop = top + 24;
        float plotBottom = top + height - 30;
        float plotRight = flow.left() + flow.width() - 8;
        float plotHeight = plotBottom - plotTop;
        int max =
                points.stream().mapToInt(SaturationPoint::cumulativeCodes).max().orElse(1);
        int step = niceStep(max);
        int ceiling = ((max + step - 1) / step) * step;
        legend(flow, labels, top);
        for (int v = 0; v <= ceiling; v += step) {
            float yy = plotBottom - plotHeight * v / ceiling;
            flow.line(axisLeft, yy, plotRight, yy, v == 0 ? ReportPalette.MUTED : ReportPalette.RULE, 0.5f);
            String label = Integer.toString(v);
            float w = (float) flow.fonts().width(Style.REGULAR, 8f, label);
            flow.text(label, Style.REGULAR, 8f, ReportPalette.MUTED, axisLeft - 5 - w, yy + 3);
        }
        float slot = (plotRight - axisLeft) / points.size();
        int labelEvery = Math.max(1, (int) Math.ceil(points.size() / 20.0));
        float[] xs = new float[points.size()];
        float[] ys = new float[points.size()];
        for (int i = 0; i < points.size(); i++) {
            SaturationPoint p = points.get(i);
            float cx = axisLeft + slot * (i + 0.5f);
            float barH = plotHeight * p.newCodes() / ceiling;
            flow.rect(cx - slot * 0.3f, plotBottom - barH, slot * 0.6f, barH, ReportPalette.QUOTE_BAR);
            xs[i] = cx;
            ys[i] = plotBottom - plotHeight * p.cumulativeCodes() / ceiling;
            if (i % labelEvery == 0) {
                String label = Integer.toString(p.interviewIndex());
                float w = (float) flow.fonts().width(Style.REGULAR, 8f, label);
                flow.text(label, Style.REGULAR, 8f, ReportPalette.MUTED, cx - w / 2, plotBottom + 11);
            }
        }
        polyline(flow, xs, ys);
        String axis = labels.get(ReportLabel.INTERVIEW) + " (" + labels.get(ReportLabel.INTERVIEW_INDEX) + ")";
        float w = (float) flow.fonts().width(Style.REGULAR, 8.5f, axis);
        flow.text(axis, Style.REGULAR, 8.5f, ReportPalette.MUTED, (axisLeft + plotRight) / 2 - w / 2, plotBottom + 25);
        flow.moveTo(top + height);
        flow.space(8);
    }

    private static void legend(PdfFlow flow, Labels labels, float top) {
        float x = flow.left() + 34;
        flow.rect(x, top + 4, 14, 8, ReportPalette.QUOTE_BAR);
        String bars = labels.get(ReportLabel.NEW_CODES);
        flow.text(bars, Style.REGULAR, 9f, ReportPalette.INK, x + 19, top + 12);
        float x2 = x + 19 + (float) flow.fonts().width(Style.REGULAR, 9f, bars) + 22;
        flow.line(x2, top + 8, x2 + 16, top + 8, ReportPalette.ACCENT, 2f);
        flow.text(labels.get(ReportLabel.CUMULATIVE_CODES), Style.REGULAR, 9f, ReportPalette.INK, x2 + 21, top + 12);
    }

    private static void polyline(PdfFlow flow, float[] xs, float[] ys) {
        if (xs.length == 0) {
            return;
        }
        float pageHeight = PdfFlow.PAGE.getHeight();
        try {
            PDPageContentStream s = flow.stream();
            s.setStrokingColor(ReportPalette.ACCENT);
            s.setLineWidth(2f);
            s.moveTo(xs[0], pageHeight - ys[0]);
            for (int i = 1; i < xs.length; i++) {
                s.lineTo(xs[i], pageHeight - ys[i]);
            }
            s.stroke();
            s.setNonStrokingColor(ReportPalette.ACCENT);
            for (int i = 0; i < xs.length; i++) {
                s.addRect(xs[i] - 2, pageHeight - ys[i] - 2, 4, 4);
            }
            s.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int niceStep(int max) {
        for (int step : new int[] {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000}) {
            if (max / step <= 8) {
                return step;
            }
        }
        return Math.max(1, max / 8);
    }
}
