package com.theogen.export.internal.pptx;

import com.theogen.export.TheoryReport;
import com.theogen.export.internal.Labels;
import com.theogen.export.internal.SaturationPlot;
import java.awt.geom.Rectangle2D;
import org.apache.poi.util.Units;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFSlide;

/** The saturation curve as a native (editable) chart whose data live in the chart's embedded workbook. */
final class SaturationSlide {

    private SaturationSlide() {}

    static void draw(XMLSlideShow show, XSLFSlide slide, TheoryReport report, Labels labels, Rectangle2D area) {
        XSLFChart chart = show.createChart();
        // the chart frame is placed in EMU, unlike every other shape
        slide.addChart(
                chart,
                new Rectangle2D.Double(
                        Units.toEMU(area.getX()),
                        Units.toEMU(area.getY()),
                        Units.toEMU(area.getWidth()),
                        Units.toEMU(area.getHeight())));
        SaturationPlot.plotEmbedded(chart, report.saturation(), labels);
    }
}
