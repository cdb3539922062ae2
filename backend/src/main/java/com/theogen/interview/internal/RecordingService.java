package com.theogen.interview.internal;

import com.theogen.interview.InterviewFormat;
import com.theogen.interview.InterviewIngested;
import com.theogen.interview.InterviewSummary;
import com.theogen.interview.MediaError;
import com.theogen.interview.MediaLink;
import com.theogen.interview.MediaProperties;
import com.theogen.interview.RecordingUpload;
import com.theogen.interview.Recordings;
import com.theogen.interview.UploadError;
import com.theogen.interview.internal.media.MediaProbe;
import com.theogen.interview.internal.media.MediaStore;
import com.theogen.interview.internal.media.ProbedMedia;
import com.theogen.interview.internal.parsing.ParsedTranscript;
import com.theogen.interview.internal.parsing.TranscriptParser;
import com.theogen.llm.ByoKey;
import com.theogen.llm.LlmAccess;
import com.theogen.llm.Transcriber;
import com.theogen.llm.TranscriptionError;
import com.theogen.project.ProjectAccess;
import com.theogen.project.ProjectRef;
import com.theogen.project.ProjectRole;
import com.theogen.shared.DomainException;
import com.theogen.shared.ErrorCategory;
import com.theogen.shared.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Recordings: ingestion, transcript attachment, speaker renames and playback links. */
@Service
class RecordingService implements Recordings {

    private static final Logger log = LoggerFactory.getLogger(RecordingService.class);
    private static final Set<InterviewFormat> ATTACHABLE =
            Set.of(InterviewFormat.VTT, InterviewFormat.SRT, InterviewFormat.TXT);
    private static final int MAX_SPEAKER = 200;

    private final InterviewRepository interviews;
    private final InterviewMediaRepository media;
    private final FragmentRepository fragments;
    private final ProjectAccess projects;
    private final MediaProbe probe;
    private final MediaStore store;
    private final MediaLinks links;
    private final MediaProperties properties;
    private final Transcriber transcriber;
    private final TranscriptionStarter starter;
    private final TranscriptCompletion completion;
    private final TranscriptParser parser;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    RecordingService(
            InterviewRepository interviews,
            InterviewMediaRepository media,
            FragmentRepository fragments,
            ProjectAccess projects,
            MediaProbe probe,
            MediaStore store,
            MediaLinks links,
            MediaProperties properties,
            Transcriber transcriber,
            TranscriptionStarter starter,
            TranscriptCompletion completion,
            TranscriptParser parser,
            ApplicationEventPublisher events,
            TransactionTemplate transactions) {
        this.interviews = interviews;
        this.media = media;
        this.fragments = fragments;
        this.projects = projects;
        this.probe = probe;
        this.store = store;
        this.links = links;
        this.properties = properties;
        this.transcriber = transcriber;
        this.starter = starter;
        this.completion = completion;
        this.parser = parser;
        this.events = events;
        this.transactions = transactions;
    }

    @Override
    public InterviewSummary ingest(UUID userId, UUID projectId, RecordingUpload upload, Optional<ByoKey> key) {
        boolean stored = false;
        try {
            ProjectRef project = projects.require(projectId, userId, ProjectRole.CODER);
            String participant = InterviewService.participant(upload.participant(), upload.filename());
            if (upload.sizeBytes() == 0) {
                throw UploadError.EMPTY_FILE.exception(upload.filename(), "the file is empty");
            }
            ProbedMedia probed = probe.probe(upload.staged(), upload.filename());
            if (probed.durationMs() > properties.maxDuration().toMillis()) {
                throw MediaError.MEDIA_TOO_LONG.forFile(
                        upload.filename(),
                        "the recording lasts " + minutes(probed.durationMs()) + "; the limit is "
                                + minutes(properties.maxDuration().toMillis()));
            }
            Decision decision = decide(key);
            Language language = upload.language() == null ? project.language() : upload.language();
            UUID id = transactions.execute(status -> {
                InterviewEntity interview = InterviewEntity.recording(
                        projectId,
                        participant,
                        upload.filename(),
                        upload.sizeBytes(),
                        language,
                        probed.format().extension(),
                        upload.sha256());
                if (decision.remote()) {
                    interview.transcribing(null);
                } else {
                    interview.awaitTranscript(decision.errorCode(), decision.reason());
                }
                interviews.save(interview);
                String storageKey = MediaStore.key(
                        projectId, interview.id(), probed.format().extension());
                media.save(new InterviewMediaEntity(
                        interview.id(), projectId, storageKey, probed, upload.sizeBytes(), upload.sha256()));
                put(storageKey, upload.staged());
                return interview.id();
            });
            stored = true;
            log.info(
                    "recording stored interview_id={} project_id={} format={} duration_ms={} bytes={} transcribe={}",
                    id,
                    projectId,
                    probed.format().extension(),
                    probed.durationMs(),
                    upload.sizeBytes(),
                    decision.remote());
            if (decision.remote()) {
                starter.start(projectId, userId, id, key);
            }
            return summary(id);
        } finally {
            if (!stored) {
                deleteQuietly(upload.staged());
            }
        }
    }

