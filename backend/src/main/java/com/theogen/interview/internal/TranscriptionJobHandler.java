package com.theogen.interview.internal;

import com.theogen.interview.InterviewFormat;
import com.theogen.interview.MediaError;
import com.theogen.interview.internal.media.AudioPiece;
import com.theogen.interview.internal.media.MediaStore;
import com.theogen.interview.internal.media.PieceLimits;
import com.theogen.interview.internal.media.ProbedMedia;
import com.theogen.interview.internal.media.RecordingSplitter;
import com.theogen.interview.internal.parsing.ParsedTranscript;
import com.theogen.interview.internal.parsing.TimedText;
import com.theogen.interview.internal.parsing.TranscriptParser;
import com.theogen.job.JobCanceledException;
import com.theogen.job.JobContext;
import com.theogen.job.JobHandler;
import com.theogen.job.JobResult;
import com.theogen.llm.ByoKey;
import com.theogen.llm.LlmError;
import com.theogen.llm.LlmRunContext;
import com.theogen.llm.LlmRunLog;
import com.theogen.llm.RunKeys;
import com.theogen.llm.SpeechInput;
import com.theogen.llm.TranscribedSegment;
import com.theogen.llm.Transcriber;
import com.theogen.llm.TranscriptionError;
import com.theogen.llm.TranscriptionLimits;
import com.theogen.shared.DomainException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code transcription} job: cuts the recording into pieces the provider takes, transcribes each piece (a
 * checkpointed stage, so a resumed job does not pay twice), shifts every segment by its piece's offset and stores
 * the result as the interview's transcript. It is not exclusive: it writes only its own interview, which other
 * jobs see once it is ready. Any failure leaves the interview {@code failed} with the job's error code.
 */
@Component
class TranscriptionJobHandler implements JobHandler {

    private static final Logger log = LoggerFactory.getLogger(TranscriptionJobHandler.class);
    private static final Duration KEY_HANDOFF = Duration.ofSeconds(10);

    /** A piece's segments, as checkpointed. */
    record PieceText(List<TimedText> segments) {}

    private final TranscriptionTarget targets;
    private final Transcriber transcriber;
    private final RecordingSplitter splitter;
    private final MediaStore store;
    private final RunKeys keys;
    private final TranscriptParser parser;
    private final TranscriptCompletion completion;
    private final TransactionTemplate transactions;

    TranscriptionJobHandler(
            TranscriptionTarget targets,
            Transcriber transcriber,
            RecordingSplitter splitter,
            MediaStore store,
            RunKeys keys,
            TranscriptParser parser,
            TranscriptCompletion completion,
            TransactionTemplate transactions) {
        this.targets = targets;
        this.transcriber = transcriber;
        this.splitter = splitter;
        this.store = store;
        this.keys = keys;
        this.parser = parser;
        this.completion = completion;
        this.transactions = transactions;
    }

    @Override
    public String kind() {
        return TranscriptionStarter.KIND;
    }

    @Override
    public boolean exclusive() {
        return false;
    }

