package com.theogen.export.internal.xlsx;

import com.theogen.export.internal.ReportFonts;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles a report workbook needs, created once per workbook (Excel limits their number). */
final class WorkbookStyles {

    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle wrapped;
    private final CellStyle integer;
    private final CellStyle decimal;
    private final CellStyle dateTime;
    private final CellStyle link;

    WorkbookStyles(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        bold.setFontName(ReportFonts.OFFICE_FAMILY);
        bold.setColor(IndexedColors.WHITE.getIndex());
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.DARK_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        text = top(workbook.createCellStyle());
        wrapped = top(workbook.createCellStyle());
        wrapped.setWrapText(true);
        integer = top(workbook.createCellStyle());
        integer.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        decimal = top(workbook.createCellStyle());
        decimal.setDataFormat(workbook.createDataFormat().getFormat("0.000"));
        dateTime = top(workbook.createCellStyle());
        dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        Font underlined = workbook.createFont();
        underlined.setUnderline(Font.U_SINGLE);
        underlined.setColor(IndexedColors.BLUE.getIndex());
        link = top(workbook.createCellStyle());
        link.setFont(underlined);
    }

    CellStyle link() {
        return link;
    }

    private static CellStyle top(CellStyle style) {
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    CellStyle header() {
        return header;
    }

    CellStyle text() {
        return text;
    }

    CellStyle wrapped() {
        return wrapped;
    }

    CellStyle integer() {
        return integer;
    }

    CellStyle decimal() {
        return decimal;
    }

    CellStyle dateTime() {
        return dateTime;
    }
}
