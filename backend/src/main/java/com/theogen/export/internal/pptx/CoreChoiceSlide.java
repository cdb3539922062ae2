package com.theogen.export.internal.pptx;

import static com.theogen.export.internal.ReportLabel.*;

import com.theogen.export.CoreCategory;
import com.theogen.export.internal.CoreChoice;
import com.theogen.export.internal.Labels;
import com.theogen.export.internal.ReportPalette;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XSLFSlide;

/** The deck's slide on how the core category was chosen (docs/adr/039). */
final class CoreChoiceSlide {

    private final CoreCategory core;
    private final Labels labels;
    private final TextFitter fitter;
    private final SlideNotes notes;

    CoreChoiceSlide(CoreCategory core, Labels labels, TextFitter fitter, SlideNotes notes) {
        this.core = core;
        this.labels = labels;
        this.fitter = fitter;
        this.notes = notes;
    }

    /**
     * One slide on how the core was chosen: the candidates' scores and reasoning as a table, the storyline under it
     * (shortened only if it cannot fit; the notes hold it whole). No slide when there were no candidates and no
     * storyline; a table too long for one slide continues on the next.
     */
    void write(Function<String, XSLFSlide> slide) {
        if (!core.hasChoice()) {
            return;
        }
        Rectangle2D body = SlideKit.BODY;
        String title =
                labels.get(CORE_CATEGORY) + ": " + labels.get(CORE_CHOICE).toLowerCase(labels.locale());
        List<Para> storyline = core.storyline().isBlank()
                ? List.of()
                : List.of(
                        Para.plain(labels.get(STORYLINE), 15).bold().color(ReportPalette.PRIMARY),
                        Para.plain(core.storyline(), 15).before(2));
        String notesText =
                core.storyline().isBlank() ? labels.get(NOTES_NONE) : labels.get(STORYLINE) + ": " + core.storyline();
        if (core.candidates().isEmpty()) {
            XSLFSlide page = slide.apply(title);
            SlideKit.text(
                    page, body, fitter.shorten(storyline, body.getWidth(), body.getHeight()), VerticalAlignment.TOP);
            notes.text(page, notesText);
            return;
        }
        SlideTable table = new SlideTable(CoreChoice.header(labels), 2.2, 1.0, 1.15, 1.3, 1.1, 1.1, 0.8, 3.6);
        core.candidates().forEach(c -> table.row(CoreChoice.row(c, labels).toArray(String[]::new)));
        List<List<List<String>>> pages = table.pages(fitter, body);
        for (int i = 0; i < pages.size(); i++) {
            XSLFSlide page = slide.apply(title + (i > 0 ? " " + labels.get(CONTINUED) : ""));
            double height =
                    table.draw(page, fitter, body, pages.get(i)).getAnchor().getHeight();
            double left = body.getHeight() - height - 14;
            if (i == pages.size() - 1 && !storyline.isEmpty() && left > 40) {
                Rectangle2D below =
                        new Rectangle2D.Double(body.getX(), body.getY() + height + 14, body.getWidth(), left);
                SlideKit.text(
                        page,
                        below,
                        fitter.shorten(storyline, below.getWidth(), below.getHeight()),
                        VerticalAlignment.TOP);
            }
            notes.text(page, notesText);
        }
    }
}
