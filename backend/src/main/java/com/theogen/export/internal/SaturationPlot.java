package com.theogen.export.internal;

import com.theogen.export.SaturationPoint;
import java.awt.Color;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChart;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;

/**
 * The saturation curve as a native Office chart (editable in Excel and PowerPoint): columns for the codes each
 * interview added, a line for the cumulative codebook, on one value axis, in the report's colours.
 */
public final class SaturationPlot {

    private SaturationPlot() {}

    /**
     * Plots onto {@code chart}. The data sources name cells (Excel: the sheet's columns; PowerPoint: the chart's
     * embedded workbook), so the chart stays editable.
     */
    public static void plot(
            XDDFChart chart,
            Labels labels,
            XDDFDataSource<String> interviews,
            XDDFNumericalDataSource<? extends Number> newCodes,
            XDDFNumericalDataSource<? extends Number> cumulative) {
        chart.setTitleText(labels.get(ReportLabel.SATURATION_CURVE));
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        x.setTitle(labels.get(ReportLabel.INTERVIEW));
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setTitle(labels.get(ReportLabel.CODES));
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        bars.setBarDirection(BarDirection.COL);
        bars.setVaryColors(false);
        XDDFChartData.Series added = bars.addSeries(interviews, newCodes);
        added.setTitle(labels.get(ReportLabel.NEW_CODES), null);
        added.setShapeProperties(fill(ReportPalette.QUOTE_BAR));
        chart.plot(bars);
        XDDFLineChartData line = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
        line.setVaryColors(false);
        XDDFLineChartData.Series total = (XDDFLineChartData.Series) line.addSeries(interviews, cumulative);
        total.setTitle(labels.get(ReportLabel.CUMULATIVE_CODES), null);
        total.setSmooth(false);
        total.setMarkerStyle(MarkerStyle.SQUARE);
        XDDFShapeProperties stroke = new XDDFShapeProperties();
        XDDFLineProperties lineProperties =
                new XDDFLineProperties(new XDDFSolidFillProperties(color(ReportPalette.ACCENT)));
        lineProperties.setWidth(2.25);
        stroke.setLineProperties(lineProperties);
        total.setShapeProperties(stroke);
        chart.plot(line);
    }

    /**
     * Plots the curve from its points into a chart that keeps its data in an embedded workbook (PowerPoint and
     * Word charts): interviews, new and cumulative codes in columns A–C.
     */
    public static void plotEmbedded(XDDFChart chart, List<SaturationPoint> points, Labels labels) {
        int n = points.size();
        String[] interviews = new String[n];
        Integer[] added = new Integer[n];
        Integer[] cumulative = new Integer[n];
        for (int i = 0; i < n; i++) {
            interviews[i] = points.get(i).interviewLabel();
            added[i] = points.get(i).newCodes();
            cumulative[i] = points.get(i).cumulativeCodes();
        }
        chart.setSheetTitle(labels.get(ReportLabel.INTERVIEW), 0);
        chart.setSheetTitle(labels.get(ReportLabel.NEW_CODES), 1);
        chart.setSheetTitle(labels.get(ReportLabel.CUMULATIVE_CODES), 2);
        plot(
                chart,
                labels,
                XDDFDataSourcesFactory.fromArray(interviews, chart.formatRange(new CellRangeAddress(1, n, 0, 0)), 0),
                XDDFDataSourcesFactory.fromArray(added, chart.formatRange(new CellRangeAddress(1, n, 1, 1)), 1),
                XDDFDataSourcesFactory.fromArray(cumulative, chart.formatRange(new CellRangeAddress(1, n, 2, 2)), 2));
    }

    private static XDDFShapeProperties fill(Color color) {
        XDDFShapeProperties properties = new XDDFShapeProperties();
        properties.setFillProperties(new XDDFSolidFillProperties(color(color)));
        return properties;
    }

    private static XDDFColor color(Color color) {
        return XDDFColor.from(new byte[] {(byte) color.getRed(), (byte) color.getGreen(), (byte) color.getBlue()});
    }
}
