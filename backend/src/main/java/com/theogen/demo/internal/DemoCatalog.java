package com.theogen.demo.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.theogen.interview.InterviewUpload;
import com.theogen.project.ProjectDraft;
import com.theogen.shared.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo transcripts shipped in {@code theogen/demo/} and described by {@code demo-project.json}. The last
 * plain-text transcript of the manifest is handed over as a Word document, so the demo spans DOCX too.
 */
@Component
class DemoCatalog {

    static final String FOLDER = "theogen/demo/";

    private final Manifest manifest;
    private volatile List<InterviewUpload> uploads;

    record Manifest(
            String name,
            String description,
            String researchQuestion,
            String language,
            String domainTemplate,
            List<Entry> interviews) {}

    record Entry(String file, String format, String language, String participant) {}

    DemoCatalog() {
        ObjectMapper json = new ObjectMapper()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        try {
            this.manifest = json.readValue(read("demo-project.json"), Manifest.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo manifest", e);
        }
    }

    ProjectDraft project() {
        return new ProjectDraft(
                manifest.name(),
                manifest.description(),
                manifest.researchQuestion(),
                Language.fromCode(manifest.language()),
                manifest.domainTemplate());
    }

    /** The interviews in manifest order, ready for ingestion; built on first use (the DOCX costs POI's start-up). */
    List<InterviewUpload> uploads() {
        List<InterviewUpload> built = uploads;
        if (built == null) {
            built = uploads(manifest);
            uploads = built;
        }
        return built;
    }

    private static List<InterviewUpload> uploads(Manifest manifest) {
        int asDocx = -1;
        for (int i = 0; i < manifest.interviews().size(); i++) {
            if (manifest.interviews().get(i).file().endsWith(".txt")) {
                asDocx = i;
            }
        }
        List<InterviewUpload> uploads = new ArrayList<>();
        for (int i = 0; i < manifest.interviews().size(); i++) {
            Entry entry = manifest.interviews().get(i);
            byte[] content = read(entry.file());
            String filename = entry.file();
            if (i == asDocx) {
                content = DocxRendering.fromText(content);
                filename = filename.substring(0, filename.length() - ".txt".length()) + ".docx";
            }
            uploads.add(
                    new InterviewUpload(filename, content, entry.participant(), Language.fromCode(entry.language())));
        }
        return List.copyOf(uploads);
    }

    private static byte[] read(String file) {
        try (InputStream in = new ClassPathResource(FOLDER + file).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo file " + file, e);
        }
    }
}
