package com.theogen.export.internal.pptx;

import static com.theogen.export.internal.ReportLabel.*;

import com.theogen.export.Consequence;
import com.theogen.export.EvidenceQuote;
import com.theogen.export.Gap;
import com.theogen.export.ParadigmComponent;
import com.theogen.export.ParadigmItem;
import com.theogen.export.Proposition;
import com.theogen.export.RunManifest;
import com.theogen.export.SamplingStep;
import com.theogen.export.TheoryReport;
import com.theogen.export.VerificationCounts;
import com.theogen.export.internal.Labels;
import com.theogen.export.internal.QuoteMarks;
import com.theogen.export.internal.ReportLabel;
import com.theogen.export.internal.ReportPalette;
import com.theogen.export.internal.pptx.SlideNotes.Evidence;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;

/**
 * Writes the slides of one deck in order, splitting long content over balanced continuation slides. A slide shows
 * each claim with at most its first quote (never a quote its claim already contains); the speaker notes hold every
 * quote behind the slide.
 */
final class DeckWriter {

    private static final double BODY = SlideKit.BODY_SIZE;
    private static final double QUOTE = SlideKit.QUOTE_SIZE;

    private final XMLSlideShow show;
    private final TheoryReport report;
    private final Labels labels;
    private final TextFitter fitter;
    private final SlideNotes notes;

    DeckWriter(XMLSlideShow show, TheoryReport report, TextFitter fitter) {
        this.show = show;
        this.report = report;
        this.labels = Labels.of(report.language());
        this.fitter = fitter;
        this.notes = new SlideNotes(show, labels, report.links());
    }

    void writeAll() {
        cover();
        list(
                SUMMARY,
                report.executiveSummary().stream()
                        .map(p -> List.of(Para.plain(p, BODY).before(10)))
                        .toList(),
                List.of());
        core();
        coreChoice();
        paradigm();
        ParadigmComponent[] conditions = {
            ParadigmComponent.CAUSAL_CONDITIONS, ParadigmComponent.CONTEXT, ParadigmComponent.INTERVENING_CONDITIONS
        };
        list(CONDITIONS, components(conditions), evidence(conditions));
        list(STRATEGIES, components(ParadigmComponent.STRATEGIES), evidence(ParadigmComponent.STRATEGIES));
        consequences();
        list(
                PROPOSITIONS,
                propositions(),
                report.propositions().stream()
                        .map(p -> new Evidence(p.id() + ". " + p.text(), p.evidence()))
                        .toList());
        network();
        saturation();
        gaps();
        list(SAMPLING_PLAN, sampling(), List.of());
        list(METHOD, method(), List.of());
    }

    /** The evidence of each statement of the components, in the order {@link #components} lists them. */
    private List<Evidence> evidence(ParadigmComponent... components) {
        List<Evidence> items = new ArrayList<>();
        for (ParadigmComponent component : components) {
            List<ParadigmItem> list = report.paradigm().items(component);
            if (list.isEmpty()) {
                items.add(new Evidence("", List.of()));
            }
            list.forEach(
                    i -> items.add(new Evidence(labels.component(component) + ": " + i.statement(), i.evidence())));
        }
        return items;
    }

    private XSLFSlide slide(String title) {
        String footer = report.projectTitle() + "  ·  " + labels.get(THEORY) + " v" + report.theoryVersion() + "  ·  "
                + (show.getSlides().size() + 1);
        return SlideKit.slide(show, title, footer, fitter);
    }

