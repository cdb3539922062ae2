package com.theogen.interview.internal;

import com.theogen.analyst.SpokenLanguageDetector;
import com.theogen.interview.internal.parsing.ParsedTranscript;
import com.theogen.project.Projects;
import com.theogen.shared.Language;
import com.theogen.shared.SpokenLanguage;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The spoken language of interviews (ADR 044): detected once when an interview's text is stored, backfilled at
 * start for interviews stored before, and the project's language kept on the majority of its interviews when no
 * person chose it.
 */
@Component
class SpokenLanguages {

    private static final Logger log = LoggerFactory.getLogger(SpokenLanguages.class);
    private static final int BACKFILL_BATCH = 50;
    /** Enough text to judge; the detector reads no more. */
    private static final int MAX_CHARS = 4_000;

    private final SpokenLanguageDetector detector;
    private final InterviewRepository interviews;
    private final FragmentRepository fragments;
    private final Projects projects;
    private final TransactionTemplate transactions;

    SpokenLanguages(
            SpokenLanguageDetector detector,
            InterviewRepository interviews,
            FragmentRepository fragments,
            Projects projects,
            TransactionTemplate transactions) {
        this.detector = detector;
        this.interviews = interviews;
        this.fragments = fragments;
        this.projects = projects;
        this.transactions = transactions;
    }

    /** The language of a transcript about to be stored, uploaded as {@code declared}. */
    SpokenLanguage of(ParsedTranscript transcript, Language declared) {
        return detect(transcript.fragments().stream().map(f -> f.text()).toList(), declared);
    }

    /** Detects the language of a stored interview from its fragments (unless a researcher set it). */
    void detectStored(InterviewEntity interview) {
        List<String> texts = fragments.findByInterviewIdOrderByOrdinalAsc(interview.id()).stream()
                .map(f -> f.view().text())
                .toList();
        interview.detected(detect(texts, interview.language()));
    }

    private SpokenLanguage detect(List<String> texts, Language declared) {
        StringBuilder text = new StringBuilder();
        for (String fragment : texts) {
            if (text.length() >= MAX_CHARS) {
                break;
            }
            text.append(fragment).append('\n');
        }
        return detector.detect(text.toString(), declared);
    }

    /**
     * Sets the project's language to the report language (English or Spanish) most of its interviews are spoken in,
     * when no person chose it; a tie or no such interview leaves it as it is. Call inside the transaction that
     * changed the interviews.
     */
    void followMajority(UUID projectId) {
        Map<Language, Integer> votes = new EnumMap<>(Language.class);
        for (String code : interviews.findSpokenLanguagesByProjectId(projectId)) {
            SpokenLanguage spoken = SpokenLanguage.ofCode(code);
            if (spoken != null) {
                spoken.reportLanguage().ifPresent(l -> votes.merge(l, 1, Integer::sum));
            }
        }
        int en = votes.getOrDefault(Language.EN, 0);
        int es = votes.getOrDefault(Language.ES, 0);
        if (en != es) {
            projects.followInterviewLanguage(projectId, en > es ? Language.EN : Language.ES);
        }
    }

    /** Interviews stored before detection existed get their language in the background; the analyst detects meanwhile. */
    @EventListener(ApplicationReadyEvent.class)
    void backfillInBackground() {
        Thread thread = new Thread(this::backfill, "spoken-language-backfill");
        thread.setDaemon(true);
        thread.start();
    }

    /** Detects and stores the language of every ready interview that has none; returns how many it did. */
    int backfill() {
        int done = 0;
        try {
            while (true) {
                List<UUID> batch = interviews.findIdsWithoutSpokenLanguage(PageRequest.of(0, BACKFILL_BATCH));
                if (batch.isEmpty()) {
                    break;
                }
                for (UUID id : batch) {
                    transactions.executeWithoutResult(
                            status -> interviews.findById(id).ifPresent(interview -> {
                                detectStored(interview);
                                interviews.save(interview);
                                interviews.flush();
                                followMajority(interview.projectId());
                            }));
                    done++;
                }
            }
        } catch (RuntimeException e) {
            log.warn("spoken language backfill stopped after {} interviews: {}", done, e.toString());
        }
        if (done > 0) {
            log.info("spoken language backfill: {} interviews", done);
        }
        return done;
    }
}
