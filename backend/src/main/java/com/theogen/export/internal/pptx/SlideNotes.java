package com.theogen.export.internal.pptx;

import com.theogen.export.EvidenceQuote;
import com.theogen.export.ReportLinks;
import com.theogen.export.internal.Labels;
import com.theogen.export.internal.QuoteMarks;
import com.theogen.export.internal.ReportLabel;
import java.util.List;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * Speaker notes: the evidence behind a slide, claim by claim, every verbatim quote with who said it, when in the
 * recording and the link to its place in the transcript, so the presenter can answer "where does this come from?"
 * without the slide repeating the quotes.
 */
final class SlideNotes {

    /** One claim on a slide and the quotes that back it; {@code claim} may be blank (the slide title says it). */
    record Evidence(String claim, List<EvidenceQuote> quotes) {}

    private final XMLSlideShow show;
    private final Labels labels;
    private final ReportLinks links;

    SlideNotes(XMLSlideShow show, Labels labels, ReportLinks links) {
        this.show = show;
        this.labels = labels;
        this.links = links;
    }

    /** Notes listing the evidence of the slide's claims (or saying that no quote backs it). */
    void evidence(XSLFSlide slide, List<Evidence> items) {
        StringBuilder text = new StringBuilder(labels.get(ReportLabel.NOTES_EVIDENCE)).append(':');
        boolean any = false;
        for (Evidence item : items) {
            if (item.quotes().isEmpty()) {
                continue;
            }
            any = true;
            text.append("\n\n");
            if (!item.claim().isBlank()) {
                text.append(item.claim()).append('\n');
            }
            for (EvidenceQuote q : item.quotes()) {
                text.append("• ").append(line(q)).append('\n');
            }
        }
        write(slide, any ? text.toString().strip() : labels.get(ReportLabel.NOTES_NONE));
    }

    /** Notes with free text (what a table or chart slide shows). */
    void text(XSLFSlide slide, String text) {
        write(slide, text);
    }

    private String line(EvidenceQuote q) {
        StringBuilder line = new StringBuilder(QuoteMarks.wrap(q.text(), labels.language()))
                .append(" — ")
                .append(q.source());
        if (!q.time().isEmpty()) {
            line.append(" [").append(q.time()).append(']');
        }
        String url = links.quote(q);
        if (!url.isEmpty()) {
            line.append(" ").append(url);
        }
        return line.toString();
    }

    private void write(XSLFSlide slide, String text) {
        XSLFNotes notes = show.getNotesSlide(slide);
        for (XSLFTextShape shape : notes.getPlaceholders()) {
            if (shape.getTextType() == Placeholder.BODY) {
                shape.setText(text);
                return;
            }
        }
    }
}