    /**
     * Slides of a title and a body list, continued on as many (balanced) slides as the items need; each slide's
     * notes hold the evidence of the items it shows ({@code evidence} is parallel to {@code items}, or empty).
     */
    private void list(ReportLabel title, List<List<Para>> items, List<Evidence> evidence) {
        Rectangle2D body = SlideKit.BODY;
        if (items.isEmpty()) {
            XSLFSlide slide = slide(labels.get(title));
            SlideKit.text(
                    slide,
                    body,
                    List.of(Para.plain(labels.get(emptyText(title)), BODY)
                            .italic()
                            .color(ReportPalette.MUTED)),
                    VerticalAlignment.TOP);
            notes.evidence(slide, List.of());
            return;
        }
        List<List<Para>> pages = fitter.paginate(items, body.getWidth(), body.getHeight());
        List<int[]> ranges = fitter.ranges(items, body.getWidth(), body.getHeight());
        for (int i = 0; i < pages.size(); i++) {
            XSLFSlide slide = slide(labels.get(title) + (i > 0 ? " " + labels.get(CONTINUED) : ""));
            SlideKit.text(slide, body, pages.get(i), VerticalAlignment.TOP);
            int[] range = ranges.get(i);
            notes.evidence(
                    slide,
                    evidence.isEmpty() ? List.of() : evidence.subList(range[0], Math.min(range[1], evidence.size())));
        }
    }

    private static ReportLabel emptyText(ReportLabel title) {
        return switch (title) {
            case SAMPLING_PLAN -> NO_SAMPLING;
            case PROPOSITIONS, CONDITIONS, STRATEGIES -> NO_ITEMS;
            default -> NO_EVIDENCE;
        };
    }

    private void cover() {
        XSLFSlide slide = show.createSlide();
        XSLFAutoShape background = slide.createAutoShape();
        background.setShapeType(ShapeType.RECT);
        background.setAnchor(new Rectangle2D.Double(0, 0, SlideKit.WIDTH, SlideKit.HEIGHT));
        background.setFillColor(ReportPalette.PRIMARY);
        background.setLineColor(null);
        double width = SlideKit.WIDTH - 2 * 60;
        Rectangle2D titleBox = new Rectangle2D.Double(60, 70, width, 190);
        List<Para> title = List.of(
                Para.plain(labels.get(REPORT_TITLE).toUpperCase(labels.locale()), 14)
                        .bold()
                        .color(ReportPalette.PRIMARY_LIGHT),
                Para.plain(report.projectTitle(), 36)
                        .bold()
                        .color(ReportPalette.PAPER)
                        .before(10));
        SlideKit.text(slide, titleBox, fitter.shorten(title, width, titleBox.getHeight()), VerticalAlignment.BOTTOM);
        List<Para> facts = new ArrayList<>();
        if (!report.researchQuestion().isBlank()) {
            facts.add(Para.plain(report.researchQuestion(), 19).italic().color(ReportPalette.PAPER));
        }
        facts.add(Para.plain(labels.get(TEMPLATE) + ": " + report.template().displayName(), 15)
                .color(ReportPalette.PRIMARY_LIGHT)
                .before(18));
        facts.add(Para.plain(
                        labels.get(THEORY) + " v" + report.theoryVersion() + "  ·  "
                                + labels.dateTime(report.generatedAt()),
                        15)
                .color(ReportPalette.PRIMARY_LIGHT)
                .before(4));
        facts.add(Para.plain(labels.get(GENERATED_BY) + ": " + report.generatedBy(), 15)
                .color(ReportPalette.PRIMARY_LIGHT)
                .before(4));
        if (report.degraded()) {
            facts.add(Para.plain(labels.get(DEGRADED_NOTICE), 13)
                    .italic()
                    .color(ReportPalette.ACCENT_LIGHT)
                    .before(12));
        }
        Rectangle2D factsBox = new Rectangle2D.Double(60, 280, width, 220);
        SlideKit.text(slide, factsBox, fitter.shorten(facts, width, factsBox.getHeight()), VerticalAlignment.TOP);
    }

