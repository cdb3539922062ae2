package com.theogen.interview.internal;

import com.theogen.interview.Fragment;
import com.theogen.interview.FragmentHit;
import com.theogen.interview.FragmentQuery;
import com.theogen.interview.ImportedInterview;
import com.theogen.interview.InterviewDeleted;
import com.theogen.interview.InterviewDetail;
import com.theogen.interview.InterviewDirectory;
import com.theogen.interview.InterviewError;
import com.theogen.interview.InterviewFragments;
import com.theogen.interview.InterviewIngested;
import com.theogen.interview.InterviewSummary;
import com.theogen.interview.InterviewUpload;
import com.theogen.interview.Interviews;
import com.theogen.interview.TextImport;
import com.theogen.interview.TextOffsets;
import com.theogen.interview.TextSpan;
import com.theogen.interview.UploadError;
import com.theogen.interview.internal.parsing.ParsedTranscript;
import com.theogen.interview.internal.parsing.TrackedNormalizer;
import com.theogen.interview.internal.parsing.TranscriptParser;
import com.theogen.project.ProjectAccess;
import com.theogen.project.ProjectRef;
import com.theogen.project.ProjectRole;
import com.theogen.shared.DomainException;
import com.theogen.shared.Language;
import com.theogen.shared.SpokenLanguage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Ingestion, browsing and deletion of interviews, scoped to the project owner. */
@Service
class InterviewService implements Interviews, InterviewFragments, InterviewDirectory {

    private static final int MAX_PARTICIPANT = 200;
    private static final String AUTO = "auto";

    private final InterviewRepository interviews;
    private final InterviewMediaRepository media;
    private final FragmentRepository fragments;
    private final ProjectAccess projects;
    private final TranscriptParser parser;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final SpokenLanguages spokenLanguages;

    InterviewService(
            InterviewRepository interviews,
            InterviewMediaRepository media,
            FragmentRepository fragments,
            ProjectAccess projects,
            TranscriptParser parser,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            SpokenLanguages spokenLanguages) {
        this.interviews = interviews;
        this.media = media;
        this.fragments = fragments;
        this.projects = projects;
        this.parser = parser;
        this.events = events;
        this.transactions = transactions;
        this.spokenLanguages = spokenLanguages;
    }

    @Override
    public InterviewSummary ingest(UUID userId, UUID projectId, InterviewUpload upload) {
        ProjectRef project = projects.require(projectId, userId, ProjectRole.CODER);
        String participant = participant(upload);
        ParsedTranscript transcript = parser.parse(upload.filename(), upload.content());
        Language language = language(upload.language(), transcript, project);
        return transactions.execute(status -> store(
                        projectId, participant, upload.filename(), upload.content().length, language, transcript)
                .interview()
                .summary(null));
    }

    @Override
    public ImportedInterview ingestText(UUID userId, UUID projectId, TextImport text) {
        ProjectRef project = projects.require(projectId, userId, ProjectRole.CODER);
        String filename = text.name().isBlank() ? "source.txt" : text.name().strip();
        TrackedNormalizer.Tracked tracked;
        try {
            tracked = TrackedNormalizer.normalize(text.text());
        } catch (IllegalStateException e) {
            throw UploadError.CORRUPT_FILE.exception(
                    filename, "the text's positions cannot be kept through normalisation");
        }
        ParsedTranscript transcript = parser.parseNormalizedText(filename, tracked.text());
        Language language = language(text.language(), transcript, project);
        String participant = participant(new InterviewUpload(filename, new byte[0], null, language));
        return transactions.execute(status -> {
            Stored stored = store(
                    projectId,
                    participant,
                    clip(filename, 255),
                    text.text().getBytes(StandardCharsets.UTF_8).length,
                    language,
                    transcript);
            return new ImportedInterview(
                    stored.interview().summary(null),
                    stored.fragments().stream().map(FragmentEntity::view).toList(),
                    new TextOffsets(tracked.origin(), text.text().length()));
        });
    }

    /** The language the uploader gave, else the one detected in the transcript, else the project's. */
    private static Language language(Language given, ParsedTranscript transcript, ProjectRef project) {
        return Optional.ofNullable(given)
                .or(() -> Optional.ofNullable(transcript.detectedLanguage()))
                .orElse(project.language());
    }

    private record Stored(InterviewEntity interview, List<FragmentEntity> fragments) {}

    /** Saves an interview and its fragments and publishes {@link InterviewIngested}; call inside a transaction. */
    private Stored store(
            UUID projectId,
            String participant,
            String filename,
            long bytes,
            Language language,
            ParsedTranscript transcript) {
        InterviewEntity entity = InterviewEntity.ofTranscript(
                projectId, participant, filename, bytes, language, transcript, sha256(transcript.fullText()));
        entity.detected(spokenLanguages.of(transcript, language));
        InterviewEntity interview = interviews.save(entity);
        List<FragmentEntity> rows = new ArrayList<>(transcript.fragments().size());
        transcript.fragments().forEach(f -> rows.add(new FragmentEntity(interview.id(), projectId, f)));
        fragments.saveAll(rows);
        // callers may write rows that refer to these (attributes, code applications) with plain SQL
        fragments.flush();
        spokenLanguages.followMajority(projectId);
        events.publishEvent(new InterviewIngested(
                interview.id(), projectId, transcript.fragments().size(), language));
        return new Stored(interview, rows);
    }