    @Override
    public JobResult run(JobContext context) throws Exception {
        UUID interviewId = UUID.fromString(String.valueOf(context.params().get("interview_id")));
        Path work = null;
        try {
            Optional<TranscriptionTarget.Target> found = targets.find(interviewId);
            if (found.isEmpty()) {
                log.info("transcription skipped: interview gone or not transcribing interview_id={}", interviewId);
                return JobResult.of(null);
            }
            TranscriptionTarget.Target target = found.get();
            Optional<ByoKey> key = awaitKey(context);
            TranscriptionLimits limits = transcriber.limits();
            ProbedMedia media = target.media();
            if (media.durationMs() > limits.maxDurationMs()) {
                throw new DomainException(
                        MediaError.MEDIA_TOO_LONG,
                        "The recording lasts " + media.durationMs() / 60_000 + " min; automatic transcription stops at "
                                + limits.maxDurationMs() / 60_000 + " min. Attach a transcript instead");
            }
            context.progress("prepare", 2);
            work = store.newWorkDirectory();
            List<AudioPiece> pieces = splitter.split(
                    store.localFile(target.storageKey()),
                    media,
                    target.sizeBytes(),
                    new PieceLimits(limits.maxRequestBytes(), limits.maxRequestDurationMs(), formats(limits)),
                    work,
                    context::canceled);
            LlmRunContext run =
                    new LlmRunContext(key, Instant.now().plus(Duration.ofHours(6)), context::canceled, new LlmRunLog());
            List<TimedText> all = new ArrayList<>();
            for (int i = 0; i < pieces.size(); i++) {
                AudioPiece piece = pieces.get(i);
                int percent = 5 + 85 * i / pieces.size();
                PieceText text = context.stage(
                        "transcribe_" + (i + 1) + "_of_" + pieces.size(),
                        percent,
                        PieceText.class,
                        () -> transcribe(piece, target, run));
                all.addAll(text.segments());
            }
            context.progress("store", 92);
            ParsedTranscript transcript = parser.fromSegments(target.format(), all)
                    .orElseThrow(() -> new DomainException(
                            TranscriptionError.TRANSCRIPTION_EMPTY,
                            "No speech was recognised in the recording; attach a transcript instead"));
            boolean stored = Boolean.TRUE.equals(
                    transactions.execute(status -> completion.complete(interviewId, transcript, false)));
            log.info(
                    "transcription done task_id={} interview_id={} pieces={} fragments={} stored={}",
                    context.jobId(),
                    interviewId,
                    pieces.size(),
                    transcript.fragments().size(),
                    stored);
            return JobResult.of(interviewId);
        } catch (JobCanceledException e) {
            targets.fail(interviewId, "CANCELED", "The transcription was canceled; retry it or attach a transcript");
            throw e;
        } catch (CancellationException e) {
            targets.fail(interviewId, "CANCELED", "The transcription was canceled; retry it or attach a transcript");
            throw new JobCanceledException();
        } catch (DomainException e) {
            if (e.is(LlmError.CANCELED)) {
                targets.fail(
                        interviewId, "CANCELED", "The transcription was canceled; retry it or attach a transcript");
                throw new JobCanceledException();
            }
            targets.fail(interviewId, e.errorCode(), e.getMessage());
            throw e;
        } catch (Exception | LinkageError e) {
            targets.fail(interviewId, "INTERNAL_ERROR", "The transcription failed unexpectedly; retry it");
            throw e;
        } finally {
            keys.forget(context.jobId());
            store.deleteWork(work);
        }
    }

    private PieceText transcribe(AudioPiece piece, TranscriptionTarget.Target target, LlmRunContext run) {
        List<TranscribedSegment> heard = transcriber.transcribe(
                new SpeechInput(piece.file(), piece.filename(), piece.contentType(), piece.durationMs()),
                target.language(),
                run);
        List<TimedText> shifted = new ArrayList<>(heard.size());
        for (TranscribedSegment segment : heard) {
            long start = Math.min(segment.startMs(), piece.durationMs());
            long end = Math.min(Math.max(segment.endMs(), start), piece.durationMs());
            shifted.add(
                    new TimedText(piece.offsetMs() + start, piece.offsetMs() + end, segment.speaker(), segment.text()));
        }
        return new PieceText(shifted);
    }

    private static Set<InterviewFormat> formats(TranscriptionLimits limits) {
        return limits.acceptedExtensions().stream()
                .map(InterviewFormat::fromExtension)
                .collect(Collectors.toUnmodifiableSet());
    }

    private Optional<ByoKey> awaitKey(JobContext context) throws InterruptedException {
        if (!Boolean.TRUE.equals(context.params().get("byo_key"))) {
            return Optional.empty();
        }
        return keys.await(context.jobId(), KEY_HANDOFF, context::checkCanceled);
    }
}
