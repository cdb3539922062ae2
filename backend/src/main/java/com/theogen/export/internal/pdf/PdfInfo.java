package com.theogen.export.internal.pdf;

import com.theogen.shared.Language;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/** The document properties every PDF export carries: title, TheoGen as creator, creation time (UTC), language. */
final class PdfInfo {

    private PdfInfo() {}

    /** Sets the common properties and returns the information dictionary for any further ones. */
    static PDDocumentInformation describe(PDDocument document, String title, Instant created, Language language) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("TheoGen");
        Calendar utc = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        utc.setTimeInMillis(created.toEpochMilli());
        info.setCreationDate(utc);
        document.getDocumentCatalog().setLanguage(language.code());
        return info;
    }
}