    private static String clip(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    @Override
    public Optional<UUID> projectOf(UUID interviewId) {
        return interviews.findProjectIdById(interviewId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> fullText(UUID interviewId) {
        return interviews.findById(interviewId).map(InterviewEntity::fullText);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<InterviewSummary> list(UUID userId, UUID projectId, int page, int size) {
        projects.require(projectId, userId, ProjectRole.VIEWER);
        return interviews
                .findRowsByProjectId(projectId, PageRequest.of(page, size))
                .map(InterviewRow::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public InterviewDetail get(UUID userId, UUID interviewId) {
        InterviewEntity interview = interviews.require(projects, userId, interviewId, ProjectRole.VIEWER);
        return new InterviewDetail(interview.summary(media.findById(interviewId).orElse(null)), interview.fullText());
    }

    @Override
    @Transactional(readOnly = true)
    public Page<FragmentHit> fragments(UUID userId, UUID interviewId, FragmentQuery query) {
        interviews.require(projects, userId, interviewId, ProjectRole.VIEWER);
        PageRequest pageRequest = PageRequest.of(query.page(), query.size());
        TextSearch search = new TextSearch(query.text() == null ? "" : query.text());
        String speaker = query.speaker() == null || query.speaker().isBlank()
                ? null
                : query.speaker().strip();
        if (search.isEmpty()) {
            Page<FragmentEntity> page = speaker == null
                    ? fragments.findByInterviewIdOrderByOrdinalAsc(interviewId, pageRequest)
                    : fragments.findByInterviewIdAndSpeaker(interviewId, speaker, pageRequest);
            return page.map(f -> new FragmentHit(f.view(), List.of()));
        }
        List<FragmentHit> hits = new ArrayList<>();
        for (FragmentEntity entity : fragments.findByInterviewIdOrderByOrdinalAsc(interviewId)) {
            Fragment fragment = entity.view();
            if (speaker != null
                    && (fragment.speaker() == null || !fragment.speaker().equalsIgnoreCase(speaker))) {
                continue;
            }
            List<TextSpan> highlights = search.match(fragment.text());
            if (highlights != null) {
                hits.add(new FragmentHit(fragment, highlights));
            }
        }
        int from = (int) Math.min(pageRequest.getOffset(), hits.size());
        int to = Math.min(from + query.size(), hits.size());
        return new PageImpl<>(hits.subList(from, to), pageRequest, hits.size());
    }

    @Override
    @Transactional
    public InterviewSummary setSpokenLanguage(UUID userId, UUID interviewId, String spokenLanguage) {
        String code = spokenLanguage == null ? "" : spokenLanguage.strip();
        SpokenLanguage language = SpokenLanguage.ofCode(code);
        boolean auto = AUTO.equalsIgnoreCase(code);
        if (language == null && !auto) {
            throw new DomainException(
                    InterviewError.UNSUPPORTED_SPOKEN_LANGUAGE,
                    "spoken_language must be one of en, es, fr, de, pt, it, und, or auto (detect again)",
                    Map.of("allowed", List.of("en", "es", "fr", "de", "pt", "it", "und", AUTO)));
        }
        InterviewEntity interview = interviews.require(projects, userId, interviewId, ProjectRole.CODER);
        if (auto) {
            interview.clearSpokenLanguageCorrection();
            spokenLanguages.detectStored(interview);
        } else {
            interview.correctSpokenLanguage(language);
        }
        interviews.saveAndFlush(interview);
        spokenLanguages.followMajority(interview.projectId());
        return interview.summary(media.findById(interviewId).orElse(null));
    }

    @Override
    @Transactional
    public void delete(UUID userId, UUID interviewId) {
        InterviewEntity interview = interviews.require(projects, userId, interviewId, ProjectRole.OWNER);
        interviews.delete(interview);
        interviews.flush();
        spokenLanguages.followMajority(interview.projectId());
        events.publishEvent(new InterviewDeleted(interview.id(), interview.projectId()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<InterviewSummary> interviewsOf(UUID projectId) {
        return interviews.findRowsByProjectId(projectId).stream()
                .map(InterviewRow::summary)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Fragment> ofProject(UUID projectId) {
        return fragments.findByProjectInOrder(projectId).stream()
                .map(FragmentEntity::view)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Fragment> ofInterview(UUID interviewId) {
        return fragments.findByInterviewIdOrderByOrdinalAsc(interviewId).stream()
                .map(FragmentEntity::view)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Fragment> find(UUID fragmentId) {
        return fragments.findById(fragmentId).map(FragmentEntity::view);
    }

    static String participant(InterviewUpload upload) {
        return participant(upload.participant(), upload.filename());
    }

    /** The given pseudonym, or one derived from the file name without its extension. */
    static String participant(String participant, String filename) {
        String given = participant == null ? "" : participant.strip();
        if (given.length() > MAX_PARTICIPANT) {
            throw DomainException.invalid(
                    "INVALID_PARTICIPANT", "participant must be at most " + MAX_PARTICIPANT + " characters");
        }
        if (!given.isEmpty()) {
            return given;
        }
        String name = filename;
        int dot = name.lastIndexOf('.');
        String derived = (dot > 0 ? name.substring(0, dot) : name).strip();
        return derived.length() > MAX_PARTICIPANT ? derived.substring(0, MAX_PARTICIPANT) : derived;
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
