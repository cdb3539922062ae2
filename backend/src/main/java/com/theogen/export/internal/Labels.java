package com.theogen.export.internal;

import com.theogen.export.CodeOrigin;
import com.theogen.export.Consequence;
import com.theogen.export.ConsequenceType;
import com.theogen.export.Horizon;
import com.theogen.export.ParadigmComponent;
import com.theogen.export.ParadigmModel;
import com.theogen.export.Severity;
import com.theogen.export.TheoryReport;
import com.theogen.project.ProjectRef;
import com.theogen.shared.Language;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The labels, enum names, numbers and dates of one report language. */
public final class Labels {

    private final Language language;
    private final Locale locale;

    private Labels(Language language) {
        this.language = language;
        this.locale = language == Language.ES ? Locale.forLanguageTag("es-ES") : Locale.UK;
    }

    public static Labels of(Language language) {
        return new Labels(language);
    }

    /** The language a project's exports are written in: the project's own, English when it has none. */
    public static Language languageOf(ProjectRef project) {
        return project.language() == null ? Language.EN : project.language();
    }

    public Language language() {
        return language;
    }

    public Locale locale() {
        return locale;
    }

    public String get(ReportLabel label) {
        return label.in(language);
    }

    public String component(ParadigmComponent component) {
        return get(ReportLabel.valueOf(component.name()));
    }

    public String type(ConsequenceType type) {
        return get(ReportLabel.valueOf(type.name()));
    }

    public String horizon(Horizon horizon) {
        return get(ReportLabel.valueOf(horizon.name()));
    }

    public String severity(Severity severity) {
        return get(ReportLabel.valueOf(severity.name()));
    }

    public String origin(CodeOrigin origin) {
        return get(ReportLabel.valueOf("ORIGIN_" + origin.name()));
    }

    /**
     * A consequence as the paradigm figures list it: its category's name (or its statement when it names none), then
     * its type and horizon in brackets.
     */
    public String consequence(Consequence c) {
        return c.asItem().figureLabel() + " (" + type(c.type()) + ", "
                + horizon(c.horizon()).toLowerCase(locale) + ")";
    }

    /**
     * The {@code i}-th statement of a paradigm component as the PDF and Word reports number it, a consequence's with
     * its type and horizon: "2. … [Economic · Long term]".
     */
    public String statement(ParadigmModel paradigm, ParadigmComponent component, int i) {
        String statement = (i + 1) + ". " + paradigm.items(component).get(i).statement();
        if (component == ParadigmComponent.CONSEQUENCES) {
            Consequence c = paradigm.consequences().get(i);
            statement += "  [" + type(c.type()) + " · " + horizon(c.horizon()) + "]";
        }
        return statement;
    }

    /** The title a report file carries in its document properties: "Project — Theory report". */
    public String documentTitle(TheoryReport report) {
        return report.projectTitle() + " — " + get(ReportLabel.REPORT_TITLE);
    }

    /** A number with a fixed count of decimals and the language's separators (0,125 or 0.125). */
    public String decimal(double value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    /**
     * A centrality row as the PDF and Word tables show it: category, codes, fragments, interviews, degree, weighted
     * degree (one decimal), PageRank (three decimals).
     */
    public List<String> centralityCells(com.theogen.export.CentralityRow r) {
        return List.of(
                r.category(),
                integer(r.codeCount()),
                integer(r.fragmentCount()),
                integer(r.interviewCoverage()),
                integer(r.degree()),
                decimal(r.weightedDegree(), 1),
                decimal(r.pagerank(), 3));
    }

    public String integer(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** Date and time in UTC, e.g. "22 de noviembre de 2026, 22:31 UTC". */
    public String dateTime(Instant instant) {
        String pattern = language == Language.ES ? "d 'de' MMMM 'de' yyyy, HH:mm 'UTC'" : "d MMMM yyyy, HH:mm 'UTC'";
        return DateTimeFormatter.ofPattern(pattern, locale)
                .withZone(ZoneOffset.UTC)
                .format(instant);
    }

    /** "Page 3 of 12" / "Página 3 de 12". */
    public String pageOf(int page, int pages) {
        return get(ReportLabel.PAGE) + " " + page + " " + get(ReportLabel.OF) + " " + pages;
    }
}
