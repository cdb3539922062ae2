package com.theogen.export.internal.pptx;

import com.theogen.export.SaturationPoint;
import com.theogen.export.TheoryReport;
import com.theogen.export.internal.Labels;
import com.theogen.export.internal.ReportLabel;
import com.theogen.export.internal.SaturationPlot;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFSlide;

/** The saturation curve as a native (editable) chart whose data live in the chart's embedded workbook. */
final class SaturationSlide {

    private SaturationSlide() {}

    static void draw(XMLSlideShow show, XSLFSlide slide, TheoryReport report, Labels labels, Rectangle2D area) {
        List<SaturationPoint> points = report.saturation();
        int n = points.size();
        String[] interviews = new String[n];
        Integer[] added = new Integer[n];
        Integer[] cumulative = new Integer[n];
        for (int i = 0; i < n; i++) {
            interviews[i] = points.get(i).interviewLabel();
            added[i] = points.get(i).newCodes();
            cumulative[i] = points.get(i).cumulativeCodes();
        }
        XSLFChart chart = show.createChart();
        // the chart frame is placed in EMU, unlike every other shape
        slide.addChart(
                chart,
                new Rectangle2D.Double(
                        Units.toEMU(area.getX()),
                        Units.toEMU(area.getY()),
                        Units.toEMU(area.getWidth()),
                        Units.toEMU(area.getHeight())));
        chart.setSheetTitle(labels.get(ReportLabel.INTERVIEW), 0);
        chart.setSheetTitle(labels.get(ReportLabel.NEW_CODES), 1);
        chart.setSheetTitle(labels.get(ReportLabel.CUMULATIVE_CODES), 2);
        SaturationPlot.plot(
                chart,
                labels,
                XDDFDataSourcesFactory.fromArray(interviews, chart.formatRange(new CellRangeAddress(1, n, 0, 0)), 0),
                XDDFDataSourcesFactory.fromArray(added, chart.formatRange(new CellRangeAddress(1, n, 1, 1)), 1),
                XDDFDataSourcesFactory.fromArray(cumulative, chart.formatRange(new CellRangeAddress(1, n, 2, 2)), 2));
    }
}
