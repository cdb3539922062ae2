package com.theogen.export.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.theogen.coding.Codebooks;
import com.theogen.coding.CodingSnapshot;
import com.theogen.export.ExportDocument;
import com.theogen.export.ExportFormat;
import com.theogen.export.ExportProperties;
import com.theogen.export.InterviewExportRequest;
import com.theogen.export.InterviewExports;
import com.theogen.export.internal.pdf.TranscriptPdfWriter;
import com.theogen.export.internal.xlsx.TranscriptXlsxWriter;
import com.theogen.interview.InterviewFragments;
import com.theogen.interview.InterviewSummary;
import com.theogen.interview.Interviews;
import com.theogen.project.ProjectAccess;
import com.theogen.project.ProjectRef;
import com.theogen.project.ProjectRole;
import com.theogen.shared.DomainException;
import com.theogen.shared.ErrorCategory;
import com.theogen.shared.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;

/** Transcript exports, rendered on request and not kept (they change whenever coding does). */
@Service
class InterviewExportService implements InterviewExports {

    private static final int PAGE = 100;

    private final ProjectAccess projects;
    private final Interviews interviews;
    private final InterviewFragments fragments;
    private final ObjectProvider<Codebooks> codebooks;
    private final ObjectMapper json;
    private final ExportProperties properties;

    InterviewExportService(
            ProjectAccess projects,
            Interviews interviews,
            InterviewFragments fragments,
            ObjectProvider<Codebooks> codebooks,
            ObjectMapper json,
            ExportProperties properties) {
        this.projects = projects;
        this.interviews = interviews;
        this.fragments = fragments;
        this.codebooks = codebooks;
        this.json = json;
        this.properties = properties;
    }

    @Override
    public ExportDocument export(UUID userId, UUID projectId, InterviewExportRequest request) {
        ProjectRef project = projects.require(projectId, userId, ProjectRole.VIEWER);
        List<InterviewSummary> chosen = choose(userId, projectId, request.interviewIds());
        long total = chosen.stream().mapToLong(InterviewSummary::fragmentCount).sum();
        if (total > properties.maxInterviewFragments()) {
            throw new DomainException(
                    ErrorCategory.PAYLOAD_TOO_LARGE,
                    "EXPORT_TOO_LARGE",
                    "The export would hold " + total + " fragments; at most " + properties.maxInterviewFragments()
                            + " at a time: choose fewer interviews with interview_id",
                    Map.of("fragments", total, "max_fragments", properties.maxInterviewFragments()));
        }
        Map<UUID, List<String>> codes = request.codes() ? codesByFragment(projectId) : Map.of();
        List<TranscriptSet.Interview> items = chosen.stream()
                .map(summary -> new TranscriptSet.Interview(
                        summary,
                        fragments.ofInterview(summary.id()).stream()
                                .map(f -> new TranscriptSet.Line(f, codes.getOrDefault(f.id(), List.of())))
                                .toList()))
                .toList();
        TranscriptSet set = new TranscriptSet(
                project.name(),
                Labels.languageOf(project),
                Instant.now(),
                request.metadata(),
                request.codes(),
                request.timestamps(),
                items);
        byte[] content = render(set, request);
        return ExportDocument.named(
                content,
                request.format(),
                project.name(),
                contents(chosen, request.interviewIds().isEmpty(), set.language()),
                "interviews");
    }

    private List<InterviewSummary> choose(UUID userId, UUID projectId, List<UUID> wanted) {
        List<InterviewSummary> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<InterviewSummary> batch = interviews.list(userId, projectId, page, PAGE);
            all.addAll(batch.getContent());
            if (!batch.hasNext()) {
                break;
            }
        }
        if (wanted.isEmpty()) {
            return all;
        }
        Map<UUID, InterviewSummary> byId = new LinkedHashMap<>();
        all.forEach(i -> byId.put(i.id(), i));
        return wanted.stream()
                .distinct()
                .map(id -> {
                    InterviewSummary found = byId.get(id);
                    if (found == null) {
                        throw DomainException.notFound("Interview");
                    }
                    return found;
                })
                .toList();
    }

    /** Code labels per fragment, in the snapshot's order; empty while no coding module provides a snapshot. */
    private Map<UUID, List<String>> codesByFragment(UUID projectId) {
        Codebooks source = codebooks.getIfAvailable();
        CodingSnapshot snapshot = source == null ? null : source.snapshot(projectId);
        if (snapshot == null) {
            return Map.of();
        }
        Map<UUID, String> labels = new LinkedHashMap<>();
        snapshot.codes().forEach(code -> labels.put(code.id(), code.label()));
        Map<UUID, List<String>> byFragment = new LinkedHashMap<>();
        for (CodingSnapshot.Application application : snapshot.applications()) {
            String label = labels.get(application.codeId());
            if (label == null) {
                continue;
            }
            List<String> list = byFragment.computeIfAbsent(application.fragmentId(), id -> new ArrayList<>());
            if (!list.contains(label)) {
                list.add(label);
            }
        }
        return byFragment;
    }

    private byte[] render(TranscriptSet set, InterviewExportRequest request) {
        try {
            return switch (request.format()) {
                case TXT -> TxtTranscriptWriter.write(set);
                case JSON -> JsonTranscriptWriter.write(set, json);
                case PDF -> TranscriptPdfWriter.write(set);
                case XLSX -> TranscriptXlsxWriter.write(set);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The participant of one chosen interview, else {@code entrevistas|interviews}. */
    private static String contents(List<InterviewSummary> chosen, boolean all, Language language) {
        String what = !all && chosen.size() == 1
                ? ExportFormat.readable(chosen.get(0).participant())
                : (language == Language.ES ? "entrevistas" : "interviews");
        if (what.isEmpty()) {
            what = language == Language.ES ? "entrevista" : "interview";
        }
        return what;
    }
}