    private void core() {
        List<List<Para>> items = new ArrayList<>();
        items.add(List.of(Para.plain(report.coreCategory().name(), 26).bold().color(ReportPalette.ACCENT)));
        items.add(List.of(
                subheading(DEFINITION),
                Para.plain(report.coreCategory().definition(), BODY).before(2)));
        items.add(List.of(
                subheading(WHY_CORE),
                Para.plain(report.coreCategory().rationale(), BODY).before(2)));
        items.addAll(phenomenon());
        List<List<Para>> pages = fitter.paginate(items, SlideKit.BODY.getWidth(), SlideKit.BODY.getHeight());
        List<Evidence> evidence = report.paradigm().phenomenon().stream()
                .map(i -> new Evidence(i.statement(), i.evidence()))
                .toList();
        for (int i = 0; i < pages.size(); i++) {
            XSLFSlide slide = slide(labels.get(CORE_CATEGORY) + (i > 0 ? " " + labels.get(CONTINUED) : ""));
            SlideKit.text(slide, SlideKit.BODY, pages.get(i), VerticalAlignment.TOP);
            notes.evidence(slide, i == 0 ? evidence : List.of());
        }
    }

    /** One slide on how the core was chosen, when the analysis scored candidates or wrote a storyline. */
    private void coreChoice() {
        new CoreChoiceSlide(report.coreCategory(), labels, fitter, notes).write(this::slide);
    }

    private void paradigm() {
        XSLFSlide slide = slide(labels.get(PARADIGM_MODEL));
        new ParadigmSlide(report, labels, fitter).draw(slide, SlideKit.BODY);
        List<Evidence> all = new ArrayList<>();
        for (ParadigmComponent component : ParadigmComponent.values()) {
            report.paradigm()
                    .items(component)
                    .forEach(i -> all.add(new Evidence(
                            labels.component(component) + ": " + i.statement(),
                            i.evidence().stream().limit(1).toList())));
        }
        notes.evidence(slide, all);
    }

    /** Each statement with its first quote; a component's heading travels with its first statement. */
    /**
     * The phenomenon under the core category. When its only statement just repeats why the category is the core
     * (the offline analyst's phrasing), its quotes are shown under "Evidence" instead of the sentence again.
     */
    private List<List<Para>> phenomenon() {
        List<ParadigmItem> list = report.paradigm().phenomenon();
        String why = report.coreCategory().rationale().strip();
        if (list.size() != 1 || !list.get(0).statement().strip().equals(why)) {
            List<List<Para>> items = components(ParadigmComponent.PHENOMENON);
            items.set(0, spacedFirst(items.get(0)));
            return items;
        }
        List<Para> evidence = new ArrayList<>();
        evidence.add(subheading(EVIDENCE));
        list.get(0).evidence().stream().limit(2).forEach(q -> evidence.add(quote(q)));
        if (evidence.size() == 1) {
            evidence.add(Para.plain(labels.get(NO_EVIDENCE), BODY).italic().color(ReportPalette.MUTED));
        }
        return List.of(evidence);
    }

    /** A bold heading over a block of the core category's slide: definition, why it is the core, evidence. */
    private Para subheading(ReportLabel label) {
        return Para.plain(labels.get(label), 15)
                .bold()
                .color(ReportPalette.PRIMARY)
                .before(12);
    }

    private static List<Para> spacedFirst(List<Para> item) {
        List<Para> spaced = new ArrayList<>(item);
        spaced.set(0, spaced.get(0).before(14));
        return spaced;
    }

    private List<List<Para>> components(ParadigmComponent... components) {
        List<List<Para>> items = new ArrayList<>();
        for (ParadigmComponent component : components) {
            Para heading = Para.plain(labels.component(component), 19)
                    .bold()
                    .color(ReportPalette.componentStroke(component))
                    .before(items.isEmpty() ? 0 : 14);
            List<ParadigmItem> list = report.paradigm().items(component);
            if (list.isEmpty()) {
                items.add(List.of(
                        heading, Para.plain(labels.get(NO_ITEMS), BODY).italic().color(ReportPalette.MUTED)));
            }
            for (int i = 0; i < list.size(); i++) {
                List<Para> item = new ArrayList<>();
                if (i == 0) {
                    item.add(heading);
                }
                item.add(Para.bulleted(list.get(i).statement(), BODY));
                firstQuote(list.get(i).statement(), list.get(i).evidence(), item);
                items.add(item);
            }
        }
        return items;
    }