    @Override
    public InterviewSummary retry(UUID userId, UUID interviewId, Optional<ByoKey> key) {
        InterviewEntity interview = interviews.require(projects, userId, interviewId, ProjectRole.CODER);
        if (!media.existsById(interviewId)
                || !(InterviewEntity.FAILED.equals(interview.status())
                        || InterviewEntity.AWAITING_TRANSCRIPT.equals(interview.status()))) {
            throw new DomainException(
                    MediaError.TRANSCRIPTION_NOT_RETRIABLE,
                    "Only a recording whose transcription failed or waits can be transcribed again; this one is "
                            + interview.status());
        }
        Decision decision = decide(key);
        if (!decision.remote()) {
            throw new DomainException(
                    TranscriptionError.TRANSCRIPTION_UNAVAILABLE, "No transcription is possible: " + decision.reason());
        }
        int claimed = interviews.claimForTranscription(interviewId);
        if (claimed == 0) {
            throw new DomainException(
                    MediaError.TRANSCRIPTION_NOT_RETRIABLE, "A transcription of this recording has just started");
        }
        starter.start(interview.projectId(), userId, interviewId, key);
        return summary(interviewId);
    }

    @Override
    public InterviewSummary attachTranscript(UUID userId, UUID interviewId, String filename, byte[] content) {
        InterviewEntity interview = interviews.require(projects, userId, interviewId, ProjectRole.CODER);
        boolean waits = InterviewEntity.FAILED.equals(interview.status())
                || InterviewEntity.AWAITING_TRANSCRIPT.equals(interview.status());
        if (!waits) {
            throw new DomainException(
                    MediaError.TRANSCRIPT_NOT_AWAITED,
                    "This interview is " + interview.status() + "; a transcript can be attached only while it waits"
                            + " for one or after its transcription failed");
        }
        boolean attachable = InterviewFormat.ofFilename(filename)
                .filter(ATTACHABLE::contains)
                .isPresent();
        if (!attachable) {
            throw UploadError.UNSUPPORTED_FILE_TYPE.exception(filename, "attach a transcript as .vtt, .srt or .txt");
        }
        ParsedTranscript transcript = parser.parse(filename, content);
        transactions.executeWithoutResult(status -> completion.complete(interviewId, transcript, true));
        return summary(interviewId);
    }

    @Override
    public InterviewSummary renameSpeaker(UUID userId, UUID interviewId, String from, String to) {
        InterviewEntity checked = interviews.require(projects, userId, interviewId, ProjectRole.CODER);
        String newName = to == null ? "" : to.strip();
        if (newName.isEmpty() || newName.length() > MAX_SPEAKER || newName.contains("\n") || newName.contains(":")) {
            throw new DomainException(
                    MediaError.INVALID_SPEAKER_NAME,
                    "A speaker name must be 1 to " + MAX_SPEAKER + " characters, on one line, without ':'");
        }
        if (from == null || !checked.speakers().contains(from)) {
            throw new DomainException(MediaError.SPEAKER_NOT_FOUND, "This interview has no speaker '" + from + "'");
        }
        if (checked.speakers().contains(newName)) {
            throw DomainException.invalid(
                    "SPEAKER_EXISTS", "This interview already has a speaker '" + newName + "'; pick another name");
        }
        transactions.executeWithoutResult(status -> {
            InterviewEntity interview = interviews.findById(interviewId).orElseThrow();
            List<FragmentEntity> rows = fragments.findByInterviewIdOrderByOrdinalAsc(interviewId);
            SpeakerRename.Result result = SpeakerRename.rename(
                    interview.fullText(),
                    rows.stream()
                            .map(f -> new SpeakerRename.Span(f.speaker(), f.charStart(), f.charEnd()))
                            .toList(),
                    from,
                    newName);
            for (int i = 0; i < rows.size(); i++) {
                SpeakerRename.Span span = result.spans().get(i);
                rows.get(i).relabel(span.speaker(), span.start(), span.end());
            }
            interview.renamed(
                    result.fullText(),
                    interview.speakers().stream()
                            .map(s -> s.equals(from) ? newName : s)
                            .toList());
            interviews.save(interview);
            fragments.saveAll(rows);
            // the search index holds speaker labels: index the interview again
            events.publishEvent(
                    new InterviewIngested(interviewId, interview.projectId(), rows.size(), interview.language()));
        });
        return summary(interviewId);
    }

