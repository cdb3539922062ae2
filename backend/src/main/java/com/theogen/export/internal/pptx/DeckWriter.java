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
import com.theogen.export.internal.ReportLabel;
import com.theogen.export.internal.ReportPalette;
import com.theogen.export.internal.png.NetworkDiagram;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.sl.usermodel.PictureData.PictureType;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFSlide;

/** Writes the slides of one deck in order, splitting long content over continuation slides. */
final class DeckWriter {

    private static final double BODY = SlideKit.BODY_SIZE;
    private static final double QUOTE = SlideKit.QUOTE_SIZE;

    private final XMLSlideShow show;
    private final TheoryReport report;
    private final Labels labels;
    private final TextFitter fitter;

    DeckWriter(XMLSlideShow show, TheoryReport report, TextFitter fitter) {
        this.show = show;
        this.report = report;
        this.labels = Labels.of(report.language());
        this.fitter = fitter;
    }

    void writeAll() {
        cover();
        list(
                SUMMARY,
                report.executiveSummary().stream()
                        .map(p -> List.of(Para.plain(p, BODY).before(10)))
                        .toList());
        core();
        paradigm();
        list(
                CONDITIONS,
                components(
                        ParadigmComponent.CAUSAL_CONDITIONS,
                        ParadigmComponent.CONTEXT,
                        ParadigmComponent.INTERVENING_CONDITIONS));
        list(STRATEGIES, components(ParadigmComponent.STRATEGIES));
        consequences();
        list(PROPOSITIONS, propositions());
        network();
        gaps();
        list(SAMPLING_PLAN, sampling());
        list(METHOD, method());
    }

    private XSLFSlide slide(String title) {
        String footer = report.projectTitle() + "  ·  " + labels.get(THEORY) + " v" + report.theoryVersion() + "  ·  "
                + (show.getSlides().size() + 1);
        return SlideKit.slide(show, title, footer, fitter);
    }

    /** Slides of a title and a body list, continued on as many slides as the items need. */
    private void list(ReportLabel title, List<List<Para>> items) {
        Rectangle2D body = SlideKit.BODY;
        List<List<Para>> pages = items.isEmpty()
                ? List.of(List.of(
                        Para.plain(labels.get(emptyText(title)), BODY).italic().color(ReportPalette.MUTED)))
                : fitter.paginate(items, body.getWidth(), body.getHeight());
        for (int i = 0; i < pages.size(); i++) {
            XSLFSlide slide = slide(labels.get(title) + (i > 0 ? " " + labels.get(CONTINUED) : ""));
            SlideKit.text(slide, body, pages.get(i), VerticalAlignment.TOP);
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
                Para.plain(labels.get(DEFINITION), 15)
                        .bold()
                        .color(ReportPalette.PRIMARY)
                        .before(12),
                Para.plain(report.coreCategory().definition(), BODY).before(2)));
        items.add(List.of(
                Para.plain(labels.get(WHY_CORE), 15)
                        .bold()
                        .color(ReportPalette.PRIMARY)
                        .before(12),
                Para.plain(report.coreCategory().rationale(), BODY).before(2)));
        items.addAll(phenomenon());
        List<List<Para>> pages = fitter.paginate(items, SlideKit.BODY.getWidth(), SlideKit.BODY.getHeight());
        for (int i = 0; i < pages.size(); i++) {
            XSLFSlide slide = slide(labels.get(CORE_CATEGORY) + (i > 0 ? " " + labels.get(CONTINUED) : ""));
            SlideKit.text(slide, SlideKit.BODY, pages.get(i), VerticalAlignment.TOP);
        }
    }

    private void paradigm() {
        XSLFSlide slide = slide(labels.get(PARADIGM_MODEL));
        new ParadigmSlide(report, labels, fitter).draw(slide, SlideKit.BODY);
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
        evidence.add(Para.plain(labels.get(EVIDENCE), 15)
                .bold()
                .color(ReportPalette.PRIMARY)
                .before(12));
        list.get(0).evidence().stream()
                .limit(2)
                .forEach(q -> evidence.add(Para.quote("“" + q.text() + "” — " + q.source(), QUOTE)));
        if (evidence.size() == 1) {
            evidence.add(Para.plain(labels.get(NO_EVIDENCE), BODY).italic().color(ReportPalette.MUTED));
        }
        return List.of(evidence);
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
                firstQuote(list.get(i).evidence(), item);
                items.add(item);
            }
        }
        return items;
    }

    private void firstQuote(List<EvidenceQuote> evidence, List<Para> into) {
        if (!evidence.isEmpty()) {
            EvidenceQuote q = evidence.get(0);
            into.add(Para.quote("“" + q.text() + "” — " + q.source(), QUOTE));
        }
    }

    private void consequences() {
        SlideTable table =
                new SlideTable(List.of(labels.get(STATEMENT), labels.get(TYPE), labels.get(HORIZON)), 6, 2, 2);
        for (Consequence c : report.paradigm().consequences()) {
            table.row(c.statement(), labels.type(c.type()), labels.horizon(c.horizon()));
        }
        tableSlides(CONSEQUENCES, table);
    }

    private void tableSlides(ReportLabel title, SlideTable table) {
        List<List<List<String>>> pages = table.pages(fitter, SlideKit.BODY);
        for (int i = 0; i < pages.size(); i++) {
            XSLFSlide slide = slide(labels.get(title) + (i > 0 ? " " + labels.get(CONTINUED) : ""));
            table.draw(slide, fitter, SlideKit.BODY, pages.get(i));
        }
    }

    private List<List<Para>> propositions() {
        List<List<Para>> items = new ArrayList<>();
        for (Proposition p : report.propositions()) {
            List<Para> item = new ArrayList<>();
            item.add(Para.plain(p.id() + ". " + p.text(), BODY).before(items.isEmpty() ? 0 : 12));
            firstQuote(p.evidence(), item);
            items.add(item);
        }
        return items;
    }

    private void network() {
        XSLFSlide slide = slide(labels.get(NETWORK));
        Rectangle2D body = SlideKit.BODY;
        double imageHeight = body.getHeight() - 36;
        byte[] png = NetworkDiagram.png(report, (int) body.getWidth() * 2, (int) imageHeight * 2, 24f);
        XSLFPictureData data = show.addPicture(png, PictureType.PNG);
        slide.createPicture(data)
                .setAnchor(new Rectangle2D.Double(body.getX(), body.getY(), body.getWidth(), imageHeight));
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
                            Para.plain(labels.get(NO_GAPS), BODY).italic().color(ReportPalette.MUTED))));
            return;
        }
        tableSlides(GAPS, table);
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
        items.add(fact(PROMPT_VERSIONS, String.join(" · ", prompts)));
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