    /** The first quote under its claim, unless the claim already quotes it (a quote is never shown twice). */
    private void firstQuote(String claim, List<EvidenceQuote> evidence, List<Para> into) {
        evidence.stream()
                .filter(q -> !claim.contains(q.text().strip()))
                .findFirst()
                .ifPresent(q -> into.add(quote(q)));
    }

    private Para quote(EvidenceQuote q) {
        String time = q.time().isEmpty() ? "" : " [" + q.time() + "]";
        return Para.quote(QuoteMarks.wrap(q.text(), labels.language()) + " — " + q.source() + time, QUOTE);
    }

    private void consequences() {
        SlideTable table =
                new SlideTable(List.of(labels.get(STATEMENT), labels.get(TYPE), labels.get(HORIZON)), 6, 2, 2);
        for (Consequence c : report.paradigm().consequences()) {
            table.row(c.statement(), labels.type(c.type()), labels.horizon(c.horizon()));
        }
        tableSlides(
                CONSEQUENCES,
                table,
                report.paradigm().consequences().stream()
                        .map(c -> new Evidence(c.statement(), c.evidence()))
                        .toList());
    }

    /** A table over as many slides as it needs; the notes of each slide hold the evidence of its rows. */
    private void tableSlides(ReportLabel title, SlideTable table, List<Evidence> evidence) {
        List<List<List<String>>> pages = table.pages(fitter, SlideKit.BODY);
        int row = 0;
        for (int i = 0; i < pages.size(); i++) {
            XSLFSlide slide = slide(labels.get(title) + (i > 0 ? " " + labels.get(CONTINUED) : ""));
            table.draw(slide, fitter, SlideKit.BODY, pages.get(i));
            int rows = pages.get(i).size();
            notes.evidence(
                    slide,
                    evidence.isEmpty() ? List.of() : evidence.subList(row, Math.min(row + rows, evidence.size())));
            row += rows;
        }
    }

    private List<List<Para>> propositions() {
        List<List<Para>> items = new ArrayList<>();
        for (Proposition p : report.propositions()) {
            List<Para> item = new ArrayList<>();
            item.add(Para.plain(p.id() + ". " + p.text(), BODY).before(items.isEmpty() ? 0 : 12));
            firstQuote(p.text(), p.evidence(), item);
            items.add(item);
        }
        return items;
    }

    /** The network as editable shapes and lines, with a legend line under it. */
    private void network() {
        XSLFSlide slide = slide(labels.get(NETWORK));
        Rectangle2D body = SlideKit.BODY;
        NetworkSlide.draw(
                slide,
                report,
                new Rectangle2D.Double(body.getX(), body.getY(), body.getWidth(), body.getHeight() - 36));
        Rectangle2D legendBox = new Rectangle2D.Double(body.getX(), body.getMaxY() - 30, body.getWidth(), 30);
        List<Para> legend = List.of(Para.plain(
                        labels.get(LEGEND_CORE) + " (●)  ·  " + labels.get(LEGEND_NODE) + "  ·  "
                                + labels.get(LEGEND_EDGE),
                        12)
                .color(ReportPalette.MUTED));
        SlideKit.text(
                slide,
                legendBox,
                fitter.shorten(legend, body.getWidth(), legendBox.getHeight()),
                VerticalAlignment.MIDDLE);
        notes.text(slide, networkNotes());
    }

    private String networkNotes() {
        StringBuilder text = new StringBuilder(labels.get(CENTRALITY)).append(" (PageRank):");
        report.network()
                .centrality()
                .forEach(r ->
                        text.append("\n• ").append(r.category()).append(": ").append(labels.decimal(r.pagerank(), 3)));
        return text.toString();
    }

