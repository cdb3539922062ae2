package com.theogen.export.internal.pptx;

import com.theogen.export.ExportFormat;
import com.theogen.export.ExportRenderer;
import com.theogen.export.TheoryReport;
import java.awt.Dimension;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.springframework.stereotype.Component;

/**
 * The PowerPoint deck (POI XSLF), 16:9: cover, summary, core category, paradigm diagram, conditions,
 * strategies, consequences table, propositions, network image, gaps and sampling plan, method. Every text
 * box is measured before it is placed; lists that do not fit continue on a "(cont.)" slide.
 */
@Component
public class PptxExportRenderer implements ExportRenderer {

    @Override
    public ExportFormat format() {
        return ExportFormat.PPTX;
    }

    @Override
    public void render(TheoryReport report, OutputStream out) throws IOException {
        try (XMLSlideShow show = new XMLSlideShow()) {
            TextFitter fitter = new TextFitter();
            show.setPageSize(new Dimension((int) SlideKit.WIDTH, (int) SlideKit.HEIGHT));
            new DeckWriter(show, report, fitter).writeAll();
            show.write(out);
        }
    }
}