    @Override
    public Path stagingFile() throws IOException {
        return store.newStagingFile();
    }

    @Override
    public MediaLink link(UUID userId, UUID interviewId) {
        interviews.require(projects, userId, interviewId, ProjectRole.VIEWER);
        InterviewMediaEntity recording = media.findById(interviewId)
                .orElseThrow(() -> new DomainException(MediaError.MEDIA_NOT_FOUND, "This interview has no recording"));
        InterviewSummary summary = summary(interviewId);
        MediaLinks.Signed signed = links.sign(interviewId);
        return new MediaLink(
                "/api/media/" + interviewId + "?expires=" + signed.expires() + "&signature=" + signed.signature(),
                links.expiresAt(signed),
                summary.format().contentType(),
                recording.durationMs(),
                summary.media().hasVideo());
    }

    @Override
    public FragmentClip clip(UUID userId, UUID fragmentId) {
        FragmentEntity fragment =
                fragments.findById(fragmentId).orElseThrow(() -> DomainException.notFound("Fragment"));
        com.theogen.interview.Fragment view = fragment.view();
        MediaLink link;
        try {
            link = link(userId, view.interviewId());
        } catch (DomainException e) {
            if (e.category() == ErrorCategory.NOT_FOUND && e.code() == null) {
                throw DomainException.notFound("Fragment");
            }
            throw e;
        }
        if (view.startMs() == null) {
            throw new DomainException(MediaError.MEDIA_NOT_FOUND, "This fragment has no times in the recording");
        }
        long end = view.endMs() == null ? view.startMs() : view.endMs();
        return new FragmentClip(fragmentId, view.interviewId(), view.startMs(), end, link);
    }

    @Override
    public PlayableMedia playable(UUID interviewId, long expires, String signature) {
        if (!links.verify(interviewId, expires, signature)) {
            throw new DomainException(
                    MediaError.MEDIA_LINK_INVALID, "This playback link is invalid or has expired; reload the page");
        }
        InterviewMediaEntity recording =
                media.findById(interviewId).orElseThrow(() -> DomainException.notFound("Recording"));
        InterviewEntity interview =
                interviews.findById(interviewId).orElseThrow(() -> DomainException.notFound("Recording"));
        InterviewFormat format =
                InterviewFormat.fromExtension(summary(interviewId).format().extension());
        try {
            return new PlayableMedia(
                    store.localFile(recording.storageKey()),
                    format.contentType(),
                    recording.sizeBytes(),
                    interview.sourceFilename());
        } catch (IOException e) {
            throw DomainException.notFound("Recording");
        }
    }

    InterviewSummary summary(UUID interviewId) {
        InterviewEntity interview =
                interviews.findById(interviewId).orElseThrow(() -> DomainException.notFound("Interview"));
        return interview.summary(media.findById(interviewId).orElse(null));
    }

    /** Whether a transcription can run now, and why not when it cannot. */
    private Decision decide(Optional<ByoKey> key) {
        LlmAccess access;
        try {
            access = transcriber.access(key);
        } catch (DomainException e) {
            if (e.category() == ErrorCategory.INVALID_INPUT && "BYO_KEY_REQUIRED".equals(e.errorCode())) {
                return new Decision(false, e.errorCode(), e.getMessage());
            }
            throw e;
        }
        if (access.remote()) {
            return new Decision(true, null, null);
        }
        return new Decision(
                false,
                TranscriptionError.TRANSCRIPTION_UNAVAILABLE.code(),
                "No transcription service is configured (" + access.reason().replace(": using the offline analyst", "")
                        + "): attach a .vtt, .srt or .txt transcript");
    }

    private record Decision(boolean remote, String errorCode, String reason) {}

    private void put(String key, Path staged) {
        try {
            store.put(key, staged);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the recording", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("staging file left behind: {}", file.getFileName());
        }
    }

    private static String minutes(long ms) {
        long minutes = ms / 60_000;
        return minutes >= 60
                ? String.format(Locale.ROOT, "%d h %02d min", minutes / 60, minutes % 60)
                : String.format(Locale.ROOT, "%d min %02d s", minutes, (ms / 1000) % 60);
    }
}