    /** The saturation curve as a native chart; the notes give the numbers per interview. */
    private void saturation() {
        XSLFSlide slide = slide(labels.get(SATURATION));
        if (report.saturation().isEmpty()) {
            SlideKit.text(
                    slide,
                    SlideKit.BODY,
                    List.of(Para.plain(labels.get(NO_SATURATION), BODY).italic().color(ReportPalette.MUTED)),
                    VerticalAlignment.TOP);
            notes.evidence(slide, List.of());
            return;
        }
        SaturationSlide.draw(show, slide, report, labels, SlideKit.BODY);
        StringBuilder text = new StringBuilder(labels.get(SATURATION_CURVE)).append(':');
        report.saturation().forEach(p -> text.append("\n• ")
                .append(p.interviewIndex())
                .append(". ")
                .append(p.interviewLabel())
                .append(": +")
                .append(p.newCodes())
                .append(" → ")
                .append(p.cumulativeCodes()));
        notes.text(slide, text.toString());
    }

    private void gaps() {
        SlideTable table = new SlideTable(
                List.of(labels.get(CATEGORY), labels.get(DESCRIPTION), labels.get(SEVERITY)), 2.6, 6, 1.4);
        for (Gap gap : report.gaps()) {
            table.row(gap.category(), gap.description(), labels.severity(gap.severity()));
        }
        if (report.gaps().isEmpty()) {
            list(
                    GAPS,
                    List.of(List.of(
                            Para.plain(labels.get(NO_GAPS), BODY).italic().color(ReportPalette.MUTED))),
                    List.of());
            return;
        }
        tableSlides(GAPS, table, List.of());
    }

    private List<List<Para>> sampling() {
        List<List<Para>> items = new ArrayList<>();
        for (SamplingStep step : report.samplingPlan()) {
            items.add(List.of(
                    Para.bulleted(step.target(), BODY).bold(),
                    Para.plain(step.rationale(), 15).before(2)));
        }
        return items;
    }

    private List<List<Para>> method() {
        List<List<Para>> items = new ArrayList<>();
        RunManifest m = report.manifest();
        VerificationCounts v = report.verification();
        items.add(fact(GENERATED_BY, report.generatedBy()));
        items.add(fact(MODELS, String.join(", ", m.models())));
        items.add(fact(TEMPLATE, report.template().displayName() + " (" + m.templateKey() + ")"));
        items.add(fact(
                VERIFICATION,
                labels.get(QUOTES_CHECKED) + " " + v.quotesChecked() + " · "
                        + labels.get(VERIFIED) + " " + v.verified() + " · " + labels.get(DROPPED) + " " + v.dropped()
                        + " · " + labels.get(UNKNOWN_IDS) + " " + v.unknownEvidenceIds()));
        List<String> prompts = m.promptVersions().stream()
                .map(p -> p.stage() + ": " + p.prompt())
                .toList();
        items.add(fact(PROMPT_VERSIONS, prompts.isEmpty() ? labels.get(NO_PROMPTS) : String.join(" · ", prompts)));
        List<String> trims = m.budgetTrims().stream()
                .map(t -> t.stage() + " / " + t.action() + ": " + t.before() + " → " + t.after())
                .toList();
        items.add(fact(BUDGET_TRIMS, trims.isEmpty() ? labels.get(NO_BUDGET_TRIMS) : String.join(" · ", trims)));
        long millis = m.stageTimings().stream()
                .mapToLong(RunManifest.StageTiming::millis)
                .sum();
        long in = m.stageTimings().stream()
                .mapToLong(RunManifest.StageTiming::tokensIn)
                .sum();
        long out = m.stageTimings().stream()
                .mapToLong(RunManifest.StageTiming::tokensOut)
                .sum();
        items.add(fact(
                STAGE_TIMINGS,
                labels.get(MILLIS) + " " + labels.integer(millis) + " · "
                        + labels.get(TOKENS_IN) + " " + labels.integer(in) + " · " + labels.get(TOKENS_OUT) + " "
                        + labels.integer(out)));
        if (report.degraded()) {
            items.add(List.of(Para.plain(labels.get(DEGRADED_NOTICE), 14)
                    .italic()
                    .color(ReportPalette.ACCENT)
                    .before(10)));
        }
        return items;
    }

    private List<Para> fact(ReportLabel label, String value) {
        return List.of(
                Para.plain(labels.get(label), 14)
                        .bold()
                        .color(ReportPalette.PRIMARY)
                        .before(8),
                Para.plain(value, 15).before(1));
    }
}
