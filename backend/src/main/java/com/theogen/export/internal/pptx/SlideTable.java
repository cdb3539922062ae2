package com.theogen.export.internal.pptx;

import com.theogen.export.internal.ReportPalette;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.sl.usermodel.TableCell.BorderEdge;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;

/**
 * A native PowerPoint table split over as many slides as it needs: each row is measured at its column
 * widths, rows are packed onto a slide until the body area is full, and the header repeats.
 */
final class SlideTable {

    static final double SIZE = 13;
    private static final double HEADER_SIZE = 13;

    private final List<String> headers;
    private final double[] shares;
    private final List<List<String>> rows = new ArrayList<>();

    SlideTable(List<String> headers, double... shares) {
        this.headers = headers;
        this.shares = shares;
    }

    SlideTable row(String... cells) {
        rows.add(List.of(cells));
        return this;
    }

    /** Rows grouped per slide, each group fitting under the header in {@code area}. */
    List<List<List<String>>> pages(TextFitter fitter, Rectangle2D area) {
        double[] widths = widths(area.getWidth());
        double available = area.getHeight() * TextFitter.FILL - rowHeight(fitter, headers, widths, true);
        List<List<List<String>>> pages = new ArrayList<>();
        List<List<String>> page = new ArrayList<>();
        double used = 0;
        for (List<String> row : rows) {
            double h = rowHeight(fitter, row, widths, false);
            if (!page.isEmpty() && used + h > available) {
                pages.add(page);
                page = new ArrayList<>();
                used = 0;
            }
            page.add(row);
            used += h;
        }
        pages.add(page);
        return pages;
    }

    XSLFTable draw(XSLFSlide slide, TextFitter fitter, Rectangle2D area, List<List<String>> page) {
        double[] widths = widths(area.getWidth());
        XSLFTable table = slide.createTable();
        double total = addRow(table, fitter, headers, widths, true, 0);
        for (int i = 0; i < page.size(); i++) {
            total += addRow(table, fitter, page.get(i), widths, false, i);
        }
        for (int c = 0; c < widths.length; c++) {
            table.setColumnWidth(c, widths[c]);
        }
        table.setAnchor(new Rectangle2D.Double(area.getX(), area.getY(), area.getWidth(), total));
        table.updateCellAnchor();
        return table;
    }

    private double addRow(
            XSLFTable table, TextFitter fitter, List<String> cells, double[] widths, boolean header, int index) {
        double height = rowHeight(fitter, cells, widths, header);
        XSLFTableRow row = table.addRow();
        row.setHeight(height);
        for (int c = 0; c < widths.length; c++) {
            XSLFTableCell cell = row.addCell();
            SlideKit.fill(cell, List.of(para(c < cells.size() ? cells.get(c) : "", header)));
            cell.setFillColor(
                    header ? ReportPalette.PRIMARY : index % 2 == 1 ? ReportPalette.ZEBRA : ReportPalette.PAPER);
            for (BorderEdge edge : BorderEdge.values()) {
                cell.setBorderColor(edge, ReportPalette.RULE);
                cell.setBorderWidth(edge, 0.75);
            }
        }
        return height;
    }

    private static double rowHeight(TextFitter fitter, List<String> cells, double[] widths, boolean header) {
        double height = 0;
        for (int c = 0; c < widths.length; c++) {
            String text = c < cells.size() ? cells.get(c) : "";
            height = Math.max(height, fitter.height(List.of(para(text, header)), widths[c]));
        }
        return Math.ceil(height * 1.05 + 2);
    }

    private static Para para(String text, boolean header) {
        Para p = Para.plain(text, header ? HEADER_SIZE : SIZE);
        return header ? p.bold().color(ReportPalette.PAPER) : p;
    }

    private double[] widths(double total) {
        double sum = 0;
        for (double share : shares) {
            sum += share;
        }
        double[] widths = new double[shares.length];
        for (int i = 0; i < shares.length; i++) {
            widths[i] = total * shares[i] / sum;
        }
        return widths;
    }
}
