package com.theogen.exchange.internal;

import com.theogen.coding.CodingTransfer;
import com.theogen.coding.CodingTransfer.CodeEntry;
import com.theogen.exchange.ExchangeFormat;
import com.theogen.exchange.ProjectExchange.ExportFile;
import com.theogen.interview.InterviewAttributes;
import com.theogen.interview.InterviewAttributes.Attribute;
import com.theogen.interview.InterviewFragments;
import com.theogen.interview.InterviewSummary;
import com.theogen.project.ProjectRef;
import com.theogen.shared.KeepOpenOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Component;

/**
 * Writes a project as a {@code .qdpx} ({@code project.qde} plus one UTF-8 {@code sources/<interview id>.txt} per
 * interview, the interview's full text) or its codebook as a {@code .qdc}. GUIDs are TheoGen's own ids (or derived
 * from them), and everything is written in a fixed order, so exporting an unchanged project again gives the same
 * bytes apart from the project's {@code modifiedDateTime} (the export time) and the zip entries' times.
 */
@Component
class ProjectWriter {

    private final InterviewFragments interviews;
    private final InterviewAttributes attributes;
    private final CodingTransfer coding;
    private final Staging staging;

    ProjectWriter(
            InterviewFragments interviews, InterviewAttributes attributes, CodingTransfer coding, Staging staging) {
        this.interviews = interviews;
        this.attributes = attributes;
        this.coding = coding;
        this.staging = staging;
    }

    ExportFile write(ProjectRef project, ExchangeFormat format) {
        Path file = staging.newExportFile();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try {
            try (OutputStream out = Files.newOutputStream(file)) {
                if (format == ExchangeFormat.QDC) {
                    writeCodebook(project, out);
                } else {
                    writeProject(project, out, now);
                }
            }
            return new ExportFile(file, fileName(project.name(), format), format.contentType(), Files.size(file));
        } catch (IOException e) {
            staging.delete(file);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            staging.delete(file);
            throw e;
        }
    }

    private void writeCodebook(ProjectRef project, OutputStream out) {
        List<CodeEntry> codes = coding.read(project.id()).codes();
        try (XmlOut xml = new XmlOut(out)) {
            xml.root("CodeBook", Refi.CODEBOOK_NS).attr("origin", QdeDocument.ORIGIN);
            xml.start("Codes");
            QdeDocument.codes(xml, codes, null, Map.of());
            xml.end();
            xml.end();
        }
    }

    private void writeProject(ProjectRef project, OutputStream out, Instant now) throws IOException {
        CodingTransfer.Contents contents = coding.read(project.id());
        List<InterviewSummary> summaries = interviews.interviewsOf(project.id());
        Map<UUID, List<Attribute>> attributesOf = attributes.ofProject(project.id());
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.putNextEntry(entry("project.qde", now));
        Map<UUID, String> texts = new java.util.HashMap<>();
        for (InterviewSummary interview : summaries) {
            texts.put(interview.id(), interviews.fullText(interview.id()).orElse(""));
        }
        Map<UUID, Integer> fragmentStarts = new java.util.HashMap<>();
        interviews.ofProject(project.id()).forEach(f -> fragmentStarts.put(f.id(), f.charStart()));
        try (XmlOut xml = new XmlOut(new KeepOpenOutputStream(zip))) {
            new QdeDocument(project, contents, summaries, texts, attributesOf, fragmentStarts, now).write(xml);
        }
        zip.closeEntry();
        for (InterviewSummary interview : summaries) {
            zip.putNextEntry(entry("sources/" + interview.id() + ".txt", now));
            zip.write(texts.get(interview.id()).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        zip.finish();
    }

    private static ZipEntry entry(String name, Instant time) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(time.toEpochMilli());
        return entry;
    }

    static String fileName(String projectName, ExchangeFormat format) {
        String base = projectName == null || projectName.isBlank() ? "project" : projectName.strip();
        return base + "." + format.extension();
    }
}
